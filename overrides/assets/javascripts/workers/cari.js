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

  /* Glossary synonyms (config.akademi.sinonim, written by hooks/cari.py): groups of terms. */
  function synonymTable(groups, stem) {
    var single = new Map();
    var phrases = [];
    (Array.isArray(groups) ? groups : []).forEach(function (group) {
      if (!Array.isArray(group)) return;
      var terms = group.map(function (term) {
        return String(term).toLowerCase().split(/[\s-]+/).map(trim).filter(Boolean);
      }).filter(function (words) { return words.length; });
      terms.forEach(function (words, i) {
        var others = terms.filter(function (_, j) { return j !== i; });
        if (words.length === 1) {
          var key = stem(words[0]);
          single.set(key, (single.get(key) || []).concat(others));
        } else {
          phrases.push({ words: words, others: others });
        }
      });
    });
    return { single: single, phrases: phrases };
  }

  function prepare(data) {
    var S = self.akademiStemmer;
    var config = data.config;
    var stem = S.createStemmer(S.knownRoots(config.akademi && config.akademi.akar));
    language = {
      S: S,
      stem: stem,
      forms: new Map(),
      synonyms: null,
      index: null,
      readingIndex: null,
    };
    language.synonyms = synonymTable(config.akademi && config.akademi.sinonim, stem);
    /* Our three functions replace the English ones by name, whatever mkdocs.yml says. */
    config.pipeline = ["trimmer", "stopWordFilter", "stemmer"];
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
  var aliases = null;

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

  /* The search terms one typed word stands for, most specific first. */
  function variants(word, wildcard) {
    var terms = [word + (wildcard ? "*" : "")];
    var add = function (term) {
      if (term && terms.indexOf(term) === -1) terms.push(term);
    };
    if (!/^[\p{L}\p{N}-]+$/u.test(word)) return terms;
    var root = language.stem(word);
    if (!language.S.STOP_WORDS.has(word)) add(root);
    (language.synonyms.single.get(root) || []).forEach(function (words) {
      words.forEach(function (synonym) { add(synonym + "*"); });
    });
    (phraseExtras.get(word) || []).forEach(function (synonym) { add(synonym + "*"); });
    if (!wildcard || word.length < 5 || exists(terms[0]) || exists(root)) return terms;
    /* Neither the word nor its root is in the index: try the roots it could come from. */
    language.S.readings(word).forEach(function (flags, reading) {
      if (!flags.strong || reading.length < 4) return;
      if (exists(reading)) add(reading);
      byReading(reading).forEach(add);
    });
    return terms;
  }

  function queryTerms(token) {
    var text = token.toString();
    var wildcard = /^[^*]+\*$/.test(text);
    var word = wildcard ? text.slice(0, -1) : text;
    if (!language || word.indexOf("*") !== -1) return token;
    var terms = variants(word, wildcard).filter(function (term, i) {
      return i === 0 || exists(term);
    });
    if (terms.length > 1 && !exists(terms[0])) terms.shift();
    if (aliases) {
      terms.forEach(function (term) {
        if (!aliases.has(term)) aliases.set(term, new Set());
        aliases.get(term).add(word);
      });
    }
    return terms.map(function (term) {
      return token.clone(function () { return term; });
    });
  }

  /* Multi-word synonyms: "content calendar" also searches "kalender" and "konten". */
  function findPhrases(queryString) {
    phraseExtras = new Map();
    var words = queryString.toLowerCase().split(/\s+/).map(function (part) {
      return trim(part.replace(/^[+-]/, "").replace(/[*~^].*$/, ""));
    });
    var stems = words.map(function (word) { return word && language.stem(word); });
    language.synonyms.phrases.forEach(function (phrase) {
      var length = phrase.words.length;
      var wanted = phrase.words.map(language.stem);
      for (var start = 0; start + length <= words.length; start++) {
        var match = wanted.every(function (stem, i) { return stems[start + i] === stem; });
        if (!match) continue;
        var extra = [].concat.apply([], phrase.others);
        words.slice(start, start + length).forEach(function (word) {
          phraseExtras.set(word, (phraseExtras.get(word) || []).concat(extra));
        });
      }
    });
  }

  /*
   * After a query: drop positions that two variants of one word both matched (the word and
   * its root share a position, and Material would wrap it in <mark> twice), and list each
   * typed word that matched through a variant, so Material counts it as found.
   */
  function reconcile(results, seenAliases) {
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
        seenAliases.forEach(function (typedWords, variant) {
          var prefix = variant.slice(-1) === "*";
          var base = prefix ? variant.slice(0, -1) : variant;
          if (prefix ? term.indexOf(base) === 0 : term === base) {
            typedWords.forEach(function (word) { found.add(word); });
          }
        });
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
    (language.synonyms.single.get(roots[0]) || []).forEach(function (words) {
      if (words.length === 1) roots.push(language.stem(words[0]));
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
      }
    };

    var query = lunr.Index.prototype.query;
    lunr.Index.prototype.query = function (fn) {
      if (!language) return query.call(this, fn);
      var seen = (aliases = new Map());
      try {
        return reconcile(query.call(this, fn), seen);
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
