/*
 * Slide decks (pelatih/salindia/<modul>/): reveal.js set up for a bimtek hall.
 *
 * The deck page is standalone (no Material), so this starts on DOMContentLoaded, or from
 * Material's document$ if it is ever loaded inside a Material page. It turns quiz forms into
 * voting slides (answers are fragments shown on a key press, explanations on the next slide),
 * shrinks crowded slides to fit within a legible size,
 * switches between a light and a dark projector theme, keeps everything in Indonesian
 * (controls and reveal.js's presenter window), and prints one slide per A4 landscape page.
 */
(function () {
  "use strict";

  var store = window.akademiStorage;
  var THEME = "salindia-tema";
  var NOTES_WINDOW = "reveal.js - Notes";
  var LETTERS = "ABCDEFGHIJ";
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

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function say(text) {
    var status = document.querySelector("[data-salindia-status]");
    if (status) status.textContent = text;
  }

  /* Quiz forms become a question, lettered options, and the answer as fragments. */
  function votingSlide(form) {
    var kind = form.dataset.kuisJenis;
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
    var answer = el("div", "fragment salindia-jawaban");
    answer.dataset.fragmentIndex = "1";
    var verdict = el("p", "salindia-jawaban__judul");
    answer.appendChild(verdict);
    if (kind === "isian" || kind === "urutan") {
      var steps = form.querySelectorAll(".kuis__urutan li label");
      if (steps.length) {
        var list = el("ul", "salindia-kuis__langkah");
        steps.forEach(function (label) { list.appendChild(el("li")).innerHTML = label.innerHTML; });
        box.appendChild(list);
      }
      /* The accepted answers or the right order can be as long as the question: they go on
       * the next slide. */
      var title = kind === "isian" ? "Jawaban yang diterima" : "Urutan yang benar";
      verdict.textContent = title + " ada di salindia berikutnya.";
      var accepted = key.querySelector(".kuis__kunci-daftar");
      var full = el("div");
      full.appendChild(el("p", "salindia-jawaban__judul", title + ":"));
      if (accepted) full.appendChild(accepted.cloneNode(true));
      explanationSlide(form, full, key.querySelector(".kuis__pembahasan"));
    } else {
      var right = Array.prototype.map.call(key.querySelectorAll(".kuis__kunci--benar"),
        function (item) { return item.dataset.pilihan; });
      var options = el("ol", "salindia-kuis__opsi");
      var letters = [];
      form.querySelectorAll(".kuis__opsi").forEach(function (row, index) {
        var input = row.querySelector("input");
        var item = el("li", "salindia-kuis__pilihan");
        var badge = el("span", "salindia-kuis__huruf", LETTERS.charAt(index));
        badge.setAttribute("aria-hidden", "true");
        item.appendChild(badge);
        var text = el("span", "salindia-kuis__teks");
        text.innerHTML = row.querySelector("label").innerHTML;
        item.appendChild(text);
        if (right.indexOf(input.value) !== -1) {
          item.className += " fragment salindia-tandai";
          item.dataset.fragmentIndex = "1";
          var mark = el("span", "salindia-kuis__benar", " \u2713 benar");
          item.appendChild(mark);
          letters.push(LETTERS.charAt(index));
        }
        options.appendChild(item);
      });
      box.appendChild(options);
      verdict.textContent = "Jawaban: " + letters.join(", ");
    }
    box.appendChild(answer);
    var explanation = key.querySelector(".kuis__pembahasan");
    if (explanation && kind !== "urutan" && kind !== "isian") {
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

  /* Crowded slides get smaller type, but only down to a legible size: 25 px on the 1280 x 720
   * slide is 24 px on a 1280 x 720 screen. Slides too full for that are split at build time
   * (hooks/akademi/slides.py); a slide that still does not fit shrinks further (down to 60 %)
   * rather than losing content, and is marked so tests and trainers can find it. */
  var LEGIBLE_PX = 25;
  var SMALLEST = 60;

  function measurable(section) {
    return section.querySelector(".salindia__isi");
  }

  function fits(section, body) {
    var bottom = section.clientHeight - parseFloat(getComputedStyle(section).paddingBottom);
    return body.offsetTop + body.scrollHeight <= bottom + 1 &&
      body.scrollWidth <= body.clientWidth + 1;
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

  function fit(section) {
    if (!section || section.dataset.salindiaPas) return;
    var body = measurable(section);
    if (!body) return;
    var shown = section.style.display;
    section.style.display = "block"; /* Slides away from the current one are not laid out. */
    body.style.fontSize = "";
    var size = 100;
    var legible = Math.max(SMALLEST, Math.ceil((100 * LEGIBLE_PX) / smallestText(body)));
    while (!fits(section, body) && size > SMALLEST) {
      size = Math.max(SMALLEST, size - 2.5);
      body.style.fontSize = size + "%";
    }
    section.dataset.salindiaPas = String(size);
    if (size < legible) section.dataset.salindiaTerlaluPenuh = "ya";
    else delete section.dataset.salindiaTerlaluPenuh;
    section.style.display = shown;
  }

  function refit(section) {
    if (!section) return;
    delete section.dataset.salindiaPas;
    fit(section);
  }

  function slides() {
    return document.querySelectorAll(".reveal .slides > section");
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
    var saved = store ? store.read(THEME, function (value) {
      return value === "gelap" || value === "terang";
    }) : null;
    if (saved) return saved;
    try {
      var palette = JSON.parse(localStorage.getItem(__md_scope.pathname + ".__palette"));
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
    if (store) store.write(THEME, next);
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
      /* Measure once the fonts are in; the other slides are fitted when shown or printed. */
      var fonts = document.fonts ? document.fonts.ready : Promise.resolve();
      return fonts.then(function () {
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

  if (window.document$) {
    window.document$.subscribe(start);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
