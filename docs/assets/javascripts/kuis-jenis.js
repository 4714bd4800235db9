/*
 * The quiz kinds in the browser, one object per kind (the build's counterpart is
 * hooks/akademi/quiz_kinds.py). Each reads the learner's answer from its form as a list of
 * strings, writes a saved one back, checks it against the key the page carries, names the part
 * the learner acted on, shuffles what it shows, and builds its voting slide. Used by kuis.js
 * and salindia.js; loaded before them.
 */
(function (root) {
  "use strict";

  function all(scope, selector) {
    return Array.prototype.slice.call(scope.querySelectorAll(selector));
  }

  var node = root.akademiStorage.el;

  var LETTERS = "ABCDEFGHIJ";

  /* Answered by ticking options: pilih-satu, pilih-banyak, benar-salah. */
  function choiceKind() {
    function rightValues(form) {
      return all(form.querySelector(".kuis__kunci"), ".kuis__kunci--benar").map(
        function (item) { return item.dataset.pilihan; });
    }
    return {
      choice: true,
      empty: "Pilih jawaban terlebih dahulu.",
      read: function (form) {
        return all(form, ".kuis__pilihan input:checked").map(function (input) { return input.value; });
      },
      write: function (form, answer) {
        all(form, ".kuis__pilihan input").forEach(function (input) {
          input.checked = answer.indexOf(input.value) !== -1;
        });
      },
      check: function (form, answer) {
        var right = rightValues(form);
        return right.length === answer.length && right.every(function (value) {
          return answer.indexOf(value) !== -1;
        });
      },
      /* The feedback the author wrote for each chosen option. */
      feedback: function (form, answer) {
        return answer.map(function (value) {
          var input = form.querySelector('.kuis__pilihan input[value="' + CSS.escape(value) + '"]');
          return input && input.parentNode.querySelector(".kuis__umpan-opsi");
        }).filter(Boolean);
      },
      area: function (form) {
        var chosen = form.querySelector(".kuis__pilihan input:checked");
        return chosen ? chosen.closest(".kuis__opsi") : form;
      },
      shuffle: function (form, mustChange, shuffle) {
        var choices = form.querySelector(".kuis__pilihan");
        if (choices && form.dataset.kuisAcak === "ya") shuffle(choices, ".kuis__opsi", mustChange);
      },
      /* Lettered options, the right ones marked as fragments shown with the answer. */
      slide: function (form) {
        var right = rightValues(form);
        var options = node("ol", "salindia-kuis__opsi");
        var letters = [];
        all(form, ".kuis__opsi").forEach(function (row, index) {
          var item = node("li", "salindia-kuis__pilihan");
          var badge = node("span", "salindia-kuis__huruf", LETTERS.charAt(index));
          badge.setAttribute("aria-hidden", "true");
          item.appendChild(badge);
          var text = item.appendChild(node("span", "salindia-kuis__teks"));
          text.innerHTML = row.querySelector("label").innerHTML;
          if (right.indexOf(row.querySelector("input").value) !== -1) {
            item.className += " fragment salindia-tandai";
            item.dataset.fragmentIndex = "1";
            item.appendChild(node("span", "salindia-kuis__benar", " \u2713 benar"));
            letters.push(LETTERS.charAt(index));
          }
          options.appendChild(item);
        });
        return { shown: options, verdict: "Jawaban: " + letters.join(", "), keySlide: null };
      }
    };
  }

  /* The answer key's list under a title, for a slide of its own: the accepted answers, the
   * right order or the right pairs can be as long as the question. */
  function keySlide(form, title) {
    var full = node("div");
    full.appendChild(node("p", "salindia-jawaban__judul", title + ":"));
    var listing = form.querySelector(".kuis__kunci .kuis__kunci-daftar");
    if (listing) full.appendChild(listing.cloneNode(true));
    return full;
  }

  /* Answered with one <select> per row: urutan (a position per step) and pasangkan (an answer
   * per item). A row's author position is in data-<attribute>; the right choice has that value. */
  function selectKind(listClass, attribute, empty, title, choicesTitle) {
    function rows(form) {
      return all(form, "." + listClass + " li").sort(function (a, b) {
        return Number(a.dataset[attribute]) - Number(b.dataset[attribute]);
      });
    }
    return {
      choice: false,
      empty: empty,
      /* One value per row in the author's order, or nothing until every row is answered. */
      read: function (form) {
        var picked = rows(form).map(function (row) { return row.querySelector("select").value; });
        return picked.indexOf("") === -1 ? picked : [];
      },
      write: function (form, answer) {
        rows(form).forEach(function (row, index) {
          row.querySelector("select").value = answer[index] || "";
        });
      },
      check: function (form, answer) {
        return rows(form).every(function (row, index) {
          return row.dataset[attribute] === answer[index];
        });
      },
      feedback: function () { return []; },
      area: function (form) { return form.querySelector("." + listClass) || form; },
      shuffle: function (form, mustChange, shuffle) {
        var list = form.querySelector("." + listClass);
        if (list) shuffle(list, "li", mustChange);
      },
      /* The rows (and for pairs the answers to choose from) now, the key on the next slide. */
      slide: function (form) {
        var shown = node("div");
        var list = shown.appendChild(node("ul", "salindia-kuis__langkah"));
        all(form, "." + listClass + " li label").forEach(function (label) {
          list.appendChild(node("li")).innerHTML = label.innerHTML;
        });
        if (choicesTitle) {
          shown.appendChild(node("p", "salindia-kuis__petunjuk", choicesTitle));
          var choices = shown.appendChild(node("ol", "salindia-kuis__opsi"));
          all(form.querySelector("." + listClass + " select"), "option[value]:not([value=''])")
            .forEach(function (option, index) {
              var item = choices.appendChild(node("li", "salindia-kuis__pilihan"));
              var badge = item.appendChild(node("span", "salindia-kuis__huruf", LETTERS.charAt(index)));
              badge.setAttribute("aria-hidden", "true");
              item.appendChild(node("span", "salindia-kuis__teks", option.textContent));
            });
        }
        return {
          shown: shown,
          verdict: title + " ada di salindia berikutnya.",
          keySlide: keySlide(form, title)
        };
      }
    };
  }

  var kinds = {
    "pilih-satu": choiceKind(),
    "pilih-banyak": choiceKind(),
    "benar-salah": choiceKind(),
    "isian": {
      choice: false,
      empty: "Tulis jawaban Anda terlebih dahulu.",
      read: function (form) {
        var value = form.querySelector(".kuis__isian input").value;
        return value.trim() ? [value] : [];
      },
      write: function (form, answer) {
        form.querySelector(".kuis__isian input").value = answer[0] || "";
      },
      /* The key holds each accepted answer already normalised (data-jawaban). */
      check: function (form, answer) {
        var accepted = all(form.querySelector(".kuis__kunci"), "[data-jawaban]").map(
          function (item) { return item.dataset.jawaban; });
        return accepted.indexOf(root.akademiKuis.normalize(answer[0] || "")) !== -1;
      },
      feedback: function () { return []; },
      area: function (form) { return form.querySelector(".kuis__isian") || form; },
      shuffle: function () {},
      slide: function (form) {
        var title = "Jawaban yang diterima";
        return {
          shown: null,
          verdict: title + " ada di salindia berikutnya.",
          keySlide: keySlide(form, title)
        };
      }
    },
    "urutan": selectKind("kuis__urutan", "langkah",
      "Tentukan urutan setiap langkah terlebih dahulu.", "Urutan yang benar", ""),
    "pasangkan": selectKind("kuis__pasangan", "pasangan",
      "Pilih pasangan untuk setiap hal terlebih dahulu.", "Pasangan yang benar",
      "Pilihan pasangan:")
  };

  root.akademiKuisJenis = {
    /* The kind object of a quiz form. */
    of: function (form) { return kinds[form.dataset.kuisJenis]; }
  };
})(window);
