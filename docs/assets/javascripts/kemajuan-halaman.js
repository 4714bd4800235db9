/*
 * The "Kemajuan Saya" dashboard (export and import between devices, reset) and the self-study
 * certificate. Loaded by kemajuan.js only on the pages that hold them; it reuses that file's
 * helpers (window.akademiKemajuan).
 */
(function () {
  "use strict";

  var store = window.akademiStorage;
  var core = window.akademiKemajuan;
  var brand = store.brand();
  var FORMAT = brand.kode + "/kemajuan";
  var KEYS = ["kunjungan", "kuis", "skor", "prapasca", "sertifikat"];
  var el = core.el;
  var read = core.read;
  var siteUrl = core.siteUrl;
  var statuses = core.statuses;
  var describe = core.describe;
  var markNavigation = core.markNavigation;

  function formatDate(iso) {
    var date = new Date(iso);
    if (isNaN(date)) return "";
    return date.toLocaleDateString("id-ID", { day: "numeric", month: "long", year: "numeric" });
  }

  /* The "Kemajuan Saya" dashboard. */
  function renderDashboard(root, list) {
    var body = root.querySelector("tbody");
    // Column names, shown beside each value when a narrow screen stacks the table.
    var names = Array.prototype.map.call(root.querySelectorAll("thead th"), function (th) {
      return th.textContent;
    });
    body.replaceChildren();
    list.forEach(function (status) {
      var row = el("tr");
      row.setAttribute("role", "row");
      var title = el("td");
      var link = el("a", "", status.modul.nomor + ". " + status.modul.judul);
      link.href = siteUrl(status.modul.url);
      title.appendChild(link);
      row.appendChild(title);
      row.appendChild(el("td", "", describe(status)));
      row.appendChild(el("td", "", status.skor ? status.skor.terbaik + "% (" +
        formatDate(status.skor.waktu) + ")" : "Belum dikerjakan"));
      row.appendChild(el("td", "", status.terakhir ? formatDate(status.terakhir) : "-"));
      var next = el("td");
      if (status.lanjut) {
        var started = status.dibaca > 0 || Boolean(status.skor);
        var go = el("a", "md-button", started ? "Lanjutkan" : "Mulai");
        go.href = siteUrl(status.lanjut);
        go.setAttribute("aria-label", (started ? "Lanjutkan modul " : "Mulai modul ") +
          status.modul.judul);
        next.appendChild(go);
      } else {
        next.textContent = "Selesai";
      }
      row.appendChild(next);
      Array.prototype.forEach.call(row.children, function (cell, index) {
        cell.setAttribute("role", "cell");
        cell.dataset.kolom = names[index] || "";
      });
      body.appendChild(row);
    });
    var prepost = read("prapasca");
    var test = root.querySelector("[data-kemajuan-prapasca]");
    if (test) {
      test.textContent = typeof prepost.pra === "number" || typeof prepost.pasca === "number"
        ? "Pra-tes: " + (prepost.pra !== undefined ? prepost.pra + "%" : "belum") +
          " \u00b7 Pasca-tes: " + (prepost.pasca !== undefined ? prepost.pasca + "%" : "belum")
        : "Anda belum mengerjakan pra-tes atau pasca-tes.";
    }
  }

  /* Export and import. */
  function exportData() {
    var data = {};
    KEYS.forEach(function (name) { data[name] = read(name); });
    return store.exportFile(FORMAT, data);
  }

  function parseImport(text) {
    var data = store.readExportFile(text, FORMAT, "berkas kemajuan " + brand.nama);
    KEYS.forEach(function (name) {
      if (data[name] !== undefined && !store.isPlainObject(data[name])) {
        throw new Error("Bagian \u201c" + name + "\u201d dalam berkas ini rusak.");
      }
    });
    Object.keys(data.skor || {}).forEach(function (page) {
      var score = data.skor[page];
      if (!store.isPlainObject(score) || typeof score.terbaik !== "number" ||
          score.terbaik < 0 || score.terbaik > 100) {
        throw new Error("Skor kuis dalam berkas ini tidak sah.");
      }
    });
    return data;
  }

  function newer(a, b) {
    return String((a && a.waktu) || a || "") >= String((b && b.waktu) || b || "") ? a : b;
  }

  function merge(data) {
    var visits = read("kunjungan");
    Object.keys(data.kunjungan || {}).forEach(function (page) {
      visits[page] = visits[page] ? newer(visits[page], data.kunjungan[page]) : data.kunjungan[page];
    });
    var scores = read("skor");
    Object.keys(data.skor || {}).forEach(function (page) {
      var mine = scores[page], theirs = data.skor[page];
      if (!store.isPlainObject(mine)) { scores[page] = theirs; return; }
      var best = theirs.terbaik > mine.terbaik ? theirs : mine;
      scores[page] = Object.assign({}, best, { lulus: mine.lulus === true || theirs.lulus === true });
    });
    var answers = read("kuis");
    Object.keys(data.kuis || {}).forEach(function (id) {
      answers[id] = answers[id] ? newer(answers[id], data.kuis[id]) : data.kuis[id];
    });
    var prepost = read("prapasca");
    ["pra", "pasca"].forEach(function (name) {
      var theirs = (data.prapasca || {})[name];
      if (typeof theirs === "number" && !(prepost[name] >= theirs)) prepost[name] = theirs;
    });
    store.write("kunjungan", visits);
    store.write("skor", scores);
    store.write("kuis", answers);
    store.write("prapasca", prepost);
    if (data.sertifikat && !Object.keys(read("sertifikat")).length) {
      store.write("sertifikat", data.sertifikat);
    }
  }

  function setUpDashboard(root) {
    if (root.dataset.siap) return;
    root.dataset.siap = "ya";
    root.hidden = false;
    var message = root.querySelector("[data-kemajuan-pesan]");
    var problem = root.querySelector("[data-kemajuan-galat]");
    /* Failures go to their own alert line, styled as an error; a success clears it. */
    function say(text) { problem.textContent = ""; message.textContent = text; }
    function fail(text) { message.textContent = ""; problem.textContent = text; }
    function refresh() { var list = statuses(); renderDashboard(root, list); markNavigation(list); }
    refresh();
    root.querySelector("[data-kemajuan-ekspor]").addEventListener("click", function () {
      store.download("kemajuan-" + brand.kode + ".json", "application/json", exportData());
      say("Berkas kemajuan diunduh. Buka halaman ini di perangkat lain, lalu impor berkas itu.");
    });
    root.querySelector("[data-kemajuan-impor]").addEventListener("change", function (event) {
      var file = event.target.files[0];
      if (!file) return;
      file.text().then(function (text) {
        try {
          merge(parseImport(text));
          refresh();
          say("Kemajuan berhasil diimpor dan digabungkan. Skor terbaik dipertahankan.");
        } catch (error) {
          fail(error.message + " Kemajuan Anda saat ini tidak berubah.");
        }
        event.target.value = "";
      });
    });
    var box = root.querySelector("[data-kemajuan-konfirmasi]");
    var confirm = store.confirmBox(box, box.querySelector("[data-kemajuan-ya]"),
      box.querySelector("[data-kemajuan-batal]"), function () {
        KEYS.forEach(function (name) { store.remove(name); });
        refresh();
        say("Semua kemajuan di perangkat ini telah dihapus.");
      }, function () { say("Penghapusan dibatalkan."); });
    root.querySelector("[data-kemajuan-hapus]").addEventListener("click", confirm.ask);
  }

  /* The self-study certificate. */
  function setUpCertificate(root, list) {
    var core = list.filter(function (status) { return status.modul.inti; });
    var missing = core.filter(function (status) { return !status.selesai; });
    var locked = root.querySelector("[data-sertifikat-terkunci]");
    var ready = root.querySelector("[data-sertifikat-siap]");
    root.hidden = false;
    if (!core.length || missing.length) {
      locked.hidden = false;
      ready.hidden = true;
      var todo = locked.querySelector("ul");
      todo.replaceChildren();
      missing.forEach(function (status) {
        var item = el("li");
        var link = el("a", "", status.modul.judul);
        link.href = siteUrl(status.modul.url);
        item.appendChild(link);
        item.appendChild(document.createTextNode(" \u2014 " + describe(status)));
        todo.appendChild(item);
      });
      return;
    }
    locked.hidden = true;
    ready.hidden = false;
    var saved = read("sertifikat");
    var name = root.querySelector("#sertifikat-nama");
    var office = root.querySelector("#sertifikat-instansi");
    if (!root.dataset.siap) {
      root.dataset.siap = "ya";
      name.value = typeof saved.nama === "string" ? saved.nama : "";
      office.value = typeof saved.instansi === "string" ? saved.instansi : "";
      [name, office].forEach(function (input) {
        input.addEventListener("input", function () {
          store.write("sertifikat", { nama: name.value, instansi: office.value });
          fillCertificate(root, core, name.value, office.value);
        });
      });
      root.querySelector("[data-sertifikat-cetak]").addEventListener("click", function () {
        window.print();
      });
    }
    fillCertificate(root, core, name.value, office.value);
  }

  function fillCertificate(root, core, name, office) {
    root.querySelector("[data-sertifikat-nama]").textContent = name.trim() || "(nama Anda)";
    root.querySelector("[data-sertifikat-instansi]").textContent = office.trim() || "(instansi Anda)";
    root.querySelector("[data-sertifikat-tanggal]").textContent = formatDate(new Date().toISOString());
    var rows = root.querySelector("[data-sertifikat-modul]");
    rows.replaceChildren();
    core.forEach(function (status) {
      var row = el("tr");
      row.appendChild(el("td", "", status.modul.nomor + ". " + status.modul.judul));
      row.appendChild(el("td", "", status.skor ? status.skor.terbaik + "%" : "-"));
      row.appendChild(el("td", "", formatDate(status.terakhir)));
      rows.appendChild(row);
    });
  }

  window.akademiKemajuanHalaman = {
    setUpDashboard: setUpDashboard,
    setUpCertificate: setUpCertificate
  };
})();
