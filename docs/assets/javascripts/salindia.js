/*
 * Slide decks (pelatih/salindia/<modul>/): reveal.js set up for a bimtek hall.
 *
 * The deck page is standalone (no Material), so this starts on DOMContentLoaded, or from
 * Material's document$ if it is ever loaded inside a Material page. It turns quiz forms into
 * voting slides (answers are fragments shown on a key press, explanations on the next slide),
 * splits slides that do not fit at a legible size and shrinks crowded ones no further than that,
 * switches between a light and a dark projector theme, keeps everything in Indonesian
 * (controls and reveal.js's presenter window), and prints one slide per A4 landscape page.
 */
(function () {
  "use strict";

  var store = window.akademiStorage;
  var THEME = "salindia-tema";
  var NOTES_WINDOW = "reveal.js - Notes";
  var SPEAKER_TEXT = {
    "Loading speaker view...": "Memuat tampilan penyaji\u2026",
    "Upcoming": "Berikutnya",
    "Time": "Waktu",
    "Click to Reset": "Klik untuk mengulang",
    "Pacing \u2013 Time to finish current slide": "Sisa waktu untuk salindia ini",
    "Notes": "Catatan pelatih",
    "Default": "Standar",
    "Wide": "Lebar",
    "Tall": "Tinggi",
    "Notes only": "Catatan saja"
  };

  var el = store.el;

  function say(text) {
    var status = document.querySelector("[data-salindia-status]");
    if (status) status.textContent = text;
  }

  /* Quiz forms become a question, what to choose from, and the answer as a fragment; how each
   * kind shows is in kuis-jenis.js. */
  function votingSlide(form) {
    var key = form.querySelector(".kuis__kunci");
    var box = el("div", "salindia-kuis");
    var legend = form.querySelector(".kuis__pertanyaan");
    var question = el("div", "salindia-kuis__soal");
    if (legend) question.innerHTML = legend.innerHTML;
    box.appendChild(question);
    var context = form.querySelector(".kuis__konteks");
    if (context) box.appendChild(context.cloneNode(true));
    var hint = form.querySelector(".kuis__petunjuk");
    if (hint) box.appendChild(el("p", "salindia-kuis__petunjuk", hint.textContent));
    var slide = window.akademiKuisJenis.of(form).slide(form);
    if (slide.shown) box.appendChild(slide.shown);
    var answer = el("div", "fragment salindia-jawaban");
    answer.dataset.fragmentIndex = "1";
    answer.appendChild(el("p", "salindia-jawaban__judul", slide.verdict));
    box.appendChild(answer);
    var explanation = key.querySelector(".kuis__pembahasan");
    if (slide.keySlide) {
      explanationSlide(form, slide.keySlide, explanation);
    } else if (explanation) {
      explanationSlide(form, answer, explanation);
    }
    form.replaceWith(box);
  }

  /* The explanation gets a slide of its own after the question: with it, most questions
   * would not fit at a legible size. */
  function explanationSlide(form, answer, explanation) {
    var section = form.closest("section");
    if (!section) return;
    var number = /\d+/.exec((form.querySelector(".kuis__nomor") || {}).textContent || "");
    var slide = el("section", "salindia--pembahasan");
    slide.dataset.salindiaJenis = "pembahasan";
    slide.appendChild(el("h2", "", "Pembahasan" + (number ? " soal " + number[0] : "")));
    var body = el("div", "salindia__isi md-typeset");
    answer.querySelectorAll(".salindia-jawaban__judul, .kuis__kunci-daftar").forEach(function (part) {
      if (!/di salindia berikutnya/.test(part.textContent)) body.appendChild(part.cloneNode(true));
    });
    if (explanation) body.appendChild(explanation.cloneNode(true));
    slide.appendChild(body);
    section.after(slide);
  }

  /* Every slide is shown at a legible size: its text is never scaled under 25 px on the
   * 1280 x 720 slide (24 px on a 1280 x 720 screen). The build splits long sections
   * (hooks/akademi/slides.py) by an estimate; fonts differ between laptops, so a slide that
   * still does not fit at that size is split here, once, by measuring it: what does not fit
   * moves to a "(lanjutan)" slide after it, at the last list item, table row (header
   * repeated), block or sentence that fits. Slides with room to spare are never enlarged;
   * crowded ones shrink only down to the legible size. */
  var LEGIBLE_PX = 25;
  /* Never cut inside these: a cell, an answer shown on a key press, a figure, a heading; code
   * only between its lines. */
  var WHOLE_TEXT = "td, th, summary, .fragment, figure, svg, h1, h2, h3, h4, h5, h6";
  var WHOLE = WHOLE_TEXT + ", pre";
  /* Containers whose children may go to the next slide (unless laid out in a row), and the
   * blocks that may start it. */
  var DIVISIBLE = /^(UL|OL|LI|TABLE|TBODY|BLOCKQUOTE|DL|DD|DIV|DETAILS)$/;
  var BLOCKS = /^(P|UL|OL|LI|DL|DT|DD|TABLE|TR|DIV|BLOCKQUOTE|PRE|H[3-6]|FIGURE|DETAILS|HR)$/;
  /* Parts that head their container and are repeated on the next slide, never left alone. */
  var HEADS = /^(THEAD|CAPTION|COLGROUP|SUMMARY)$/;
  var LEAD_IN = /^H[3-6]$/;

  function measurable(section) {
    return section.querySelector(".salindia__isi");
  }

  function bottomLimit(section) {
    return section.clientHeight - parseFloat(getComputedStyle(section).paddingBottom);
  }

  function fitsDown(section, body) {
    return body.offsetTop + body.scrollHeight <= bottomLimit(section) + 1;
  }

  function fits(section, body) {
    return fitsDown(section, body) && body.scrollWidth <= body.clientWidth + 1;
  }

  function smallestText(body) {
    var smallest = Infinity;
    body.querySelectorAll("*").forEach(function (node) {
      var hasText = Array.prototype.some.call(node.childNodes, function (child) {
        return child.nodeType === 3 && child.nodeValue.trim();
      });
      if (hasText) smallest = Math.min(smallest, parseFloat(getComputedStyle(node).fontSize));
    });
    return smallest;
  }

  /* The smallest font size (in % of the normal one) that keeps every text legible. */
  function legibleSize(body) {
    body.style.fontSize = "";
    return Math.min(100, Math.ceil((100 * LEGIBLE_PX) / smallestText(body)));
  }

  /* Lay out a slide away from the current one (those are not laid out) while measuring. */
  function measuring(section, work) {
    var shown = section.style.display;
    section.style.display = "block";
    try {
      return work();
    } finally {
      section.style.display = shown;
    }
  }

  function fit(section) {
    if (!section || section.dataset.salindiaPas) return;
    var body = measurable(section);
    if (!body) return;
    measuring(section, function () {
      body.style.fontSize = "";
      var size = 100;
      if (!fits(section, body)) {
        var legible = legibleSize(body);
        while (!fits(section, body) && size > legible) {
          size = Math.max(legible, size - 2.5);
          body.style.fontSize = size + "%";
        }
      }
      section.dataset.salindiaPas = String(size);
      /* Marked so that tests and trainers can find it; nothing is ever made smaller. */
      if (fits(section, body)) delete section.dataset.salindiaTerlaluPenuh;
      else section.dataset.salindiaTerlaluPenuh = "ya";
    });
  }

  function refit(section) {
    if (!section) return;
    delete section.dataset.salindiaPas;
    fit(section);
  }

  /* Where a slide may be cut: before a block, a list item or a table row. */
  function cutPoints(body) {
    var points = [];
    (function walk(node) {
      Array.prototype.forEach.call(node.children, function (child) {
        if (BLOCKS.test(child.tagName) && !child.matches(".admonition-title")) points.push(child);
        if (DIVISIBLE.test(child.tagName) && !child.matches(WHOLE) && !inRow(child)) walk(child);
      });
    })(body);
    return points;
  }

  function inRow(node) {
    return /flex|grid/.test(getComputedStyle(node).display);
  }

  /* Is there content (not only headings or a table header) before this point? */
  function hasContentBefore(point, body) {
    for (var node = point; node !== body; node = node.parentElement) {
      for (var before = node.previousElementSibling; before; before = before.previousElementSibling) {
        if (!HEADS.test(before.tagName) && !isLeadIn(before)) return true;
      }
    }
    return false;
  }

  function isLeadIn(node) {
    if (LEAD_IN.test(node.tagName) || node.matches(".admonition-title, .salindia-kuis__soal")) {
      return true;
    }
    if (node.tagName !== "P") return false;
    var text = node.textContent.trim();
    var strong = node.children.length === 1 && node.children[0].tagName === "STRONG" &&
      node.children[0].textContent.trim() === text;
    return strong || /:$/.test(text);
  }

  function cutBeforeElement(section, body, limit, layoutTop) {
    var chosen = null;
    cutPoints(body).forEach(function (point) {
      if (layoutTop(point.getBoundingClientRect().top) <= limit && hasContentBefore(point, body)) {
        chosen = point;
      }
    });
    /* A heading or a lead-in ("... berikut:") never ends a slide: it moves along. */
    while (chosen && chosen.previousElementSibling && isLeadIn(chosen.previousElementSibling) &&
      hasContentBefore(chosen.previousElementSibling, body)) {
      chosen = chosen.previousElementSibling;
    }
    return chosen;
  }

  /* The last sentence end in a paragraph (or line end in code) that is still in the box. */
  function cutAfterSentence(body, limit, layoutTop) {
    var walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    var range = document.createRange();
    var found = null;
    var node;
    while ((node = walker.nextNode())) {
      if (node.parentElement.closest(WHOLE_TEXT)) continue;
      var code = node.parentElement.closest("pre");
      /* Code lines may each be a text node of their own (with line anchors between). */
      var ends = code ? /[^\n]\n+/g : /[.!?;:]["'\u201d\u2019)]*\s+(?=\S)/g;
      var match;
      while ((match = ends.exec(node.nodeValue))) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + 1);
        var mark = range.getBoundingClientRect();
        if (!mark.height) continue;
        if (layoutTop(mark.bottom) > limit) return found;
        found = { node: node, offset: match.index + match[0].length };
      }
    }
    return found;
  }

  /* Repairs the parts of the cut that were cloned: numbered lists go on counting, tables
   * repeat their header, boxes their title, quizzes their question number. */
  function continueParts(originals, copies) {
    originals.forEach(function (original, index) {
      var copy = copies[index];
      if (!copy) return;
      if (original.tagName === "OL") {
        var kept = Array.prototype.filter.call(original.children, function (child) {
          return child.tagName === "LI";
        }).length;
        var partial = copies[index + 1] && originals[index + 1].tagName === "LI";
        var start = parseInt(original.getAttribute("start") || "1", 10);
        copy.setAttribute("start", String(start + kept - (partial ? 1 : 0)));
      } else if (original.tagName === "LI") {
        copy.style.listStyleType = "none";
      } else if (original.tagName === "TABLE") {
        Array.prototype.slice.call(original.children).reverse().forEach(function (part) {
          if (part.tagName === "THEAD" || part.tagName === "COLGROUP") {
            copy.insertBefore(part.cloneNode(true), copy.firstChild);
          }
        });
      } else if (original.tagName === "DETAILS") {
        var summary = original.querySelector(":scope > summary");
        if (summary) {
          var more = summary.cloneNode(true);
          more.appendChild(document.createTextNode(" (lanjutan)"));
          copy.insertBefore(more, copy.firstChild);
        }
      } else if (original.matches(".admonition")) {
        var title = original.querySelector(":scope > .admonition-title");
        if (title) copy.insertBefore(title.cloneNode(true), copy.firstChild);
      } else if (original.matches(".salindia-kuis")) {
        var number = original.querySelector(".kuis__nomor");
        if (number) {
          var label = el("div", "salindia-kuis__soal");
          label.appendChild(number.cloneNode(true));
          copy.insertBefore(label, copy.firstChild);
        }
      }
    });
  }

  function rowAround(node, body) {
    for (node = node && node.parentElement; node && node !== body; node = node.parentElement) {
      if (inRow(node)) return true;
    }
    return false;
  }

  /* Moves what does not fit to a new slide after this one; false when nothing can move. */
  function cut(section, body) {
    var limit = bottomLimit(section);
    var box = section.getBoundingClientRect();
    var scale = box.height / section.offsetHeight || 1;
    var layoutTop = function (y) { return (y - box.top) / scale; };
    var start = document.createRange();
    var element = cutBeforeElement(section, body, limit, layoutTop);
    var sentence = cutAfterSentence(body, limit, layoutTop);
    /* A long paragraph is cut after a sentence rather than leaving half the slide empty; a
     * quiz option only when nothing else can move. */
    var roomy = element && !rowAround(sentence && sentence.node, body) &&
      layoutTop(element.getBoundingClientRect().top) < body.offsetTop + (limit - body.offsetTop) / 2;
    if (sentence && (!element || (roomy &&
      element.compareDocumentPosition(sentence.node) & Node.DOCUMENT_POSITION_FOLLOWING))) {
      start.setStart(sentence.node, sentence.offset);
    } else if (element) {
      start.setStartBefore(element);
    } else {
      return false;
    }
    var originals = [];
    for (var node = start.startContainer; node !== body; node = node.parentNode) {
      if (node.nodeType === 1) originals.unshift(node);
    }
    start.setEndAfter(body.lastChild);
    var rest = start.extractContents();
    var copies = [];
    for (var copy = rest.firstElementChild; copies.length < originals.length && copy;
      copy = copy.firstElementChild) {
      copies.push(copy);
    }
    continueParts(originals, copies);
    var next = section.cloneNode(false);
    /* reveal.js sets the state of the new slide when it is synced. */
    next.removeAttribute("style");
    delete next.dataset.salindiaPas;
    delete next.dataset.salindiaTerlaluPenuh;
    var title = section.querySelector("h2").cloneNode(true);
    if (!title.querySelector(".salindia__lanjutan")) {
      title.appendChild(document.createTextNode(" "));
      title.appendChild(el("span", "salindia__lanjutan", "(lanjutan)"));
    }
    var nextBody = body.cloneNode(false);
    nextBody.style.fontSize = "";
    nextBody.appendChild(rest);
    next.appendChild(title);
    next.appendChild(nextBody);
    section.after(next);
    return true;
  }

  /* Split every slide that does not fit at the legible size, "Contoh jawaban" boxes open (a box
   * cut in two is closed again on both slides). */
  function splitToFit() {
    var split = false;
    var section = document.querySelector(".reveal .slides > section");
    for (; section; section = section.nextElementSibling) {
      var body = measurable(section);
      if (!body) continue;
      measuring(section, function () {
        var closed = Array.prototype.filter.call(body.querySelectorAll("details"), function (box) {
          return !box.open;
        });
        closed.forEach(function (box) {
          box.dataset.salindiaDibuka = "ukur";
          box.open = true;
        });
        body.style.fontSize = "";
        if (!fitsDown(section, body)) {
          body.style.fontSize = legibleSize(body) + "%";
          while (!fitsDown(section, body) && cut(section, body)) split = true;
        }
        body.style.fontSize = "";
        document.querySelectorAll(".reveal details[data-salindia-dibuka]").forEach(function (box) {
          delete box.dataset.salindiaDibuka;
          box.open = false;
        });
      });
    }
    return split;
  }

  function slides() {
    return document.querySelectorAll(".reveal .slides > section");
  }

  /* Every figure of the deck, loaded now (a lazy one on a hidden slide would never load), or
   * after three seconds at most: a figure that never answers must not keep the deck closed. */
  function figuresLoaded() {
    var loads = Array.prototype.map.call(document.querySelectorAll(".reveal img"),
      function (image) {
        if (image.complete) return null;
        var loaded = new Promise(function (done) {
          image.addEventListener("load", done, { once: true });
          image.addEventListener("error", done, { once: true });
        });
        image.loading = "eager";
        return loaded;
      });
    var patience = new Promise(function (done) { setTimeout(done, 3000); });
    return Promise.race([Promise.all(loads), patience]);
  }

  function fitAll() {
    slides().forEach(fit);
  }

  /* Only the current slide can be reached with Tab or by a screen reader. */
  function onlyCurrentReachable(deck) {
    var current = deck.getCurrentSlide();
    document.querySelectorAll(".reveal .slides > section").forEach(function (section) {
      var hidden = section !== current && !deck.isOverview();
      section.inert = hidden;
    });
  }

  function preferredTheme() {
    var saved = store.read(THEME, function (value) {
      return value === "gelap" || value === "terang";
    });
    if (saved) return saved;
    try {
      var palette = JSON.parse(localStorage.getItem(store.scope().pathname + ".__palette"));
      if (palette && palette.color && palette.color.scheme) {
        return palette.color.scheme === "slate" ? "gelap" : "terang";
      }
    } catch (error) {
      /* No stored palette: follow the system. */
    }
    return window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches
      ? "gelap" : "terang";
  }

  function applyTheme(theme) {
    document.documentElement.dataset.salindiaTema = theme;
    var button = document.querySelector("[data-salindia-aksi='tema']");
    if (button) button.setAttribute("aria-pressed", theme === "gelap" ? "true" : "false");
  }

  function toggleTheme() {
    var next = document.documentElement.dataset.salindiaTema === "gelap" ? "terang" : "gelap";
    applyTheme(next);
    store.write(THEME, next);
    say(next === "gelap" ? "Tema gelap aktif." : "Tema terang aktif.");
  }

  /* reveal.js's presenter window is English; translate it when it opens. */
  function translate(win) {
    var doc = win.document;
    if (!doc || !doc.body) return;
    var title = "Tampilan penyaji \u2013 " + document.title;
    /* Only write what differs: every write wakes the observer that calls this again. */
    if (doc.documentElement.lang !== "id") doc.documentElement.lang = "id";
    if (doc.title !== title) doc.title = title;
    var walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      var text = node.nodeValue.trim();
      if (SPEAKER_TEXT[text]) {
        node.nodeValue = node.nodeValue.replace(text, SPEAKER_TEXT[text]);
      } else if (/^Layout(: |$)/.test(text)) {
        var name = text.replace(/^Layout:? ?/, "");
        node.nodeValue = "Tata letak" + (name ? ": " + (SPEAKER_TEXT[name] || name) : "");
      } else if (/^Error connecting/.test(text) || /^Please try closing/.test(text)) {
        node.nodeValue = "Tidak tersambung ke salindia. Tutup jendela ini, lalu tekan S lagi.";
      } else if (/^Cross origin error/.test(text) || /^The speaker window can only/.test(text)) {
        node.nodeValue = "Tampilan penyaji hanya dapat dibuka dari salindia yang sama.";
      }
    }
  }

  function watchPresenter(win) {
    var tries = 0;
    (function ready() {
      if (win.closed) return;
      /* The plugin writes the presenter page right after opening the window. */
      if (!win.document || !win.document.querySelector("#speaker-controls")) {
        if (tries++ < 100) setTimeout(ready, 50);
        return;
      }
      var style = win.document.createElement("style");
      style.textContent = ".clock { display: none; } body { font-family: system-ui, sans-serif; }";
      win.document.head.appendChild(style);
      translate(win);
      var busy = false;
      new win.MutationObserver(function () {
        if (busy) return;
        busy = true;
        translate(win);
        busy = false;
      }).observe(win.document.documentElement,
        { subtree: true, childList: true, characterData: true });
    })();
  }

  function openPresenter(deck) {
    var notes = deck.getPlugin("notes");
    if (!notes) return;
    notes.open();
    say("Tampilan penyaji dibuka di jendela baru.");
  }

  function toggleFullscreen() {
    var root = document.documentElement;
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else if (root.requestFullscreen) {
      root.requestFullscreen().catch(function () {
        say("Peramban menolak layar penuh. Tekan F11.");
      });
    }
  }

  function translateControls() {
    var labels = {
      ".navigate-left": "Salindia sebelumnya",
      ".navigate-right": "Salindia berikutnya",
      ".navigate-up": "Salindia di atas",
      ".navigate-down": "Salindia di bawah"
    };
    Object.keys(labels).forEach(function (selector) {
      document.querySelectorAll(".reveal .controls " + selector).forEach(function (button) {
        button.setAttribute("aria-label", labels[selector]);
      });
    });
    var progress = document.querySelector(".reveal .progress");
    if (progress) progress.setAttribute("aria-hidden", "true");
  }

  function start() {
    var root = document.querySelector(".reveal");
    if (!root || root.dataset.salindiaSiap || !window.Reveal) return;
    root.dataset.salindiaSiap = "ya";
    var receiver = /receiver/.test(location.search);
    if (receiver) document.documentElement.classList.add("salindia--penerima");
    applyTheme(preferredTheme());
    document.querySelectorAll(".reveal form.kuis").forEach(votingSlide);

    /* Capture reveal.js's presenter window to translate it. */
    var nativeOpen = window.open;
    window.open = function (url, name) {
      var win = nativeOpen.apply(window, arguments);
      if (win && name === NOTES_WINDOW) watchPresenter(win);
      return win;
    };

    var deck = new Reveal(root, {
      hash: true,
      respondToHashChanges: true,
      width: 1280,
      height: 720,
      margin: 0.04,
      center: false,
      controls: true,
      controlsTutorial: false,
      progress: true,
      slideNumber: "c/t",
      showSlideNumber: "all",
      help: false,
      transition: "none",
      backgroundTransition: "none",
      pdfSeparateFragments: false,
      keyboard: {
        70: toggleFullscreen,
        74: function () { deck.nextFragment(); },
        83: function () { openPresenter(deck); },
        84: toggleTheme
      },
      plugins: [window.RevealNotes]
    });
    deck.initialize().then(function () {
      translateControls();
      onlyCurrentReachable(deck);
      /* Measure once the fonts and figures are in (a figure's height is unknown until it has
       * loaded); the other slides are fitted when shown or printed. */
      var fonts = document.fonts ? document.fonts.ready : Promise.resolve();
      return Promise.all([fonts, figuresLoaded()]).then(function () {
        if (splitToFit()) {
          deck.sync();
          /* The address names a slide by its number in the split deck. */
          var asked = /^#\/(\d+)/.exec(location.hash);
          if (asked) deck.slide(Number(asked[1]));
          onlyCurrentReachable(deck);
        }
        fit(deck.getCurrentSlide());
        document.documentElement.classList.add("salindia--siap");
      });
    });
    deck.on("slidechanged", function (event) {
      fit(event.currentSlide);
      onlyCurrentReachable(deck);
      say("Salindia " + (deck.getIndices().h + 1) + " dari " + deck.getTotalSlides());
    });
    deck.on("overviewshown", function () { onlyCurrentReachable(deck); });
    deck.on("overviewhidden", function () { onlyCurrentReachable(deck); });
    window.addEventListener("beforeprint", fitAll);
    /* A new window size may change the fonts' rendering: measure again. */
    window.addEventListener("resize", function () {
      slides().forEach(function (section) { delete section.dataset.salindiaPas; });
      fit(deck.getCurrentSlide());
    });
    /* Opening a "Contoh jawaban" box adds content: fit the slide again. */
    root.addEventListener("toggle", function (event) {
      refit(event.target.closest && event.target.closest(".reveal .slides > section"));
    }, true);

    document.querySelectorAll("[data-salindia-aksi]").forEach(function (button) {
      button.addEventListener("click", function () {
        var action = button.dataset.salindiaAksi;
        if (action === "penyaji") openPresenter(deck);
        else if (action === "layar-penuh") toggleFullscreen();
        else if (action === "tema") toggleTheme();
        else if (action === "cetak") window.print();
      });
    });
    window.akademiSalindia = deck;
  }

  store.onPage("salindia", start);
})();
