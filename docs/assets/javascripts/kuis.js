/*
 * Quiz behaviour: check answers, give feedback, keep score, remember answers.
 *
 * The page already holds everything (questions, inputs, and the answer key in a <details>),
 * so without JavaScript the quiz is still readable. This script only enhances it. It starts
 * from Material's document$ so it runs again after instant navigation.
 */
(function () {
  "use strict";

  var store = window.akademiStorage;
  var ANSWERS = "kuis";
  var SCORES = "skor";

  function normalize(text) {
    return text.toLowerCase().split(/\s+/).join(" ").trim().replace(/[.,;:!?\u2026]+$/, "").trim();
  }

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

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function shuffle(container, selector) {
    var items = Array.prototype.slice.call(container.querySelectorAll(selector));
    for (var i = items.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var swap = items[i]; items[i] = items[j]; items[j] = swap;
    }
    items.forEach(function (item) { container.appendChild(item); });
  }

  /* Ordering steps in the author's (correct) order, whatever order they are shown in. */
  function steps(form) {
    return Array.prototype.slice.call(form.querySelectorAll(".kuis__urutan li")).sort(
      function (a, b) { return Number(a.dataset.langkah) - Number(b.dataset.langkah); }
    );
  }

  /* Reading and writing the learner's answer as a list of strings; an ordering answer lists
   * the position chosen for each step, in the author's step order. */
  function readAnswer(form) {
    var kind = form.dataset.kuisJenis;
    if (kind === "isian") {
      var value = form.querySelector(".kuis__isian input").value;
      return value.trim() ? [value] : [];
    }
    if (kind === "urutan") {
      var picked = steps(form).map(function (step) { return step.querySelector("select").value; });
      return picked.indexOf("") === -1 ? picked : [];
    }
    return Array.prototype.map.call(
      form.querySelectorAll(".kuis__pilihan input:checked"), function (input) { return input.value; }
    );
  }

  function writeAnswer(form, answer) {
    var kind = form.dataset.kuisJenis;
    if (kind === "isian") {
      form.querySelector(".kuis__isian input").value = answer[0] || "";
    } else if (kind === "urutan") {
      steps(form).forEach(function (step, index) {
        step.querySelector("select").value = answer[index] || "";
      });
    } else {
      form.querySelectorAll(".kuis__pilihan input").forEach(function (input) {
        input.checked = answer.indexOf(input.value) !== -1;
      });
    }
  }

  function isCorrect(form, answer) {
    var kind = form.dataset.kuisJenis;
    var key = form.querySelector(".kuis__kunci");
    if (kind === "isian") {
      var accepted = Array.prototype.map.call(
        key.querySelectorAll("[data-jawaban]"), function (item) { return item.dataset.jawaban; }
      );
      return accepted.indexOf(normalize(answer[0] || "")) !== -1;
    }
    if (kind === "urutan") {
      return steps(form).every(function (step, index) {
        return step.dataset.langkah === answer[index];
      });
    }
    var correct = Array.prototype.map.call(
      key.querySelectorAll(".kuis__kunci--benar"), function (item) { return item.dataset.pilihan; }
    );
    return correct.length === answer.length && correct.every(function (value) {
      return answer.indexOf(value) !== -1;
    });
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
    answer.forEach(function (value) {
      var input = form.querySelector('.kuis__pilihan input[value="' + CSS.escape(value) + '"]');
      var feedback = input && input.parentNode.querySelector(".kuis__umpan-opsi");
      if (feedback) {
        var copy = feedback.cloneNode(true);
        copy.hidden = false;
        box.appendChild(copy);
      }
    });
    var explanation = key.querySelector(".kuis__pembahasan");
    if (explanation) box.appendChild(explanation.cloneNode(true));
    key.hidden = false;
    form.classList.toggle("kuis--benar", correct);
    form.classList.toggle("kuis--salah", !correct);
  }

  function clearFeedback(form) {
    form.querySelector(".kuis__umpan").replaceChildren();
    form.querySelector(".kuis__kunci").hidden = true;
    form.classList.remove("kuis--benar", "kuis--salah");
  }

  /* The page's question set: score panel and saved results. */
  function updateScore(forms, answers) {
    var panel = document.querySelector(".kuis-skor");
    if (!panel) return;
    var answered = 0, right = 0;
    forms.forEach(function (form) {
      var entry = answers[form.dataset.kuisId];
      if (entry && savedAnswer(answers, form.dataset.kuisId)) {
        answered += 1;
        if (entry.benar === true) right += 1;
      }
    });
    var total = forms.length;
    var passMark = Number(panel.dataset.kuisLulus) || 70;
    var percent = Math.round((right / total) * 100);
    panel.hidden = false;
    panel.querySelector("[data-kuis-benar]").textContent = String(right);
    panel.querySelector("[data-kuis-terjawab]").textContent = String(answered);
    var status = panel.querySelector("[data-kuis-status]");
    panel.classList.remove("kuis-skor--lulus", "kuis-skor--belum");
    if (answered < total) {
      status.textContent = "Nilai lulus " + passMark + "%. Jawab semua soal untuk melihat hasilnya.";
      return;
    }
    var passed = percent >= passMark;
    panel.classList.add(passed ? "kuis-skor--lulus" : "kuis-skor--belum");
    status.textContent = passed
      ? "Selamat, Anda lulus dengan nilai " + percent + "% (nilai lulus " + passMark + "%)."
      : "Nilai Anda " + percent + "%, belum mencapai nilai lulus " + passMark +
        "%. Pelajari pembahasannya, lalu klik \u201cCoba lagi\u201d.";
    recordScore(right, total, percent, passed);
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
    if (form.dataset.kuisAcak === "ya") {
      var choices = form.querySelector(".kuis__pilihan");
      if (choices) shuffle(choices, ".kuis__opsi");
    }
    var list = form.querySelector(".kuis__urutan");
    if (list) shuffle(list, "li");

    var saved = savedAnswer(answers, form.dataset.kuisId);
    if (saved) {
      writeAnswer(form, saved);
      showFeedback(form, saved, isCorrect(form, saved));
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var answer = readAnswer(form);
      if (!answer.length) {
        clearFeedback(form);
        form.querySelector(".kuis__umpan").appendChild(el("p", "kuis__vonis",
          form.dataset.kuisJenis === "urutan" ? "Tentukan urutan setiap langkah terlebih dahulu."
            : form.dataset.kuisJenis === "isian" ? "Tulis jawaban Anda terlebih dahulu."
              : "Pilih jawaban terlebih dahulu."));
        return;
      }
      var correct = isCorrect(form, answer);
      showFeedback(form, answer, correct);
      var all = loadAnswers();
      all[form.dataset.kuisId] = { jawaban: answer, benar: correct, waktu: new Date().toISOString() };
      store.write(ANSWERS, all);
      updateScore(forms, all);
    });
  }

  function reset(forms) {
    var all = loadAnswers();
    forms.forEach(function (form) {
      delete all[form.dataset.kuisId];
      form.reset();
      clearFeedback(form);
    });
    store.write(ANSWERS, all);
    updateScore(forms, all);
    if (forms[0]) forms[0].querySelector("input, select").focus();
  }

  function start() {
    var forms = Array.prototype.slice.call(document.querySelectorAll("form.kuis"));
    if (!forms.length) return;
    var answers = loadAnswers();
    forms.forEach(function (form) { setUp(form, answers, forms); });
    updateScore(forms, answers);
    var again = document.querySelector("[data-kuis-ulang]");
    if (again && !again.dataset.kuisSiap) {
      again.dataset.kuisSiap = "ya";
      again.addEventListener("click", function () { reset(forms); });
    }
  }

  if (window.document$) {
    window.document$.subscribe(start);
  } else {
    document.addEventListener("DOMContentLoaded", start);
  }
})();
