/*
 * Quiz behaviour: check answers, give feedback, keep score, remember answers.
 *
 * The page already holds everything (questions, inputs, and the answer key in a <details>),
 * so without JavaScript the quiz is still readable. This script only enhances it. It starts
 * from Material's document$ so it runs again after instant navigation. The short-answer rule
 * (normalize) also runs under Node (module.exports) for the shared test vectors.
 */
(function (root) {
  "use strict";

  /* Copied along with text, never meant: soft hyphen, zero-width spaces and joiners, BOM. */
  var INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
  var SPACES = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
  var TRAILING = /[ .,;:!?]+$/;
  var CHEROKEE = /[\u13a0-\u13fd\uab70-\uabbf]/;

  /* Unicode full case folding, as Python's str.casefold(). Letter by letter, so no final-sigma
   * rule applies; upper then lower case folds every letter ("ß" -> "SS" -> "ss") except dotless
   * ı (folds to itself), capital ẞ (to "ss") and Cherokee (folds to its capitals). */
  function fold(text) {
    return Array.from(text, function (letter) {
      if (letter === "\u0131") return letter;
      if (CHEROKEE.test(letter)) return letter.toUpperCase();
      return letter.toUpperCase().toLowerCase().replace("\u00df", "ss");
    }).join("");
  }

  /* The short-answer rule of hooks/akademi/quiz.py (normalize_answer), step for step:
   * tests/data/isian-vectors.json checks both. */
  function normalize(text) {
    var plain = text.replace(INVISIBLE, "").normalize("NFKC");
    return fold(plain).normalize("NFKC").replace(SPACES, " ").replace(TRAILING, "")
      .replace(/^ /, "");
  }

  var api = { normalize: normalize };
  root.akademiKuis = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  if (typeof document === "undefined") return;

  var store = root.akademiStorage;
  var ANSWERS = "kuis";
  var SCORES = "skor";
  var MARGIN = 8; /* px kept free between a revealed verdict and the screen's edges */

  function validAnswers(data) {
    return store.isPlainObject(data);
  }

  /* Answers of this browsing session; storage only persists them when it can. */
  var answers = {};

  function loadAnswers() {
    answers = store.read(ANSWERS, validAnswers) || answers;
    return answers;
  }

  function savedAnswer(all, qid) {
    var entry = all[qid];
    if (!store.isPlainObject(entry) || !Array.isArray(entry.jawaban)) return null;
    return entry.jawaban.every(function (value) { return typeof value === "string"; })
      ? entry.jawaban : null;
  }

  var el = store.el;

  var kinds = root.akademiKuisJenis;

  /* On a retry (mustChange) the order always changes, so a remembered position is no help;
   * two items (benar/salah) carry no position hint, so they stay random. */
  function shuffle(container, selector, mustChange) {
    var items = Array.prototype.slice.call(container.querySelectorAll(selector));
    var before = items.slice();
    do {
      store.shuffle(items);
    } while (mustChange && items.length > 2 &&
      items.every(function (item, index) { return item === before[index]; }));
    items.forEach(function (item) { container.appendChild(item); });
  }

  function shuffleQuestion(form, mustChange) {
    kinds.of(form).shuffle(form, mustChange, shuffle);
  }

  function showFeedback(form, answer, correct) {
    var box = form.querySelector(".kuis__umpan");
    var key = form.querySelector(".kuis__kunci");
    box.replaceChildren();
    var verdict = el("p", "kuis__vonis kuis__vonis--" + (correct ? "benar" : "salah"));
    verdict.appendChild(el("span", "kuis__ikon", correct ? "\u2713" : "\u2717"))
      .setAttribute("aria-hidden", "true");
    verdict.appendChild(document.createTextNode(
      correct ? " Benar! Jawaban Anda tepat." : " Belum tepat. Baca umpan balik dan pembahasannya."
    ));
    box.appendChild(verdict);
    kinds.of(form).feedback(form, answer).forEach(function (feedback) {
      var copy = feedback.cloneNode(true);
      copy.hidden = false;
      box.appendChild(copy);
    });
    var explanation = key.querySelector(".kuis__pembahasan");
    if (explanation) box.appendChild(explanation.cloneNode(true));
    key.hidden = false;
    form.classList.toggle("kuis--benar", correct);
    form.classList.toggle("kuis--salah", !correct);
  }

  /* The feedback grows above the next question; the browser's scroll anchoring would keep
   * that question still and push the answer and the verdict up out of view. Undo that shift,
   * then reveal the verdict and the running score with as little movement as possible. */
  function keepInView(form, area, topBefore) {
    var shift = area.getBoundingClientRect().top - topBefore;
    if (shift) window.scrollBy({ top: shift, behavior: "instant" });
    var header = document.querySelector(".md-header");
    var top = (header ? header.getBoundingClientRect().bottom : 0) + MARGIN;
    var bottom = window.innerHeight - MARGIN;
    var verdict = form.querySelector(".kuis__vonis");
    var summary = form.querySelector(".kuis__ringkasan") || verdict;
    if (verdict.getBoundingClientRect().top < top) {
      window.scrollBy({ top: verdict.getBoundingClientRect().top - top, behavior: "instant" });
      return;
    }
    // The verdict must show; the running score too, unless it would push the answer away.
    var needed = verdict.getBoundingClientRect().bottom - bottom;
    var wanted = summary.getBoundingClientRect().bottom - bottom;
    var room = area.getBoundingClientRect().top - top;
    var distance = Math.max(needed, Math.min(wanted, room));
    if (distance > 0) window.scrollBy({ top: distance, behavior: "instant" });
  }

  function clearFeedback(form) {
    form.querySelector(".kuis__umpan").replaceChildren();
    form.querySelector(".kuis__kunci").hidden = true;
    form.classList.remove("kuis--benar", "kuis--salah");
  }

  /* Right, wrong and unanswered questions of the page from the saved answers. */
  function tally(forms, answers) {
    var result = { answered: 0, right: 0, total: forms.length };
    forms.forEach(function (form) {
      var entry = answers[form.dataset.kuisId];
      if (entry && savedAnswer(answers, form.dataset.kuisId)) {
        result.answered += 1;
        if (entry.benar === true) result.right += 1;
      }
    });
    return result;
  }

  /* The page's question set: score panel and saved results. Returns the status sentence. */
  function updateScore(forms, answers) {
    var panel = document.querySelector(".kuis-skor");
    if (!panel) return "";
    var count = tally(forms, answers);
    var passMark = Number(panel.dataset.kuisLulus) || 70;
    var percent = Math.round((count.right / count.total) * 100);
    panel.hidden = false;
    panel.querySelector("[data-kuis-benar]").textContent = String(count.right);
    panel.querySelector("[data-kuis-terjawab]").textContent = String(count.answered);
    panel.querySelector("[data-kuis-ulang]").hidden = count.answered === count.right;
    var status = panel.querySelector("[data-kuis-status]");
    var heading = panel.querySelector("[data-kuis-judul]");
    panel.classList.remove("kuis-skor--lulus", "kuis-skor--belum");
    if (count.answered < count.total) {
      heading.textContent = "Hasil kuis";
      status.textContent = "Nilai lulus " + passMark + "%. Jawab semua soal untuk melihat hasilnya.";
      return status.textContent;
    }
    var passed = percent >= passMark;
    panel.classList.add(passed ? "kuis-skor--lulus" : "kuis-skor--belum");
    heading.textContent = passed ? "Hasil kuis: Anda lulus" : "Hasil kuis: belum lulus";
    status.textContent = passed
      ? "Selamat, Anda lulus dengan nilai " + percent + "% (nilai lulus " + passMark + "%)."
      : "Nilai Anda " + percent + "%, belum mencapai nilai lulus " + passMark +
        "%. Pelajari pembahasannya, lalu klik \u201cCoba lagi\u201d.";
    recordScore(count.right, count.total, percent, passed);
    return status.textContent;
  }

  /* The running score under the verdict just given, so nobody has to scroll to the end of a
   * long page to see it; only the latest checked question carries it. */
  function showSummary(form, forms, answers, status) {
    document.querySelectorAll(".kuis__ringkasan").forEach(function (old) { old.remove(); });
    if (!document.querySelector(".kuis-skor")) return;
    var count = tally(forms, answers);
    var summary = el("p", "kuis__ringkasan", "Skor sementara: " + count.right + " dari " +
      count.total + " benar, " + count.answered + " soal dijawab. ");
    if (count.answered === count.total) summary.textContent = status + " ";
    var link = el("a", "", "Lihat hasil kuis");
    link.href = "#kuis-skor-judul";
    summary.appendChild(link);
    var verdict = form.querySelector(".kuis__vonis");
    verdict.parentNode.insertBefore(summary, verdict.nextSibling);
  }

  function recordScore(right, total, percent, passed) {
    var page = store.pageKey();
    var scores = store.read(SCORES, store.isPlainObject) || {};
    var previous = store.isPlainObject(scores[page]) ? scores[page] : {};
    var best = typeof previous.terbaik === "number" ? Math.max(previous.terbaik, percent) : percent;
    scores[page] = {
      benar: right, jumlah: total, persen: percent, lulus: passed || previous.lulus === true,
      terbaik: best, waktu: new Date().toISOString()
    };
    store.write(SCORES, scores);
    document.dispatchEvent(new CustomEvent("akademi:skor"));
  }

  function setUp(form, answers, forms) {
    if (form.dataset.kuisSiap) return;
    form.dataset.kuisSiap = "ya";
    form.classList.add("kuis--js");
    form.querySelector(".kuis__kunci").hidden = true;
    form.querySelector(".kuis__aksi").hidden = false;
    shuffleQuestion(form, false);

    var saved = savedAnswer(answers, form.dataset.kuisId);
    var kind = kinds.of(form);
    if (saved) {
      kind.write(form, saved);
      showFeedback(form, saved, kind.check(form, saved));
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var answer = kind.read(form);
      if (!answer.length) {
        clearFeedback(form);
        form.querySelector(".kuis__umpan").appendChild(el("p", "kuis__vonis", kind.empty));
        return;
      }
      var correct = kind.check(form, answer);
      var area = kind.area(form);
      var topBefore = area.getBoundingClientRect().top;
      showFeedback(form, answer, correct);
      var all = loadAnswers();
      all[form.dataset.kuisId] = { jawaban: answer, benar: correct, waktu: new Date().toISOString() };
      store.write(ANSWERS, all);
      showSummary(form, forms, all, updateScore(forms, all));
      keepInView(form, area, topBefore);
    });
  }

  /* "Coba lagi" (keepRight) clears only the questions answered wrongly; "Ulangi semua soal"
   * clears every question. Cleared questions get their options in a new order. */
  function reset(forms, keepRight) {
    var all = loadAnswers();
    var cleared = forms.filter(function (form) {
      var entry = all[form.dataset.kuisId];
      return !(keepRight && entry && entry.benar === true);
    });
    cleared.forEach(function (form) {
      delete all[form.dataset.kuisId];
      form.reset();
      clearFeedback(form);
      shuffleQuestion(form, true);
    });
    document.querySelectorAll(".kuis__ringkasan").forEach(function (old) { old.remove(); });
    store.write(ANSWERS, all);
    updateScore(forms, all);
    if (cleared[0]) cleared[0].querySelector("input, select").focus();
  }

  function start() {
    var forms = Array.prototype.slice.call(document.querySelectorAll("form.kuis"));
    if (!forms.length) return;
    var answers = loadAnswers();
    forms.forEach(function (form) { setUp(form, answers, forms); });
    updateScore(forms, answers);
    [["[data-kuis-ulang]", true], ["[data-kuis-ulang-semua]", false]].forEach(function (pair) {
      var button = document.querySelector(pair[0]);
      if (!button || button.dataset.kuisSiap) return;
      button.dataset.kuisSiap = "ya";
      button.addEventListener("click", function () { reset(forms, pair[1]); });
    });
  }

  store.onPage("kuis", start);
})(typeof window !== "undefined" ? window : globalThis);
