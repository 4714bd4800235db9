/*
 * Kalkulator Engagement: engagement rate by reach, views and followers, with the formula and
 * the numbers used, in Indonesian number format.
 *
 * The formulas and the number format mirror docs/modul/evaluasi-insight/insight.py
 * (jumlah_interaksi, er_jangkauan, er_tayangan, er_pengikut, format_angka, format_persen):
 * interactions = likes + comments + shares + saves (empty counts as 0); a zero or empty
 * denominator gives null, never NaN or Infinity; rounding is half-up on the shortest decimal
 * form of the number. tests/data/engagement-vectors.json checks both implementations.
 * The pure part also runs under Node (module.exports); the interface part only in a page.
 */
(function (root) {
  "use strict";

  var EMPTY = "\u2013";
  var COMPONENTS = ["suka", "komentar", "bagikan", "simpan"];
  var BASES = ["jangkauan", "tayangan", "pengikut"];

  function finite(value) {
    return typeof value === "number" && isFinite(value) ? value : null;
  }

  /* Likes + comments + shares + saves; an empty component counts as 0 (as in insight.py). */
  function jumlahInteraksi(suka, komentar, bagikan, simpan) {
    var total = [suka, komentar, bagikan, simpan].reduce(function (sum, value) {
      return sum + (finite(value) || 0);
    }, 0);
    return Math.trunc(total);
  }

  /* numerator / denominator x 100; null when either is missing or the denominator is <= 0. */
  function persen(atas, bawah) {
    atas = finite(atas);
    bawah = finite(bawah);
    if (atas === null || bawah === null || bawah <= 0) return null;
    return atas / bawah * 100;
  }

  /* 1234.5 -> "1.234,5": dot for thousands, comma for decimals, half-up rounding of the
   * shortest decimal form (0.125 -> "0,13", 2.675 -> "2,68"); null/NaN/Infinity -> "–". */
  function formatAngka(nilai, desimal) {
    desimal = desimal || 0;
    var x = finite(nilai);
    if (x === null) return EMPTY;
    var negative = x < 0;
    var parts = String(Math.abs(x)).split("e");
    var mantissa = parts[0], exponent = parts.length > 1 ? parseInt(parts[1], 10) : 0;
    var dot = mantissa.indexOf(".");
    var digits = mantissa.replace(".", "");
    var point = (dot === -1 ? mantissa.length : dot) + exponent;
    var shift = point - digits.length + desimal;
    var n = BigInt(digits);
    if (shift >= 0) {
      n = n * (10n ** BigInt(shift));
    } else {
      var divisor = 10n ** BigInt(-shift);
      var remainder = n % divisor;
      n = n / divisor;
      if (remainder * 2n >= divisor) n += 1n;
    }
    var text = n.toString();
    if (text.length > 28) return EMPTY; // beyond Decimal's precision in insight.py
    text = text.padStart(desimal + 1, "0");
    var whole = text.slice(0, text.length - desimal);
    var fraction = text.slice(text.length - desimal);
    whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    var out = desimal > 0 ? whole + "," + fraction : whole;
    return negative && n !== 0n ? "-" + out : out;
  }

  function formatPersen(nilai, desimal) {
    var text = formatAngka(nilai, desimal === undefined ? 2 : desimal);
    return text === EMPTY ? text : text + "%";
  }

  /* All three rates for one post. Inputs are numbers or null. */
  function hitung(angka) {
    var interaksi = jumlahInteraksi(angka.suka, angka.komentar, angka.bagikan, angka.simpan);
    return {
      interaksi: interaksi,
      er_jangkauan: persen(interaksi, angka.jangkauan),
      er_tayangan: persen(interaksi, angka.tayangan),
      er_pengikut: persen(interaksi, angka.pengikut)
    };
  }

  var SUFFIXES = { rb: 1e3, ribu: 1e3, k: 1e3, jt: 1e6, juta: 1e6 };

  /* A count typed by a person: "1234", "1.234", "1,2 rb", "3 jt". Returns {nilai}, {kosong}
   * or {galat: message in Indonesian}. */
  function bacaBilangan(teks) {
    var raw = String(teks === undefined || teks === null ? "" : teks).trim();
    if (!raw) return { kosong: true };
    var compact = raw.replace(/[\s\u00a0]+/g, "").toLowerCase();
    if (/^[-\u2212]/.test(compact)) return { galat: "tidak boleh negatif." };
    var multiplier = 1;
    var suffix = compact.match(/^(.*?)(ribu|rb|juta|jt|k)$/);
    if (suffix) {
      compact = suffix[1];
      multiplier = SUFFIXES[suffix[2]];
    }
    var value;
    if (/^\d+$/.test(compact)) {
      value = Number(compact);
    } else if (/^\d{1,3}(\.\d{3})+$/.test(compact)) {
      value = Number(compact.replace(/\./g, ""));
    } else if (/^(\d{1,3}(\.\d{3})+|\d+),\d+$/.test(compact)) {
      if (multiplier === 1) return { galat: "harus bilangan bulat (jumlah tidak memakai koma)." };
      value = Number(compact.replace(/\./g, "").replace(",", "."));
    } else if (multiplier !== 1 && /^\d+\.\d{1,2}$/.test(compact)) {
      value = Number(compact);
    } else if (/^\d+\.\d{1,2}$/.test(compact) || /^\d+\.\d{4,}$/.test(compact)) {
      return { galat: "memakai titik yang bukan pemisah ribuan. Titik hanya untuk ribuan, misalnya 1.234." };
    } else {
      return { galat: "bukan angka. Tulis angka saja, misalnya 1.234 atau 1,2 rb." };
    }
    value = Math.round(value * multiplier);
    if (!isFinite(value) || value > 1e12) return { galat: "terlalu besar." };
    return { nilai: value };
  }

  /* A percentage such as "2,5", "2.5" or "0,48 %". */
  function bacaPersen(teks) {
    var raw = String(teks === undefined || teks === null ? "" : teks).trim();
    if (!raw) return { kosong: true };
    var compact = raw.replace(/[\s\u00a0%]+/g, "");
    if (/^[-\u2212]/.test(compact)) return { galat: "tidak boleh negatif." };
    if (!/^\d+([.,]\d+)?$/.test(compact)) {
      return { galat: "bukan angka persen. Tulis misalnya 2,5 untuk 2,5%." };
    }
    var value = Number(compact.replace(",", "."));
    if (value === 0) return { galat: "tidak boleh 0, karena tidak dapat dipakai sebagai pembanding." };
    if (value > 1000) return { galat: "terlalu besar untuk persentase ER." };
    return { nilai: value };
  }

  var HEADERS = {
    suka: ["suka", "like", "likes", "reaksi", "reactions", "suka/reaksi", "sukareaksi"],
    komentar: ["komentar", "comment", "comments"],
    bagikan: ["bagikan", "dibagikan", "share", "shares", "bagikanulang"],
    simpan: ["simpan", "disimpan", "save", "saves"],
    jangkauan: ["jangkauan", "reach"],
    tayangan: ["tayangan", "views", "view", "impressions", "impresi", "tampilan"],
    pengikut: ["pengikut", "followers", "follower"]
  };

  function headerName(cell) {
    var key = cell.toLowerCase().replace(/[^a-z/]/g, "");
    var found = null;
    Object.keys(HEADERS).forEach(function (name) {
      if (HEADERS[name].indexOf(key) !== -1) found = name;
    });
    return found;
  }

  /* A pasted table (tab or semicolon separated, header row first) -> rows and problems. */
  function bacaTabel(teks) {
    var lines = String(teks || "").split(/\r\n|\r|\n/).map(function (line, i) {
      return { number: i + 1, text: line };
    }).filter(function (line) { return line.text.trim(); });
    if (!lines.length) return { galat: ["Tabel masih kosong. Tempel tabel dengan baris judul kolom."] };
    var header = lines[0].text;
    var separator = ["\t", ";", ","].filter(function (mark) { return header.indexOf(mark) !== -1; })[0];
    if (!separator) {
      return { galat: ["Kolom tidak dapat dipisahkan. Salin dari lembar kerja (kolom dipisah tab) " +
        "atau pisahkan kolom dengan titik koma (;)."] };
    }
    var names = header.split(separator).map(function (cell) { return cell.trim(); });
    var columns = names.map(headerName);
    var labelColumn = columns.indexOf(null);
    var problems = [];
    if (!COMPONENTS.some(function (c) { return columns.indexOf(c) !== -1; })) {
      problems.push("Baris judul belum memuat kolom interaksi (suka, komentar, bagikan, atau simpan).");
    }
    if (!BASES.some(function (c) { return columns.indexOf(c) !== -1; })) {
      problems.push("Baris judul belum memuat kolom pembagi (jangkauan, tayangan, atau pengikut).");
    }
    if (problems.length) return { galat: problems };
    var rows = [];
    lines.slice(1).forEach(function (line) {
      var cells = line.text.split(separator);
      var values = { label: labelColumn !== -1 ? (cells[labelColumn] || "").trim() : "" };
      var rowProblems = [];
      COMPONENTS.concat(BASES).forEach(function (name) {
        var index = columns.indexOf(name);
        values[name] = null;
        if (index === -1) return;
        var parsed = bacaBilangan(cells[index]);
        if (parsed.galat) rowProblems.push("kolom " + names[index] + " " + parsed.galat);
        else if (!parsed.kosong) values[name] = parsed.nilai;
      });
      if (rowProblems.length) {
        problems.push("Baris " + line.number + ": " + rowProblems.join("; "));
        return;
      }
      values.baris = line.number;
      /* Reach 0: the post's insight was not read (as in insight.py). No interactions, no rates,
       * not even per follower, and the row stays out of the pooled rates. */
      values.terbaca = values.jangkauan !== 0;
      values.hasil = values.terbaca ? hitung(values)
        : { interaksi: null, er_jangkauan: null, er_tayangan: null, er_pengikut: null };
      rows.push(values);
    });
    if (!rows.length && !problems.length) problems.push("Tabel hanya berisi baris judul. Tambahkan baris angka.");
    /* Each pooled rate sums only the rows that have its denominator: a row without views adds
     * neither its interactions nor its views to the rate per view. */
    var total = { interaksi: 0, jangkauan: 0, tayangan: 0, interaksiJangkauan: 0, interaksiTayangan: 0,
      adaJangkauan: false, adaTayangan: false };
    rows.forEach(function (row) {
      if (!row.terbaca) return;
      total.interaksi += row.hasil.interaksi;
      if (row.jangkauan > 0) {
        total.jangkauan += row.jangkauan; total.interaksiJangkauan += row.hasil.interaksi; total.adaJangkauan = true;
      }
      if (row.tayangan > 0) {
        total.tayangan += row.tayangan; total.interaksiTayangan += row.hasil.interaksi; total.adaTayangan = true;
      }
    });
    return {
      baris: rows,
      galat: problems,
      gabungan: {
        interaksi: total.interaksi,
        er_jangkauan: total.adaJangkauan ? persen(total.interaksiJangkauan, total.jangkauan) : null,
        er_tayangan: total.adaTayangan ? persen(total.interaksiTayangan, total.tayangan) : null
      }
    };
  }

  /* How a rate compares with the account's own average (ratio thresholds 0.8 and 1.2). */
  function tafsir(er, rata) {
    if (er === null || rata === null || !(rata > 0)) return null;
    var ratio = er / rata;
    return { rasio: ratio, tingkat: ratio >= 1.2 ? "atas" : ratio < 0.8 ? "bawah" : "setara" };
  }

  var api = {
    jumlahInteraksi: jumlahInteraksi, persen: persen, formatAngka: formatAngka,
    formatPersen: formatPersen, hitung: hitung, bacaBilangan: bacaBilangan,
    bacaPersen: bacaPersen, bacaTabel: bacaTabel, tafsir: tafsir
  };
  root.akademiEngagement = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  if (typeof document === "undefined") return;

  /* --- the page ------------------------------------------------------------------------- */

  var STORE = "kalkulator-engagement";
  var LABEL = {
    suka: "suka", komentar: "komentar", bagikan: "bagikan", simpan: "simpan",
    jangkauan: "jangkauan", tayangan: "tayangan", pengikut: "pengikut"
  };
  var RATE = {
    jangkauan: "ER per jangkauan", tayangan: "ER per tayangan", pengikut: "ER per pengikut"
  };

  var el = window.akademiStorage.el;

  function validSaved(data) {
    var store = window.akademiStorage;
    if (!store.isPlainObject(data) || !store.isPlainObject(data.masukan)) return false;
    return Object.keys(data.masukan).every(function (k) { return typeof data.masukan[k] === "string"; }) &&
      (data.rata === undefined || typeof data.rata === "string") &&
      (data.tabel === undefined || typeof data.tabel === "string") &&
      (data.dasar === undefined || BASES.indexOf(data.dasar) !== -1);
  }

  function setup(box) {
    if (box.dataset.siap || !window.akademiStorage) return;
    box.dataset.siap = "1";
    var store = window.akademiStorage;
    var fields = {};
    COMPONENTS.concat(BASES).forEach(function (name) {
      fields[name] = box.querySelector('[data-isian="' + name + '"]');
    });
    var average = box.querySelector('[data-isian="rata"]');
    var basis = box.querySelector('[data-isian="dasar"]');
    var result = box.querySelector('[data-peran="hasil"]');
    var table = box.querySelector('[data-isian="tabel"]');
    var tableResult = box.querySelector('[data-peran="hasil-tabel"]');
    var status = box.querySelector('[data-peran="status"]');
    var live = box.querySelector('[data-peran="ringkas"]');
    var lastAggregate = null, liveTimer = null;

    var saved = store.read(STORE, validSaved);
    if (saved) {
      Object.keys(fields).forEach(function (name) {
        if (typeof saved.masukan[name] === "string") fields[name].value = saved.masukan[name];
      });
      if (saved.rata) average.value = saved.rata;
      if (saved.dasar) basis.value = saved.dasar;
      if (saved.tabel) table.value = saved.tabel;
    }

    function save() {
      var values = {};
      Object.keys(fields).forEach(function (name) { values[name] = fields[name].value; });
      store.write(STORE, { masukan: values, rata: average.value, dasar: basis.value, tabel: table.value });
    }

    function fieldError(input, message) {
      var box2 = document.getElementById(input.id + "-galat");
      box2.textContent = message || "";
      if (message) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }

    function line(parent, text, className) {
      var p = el("p", className, text);
      parent.appendChild(p);
      return p;
    }

    /* The live region gets a short summary, and only once typing pauses. */
    function calculate(now) {
      var summary = calculateInto();
      clearTimeout(liveTimer);
      if (now) live.textContent = summary;
      else liveTimer = setTimeout(function () { live.textContent = summary; }, 800);
    }

    function calculateInto() {
      var values = {}, problems = [], filled = 0;
      Object.keys(fields).forEach(function (name) {
        var parsed = bacaBilangan(fields[name].value);
        var label = fields[name].dataset.nama;
        if (parsed.galat) {
          fieldError(fields[name], label + " " + parsed.galat);
          problems.push(label + " " + parsed.galat);
          values[name] = null;
        } else {
          fieldError(fields[name], "");
          values[name] = parsed.kosong ? null : parsed.nilai;
          if (!parsed.kosong && COMPONENTS.indexOf(name) !== -1) filled += 1;
        }
      });
      var avg = bacaPersen(average.value);
      fieldError(average, avg.galat ? "Rata-rata akun " + avg.galat : "");
      result.replaceChildren();
      var anything = Object.keys(fields).some(function (name) { return fields[name].value.trim(); });
      if (!anything) {
        return line(result, "Isi angka dari layar insight unggahan Anda. Hasilnya muncul di sini.",
          "alat__bantuan").textContent;
      }
      if (problems.length) {
        return line(result, "Periksa isian yang ditandai: " + problems.join("; "), "alat__galat").textContent;
      }
      if (!filled) {
        return line(result, "Isi minimal satu angka interaksi: suka, komentar, bagikan, atau simpan.",
          "alat__galat").textContent;
      }
      var out = hitung(values);
      var used = COMPONENTS.map(function (name) { return values[name] === null ? 0 : values[name]; });
      line(result, "Interaksi = suka + komentar + bagikan + simpan = " +
        used.map(function (v) { return formatAngka(v); }).join(" + ") + " = " + formatAngka(out.interaksi) +
        (COMPONENTS.some(function (name) { return values[name] === null; }) ? " (komponen yang kosong dihitung 0)." : "."));
      var list = el("dl", "engagement__hasil");
      BASES.forEach(function (name) {
        var er = out["er_" + name];
        var wrap = el("div", "engagement__er");
        wrap.appendChild(el("dt", null, RATE[name]));
        var dd = el("dd");
        if (values[name] === null) {
          dd.appendChild(el("span", "engagement__nilai", EMPTY));
          dd.appendChild(el("span", "engagement__rumus", "Isi " + LABEL[name] + " untuk menghitung " + RATE[name] + "."));
        } else if (er === null) {
          dd.appendChild(el("span", "engagement__nilai", EMPTY));
          dd.appendChild(el("span", "engagement__rumus alat__galat", "Tidak dapat dihitung: " + LABEL[name] +
            " bernilai 0, dan pembagian dengan nol tidak menghasilkan angka."));
        } else {
          dd.appendChild(el("span", "engagement__nilai", formatPersen(er)));
          dd.appendChild(el("span", "engagement__rumus", "= interaksi \u00f7 " + LABEL[name] + " \u00d7 100 = " +
            formatAngka(out.interaksi) + " \u00f7 " + formatAngka(values[name]) + " \u00d7 100 = " + formatPersen(er)));
          if (er > 100) {
            dd.appendChild(el("span", "engagement__rumus", "Nilainya di atas 100%: interaksi lebih banyak daripada " +
              LABEL[name] + ". Itu mungkin, tetapi periksa lagi angka yang Anda salin."));
          }
        }
        wrap.appendChild(dd);
        list.appendChild(wrap);
      });
      result.appendChild(list);
      var summary = BASES.map(function (name) {
        return RATE[name] + " " + (out["er_" + name] === null ? "tidak dapat dihitung" : formatPersen(out["er_" + name]));
      }).join("; ") + ".";
      var base = basis.value;
      var er = out["er_" + base];
      if (avg.galat) return summary + " Rata-rata akun " + avg.galat;
      if (avg.kosong) {
        line(result, "Isi rata-rata " + RATE[base] + " akun Anda untuk mendapat tafsiran. Tanpa pembanding, " +
          "ER tidak dapat disebut tinggi atau rendah; laporan tolok ukur industri tidak punya kategori instansi pemerintah.",
          "engagement__tafsir");
        return summary;
      }
      var verdict = tafsir(er, avg.nilai);
      if (!verdict) {
        line(result, RATE[base] + " unggahan ini belum dapat dihitung, jadi belum dapat dibandingkan dengan rata-rata akun.",
          "engagement__tafsir");
        return summary;
      }
      var sentence = RATE[base] + " unggahan ini " + formatPersen(er) + ", atau " +
        formatAngka(verdict.rasio, 1) + " kali rata-rata akun Anda (" + formatPersen(avg.nilai) + "): ";
      if (verdict.tingkat === "atas") {
        sentence += "di atas kebiasaan akun. Catat apa yang berbeda (topik, format, jam unggah, atau ajakan) agar dapat diulang.";
      } else if (verdict.tingkat === "bawah") {
        sentence += "di bawah kebiasaan akun. Bandingkan dengan unggahan yang berhasil: topik, format, dan jam unggahnya.";
      } else {
        sentence += "setara dengan kebiasaan akun.";
      }
      line(result, sentence, "engagement__tafsir");
      return summary + " " + sentence;
    }

    function renderTable() {
      tableResult.replaceChildren();
      lastAggregate = null;
      if (!table.value.trim()) return;
      var parsed = bacaTabel(table.value);
      (parsed.galat || []).forEach(function (message) { line(tableResult, message, "alat__galat"); });
      if (!parsed.baris || !parsed.baris.length) return;
      var scroll = el("div", "alat__tabel-gulir");
      scroll.setAttribute("role", "region");
      scroll.setAttribute("aria-label", "Hasil tabel unggahan");
      scroll.tabIndex = 0;
      var t = el("table");
      t.appendChild(el("caption", null, "Hasil per unggahan (" + formatAngka(parsed.baris.length) + " baris)"));
      var head = el("tr");
      ["Unggahan", "Interaksi", RATE.jangkauan, RATE.tayangan, RATE.pengikut].forEach(function (title) {
        var th = el("th", null, title);
        th.scope = "col";
        head.appendChild(th);
      });
      var thead = el("thead");
      thead.appendChild(head);
      t.appendChild(thead);
      var body = el("tbody");
      parsed.baris.forEach(function (row) {
        var tr = el("tr");
        var th = el("th", null, row.label || "Baris " + row.baris);
        th.scope = "row";
        tr.appendChild(th);
        [formatAngka(row.hasil.interaksi), formatPersen(row.hasil.er_jangkauan),
          formatPersen(row.hasil.er_tayangan), formatPersen(row.hasil.er_pengikut)].forEach(function (v) {
          tr.appendChild(el("td", null, v));
        });
        body.appendChild(tr);
      });
      t.appendChild(body);
      var foot = el("tfoot");
      var tr = el("tr");
      var th = el("th", null, "Gabungan (jumlah \u00f7 jumlah)");
      th.scope = "row";
      tr.appendChild(th);
      [formatAngka(parsed.gabungan.interaksi), formatPersen(parsed.gabungan.er_jangkauan),
        formatPersen(parsed.gabungan.er_tayangan), EMPTY].forEach(function (v) { tr.appendChild(el("td", null, v)); });
      foot.appendChild(tr);
      t.appendChild(foot);
      scroll.appendChild(t);
      tableResult.appendChild(scroll);
      line(tableResult, "ER gabungan dihitung dari jumlah interaksi dibagi jumlah jangkauan atau tayangan, " +
        "bukan rata-rata ER per unggahan, agar unggahan kecil tidak menyetir hasil. Baris berjangkauan 0 " +
        "dianggap insight-nya tidak terbaca: ditulis \u2013 dan tidak ikut digabungkan. ER per pengikut tidak " +
        "digabungkan karena jumlah pengikut adalah angka akun, bukan angka unggahan.", "alat__bantuan");
      lastAggregate = parsed.gabungan;
      var use = el("button", "md-button", "Jadikan rata-rata akun");
      use.type = "button";
      use.addEventListener("click", function () {
        var base = basis.value === "tayangan" ? "tayangan" : "jangkauan";
        var value = lastAggregate && lastAggregate["er_" + base];
        if (value === null || value === undefined) {
          status.textContent = RATE[base] + " gabungan belum dapat dihitung dari tabel ini.";
          return;
        }
        basis.value = base;
        average.value = formatAngka(value, 2);
        save();
        calculate(true);
        status.textContent = "Rata-rata akun diisi dengan " + RATE[base] + " gabungan tabel: " + formatPersen(value) + ".";
      });
      var buttons = el("div", "alat__tombol");
      buttons.appendChild(use);
      tableResult.appendChild(buttons);
    }

    box.querySelector("form").addEventListener("submit", function (event) {
      event.preventDefault();
      calculate(true);
    });
    Object.keys(fields).concat(["rata"]).forEach(function (name) {
      var input = name === "rata" ? average : fields[name];
      input.addEventListener("input", function () { save(); calculate(); });
    });
    basis.addEventListener("change", function () { save(); calculate(true); });
    table.addEventListener("input", function () { save(); renderTable(); });
    box.querySelector('[data-aksi="hapus"]').addEventListener("click", function () {
      Object.keys(fields).forEach(function (name) { fields[name].value = ""; });
      save();
      calculate(true);
      status.textContent = "Angka unggahan dihapus. Rata-rata akun tetap tersimpan.";
      fields.suka.focus();
    });
    calculate(true);
    renderTable();
  }

  function init() {
    document.querySelectorAll('[data-alat="kalkulator-engagement"]').forEach(setup);
  }

  window.akademiStorage.onPage("kalkulator-engagement", init);
})(typeof window !== "undefined" ? window : globalThis);
