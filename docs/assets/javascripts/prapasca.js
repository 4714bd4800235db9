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
 * Trainer page ([data-rekap-kelas]): pasted or scanned codes are checked and tallied per bank;
 * a pre-test code and a post-test code with the same label are one person, whatever the
 * device: count, mean pre and post scores, mean normalised gain, right answers per question in
 * the bank's numbering with its module, and the gain per module; the
 * tally can be downloaded as CSV. The checksum catches typing errors and edited codes; it is
 * not a secret (anyone can read this script), so it is no protection against a determined
 * learner.
 */
(function () {
  "use strict";

  var store; /* window.akademiStorage, set in boot(): storage.js may load after this file. */
  var ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  /* Version 2 carries a label (4 characters x 6 bits); version 1 codes (a random 20-bit
   * learner number) are still read. */
  var VERSION = 2;
  var LABEL_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  var LABEL_LENGTH = 4;
  var ID_BITS = { 1: 20, 2: 6 * LABEL_LENGTH };
  var CHECK_BITS = 20;
  var PREFIX = "AMP";
  var STAGES = { pra: 1, pasca: 2 };
  var NAMES = { pra: "Pra-tes", pasca: "Pasca-tes" };

  /* ---------------------------------------------------------------- result codes */

  function pushBits(bits, value, width) {
    for (var i = width - 1; i >= 0; i--) bits.push(Math.floor(value / Math.pow(2, i)) % 2);
  }

  function readBits(bits, position, width) {
    var value = 0;
    for (var i = 0; i < width; i++) value = value * 2 + bits[position + i];
    return value;
  }

  function checksum(bits) {
    var text = "akademi-prapasca:" + bits.join("");
    var hash = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash % Math.pow(2, CHECK_BITS);
  }

  function validAnswers(list, count) {
    return Array.isArray(list) && list.length === count &&
      list.every(function (bit) { return bit === 0 || bit === 1; });
  }

  /* A label as typed ("b 12", "ab.") becomes "B12", "AB"; null if it cannot be a label. */
  function cleanLabel(text) {
    var label = String(text || "").toUpperCase().replace(/[\s.\-_/]/g, "");
    return /^[0-9A-Z]{1,4}$/.test(label) ? label : null;
  }

  /* result: {label: "B12", pra: [0|1, ...] or null, pasca: [...] or null} */
  function encode(bank, result) {
    var count = bank.soal.length;
    var label = cleanLabel(result.label);
    if (!label) throw new Error("Label peserta berisi 1 sampai 4 huruf atau angka.");
    var bits = [];
    pushBits(bits, VERSION, 3);
    pushBits(bits, bank.sidik, 12);
    for (var c = 0; c < LABEL_LENGTH; c++) {
      pushBits(bits, c < label.length ? LABEL_CHARS.indexOf(label.charAt(c)) + 1 : 0, 6);
    }
    var stage = (result.pra ? STAGES.pra : 0) + (result.pasca ? STAGES.pasca : 0);
    if (!stage) throw new Error("Belum ada tes yang selesai.");
    pushBits(bits, stage, 2);
    ["pra", "pasca"].forEach(function (name) {
      if (!result[name]) return;
      if (!validAnswers(result[name], count)) throw new Error("Jawaban " + name + " tidak lengkap.");
      bits = bits.concat(result[name]);
    });
    pushBits(bits, checksum(bits), CHECK_BITS);
    while (bits.length % 5) bits.push(0);
    var text = "";
    for (var i = 0; i < bits.length; i += 5) text += ALPHABET.charAt(readBits(bits, i, 5));
    return PREFIX + "-" + text.match(/.{1,4}/g).join("-");
  }

  function problem(message) {
    var error = new Error(message);
    error.kode = true;
    return error;
  }

  function decode(text, banks) {
    var raw = String(text).trim().toUpperCase();
    if (raw.indexOf(PREFIX) !== 0) throw problem("Kode hasil selalu diawali \u201cAMP-\u201d.");
    var clean = raw.slice(PREFIX.length).replace(/[-\s]/g, "")
      .replace(/O/g, "0").replace(/[IL]/g, "1");
    if (!clean || /[^0-9A-Z]/.test(clean) || clean.indexOf("U") !== -1) {
      throw problem("Kode memuat tanda atau huruf yang tidak dipakai dalam kode hasil.");
    }
    var bits = [];
    for (var i = 0; i < clean.length; i++) pushBits(bits, ALPHABET.indexOf(clean.charAt(i)), 5);
    if (bits.length < 3 + 12 + ID_BITS[1] + 2 + CHECK_BITS) {
      throw problem("Kode terlalu pendek; mungkin ada huruf yang terlewat.");
    }
    var version = readBits(bits, 0, 3);
    if (!ID_BITS[version]) {
      throw problem("Kode ini tidak dikenali: salah ketik, atau dibuat oleh versi portal lain.");
    }
    var headerBits = 3 + 12 + ID_BITS[version] + 2;
    var fingerprint = readBits(bits, 3, 12);
    var bank = banks.filter(function (item) { return item.sidik === fingerprint; })[0];
    if (!bank) {
      throw problem("Kode ini tidak cocok dengan bank soal mana pun di portal ini: salah ketik, " +
        "atau dibuat dari versi soal yang lain.");
    }
    var stage = readBits(bits, headerBits - 2, 2);
    if (!stage) throw problem("Kode ini tidak memuat hasil tes.");
    var count = bank.soal.length;
    var used = headerBits + (stage & 1 ? count : 0) + (stage & 2 ? count : 0);
    if (clean.length !== Math.ceil((used + CHECK_BITS) / 5)) {
      throw problem("Panjang kode tidak sesuai; mungkin ada huruf yang terlewat atau berlebih.");
    }
    var padding = bits.slice(used + CHECK_BITS);
    if (readBits(bits, used, CHECK_BITS) !== checksum(bits.slice(0, used)) ||
        padding.some(function (bit) { return bit; })) {
      throw problem("Angka pemeriksa kode tidak cocok: kode salah ketik atau telah diubah.");
    }
    var position = headerBits;
    var result = { bank: bank, label: readLabel(bits, version), versi: version, pra: null, pasca: null };
    if (stage & 1) { result.pra = bits.slice(position, position + count); position += count; }
    if (stage & 2) result.pasca = bits.slice(position, position + count);
    return result;
  }

  function readLabel(bits, version) {
    if (version === 1) return learnerLabel(readBits(bits, 15, 20));
    var label = "";
    for (var c = 0; c < LABEL_LENGTH; c++) {
      var value = readBits(bits, 15 + 6 * c, 6);
      if (value > LABEL_CHARS.length) throw problem("Label dalam kode ini tidak sah: salah ketik.");
      if (value) label += LABEL_CHARS.charAt(value - 1);
    }
    if (!label) throw problem("Kode ini tidak memuat label peserta.");
    return label;
  }

  function percent(answers) {
    if (!answers) return null;
    var right = answers.reduce(function (sum, bit) { return sum + bit; }, 0);
    return Math.round((100 * right) / answers.length);
  }

  function gain(pre, post) {
    if (pre === null || post === null || pre >= 100) return null;
    return (post - pre) / (100 - pre);
  }

  function number(value, digits) {
    if (value === null || value === undefined || isNaN(value)) return "\u2013";
    return value.toLocaleString("id-ID", {
      minimumFractionDigits: digits || 0, maximumFractionDigits: digits || 0
    });
  }

  function learnerLabel(peserta) {
    var text = "";
    for (var i = 0; i < 4; i++) text = ALPHABET.charAt(Math.floor(peserta / Math.pow(32, i)) % 32) + text;
    return "P-" + text;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

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
    var items = Array.prototype.slice.call(container.querySelectorAll(selector));
    for (var i = items.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var swap = items[i]; items[i] = items[j]; items[j] = swap;
    }
    items.forEach(function (item) { item.parentNode.appendChild(item); });
  }

  /* ---------------------------------------------------------------- learner page */

  function savedResult(bank) {
    var count = bank.soal.length;
    return store.read("prapasca-" + bank.nama, function (data) {
      if (!store.isPlainObject(data) || !cleanLabel(data.label)) return false;
      return ["pra", "pasca"].every(function (name) {
        return data[name] === undefined || data[name] === null ||
          (store.isPlainObject(data[name]) && validAnswers(data[name].jawaban, count));
      });
    }) || null;
  }

  function isRight(form) {
    var key = form.querySelector(".kuis__kunci");
    var right = Array.prototype.map.call(key.querySelectorAll(".kuis__kunci--benar"),
      function (item) { return item.dataset.pilihan; });
    var chosen = Array.prototype.map.call(form.querySelectorAll(".kuis__pilihan input:checked"),
      function (input) { return input.value; });
    return right.length === chosen.length && right.every(function (value) {
      return chosen.indexOf(value) !== -1;
    });
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
      var done = forms.filter(function (form) {
        return form.querySelector(".kuis__pilihan input:checked");
      }).length;
      finish.querySelector("[data-prapasca-terjawab]").textContent =
        "Terjawab " + done + " dari " + forms.length + " soal.";
    }

    function showStatus() {
      ["pra", "pasca"].forEach(function (stage) {
        var line = root.querySelector("[data-prapasca-keadaan='" + stage + "']");
        var button = root.querySelector("[data-prapasca-tahap='" + stage + "']");
        var score = percent(answers(stage));
        line.textContent = NAMES[stage] + ": " + (score === null ? "belum dikerjakan." :
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
      var pre = percent(answers("pra"));
      var post = percent(answers("pasca"));
      var normalised = gain(pre, post);
      box.querySelector("[data-prapasca-nilai='pra']").textContent =
        pre === null ? "belum" : pre + "%";
      box.querySelector("[data-prapasca-nilai='pasca']").textContent =
        post === null ? "belum" : post + "%";
      box.querySelector("[data-prapasca-nilai='selisih']").textContent =
        pre === null || post === null ? "\u2013" : (post - pre >= 0 ? "+" : "") + (post - pre) + " poin";
      box.querySelector("[data-prapasca-nilai='gain']").textContent =
        normalised === null ? "\u2013" : number(normalised, 2);
      box.querySelector("[data-prapasca-nilai='label']").textContent = state.label;
      var code = encode(bank, { label: state.label, pra: answers("pra"), pasca: answers("pasca") });
      box.querySelector("[data-prapasca-kode]").textContent = code;
      var link = root.dataset.prapascaRekap;
      var holder = box.querySelector("[data-prapasca-qr]");
      holder.replaceChildren();
      var svg = qrSvg(link ? link + "#kode=" + code : code, "Kode QR berisi kode hasil " + code);
      if (svg) holder.appendChild(svg);
      box.hidden = false;
    }

    function start(stage) {
      var label = cleanLabel(labelInput.value);
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
        "Selesaikan " + NAMES[stage].toLowerCase();
      counter();
      showStatus();
      say(NAMES[stage] + " dimulai. Jawab semua soal, lalu pilih \u201cSelesai dan lihat hasil\u201d.");
      list.querySelector("input").focus();
    }

    function complete() {
      var ordered = Array.prototype.slice.call(list.querySelectorAll("form.prapasca__soal"));
      var missing = [];
      ordered.forEach(function (form) {
        if (!form.querySelector(".kuis__pilihan input:checked")) missing.push(numbers[form.dataset.kuisId]);
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
        var score = percent(answers(stage));
        if (score !== null) dashboard[stage] = score;
      });
      store.write("prapasca", dashboard);
      var stage = running;
      running = null;
      finish.hidden = true;
      showStage(stage === "pasca");
      say(NAMES[stage] + " selesai. Skor Anda " + percent(answers(stage)) + "%.");
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
    var confirmBox = root.querySelector("[data-prapasca-konfirmasi]");
    root.querySelector("[data-prapasca-ulang]").addEventListener("click", function () {
      confirmBox.hidden = false;
      confirmBox.querySelector("[data-prapasca-batal]").focus();
    });
    confirmBox.querySelector("[data-prapasca-batal]").addEventListener("click", function () {
      confirmBox.hidden = true;
      say("Hasil tes tetap tersimpan.");
    });
    confirmBox.querySelector("[data-prapasca-ya]").addEventListener("click", function () {
      store.remove("prapasca-" + bank.nama);
      store.remove("prapasca");
      state = { label: null, pra: null, pasca: null };
      confirmBox.hidden = true;
      setKeys(false);
      showStage(false);
      say("Hasil tes di perangkat ini telah dihapus.");
    });

    root.hidden = false;
    finish.hidden = true;
    showStage(Boolean(state.pasca));
  }

  /* ---------------------------------------------------------------- trainer's tally */

  /* Groups joined by dashes, or by spaces as people type codes from a screen. */
  var CODE_RE = /\bAMP(?:[-\x20\t]?[0-9A-Za-z]{1,8})+/gi;

  function findCodes(text) {
    return (String(text).match(CODE_RE) || []).map(function (code) { return code.trim(); });
  }

  /* A code found in a message may run into the words after it ("AMP 2K7Q ... terima kasih"):
   * the longest run of space-separated words that decodes is the code. */
  function decodeFound(found, banks) {
    var words = found.split(/[\x20\t]+/);
    var firstError = null;
    for (var count = words.length; count >= 1; count--) {
      try {
        return { text: words.slice(0, count).join(" "), result: decode(words.slice(0, count).join(""), banks) };
      } catch (error) {
        if (!error.kode) throw error;
        if (!firstError || (count === 1 && /-.*-/.test(words[0]))) firstError = error;
      }
    }
    throw firstError;
  }

  /* One row per person: codes with the same bank and label are merged, the later code's
   * results winning, so a pre-test on one phone and a post-test on another are one row. */
  function merge(entries) {
    var byLearner = {};
    var order = [];
    entries.forEach(function (entry) {
      var key = entry.bank.sidik + ":" + entry.label;
      var known = byLearner[key];
      if (!known) {
        order.push(key);
        byLearner[key] = { bank: entry.bank, label: entry.label, pra: entry.pra, pasca: entry.pasca };
        return;
      }
      if (entry.pra) known.pra = entry.pra;
      if (entry.pasca) known.pasca = entry.pasca;
    });
    return order.map(function (key) { return byLearner[key]; });
  }

  function summarise(entries, bank) {
    var count = bank.soal.length;
    var pres = [], posts = [], gains = [];
    var perQuestion = bank.soal.map(function () { return { pra: 0, pasca: 0, praPasangan: 0, pascaPasangan: 0 }; });
    var withPre = 0, withPost = 0, paired = 0;
    entries.forEach(function (entry) {
      var pre = percent(entry.pra), post = percent(entry.pasca);
      if (pre !== null) { pres.push(pre); withPre += 1; }
      if (post !== null) { posts.push(post); withPost += 1; }
      var g = gain(pre, post);
      if (g !== null) gains.push(g);
      if (entry.pra && entry.pasca) paired += 1;
      for (var i = 0; i < count; i++) {
        if (entry.pra) perQuestion[i].pra += entry.pra[i];
        if (entry.pasca) perQuestion[i].pasca += entry.pasca[i];
        if (entry.pra && entry.pasca) {
          perQuestion[i].praPasangan += entry.pra[i];
          perQuestion[i].pascaPasangan += entry.pasca[i];
        }
      }
    });
    /* Gain per module from the people who did both tests: the same group before and after. */
    var perModule = [];
    var modules = {};
    bank.soal.forEach(function (question, index) {
      var name = question.modul || "";
      if (!name) return;
      if (!modules[name]) {
        modules[name] = { modul: name, soal: [], pra: 0, pasca: 0 };
        perModule.push(modules[name]);
      }
      modules[name].soal.push(index + 1);
      modules[name].pra += perQuestion[index].praPasangan;
      modules[name].pasca += perQuestion[index].pascaPasangan;
    });
    perModule.forEach(function (item) {
      var possible = item.soal.length * paired;
      item.praPersen = possible ? (100 * item.pra) / possible : null;
      item.pascaPersen = possible ? (100 * item.pasca) / possible : null;
      item.gain = possible ? gain(item.praPersen, item.pascaPersen) : null;
    });
    function mean(values) {
      return values.length ? values.reduce(function (a, b) { return a + b; }, 0) / values.length : null;
    }
    return {
      jumlah: entries.length, pra: mean(pres), pasca: mean(posts), gain: mean(gains),
      jumlahGain: gains.length, denganPra: withPre, denganPasca: withPost, perSoal: perQuestion,
      pasangan: paired, perModul: perModule
    };
  }

  function csv(groups) {
    var rows = [];
    groups.forEach(function (group) {
      var header = ["bank", "peserta", "pra_persen", "pasca_persen", "selisih_poin", "gain_ternormalisasi"];
      group.bank.soal.forEach(function (question, index) {
        header.push("soal_" + (index + 1) + "_pra", "soal_" + (index + 1) + "_pasca");
      });
      rows.push(header);
      group.entries.forEach(function (entry) {
        var pre = percent(entry.pra), post = percent(entry.pasca), g = gain(pre, post);
        var row = [group.bank.nama, entry.label,
          pre === null ? "" : String(pre), post === null ? "" : String(post),
          pre === null || post === null ? "" : String(post - pre),
          g === null ? "" : number(g, 3)];
        group.bank.soal.forEach(function (question, index) {
          row.push(entry.pra ? String(entry.pra[index]) : "", entry.pasca ? String(entry.pasca[index]) : "");
        });
        rows.push(row);
      });
    });
    return "\ufeff" + rows.map(function (row) {
      return row.map(function (cell) {
        return /[;"\n]/.test(cell) ? '"' + cell.replace(/"/g, '""') + '"' : cell;
      }).join(";");
    }).join("\r\n") + "\r\n";
  }

  function cell(row, tag, text) {
    row.appendChild(el(tag, "", text));
  }

  function renderGroup(group) {
    var bank = group.bank;
    var stats = summarise(group.entries, bank);
    var section = el("section", "rekap__bank");
    section.setAttribute("data-rekap-bank-nama", bank.nama);
    section.appendChild(el("h3", "", "Bank soal \u201c" + bank.nama + "\u201d"));
    var facts = el("dl", "rekap__ringkasan");
    [["Jumlah peserta", String(stats.jumlah), "jumlah"],
     ["Rerata pra-tes", number(stats.pra, 1) + (stats.pra === null ? "" : "%") +
       " (" + stats.denganPra + " peserta)", "pra"],
     ["Rerata pasca-tes", number(stats.pasca, 1) + (stats.pasca === null ? "" : "%") +
       " (" + stats.denganPasca + " peserta)", "pasca"],
     ["Rerata gain ternormalisasi \u27e8g\u27e9", number(stats.gain, 2) +
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
      var pre = percent(entry.pra), post = percent(entry.pasca), g = gain(pre, post);
      var row = body.appendChild(el("tr"));
      var name = el("th", "", entry.label); name.scope = "row"; row.appendChild(name);
      cell(row, "td", pre === null ? "\u2013" : pre + "%");
      cell(row, "td", post === null ? "\u2013" : post + "%");
      cell(row, "td", pre === null || post === null ? "\u2013" : (post - pre >= 0 ? "+" : "") + (post - pre));
      cell(row, "td", number(g, 2));
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
      cell(row, "td", stats.denganPra ? counts.pra + " dari " + stats.denganPra + " (" + number(pre) + "%)" : "\u2013");
      cell(row, "td", stats.denganPasca ? counts.pasca + " dari " + stats.denganPasca + " (" + number(post) + "%)" : "\u2013");
      cell(row, "td", change === null ? "\u2013" : (change >= 0 ? "+" : "") + number(change) + " poin");
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
      cell(row, "td", item.praPersen === null ? "\u2013" : number(item.praPersen) + "%");
      cell(row, "td", item.pascaPersen === null ? "\u2013" : number(item.pascaPersen) + "%");
      var value = el("td", "", number(item.gain, 2));
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
          results.push(decode(code, banks));
        } catch (error) {
          /* Stored codes of an older bank no longer count. */
        }
      });
      return results;
    }

    function entries() {
      var groups = {};
      merge(decoded()).forEach(function (entry) {
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

    function add(text, source) {
      errors.replaceChildren();
      var found = findCodes(text);
      if (!found.length) {
        message.textContent = text.trim()
          ? "Tidak ada kode hasil dalam teks ini. Kode hasil diawali \u201cAMP-\u201d, misalnya AMP-2K7Q-\u2026."
          : "Tempel kode hasil peserta terlebih dahulu.";
        return;
      }
      var added = 0, same = 0, replaced = 0, rejected = 0;
      found.forEach(function (code) {
        var result, text;
        try {
          var found = decodeFound(code, banks);
          result = found.result;
          text = found.text;
        } catch (error) {
          rejected += 1;
          var item = el("li", "", "\u201c" + code + "\u201d ditolak. " + error.message);
          errors.appendChild(item);
          return;
        }
        var canonical = result.versi === VERSION ? encode(result.bank, result)
          : text.toUpperCase().replace(/\s+/g, "-");
        if (codes.indexOf(canonical) !== -1) { same += 1; return; }
        var known = decoded().some(function (other) {
          return other.bank.sidik === result.bank.sidik && other.label === result.label;
        });
        codes.push(canonical);
        if (known) replaced += 1; else added += 1;
      });
      store.write("rekap-kelas", { kode: codes });
      var parts = [];
      if (added) parts.push(added + " kode ditambahkan");
      if (replaced) parts.push(replaced + " kode melengkapi hasil peserta dengan label yang sama");
      if (same) parts.push(same + " kode sudah ada");
      if (rejected) parts.push(rejected + " kode ditolak (lihat daftar di bawah)");
      message.textContent = (source ? source + " " : "") + parts.join(", ") + ".";
      render();
    }

    root.querySelector("[data-rekap-tambah]").addEventListener("click", function () {
      add(input.value);
      if (!errors.children.length) input.value = "";
    });
    root.querySelector("[data-rekap-csv]").addEventListener("click", function () {
      var link = el("a");
      link.href = URL.createObjectURL(new Blob([csv(entries())], { type: "text/csv;charset=utf-8" }));
      link.download = "rekap-pra-pasca-tes.csv";
      document.body.appendChild(link);
      link.click();
      setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 0);
      message.textContent = "Berkas CSV diunduh.";
    });
    var confirmBox = root.querySelector("[data-rekap-konfirmasi]");
    root.querySelector("[data-rekap-kosongkan]").addEventListener("click", function () {
      confirmBox.hidden = false;
      confirmBox.querySelector("[data-rekap-batal]").focus();
    });
    confirmBox.querySelector("[data-rekap-batal]").addEventListener("click", function () {
      confirmBox.hidden = true;
      message.textContent = "Rekap tidak diubah.";
    });
    confirmBox.querySelector("[data-rekap-ya]").addEventListener("click", function () {
      codes = [];
      store.remove("rekap-kelas");
      confirmBox.hidden = true;
      errors.replaceChildren();
      message.textContent = "Rekap dikosongkan.";
      render();
    });
    root.hidden = false;
    render();
    var fromLink = /[#&]kode=([^&]+)/.exec(location.hash);
    if (fromLink) {
      add(decodeURIComponent(fromLink[1]), "Dari tautan kode QR:");
      history.replaceState(null, "", location.pathname + location.search);
    }
  }

  function start() {
    document.querySelectorAll("[data-prapasca]").forEach(setUpLearner);
    document.querySelectorAll("[data-rekap-kelas]").forEach(setUpTally);
  }

  window.akademiPrapasca = {
    encode: encode, decode: decode, percent: percent, gain: gain, findCodes: findCodes,
    decodeFound: decodeFound, merge: merge, summarise: summarise, cleanLabel: cleanLabel
  };

  /* Loaded by the test and tally pages themselves (not on every page), so it may run before
   * Material's bundle and again after each instant navigation: set up what is on the page now,
   * and subscribe to document$ once. */
  function boot() {
    store = window.akademiStorage;
    start();
    if (window.document$ && !window.__akademiPrapascaTerpasang) {
      window.__akademiPrapascaTerpasang = true;
      window.document$.subscribe(start);
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
  else boot();
})();
