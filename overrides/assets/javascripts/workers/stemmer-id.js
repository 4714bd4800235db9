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
 * The "known roots" are not a shipped dictionary (Sastrawi's Kateglo list is CC BY-NC-SA, so
 * the portal cannot redistribute it). discoverRoots() derives them from the site's own
 * vocabulary when the search index is built: a word is a root when no affix reading of it
 * leads to another word of the site; a form that never occurs alone (e.g. "sunting") becomes
 * a root when different words of the site lead to it, or one word leads to it unambiguously
 * (tubuhnya -> tubuh, mendesak -> desak), and it beats the other readings of the same prefix
 * (e.g. "kirim" over "irim" for "mengirim"). A short list of words that look affixed but are
 * roots (kepada, mereka, pertama, ...) covers what a vocabulary cannot tell.
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

  /* The usual sound change (menulis: t, memukul: p, menyapu: s), preferred on a tie. */
  function usual(read) {
    read.usual = true;
    return read;
  }

  /* Rare readings (infixes, ku-/kau-, a restored r or ng): never evidence for a new root. */
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
    [reading("mem(V)(.*)", "m$1$2"), usual(reading("mem(V)(.*)", "p$1$2"))],
    [reading("men([cdjstz])(.*)", "$1$2")],
    [reading("men(V)(.*)", "n$1$2"), usual(reading("men(V)(.*)", "t$1$2"))],
    [reading("meng([ghqk])(.*)", "$1$2")],
    [
      reading("meng(V)(.*)", "$1$2"),
      reading("meng(V)(.*)", "k$1$2"),
      reading("menge(.*)", "$1"),
      rare(reading("meng(V)(.*)", "ng$1$2")),
    ],
    [reading("meny(V)(.*)", "ny$1$2"), usual(reading("meny(V)(.*)", "s$1$2"))],
    [reading("memp([abcdfghijklmopqrstuvwxyz])(.*)", "p$1$2")],
    [reading("pe([wy])(V)(.*)", "$1$2$3")],
    [reading("per(V)(.*)", "$1$2"), rare(reading("pe(rV)(.*)", "$1$2"))],
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
   * Words that look affixed but are roots in their own right (KBBI lemmas): the site's
   * vocabulary cannot tell, so they are listed. Mostly function words.
   */
  var LEXICAL_ROOTS = new Set((
    "adalah apakah bagaimana belum berapa beranda demikian kalian kemudian kepada keluar " +
    "masalah maupun memang mengapa mereka menteri pedoman peduli pegawai penting percaya " +
    "perangkat pertama " +
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
   * Every reading ECS could give a word when no dictionary guides it: suffix combinations
   * times prefix chains (up to three prefixes), keeping all readings of each prefix form.
   * Returns Map(reading -> flags), each flag true if some path to the reading has it:
   *   common   no rare reading on the way (infix, ku-/kau-, restored r or ng);
   *   strong   common, and no particle came off (sekolah, masalah, langkah end in -lah/-kah)
   *            nor a loan suffix -is/-isme/-isasi;
   *   prefixed strong, through a prefix other than the plain di-/ke-/se-;
   *   bare     strong, through suffixes only;
   *   lone     strong, and reliable enough to stand on one word of evidence: a possessive
   *            (-nya -ku -mu) or -kan came off, a confix (ke-...-an, pe-...-an, me-...-i) or a
   *            long -an noun (bimbingan) was undone, or a me-/be-/te-/pe- prefix whose form
   *            leaves one reading (mendesak: desak) or the usual sound change (menebak: tebak).
   * `groups` collects the competing readings of one prefix form (e.g. ukur/kukur/ngukur).
   */
  var NATIVE_SUFFIX = /(i|kan|an)$/;
  var LONE_PREFIX = /^(me|be|te|pe)/;

  function readings(word, groups) {
    var found = new Map();
    var bases = [{ word: word, strong: true, lone: false, suffix: "" }];
    var current = word;
    var strong = true;
    var lone = false;
    for (var i = 0; i < SUFFIXES.length; i++) {
      var type = SUFFIXES[i].type;
      var result = current.replace(type === "DS" ? NATIVE_SUFFIX : SUFFIXES[i].regex, "");
      if (result === current) continue;
      var part = current.slice(result.length);
      if (type === "P") strong = false;
      if (type === "PP" || part === "kan") lone = true;
      if (part === "kan") bases.push({ word: result + "k", strong: false, lone: false });
      bases.push({ word: result, strong: strong, lone: lone, suffix: type === "DS" ? part : "" });
      current = result;
    }
    function note(option, flags) {
      var seen = found.get(option);
      var next = {
        common: flags.common,
        strong: flags.strong,
        prefixed: flags.strong && flags.prefixed,
        bare: flags.strong && flags.depth === 0,
        lone: flags.strong && flags.lone && option.length >= 4,
      };
      if (!seen) found.set(option, next);
      else Object.keys(next).forEach(function (key) { seen[key] = seen[key] || next[key]; });
    }
    function prefixes(base, flags) {
      note(base, flags);
      if (flags.depth === 3) return;
      var first = base.charAt(0);
      for (var r = 0; r < PREFIX_RULES.length; r++) {
        if (!applies(PREFIX_RULES[r], first)) continue;
        var options = [];
        var seen = new Set();
        PREFIX_RULES[r].forEach(function (read) {
          var option = read(base);
          if (option === null || option === base || seen.has(option)) return;
          seen.add(option);
          options.push({ word: option, usual: Boolean(read.usual), rare: Boolean(read.rare) });
        });
        if (!options.length) continue;
        if (options.length > 1 && groups) groups.push(options);
        var clear = options.length === 1;
        options.forEach(function (option) {
          var sound = r > 0 && LONE_PREFIX.test(base) && (clear || option.usual);
          var confix = flags.suffix !== "" && (r > 0 || /^ke/.test(base));
          prefixes(option.word, {
            common: flags.common && !option.rare,
            strong: flags.strong && !option.rare,
            prefixed: flags.prefixed || r > 0 || /^di/.test(base),
            lone: flags.lone || sound || confix,
            suffix: flags.suffix,
            depth: flags.depth + 1,
          }, flags.depth + 1);
        });
        return;
      }
    }
    bases.forEach(function (base) {
      prefixes(base.word, {
        common: true, strong: base.strong, prefixed: false, lone: base.lone,
        suffix: base.suffix || "", depth: 0,
      });
    });
    found.delete(word);
    return found;
  }

  /* Three-letter roots that begin with a consonant; other short words are too ambiguous. */
  var SHORT_ROOTS = new Set("bom cap cek cat dua hak hal jam mau sah set tes tim tua".split(" "));

  function plausibleRoot(word) {
    return /^[a-z]+$/.test(word) && /[aiueo]/.test(word) && (
      word.length >= 4 || (word.length === 3 && (/^[aiueo]/.test(word) || SHORT_ROOTS.has(word)))
    );
  }

  /* A root never seen alone must also sound like one: no final cluster but -ng (hent, fungs). */
  function plausibleInferred(word) {
    return word.length >= 4 && plausibleRoot(word) && !/[^aiueo][^aiueog]$/.test(word) &&
      !/[^aiueo]{2}g$/.test(word.slice(-3)) || /^[a-z]*[aiueo]ng$/.test(word);
  }

  /*
   * Known roots of a vocabulary (iterable of lowercase words), in three steps:
   *   1. attested roots: words of the site that no affix reading turns into another word
   *      of the site (menulis -> tulis is such a reading, so "menulis" is not a root);
   *   2. inferred roots, which never occur alone: a strong reading shared by two attested
   *      roots, one of them through a real prefix (penyuntingan, menyunting -> sunting), or
   *      a reading one word gives reliably (tubuhnya -> tubuh, mendesak -> desak); unless a
   *      competing reading of the same prefix has more support (kirim beats irim; on a tie
   *      the usual sound change wins) or a longer reading explains the same words (henti,
   *      not hent);
   *   3. an attested root that leads to an inferred root is a derived word after all.
   */
  function discoverRoots(vocabulary) {
    var memo = new Map();
    var readingsOf = function (word) {
      var found = memo.get(word);
      if (!found) memo.set(word, (found = readings(word)));
      return found;
    };
    var words = new Set();
    for (var word of vocabulary) {
      if (/^[a-z]+$/.test(word) && !LEXICAL_ROOTS.has(word)) words.add(word);
    }
    var isBase = function (option) {
      return (words.has(option) && plausibleRoot(option)) || LEXICAL_ROOTS.has(option);
    };
    var roots = new Set(LEXICAL_ROOTS);
    var support = new Map();
    var groups = [];
    var analysed = [];
    words.forEach(function (word) {
      if (word.length <= 3) {
        if (plausibleRoot(word)) roots.add(word);
        return;
      }
      var options = readings(word, groups);
      memo.set(word, options);
      analysed.push(word);
      for (var pair of options) {
        if (pair[1].common && isBase(pair[0])) return;
      }
      roots.add(word);
      options.forEach(function (flags, option) {
        if (!flags.strong || !plausibleInferred(option)) return;
        var entry = support.get(option) || { count: 0, prefixed: false, lone: false };
        entry.count += 1;
        entry.prefixed = entry.prefixed || flags.prefixed;
        entry.lone = entry.lone || flags.lone;
        support.set(option, entry);
      });
    });

    var count = function (option) { return (support.get(option) || { count: 0 }).count; };
    var evidence = function (option) {
      var entry = support.get(option);
      if (!entry || words.has(option)) return false;
      return (entry.count >= 2 && (entry.prefixed || entry.count >= 3)) || entry.lone;
    };
    var score = function (option) { return isBase(option) ? Infinity : count(option); };
    var rejected = new Set();
    groups.forEach(function (options) {
      var best = Math.max.apply(null, options.map(function (o) { return score(o.word); }));
      var top = options.filter(function (o) { return score(o.word) === best; });
      var usualTop = top.some(function (o) { return o.usual; });
      options.forEach(function (o) {
        if (score(o.word) < best || (usualTop && !o.usual)) rejected.add(o.word);
      });
    });
    /*
     * Between a candidate and a reading of it: one that strips a real prefix wins when it
     * has as much support (selenggara over menyelenggara); one that only strips a suffix
     * needs more support (layan over layani, but capai over capa, bagai over baga), except
     * -kan, which no root ends in (lurus over luruskan).
     */
    support.forEach(function (entry, option) {
      if (!evidence(option)) return;
      readingsOf(option).forEach(function (flags, shorter) {
        if (!flags.common) return;
        if (isBase(shorter)) rejected.add(option);
        else if (!evidence(shorter)) return;
        else if (count(shorter) > entry.count) rejected.add(option);
        else if (flags.prefixed && !flags.bare && count(shorter) >= entry.count) {
          rejected.add(option);
        } else if (flags.bare && /kan$/.test(option)) rejected.add(option);
        else if (flags.bare) rejected.add(shorter);
      });
    });

    var inferred = new Set();
    support.forEach(function (_, option) {
      if (evidence(option) && !rejected.has(option)) {
        inferred.add(option);
        roots.add(option);
      }
    });
    analysed.forEach(function (word) {
      if (!roots.has(word)) return;
      for (var pair of readingsOf(word)) {
        if (pair[1].common && inferred.has(pair[0])) {
          roots.delete(word);
          return;
        }
      }
    });
    return roots;
  }

  /*
   * The distinct plain words of Material's index documents, lower case. Material splits on
   * config.separator; only runs of letters matter for roots, so one regular expression over
   * the text (tags removed) finds the same words much faster.
   */
  function vocabulary(docs) {
    var words = new Set();
    docs.forEach(function (doc) {
      var text = ((doc.title || "") + " " + (doc.text || "")).replace(/<[^>]*>/g, " ");
      var found = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
      for (var i = 0; i < found.length; i++) {
        if (/^[a-z]+$/.test(found[i])) words.add(found[i]);
      }
    });
    return words;
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
    vocabulary: vocabulary,
  };
  if (typeof module === "object" && module.exports) module.exports = api;
  else global.akademiStemmer = api;
})(typeof self !== "undefined" ? self : this);
