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
 *      confixes that Indonesian forbids (be-...-i, di-...-an, ke-...-i, me-...-an,
 *      ter-...-an, per-...-an) never reach a root because prefix-first order is tried only
 *      for the allowed pairs and every candidate must be a known root;
 *   4. if no root is found, suffixes are put back one by one and the prefixes tried again;
 *   5. if still no root is found, the word is returned unchanged (never a guess).
 * Reduplication (kata-kata, berbalas-balasan, meniru-nirukan) stems both halves and keeps
 * the root when they agree.
 *
 * The "known roots" are not a shipped dictionary (Sastrawi's Kateglo list is CC BY-NC-SA, so
 * the portal cannot redistribute it). discoverRoots() derives them from the site's own
 * vocabulary when the search index is built: a word is a root when no affix reading of it
 * leads to another word of the site; a form that never occurs alone (e.g. "sunting") becomes
 * a root when at least two different words of the site lead to it and it beats the other
 * readings of the same prefix (e.g. "kirim" over "irim" for "mengirim").
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
    "ada adalah agar akan akan aku anda antara apa apabila atau bagi bahwa begitu beberapa " +
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
    return function (word) {
      var match = regex.exec(word);
      if (!match || (reject && reject(match))) return null;
      return replacement.replace(/\$(\d)/g, function (_, n) { return match[n]; });
    };
  }

  /* The usual sound change (menulis: t, memukul: p, menyapu: s), preferred on a tie. */
  function usual(read) {
    read.usual = true;
    return read;
  }

  function startsEr(text) {
    return text.slice(0, 2) === "er";
  }

  function exactly(word, root) {
    return function (candidate) { return candidate === word ? root : null; };
  }

  /*
   * Prefix rules in ECS order. Each rule lists the readings of one prefix form; the first
   * reading that gives a known root wins, otherwise the last one is kept for now.
   */
  var PREFIX_RULES = [
    [reading("(?:di|ke|se)(.*)", "$1")],
    [reading("ber(V.*)", "$1"), reading("ber(V.*)", "r$1")],
    [reading("ber(C)([a-z])(.*)", "$1$2$3", function (m) { return startsEr(m[3]); })],
    [reading("ber(C)([a-z])er(V)(.*)", "$1$2er$3$4", function (m) { return m[1] === "r"; })],
    [exactly("belajar", "ajar")],
    [reading("be(C)(erC)(.*)", "$1$2$3", function (m) { return m[1] === "r"; })],
    [reading("ter(V.*)", "$1"), reading("ter(V.*)", "r$1")],
    [reading("ter(C)er(V.*)", "$1er$2", function (m) { return m[1] === "r"; })],
    [reading("ter(C)(.*)", "$1$2", function (m) { return m[1] === "r" || startsEr(m[2]); })],
    [reading("te(C)er(C)(.*)", "$1er$2$3", function (m) { return m[1] === "r"; })],
    [reading("me([lrwy])(V)(.*)", "$1$2$3")],
    [reading("mem([bfv])(.*)", "$1$2")],
    [reading("mempe(.*)", "pe$1")],
    [reading("mem(V)(.*)", "m$1$2"), usual(reading("mem(V)(.*)", "p$1$2"))],
    [reading("men([cdjstz])(.*)", "$1$2")],
    [reading("men(V)(.*)", "n$1$2"), usual(reading("men(V)(.*)", "t$1$2"))],
    [reading("meng([ghqk])(.*)", "$1$2")],
    [
      reading("meng(V)(.*)", "$1$2"),
      reading("meng(V)(.*)", "k$1$2"),
      reading("menge(.*)", "$1"),
      reading("meng(V)(.*)", "ng$1$2"),
    ],
    [reading("meny(V)(.*)", "ny$1$2"), usual(reading("meny(V)(.*)", "s$1$2"))],
    [reading("memp([abcdfghijklmopqrstuvwxyz])(.*)", "p$1$2")],
    [reading("pe([wy])(V)(.*)", "$1$2$3")],
    [reading("per(V)(.*)", "$1$2"), reading("pe(rV)(.*)", "$1$2")],
    [reading("per(C)([a-z])(.*)", "$1$2$3", function (m) { return startsEr(m[3]); })],
    [reading("per(C)([a-z])er(V)(.*)", "$1$2er$3$4", function (m) { return m[1] === "r"; })],
    [reading("pem([bfv])(.*)", "$1$2")],
    [reading("pem(V)(.*)", "m$1$2"), usual(reading("pem(V)(.*)", "p$1$2"))],
    [reading("pen([cdjstz])(.*)", "$1$2")],
    [reading("pen(V)(.*)", "n$1$2"), usual(reading("pen(V)(.*)", "t$1$2"))],
    [reading("peng(C)(.*)", "$1$2")],
    [reading("peng(V)(.*)", "$1$2"), reading("peng(V)(.*)", "k$1$2"), reading("penge(.*)", "$1")],
    [reading("peny(V)(.*)", "ny$1$2"), usual(reading("peny(V)(.*)", "s$1$2"))],
    [exactly("pelajar", "ajar"), reading("pe(l[aiueo])(.*)", "$1$2")],
    [reading("pe(C)(.*)", "$1$2", function (m) { return startsEr(m[2]); })],
    [reading("ter([bcdfghjkpqstvxz])(erC)(.*)", "$1$2$3")],
    [reading("pe([bcdfghjkpqstvxz])(erC)(.*)", "$1$2$3")],
    [reading("(C)(erV)(.*)", "$1$2$3"), reading("(C)er(V)(.*)", "$1$2$3")],
    [reading("(C)(elV)(.*)", "$1$2$3"), reading("(C)el(V)(.*)", "$1$2$3")],
    [reading("(C)(emV)(.*)", "$1$2$3"), reading("(C)em(V)(.*)", "$1$2$3")],
    [reading("(C)(inV)(.*)", "$1$2$3"), reading("(C)in(V)(.*)", "$1$2$3")],
    [reading("ku(.*)", "$1")],
    [reading("kau(.*)", "$1")],
  ];

  var SUFFIXES = [
    { type: "P", regex: /-*(lah|kah|tah|pun)$/ },
    { type: "PP", regex: /-*(ku|mu|nya)$/ },
    { type: "DS", regex: /(is|isme|isasi|i|kan|an)$/ },
  ];

  /* Prefix-first order is tried for these confixes only (Asian 2007, precedence rule). */
  var PREFIX_FIRST = [/^be.*lah$/, /^be.*an$/, /^me.*i$/, /^di.*i$/, /^pe.*i$/, /^ter.*i$/];
  var WORD = /^[a-z]+(?:-[a-z]+)*$/;
  var PARTICLES = ["ku", "mu", "nya", "lah", "kah", "tah", "pun"];

  /* Stem one word without hyphens; isRoot(word) says whether a word is a known root. */
  function stemSingular(word, isRoot) {
    if (isRoot(word) || word.length <= 3) return word;
    var current = word;
    var removals = [];

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
        if (isRoot(current)) return;
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
          var removed = applyRule(PREFIX_RULES[i]);
          if (isRoot(current)) return;
          if (removed) break;
        }
      }
    }

    /* ECS: put suffixes back one at a time and try the prefixes again. */
    function restoreSuffixes() {
      if (removals.length) current = removals[0].subject;
      removals = removals.filter(function (removal) { return removal.type !== "DP"; });
      var restored = current;
      var suffixes = removals.slice().reverse();
      for (var i = 0; i < suffixes.length; i++) {
        var removal = suffixes[i];
        if (removal.part === "kan") {
          current = removal.result + "k";
          removePrefixes();
          if (isRoot(current)) return;
          current = removal.result + "kan";
        } else {
          current = removal.subject;
        }
        removePrefixes();
        if (isRoot(current)) return;
        current = restored;
      }
    }

    function run() {
      if (PREFIX_FIRST.some(function (regex) { return regex.test(word); })) {
        removePrefixes();
        if (isRoot(current)) return;
        removeSuffixes();
        if (isRoot(current)) return;
        current = word;
        removals = [];
      }
      removeSuffixes();
      if (isRoot(current)) return;
      removePrefixes();
      if (isRoot(current)) return;
      restoreSuffixes();
    }

    run();
    return isRoot(current) ? current : word;
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
   * Every reading ECS could give a word when no dictionary guides it: suffix combinations
   * times prefix chains (up to three prefixes), keeping all readings of each prefix form.
   * `groups` collects sets of competing readings of one prefix (e.g. ukur/kukur/ngukur).
   */
  function readings(word, groups) {
    var found = new Set();
    var bases = [word];
    var current = word;
    for (var i = 0; i < SUFFIXES.length; i++) {
      var result = current.replace(SUFFIXES[i].regex, "");
      if (result !== current) {
        if (SUFFIXES[i].type === "DS" && current.slice(result.length) === "kan") {
          bases.push(result + "k");
        }
        bases.push(result);
        current = result;
      }
    }
    function prefixes(base, depth) {
      found.add(base);
      if (depth === 3) return;
      for (var r = 0; r < PREFIX_RULES.length; r++) {
        var options = [];
        for (var k = 0; k < PREFIX_RULES[r].length; k++) {
          var option = PREFIX_RULES[r][k](base);
          if (option !== null && option !== base && options.indexOf(option) === -1) {
            options.push(option);
          }
        }
        if (!options.length) continue;
        if (options.length > 1 && groups) groups.push(options);
        options.forEach(function (option) { prefixes(option, depth + 1); });
        return;
      }
    }
    bases.forEach(function (base) { prefixes(base, 0); });
    found.delete(word);
    return found;
  }

  function plausibleRoot(word) {
    return word.length >= 3 && /[aiueo]/.test(word) && WORD.test(word) && word.indexOf("-") === -1;
  }

  /*
   * Known roots of a vocabulary (iterable of lowercase words). Attested roots: words of the
   * site that no affix reading leads to another word of the site. Inferred roots: readings
   * that at least two words of the site share and that no competing reading of the same
   * prefix beats.
   */
  function discoverRoots(vocabulary) {
    var words = new Set();
    for (var word of vocabulary) {
      if (WORD.test(word) && word.indexOf("-") === -1) words.add(word);
    }
    var attested = function (option) { return words.has(option); };
    var roots = new Set();
    var support = new Map();
    var groups = [];
    words.forEach(function (word) {
      if (STOP_WORDS.has(word) || word.length <= 3) {
        roots.add(word);
        return;
      }
      var options = readings(word, groups);
      var derived = false;
      options.forEach(function (option) {
        if (plausibleRoot(option) && attested(option)) derived = true;
      });
      if (derived) return;
      /* Not derived from another word of the site: a root, and a witness for its readings. */
      roots.add(word);
      options.forEach(function (option) {
        if (plausibleRoot(option)) support.set(option, (support.get(option) || 0) + 1);
      });
    });
    var score = function (option) {
      return attested(option) ? Infinity : support.get(option) || 0;
    };
    var beaten = new Set();
    groups.forEach(function (options) {
      var best = Math.max.apply(null, options.map(score));
      options.forEach(function (option) {
        if (score(option) < best) beaten.add(option);
      });
    });
    support.forEach(function (count, option) {
      if (count < 2 || attested(option) || beaten.has(option)) return;
      var further = readings(option);
      for (var reading of further) {
        if (plausibleRoot(reading) && (attested(reading) || (support.get(reading) || 0) >= 2)) {
          return;
        }
      }
      roots.add(option);
    });
    /* A word that leads to an inferred root is no longer a root itself. */
    words.forEach(function (word) {
      if (!roots.has(word) || STOP_WORDS.has(word) || word.length <= 3) return;
      for (var option of readings(word)) {
        if (!attested(option) && roots.has(option)) {
          roots.delete(word);
          return;
        }
      }
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
    discoverRoots: discoverRoots,
    readings: readings,
  };
  if (typeof module === "object" && module.exports) module.exports = api;
  else global.akademiStemmer = api;
})(typeof self !== "undefined" ? self : this);
