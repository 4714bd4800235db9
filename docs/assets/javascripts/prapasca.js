/*
 * Pre-test and post-test without a server, and the trainer's class tally.
 *
 * Learner page ([data-prapasca]): the bank's questions are shown shuffled, without feedback,
 * at the start (pra) and the end (pasca) of the bimtek. The result is kept in this browser and
 * shown as a short code (and a QR code) holding the bank's fingerprint, the learner's label
 * (a number or initials from the trainer, the same on both tests), which questions were right
 * in each test, and a checksum. "prapasca" in storage keeps {pra, pasca} percentages for the
 * progress dashboard.
 *
 * Trainer page ([data-rekap-kelas]): pasted or scanned codes, and answers typed from paper
 * answer grids, are checked and tallied per bank; a pre-test and a post-test with the same
 * label are one person, whatever the device: count, mean pre and post scores, mean normalised
 * gain, right answers per question in the bank's numbering with its module, and the gain per
 * module; the tally can be downloaded as CSV, and exported to and imported from a file.
 *
 * Paper page ([data-prapasca-kertas]): prints form A, form B or the answer grid alone.
 *
 * The codes and the scoring live in prapasca-kode.js (window.akademiPrapasca).
 */
(function () {
  "use strict";

  /* The browser core (storage.js) loads in the page head; prapasca-kode.js may load after
   * this file, so it is read when the page is set up. */
  var store = window.akademiStorage;
  var el = store.el;
  var kode;
  var afterPrintHooked = false; /* The window outlives pages under instant navigation. */

  function readJson(root, selector) {
    var source = root.querySelector(selector);
    try {
      return source ? JSON.parse(source.dataset.json) : null;
    } catch (error) {
      return null;
    }
  }

  function qrSvg(text, label) {
    if (typeof window.qrcode !== "function") return null;
    var code = window.qrcode(0, "M");
    code.addData(text);
    code.make();
    var holder = document.createElement("div");
    holder.innerHTML = code.createSvgTag({ cellSize: 4, margin: 4, scalable: true });
    var svg = holder.querySelector("svg");
    if (svg) {
      svg.setAttribute("role", "img");
      svg.setAttribute("aria-label", label);
    }
    return svg;
  }

  function shuffle(container, selector) {
    store.shuffle(Array.prototype.slice.call(container.querySelectorAll(selector)))
      .forEach(function (item) { item.parentNode.appendChild(item); });
  }

  /* ---------------------------------------------------------------- learner page */

  function savedResult(bank) {
    var count = bank.soal.length;
    return store.read("prapasca-" + bank.nama, function (data) {
      if (!store.isPlainObject(data) || !kode.cleanLabel(data.label)) return false;
      return ["pra", "pasca"].every(function (name) {
        return data[name] === undefined || data[name] === null ||
          (store.isPlainObject(data[name]) && kode.validAnswers(data[name].jawaban, count));
      });
    }) || null;
  }

  /* Reading and checking an answer is the quiz kind's (kuis-jenis.js, in the page's bundle). */
  function isRight(form) {
    var kind = window.akademiKuisJenis.of(form);
    return kind.check(form, kind.read(form));
  }

  function answered(form) {
    return window.akademiKuisJenis.of(form).read(form).length > 0;
  }

  function setUpLearner(root) {
    if (root.dataset.siap) return;
    root.dataset.siap = "ya";
    var bank = readJson(root, "[data-prapasca-bank]");
    var list = document.querySelector("[data-prapasca-daftar]");
    var finish = document.querySelector("[data-prapasca-akhir]");
    if (!bank || !list || !finish) return;
    var forms = Array.prototype.slice.call(list.querySelectorAll("form.prapasca__soal"));
    var byId = {};
    forms.forEach(function (form) { byId[form.dataset.kuisId] = form; });
    /* Questions keep their bank number whatever the shuffled order: the tally uses it too. */
    var numbers = {};
    bank.soal.forEach(function (question, index) { numbers[question.id] = index + 1; });
    var message = root.querySelector("[data-prapasca-pesan]");
    var labelInput = root.querySelector("[data-prapasca-label]");
    var state = savedResult(bank) || { label: null, pra: null, pasca: null };
    if (state.label) labelInput.value = state.label;
    var running = null;

    function say(text) { message.textContent = text; }

    function answers(stage) {
      return state[stage] ? state[stage].jawaban : null;
    }

    function setKeys(visible) {
      forms.forEach(function (form) {
        var key = form.querySelector(".kuis__kunci");
        key.hidden = !visible;
        key.open = visible;
        form.querySelectorAll("input").forEach(function (input) { input.disabled = visible; });
      });
    }

    /* Questions and their keys open for review only once the post-test is done. */
    function showStage(postDone) {
      if (postDone) {
        setKeys(true);
        forms.forEach(function (form) {
          form.querySelector(".kuis__nomor").textContent = "Soal " + numbers[form.dataset.kuisId];
          list.appendChild(form); /* Reviewed in the bank's order. */
        });
        list.hidden = false;
      } else {
        list.hidden = true;
      }
      showStatus();
      showResult();
    }

    function counter() {
      var done = forms.filter(answered).length;
      finish.querySelector("[data-prapasca-terjawab]").textContent =
        "Terjawab " + done + " dari " + forms.length + " soal.";
    }

    function showStatus() {
      ["pra", "pasca"].forEach(function (stage) {
        var line = root.querySelector("[data-prapasca-keadaan='" + stage + "']");
        var button = root.querySelector("[data-prapasca-tahap='" + stage + "']");
        var score = kode.percent(answers(stage));
        line.textContent = kode.NAMES[stage] + ": " + (score === null ? "belum dikerjakan." :
          "selesai, skor " + score + "%.");
        button.hidden = score !== null || running !== null;
      });
      var done = state.pra || state.pasca;
      root.querySelector("[data-prapasca-ulang]").hidden = !done || running !== null;
      labelInput.disabled = Boolean(done) || running !== null;
    }

    function showResult() {
      var box = root.querySelector("[data-prapasca-hasil]");
      if (!state.pra && !state.pasca) { box.hidden = true; return; }
      var pre = kode.percent(answers("pra"));
      var post = kode.percent(answers("pasca"));
      var normalised = kode.gain(pre, post);
      box.querySelector("[data-prapasca-nilai='pra']").textContent =
        pre === null ? "belum" : pre + "%";
      box.querySelector("[data-prapasca-nilai='pasca']").textContent =
        post === null ? "belum" : post + "%";
      box.querySelector("[data-prapasca-nilai='selisih']").textContent =
        pre === null || post === null ? "\u2013" : (post - pre >= 0 ? "+" : "") + (post - pre) + " poin";
      box.querySelector("[data-prapasca-nilai='gain']").textContent =
        normalised === null ? "\u2013" : kode.number(normalised, 2);
      box.querySelector("[data-prapasca-nilai='label']").textContent = state.label;
      /* Only the code after the post-test needs collecting: it carries both scores. */
      box.querySelector("[data-prapasca-petunjuk='pasca']").hidden = !state.pasca;
      box.querySelector("[data-prapasca-petunjuk='pra']").hidden = Boolean(state.pasca);
      var code = kode.encode(bank, { label: state.label, pra: answers("pra"), pasca: answers("pasca") });
      box.querySelector("[data-prapasca-kode]").textContent = code;
      var link = root.dataset.prapascaRekap;
      var holder = box.querySelector("[data-prapasca-qr]");
      holder.replaceChildren();
      var svg = qrSvg(link ? link + "#kode=" + code : code, "Kode QR berisi kode hasil " + code);
      if (svg) holder.appendChild(svg);
      box.hidden = false;
    }

    function start(stage) {
      var label = kode.cleanLabel(labelInput.value);
      if (!label) {
        say("Tulis label peserta dari pelatih terlebih dahulu: nomor atau inisial, 1 sampai 4 " +
          "huruf atau angka. Pakai label yang sama di pra-tes dan pasca-tes.");
        labelInput.setAttribute("aria-invalid", "true");
        labelInput.focus();
        return;
      }
      labelInput.removeAttribute("aria-invalid");
      labelInput.value = label;
      state.label = label;
      running = stage;
      forms.forEach(function (form) {
        form.reset();
        var options = form.querySelector(".kuis__pilihan");
        if (options && form.dataset.kuisAcak !== "tidak") shuffle(options, ".kuis__opsi");
      });
      shuffle(list, "form.prapasca__soal");
      Array.prototype.slice.call(list.querySelectorAll("form.prapasca__soal"))
        .forEach(function (form, index) {
          form.querySelector(".kuis__nomor").textContent = "Soal " + numbers[form.dataset.kuisId] +
            " (" + (index + 1) + " dari " + forms.length + ")";
        });
      setKeys(false);
      list.hidden = false;
      finish.hidden = false;
      finish.querySelector("[data-prapasca-judul-akhir]").textContent =
        "Selesaikan " + kode.NAMES[stage].toLowerCase();
      counter();
      showStatus();
      say(kode.NAMES[stage] + " dimulai. Jawab semua soal, lalu pilih \u201cSelesai dan lihat hasil\u201d.");
      list.querySelector("input").focus();
    }

    function complete() {
      var ordered = Array.prototype.slice.call(list.querySelectorAll("form.prapasca__soal"));
      var missing = [];
      ordered.forEach(function (form) {
        if (!answered(form)) missing.push(numbers[form.dataset.kuisId]);
      });
      var note = finish.querySelector("[data-prapasca-pesan-akhir]");
      if (missing.length) {
        note.textContent = "Soal nomor " + missing.join(", ") + " belum dijawab.";
        return;
      }
      note.textContent = "";
      var bits = bank.soal.map(function (question) { return isRight(byId[question.id]) ? 1 : 0; });
      state[running] = { jawaban: bits, waktu: new Date().toISOString() };
      store.write("prapasca-" + bank.nama, state);
      var dashboard = {};
      ["pra", "pasca"].forEach(function (stage) {
        var score = kode.percent(answers(stage));
        if (score !== null) dashboard[stage] = score;
      });
      store.write("prapasca", dashboard);
      var stage = running;
      running = null;
      finish.hidden = true;
      showStage(stage === "pasca");
      say(kode.NAMES[stage] + " selesai. Skor Anda " + kode.percent(answers(stage)) + "%.");
      root.querySelector("[data-prapasca-hasil]").focus();
    }

    forms.forEach(function (form) {
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      form.querySelector(".kuis__aksi").hidden = true;
      form.addEventListener("change", counter);
    });
    root.querySelectorAll("[data-prapasca-tahap]").forEach(function (button) {
      button.addEventListener("click", function () { start(button.dataset.prapascaTahap); });
    });
    finish.querySelector("[data-prapasca-selesai]").addEventListener("click", complete);
    root.querySelector("[data-prapasca-salin]").addEventListener("click", function () {
      var code = root.querySelector("[data-prapasca-kode]").textContent;
      if (navigator.clipboard) {
        navigator.clipboard.writeText(code).then(function () { say("Kode hasil disalin."); },
          function () { say("Kode tidak dapat disalin otomatis. Pilih dan salin kodenya."); });
      }
    });
    var box = root.querySelector("[data-prapasca-konfirmasi]");
    var erase = store.confirmBox(box, box.querySelector("[data-prapasca-ya]"),
      box.querySelector("[data-prapasca-batal]"), function () {
        store.remove("prapasca-" + bank.nama);
        store.remove("prapasca");
        state = { label: null, pra: null, pasca: null };
        setKeys(false);
        showStage(false);
        say("Hasil tes di perangkat ini telah dihapus.");
      }, function () { say("Hasil tes tetap tersimpan."); });
    root.querySelector("[data-prapasca-ulang]").addEventListener("click", erase.ask);

    root.hidden = false;
    finish.hidden = true;
    showStage(Boolean(state.pasca));
  }

  function cell(row, tag, text) {
    row.appendChild(el(tag, "", text));
  }

  function renderGroup(group) {
    var bank = group.bank;
    var stats = kode.summarise(group.entries, bank);
    var section = el("section", "rekap__bank");
    section.setAttribute("data-rekap-bank-nama", bank.nama);
    section.appendChild(el("h3", "", "Bank soal \u201c" + bank.nama + "\u201d"));
    var facts = el("dl", "rekap__ringkasan");
    [["Jumlah peserta", String(stats.jumlah), "jumlah"],
     ["Rerata pra-tes", kode.number(stats.pra, 1) + (stats.pra === null ? "" : "%") +
       " (" + stats.denganPra + " peserta)", "pra"],
     ["Rerata pasca-tes", kode.number(stats.pasca, 1) + (stats.pasca === null ? "" : "%") +
       " (" + stats.denganPasca + " peserta)", "pasca"],
     ["Rerata gain ternormalisasi \u27e8g\u27e9", kode.number(stats.gain, 2) +
       " (" + stats.jumlahGain + " peserta dengan kedua tes)", "gain"]
    ].forEach(function (fact) {
      var wrap = el("div");
      wrap.appendChild(el("dt", "", fact[0]));
      var value = el("dd", "", fact[1]);
      value.setAttribute("data-rekap-nilai", fact[2]);
      wrap.appendChild(value);
      facts.appendChild(wrap);
    });
    section.appendChild(facts);

    var people = el("table", "rekap__peserta");
    people.appendChild(el("caption", "", "Skor setiap peserta"));
    var head = people.appendChild(el("thead")).appendChild(el("tr"));
    ["Peserta", "Pra-tes", "Pasca-tes", "Selisih", "g"].forEach(function (name) {
      var th = el("th", "", name); th.scope = "col"; head.appendChild(th);
    });
    var body = people.appendChild(el("tbody"));
    group.entries.forEach(function (entry) {
      var pre = kode.percent(entry.pra), post = kode.percent(entry.pasca), g = kode.gain(pre, post);
      var row = body.appendChild(el("tr"));
      var name = el("th", "", entry.label); name.scope = "row"; row.appendChild(name);
      cell(row, "td", pre === null ? "\u2013" : pre + "%");
      cell(row, "td", post === null ? "\u2013" : post + "%");
      cell(row, "td", pre === null || post === null ? "\u2013" : (post - pre >= 0 ? "+" : "") + (post - pre));
      cell(row, "td", kode.number(g, 2));
    });
    section.appendChild(wrapTable(people));

    var questions = el("table", "rekap__soal");
    questions.appendChild(el("caption", "", "Jawaban benar per soal"));
    var qhead = questions.appendChild(el("thead")).appendChild(el("tr"));
    ["Soal", "Modul", "Benar di pra-tes", "Benar di pasca-tes",
      "Perubahan (" + stats.pasangan + " peserta dengan kedua tes)"].forEach(function (name) {
      var th = el("th", "", name); th.scope = "col"; qhead.appendChild(th);
    });
    var qbody = questions.appendChild(el("tbody"));
    bank.soal.forEach(function (question, index) {
      var counts = stats.perSoal[index];
      var pre = stats.denganPra ? (100 * counts.pra) / stats.denganPra : null;
      var post = stats.denganPasca ? (100 * counts.pasca) / stats.denganPasca : null;
      var change = stats.pasangan ? (100 * (counts.pascaPasangan - counts.praPasangan)) / stats.pasangan : null;
      var row = qbody.appendChild(el("tr"));
      var name = el("th", "", (index + 1) + ". " + question.teks); name.scope = "row"; row.appendChild(name);
      cell(row, "td", question.modul || "\u2013");
      cell(row, "td", stats.denganPra ? counts.pra + " dari " + stats.denganPra + " (" + kode.number(pre) + "%)" : "\u2013");
      cell(row, "td", stats.denganPasca ? counts.pasca + " dari " + stats.denganPasca + " (" + kode.number(post) + "%)" : "\u2013");
      cell(row, "td", change === null ? "\u2013" : (change >= 0 ? "+" : "") + kode.number(change) + " poin");
    });
    section.appendChild(wrapTable(questions));
    if (stats.perModul.length) section.appendChild(wrapTable(moduleTable(stats)));
    return section;
  }

  function moduleTable(stats) {
    var table = el("table", "rekap__modul");
    table.appendChild(el("caption", "", "Peningkatan per modul (" + stats.pasangan +
      " peserta dengan kedua tes)"));
    var head = table.appendChild(el("thead")).appendChild(el("tr"));
    ["Modul", "Soal nomor", "Benar di pra-tes", "Benar di pasca-tes", "Gain \u27e8g\u27e9"]
      .forEach(function (name) {
        var th = el("th", "", name); th.scope = "col"; head.appendChild(th);
      });
    var body = table.appendChild(el("tbody"));
    stats.perModul.forEach(function (item) {
      var row = body.appendChild(el("tr"));
      row.setAttribute("data-rekap-modul", item.modul);
      var name = el("th", "", item.modul); name.scope = "row"; row.appendChild(name);
      cell(row, "td", item.soal.join(", "));
      cell(row, "td", item.praPersen === null ? "\u2013" : kode.number(item.praPersen) + "%");
      cell(row, "td", item.pascaPersen === null ? "\u2013" : kode.number(item.pascaPersen) + "%");
      var value = el("td", "", kode.number(item.gain, 2));
      value.setAttribute("data-rekap-gain-modul", "");
      row.appendChild(value);
    });
    return table;
  }

  function wrapTable(table) {
    var wrap = el("div", "rekap__tabel");
    wrap.tabIndex = 0;
    wrap.setAttribute("role", "region");
    wrap.setAttribute("aria-label", table.querySelector("caption").textContent);
    wrap.appendChild(table);
    return wrap;
  }

  var TALLY_FORMAT = "akademi-rekap-kelas";

  function exportTally(codes) {
    return store.exportFile(TALLY_FORMAT, { kode: codes.slice() });
  }

  /* Checked like the progress file: a file that is not a tally, from another schema, edited by
   * hand, or holding a code of another bank is refused whole, with the reason. */
  function importTally(text, banks) {
    var data = store.readExportFile(text, TALLY_FORMAT, "berkas rekap kelas pra-tes dan pasca-tes");
    if (!Array.isArray(data.kode)) {
      throw new Error("Isi berkas ini tidak lengkap, sehingga tidak dapat dibuka.");
    }
    return data.kode.map(function (code) {
      try {
        var result = kode.decode(String(code), banks);
        return { result: result, code: kode.canonical(result, code) };
      } catch (error) {
        if (!error.kode) throw error;
        throw new Error("Kode \u201c" + code + "\u201d dalam berkas ini ditolak: " + error.message);
      }
    });
  }

  function setUpTally(root) {
    if (root.dataset.siap) return;
    root.dataset.siap = "ya";
    var banks = readJson(root, "[data-rekap-bank]") || [];
    var input = root.querySelector("#rekap-masukan");
    var message = root.querySelector("[data-rekap-pesan]");
    var errors = root.querySelector("[data-rekap-galat]");
    var output = root.querySelector("[data-rekap-hasil]");
    var saved = store.read("rekap-kelas", function (data) {
      return store.isPlainObject(data) && Array.isArray(data.kode);
    });
    var codes = saved ? saved.kode.filter(function (code) { return typeof code === "string"; }) : [];

    function decoded() {
      var results = [];
      codes.forEach(function (code) {
        try {
          results.push(kode.decode(code, banks));
        } catch (error) {
          /* Stored codes of an older bank no longer count. */
        }
      });
      return results;
    }

    function entries() {
      var groups = {};
      kode.merge(decoded()).forEach(function (entry) {
        var group = groups[entry.bank.sidik] || (groups[entry.bank.sidik] = { bank: entry.bank, entries: [] });
        group.entries.push(entry);
      });
      return banks.filter(function (bank) { return groups[bank.sidik]; })
        .map(function (bank) { return groups[bank.sidik]; });
    }

    function render() {
      output.replaceChildren();
      var groups = entries();
      if (!groups.length) {
        output.appendChild(el("p", "rekap__kosong", "Belum ada kode hasil. Tempel kode peserta di atas."));
      }
      groups.forEach(function (group) { output.appendChild(renderGroup(group)); });
      root.querySelector("[data-rekap-csv]").disabled = !groups.length;
    }

    /* Keeps one result as its canonical code: "same" if already kept, "replaced" if it
     * completes a person already in the tally, "added" otherwise. */
    function keep(result, canonical) {
      if (codes.indexOf(canonical) !== -1) return "same";
      var known = decoded().some(function (other) {
        return other.bank.sidik === result.bank.sidik && other.label === result.label;
      });
      codes.push(canonical);
      return known ? "replaced" : "added";
    }

    function add(text, source) {
      errors.replaceChildren();
      var found = kode.findCodes(text);
      if (!found.length) {
        message.textContent = text.trim()
          ? "Tidak ada kode hasil dalam teks ini. Kode hasil diawali \u201cAMP-\u201d, misalnya AMP-2K7Q-\u2026."
          : "Tempel kode hasil peserta terlebih dahulu.";
        return;
      }
      var counts = { added: 0, same: 0, replaced: 0 }, rejected = 0;
      found.forEach(function (code) {
        var decodedCode;
        try {
          decodedCode = kode.decodeFound(code, banks);
        } catch (error) {
          rejected += 1;
          errors.appendChild(el("li", "", "\u201c" + code + "\u201d ditolak. " + error.message));
          return;
        }
        counts[keep(decodedCode.result, kode.canonical(decodedCode.result, decodedCode.text))] += 1;
      });
      store.write("rekap-kelas", { kode: codes });
      var parts = [];
      if (counts.added) parts.push(counts.added + " kode ditambahkan");
      if (counts.replaced) parts.push(counts.replaced + " kode melengkapi hasil peserta dengan label yang sama");
      if (counts.same) parts.push(counts.same + " kode sudah ada");
      if (rejected) parts.push(rejected + " kode ditolak (lihat daftar di bawah)");
      message.textContent = (source ? source + " " : "") + parts.join(", ") + ".";
      render();
    }

    /* Answers typed from a paper answer grid become a code like any other. */
    var paper = root.querySelector("[data-rekap-kertas]");
    var paperMessage = paper.querySelector("[data-rekap-kertas-pesan]");
    var fields = {
      label: paper.querySelector("#rekap-nomor"),
      pra: paper.querySelector("#rekap-pra"),
      pasca: paper.querySelector("#rekap-pasca")
    };
    paper.addEventListener("submit", function (event) {
      event.preventDefault();
      Object.keys(fields).forEach(function (name) { fields[name].removeAttribute("aria-invalid"); });
      var chosenBank = paper.querySelector("[data-rekap-kertas-bank]");
      var bank = banks.filter(function (item) { return item.nama === chosenBank.value; })[0] || banks[0];
      var form = paper.querySelector("input[name='rekap-bentuk']:checked");
      var result;
      try {
        if (!form) throw paperProblem("Pilih bentuk soal yang dilingkari peserta: A atau B.", "bentuk");
        result = kode.paperResult(bank, {
          label: fields.label.value, bentuk: form.value, pra: fields.pra.value, pasca: fields.pasca.value
        });
      } catch (error) {
        if (!error.kode) throw error;
        var field = fields[error.bagian] || paper.querySelector("input[name='rekap-bentuk']");
        if (fields[error.bagian]) field.setAttribute("aria-invalid", "true");
        paperMessage.textContent = "Jawaban belum ditambahkan. " + error.message;
        field.focus();
        return;
      }
      var outcome = keep(result, kode.encode(bank, result));
      store.write("rekap-kelas", { kode: codes });
      paperMessage.textContent = "";
      message.textContent = {
        added: "Jawaban peserta " + result.label + " ditambahkan.",
        replaced: "Jawaban peserta " + result.label + " melengkapi hasilnya yang sudah ada.",
        same: "Jawaban peserta " + result.label + " sudah ada di rekap."
      }[outcome];
      fields.label.value = fields.pra.value = fields.pasca.value = "";
      fields.label.focus();
      render();
    });

    function paperProblem(text, part) {
      var error = new Error(text);
      error.kode = true;
      error.bagian = part;
      return error;
    }

    root.querySelector("[data-rekap-tambah]").addEventListener("click", function () {
      add(input.value);
      if (!errors.children.length) input.value = "";
    });
    root.querySelector("[data-rekap-csv]").addEventListener("click", function () {
      store.download("rekap-pra-pasca-tes.csv", "text/csv;charset=utf-8", kode.csv(entries()));
      message.textContent = "Berkas CSV diunduh.";
    });
    var box = root.querySelector("[data-rekap-konfirmasi]");
    var empty = store.confirmBox(box, box.querySelector("[data-rekap-ya]"),
      box.querySelector("[data-rekap-batal]"), function () {
        codes = [];
        store.remove("rekap-kelas");
        errors.replaceChildren();
        message.textContent = "Rekap dikosongkan.";
        render();
      }, function () { message.textContent = "Rekap tidak diubah."; });
    root.querySelector("[data-rekap-kosongkan]").addEventListener("click", empty.ask);
    /* The tally lives in this browser; a file carries it to another device. */
    root.querySelector("[data-rekap-ekspor]").addEventListener("click", function () {
      store.download("rekap-kelas-pra-pasca-tes.json", "application/json", exportTally(codes));
      message.textContent = "Berkas rekap diunduh. Di perangkat lain, buka halaman ini lalu " +
        "pilih \u201cImpor rekap\u201d.";
    });
    root.querySelector("[data-rekap-impor]").addEventListener("change", function (event) {
      var file = event.target.files[0];
      if (!file) return;
      file.text().then(function (text) {
        errors.replaceChildren();
        try {
          var counts = { added: 0, same: 0, replaced: 0 };
          importTally(text, banks).forEach(function (item) {
            counts[keep(item.result, item.code)] += 1;
          });
          store.write("rekap-kelas", { kode: codes });
          message.textContent = "Rekap diimpor: " + (counts.added + counts.replaced) +
            " kode ditambahkan, " + counts.same + " kode sudah ada.";
          render();
        } catch (error) {
          message.textContent = "";
          errors.appendChild(el("li", "", error.message + " Rekap di perangkat ini tidak berubah."));
        }
        event.target.value = "";
      });
    });

    root.hidden = false;
    render();
    var fromLink = /[#&]kode=([^&]+)/.exec(location.hash);
    if (fromLink) {
      add(decodeURIComponent(fromLink[1]), "Dari tautan kode QR:");
      history.replaceState(null, "", location.pathname + location.search);
    }
  }

  /* ---------------------------------------------------------------- paper forms */

  /* Each button prints one part (form A, form B, or the answer grid): the print style shows
   * only the part named on <html> until printing ends. */
  function setUpPaper(root) {
    if (root.dataset.siap) return;
    root.dataset.siap = "ya";
    root.querySelectorAll("[data-kertas-cetak]").forEach(function (button) {
      button.addEventListener("click", function () {
        document.documentElement.setAttribute("data-kertas-cetak", button.dataset.kertasCetak);
        window.print();
      });
    });
    if (afterPrintHooked) return;
    afterPrintHooked = true;
    window.addEventListener("afterprint", function () {
      document.documentElement.removeAttribute("data-kertas-cetak");
    });
  }

  function start() {
    kode = window.akademiPrapasca;
    if (!kode) {
      /* Instant navigation re-creates the page's scripts, which then run in the order they
       * arrive: wait for the encoder. */
      var encoder = document.querySelector("script[src*='prapasca-kode.js']");
      if (encoder) encoder.addEventListener("load", start, { once: true });
      return;
    }
    document.querySelectorAll("[data-prapasca]").forEach(setUpLearner);
    document.querySelectorAll("[data-rekap-kelas]").forEach(setUpTally);
    document.querySelectorAll("[data-prapasca-kertas]").forEach(setUpPaper);
  }

  /* Loaded by the test and tally pages themselves (not on every page), so it may run before
   * Material's bundle and again after each instant navigation. */
  store.onPage("prapasca", start);
})();
