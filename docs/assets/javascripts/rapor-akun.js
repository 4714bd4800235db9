/*
 * Rapor Akun: a monthly report card per account from the platforms' post-level insight exports,
 * computed in the browser (nothing is sent anywhere).
 *
 * The arithmetic mirrors docs/modul/evaluasi-insight/insight.py (ringkasan_bulan,
 * perubahan_bulan, pita_kebetulan, level_bulan, nilai_rapor, predikat);
 * tests/data/rapor-akun-vectors.json checks both. The pure part runs under Node too
 * (module.exports); the page part (further down) only in a browser.
 */
(function (root) {
  "use strict";

  var MIN_POSTS = 10; // the module's rule of thumb: at least ten posts per group
  var TREND_MIN_POSTS = 10; // insight.MIN_UNGGAHAN_TREN: readable posts per half before B7 moves
  var BAND_REPEATS = 500;
  var BAND_SEED = 2025;
  var MAX_BYTES = 10 * 1024 * 1024;
  var NO_FORMAT = "";

  /* Columns the tool reads, with the headers that name them in the platforms' exports (English
   * and Indonesian; see the contributor guide for sources). Earlier names win. */
  var FIELDS = [
    { kode: "id", nama: "ID unggahan", nama_kolom: ["post id", "id postingan", "id unggahan",
      "id_unggahan", "video id", "content", "konten", "permalink", "video link", "tautan"] },
    { kode: "akun", nama: "Akun", nama_kolom: ["account name", "page name", "account username",
      "nama akun", "nama halaman", "akun", "channel name", "kanal"] },
    { kode: "tanggal", nama: "Waktu unggah", wajib: true, nama_kolom: ["publish time", "post time",
      "video publish time", "waktu publikasi", "waktu dipublikasikan", "waktu posting",
      "waktu unggah", "tanggal unggah", "tanggal", "date"] },
    { kode: "format", nama: "Format", nama_kolom: ["post type", "jenis postingan", "jenis unggahan",
      "jenis konten", "format", "content type"] },
    { kode: "jangkauan", nama: "Jangkauan", wajib: true, angka: true, nama_kolom: ["reach",
      "jangkauan", "accounts reached", "akun yang dijangkau"] },
    { kode: "tayangan", nama: "Tayangan", angka: true, nama_kolom: ["views", "video views",
      "total views", "impressions", "tayangan", "penayangan", "impresi"] },
    { kode: "suka", nama: "Suka atau reaksi", angka: true, nama_kolom: ["likes", "reactions",
      "total likes", "suka", "reaksi", "tanda suka"] },
    { kode: "komentar", nama: "Komentar", angka: true, nama_kolom: ["comments", "total comments",
      "comments added", "komentar"] },
    { kode: "bagikan", nama: "Bagikan", angka: true, nama_kolom: ["shares", "total shares",
      "bagikan", "dibagikan", "berbagi"] },
    { kode: "simpan", nama: "Simpan", angka: true, nama_kolom: ["saves", "total bookmarks",
      "simpan", "disimpan"] },
    { kode: "pengikut", nama: "Pengikut", angka: true, nama_kolom: ["followers", "pengikut",
      "jumlah pengikut"] }
  ];
  var INTERACTIONS = ["suka", "komentar", "bagikan", "simpan"];
  var MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
    "September", "Oktober", "November", "Desember"];
  var MONTH_WORDS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, mei: 5, jun: 6, jul: 7, aug: 8,
    agu: 8, agt: 8, sep: 9, oct: 10, okt: 10, nov: 11, dec: 12, des: 12 };

  /* --- reading a CSV ------------------------------------------------------------------------ */

  function normalHeader(text) {
    return String(text).replace(/^\ufeff/, "").replace(/[_\s]+/g, " ").trim().toLowerCase();
  }

  /* The separator that splits the header line most often (outside quotes): `,` `;` or tab. */
  function detectSeparator(text) {
    var counts = { ",": 0, ";": 0, "\t": 0 }, quoted = false;
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (c === '"') quoted = !quoted;
      else if (!quoted && (c === "\n" || c === "\r")) break;
      else if (!quoted && c in counts) counts[c] += 1;
    }
    var best = null;
    [",", ";", "\t"].forEach(function (sep) { if (counts[sep] && (!best || counts[sep] > counts[best])) best = sep; });
    return best;
  }

  /* RFC 4180 rows; each row remembers its line number in the file (1 = header). Cells are
   * cut with slice, not built a character at a time: a 20,000-row export stays fast. */
  function parseCsv(text, sep) {
    var rows = [], row = [], i = 0, n = text.length, line = 1, rowLine = 1, sepCode = sep.charCodeAt(0);
    function endOfCell(k) {
      while (k < n) {
        var c = text.charCodeAt(k);
        if (c === sepCode || c === 13 || c === 10) break;
        k += 1;
      }
      return k;
    }
    while (i < n) {
      var cell, k;
      if (text.charCodeAt(i) === 34) {
        var parts = [], j = i + 1;
        for (;;) {
          var q = text.indexOf('"', j);
          if (q === -1) { parts.push(text.slice(j)); i = n; break; }
          parts.push(text.slice(j, q));
          if (text.charCodeAt(q + 1) === 34) { parts.push('"'); j = q + 2; continue; }
          i = q + 1;
          break;
        }
        cell = parts.join("");
        line += cell.split("\n").length - 1;
        k = endOfCell(i);
        cell += text.slice(i, k);
        i = k;
      } else {
        k = endOfCell(i);
        cell = text.slice(i, k);
        i = k;
      }
      row.push(cell);
      if (i >= n) break;
      var c = text.charCodeAt(i);
      if (c === sepCode) {
        i += 1;
        if (i >= n) row.push("");
        continue;
      }
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      row.line = rowLine;
      rows.push(row);
      row = [];
      line += 1;
      rowLine = line;
    }
    if (row.length) { row.line = rowLine; rows.push(row); }
    return rows.filter(function (r) { return r.some(function (v) { return v.trim() !== ""; }); });
  }

  /* Decimal mark of a file: its numeric cells decide; without evidence, `;` files use a comma. */
  function detectDecimal(rows, columns, sep) {
    var comma = 0, dot = 0;
    rows.slice(1, 2001).forEach(function (row) {
      columns.forEach(function (i) {
        var v = (row[i] || "").replace(/[\s\u00a0]/g, "");
        if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(v) || /^\d+,\d{1,2}$/.test(v) || /^\d+,\d{4,}$/.test(v)) comma += 1;
        else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(v) || /^\d+\.\d{1,2}$/.test(v) || /^\d+\.\d{4,}$/.test(v)) dot += 1;
      });
    });
    if (comma !== dot) return comma > dot ? "," : ".";
    return sep === ";" ? "," : ".";
  }

  var GROUPED = { ",": /^-?\d{1,3}(\.\d{3})+(,\d+)?$/, ".": /^-?\d{1,3}(,\d{3})+(\.\d+)?$/ };
  var PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

  /* A count from a cell: null for empty, NaN for text that is not a number. */
  function parseNumber(raw, decimal) {
    var v = String(raw);
    if (/[\s\u00a0]/.test(v)) v = v.replace(/[\s\u00a0]/g, "");
    if (v === "" || v === "-") return null;
    if (/^\d+$/.test(v)) return Number(v);
    if (GROUPED[decimal].test(v)) v = v.split(decimal === "," ? "." : ",").join("");
    if (decimal === ",") v = v.replace(",", ".");
    return PLAIN_NUMBER.test(v) ? Number(v) : NaN;
  }

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function validDate(y, m, d) {
    if (!(m >= 1 && m <= 12 && d >= 1)) return null;
    if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
    return y + "-" + pad(m) + "-" + pad(d);
  }

  /* "2025-07-14", "2025-07-14 19:00", "07/14/2025 19:00" (order "bh") or "14/07/2025" ("hb"),
   * "Jul 14, 2025", "14 Jul 2025" -> "2025-07-14"; null when unreadable. */
  function parseDate(raw, order) {
    var v = String(raw).trim(), m;
    if ((m = v.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/))) return validDate(+m[1], +m[2], +m[3]);
    if ((m = v.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:$|[\s,T])/))) {
      return order === "bh" ? validDate(+m[3], +m[1], +m[2]) : validDate(+m[3], +m[2], +m[1]);
    }
    if ((m = v.match(/^([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})/))) {
      return validDate(+m[3], MONTH_WORDS[m[1].toLowerCase()], +m[2]);
    }
    if ((m = v.match(/^(\d{1,2}) ([A-Za-z]{3})[a-z]*\.? (\d{4})/))) {
      return validDate(+m[3], MONTH_WORDS[m[2].toLowerCase()], +m[1]);
    }
    return null;
  }

  /* Day-month order of slash dates: a part above 12 decides; else English headers mean the
   * American month/day order of Meta's exports, Indonesian ones day/month. */
  function detectDateOrder(rows, column, english) {
    for (var r = 1; r < rows.length && r < 2001; r++) {
      var m = String(rows[r][column] || "").trim().match(/^(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}/);
      if (!m) continue;
      if (+m[1] > 12) return "hb";
      if (+m[2] > 12) return "bh";
    }
    return english ? "bh" : "hb";
  }

  /* Column guesses from the header: {field: column index}. */
  function guessMapping(header) {
    var names = header.map(normalHeader), mapping = {};
    FIELDS.forEach(function (field) {
      for (var i = 0; i < field.nama_kolom.length; i++) {
        var at = names.indexOf(field.nama_kolom[i]);
        if (at !== -1 && Object.keys(mapping).every(function (k) { return mapping[k] !== at; })) {
          mapping[field.kode] = at;
          return;
        }
      }
    });
    return mapping;
  }

  function headerKey(header) { return header.map(normalHeader).join("|"); }

  /* First look at a file: its rows, separator, header and guessed mapping, or {galat}. */
  function analyseFile(name, text, size) {
    if (size > MAX_BYTES) {
      return { galat: name + ": berkas terlalu besar (" + (size / 1048576).toFixed(1).replace(".", ",") +
        " MB). Batasnya 10 MB; ekspor per bulan atau per akun agar berkasnya lebih kecil." };
    }
    if (/^PK\u0003\u0004/.test(text) || text.indexOf("\u0000") !== -1) {
      return { galat: name + ": berkas ini bukan CSV (tampaknya berkas Excel atau berkas biner). " +
        "Di aplikasi lembar sebar, pilih Simpan sebagai, lalu CSV." };
    }
    text = text.replace(/^\ufeff/, "");
    if (!text.trim()) return { galat: name + ": berkas kosong, tidak ada baris yang dapat dibaca." };
    var sep = detectSeparator(text);
    if (!sep) {
      return { galat: name + ", baris 1: tidak ditemukan pemisah kolom (koma, titik koma, atau tab). " +
        "Berkas ini bukan CSV ekspor insight." };
    }
    var rows = parseCsv(text, sep);
    if (rows.length < 2) return { galat: name + ": berkas hanya berisi judul kolom, tanpa baris unggahan." };
    var header = rows[0].map(function (h) { return h.trim(); });
    var mapping = guessMapping(header);
    var english = ["reach", "views", "likes", "comments", "publish time", "post time"].some(function (h) {
      return header.map(normalHeader).indexOf(h) !== -1;
    });
    var numeric = FIELDS.filter(function (f) { return f.angka && mapping[f.kode] !== undefined; })
      .map(function (f) { return mapping[f.kode]; });
    return {
      nama: name, pemisah: sep, kepala: header, baris: rows, pemetaan: mapping,
      desimal: detectDecimal(rows, numeric, sep),
      urutan: mapping.tanggal === undefined ? (english ? "bh" : "hb") : detectDateOrder(rows, mapping.tanggal, english)
    };
  }

  function previousMonth(month) {
    var p = month.split("-").map(Number);
    return p[1] === 1 ? (p[0] - 1) + "-12" : p[0] + "-" + pad(p[1] - 1);
  }

  function monthLabel(month) {
    var p = month.split("-").map(Number);
    return MONTHS[p[1] - 1] + " " + p[0];
  }

  /* Posts of an analysed file for the chosen month and the one before, with its mapping.
   * Returns {unggahan, catatan} or {galat: [messages naming file, row and column]}; known is a
   * set of post keys already loaded (duplicates are refused). */
  function readPosts(file, options) {
    var mapping = options.pemetaan || file.pemetaan;
    var problems = [], notes = [], posts = [], seen = {};
    var months = [options.bulan, previousMonth(options.bulan)];
    var header = file.kepala;
    function column(kode) { return header[mapping[kode]]; }
    FIELDS.forEach(function (field) {
      if (field.wajib && mapping[field.kode] === undefined) {
        problems.push(file.nama + ": kolom " + field.nama.toLowerCase() + " tidak ditemukan. Pilih kolomnya " +
          "di tabel pemetaan kolom.");
      }
    });
    if (!INTERACTIONS.some(function (k) { return mapping[k] !== undefined; })) {
      problems.push(file.nama + ": tidak ada kolom interaksi (suka, komentar, bagikan, atau simpan). " +
        "Pilih sedikitnya satu di tabel pemetaan kolom.");
    }
    if (mapping.akun === undefined && !String(options.akun || "").trim()) {
      problems.push(file.nama + ": berkas tidak memiliki kolom akun. Isi nama akunnya.");
    }
    if (problems.length) return { galat: problems };
    var outside = 0, firstOutside = null;
    for (var r = 1; r < file.baris.length && problems.length < 5; r++) {
      var row = file.baris[r], line = row.line;
      var rawDate = (row[mapping.tanggal] || "").trim();
      if (/^(total|jumlah)$/i.test((row[0] || "").trim()) && !rawDate) continue; // summary row
      var date = parseDate(rawDate, file.urutan);
      if (!date) {
        problems.push(file.nama + ", baris " + line + ", kolom " + column("tanggal") + ": \"" + rawDate +
          "\" bukan tanggal yang terbaca.");
        continue;
      }
      if (months.indexOf(date.slice(0, 7)) === -1) {
        outside += 1;
        if (!firstOutside) firstOutside = "baris " + line + ", kolom " + column("tanggal") + ": " + date;
        continue;
      }
      var post = { tanggal: date, waktu: rawDate,
        akun: mapping.akun !== undefined ? (row[mapping.akun] || "").trim() : String(options.akun).trim(),
        format: mapping.format !== undefined ? (row[mapping.format] || "").trim().toLowerCase() : NO_FORMAT,
        id: mapping.id !== undefined ? (row[mapping.id] || "").trim() : "" };
      if (!post.akun) {
        problems.push(file.nama + ", baris " + line + ", kolom " + column("akun") + ": nama akun kosong.");
        continue;
      }
      var bad = false;
      FIELDS.forEach(function (field) {
        if (!field.angka || bad) return;
        if (mapping[field.kode] === undefined) { post[field.kode] = null; return; }
        var raw = row[mapping[field.kode]] || "";
        var value = parseNumber(raw, file.desimal);
        if (Number.isNaN(value) || value < 0) {
          problems.push(file.nama + ", baris " + line + ", kolom " + column(field.kode) + ": \"" + raw +
            "\" bukan angka " + (value < 0 ? "yang sah (negatif)." : "(ditulis " + (file.desimal === "," ?
            "dengan koma desimal, misalnya 1.234 atau 12,5)." : "dengan titik desimal, misalnya 1234 atau 12.5).")));
          bad = true;
          return;
        }
        post[field.kode] = value;
      });
      if (bad) continue;
      var key = post.akun + "\u0000" + (post.id || post.waktu);
      if (seen[key] || (options.dikenal && options.dikenal[key])) {
        problems.push(file.nama + ", baris " + line + (post.id ? ", kolom " + column("id") + ": unggahan " + post.id
          : ", kolom " + column("tanggal") + ": unggahan pada " + post.waktu) + " milik " + post.akun +
          (seen[key] ? " sudah ada di baris " + seen[key] + "." : " sudah dimuat dari berkas lain."));
        continue;
      }
      seen[key] = line;
      post.kunci = key;
      posts.push(post);
    }
    if (problems.length) return { galat: problems };
    if (!posts.length) {
      return { galat: [file.nama + ": tidak ada unggahan pada " + monthLabel(months[0]) + " atau " +
        monthLabel(months[1]) + (firstOutside ? " (pertama di luar bulan: " + firstOutside + ")." : ".") +
        " Periksa bulan yang dipilih."] };
    }
    if (outside) {
      notes.push(file.nama + ": " + outside + " baris di luar " + monthLabel(months[1]) + " dan " +
        monthLabel(months[0]) + " tidak dipakai (pertama " + firstOutside + ").");
    }
    return { unggahan: posts, catatan: notes };
  }

  /* --- the figures (insight.py) ------------------------------------------------------------- */

  function interactions(post) {
    return Math.trunc(INTERACTIONS.reduce(function (sum, k) { return sum + (post[k] || 0); }, 0));
  }

  /* insight.terbaca: a post whose reach is missing or zero had its insight not read; it keeps
   * counting as a post but has no rates and stays out of every pooled total. */
  function readable(post) { return post.jangkauan !== null && post.jangkauan !== undefined && post.jangkauan > 0; }

  function percent(top, bottom) {
    return bottom === null || bottom === undefined || !(bottom > 0) ? null : top / bottom * 100;
  }

  function median(values) {
    if (!values.length) return null;
    var sorted = Float64Array.from(values).sort();
    var mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  function dayNumber(date) {
    var p = date.split("-").map(Number);
    return Date.UTC(p[0], p[1] - 1, p[2]) / 86400000;
  }
  function weekOf(date) { return Math.floor((dayNumber(date) + 3) / 7); } // Monday to Sunday

  /* The same figures as insight.ringkasan_bulan for one account's posts. */
  function monthSummary(posts, month) {
    var p = month.split("-").map(Number);
    var days = new Date(Date.UTC(p[0], p[1], 0)).getUTCDate();
    var first = month + "-01", last = month + "-" + pad(days);
    var inMonth = posts.filter(function (post) { return post.tanggal.slice(0, 7) === month; });
    var weeks = {}, formats = {}, withFormat = 0, sumI = 0, sumR = 0, sumIF = 0, sumF = 0, known = 0;
    var rates = [], pairs = [];
    var ranked = inMonth.map(function (post, i) {
      var n = interactions(post);
      var er = percent(n, post.jangkauan);
      weeks[weekOf(post.tanggal)] = true;
      if (post.format) { formats[post.format] = (formats[post.format] || 0) + 1; withFormat += 1; }
      if (readable(post)) {
        sumI += n;
        sumR += post.jangkauan;
        pairs.push([n, post.jangkauan]);
        if (post.pengikut !== null && post.pengikut !== undefined) { sumIF += n; sumF += post.pengikut; known += 1; }
      }
      if (er !== null) rates.push(er);
      return { post: post, er: er, n: n, i: i };
    });
    var share = {};
    Object.keys(formats).forEach(function (k) { share[k] = formats[k] / withFormat; });
    var best = ranked.filter(function (x) { return x.er !== null; }).sort(function (a, b) {
      return b.er - a.er || b.n - a.n || (a.post.tanggal < b.post.tanggal ? -1 : a.post.tanggal > b.post.tanggal ? 1 : a.i - b.i);
    }).slice(0, 3).map(function (x) { return x.post.id; });
    return {
      jumlah_unggahan: inMonth.length,
      unggahan_per_pekan: inMonth.length / (days / 7),
      minggu_aktif: Object.keys(weeks).length,
      minggu_total: weekOf(last) - weekOf(first) + 1,
      pangsa_format: share,
      er_jangkauan: inMonth.length ? percent(sumI, sumR) : null,
      er_pengikut: known ? percent(sumIF, sumF) : null,
      median_er_jangkauan: median(rates),
      terbaik: best,
      nilai_er: rates,
      interaksi_jangkauan: pairs
    };
  }

  /* mulberry32: the same numbers as insight._acak_mulberry32. */
  function random32(seed) {
    var a = seed >>> 0;
    return function () {
      a = (a + 0x6D2B79F5) >>> 0;
      var t = Math.imul(a ^ (a >>> 15), a | 1) >>> 0;
      t = ((t + (Math.imul(t ^ (t >>> 7), t | 61) >>> 0)) >>> 0) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /* The k-th smallest of values[0..n) (quickselect, reorders in place): after it, every value
   * from k on is at least values[k]. Linear time, where sorting 500 values 1,000 times per
   * account would dominate the summary of a large export. */
  function select(values, n, k) {
    var lo = 0, hi = n - 1;
    while (lo < hi) {
      var pivot = values[(lo + hi) >> 1], i = lo, j = hi;
      while (i <= j) {
        while (values[i] < pivot) i += 1;
        while (values[j] > pivot) j -= 1;
        if (i <= j) { var t = values[i]; values[i] = values[j]; values[j] = t; i += 1; j -= 1; }
      }
      if (k <= j) hi = j;
      else if (k >= i) lo = i;
      else break;
    }
    return values[k];
  }

  /* Median of a typed array's first n values (the same number as sorting, without sorting). */
  function medianOf(values, n) {
    var mid = n >> 1;
    var upper = select(values, n, mid);
    if (n % 2) return upper;
    var lower = values[0];
    for (var i = 1; i < mid; i++) if (values[i] > lower) lower = values[i];
    return (lower + upper) / 2;
  }

  /* insight._kocok: Fisher-Yates in place, the same draws in the same order (storage.js; under
   * Node it is loaded from beside this file). */
  var shuffle = (root.akademiStorage || require("./storage.js")).shuffle;

  /* insight.pita_kebetulan: the 90th percentile of |median difference| over random re-splits. */
  function chanceBand(a, b, repeats, seed) {
    repeats = repeats || BAND_REPEATS;
    if (!a.length || !b.length) return null;
    var pool = Float64Array.from(a.concat(b)), next = random32(seed === undefined ? BAND_SEED : seed);
    var first = new Float64Array(a.length), second = new Float64Array(b.length);
    var diffs = new Float64Array(repeats);
    for (var r = 0; r < repeats; r++) {
      shuffle(pool, next);
      first.set(pool.subarray(0, a.length));
      second.set(pool.subarray(a.length));
      diffs[r] = Math.abs(medianOf(first, a.length) - medianOf(second, b.length));
    }
    diffs.sort();
    return diffs[Math.ceil(0.9 * repeats) - 1];
  }

  /* insight.perubahan_bulan: change of the median ER per reach, with the noise guard. */
  function monthChange(now, before) {
    var a = now.nilai_er, b = before.nilai_er;
    if (a.length < MIN_POSTS || b.length < MIN_POSTS) return { selisih: null, pita: null, putusan: "data belum cukup" };
    var diff = median(a) - median(b);
    var band = chanceBand(a, b);
    return { selisih: diff, pita: band, putusan: Math.abs(diff) <= band ? "setara" : diff > 0 ? "naik" : "turun" };
  }

  /* insight._rasio_er: pooled ER of the later posts over the earlier ones ([interactions, reach]). */
  function erRatio(list, from, split, to) {
    var iA = 0, rA = 0, iB = 0, rB = 0, k;
    for (k = from; k < split; k++) { iA += list[k][0]; rA += list[k][1]; }
    for (k = split; k < to; k++) { iB += list[k][0]; rB += list[k][1]; }
    if (iA === 0) return iB === 0 ? 1 : Infinity;
    return (iB / rB * 100) / (iA / rA * 100);
  }

  /* insight.pita_tren: the ratios 9 in 10 random re-splits of both halves reach (5th-95th). */
  function trendBand(before, now, repeats, seed) {
    repeats = repeats || BAND_REPEATS;
    if (!before.length || !now.length) return null;
    var pool = before.concat(now), next = random32(seed === undefined ? BAND_SEED : seed);
    var ratios = new Float64Array(repeats);
    for (var r = 0; r < repeats; r++) {
      shuffle(pool, next);
      ratios[r] = erRatio(pool, 0, before.length, pool.length);
    }
    ratios.sort();
    return [ratios[Math.ceil(0.05 * repeats) - 1], ratios[Math.ceil(0.95 * repeats) - 1]];
  }

  /* insight.uji_tren: the B7 ratio with its noise guard. */
  function trendTest(before, now) {
    var rA = 0, rB = 0, iA = 0;
    before.forEach(function (x) { iA += x[0]; rA += x[1]; });
    now.forEach(function (x) { rB += x[1]; });
    if (!(rA > 0) || !(rB > 0) || !(iA > 0)) return { rasio: null, pita: null, putusan: null };
    var both = before.concat(now);
    var ratio = erRatio(both, 0, before.length, both.length);
    if (Math.min(before.length, now.length) < TREND_MIN_POSTS) return { rasio: ratio, pita: null, putusan: "data belum cukup" };
    var band = trendBand(before, now);
    var verdict = band[0] <= ratio && ratio <= band[1] ? "setara" : ratio > 1 ? "naik" : "turun";
    return { rasio: ratio, pita: band, putusan: verdict };
  }

  function levelFrekuensi(x) { return x === null ? null : x < 4 ? 1 : x < 8 ? 2 : x < 12 ? 3 : 4; }
  function levelKonsistensi(x) { return x === null ? null : x < 50 ? 1 : x < 75 ? 2 : x < 90 ? 3 : 4; }
  function levelTren(x, verdict) {
    if (x === null) return null;
    if (verdict === "data belum cukup" || verdict === "setara") return 3;
    return x < 0.8 ? 1 : x < 0.95 ? 2 : x < 1.1 ? 3 : 4;
  }
  function levelVariasi(share) {
    var values = Object.keys(share).map(function (k) { return share[k]; });
    var total = values.reduce(function (s, v) { return s + v; }, 0);
    if (!values.length || total <= 0) return null;
    var used = values.filter(function (v) { return v >= 0.1; }).length;
    if (used <= 1) return 1;
    if (used === 2) return 2;
    return Math.max.apply(null, values) > 0.6 ? 3 : 4;
  }

  /* insight.level_bulan: the data criteria of the rapor for a one-month period. */
  function dataLevels(now, before) {
    var trend = trendTest(before.interaksi_jangkauan, now.interaksi_jangkauan);
    return {
      frekuensi: levelFrekuensi(now.jumlah_unggahan),
      konsistensi: levelKonsistensi(now.minggu_aktif / now.minggu_total * 100),
      variasi: levelVariasi(now.pangsa_format),
      tren: levelTren(trend.rasio, trend.putusan),
      rasio_tren: trend.rasio,
      pita_tren: trend.pita,
      putusan_tren: trend.putusan
    };
  }

  /* insight.nilai_rapor and predikat: null while a criterion has no level. */
  function score(criteria, levels) {
    var total = 0;
    for (var i = 0; i < criteria.length; i++) {
      var level = levels[criteria[i].kode];
      if ([1, 2, 3, 4].indexOf(level) === -1) return null;
      total += criteria[i].bobot * level;
    }
    return total / 4;
  }
  function predicate(thresholds, value) {
    if (value === null) return null;
    for (var i = 0; i < thresholds.length; i++) if (value >= thresholds[i][0]) return thresholds[i][1];
    return thresholds[thresholds.length - 1][1];
  }

  /* Every account's month: summaries of this and the previous month, change, data levels. */
  function accountMonths(posts, month) {
    var byAccount = {};
    posts.forEach(function (post) { (byAccount[post.akun] = byAccount[post.akun] || []).push(post); });
    return Object.keys(byAccount).sort(function (a, b) { return a.localeCompare(b, "id"); }).map(function (name) {
      var now = monthSummary(byAccount[name], month);
      var before = monthSummary(byAccount[name], previousMonth(month));
      return { akun: name, sekarang: now, lalu: before, perubahan: monthChange(now, before),
        level: dataLevels(now, before) };
    });
  }

  var api = {
    FIELDS: FIELDS, MIN_POSTS: MIN_POSTS, MAX_BYTES: MAX_BYTES, detectSeparator: detectSeparator,
    parseCsv: parseCsv, parseNumber: parseNumber, parseDate: parseDate, guessMapping: guessMapping,
    headerKey: headerKey, analyseFile: analyseFile, readPosts: readPosts, previousMonth: previousMonth,
    monthLabel: monthLabel, interactions: interactions, monthSummary: monthSummary,
    random32: random32, chanceBand: chanceBand, trendBand: trendBand, monthChange: monthChange, dataLevels: dataLevels,
    score: score, predicate: predicate, accountMonths: accountMonths
  };
  root.akademiRapor = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  if (typeof document === "undefined") return;

  /* --- the page ------------------------------------------------------------------------- */

  var FILE_FORMAT = window.akademiStorage.brand().kode + "/rapor-akun";
  var MAPPING_STORE = "rapor-akun-pemetaan";
  var EMPTY = "\u2013";

  var el = window.akademiStorage.el;

  /* 1234.5 -> "1.234,5" (two decimals by default). */
  function number(value, decimals) {
    if (value === null || value === undefined || !isFinite(value)) return EMPTY;
    decimals = decimals === undefined ? 2 : decimals;
    return value.toLocaleString("id-ID", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  }
  function pct(value) { return value === null || value === undefined ? EMPTY : number(value) + "%"; }
  function round2(value) { return value === null || value === undefined ? null : Math.round(value * 100) / 100; }

  function isText(v) { return typeof v === "string"; }
  function isCount(v) { return v === null || (typeof v === "number" && isFinite(v) && v >= 0); }
  function validPost(p) {
    return p && typeof p === "object" && isText(p.akun) && p.akun && isText(p.id) && isText(p.waktu) &&
      isText(p.format) && isText(p.tanggal) && /^\d{4}-\d{2}-\d{2}$/.test(p.tanggal) &&
      FIELDS.every(function (f) { return !f.angka || isCount(p[f.kode]); });
  }

  /* A saved assessment, checked before anything changes; throws an Indonesian message. */
  function readSaved(text) {
    var d = window.akademiStorage.readExportFile(text, FILE_FORMAT, "berkas penilaian Rapor Akun");
    if (!/^\d{4}-\d{2}$/.test(d.bulan) || !Array.isArray(d.unggahan) || !d.unggahan.every(validPost) ||
      !d.penilaian || typeof d.penilaian !== "object") {
      throw new Error("Isi berkas ini tidak lengkap, sehingga tidak dapat dibuka.");
    }
    return d;
  }

  function setup(box) {
    if (box.dataset.siap) return;
    box.dataset.siap = "1";
    var model = JSON.parse(box.dataset.isi || "{}");
    var store = window.akademiStorage;
    var q = function (role) { return box.querySelector('[data-peran="' + role + '"]'); };
    var monthInput = q("bulan"), errors = q("galat"), status = q("status");
    var state = { files: [], penilaian: {} };
    var today = new Date();
    monthInput.value = previousMonth(today.getFullYear() + "-" + pad(today.getMonth() + 1));

    function month() { return /^\d{4}-\d{2}$/.test(monthInput.value) ? monthInput.value : null; }
    function say(text) { status.textContent = text; }
    function showErrors(list) {
      errors.replaceChildren();
      if (!list.length) return;
      var ul = el("ul");
      list.forEach(function (m) { ul.appendChild(el("li", null, m)); });
      errors.appendChild(ul);
    }
    function savedMappings() { return store.read(MAPPING_STORE, store.isPlainObject) || {}; }
    function allPosts(except) {
      var out = [];
      state.files.forEach(function (f) { if (f !== except && f.unggahan) out = out.concat(f.unggahan); });
      return out;
    }
    function knownKeys(except) {
      var keys = {};
      allPosts(except).forEach(function (p) { keys[p.akun + "\u0000" + (p.id || p.waktu)] = true; });
      return keys;
    }

    /* (Re)read one file's posts with its mapping; on a problem its old posts stay loaded. */
    function load(entry) {
      if (entry.tersimpan) return [];
      if (!month()) return ["Pilih bulan yang dinilai terlebih dahulu."];
      var result = readPosts(entry.analisis, { pemetaan: entry.pemetaan, bulan: month(),
        akun: entry.akun, dikenal: knownKeys(entry) });
      if (result.galat) return result.galat;
      entry.unggahan = result.unggahan;
      entry.catatan = result.catatan;
      var maps = savedMappings();
      maps[headerKey(entry.analisis.kepala)] = { kolom: mappingNames(entry), akun: entry.akun };
      store.write(MAPPING_STORE, maps);
      return [];
    }
    function mappingNames(entry) {
      var names = {};
      Object.keys(entry.pemetaan).forEach(function (k) { names[k] = entry.analisis.kepala[entry.pemetaan[k]]; });
      return names;
    }

    function addFiles(fileList) {
      var list = Array.prototype.slice.call(fileList);
      var problems = [], pending = list.length;
      if (!pending) return;
      list.forEach(function (file) {
        file.text().then(function (text) {
          var analysis = analyseFile(file.name, text, file.size);
          if (analysis.galat) {
            problems.push(analysis.galat);
          } else {
            /* The mapping (and account name) last used for a file with this header. */
            var remembered = savedMappings()[headerKey(analysis.kepala)];
            var mapping = analysis.pemetaan, account = file.name.replace(/\.[^.]+$/, "");
            if (remembered && store.isPlainObject(remembered.kolom)) {
              mapping = {};
              Object.keys(remembered.kolom).forEach(function (k) {
                var at = analysis.kepala.indexOf(remembered.kolom[k]);
                if (at !== -1) mapping[k] = at;
              });
              if (isText(remembered.akun) && remembered.akun.trim()) account = remembered.akun;
            }
            var entry = { nama: file.name, analisis: analysis, pemetaan: mapping,
              akun: account, unggahan: null, catatan: [] };
            state.files = state.files.filter(function (f) { return f.nama !== file.name; });
            state.files.push(entry);
            problems = problems.concat(load(entry));
          }
        }, function () {
          problems.push(file.name + ": berkas tidak dapat dibaca.");
        }).then(function () {
          pending -= 1;
          if (pending) return;
          showErrors(problems);
          render();
          say(problems.length ? "Sebagian berkas belum dapat dimuat; lihat pesan di atas." :
            list.length + " berkas dimuat.");
        });
      });
    }

    function renderFiles() {
      var section = q("daftar-berkas"), holder = q("berkas-isi");
      section.hidden = !state.files.length;
      holder.replaceChildren();
      state.files.forEach(function (entry, n) {
        var fieldset = el("fieldset", "rapor-akun__pemetaan");
        fieldset.appendChild(el("legend", null, entry.nama + (entry.unggahan ? " \u2013 " +
          entry.unggahan.length + " unggahan dimuat" : " \u2013 belum dimuat")));
        if (entry.tersimpan) {
          fieldset.appendChild(el("p", "alat__bantuan", "Unggahan dari berkas penilaian yang disimpan."));
          holder.appendChild(fieldset);
          return;
        }
        var info = "Pemisah " + ({ ",": "koma", ";": "titik koma", "\t": "tab" })[entry.analisis.pemisah] +
          ", desimal " + (entry.analisis.desimal === "," ? "koma" : "titik") + ", tanggal " +
          (entry.analisis.urutan === "bh" ? "bulan/hari/tahun" : "hari/bulan/tahun") + ".";
        fieldset.appendChild(el("p", "alat__bantuan", info));
        (entry.catatan || []).forEach(function (c) { fieldset.appendChild(el("p", "alat__bantuan", c)); });
        var grid = el("div", "alat__baris");
        FIELDS.forEach(function (field) {
          var wrap = el("div", "alat__isian");
          var id = "rapor-peta-" + n + "-" + field.kode;
          var label = el("label", null, field.nama + (field.wajib ? " (wajib)" : ""));
          label.htmlFor = id;
          var select = el("select");
          select.id = id;
          select.dataset.kolom = field.kode;
          select.appendChild(el("option", null, "(tidak ada)")).value = "";
          entry.analisis.kepala.forEach(function (h, i) { select.appendChild(el("option", null, h || "(kolom " + (i + 1) + ")")).value = String(i); });
          select.value = entry.pemetaan[field.kode] === undefined ? "" : String(entry.pemetaan[field.kode]);
          wrap.appendChild(label);
          wrap.appendChild(select);
          grid.appendChild(wrap);
        });
        var accountWrap = el("div", "alat__isian");
        var accountLabel = el("label", null, "Nama akun jika berkas tanpa kolom akun");
        accountLabel.htmlFor = "rapor-akun-nama-" + n;
        var account = el("input");
        account.type = "text";
        account.id = "rapor-akun-nama-" + n;
        account.value = entry.akun;
        accountWrap.appendChild(accountLabel);
        accountWrap.appendChild(account);
        grid.appendChild(accountWrap);
        fieldset.appendChild(grid);
        var buttons = el("div", "alat__tombol");
        var apply = el("button", "md-button", "Pakai pemetaan ini");
        apply.type = "button";
        apply.setAttribute("aria-label", "Pakai pemetaan ini untuk " + entry.nama);
        apply.addEventListener("click", function () {
          var mapping = {};
          fieldset.querySelectorAll("select").forEach(function (s) { if (s.value !== "") mapping[s.dataset.kolom] = Number(s.value); });
          entry.pemetaan = mapping;
          entry.akun = account.value;
          var problems = load(entry);
          showErrors(problems);
          render();
          say(problems.length ? entry.nama + " belum dapat dimuat." : entry.nama + " dimuat ulang.");
        });
        var remove = el("button", "md-button", "Keluarkan berkas");
        remove.type = "button";
        remove.setAttribute("aria-label", "Keluarkan " + entry.nama);
        remove.addEventListener("click", function () {
          state.files.splice(state.files.indexOf(entry), 1);
          render();
          say(entry.nama + " dikeluarkan.");
        });
        buttons.appendChild(apply);
        buttons.appendChild(remove);
        fieldset.appendChild(buttons);
        holder.appendChild(fieldset);
      });
    }

    function assessed(name) {
      var key = month() + "|" + name;
      return (state.penilaian[key] = state.penilaian[key] || {});
    }

    function results() {
      if (!month()) return [];
      return accountMonths(allPosts(), month()).map(function (acc) {
        var levels = {};
        var manual = assessed(acc.akun);
        model.kriteria.forEach(function (k) {
          levels[k.kode] = k.sumber === "data" ? acc.level[k.kode] : manual[k.kode] || null;
        });
        acc.levels = levels;
        acc.nilai = score(model.kriteria, levels);
        acc.predikat = predicate(model.predikat, acc.nilai);
        return acc;
      });
    }

    var VERDICT = { "naik": "naik, melebihi selisih kebetulan", "turun": "turun, melebihi selisih kebetulan",
      "setara": "setara: selisihnya masih dalam selisih kebetulan",
      "data belum cukup": "belum dapat disimpulkan: kurang dari " + MIN_POSTS + " unggahan ber-ER di salah satu bulan" };
    var TREND_VERDICT = { "naik": "naik, di luar rentang kebetulan", "turun": "turun, di luar rentang kebetulan",
      "setara": "setara: masih dalam rentang kebetulan (level 3)",
      "data belum cukup": "belum dapat disimpulkan: kurang dari " + TREND_MIN_POSTS +
        " unggahan terbaca di salah satu bulan (level 3)" };

    function row(table, label, value) {
      var tr = el("tr");
      var th = el("th", null, label);
      th.scope = "row";
      tr.appendChild(th);
      tr.appendChild(el("td", null, value));
      table.appendChild(tr);
    }

    function card(acc, n) {
      var now = acc.sekarang, before = acc.lalu;
      var article = el("article", "rapor-akun__kartu");
      article.setAttribute("aria-labelledby", "rapor-kartu-" + n);
      var h = el("h3", null, "Rapor " + acc.akun + ", " + monthLabel(month()));
      h.id = "rapor-kartu-" + n;
      article.appendChild(h);
      var table = el("table", "rapor-akun__angka");
      var body = el("tbody");
      row(body, "Unggahan", number(now.jumlah_unggahan, 0) + " (" + number(now.unggahan_per_pekan, 1) + " per pekan)");
      row(body, "Pekan aktif", now.minggu_aktif + " dari " + now.minggu_total + " pekan (Senin\u2013Minggu)");
      row(body, "Format", Object.keys(now.pangsa_format).sort().map(function (f) {
        return f + " " + number(now.pangsa_format[f] * 100, 0) + "%"; }).join(", ") || EMPTY);
      row(body, "ER per jangkauan (gabungan)", pct(now.er_jangkauan) + " (bulan lalu " + pct(before.er_jangkauan) + ")");
      row(body, "ER per pengikut (gabungan)", pct(now.er_pengikut));
      row(body, "Median ER per jangkauan", pct(now.median_er_jangkauan) + " (bulan lalu " + pct(before.median_er_jangkauan) + ")");
      var change = acc.perubahan;
      row(body, "Perubahan median", change.selisih === null ? VERDICT[change.putusan] :
        (change.selisih >= 0 ? "+" : "") + number(change.selisih) + " poin persen; selisih kebetulan \u00b1" +
        number(change.pita) + " poin persen: " + VERDICT[change.putusan]);
      var trend = acc.level;
      row(body, "Tren ER (B7)", trend.rasio_tren === null ? EMPTY :
        "rasio " + number(trend.rasio_tren) + (trend.pita_tren ? "; rasio kebetulan " + number(trend.pita_tren[0]) +
        "\u2013" + number(trend.pita_tren[1]) : "") + ": " + TREND_VERDICT[trend.putusan_tren]);
      row(body, "Unggahan terbaik (ER per jangkauan)", now.terbaik.filter(Boolean).join(", ") || EMPTY);
      table.appendChild(body);
      article.appendChild(table);

      var levels = el("table", "rapor-akun__level");
      var head = el("tr");
      ["Kriteria", "Bobot", "Level", "Bobot \u00d7 level"].forEach(function (t) {
        var th = el("th", null, t); th.scope = "col"; head.appendChild(th); });
      var thead = el("thead"); thead.appendChild(head); levels.appendChild(thead);
      var lbody = el("tbody");
      model.kriteria.forEach(function (k) {
        var tr = el("tr");
        var th = el("th", null, k.label + " " + k.nama);
        th.scope = "row";
        tr.appendChild(th);
        tr.appendChild(el("td", null, String(k.bobot)));
        var level = acc.levels[k.kode];
        var cell = el("td");
        if (k.sumber === "data") {
          cell.textContent = level ? String(level) : EMPTY + " (data tidak cukup)";
          if (level) cell.title = k.deskriptor[String(level)];
        } else {
          var fieldset = el("fieldset", "rapor-akun__pilih");
          fieldset.appendChild(el("legend", "akademi-tersembunyi", k.label + " " + k.nama + ", " + acc.akun));
          [4, 3, 2, 1].forEach(function (value) {
            var label = el("label");
            var radio = el("input");
            radio.type = "radio";
            radio.name = "rapor-" + n + "-" + k.kode;
            radio.value = String(value);
            radio.checked = level === value;
            radio.addEventListener("change", function () {
              assessed(acc.akun)[k.kode] = value;
              renderResults(radio.name);
            });
            label.appendChild(radio);
            label.appendChild(el("strong", null, " " + value + ": "));
            label.appendChild(document.createTextNode(k.deskriptor[String(value)]));
            if (level !== value) label.className = "rapor-akun__bukan-pilihan";
            fieldset.appendChild(label);
          });
          cell.appendChild(fieldset);
        }
        tr.appendChild(cell);
        tr.appendChild(el("td", null, level ? String(k.bobot * level) : EMPTY));
        lbody.appendChild(tr);
      });
      levels.appendChild(lbody);
      var scroller = el("div", "alat__tabel-gulir");
      scroller.appendChild(levels);
      article.appendChild(scroller);
      article.appendChild(el("p", "rapor-akun__nilai", acc.nilai === null
        ? "Nilai belum dapat dihitung: lengkapi level semua kriteria."
        : "Nilai " + number(acc.nilai) + ", predikat " + acc.predikat + "."));
      article.appendChild(el("p", "alat__bantuan", "Dinilai dengan rapor model modul Evaluasi Insight " +
        "(bobot dan ambang yang disepakati daerah), bukan standar nasional."));
      return article;
    }

    function renderResults(focusName) {
      var list = results();
      var section = q("hasil");
      section.hidden = !list.length;
      var summary = q("ringkasan"), cards = q("kartu");
      summary.replaceChildren();
      cards.replaceChildren();
      var groups = model.predikat.map(function (p) { return p[1]; }).concat(["Belum lengkap"]);
      groups.forEach(function (name) {
        var members = list.filter(function (acc) { return (acc.predikat || "Belum lengkap") === name; });
        if (!members.length) return;
        summary.appendChild(el("h3", null, name + " (" + members.length + " akun)"));
        var ul = el("ul");
        members.forEach(function (acc) { ul.appendChild(el("li", null, acc.akun)); });
        summary.appendChild(ul);
      });
      list.forEach(function (acc, n) { cards.appendChild(card(acc, n)); });
      if (focusName) {
        var target = cards.querySelector('input[name="' + focusName + '"]:checked');
        if (target) target.focus();
      }
      return list;
    }

    function render() {
      renderFiles();
      renderResults();
    }

    monthInput.addEventListener("change", function () {
      var problems = [];
      state.files.forEach(function (entry) { problems = problems.concat(load(entry)); });
      showErrors(problems);
      render();
    });
    q("berkas").addEventListener("change", function (event) {
      addFiles(event.target.files);
      event.target.value = "";
    });

    box.querySelector('[data-aksi="unduh-csv"]').addEventListener("click", function () {
      var list = results();
      var header = ["akun", "bulan", "unggahan", "unggahan_per_pekan", "pekan_aktif", "pekan_total",
        "er_jangkauan_persen", "er_pengikut_persen", "median_er_jangkauan_persen", "perubahan_median_poin",
        "selisih_kebetulan_poin", "putusan", "rasio_tren", "putusan_tren"].concat(model.kriteria.map(function (k) { return k.label + "_" + k.kode; }))
        .concat(["nilai", "predikat"]);
      var rows = [header].concat(list.map(function (acc) {
        var now = acc.sekarang;
        return [acc.akun, month(), now.jumlah_unggahan, round2(now.unggahan_per_pekan), now.minggu_aktif,
          now.minggu_total, round2(now.er_jangkauan), round2(now.er_pengikut), round2(now.median_er_jangkauan),
          round2(acc.perubahan.selisih), round2(acc.perubahan.pita), acc.perubahan.putusan,
          round2(acc.level.rasio_tren), acc.level.putusan_tren]
          .concat(model.kriteria.map(function (k) { return acc.levels[k.kode]; }))
          .concat([acc.nilai, acc.predikat || "belum lengkap"]);
      }));
      window.akademiCsv.download("rapor-akun-" + month() + ".csv", rows);
      say("Ringkasan diunduh sebagai rapor-akun-" + month() + ".csv.");
    });

    box.querySelector('[data-aksi="simpan"]').addEventListener("click", function () {
      var data = { bulan: month(), unggahan: allPosts().map(function (p) {
        var copy = {};
        ["akun", "id", "waktu", "format", "tanggal"].concat(FIELDS.filter(function (f) { return f.angka; })
          .map(function (f) { return f.kode; })).forEach(function (k) { copy[k] = p[k] === undefined ? null : p[k]; });
        return copy;
      }), penilaian: state.penilaian };
      var text = window.akademiStorage.exportFile(FILE_FORMAT, data);
      var name = window.akademiStorage.download("penilaian-rapor-akun-" + month() + ".json",
        "application/json", text);
      say("Penilaian disimpan sebagai " + name + ". Buka berkas itu nanti untuk melanjutkan.");
    });

    box.querySelector('[data-aksi="buka"]').addEventListener("change", function (event) {
      var file = event.target.files[0];
      event.target.value = "";
      if (!file) return;
      file.text().then(function (text) {
        var data;
        try { data = readSaved(text); } catch (error) {
          showErrors([file.name + ": " + error.message + " Penilaian yang sedang terbuka tidak berubah."]);
          return;
        }
        monthInput.value = data.bulan;
        data.unggahan.forEach(function (p) { p.kunci = p.akun + "\u0000" + (p.id || p.waktu); });
        state.files = [{ nama: file.name, tersimpan: true, unggahan: data.unggahan, catatan: [] }];
        state.penilaian = data.penilaian;
        showErrors([]);
        render();
        say("Penilaian dari " + file.name + " dibuka: " + data.unggahan.length + " unggahan.");
      });
    });

    box.querySelector('[data-aksi="cetak"]').addEventListener("click", function () { window.print(); });
  }

  window.akademiStorage.onPage("rapor-akun", function () {
    document.querySelectorAll('[data-alat="rapor-akun"]').forEach(setup);
  });
})(typeof window !== "undefined" ? window : globalThis);
