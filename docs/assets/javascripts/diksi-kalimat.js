/*
 * Cek Diksi, sentence rules: comma before a trailing subordinate clause, "daripada" in
 * comparisons, relative "di mana / yang mana", and the pleonasms of docs/data/diksi-kalimat.yml.
 *
 * Mirrors hooks/akademi/kalimat.py line for line; the word tables come from Python in the
 * payload (data.kalimat), and both sides are tested against tests/data/diksi-cases.json.
 * cek-diksi.js calls findings() from Engine.prototype.check and explain() for the notes.
 */
(function (root) {
  "use strict";

  var KINDS = ["koma", "daripada", "di-mana", "pleonasme"];
  var COUNT = {
    "koma": "koma sebelum anak kalimat",
    "daripada": "perbandingan tanpa daripada",
    "di-mana": "di mana/yang mana sebagai penghubung",
    "pleonasme": "pleonasme"
  };
  var WORD = /[\p{L}\p{N}]+/gu;
  var LETTER = /[\p{L}\p{N}]/u;
  var DECIMAL = /\p{Nd}/u;
  var ALL_DECIMAL = /^\p{Nd}+$/u;
  var SEPARATOR = /^\s+$/u;
  var COMMA = /^[^\p{L}\p{N}_\s]*,\s+$/u;
  var BREAK = /[.!?;:\u2026]\s|\n[ \t]*\n/u;
  var END = /[.!?\u2026](?=\s|$)|\n[ \t]*\n/gu;
  var START = /[.!?\u2026](?=\s|$)|\n/gu;

  function low(word) { return word.toLowerCase().split("\u2019").join("'"); }
  function isUpper(c) { return c !== "" && c.toLowerCase() !== c.toUpperCase() && c === c.toUpperCase(); }
  function capitalized(surface, fix) {
    return isUpper(surface.charAt(0)) && fix ? fix.charAt(0).toUpperCase() + fix.slice(1) : fix;
  }
  function words(text) { return text.match(WORD) || []; }
  function has(list, word) { return list.indexOf(word) !== -1; }
  function count(text, ch) { return text.split(ch).length - 1; }

  /* Where the sentences of the last text checked start (computed once per text). */
  var startsOf = { text: null, starts: null };
  function sentenceStart(text, position) {
    if (startsOf.text !== text) {
      var starts = [0], m;
      START.lastIndex = 0;
      while ((m = START.exec(text))) starts.push(m.index + m[0].length);
      startsOf = { text: text, starts: starts };
    }
    var list = startsOf.starts, low = 0, high = list.length;
    while (low < high) {
      var mid = (low + high) >> 1;
      if (list[mid] <= position) low = mid + 1; else high = mid;
    }
    return list[low - 1];
  }

  function sentenceEnd(text, position) {
    END.lastIndex = position;
    var m = END.exec(text);
    return m ? [m.index, m[0].charAt(0)] : [text.length, ""];
  }

  function opensSentence(text, position) {
    return !LETTER.test(text.slice(sentenceStart(text, position), position));
  }

  function spaced(text, toks, first, last) {
    for (var i = first; i < last; i++) {
      if (!SEPARATOR.test(text.slice(toks[i].end, toks[i + 1].start))) return false;
    }
    return true;
  }

  function split(text) { return text.split(/\s+/u).filter(Boolean); }

  function listTail(rules, rest) {
    var pieces = rest.split(",").map(split);
    var lastPiece = pieces[pieces.length - 1];
    return lastPiece.length > 0 && has(rules.kalimat.serta, low(lastPiece[0])) &&
      pieces.every(function (piece) { return piece.length > 0 && piece.length <= 3; });
  }

  function Hit(kind, start, end, text, fix, key, group) {
    return { jenis: kind, awal: start, akhir: end, teks: text, perbaikan: fix,
      kunci: key, kelompok: group === undefined ? null : group };
  }

  function commaHits(rules, text, toks) {
    var k = rules.kalimat, found = [];
    for (var index = 1; index < toks.length; index++) {
      var tok = toks[index], word = low(tok.text);
      if (!has(k.subordinatif, word)) continue;
      var gap = text.slice(toks[index - 1].end, tok.start);
      if (!COMMA.test(gap)) continue;
      var comma = toks[index - 1].end + gap.indexOf(",");
      var previous = low(toks[index - 1].text);
      if (has(k.subordinatif, previous) || has(k.awalAnak, previous)) continue;
      if (index + 1 < toks.length && has(k.sesudahPenghubung, low(toks[index + 1].text))) continue;
      var start = sentenceStart(text, comma);
      var end = sentenceEnd(text, tok.end)[0];
      var head = text.slice(start, comma);
      var headWords = words(head);
      if (headWords.length && headWords.length <= 2 && has(k.sapaan, low(headWords[0]))) continue;
      if (has(k.penghubungAwal, headWords.map(low).join(" "))) continue;
      if (headWords.length && has(k.awalAnak, low(headWords[0])) && head.indexOf(",") === -1) continue;
      var inserted = head.indexOf(",") !== -1 ? words(head.slice(head.lastIndexOf(",") + 1)) : [];
      if (inserted.length && has(k.sisipan, low(inserted[0]))) continue;
      var rest = text.slice(tok.end, end), later = rest.indexOf(",");
      if (later !== -1 && LETTER.test(rest.slice(0, later)) && !listTail(rules, rest.slice(later + 1))) {
        continue;
      }
      found.push(Hit("koma", comma, tok.end, text.slice(comma, tok.end),
        text.slice(comma + 1, tok.end), word, null));
    }
    return found;
  }

  function comparisonHits(rules, text, toks) {
    var k = rules.kalimat, found = [];
    for (var index = 0; index < toks.length - 3; index++) {
      var degree = low(toks[index].text), adjective = low(toks[index + 1].text);
      var dari = low(toks[index + 2].text), compared = low(toks[index + 3].text);
      if ((degree !== "lebih" && degree !== "kurang") || dari !== "dari") continue;
      if (!spaced(text, toks, index, index + 3)) continue;
      if (has(k.bukanSifat, adjective)) continue;
      if (index) {
        var previous = low(toks[index - 1].text);
        if (previous === "lebih" || previous === "kurang" || has(k.bendaAsal, previous)) continue;
      }
      if (!has(k.pembanding, compared)) {
        var surface = toks[index + 3].text;
        if (!has(k.sifat, adjective) || has(k.asal, compared) || has(k.bilangan, compared)) continue;
        if (DECIMAL.test(surface) || isUpper(surface.charAt(0))) continue;
      }
      var t = toks[index + 2];
      found.push(Hit("daripada", t.start, t.end, t.text, capitalized(t.text, "daripada"), "dari", null));
    }
    return found;
  }

  function relativeHits(rules, text, toks) {
    var k = rules.kalimat, found = [];
    toks.forEach(function (tok, index) {
      var word = low(tok.text), last;
      if (word === "dimana") {
        last = index;
      } else if ((word === "di" || word === "yang") && index + 1 < toks.length) {
        last = index + 1;
        if (low(toks[last].text) !== "mana" || !spaced(text, toks, index, last)) return;
      } else {
        return;
      }
      var key = word === "yang" ? "yang mana" : "di mana";
      var end = toks[last].end;
      var after = last + 1 < toks.length ? toks[last + 1] : null;
      if (after && has(k.akhirRelatif, low(after.text)) && spaced(text, toks, last, last + 1)) return;
      if (opensSentence(text, tok.start)) return;
      var closing = sentenceEnd(text, end);
      if (closing[1] === "?") return;
      var before = index ? low(toks[index - 1].text) : "";
      if (has(k.kataTanya, before) || has(k.penanya, before)) return;
      if (after && text.slice(end, after.start).trimStart().charAt(0) === ",") return;
      if (isUpper(tok.text.charAt(0))) return;
      var from = sentenceStart(text, tok.start);
      if (toks.some(function (t) {
        return t.start >= from && t.start < closing[0] && t.start !== toks[last].start &&
          has(k.penanya, low(t.text));
      })) return;
      if (toks.slice(last + 1).some(function (t) {
        return has(k.korelatif, low(t.text)) && t.start < closing[0];
      })) return;
      var when = index < 2 || !ALL_DECIMAL.test(before) ? before : low(toks[index - 2].text);
      var fix = key === "yang mana" ? "yang" : has(k.waktu, when) ? "ketika" : "tempat";
      found.push(Hit("di-mana", tok.start, end, text.slice(tok.start, end), capitalized(tok.text, fix),
        key, null));
    });
    return found;
  }

  function reduplicated(word) {
    var parts = word.split("-");
    if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
    var first = low(parts[0]), second = low(parts[1]);
    if (first === second) return parts[0];
    var suffixes = ["", "i", "kan"];
    for (var i = 0; i < suffixes.length; i++) {
      var suffix = suffixes[i];
      if (suffix && second.slice(second.length - suffix.length) !== suffix) continue;
      var stem = suffix ? second.slice(0, second.length - suffix.length) : second;
      if (stem.slice(0, 2) === "me" && first.length >= 3 &&
        (stem.slice(stem.length - first.length) === first ||
          stem.slice(stem.length - first.length + 1) === first.slice(1))) {
        return parts[1];
      }
    }
    return null;
  }

  function breaks(separator) { return BREAK.test(separator); }

  function match(rules, pattern, group, text, toks, index) {
    var pieces = pattern.bagian.filter(function (p) { return p !== "[" && p !== "]"; });
    var slots = {}, places = [], maxGap = rules.kalimat.celahMaks;

    function walk(word, position, afterGap) {
      if (word === pieces.length) return position - 1;
      var piece = pieces[word], result;
      if (piece === "...") {
        for (var size = 1; size <= maxGap; size++) {
          var last = position + size - 1;
          if (last >= toks.length || breaks(text.slice(toks[last - 1].end, toks[last].start))) return null;
          places.push(position);
          result = walk(word + 1, last + 1, true);
          if (result !== null) return result;
          places.pop();
        }
        return null;
      }
      if (position >= toks.length) return null;
      if (position > index) {
        var separator = text.slice(toks[position - 1].end, toks[position].start);
        if (afterGap ? breaks(separator) : !SEPARATOR.test(separator)) return null;
      }
      var surface = toks[position].text, lower = low(surface);
      if (piece === "{kata}") {
        if (!LETTER.test(surface)) return null;
        slots[piece] = surface;
      } else if (piece === "{ulang}") {
        var single = has(group.bukanUlang, lower) ? null : reduplicated(surface);
        if (single === null) return null;
        slots[piece] = single;
      } else if (lower !== piece) {
        return null;
      }
      places.push(position);
      result = walk(word + 1, position + 1, false);
      if (result === null) places.pop();
      return result;
    }

    var last = walk(0, index, false);
    return last === null ? null : { slots: slots, places: places, last: last };
  }

  function pleonasmHit(rules, pattern, text, toks, m) {
    var pieces = pattern.bagian;
    var list = pieces.filter(function (p) { return p !== "[" && p !== "]"; });
    var first = 0, final = list.length - 1;
    if (pieces.indexOf("[") !== -1) {
      first = pieces.indexOf("[");
      final = pieces.indexOf("]") - 2;
    }
    var ends = [];
    for (var i = 0; i < list.length - 1; i++) ends.push(m.places[i + 1] - 1);
    ends.push(m.last);
    var start = toks[m.places[first]].start, end = toks[ends[final]].end;
    var fix = pattern.saran.split(" ").filter(Boolean).map(function (w) {
      return Object.prototype.hasOwnProperty.call(m.slots, w) ? m.slots[w] : w;
    }).join(" ");
    if (fix) return [start, end, capitalized(text.slice(start, end), fix)];
    var previous = toks[m.places[first] - 1].end;
    if (first && list[first - 1] === "...") {
      var listedStart = toks[m.places[first - 1]].start;
      var listed = text.slice(listedStart, previous);
      var listedWords = words(listed).map(low);
      var joined = listedWords.some(function (w) { return has(rules.kalimat.serta, w); });
      if (listed.indexOf(",") !== -1 && !joined) {
        var cut = listedStart + listed.lastIndexOf(",");
        var joiner = count(listed, ",") > 1 ? ", dan " : " dan ";
        return [cut, end, joiner + text.slice(cut + 1, previous).trim()];
      }
    }
    return [previous, end, ""];
  }

  function pleonasmHits(rules, text, toks) {
    var k = rules.kalimat, found = [];
    toks.forEach(function (tok, index) {
      k.pola.forEach(function (pattern, number) {
        if (low(tok.text) !== pattern.bagian[pattern.bagian[0] === "[" ? 1 : 0]) return;
        if (!pattern.awalKalimat && opensSentence(text, tok.start)) return;
        var m = match(rules, pattern, k.kelompok[pattern.kelompok], text, toks, index);
        if (m === null) return;
        var after = m.last + 1 < toks.length ? toks[m.last + 1] : null;
        if (after && has(pattern.kecualiSesudah, low(after.text)) &&
          SEPARATOR.test(text.slice(toks[m.last].end, after.start))) return;
        var hit = pleonasmHit(rules, pattern, text, toks, m);
        if (found.some(function (h) { return h.awal < hit[1] && hit[0] < h.akhir; })) return;
        found.push(Hit("pleonasme", hit[0], hit[1], text.slice(hit[0], hit[1]), hit[2], pattern.teks, number));
      });
    });
    return found;
  }

  /* Every sentence finding of ``text``; ``toks`` are its words outside masked spans. */
  function findings(rules, text, toks) {
    if (!rules.kalimat) return [];
    return commaHits(rules, text, toks)
      .concat(comparisonHits(rules, text, toks))
      .concat(relativeHits(rules, text, toks))
      .concat(pleonasmHits(rules, text, toks));
  }

  /* The note under a finding: explanation and source. */
  function explain(rules, f) {
    var k = rules.kalimat;
    if (f.jenis === "pleonasme") {
      var group = k.kelompok[k.pola[f.kelompok].kelompok];
      var fix = "Cukup \u201c" + f.perbaikan.trim() + "\u201d.";
      if (k.pola[f.kelompok].saran === "") {
        fix = f.perbaikan ? "Hapus bagian itu dan tutup perinciannya dengan \u201cdan\u201d." :
          "Hapus bagian itu.";
      }
      return { text: [group.penjelasan, fix].filter(Boolean).join(" "), source: group.sumber };
    }
    return { text: k.aturan[f.jenis].penjelasan, source: k.aturan[f.jenis].sumber };
  }

  var api = { kinds: KINDS, count: COUNT, findings: findings, explain: explain,
    reduplicated: reduplicated };
  root.akademiDiksiKalimat = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : globalThis);
