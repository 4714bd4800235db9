/*
 * Indonesian stemmer, stop words and root discovery for the site search.
 *
 * The stemmer follows Enhanced Confix Stripping (ECS: Nazief & Adriani 1996, Asian 2007,
 * Arifin et al. 2009), the algorithm PySastrawi (MIT) implements, including its rule order
 * and quirks, so that both agree on the same root dictionary:
 *   1. a word that is a known root is returned as it is;
 *   2. inflection and derivation suffixes come off (-lah -kah -tah -pun, -ku -mu -nya,
 *      -i -kan -an, plus the loan suffixes -is -isme -isasi);
 *   3. up to three prefixes come off (di- ke- se-, be(r)-, te(r)-, me-/mem-/men-/meng-/meny-/
 *      menge-, pe-/pem-/pen-/peng-/peny-/penge-/per-), with the sound changes of me- and pe-
 *      ("menulis" -> tulis, "memukul" -> pukul, "menyapu" -> sapu, "mengukur" -> ukur);
 *      a root reached through a confix Indonesian forbids (be-...-i, di-...-an, ke-...-i,
 *      ke-...-kan, me-...-an, se-...-i, se-...-kan, te-...-an) does not count, so "berlari"
 *      is lari, not lar;
 *   4. if no root is found, suffixes are put back one by one and the prefixes tried again;
 *   5. if still no root is found, the word is returned unchanged (never a guess).
 * Reduplication (kata-kata, berbalas-balasan, meniru-nirukan) stems both halves and keeps
 * the root when they agree.
 *
 * The known roots come from the Indonesian Hunspell dictionary (LGPL-3; Sastrawi's Kateglo
 * list is CC BY-NC-SA, so the portal cannot redistribute it). The build keeps only the roots
 * the site's words can reach (hooks/akademi/akar.py) and puts them in the search index
 * (config.akademi.akar); knownRoots() adds a short list of words that look affixed but are
 * roots in their own right (kepada, mereka, pertama, ...).
 *
 * Runs in the search worker (global `akademiStemmer`) and in Node (module.exports), where
 * the tests compare it with PySastrawi.
 */
(function (global) {
  "use strict";

  var V = "[aiueo]";
  var C = "[bcdfghjklmnpqrstvwxyz]";

  /* Common function words: they are dropped from the index and ignored in queries. */
  var STOP_WORDS = new Set((
    "ada adalah agar akan aku anda antara apa apabila atau bagi bahwa begitu beberapa " +
    "belum bila boleh bukan dalam dan dapat dari demikian dengan di dia ialah ini itu jadi " +
    "jika juga kalau kami kamu karena ke kecuali kepada ketika kita lagi lalu maka masih " +
    "maupun mereka meski namun oleh pada para per sambil saja sampai sang saya se sebab " +
    "sebagai secara sedang sehingga sejak seperti serta setiap si sudah supaya tanpa " +
    "telah tentang tersebut tetapi untuk walau yaitu yakni yang " +
    "a an and are as at be by for from in is it of on or the to with"
  ).split(" "));

  /* Reading of a prefix: pattern plus replacement ($1...), optional guard on the match. */
  function reading(pattern, replacement, reject) {
    var regex = new RegExp("^" + pattern.replace(/V/g, V).replace(/C/g, C) + "$");
    var read = function (word) {
      var match = regex.exec(word);
      if (!match || (reject && reject(match))) return null;
      return replacement.replace(/\$(\d)/g, function (_, n) { return match[n]; });
    };
    read.lead = /^[a-z]/.test(pattern) ? pattern.charAt(0) : "";
    return read;
  }

  /* Rare readings (infixes, ku-/kau-, a restored r or ng): never a guess for a typed word. */
  function rare(read) {
    read.rare = true;
    return read;
  }

  function startsEr(text) {
    return text.slice(0, 2) === "er";
  }

  function exactly(word, root) {
    var read = function (candidate) { return candidate === word ? root : null; };
    read.lead = word.charAt(0);
    return read;
  }

  /*
   * Prefix rules in ECS order. Each rule lists the readings of one prefix form; the first
   * reading that gives a known root wins, otherwise the last one is kept for now.
   */
  var PREFIX_RULES = [
    [reading("(?:di|ke|se)(.*)", "$1")],
    [reading("ber(V.*)", "$1"), rare(reading("ber(V.*)", "r$1"))],
    [reading("ber(C)([a-z])(.*)", "$1$2$3", function (m) { return startsEr(m[3]); })],
    [reading("ber(C)([a-z])er(V)(.*)", "$1$2er$3$4", function (m) { return m[1] === "r"; })],
    [exactly("belajar", "ajar")],
    [reading("be(C)(erC)(.*)", "$1$2$3", function (m) { return m[1] === "r"; })],
    [reading("ter(V.*)", "$1"), rare(reading("ter(V.*)", "r$1"))],
    [reading("ter(C)er(V.*)", "$1er$2", function (m) { return m[1] === "r"; })],
    [reading("ter(C)(.*)", "$1$2", function (m) { return m[1] === "r" || startsEr(m[2]); })],
    [reading("te(C)er(C)(.*)", "$1er$2$3", function (m) { return m[1] === "r"; })],
    [reading("me([lrwy])(V)(.*)", "$1$2$3")],
    [reading("mem([bfv])(.*)", "$1$2")],
    [reading("mempe(.*)", "pe$1")],
    [reading("mem(V)(.*)", "m$1$2"), reading("mem(V)(.*)", "p$1$2")],
    [reading("men([cdjstz])(.*)", "$1$2")],
    [reading("men(V)(.*)", "n$1$2"), reading("men(V)(.*)", "t$1$2")],
    [reading("meng([ghqk])(.*)", "$1$2")],
    [
      reading("meng(V)(.*)", "$1$2"),
      reading("meng(V)(.*)", "k$1$2"),
      reading("menge(.*)", "$1"),
      rare(reading("meng(V)(.*)", "ng$1$2")),
    ],
    [reading("meny(V)(.*)", "ny$1$2"), reading("meny(V)(.*)", "s$1$2")],
    [reading("memp([abcdfghijklmopqrstuvwxyz])(.*)", "p$1$2")],
    [reading("pe([wy])(V)(.*)", "$1$2$3")],
    [reading("per(V)(.*)", "$1$2"), rare(reading("pe(rV)(.*)", "$1$2"))],
    [reading("per(C)([a-z])(.*)", "$1$2$3", function (m) { return startsEr(m[3]); })],
    [reading("per(C)([a-z])er(V)(.*)", "$1$2er$3$4", function (m) { return m[1] === "r"; })],
    [reading("pem([bfv])(.*)", "$1$2")],
    [reading("pem(V)(.*)", "m$1$2"), reading("pem(V)(.*)", "p$1$2")],
    [reading("pen([cdjstz])(.*)", "$1$2")],
    [reading("pen(V)(.*)", "n$1$2"), reading("pen(V)(.*)", "t$1$2")],
    [reading("peng(C)(.*)", "$1$2")],
    [reading("peng(V)(.*)", "$1$2"), reading("peng(V)(.*)", "k$1$2"), reading("penge(.*)", "$1")],
    [reading("peny(V)(.*)", "ny$1$2"), reading("peny(V)(.*)", "s$1$2")],
    [exactly("pelajar", "ajar"), reading("pe(l[aiueo])(.*)", "$1$2")],
    [reading("pe(C)(.*)", "$1$2", function (m) { return startsEr(m[2]); })],
    [reading("ter([bcdfghjkpqstvxz])(erC)(.*)", "$1$2$3")],
    [reading("pe([bcdfghjkpqstvxz])(erC)(.*)", "$1$2$3")],
    [reading("(C)(erV)(.*)", "$1$2$3"), rare(reading("(C)er(V)(.*)", "$1$2$3"))],
    [reading("(C)(elV)(.*)", "$1$2$3"), rare(reading("(C)el(V)(.*)", "$1$2$3"))],
    [reading("(C)(emV)(.*)", "$1$2$3"), rare(reading("(C)em(V)(.*)", "$1$2$3"))],
    [reading("(C)(inV)(.*)", "$1$2$3"), rare(reading("(C)in(V)(.*)", "$1$2$3"))],
    [rare(reading("ku(.*)", "$1"))],
    [rare(reading("kau(.*)", "$1"))],
  ];

  /* Whether any reading of a rule can match a word starting with `first` (a shortcut). */
  function applies(rule, first) {
    for (var i = 0; i < rule.length; i++) {
      if (!rule[i].lead || rule[i].lead === first) return true;
    }
    return false;
  }

  var SUFFIXES = [
    { type: "P", regex: /-*(lah|kah|tah|pun)$/ },
    { type: "PP", regex: /-*(ku|mu|nya)$/ },
    { type: "DS", regex: /(is|isme|isasi|i|kan|an)$/ },
  ];

  /*
   * Words that look affixed but are roots in their own right (KBBI lemmas) and that the
   * dictionary lacks or would strip. Mostly function words.
   */
  var LEXICAL_ROOTS = new Set((
    "adalah apakah bagaimana belum berapa beranda demikian kalian kemudian kepada keluar " +
    "masalah maupun memang mengapa mereka menteri mulai pedoman peduli pegawai penting " +
    "percaya perangkat pertama " +
    "sekarang sementara sehingga selain selalu sekali segera semua tetapi terlalu"
  ).split(" "));

  /* Prefix-first order is tried for these confixes only (Asian 2007, precedence rule). */
  var PREFIX_FIRST = [/^be.*lah$/, /^be.*an$/, /^me.*i$/, /^di.*i$/, /^pe.*i$/, /^ter.*i$/];
  var WORD = /^[a-z]+(?:-[a-z]+)*$/;
  var PARTICLES = ["ku", "mu", "nya", "lah", "kah", "tah", "pun"];

  /* Prefix and suffix pairs Indonesian never combines (Nazief & Adriani). */
  var FORBIDDEN = new Set(["be-i", "di-an", "ke-i", "ke-kan", "me-an", "se-i", "se-kan", "te-an"]);

  function forbidden(word, removals) {
    var prefix = null;
    var suffix = null;
    for (var i = 0; i < removals.length; i++) {
      var removal = removals[i];
      if (removal.type === "DS" && suffix === null) suffix = removal.part;
      if (removal.type === "DP" && prefix === null) prefix = removal.subject.slice(0, 2);
    }
    return prefix !== null && suffix !== null && word !== "ketahui" &&
      FORBIDDEN.has(prefix + "-" + suffix);
  }

  /* Stem one word without hyphens; isRoot(word) says whether a word is a known root. */
  function stemSingular(word, isRoot) {
    if (isRoot(word) || word.length <= 3) return word;
    var current = word;
    var removals = [];

    /* A known root, unless it was reached through a forbidden confix (be-...-i, di-...-an). */
    function found() {
      return isRoot(current) && !forbidden(word, removals);
    }

    function removeSuffixes() {
      for (var i = 0; i < SUFFIXES.length; i++) {
        var result = current.replace(SUFFIXES[i].regex, "");
        if (result !== current) {
          removals.push({
            type: SUFFIXES[i].type, subject: current, result: result,
            part: current.slice(result.length).replace(/^-+/, ""),
          });
          current = result;
        }
        if (found()) return;
      }
    }

    function applyRule(rule) {
      var result = null;
      for (var i = 0; i < rule.length; i++) {
        result = rule[i](current);
        if (result !== null && isRoot(result)) break;
      }
      if (result === null) return false;
      removals.push({ type: "DP", subject: current, result: result, part: "" });
      current = result;
      return true;
    }

    function removePrefixes() {
      for (var round = 0; round < 3; round++) {
        for (var i = 0; i < PREFIX_RULES.length; i++) {
          if (!applies(PREFIX_RULES[i], current.charAt(0))) continue;
          var removed = applyRule(PREFIX_RULES[i]);
          if (found()) return;
          if (removed) break;
        }
      }
    }

    /* ECS: put suffixes back one at a time and try the prefixes again. */
    function restoreSuffixes() {
      if (removals.length) current = removals[0].subject;
      var suffixes = removals.filter(function (removal) { return removal.type !== "DP"; });
      var restored = current;
      for (var i = suffixes.length - 1; i >= 0; i--) {
        var removal = suffixes[i];
        removals = suffixes.slice(0, i);
        if (removal.part === "kan") {
          current = removal.result + "k";
          removals.push({ type: "DS", subject: current + "an", result: current, part: "an" });
          removePrefixes();
          if (found()) return;
          removals = suffixes.slice(0, i);
          current = removal.result + "kan";
        } else {
          current = removal.subject;
        }
        removePrefixes();
        if (found()) return;
        current = restored;
      }
    }

    function run() {
      if (PREFIX_FIRST.some(function (regex) { return regex.test(word); })) {
        removePrefixes();
        if (found()) return;
        removeSuffixes();
        if (found()) return;
        current = word;
        removals = [];
      }
      removeSuffixes();
      if (found()) return;
      removePrefixes();
      if (found()) return;
      restoreSuffixes();
    }

    run();
    return found() ? current : word;
  }

  /* Reduplicated words: kata-kata -> kata, berbalas-balasan -> balas, buku-bukunya -> buku. */
  function stemReduplicated(word, isRoot) {
    var match = /^(.*)-(.*)$/.exec(word);
    var first = match[1];
    var second = match[2];
    var inner = /^(.*)-(.*)$/.exec(first);
    if (PARTICLES.indexOf(second) !== -1 && inner) {
      first = inner[1];
      second = inner[2] + "-" + second;
    }
    var root1 = stemSingular(first, isRoot);
    var root2 = stemSingular(second, isRoot);
    if (!isRoot(second) && root2 === second) root2 = stemSingular("me" + second, isRoot);
    return root1 === root2 ? root1 : word;
  }

  function isReduplicated(word) {
    var match = /^(.*)-(ku|mu|nya|lah|kah|tah|pun)$/.exec(word);
    return match ? match[1].indexOf("-") !== -1 : word.indexOf("-") !== -1;
  }

  /* Stem a lowercase word; anything that is not a plain (hyphenated) word stays as it is. */
  function stem(word, isRoot) {
    if (!WORD.test(word)) return word;
    return isReduplicated(word) ? stemReduplicated(word, isRoot) : stemSingular(word, isRoot);
  }

  /*
   * Every reading ECS could give a word when no root guides it: suffix combinations times
   * prefix chains (up to three prefixes), keeping all readings of each prefix form. Returns
   * Map(reading -> { strong }), strong when some path to the reading took off no particle
   * (sekolah, masalah, langkah end in -lah/-kah), no loan suffix (-is, -isme, -isasi) and no
   * rare reading (infix, ku-/kau-, a restored r or ng). The search worker uses the strong
   * readings to place a typed word whose root the site's dictionary does not know.
   */
  var NATIVE_SUFFIX = /(i|kan|an)$/;

  function readings(word) {
    var found = new Map();
    var bases = [{ word: word, strong: true }];
    var current = word;
    var strong = true;
    for (var i = 0; i < SUFFIXES.length; i++) {
      var type = SUFFIXES[i].type;
      var result = current.replace(type === "DS" ? NATIVE_SUFFIX : SUFFIXES[i].regex, "");
      if (result === current) continue;
      if (type === "P") strong = false;
      if (current.slice(result.length) === "kan") bases.push({ word: result + "k", strong: false });
      bases.push({ word: result, strong: strong });
      current = result;
    }
    function prefixes(base, strong, depth) {
      var seen = found.get(base);
      if (!seen) found.set(base, { strong: strong });
      else seen.strong = seen.strong || strong;
      if (depth === 3) return;
      var first = base.charAt(0);
      for (var r = 0; r < PREFIX_RULES.length; r++) {
        if (!applies(PREFIX_RULES[r], first)) continue;
        var matched = false;
        PREFIX_RULES[r].forEach(function (read) {
          var option = read(base);
          if (option === null || option === base) return;
          matched = true;
          prefixes(option, strong && !read.rare, depth + 1);
        });
        if (matched) return;
      }
    }
    bases.forEach(function (base) { prefixes(base.word, base.strong, 0); });
    found.delete(word);
    return found;
  }

  /* The stemmer's root set: the site's dictionary roots plus the listed lexical roots. */
  function knownRoots(dictionary) {
    var roots = new Set(LEXICAL_ROOTS);
    (Array.isArray(dictionary) ? dictionary : []).forEach(function (root) {
      if (typeof root === "string") roots.add(root);
    });
    return roots;
  }

  /* A memoising stemmer bound to a root set. */
  function createStemmer(roots) {
    var cache = new Map();
    var isRoot = function (word) { return roots.has(word); };
    return function (word) {
      var result = cache.get(word);
      if (result === undefined) {
        result = stem(word, isRoot);
        cache.set(word, result);
      }
      return result;
    };
  }

  var api = {
    STOP_WORDS: STOP_WORDS,
    stem: stem,
    createStemmer: createStemmer,
    knownRoots: knownRoots,
    readings: readings,
  };
  if (typeof module === "object" && module.exports) module.exports = api;
  else global.akademiStemmer = api;
})(typeof self !== "undefined" ? self : this);
