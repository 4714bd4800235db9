/*
 * Certificate of attendance: the trainer fills in the event and pastes the participants'
 * names; one A4 sheet per name is built from the page's <template> and printed. Everything
 * stays in this browser (the form is kept with the shared storage helper), so it also works
 * offline and from file://.
 */
(function () {
  "use strict";

  var STORAGE_NAME = "sertifikat-kehadiran";
  var FIELDS = ["judul", "tanggal", "tempat", "jam", "jabatan", "penanda", "nip", "peserta"];

  /* One participant per non-empty line. A row pasted from a sheet has tab-separated cells:
   * a leading row number is skipped, then the name, then (optionally) the office. */
  function participants(text) {
    return text.split(/\r?\n/).map(function (line) {
      var cells = line.split("\t").map(function (cell) { return cell.trim(); });
      while (cells.length && /^\d+[.)]?$/.test(cells[0])) cells.shift();
      return { nama: cells[0] || "", instansi: cells[1] || "" };
    }).filter(function (person) { return person.nama; });
  }

  function formatDate(iso) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    if (!parts) return "";
    var date = new Date(Date.UTC(+parts[1], +parts[2] - 1, +parts[3]));
    return new Intl.DateTimeFormat("id-ID", {
      day: "numeric", month: "long", year: "numeric", timeZone: "UTC"
    }).format(date);
  }

  function values(form) {
    var data = {};
    FIELDS.forEach(function (name) { data[name] = form.elements[name].value; });
    return data;
  }

  function description(data) {
    var place = data.tempat.trim();
    var date = formatDate(data.tanggal);
    var text = "yang diselenggarakan";
    if (place) text += " di " + place;
    if (date) text += " pada " + date;
    var hours = parseInt(data.jam, 10);
    if (hours > 0) text += " selama " + hours + " jam pelajaran";
    return text + ".";
  }

  function sheet(template, data, person) {
    var node = template.content.firstElementChild.cloneNode(true);
    var date = formatDate(data.tanggal);
    var fill = {
      nama: person.nama,
      instansi: person.instansi,
      judul: data.judul.trim(),
      keterangan: description(data),
      tanggal: date,
      jabatan: data.jabatan.trim(),
      penanda: data.penanda.trim(),
      nip: data.nip.trim() ? "NIP " + data.nip.trim() : ""
    };
    node.querySelectorAll("[data-isi]").forEach(function (element) {
      element.textContent = fill[element.getAttribute("data-isi")] || "";
      if (!element.textContent && element.getAttribute("data-isi") !== "penanda") {
        element.hidden = true;
      }
    });
    return node;
  }

  /* What is still missing before printing, in the trainer's words (empty when ready). */
  function problem(data, people) {
    if (!data.judul.trim()) return "Tulis nama kegiatan terlebih dahulu.";
    if (!data.tanggal) return "Pilih tanggal kegiatan terlebih dahulu.";
    if (!people.length) {
      return "Belum ada nama peserta. Tulis atau tempel nama peserta, satu nama per baris.";
    }
    return "";
  }

  function setUp(root) {
    if (root.dataset.siap) return;
    root.dataset.siap = "ya";
    var store = window.akademiStorage;
    var form = root.querySelector("form");
    var sheets = root.querySelector("[data-kehadiran-lembaran]");
    var template = root.querySelector("[data-kehadiran-templat]");
    var count = root.querySelector("[data-kehadiran-jumlah]");
    var message = root.querySelector("[data-kehadiran-pesan]");
    var saved = store && store.read(STORAGE_NAME, store.isPlainObject);
    if (saved) {
      FIELDS.forEach(function (name) {
        if (typeof saved[name] === "string") form.elements[name].value = saved[name];
      });
    }

    function render() {
      var data = values(form);
      var people = participants(data.peserta);
      if (store) store.write(STORAGE_NAME, data);
      count.textContent = people.length ? people.length + " peserta, " + people.length +
        " lembar sertifikat." : "";
      var fragment = document.createDocumentFragment();
      people.forEach(function (person) { fragment.appendChild(sheet(template, data, person)); });
      sheets.replaceChildren(fragment);
      return { data: data, people: people };
    }

    form.addEventListener("input", function () {
      message.textContent = "";
      render();
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var current = render();
      var missing = problem(current.data, current.people);
      message.textContent = missing;
      if (missing) return;
      window.print();
    });
    render();
  }

  function start() {
    document.querySelectorAll("[data-kehadiran]").forEach(setUp);
  }

  window.akademiKehadiran = { participants: participants, formatDate: formatDate };

  window.akademiStorage.onPage("sertifikat-kehadiran", start);
})();
