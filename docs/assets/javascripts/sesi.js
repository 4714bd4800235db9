/*
 * Materials for a session or a day, counted for the number of participants the trainer types
 * (hooks/sesi.py renders the lists for 30 participants; the rules mirror akademi.sesi:
 * count_for and total_for). N and the group size are kept with akademiStorage, so the
 * facilitation pages and the run sheet show the same class.
 */
(function (root) {
  "use strict";

  var KEY = "sesi-peserta";
  var LIMITS = { peserta: [1, 500], kelompok: [2, 20] };

  /* How many of a material N people need: per participant, pair, group, or once per class. */
  function hitung(jumlah, per, peserta, kelompok) {
    peserta = Math.max(peserta, 0);
    kelompok = Math.max(kelompok, 1);
    if (per === "peserta") return jumlah * peserta;
    if (per === "pasangan") return jumlah * Math.ceil(peserta / 2);
    if (per === "kelompok") return jumlah * Math.ceil(peserta / kelompok);
    return jumlah;
  }

  /* A reused material is needed once, at its largest use; the others are used up. */
  function total(bagian, pakaiUlang, peserta, kelompok) {
    var counts = bagian.map(function (part) {
      return hitung(part[0], part[1], peserta, kelompok);
    });
    if (!counts.length) return 0;
    return pakaiUlang ? Math.max.apply(null, counts) : counts.reduce(function (a, b) {
      return a + b;
    }, 0);
  }

  function whole(value, name) {
    var number = Number(value);
    var range = LIMITS[name];
    if (!Number.isInteger(number) || number < range[0] || number > range[1]) return null;
    return number;
  }

  function stored() {
    var storage = root.akademiStorage;
    if (!storage) return null;
    return storage.read(KEY, function (data) {
      return storage.isPlainObject(data) && whole(data.peserta, "peserta") !== null &&
        whole(data.kelompok, "kelompok") !== null;
    });
  }

  function update(form, save) {
    var inputs = {};
    form.querySelectorAll("[data-sesi-masukan]").forEach(function (input) {
      inputs[input.getAttribute("data-sesi-masukan")] = input;
    });
    var peserta = whole(inputs.peserta.value, "peserta");
    var kelompok = whole(inputs.kelompok.value, "kelompok");
    var message = form.querySelector("[data-sesi-pesan]");
    if (peserta === null || kelompok === null) {
      message.textContent = peserta === null
        ? "Ketik jumlah peserta berupa bilangan bulat dari 1 sampai 500."
        : "Ketik anggota per kelompok berupa bilangan bulat dari 2 sampai 20.";
      return;
    }
    document.querySelectorAll("[data-sesi-bahan] tr[data-sesi-bagian]").forEach(function (row) {
      var bagian = JSON.parse(row.getAttribute("data-sesi-bagian"));
      var reused = row.getAttribute("data-sesi-pakai-ulang") === "ya";
      row.querySelector("[data-sesi-jumlah]").textContent =
        String(total(bagian, reused, peserta, kelompok));
    });
    document.querySelectorAll("[data-sesi-n]").forEach(function (span) {
      span.textContent = String(peserta);
    });
    message.textContent = "Jumlah bahan dihitung untuk " + peserta +
      " peserta dalam kelompok berisi " + kelompok + " orang.";
    if (save && root.akademiStorage) {
      root.akademiStorage.write(KEY, { peserta: peserta, kelompok: kelompok });
    }
  }

  function setup(form) {
    if (form.hasAttribute("data-sesi-siap")) return;
    form.setAttribute("data-sesi-siap", "");
    var saved = stored();
    if (saved) {
      form.querySelector('[data-sesi-masukan="peserta"]').value = saved.peserta;
      form.querySelector('[data-sesi-masukan="kelompok"]').value = saved.kelompok;
    }
    form.addEventListener("input", function () { update(form, true); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.querySelector("[data-sesi-cetak]").addEventListener("click", function () {
      root.print();
    });
    update(form, false);
  }

  function init() {
    document.querySelectorAll("[data-sesi-peserta]").forEach(setup);
  }

  function start() {
    init();
    if (root.document$ && !root.__akademiSesiTerpasang) {
      root.__akademiSesiTerpasang = true;
      root.document$.subscribe(init);
    }
  }

  if (typeof module !== "undefined" && module.exports) {
    module.exports = { hitung: hitung, total: total };
    return;
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})(typeof window !== "undefined" ? window : globalThis);
