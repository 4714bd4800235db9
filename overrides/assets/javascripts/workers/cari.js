/*
 * Search worker: Material's own search worker, taught Indonesian.
 *
 * Why this route. Material 9 has no hook for custom search languages, but it lets a site
 * name its search worker (the "search" key of the __config block, which overrides/main.html
 * points here, passing Material's worker file name in the URL fragment). This worker loads
 * Material's unchanged worker with importScripts, so Material keeps building and querying
 * the index, highlighting results and making suggestions; we only swap the named Lunr
 * pipeline functions it builds the index from (lunr.trimmer, lunr.stopWordFilter,
 * lunr.stemmer) and add a query step. At build time hooks/cari.py only adds two lists to the
 * index's config (glossary synonyms and dictionary roots), so the documents Material writes
 * stay its own, and the worker also runs under Material's iframe-worker shim for the offline
 * (file://) bundle, where importScripts returns a Promise.
 *
 * Indexing: every word is indexed as typed and, when it has one, under its root
 * ("penyuntingan" under penyuntingan and sunting), with the same position, so typing a
 * prefix still finds the word and any form of a root finds all others. Function words are
 * left out. The roots are the dictionary's (config.akademi.akar; see stemmer-id.js).
 * Querying: Material appends "*" to every term, which makes Lunr skip the query pipeline;
 * we run it anyway for such terms, turning one typed word into: the word as a prefix, its
 * root, and its glossary synonyms (reach -> jangkauan, content calendar -> kalender konten).
 * Material then marks which typed words matched and puts them in the link (?h=) that
 * highlights them on the target page; we mark a typed word as matched when one of its
 * variants matched, and add the site's other forms of it to that link, so "menyunting"
 * highlights "penyuntingan" too.
 */
(function () {
  "use strict";

  var SETUP = 0; /* Material's message types: SETUP, READY, QUERY, RESULT = 0 to 3. */
  var RESULT = 3;
  var MAX_FORMS = 12;

  /*
   * Query weights. The word as typed (also as a prefix) counts fully; the site's own word for
   * it (a glossary equivalent, a standard spelling) nearly as much; other synonyms less; the site's other affixed forms of its root less again (typing
   * "penceritaan" means the act, as in "bercerita", more than the noun "cerita"); the bare
   * root least, so a page using the typed form beats one that only shares the root.
   * Question and filler words ("cara", "bagaimana") weigh a tenth of the rest.
   */
  var WEIGHT = { typed: 1, site: 0.9, synonym: 0.6, sibling: 0.4, root: 0.2, filler: 0.1 };
  var MAX_SIBLINGS = 10;
  var MIN_SHARE = 0.02;
  var PHRASE_BONUS = 3; /* each pair of typed words found side by side: score x4 */
  /* Material weighs a title match 1000 times a text match, so that a root shared with any
   * heading outranked the page whose text uses the very word typed. Ten still ranks a page
   * whose title holds the typed word first. */
  var TITLE_BOOST = 10;

  /* This script's URL: the worker's own, or the <script> the iframe shim made for it. */
  var here = typeof WorkerGlobalScope !== "undefined"
    ? self.location.href
    : document.currentScript.src;

  var queue = [];
  var material = null;
  var ready = false;
  var language = null;
  var post = self.postMessage;
  var listen = self.addEventListener;

  listen.call(self, "message", function (event) {
    if (ready) return receive(event.data);
    queue.push(event.data);
    if (queue.length === 1 && event.data && event.data.type === SETUP) load(event.data.data);
  });

  /* Material's worker registers its message handler; keep it to call it ourselves. */
  self.addEventListener = function (type, listener, options) {
    if (type === "message" && material === null) material = listener;
    else listen.call(self, type, listener, options);
  };

  self.postMessage = function (message, options) {
    if (message && message.type === RESULT && language) widenHighlights(message.data);
    return post.call(self, message, options);
  };

  function receive(message) {
    if (message && message.type === SETUP) prepare(message.data);
    material({ data: message });
  }

  /* -------------------------------------------------------------------------------------
   * Index setup
   * ----------------------------------------------------------------------------------- */

  function trim(word) {
    return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  }

  function termWords(term) {
    return String(term).toLowerCase().split(/[\s-]+/).map(trim).filter(Boolean);
  }

  /*
   * Synonyms (config.akademi.sinonim, written by hooks/cari.py from the glossary and
   * docs/data/sinonim-cari.yml): groups of terms that find each other, the site's own term
   * first; and one-way spellings (config.akademi.ejaan: [typed, standard] from the Cek Diksi
   * lists). Each synonym is { words, site }: site when it is the word the site uses, which
   * then weighs as much as the typed word ("hashtag" finds the pages on "tagar").
   */
  function synonymTable(groups, spellings, stem) {
    var single = new Map();
    var phrases = [];
    function add(words, others) {
      if (words.length === 1) {
        var key = stem(words[0]);
        single.set(key, (single.get(key) || []).concat(others));
      } else {
        phrases.push({ words: words, others: others });
      }
    }
    (Array.isArray(groups) ? groups : []).forEach(function (group) {
      if (!Array.isArray(group)) return;
      var terms = group.map(termWords).filter(function (words) { return words.length; });
      terms.forEach(function (words, i) {
        add(words, terms.map(function (other, j) {
          return { words: other, site: j === 0 };
        }).filter(function (_, j) { return j !== i; }));
      });
    });
    (Array.isArray(spellings) ? spellings : []).forEach(function (pair) {
      if (!Array.isArray(pair) || pair.length !== 2) return;
      var typed = termWords(pair[0]);
      var standard = termWords(pair[1]);
      if (typed.length && standard.length) add(typed, [{ words: standard, site: true }]);
    });
    return { single: single, phrases: phrases };
  }

  function wordList(value) {
    return (Array.isArray(value) ? value : []).map(function (word) {
      return String(word).toLowerCase();
    });
  }

  function prepare(data) {
    var S = self.akademiStemmer;
    var config = data.config;
    var akademi = config.akademi || {};
    var roots = S.knownRoots(akademi.akar);
    /* Words whose root means something else stay whole ("ukuran" is not "mengukur"). */
    wordList(akademi.utuh).forEach(function (word) { roots.add(word); });
    var stem = S.createStemmer(roots);
    language = {
      S: S,
      stem: stem,
      forms: new Map(),
      synonyms: synonymTable(akademi.sinonim, akademi.ejaan, stem),
      fillers: new Set(wordList(akademi.pengisi)),
      index: null,
      readingIndex: null,
    };
    /* Our three functions replace the English ones by name, whatever mkdocs.yml says. */
    config.pipeline = ["trimmer", "stopWordFilter", "stemmer"];
    if (config.fields && config.fields.title) config.fields.title.boost = TITLE_BOOST;
  }

  /* -------------------------------------------------------------------------------------
   * Lunr pipeline functions (looked up by name when Material builds the index)
   * ----------------------------------------------------------------------------------- */

  function trimmer(token) {
    return token.update(trim);
  }

  /* Also called by Material with a plain string (to tell stop words from missing words). */
  function stopWordFilter(token) {
    var word = token.toString();
    return word === "" || (language && language.S.STOP_WORDS.has(word)) ? undefined : token;
  }

  function indexStemmer(token) {
    var surface = token.toString();
    if (!language) return token;
    var root = language.stem(surface);
    var forms = language.forms.get(root);
    if (!forms) language.forms.set(root, (forms = new Set()));
    forms.add(surface);
    if (root === surface) return token;
    return [token, token.clone(function () { return root; })];
  }

  /* -------------------------------------------------------------------------------------
   * Query side
   * ----------------------------------------------------------------------------------- */

  var phraseExtras = new Map();
  var queryWords = []; /* the words of the query being answered, in typed order */
  var aliases = null; /* during a query: variant -> the typed words it stands for */
  var ownAliases = null; /* the same for forms of the typed word only (no synonyms) */

  /* Whether the index has a term ("sunting") or a term starting with a prefix ("penyu*"). */
  function exists(term) {
    var index = language.index;
    if (!index) return true;
    if (term.slice(-1) !== "*") {
      return Object.prototype.hasOwnProperty.call(index.invertedIndex, term);
    }
    var node = index.tokenSet;
    for (var i = 0; i < term.length - 1 && node; i++) node = node.edges[term.charAt(i)];
    return Boolean(node);
  }

  /* Index words whose readings include a given reading: the fallback for unknown words. */
  function byReading(reading) {
    if (!language.readingIndex) {
      var table = new Map();
      Object.keys(language.index.invertedIndex).forEach(function (word) {
        if (!/^[a-z]{5,}$/.test(word) || language.stem(word) !== word) return;
        language.S.readings(word).forEach(function (flags, option) {
          if (!flags.strong || option.length < 4) return;
          if (!table.has(option)) table.set(option, []);
          table.get(option).push(word);
        });
      });
      language.readingIndex = table;
    }
    return language.readingIndex.get(reading) || [];
  }

  /* The site's other affixed forms of a root, apart from the typed word and its prefixes. */
  function siblings(word, root) {
    var found = [];
    (language.forms.get(root) || new Set()).forEach(function (form) {
      if (found.length < MAX_SIBLINGS && form !== root && form.indexOf(word) !== 0) {
        found.push(form);
      }
    });
    return found;
  }

  /* The search terms one typed word stands for, with their weights, most specific first. */
  function variants(word, wildcard) {
    /* own: a form of the typed word itself (not a synonym), for phrase matching. */
    var terms = [{ term: word + (wildcard ? "*" : ""), weight: WEIGHT.typed, own: true }];
    var add = function (term, weight, own) {
      if (!term) return;
      for (var i = 0; i < terms.length; i++) {
        if (terms[i].term === term) {
          terms[i].weight = Math.max(terms[i].weight, weight);
          terms[i].own = terms[i].own || Boolean(own);
          return;
        }
      }
      terms.push({ term: term, weight: weight, own: Boolean(own) });
    };
    if (!/^[\p{L}\p{N}-]+$/u.test(word)) return terms;
    var root = language.stem(word);
    var synonyms = [].concat(
      language.synonyms.single.get(root) || [],
      phraseExtras.get(word) || []
    );
    /* A synonym as a whole word, and its root for its other forms (no prefix: "waktu*" would
     * bring in every "waktunya" for little gain and cost a lot). */
    synonyms.forEach(function (synonym) {
      synonym.words.forEach(function (other) {
        add(other, synonym.site ? WEIGHT.site : WEIGHT.synonym);
        add(language.stem(other), WEIGHT.root);
      });
    });
    if (!language.S.STOP_WORDS.has(word)) {
      if (root !== word) {
        siblings(word, root).forEach(function (form) { add(form, WEIGHT.sibling, true); });
      }
      add(root, WEIGHT.root, true);
    }
    if (!wildcard || word.length < 5 || exists(terms[0].term) || exists(root)) return terms;
    /* Neither the word nor its root is in the index: try the roots it could come from. */
    language.S.readings(word).forEach(function (flags, reading) {
      if (!flags.strong || reading.length < 4) return;
      if (exists(reading)) add(reading, WEIGHT.root, true);
      byReading(reading).forEach(function (term) { add(term, WEIGHT.root, true); });
    });
    return terms;
  }

  /* The weighted terms of one query term (as Lunr's parser left it: "word*" or "word"). */
  function weightedTerms(text) {
    var wildcard = /^[^*]+\*$/.test(text);
    var word = wildcard ? text.slice(0, -1) : text;
    if (!language || word.indexOf("*") !== -1) return [{ term: text, weight: 1 }];
    var terms = variants(word, wildcard).filter(function (item, i) {
      return i === 0 || exists(item.term);
    });
    if (terms.length > 1 && !exists(terms[0].term)) terms.shift();
    var filler = language.fillers.has(word) || language.fillers.has(language.stem(word));
    if (aliases) {
      terms.forEach(function (item) {
        if (!aliases.has(item.term)) aliases.set(item.term, new Set());
        aliases.get(item.term).add(word);
        if (!item.own) return;
        if (!ownAliases.has(item.term)) ownAliases.set(item.term, new Set());
        ownAliases.get(item.term).add(word);
      });
    }
    return terms.map(function (item) {
      return { term: item.term, weight: item.weight * (filler ? WEIGHT.filler : 1) };
    });
  }

  /* Pipeline step for clauses Lunr runs as one (required words: all variants, one weight). */
  function queryTerms(token) {
    var text = token.toString();
    if (!language) return token;
    return weightedTerms(text).map(function (item) {
      return token.clone(function () { return item.term; });
    });
  }

  /*
   * Optional query words (Material's default) become one clause per variant, each with its
   * weight, so that Lunr scores an exact match above a synonym, and that above a root match.
   */
  function weigh(query) {
    var lunr = self.lunr;
    var clauses = [];
    query.clauses.forEach(function (clause) {
      if (!clause.usePipeline || clause.presence !== lunr.Query.presence.OPTIONAL ||
          typeof clause.term !== "string") {
        clauses.push(clause);
        return;
      }
      weightedTerms(clause.term).forEach(function (item) {
        var prefix = item.term.slice(-1) === "*";
        clauses.push({
          term: item.term,
          fields: clause.fields,
          boost: clause.boost * item.weight,
          usePipeline: false,
          wildcard: prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
          presence: clause.presence,
        });
      });
    });
    query.clauses = clauses;
  }

  /*
   * Multi-word synonyms: "content calendar" also searches "kalender" and "konten". The words
   * of a phrase match in any form, in order, with at most one other word between them
   * ("waktu terbaik posting" holds "waktu posting").
   */
  function findPhrases(queryString) {
    phraseExtras = new Map();
    var words = queryString.toLowerCase().split(/\s+/).map(function (part) {
      return trim(part.replace(/^[+-]/, "").replace(/[*~^].*$/, ""));
    });
    queryWords = words.filter(Boolean);
    var stems = words.map(function (word) { return word && language.stem(word); });
    /* A query word also stands for its one-word synonyms: "jadwal upload" is "jadwal unggah". */
    var readings = stems.map(function (stem) {
      var all = new Set([stem]);
      (language.synonyms.single.get(stem) || []).forEach(function (synonym) {
        if (synonym.words.length === 1) all.add(language.stem(synonym.words[0]));
      });
      return all;
    });
    var reads = function (at, stem) { return at < readings.length && readings[at].has(stem); };
    language.synonyms.phrases.forEach(function (phrase) {
      var wanted = phrase.words.map(language.stem);
      for (var start = 0; start < words.length; start++) {
        if (!reads(start, wanted[0])) continue;
        var matched = [start];
        for (var w = 1, at = start; w < wanted.length; w++) {
          if (reads(at + 1, wanted[w])) at += 1;
          else if (reads(at + 2, wanted[w])) at += 2;
          else break;
          matched.push(at);
        }
        if (matched.length !== wanted.length) continue;
        /* Only the words the query lacks: "jam posting" adds "unggah", not "jam" again. */
        var extra = phrase.others.map(function (synonym) {
          return {
            words: synonym.words.filter(function (word) {
              return stems.indexOf(language.stem(word)) === -1;
            }),
            site: synonym.site,
          };
        });
        matched.forEach(function (position) {
          var word = words[position];
          phraseExtras.set(word, (phraseExtras.get(word) || []).concat(extra));
        });
      }
    });
  }

  /*
   * Leave out results scoring under a fiftieth of the best: they match only through a root
   * or synonym that many pages share, nobody scrolls to them, and Material would spend most
   * of the query's time highlighting them.
   */
  function prune(results) {
    var best = results.length ? results[0].score : 0;
    return results.filter(function (result) { return result.score >= best * MIN_SHARE; });
  }

  /*
   * After a query: drop positions that two variants of one word both matched (the word and
   * its root share a position, and Material would wrap it in <mark> twice), and list each
   * typed word that matched through a variant, so Material counts it as found.
   */
  /* A function giving the typed words an index term stands for (through their variants). */
  function typedLookup(seenAliases) {
    var typedFor = new Map();
    return function (term) {
      var words = typedFor.get(term);
      if (words) return words;
      words = new Set();
      seenAliases.forEach(function (typed, variant) {
        var prefix = variant.slice(-1) === "*";
        var base = prefix ? variant.slice(0, -1) : variant;
        if (prefix ? term.indexOf(base) === 0 : term === base) {
          typed.forEach(function (word) { words.add(word); });
        }
      });
      typedFor.set(term, words);
      return words;
    };
  }

  /*
   * Typed words that stand next to each other in a field of the result, in the typed order
   * (a function word may sit between them, as in "kalender untuk konten"), in any of their
   * forms but not through synonyms: the number of such pairs. Lunr scores words one by one; this is what makes "jam unggah" prefer the page that
   * says "jam unggah" to one that says "jam" here and "unggahan" there.
   */
  function adjacentPairs(metadata, typedWords) {
    var places = new Map(); /* typed word -> Set of "field:position" */
    Object.keys(metadata).forEach(function (term) {
      typedWords(term).forEach(function (word) {
        if (!places.has(word)) places.set(word, new Set());
        Object.keys(metadata[term]).forEach(function (field) {
          (metadata[term][field].position || []).forEach(function (position) {
            places.get(word).add(field + ":" + position);
          });
        });
      });
    });
    var pairs = 0;
    for (var i = 0; i + 1 < queryWords.length; i++) {
      var first = places.get(queryWords[i]);
      var second = places.get(queryWords[i + 1]);
      if (!first || !second || queryWords[i] === queryWords[i + 1]) continue;
      var near = false;
      first.forEach(function (place) {
        var at = place.lastIndexOf(":");
        var field = place.slice(0, at + 1);
        var position = Number(place.slice(at + 1));
        if (second.has(field + (position + 1)) || second.has(field + (position + 2))) near = true;
      });
      if (near) pairs += 1;
    }
    return pairs;
  }

  /* Phrase bonus, order, and the pruned tail (see prune). */
  function rank(results, typedWords) {
    if (queryWords.length > 1) {
      results.forEach(function (result) {
        var pairs = adjacentPairs(result.matchData.metadata, typedWords);
        if (pairs) result.score *= 1 + PHRASE_BONUS * pairs;
      });
      results.sort(function (a, b) { return b.score - a.score; });
    }
    return prune(results);
  }

  function reconcile(results, typedWords) {
    results.forEach(function (result) {
      var metadata = result.matchData.metadata;
      var seen = new Set();
      var cleaned = {};
      var found = new Set();
      Object.keys(metadata).forEach(function (term) {
        var fields = {};
        Object.keys(metadata[term]).forEach(function (field) {
          var data = metadata[term][field];
          var copy = {};
          Object.keys(data).forEach(function (key) { copy[key] = data[key]; });
          if (Array.isArray(data.position)) {
            copy.position = data.position.filter(function (position) {
              var id = field + ":" + position;
              if (seen.has(id)) return false;
              seen.add(id);
              return true;
            });
          }
          fields[field] = copy;
        });
        cleaned[term] = fields;
        typedWords(term).forEach(function (word) { found.add(word); });
      });
      var typed = {};
      found.forEach(function (word) {
        var known = Object.keys(cleaned).some(function (term) { return term.indexOf(word) === 0; });
        if (!known) typed[word] = {};
      });
      result.matchData.metadata = Object.assign(typed, cleaned);
    });
    return results;
  }

  /* Highlight on the target page every form of a matched word that the site uses. */
  function relatedForms(word) {
    var forms = [];
    if (!/^[\p{L}\p{N}-]+$/u.test(word) || language.S.STOP_WORDS.has(word)) return forms;
    var roots = [language.stem(word)];
    (language.synonyms.single.get(roots[0]) || []).forEach(function (synonym) {
      if (synonym.words.length === 1) roots.push(language.stem(synonym.words[0]));
    });
    roots.forEach(function (root) {
      (language.forms.get(root) || new Set()).forEach(function (form) {
        if (forms.length < MAX_FORMS && forms.indexOf(form) === -1 && form !== word) {
          forms.push(form);
        }
      });
    });
    return forms;
  }

  function widenHighlights(result) {
    if (!result || !Array.isArray(result.items)) return;
    result.items.forEach(function (group) {
      group.forEach(function (item) {
        if (!item.terms) return;
        Object.keys(item.terms).forEach(function (word) {
          if (!item.terms[word]) return;
          relatedForms(word).forEach(function (form) {
            if (!(form in item.terms)) item.terms[form] = true;
          });
        });
      });
    });
  }

  /* -------------------------------------------------------------------------------------
   * Wiring into Lunr, once Material's worker (and with it the global lunr) is loaded
   * ----------------------------------------------------------------------------------- */

  function register(fn, label) {
    fn.label = label;
    self.lunr.Pipeline.registeredFunctions[label] = fn;
    return fn;
  }

  function install() {
    var lunr = self.lunr;
    lunr.trimmer = register(trimmer, "trimmer");
    lunr.stopWordFilter = register(stopWordFilter, "stopWordFilter");
    lunr.stemmer = register(indexStemmer, "stemmer");
    register(queryTerms, "akademiQueryTerms");

    /* The query pipeline is ours alone; keep the built index to look terms up. */
    var build = lunr.Builder.prototype.build;
    lunr.Builder.prototype.build = function () {
      this.searchPipeline = new lunr.Pipeline();
      this.searchPipeline.add(queryTerms);
      var index = build.call(this);
      if (language) language.index = index;
      return index;
    };

    /* Lunr skips the query pipeline for wildcard terms; Material makes every term one. */
    var clause = lunr.Query.prototype.clause;
    lunr.Query.prototype.clause = function (options) {
      if (typeof options.term === "string" && /^[^*]+\*$/.test(options.term)) {
        options.usePipeline = true;
      }
      return clause.call(this, options);
    };

    var search = lunr.Index.prototype.search;
    lunr.Index.prototype.search = function (queryString) {
      if (language) findPhrases(String(queryString));
      try {
        return search.call(this, queryString);
      } catch (error) {
        /* A phrase expansion can point Lunr at a term it cannot score (seen with two-word
         * glossary phrases); answer without the phrase extras rather than with nothing. */
        phraseExtras = new Map();
        return search.call(this, queryString);
      } finally {
        phraseExtras = new Map();
        queryWords = [];
      }
    };

    var query = lunr.Index.prototype.query;
    lunr.Index.prototype.query = function (fn) {
      if (!language) return query.call(this, fn);
      var seen = (aliases = new Map());
      var own = (ownAliases = new Map());
      var weighted = function (built) {
        fn.call(built, built);
        weigh(built);
      };
      try {
        var results = rank(query.call(this, weighted), typedLookup(own));
        return reconcile(results, typedLookup(seen));
      } catch (error) {
        /* Lunr cannot score some expansions (seen when Material retries an invalid query);
         * answer with Material's own matching rather than with nothing. */
        var saved = language;
        language = null;
        try {
          return query.call(this, fn);
        } finally {
          language = saved;
        }
      } finally {
        aliases = null;
        ownAliases = null;
      }
    };
  }

  function start(name) {
    if (typeof self.lunr === "undefined" || material === null) {
      throw new Error("Pencarian: worker Material tidak termuat (" + name + ").");
    }
    install();
    ready = true;
    queue.splice(0).forEach(receive);
  }

  /*
   * Material's worker file name changes with each release. hooks/cari.py writes it into the
   * index Material sends with its first message (SETUP). It cannot travel in this script's
   * URL (main.html's "#search...." fragment): a service worker that serves this script from
   * its cache hands back a URL without the fragment. The fragment is kept for sites built
   * without hooks/cari.py (no service worker either).
   */
  function load(data) {
    var config = (data && data.config) || {};
    var name = (config.akademi && config.akademi.material) ||
      decodeURIComponent(new URL(here).hash.slice(1));
    if (!/^search\.[0-9a-f]+\.min\.js$/.test(name)) {
      throw new Error("Pencarian: nama worker Material tidak dikenal (" + name + ").");
    }
    /* Synchronous in a worker; a Promise under the iframe-worker shim (offline bundle). */
    var loading = importScripts(new URL("stemmer-id.js", here).href, new URL(name, here).href);
    if (loading && typeof loading.then === "function") {
      loading.then(function () { start(name); });
    } else {
      start(name);
    }
  }
})();
