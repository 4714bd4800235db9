/*
 * Cek Diksi: checks a caption in the browser and shows, in place, what to fix.
 *
 * The rule engine below mirrors hooks/akademi/diksi.py line for line: same word lists (embedded
 * by hooks/alat.py from docs/data/diksi-*.yml), same affix tables (emitted from Python), same
 * tokens. Both are tested against tests/data/diksi-cases.json. The engine is pure and also runs
 * under Node (module.exports) for those tests; the interface part runs only in a page.
 *
 * Safety: the user's text is only ever inserted as text nodes or textContent, never as HTML.
 */
(function (root) {
  "use strict";

  var WORD_SOURCE = "[\\p{L}\\p{N}]+(?:['\u2019\\-][\\p{L}\\p{N}]+)*";
  var MASK_SOURCE = "https?://\\S+|www\\.\\S+|[^\\s@]+@[^\\s@]+\\.[^\\s@]+|@[A-Za-z0-9_.]+";
  var PUNCT_SOURCE = "[!?]{2,}|\\.{4,}|,{2,}";
  var DIGIT = /\p{Nd}/u;
  var KIND_ORDER = ["baku", "serapan", "sensitif", "netralitas", "kapital", "tanda-baca",
    "koma", "daripada", "di-mana", "pleonasme"];
  var VOWELS = "aeiou";

  function normalize(word) {
    var low = word.toLowerCase();
    if (low.indexOf("\u2019") !== -1) low = low.split("\u2019").join("'");
    return /\s/.test(low) ? low.split(/\s+/).filter(Boolean).join(" ") : low;
  }

  function isCased(c) { return c.toLowerCase() !== c.toUpperCase(); }
  function isUpper(c) { return isCased(c) && c === c.toUpperCase(); }

  function matchCase(surface, replacement, standard) {
    var chars = Array.from(surface);
    var letters = chars.filter(isCased);
    if (letters.length > 1 && letters.every(isUpper)) return replacement.toUpperCase();
    if (standard !== standard.toLowerCase()) return replacement;
    if (letters.length && chars.length && isUpper(chars[0])) {
      return replacement.charAt(0).toUpperCase() + replacement.slice(1);
    }
    return replacement;
  }

  function nasal(base, word) {
    var first = word.charAt(0), second = word.charAt(1);
    var vowelNext = second !== "" && VOWELS.indexOf(second) !== -1;
    if ((first !== "" && VOWELS.indexOf(first) !== -1) || first === "g" || first === "h") {
      return base + "ng" + word;
    }
    if (first === "k") return base + "ng" + (vowelNext ? word.slice(1) : word);
    if (first === "p") return base + "m" + (vowelNext ? word.slice(1) : word);
    if (first === "b" || first === "f" || first === "v") return base + "m" + word;
    if (first === "t") return base + "n" + (vowelNext ? word.slice(1) : word);
    if (first === "d" || first === "c" || first === "j" || first === "z") return base + "n" + word;
    if (first === "s") return base + (vowelNext ? "ny" + word.slice(1) : "n" + word);
    return base + word;
  }

  function withPrefix(surface, kind, word) {
    if (kind === "meN") return nasal("me", word);
    if (kind === "peN") return nasal("pe", word);
    if (kind === "ber" || kind === "ter" || kind === "per") {
      return kind.slice(0, 2) + (word.charAt(0) === "r" ? "" : "r") + word;
    }
    return surface + word;
  }

  function build(prefix, standard, suffix) {
    var head = prefix ? withPrefix(prefix[0], prefix[1], standard) : standard;
    return head + suffix[0] + suffix[1] + (suffix[2] === "pun" ? " pun" : suffix[2]);
  }

  function overlaps(spans, start, end) {
    for (var i = 0; i < spans.length; i++) {
      if (spans[i][0] < end && start < spans[i][1]) return true;
    }
    return false;
  }

  function maskedSpans(text) {
    var re = new RegExp(MASK_SOURCE, "g"), spans = [], m;
    while ((m = re.exec(text))) spans.push([m.index, m.index + m[0].length]);
    return spans;
  }

  function tokens(text, spans) {
    var re = new RegExp(WORD_SOURCE, "gu"), out = [], m;
    while ((m = re.exec(text))) {
      var start = m.index, end = start + m[0].length;
      if (!overlaps(spans, start, end)) out.push({ start: start, end: end, text: m[0] });
    }
    return out;
  }

  function Finding(kind, start, end, text, fix, key, group) {
    return { jenis: kind, awal: start, akhir: end, teks: text, perbaikan: fix,
      kunci: key === undefined ? null : key, kelompok: group === undefined ? null : group };
  }

  /* The rule engine for one set of word lists (the JSON from hooks/akademi/diksi.py). */
  function Engine(data) {
    this.data = data;
    this.words = new Map();
    var self = this;
    Object.keys(data.kata).forEach(function (key) {
      var v = data.kata[key];
      self.words.set(key, { key: key, kind: v[0], group: v[1], suggestions: v[2], note: v[3],
        affixes: v[4] });
    });
    this.prefixes = data.awalan;
    this.suffixes = data.akhiran;
    this.minRoot = data.minimumAkar;
    this.caps = data.kapital;
    this.clock = data.pukul;
    this.groups = data.kelompok;
    this.phrases = data.pola.map(function (p) {
      return { source: p[0], group: p[1], text: p[2] };
    });
    this.firstWords = new Set();
    this.maxWords = 1;
    this.words.forEach(function (entry, key) {
      if (key.indexOf(" ") === -1) return;
      var parts = key.split(" ");
      self.firstWords.add(parts[0]);
      self.maxWords = Math.max(self.maxWords, parts.length);
    });
    this.memo = new Map();
  }

  Engine.prototype.replacement = function (entry, prefix, suffix) {
    if (!entry.suggestions.length) return null;
    if (entry.kind === "baku") {
      return build(prefix ? [prefix[0], prefix[1]] : null, entry.suggestions[0], suffix);
    }
    if (!prefix && suffix.join("") === "") return entry.suggestions[0];
    return null;
  };

  Engine.prototype.analyze = function (word) {
    if (!this.memo.has(word)) this.memo.set(word, this.analyzeOnce(word));
    return this.memo.get(word);
  };

  Engine.prototype.analyzeOnce = function (word) {
    var entry = this.words.get(word);
    if (entry) return { entry: entry, fix: this.replacement(entry, null, ["", "", ""]) };
    var prefixes = [null].concat(this.prefixes);
    for (var p = 0; p < prefixes.length; p++) {
      var prefix = prefixes[p];
      var surface = prefix ? prefix[0] : "";
      if (word.slice(0, surface.length) !== surface) continue;
      var rest = word.slice(surface.length);
      for (var s = 0; s < this.suffixes.length; s++) {
        var suffix = this.suffixes[s];
        var joined = suffix.join("");
        if (!prefix && !joined) continue;
        if (joined && (joined.length > rest.length || rest.slice(rest.length - joined.length) !== joined)) {
          continue;
        }
        var core = rest.slice(0, rest.length - joined.length);
        var restores = prefix ? prefix[2] : [""];
        for (var r = 0; r < restores.length; r++) {
          var restore = restores[r];
          if (restore && (!core || VOWELS.indexOf(core.charAt(0)) === -1)) continue;
          var rootWord = restore + core;
          if (Array.from(rootWord).length < this.minRoot) continue;
          entry = this.words.get(rootWord);
          if (!entry || entry.affixes === "tidak") continue;
          if (prefix && (surface === "be" || surface === "te") && rootWord.charAt(0) !== "r") continue;
          if ((prefix || suffix[0]) && entry.affixes !== "ya") continue;
          var standard = entry.suggestions.length ? entry.suggestions[0] : "";
          if (prefix && suffix[0] && standard.indexOf(" ") !== -1) continue;
          return { entry: entry, fix: this.replacement(entry, prefix, suffix) };
        }
      }
    }
    return null;
  };

  Engine.prototype.phrase = function (words) {
    var last = words[words.length - 1];
    for (var s = 0; s < this.suffixes.length; s++) {
      var suffix = this.suffixes[s];
      var joined = suffix.join("");
      if (joined && (joined.length > last.length || last.slice(last.length - joined.length) !== joined)) {
        continue;
      }
      var core = joined ? last.slice(0, last.length - joined.length) : last;
      if (!core) continue;
      var entry = this.words.get(words.slice(0, -1).concat([core]).join(" "));
      if (!entry) continue;
      if (joined && (entry.affixes === "tidak" || (suffix[0] && entry.affixes !== "ya"))) continue;
      if (joined && entry.kind !== "baku") return { entry: entry, fix: null };
      return { entry: entry, fix: this.replacement(entry, null, suffix) };
    }
    return null;
  };

  Engine.prototype.wordFinding = function (entry, fix, start, end, surface) {
    var standard = entry.suggestions.length ? entry.suggestions[0] : "";
    var shown = fix === null ? null : matchCase(surface, fix, standard);
    return Finding(entry.kind, start, end, surface, shown, entry.key, entry.group);
  };

  Engine.prototype.tokenFindings = function (start, end, surface) {
    if (DIGIT.test(surface)) return [];
    var result = this.analyze(normalize(surface));
    if (result) return [this.wordFinding(result.entry, result.fix, start, end, surface)];
    if (surface.indexOf("-") === -1) return [];
    var parts = surface.split("-");
    var lows = parts.map(normalize);
    var same = lows.every(function (low) { return low === lows[0]; });
    if (same) {
      result = this.analyze(lows[0]);
      if (!result) return [];
      var fixed = null;
      if (result.fix !== null) {
        var standard = result.entry.suggestions[0];
        fixed = parts.map(function (part) { return matchCase(part, result.fix, standard); }).join("-");
      }
      return [Finding(result.entry.kind, start, end, surface, fixed, result.entry.key, result.entry.group)];
    }
    var found = [], offset = start, self = this;
    parts.forEach(function (part, i) {
      var hit = self.analyze(lows[i]);
      if (hit) found.push(self.wordFinding(hit.entry, hit.fix, offset, offset + part.length, part));
      offset += part.length + 1;
    });
    return found;
  };

  Engine.prototype.wordFindings = function (text, spans) {
    var toks = tokens(text, spans), found = [], index = 0;
    while (index < toks.length) {
      var tok = toks[index];
      if (this.firstWords.size && this.firstWords.has(normalize(tok.text))) {
        var hit = null;
        for (var size = Math.min(this.maxWords, toks.length - index); size > 1; size--) {
          var run = toks.slice(index, index + size), joinedBySpaces = true;
          for (var k = 1; k < run.length; k++) {
            if (/\S/.test(text.slice(run[k - 1].end, run[k].start))) { joinedBySpaces = false; break; }
          }
          if (!joinedBySpaces) continue;
          var result = this.phrase(run.map(function (t) { return normalize(t.text); }));
          if (result) {
            var end = run[run.length - 1].end;
            hit = this.wordFinding(result.entry, result.fix, tok.start, end, text.slice(tok.start, end));
            index += size;
            break;
          }
        }
        if (hit) { found.push(hit); continue; }
      }
      found = found.concat(this.tokenFindings(tok.start, tok.end, tok.text));
      index += 1;
    }
    return found;
  };

  Engine.prototype.phraseFindings = function (text, spans) {
    var candidates = [];
    this.phrases.forEach(function (phrase) {
      var re = new RegExp(phrase.source, "giu"), m;
      while ((m = re.exec(text))) {
        if (m[0].length === 0) { re.lastIndex += 1; continue; }
        var start = m.index, end = start + m[0].length;
        if (!overlaps(spans, start, end)) candidates.push({ start: start, end: end, phrase: phrase });
      }
    });
    candidates.sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var found = [];
    candidates.forEach(function (c) {
      if (found.some(function (f) { return f.awal < c.end && c.start < f.akhir; })) return;
      found.push(Finding("netralitas", c.start, c.end, text.slice(c.start, c.end), null,
        c.phrase.text, c.phrase.group));
    });
    return found;
  };

  Engine.prototype.capsFindings = function (text, spans) {
    var found = [], run = [], caps = this.caps;
    function close() {
      var letters = run.reduce(function (sum, item) { return sum + item.letters; }, 0);
      if ((run.length === 1 && letters >= caps.kata) || (run.length > 1 && letters >= caps.deret)) {
        var start = run[0].start, end = run[run.length - 1].end;
        found.push(Finding("kapital", start, end, text.slice(start, end), null));
      }
    }
    tokens(text, spans).forEach(function (tok) {
      var letters = Array.from(tok.text).filter(isCased);
      var count = letters.length >= 2 && letters.every(isUpper) ? letters.length : 0;
      if (count) { run.push({ start: tok.start, end: tok.end, letters: count }); return; }
      if (run.length) close();
      run = [];
    });
    if (run.length) close();
    return found;
  };

  /* "jam" before a clock time becomes "pukul" (the pattern comes from Python). */
  Engine.prototype.clockFindings = function (text, spans) {
    var re = new RegExp(this.clock.pola, "gi"), found = [], m;
    while ((m = re.exec(text))) {
      var start = m.index, end = start + m[0].length;
      if (overlaps(spans, start, end)) continue;
      found.push(Finding("baku", start, end, m[0], matchCase(m[0], "pukul", "pukul"), "jam"));
    }
    return found;
  };

  Engine.prototype.punctuationFindings = function (text, spans) {
    var re = new RegExp(PUNCT_SOURCE, "g"), found = [], m;
    while ((m = re.exec(text))) {
      var start = m.index, end = start + m[0].length;
      if (overlaps(spans, start, end)) continue;
      var run = m[0], fix;
      if (run.charAt(0) === "!" || run.charAt(0) === "?") fix = run.indexOf("?") !== -1 ? "?" : "!";
      else if (run.charAt(0) === ".") fix = "...";
      else fix = ",";
      found.push(Finding("tanda-baca", start, end, run, fix));
    }
    return found;
  };

  Engine.prototype.check = function (text) {
    var spans = maskedSpans(text);
    var found = this.wordFindings(text, spans)
      .concat(this.clockFindings(text, spans))
      .concat(this.phraseFindings(text, spans))
      .concat(this.capsFindings(text, spans))
      .concat(this.punctuationFindings(text, spans))
      .concat(sentenceRules() ? sentenceRules().findings(this.data, text, tokens(text, spans)) : []);
    return found.sort(function (a, b) {
      return a.awal - b.awal || b.akhir - a.akhir ||
        KIND_ORDER.indexOf(a.jenis) - KIND_ORDER.indexOf(b.jenis);
    });
  };

  /* The sentence rules (diksi-kalimat.js), loaded before this script on the page. */
  function sentenceRules() {
    if (root.akademiDiksiKalimat) return root.akademiDiksiKalimat;
    return typeof require === "function" ? require("./diksi-kalimat.js") : null;
  }

  function isSentenceKind(kind) {
    return Boolean(sentenceRules()) && sentenceRules().kinds.indexOf(kind) !== -1;
  }

  /* ``text`` with the fixes of the chosen findings applied, left to right, never overlapping. */
  function applyFixes(text, findings, chosen) {
    var out = "", position = 0;
    findings.slice().sort(function (a, b) { return a.awal - b.awal; }).forEach(function (f) {
      if (f.perbaikan === null || f.awal < position) return;
      if (chosen && !chosen(f)) return;
      out += text.slice(position, f.awal) + f.perbaikan;
      position = f.akhir;
    });
    return out + text.slice(position);
  }

  /* --- counts per platform ------------------------------------------------------------- */

  var PLATFORMS = {
    instagram: { name: "Instagram", limit: 2200, visible: 125, hashtags: 5,
      note: "Instagram membatasi keterangan 2.200 karakter; sekitar 125 karakter pertama tampil " +
        "sebelum keterangan dipotong. Sejak Desember 2025 Instagram membatasi 5 tagar per " +
        "unggahan (diberlakukan bertahap)." },
    facebook: { name: "Facebook", limit: null,
      note: "Facebook tidak mencantumkan batas panjang keterangan yang dapat kami pastikan, jadi " +
        "di sini hanya ditampilkan jumlah karakternya. Keterangan yang ringkas tetap lebih mudah dibaca." },
    x: { name: "X", limit: 280, weighted: true,
      note: "X menghitung setiap tautan sebagai 23 karakter dan setiap emoji sebagai 2 karakter; " +
        "angka di sini adalah perkiraan dengan cara hitung itu." },
    tiktok: { name: "TikTok", limit: 4000, approximate: true,
      note: "Di aplikasi TikTok, keterangan dapat memuat sekitar 4.000 karakter." }
  };
  var URL_RE = /(?:https?:\/\/|www\.)[^\s]+|\b(?:[a-z0-9-]+\.)+(?:id|com|net|org|info|io|co)(?:\/[^\s]*)?/gi;
  var PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

  function graphemes(text) {
    if (typeof Intl !== "undefined" && Intl.Segmenter) {
      return Array.from(new Intl.Segmenter("id", { granularity: "grapheme" }).segment(text),
        function (s) { return s.segment; });
    }
    return Array.from(text);
  }

  /* Length as X counts it: URLs 23, emoji 2, most Latin text 1, other scripts 2. */
  function xLength(text) {
    var total = 0;
    var rest = text.normalize("NFC").replace(URL_RE, function () { total += 23; return ""; });
    graphemes(rest).forEach(function (g) {
      if (PICTOGRAPH.test(g)) { total += 2; return; }
      Array.from(g).forEach(function (c) {
        var cp = c.codePointAt(0);
        var light = cp <= 0x10ff || (cp >= 0x2000 && cp <= 0x200d) ||
          (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037);
        total += light ? 1 : 2;
      });
    });
    return total;
  }

  function counts(text) {
    var hashtags = text.match(/(^|[^\p{L}\p{N}_&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu) || [];
    var mentions = text.match(/(^|[^\p{L}\p{N}_@.])@[A-Za-z0-9_.]*[A-Za-z0-9_]/gu) || [];
    var links = text.match(URL_RE) || [];
    var emoji = graphemes(text).filter(function (g) { return PICTOGRAPH.test(g); }).length;
    var spans = maskedSpans(text);
    var re = /#[\p{L}\p{N}_]+/gu, m;
    while ((m = re.exec(text))) spans.push([m.index, m.index + m[0].length]);
    var sentences = 0, words = 0;
    var parts = [], last = 0, boundary = /[.!?\u2026]+(?=\s|$)|\n+/g;
    while ((m = boundary.exec(text))) {
      parts.push([last, m.index]);
      last = m.index + m[0].length;
      if (m[0].length === 0) boundary.lastIndex += 1;
    }
    parts.push([last, text.length]);
    parts.forEach(function (part) {
      var n = tokens(text.slice(part[0], part[1]), spans.map(function (s) {
        return [s[0] - part[0], s[1] - part[0]];
      })).filter(function (t) { return /\p{L}/u.test(t.text); }).length;
      if (n) { sentences += 1; words += n; }
    });
    return {
      characters: Array.from(text).length,
      xCharacters: xLength(text),
      hashtags: hashtags.length,
      mentions: mentions.length,
      links: links.length,
      emoji: emoji,
      sentences: sentences,
      words: words,
      averageSentence: sentences ? words / sentences : 0
    };
  }

  var api = {
    Engine: Engine, applyFixes: applyFixes, normalize: normalize, matchCase: matchCase,
    nasal: nasal, counts: counts, xLength: xLength, platforms: PLATFORMS
  };
  root.akademiCekDiksi = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  if (typeof document === "undefined") return;

  /* --- the page ------------------------------------------------------------------------- */

  var STORE = "cek-diksi";
  var KIND_LABEL = {
    "baku": "Kata tidak baku",
    "serapan": "Istilah asing",
    "sensitif": "Kata sensitif",
    "netralitas": "Netralitas ASN",
    "kapital": "Huruf kapital semua",
    "tanda-baca": "Tanda baca berulang"
  };
  var KIND_COUNT = {
    "baku": "kata tidak baku",
    "serapan": "istilah asing",
    "sensitif": "kata sensitif",
    "netralitas": "frasa berisiko bagi netralitas ASN",
    "kapital": "tulisan berhuruf kapital semua",
    "tanda-baca": "tanda baca berulang"
  };
  // Sentence rules (diksi-kalimat.js): labels from the payload; these fixes start applied.
  var SENTENCE_DEFAULT = ["koma", "daripada", "pleonasme"];
  var number = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });

  var el = window.akademiStorage.el;

  function explain(engine, f) {
    var group = f.kelompok !== null ? engine.groups[f.kelompok] : null;
    var entry = f.kunci !== null && f.jenis !== "netralitas" ? engine.words.get(f.kunci) : null;
    var parts = [];
    if (f.jenis === "baku") {
      parts.push("Bentuk bakunya: \u201c" + f.perbaikan + "\u201d.");
      if (entry && entry.note) parts.push(entry.note);
      if (group && group.penjelasan) parts.push(group.penjelasan);
      if (!entry && f.kunci === "jam") {
        parts.push(engine.clock.penjelasan);
        return { text: parts.join(" "), source: engine.clock.sumber };
      }
    } else if (f.jenis === "serapan") {
      parts.push("Padanan bahasa Indonesia: " + entry.suggestions.join(", ") + ".");
      if (entry.note) parts.push(entry.note);
      if (group && group.penjelasan) parts.push(group.penjelasan);
    } else if (f.jenis === "sensitif") {
      if (group && group.penjelasan) parts.push(group.penjelasan);
      if (entry && entry.note) parts.push(entry.note);
      if (entry && entry.suggestions.length) parts.push("Saran: " + entry.suggestions.join(", ") + ".");
    } else if (f.jenis === "netralitas") {
      if (group && group.penjelasan) parts.push(group.penjelasan);
      if (group && group.saran) parts.push(group.saran);
    } else if (isSentenceKind(f.jenis)) {
      return sentenceRules().explain(engine.data, f);
    } else if (f.jenis === "kapital") {
      parts.push("Tulisan berhuruf kapital semua terbaca seperti berteriak dan lebih sulit dibaca. " +
        "Pakai huruf kapital hanya di awal kalimat, pada nama diri, dan pada singkatan (EYD Edisi V).");
    } else {
      parts.push(f.perbaikan === "..." ?
        "Elipsis ditulis dengan tiga titik." :
        "Tanda baca yang berulang terkesan berteriak atau panik. Cukup satu tanda (" + f.perbaikan + ").");
    }
    return { text: parts.join(" "), source: group ? group.sumber : "" };
  }

  function suggestionText(engine, f) {
    if (f.jenis === "baku" || f.jenis === "tanda-baca") return f.perbaikan;
    if (f.perbaikan !== null && isSentenceKind(f.jenis)) {
      if (f.jenis === "koma") return f.perbaikan.trim() + " (tanpa koma)";
      return f.perbaikan.trim() || "(hapus)";
    }
    if (f.jenis === "serapan" || f.jenis === "sensitif") {
      var entry = engine.words.get(f.kunci);
      return entry && entry.suggestions.length ? entry.suggestions.join(" / ") : null;
    }
    return null;
  }

  function validSaved(data) {
    return window.akademiStorage.isPlainObject(data) && typeof data.teks === "string" &&
      (data.platform === undefined || typeof data.platform === "string");
  }

  function setup(box) {
    if (box.dataset.siap) return;
    var source = box.getAttribute("data-isi");
    if (!source || !window.akademiStorage) return;
    box.dataset.siap = "1";
    var engine = new Engine(JSON.parse(source));
    if (sentenceRules()) {
      Object.assign(KIND_LABEL, engine.data.kalimat.label);
      Object.assign(KIND_COUNT, sentenceRules().count);
    }
    var store = window.akademiStorage;
    var q = function (role) { return box.querySelector('[data-peran="' + role + '"]'); };
    var form = q("form"), input = q("teks"), platform = q("platform");
    var summary = q("ringkasan"), countsBox = q("hitungan"), platformNote = q("catatan-platform");
    var preview = q("pratinjau"), list = q("catatan"), output = q("perbaikan"), status = q("status");
    var undo = box.querySelector('[data-aksi="urungkan"]');
    var glance = q("kilas-teks");
    var choices = new Map(), removed = null, summaryTimer = null, current = [];

    var saved = store.read(STORE, validSaved);
    if (saved) {
      input.value = saved.teks;
      if (saved.platform && PLATFORMS[saved.platform]) platform.value = saved.platform;
    }

    function save() { store.write(STORE, { teks: input.value, platform: platform.value }); }

    function choiceKey(f) { return f.jenis + "|" + f.teks.toLowerCase(); }
    function chosen(f) {
      var key = choiceKey(f);
      if (choices.has(key)) return choices.get(key);
      return f.jenis === "baku" || f.jenis === "tanda-baca" || SENTENCE_DEFAULT.indexOf(f.jenis) !== -1;
    }

    function row(term, value, note) {
      var wrap = el("div", "cek-diksi__hitung" + (note && note.warn ? " cek-diksi__hitung--lebih" : ""));
      wrap.appendChild(el("dt", null, term));
      var dd = el("dd", null, value);
      if (note) dd.appendChild(el("span", "cek-diksi__hitung-catatan", " " + note.text));
      wrap.appendChild(dd);
      countsBox.appendChild(wrap);
    }

    function limitNote(used, limit, approximate) {
      if (!limit) return null;
      var left = limit - used;
      return left >= 0 ?
        { text: "(sisa " + number.format(left) + ")", warn: false } :
        { text: "(melebihi " + (approximate ? "sekitar " : "") + number.format(-left) + ")", warn: true };
    }

    function renderCounts(text) {
      var p = PLATFORMS[platform.value] || PLATFORMS.instagram;
      var c = counts(text);
      countsBox.replaceChildren();
      var used = p.weighted ? c.xCharacters : c.characters;
      var limitText = p.limit ? " dari " + (p.approximate ? "sekitar " : "") + number.format(p.limit) : "";
      row(p.weighted ? "Karakter (cara hitung X)" : "Karakter", number.format(used) + limitText,
        limitNote(used, p.limit, p.approximate));
      if (p.visible) {
        var head = Array.from(text).slice(0, p.visible).join("");
        row("Tampil sebelum dipotong", head ? "\u201c" + head + (c.characters > p.visible ? "\u2026" : "") + "\u201d" : "(kosong)");
      }
      row("Tagar", number.format(c.hashtags) + (p.hashtags ? " dari batas " + p.hashtags : ""),
        p.hashtags && c.hashtags > p.hashtags ?
          { text: "(melebihi " + number.format(c.hashtags - p.hashtags) + ")", warn: true } : null);
      row("Sebutan akun (@)", number.format(c.mentions));
      row("Emoji", number.format(c.emoji));
      row("Tautan", number.format(c.links));
      row("Kalimat", number.format(c.sentences));
      row("Rata-rata panjang kalimat", c.sentences ? number.format(c.averageSentence) + " kata" : "\u2013");
      platformNote.textContent = p.note;
    }

    function renderPreview(text, found) {
      preview.replaceChildren();
      if (!text) {
        preview.appendChild(el("span", "alat__bantuan", "Teks yang Anda tempel tampil di sini dengan tanda."));
        return;
      }
      var position = 0;
      found.forEach(function (f, i) {
        if (f.awal < position) return;
        preview.appendChild(document.createTextNode(text.slice(position, f.awal)));
        var mark = el("mark", "cek-diksi__tanda cek-diksi__tanda--" + f.jenis, text.slice(f.awal, f.akhir));
        preview.appendChild(mark);
        var sup = el("sup", "cek-diksi__nomor");
        var link = el("a", null, String(i + 1));
        link.href = "#cek-diksi-catatan-" + (i + 1);
        link.setAttribute("aria-label", "Catatan " + (i + 1) + ": " + KIND_LABEL[f.jenis]);
        link.addEventListener("click", function (event) {
          // Move to the note without a navigation (instant loading would rebuild the page).
          var note = document.getElementById("cek-diksi-catatan-" + (i + 1));
          if (!note) return;
          event.preventDefault();
          event.stopPropagation();
          note.focus();
          note.scrollIntoView({ block: "center" });
        });
        sup.appendChild(link);
        preview.appendChild(sup);
        position = f.akhir;
      });
      preview.appendChild(document.createTextNode(text.slice(position)));
    }

    function renderList(found) {
      list.replaceChildren();
      found.forEach(function (f, i) {
        var item = el("li", "cek-diksi__temuan cek-diksi__temuan--" + f.jenis);
        item.id = "cek-diksi-catatan-" + (i + 1);
        item.tabIndex = -1;
        var head = el("p", "cek-diksi__temuan-judul");
        head.appendChild(el("span", "cek-diksi__jenis", KIND_LABEL[f.jenis]));
        head.appendChild(document.createTextNode(" "));
        head.appendChild(el("q", null, f.teks));
        var suggestion = suggestionText(engine, f);
        if (suggestion) {
          head.appendChild(document.createTextNode(" \u2192 "));
          head.appendChild(el("strong", null, suggestion));
        }
        item.appendChild(head);
        var why = explain(engine, f);
        item.appendChild(el("p", "cek-diksi__penjelasan", why.text));
        if (why.source) item.appendChild(el("p", "cek-diksi__sumber", "Sumber: " + why.source));
        if (f.perbaikan !== null) {
          var label = el("label", "cek-diksi__terapkan");
          var box2 = el("input");
          box2.type = "checkbox";
          box2.checked = chosen(f);
          box2.addEventListener("change", function () {
            choices.set(choiceKey(f), box2.checked);
            output.value = applyFixes(input.value, current, chosen);
          });
          label.appendChild(box2);
          var shown = isSentenceKind(f.jenis) ? suggestionText(engine, f) : f.perbaikan;
          label.appendChild(document.createTextNode(" Terapkan \u201c" + shown + "\u201d pada hasil perbaikan"));
          item.appendChild(label);
        }
        list.appendChild(item);
      });
    }

    function describe(found) {
      if (!input.value.trim()) return "Belum ada teks yang diperiksa.";
      if (!found.length) {
        return "Tidak ada catatan dari daftar kata kami. Tetap baca ulang sebelum mengunggah.";
      }
      var byKind = {};
      found.forEach(function (f) { byKind[f.jenis] = (byKind[f.jenis] || 0) + 1; });
      var parts = KIND_ORDER.filter(function (k) { return byKind[k]; }).map(function (k) {
        return number.format(byKind[k]) + " " + KIND_COUNT[k];
      });
      return "Ada " + number.format(found.length) + " catatan: " + parts.join(", ") + ".";
    }

    /* The one line under the text box: how many notes, and the first fix. */
    function glanceText(text, found) {
      if (!text.trim()) return "Belum ada teks yang diperiksa.";
      if (!found.length) return "Tidak ada catatan.";
      var first = found.filter(function (f) { return f.perbaikan !== null; })[0];
      return number.format(found.length) + " catatan" +
        (first ? ", misalnya \u201c" + first.teks + "\u201d \u2192 \u201c" + first.perbaikan + "\u201d" : "") + ".";
    }

    function render(announce) {
      var text = input.value;
      current = engine.check(text);
      renderCounts(text);
      renderPreview(text, current);
      renderList(current);
      output.value = applyFixes(text, current, chosen);
      glance.textContent = glanceText(text, current);
      clearTimeout(summaryTimer);
      if (announce) summary.textContent = describe(current);
      else summaryTimer = setTimeout(function () { summary.textContent = describe(current); }, 800);
    }

    form.addEventListener("submit", function (event) { event.preventDefault(); });
    box.querySelector('[data-aksi="lihat-hasil"]').addEventListener("click", function () {
      preview.focus({ preventScroll: true });
      preview.scrollIntoView({ block: "start" });
    });
    input.addEventListener("input", function () { save(); render(false); });
    platform.addEventListener("change", function () { save(); render(true); });
    box.querySelector('[data-aksi="hapus"]').addEventListener("click", function () {
      if (!input.value) return;
      removed = input.value;
      input.value = "";
      save();
      render(true);
      undo.hidden = false;
      status.textContent = "Teks dihapus. Tekan \u201cKembalikan teks yang dihapus\u201d jika tidak sengaja.";
      input.focus();
    });
    undo.addEventListener("click", function () {
      if (removed === null) return;
      input.value = removed;
      removed = null;
      undo.hidden = true;
      save();
      render(true);
      status.textContent = "Teks dikembalikan.";
      input.focus();
    });
    box.querySelector('[data-aksi="salin"]').addEventListener("click", function () {
      var text = output.value;
      if (!text) { status.textContent = "Belum ada teks untuk disalin."; return; }
      var done = function () {
        status.textContent = "Hasil perbaikan sudah disalin. Tempelkan di aplikasi media sosial Anda.";
      };
      var fallback = function () {
        output.focus();
        output.select();
        var ok = false;
        try { ok = document.execCommand("copy"); } catch (error) { ok = false; }
        status.textContent = ok ? "Hasil perbaikan sudah disalin. Tempelkan di aplikasi media sosial Anda." :
          "Peramban tidak mengizinkan penyalinan otomatis. Teks sudah dipilih: tekan Ctrl+C, atau tekan lama lalu pilih Salin.";
      };
      if (!navigator.clipboard || !window.isSecureContext) { fallback(); return; }
      // Some browsers leave the promise pending (no permission prompt); do not wait forever.
      var settled = false;
      var once = function (action) {
        return function () {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          action();
        };
      };
      var timer = setTimeout(once(fallback), 1500);
      navigator.clipboard.writeText(text).then(once(done), once(fallback));
    });
    render(true);
  }

  function init() {
    document.querySelectorAll('[data-alat="cek-diksi"]').forEach(setup);
  }

  window.akademiStorage.onPage("cek-diksi", init);
})(typeof window !== "undefined" ? window : globalThis);
