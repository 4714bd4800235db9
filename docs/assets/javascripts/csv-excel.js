/*
 * CSV for people: downloads that open right in Excel with Indonesian settings (UTF-8 BOM, `;`
 * between cells, CRLF, decimal comma, RFC 4180 quoting, formula-looking text guarded with an
 * apostrophe). The browser twin of hooks/akademi/csv_excel.py; tests/data/csv-excel-vectors.json
 * checks both. Runs under Node too (module.exports) for those tests.
 */
(function (root) {
  "use strict";

  var BOM = "\ufeff";
  var SEPARATOR = ";";

  /* Positional digits of a finite number, never an exponent: 1e-7 -> "0.0000001". */
  function plainDigits(x) {
    var text = String(x);
    var e = text.indexOf("e");
    if (e === -1) return text;
    var negative = text.charAt(0) === "-";
    var mantissa = text.slice(negative ? 1 : 0, e), exponent = parseInt(text.slice(e + 1), 10);
    var dot = mantissa.indexOf(".");
    var digits = mantissa.replace(".", "");
    var point = (dot === -1 ? mantissa.length : dot) + exponent;
    var out;
    if (point <= 0) out = "0." + "0".repeat(-point) + digits;
    else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
    else out = digits.slice(0, point) + "." + digits.slice(point);
    return (negative ? "-" : "") + out;
  }

  /* 1234.5 -> "1234,5"; whole numbers without decimals; NaN and Infinity -> "". */
  function numberText(x) {
    if (!isFinite(x)) return "";
    if (Object.is(x, -0)) x = 0;
    return plainDigits(x).replace(".", ",");
  }

  function cell(value) {
    if (value === null || value === undefined) return "";
    if (typeof value === "number") return numberText(value);
    var text = String(value);
    if (/^[=+\-@\t\r]/.test(text) && text !== "-") text = "'" + text;
    return /[;"\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  /* The whole file: BOM, `;` separators, CRLF after every row. */
  function toText(rows) {
    return BOM + rows.map(function (row) {
      return row.map(cell).join(SEPARATOR) + "\r\n";
    }).join("");
  }

  /* Offer the rows as a CSV download (storage.js). */
  function download(name, rows) {
    return root.akademiStorage.download(name, "text/csv;charset=utf-8", toText(rows));
  }

  var api = { cell: cell, numberText: numberText, toText: toText, download: download };
  root.akademiCsv = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : globalThis);
