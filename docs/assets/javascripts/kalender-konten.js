/*
 * Kalender Konten: a month of suggested posting slots by content pillar, with national and
 * regional days, editable in the page, downloadable as CSV and iCalendar (RFC 5545), printable.
 *
 * Important days come from docs/data/hari-penting.yml and extra.merek.hari_daerah, embedded by
 * hooks/alat.py. Only fixed dates are placed on the calendar; days whose date moves every year
 * are listed by name, to be confirmed in that year's SKB. The pure functions also run under
 * Node (module.exports); the interface part runs only in a page.
 */
(function (root) {
  "use strict";

  var MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
    "September", "Oktober", "November", "Desember"];
  var WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];
  /* Weekdays (1 = Monday) that get a slot for 1 to 7 posts a week. */
  var PATTERNS = {
    1: [3], 2: [2, 4], 3: [1, 3, 5], 4: [1, 2, 4, 5], 5: [1, 2, 3, 4, 5],
    6: [1, 2, 3, 4, 5, 6], 7: [1, 2, 3, 4, 5, 6, 7]
  };
  var MOMENT_PILLAR = "momen lokal";
  var CSV_HEADER = ["tanggal", "hari", "platform", "pilar", "topik", "format", "penanggung_jawab",
    "status", "catatan"];

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function isoDate(year, month, day) { return year + "-" + pad(month) + "-" + pad(day); }
  function daysInMonth(year, month) { return new Date(Date.UTC(year, month, 0)).getUTCDate(); }
  /* 1 = Monday ... 7 = Sunday. */
  function weekday(year, month, day) {
    var d = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    return d === 0 ? 7 : d;
  }
  function dayLabel(year, month, day) {
    return WEEKDAYS[weekday(year, month, day) - 1] + ", " + day + " " + MONTHS[month - 1] + " " + year;
  }

  /* The fixed-date days of one month: [{hari: day of month, nama, jenis, sumber, catatan}]. */
  function daysOfMonth(days, year, month) {
    var last = daysInMonth(year, month);
    return days.filter(function (d) {
      return Number(d.tanggal.slice(0, 2)) === month && Number(d.tanggal.slice(3, 5)) <= last;
    }).map(function (d) {
      return { hari: Number(d.tanggal.slice(3, 5)), nama: d.nama, jenis: d.jenis, sumber: d.sumber,
        catatan: d.catatan || "" };
    }).sort(function (a, b) { return a.hari - b.hari; });
  }

  /* Suggested slots for a month: pillars in turn on the weekdays of PATTERNS; a slot that falls
   * on an important day goes to the "Momen lokal" pillar when there is one. */
  function suggest(options) {
    var year = options.tahun, month = options.bulan;
    var perWeek = Math.max(1, Math.min(7, options.perPekan));
    var pillars = options.pilar.filter(function (p) { return p.trim(); });
    var platform = options.platform.join(" + ");
    var moment = pillars.filter(function (p) { return p.trim().toLowerCase() === MOMENT_PILLAR; })[0];
    var rotation = pillars.filter(function (p) { return p !== moment; });
    if (!rotation.length) rotation = pillars;
    var important = daysOfMonth(options.hari || [], year, month);
    var slots = [], turn = 0;
    for (var day = 1; day <= daysInMonth(year, month); day++) {
      if (PATTERNS[perWeek].indexOf(weekday(year, month, day)) === -1) continue;
      var today = important.filter(function (d) { return d.hari === day; });
      var pillar, topic = "";
      if (today.length && moment) {
        pillar = moment;
        topic = today.map(function (d) { return d.nama; }).join("; ");
      } else {
        pillar = rotation.length ? rotation[turn % rotation.length] : "";
        turn += 1;
      }
      slots.push({ id: isoDate(year, month, day) + "-1", tanggal: isoDate(year, month, day),
        pilar: pillar, platform: platform, topik: topic });
    }
    return slots;
  }

  /* A new slot id that is unique within the plan (ids become iCalendar UIDs). */
  function newId(slots, date) {
    var n = 1;
    var ids = slots.map(function (s) { return s.id; });
    while (ids.indexOf(date + "-" + n) !== -1) n += 1;
    return date + "-" + n;
  }

  /* The shared CSV writer for people (csv-excel.js), looked up when needed: scripts that
   * instant navigation re-creates may run in any order. */
  function csvWriter() {
    if (root.akademiCsv) return root.akademiCsv;
    return typeof require === "function" ? require("./csv-excel.js") : null;
  }

  /* Excel-ready CSV (`;`, BOM, CRLF) with the columns of the planning module's template
   * (kalender-konten-templat.csv). */
  function toCsv(slots, days) {
    var rows = [CSV_HEADER];
    slots.slice().sort(bySlot).forEach(function (slot) {
      var parts = slot.tanggal.split("-").map(Number);
      var notes = days.filter(function (d) {
        return isoDate(parts[0], parts[1], d.hari) === slot.tanggal;
      }).map(function (d) { return d.nama; }).join("; ");
      rows.push([slot.tanggal, WEEKDAYS[weekday(parts[0], parts[1], parts[2]) - 1], slot.platform,
        slot.pilar, slot.topik, "", "", "ide", notes]);
    });
    return csvWriter().toText(rows);
  }

  function icsText(value) {
    return String(value === undefined || value === null ? "" : value)
      .replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,")
      .replace(/\r\n|\r|\n/g, "\\n");
  }

  function utf8Length(text) {
    var n = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text.codePointAt(i);
      if (c > 0xffff) i += 1;
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    return n;
  }

  /* Fold a content line at 75 octets (RFC 5545, 3.1), never inside a UTF-8 sequence. */
  function fold(line) {
    var out = [], current = "", size = 0, limit = 75;
    Array.from(line).forEach(function (ch) {
      var n = utf8Length(ch);
      if (size + n > limit) {
        out.push(current);
        current = " ";
        size = 1;
        limit = 75;
      }
      current += ch;
      size += n;
    });
    out.push(current);
    return out.join("\r\n");
  }

  function compact(date) { return date.replace(/-/g, ""); }
  function nextDay(date) {
    var p = date.split("-").map(Number);
    var d = new Date(Date.UTC(p[0], p[1] - 1, p[2] + 1));
    return d.getUTCFullYear() + pad(d.getUTCMonth() + 1) + pad(d.getUTCDate());
  }
  function stamp(now) {
    return now.getUTCFullYear() + pad(now.getUTCMonth() + 1) + pad(now.getUTCDate()) + "T" +
      pad(now.getUTCHours()) + pad(now.getUTCMinutes()) + pad(now.getUTCSeconds()) + "Z";
  }

  /* Random lowercase hex from the platform's cryptographic generator. */
  function randomHex(bytes) {
    var values = new Uint8Array(bytes);
    root.crypto.getRandomValues(values);
    return Array.prototype.map.call(values, function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }

  function slotSignature(slot) {
    return JSON.stringify([slot.tanggal, slot.pilar, slot.platform, slot.topik]);
  }

  /* Give a plan the identity its calendar events keep from one download to the next, stored
   * with the plan: a random plan token (two offices' plans never share a UID), a random key per
   * slot (it stays when the slot moves to another day, so a re-import updates instead of
   * duplicating), and a SEQUENCE raised once for every download after the slot changed.
   * Mutates and returns the plan. */
  function stampPlan(plan, random) {
    random = random || randomHex;
    if (!/^[0-9a-f]{16}$/.test(plan.token || "")) plan.token = random(8);
    plan.slot.forEach(function (slot) {
      var signature = slotSignature(slot);
      if (!/^[0-9a-f]{12}$/.test(slot.kunci || "") || !Number.isInteger(slot.urutan) || slot.urutan < 0) {
        slot.kunci = random(6);
        slot.urutan = 0;
      } else if (slot.jejak !== signature) {
        slot.urutan += 1;
      }
      slot.jejak = signature;
    });
    return plan;
  }

  /* An iCalendar file: one all-day event per slot (and per important day, if asked), or null
   * when there would be no event at all (RFC 5545 asks for at least one component). Slots carry
   * the key and sequence of stampPlan; options.token is the plan's token. options.portal and
   * options.kode (the branding block's name and code) name the producer and, from file://
   * where there is no host name, the UIDs' host. */
  function toIcs(options) {
    var days = options.hari || [];
    if (!options.slot.length && !days.length) return null;
    var host = options.domain || (options.kode || "kalender-konten") + ".local";
    var token = options.token;
    var now = stamp(options.now || new Date());
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0",
      "PRODID:-//" + (options.portal || "Kalender Konten").replace(/\/\//g, "/") + "//Kalender Konten//ID",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH", "X-WR-CALNAME:" + icsText(options.judul)];
    function event(uid, sequence, date, summary, description, categories, transparent) {
      lines.push("BEGIN:VEVENT", "UID:" + uid + "@" + host, "SEQUENCE:" + sequence, "DTSTAMP:" + now,
        "DTSTART;VALUE=DATE:" + compact(date), "DTEND;VALUE=DATE:" + nextDay(date),
        "SUMMARY:" + icsText(summary), "DESCRIPTION:" + icsText(description));
      if (categories) lines.push("CATEGORIES:" + icsText(categories));
      lines.push("TRANSP:" + (transparent ? "TRANSPARENT" : "OPAQUE"), "END:VEVENT");
    }
    options.slot.slice().sort(bySlot).forEach(function (slot) {
      var summary = (slot.pilar ? "[" + slot.pilar + "] " : "") + (slot.topik || "Topik belum diisi");
      var description = "Platform: " + (slot.platform || "-") + "\nPilar: " + (slot.pilar || "-") +
        (slot.topik ? "\nTopik: " + slot.topik : "") + "\n" + options.catatan;
      event("kalender-" + token + "-" + slot.kunci, slot.urutan, slot.tanggal, summary, description,
        slot.pilar, false);
    });
    days.forEach(function (d) {
      var date = isoDate(options.tahun, options.bulan, d.hari);
      event("hari-" + token + "-" + compact(date) + "-" + d.nama.toLowerCase().replace(/[^a-z0-9]+/g, "-"), 0,
        date, d.nama, (options.jenis[d.jenis] || d.jenis) + ". Sumber: " + d.sumber, "", true);
    });
    lines.push("END:VCALENDAR");
    return lines.map(fold).join("\r\n") + "\r\n";
  }

  /* The year a month is planned in: a month earlier than today's is next year's (in December,
   * "Januari" means the coming January), today's month and later ones are this year's. */
  function planYear(month, today) {
    return today.getFullYear() + (month < today.getMonth() + 1 ? 1 : 0);
  }

  function bySlot(a, b) {
    return a.tanggal < b.tanggal ? -1 : a.tanggal > b.tanggal ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  }

  var api = {
    MONTHS: MONTHS, WEEKDAYS: WEEKDAYS, PATTERNS: PATTERNS, daysInMonth: daysInMonth,
    weekday: weekday, daysOfMonth: daysOfMonth, suggest: suggest, newId: newId, toCsv: toCsv,
    toIcs: toIcs, stampPlan: stampPlan, fold: fold, icsText: icsText, utf8Length: utf8Length,
    planYear: planYear
  };
  root.akademiKalender = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  if (typeof document === "undefined") return;

  /* --- the page ------------------------------------------------------------------------- */

  var STORE = "kalender-konten";

  var el = window.akademiStorage.el;

  function isText(value) { return typeof value === "string"; }

  function validSlot(slot) {
    return window.akademiStorage.isPlainObject(slot) && isText(slot.id) && isText(slot.pilar) &&
      isText(slot.platform) && isText(slot.topik) && isText(slot.tanggal) &&
      /^\d{4}-\d{2}-\d{2}$/.test(slot.tanggal);
  }

  function validSaved(data) {
    var store = window.akademiStorage;
    if (!store.isPlainObject(data) || !store.isPlainObject(data.pengaturan) || !store.isPlainObject(data.rencana)) {
      return false;
    }
    var s = data.pengaturan;
    if (!Number.isInteger(s.tahun) || !Number.isInteger(s.bulan) || !Number.isInteger(s.perPekan) ||
      !Array.isArray(s.pilar) || !s.pilar.every(isText) || !Array.isArray(s.platform) ||
      !s.platform.every(isText)) {
      return false;
    }
    return Object.keys(data.rencana).every(function (key) {
      var plan = data.rencana[key];
      return /^\d{4}-\d{2}$/.test(key) && store.isPlainObject(plan) && Array.isArray(plan.slot) &&
        plan.slot.every(validSlot);
    });
  }

  var download = window.akademiStorage.download;

  function setup(box) {
    if (box.dataset.siap || !window.akademiStorage) return;
    var source = box.getAttribute("data-isi");
    if (!source) return;
    box.dataset.siap = "1";
    var data = JSON.parse(source);
    var store = window.akademiStorage;
    var q = function (role) { return box.querySelector('[data-peran="' + role + '"]'); };
    var month = q("bulan"), year = q("tahun"), perWeek = q("per-pekan");
    var platformBox = q("platform"), pillarList = q("pilar"), grid = q("kalender");
    var daysBox = q("hari-penting"), slotBody = q("slot"), addDay = q("tambah-tanggal");
    var status = q("status"), live = q("ringkas"), printTitle = q("judul-cetak");
    var withDays = q("sertakan-hari");
    var confirmBox = q("konfirmasi"), confirmText = q("konfirmasi-teks");
    var confirmRebuild = store.confirmBox(confirmBox, confirmBox.querySelector('[data-aksi="susun-ya"]'),
      confirmBox.querySelector('[data-aksi="susun-batal"]'), function () {
        rebuild();
        box.querySelector('[data-aksi="susun-ulang"]').focus();
      }, function () {
        status.textContent = "Susun ulang dibatalkan. Rencana Anda tidak berubah.";
        box.querySelector('[data-aksi="susun-ulang"]').focus();
      });
    var now = new Date();
    var state = {
      pengaturan: { tahun: now.getFullYear(), bulan: now.getMonth() + 1, perPekan: 3,
        pilar: data.pilar.slice(), platform: ["Instagram", "Facebook"] },
      rencana: {}
    };
    var saved = store.read(STORE, validSaved);
    if (saved) state = saved;

    data.platform.forEach(function (name) {
      var label = el("label");
      var input = el("input");
      input.type = "checkbox";
      input.value = name;
      input.name = "platform";
      label.appendChild(input);
      label.appendChild(document.createTextNode(" " + name));
      platformBox.appendChild(label);
    });
    MONTHS.forEach(function (name, i) {
      var option = el("option", null, name);
      option.value = String(i + 1);
      month.appendChild(option);
    });

    /* Choosing a month follows planYear while the year is this year or next; a year the user
     * typed (say 2030) is kept. The month list always names the year it will plan. */
    function rollingYear() {
      var thisYear = now.getFullYear(), chosen = state.pengaturan.tahun;
      return chosen === thisYear || chosen === thisYear + 1;
    }
    function labelMonths() {
      Array.prototype.forEach.call(month.options, function (option, i) {
        var shown = i + 1 === state.pengaturan.bulan || !rollingYear();
        var shownYear = shown ? state.pengaturan.tahun : planYear(i + 1, now);
        option.textContent = MONTHS[i] + (Number.isInteger(shownYear) ? " " + shownYear : "");
      });
    }

    function key() { return state.pengaturan.tahun + "-" + (state.pengaturan.bulan < 10 ? "0" : "") + state.pengaturan.bulan; }
    function plan() { return state.rencana[key()]; }
    function save() { store.write(STORE, state); }
    function announce(text) { live.textContent = text; }

    function settingsProblem() {
      var s = state.pengaturan;
      if (!(s.tahun >= 2000 && s.tahun <= 2100)) return "Tahun harus antara 2000 dan 2100.";
      if (!(s.perPekan >= 1 && s.perPekan <= 7)) return "Unggahan per pekan harus antara 1 dan 7.";
      if (!s.pilar.some(function (p) { return p.trim(); })) return "Isi minimal satu pilar konten.";
      if (!s.platform.length) return "Pilih minimal satu platform.";
      return null;
    }

    function regenerate() {
      state.rencana[key()] = {
        diubah: false,
        slot: suggest({ tahun: state.pengaturan.tahun, bulan: state.pengaturan.bulan,
          perPekan: state.pengaturan.perPekan, pilar: state.pengaturan.pilar,
          platform: state.pengaturan.platform, hari: data.hari })
      };
    }

    function fillForm() {
      labelMonths();
      month.value = String(state.pengaturan.bulan);
      year.value = String(state.pengaturan.tahun);
      perWeek.value = String(state.pengaturan.perPekan);
      platformBox.querySelectorAll("input").forEach(function (input) {
        input.checked = state.pengaturan.platform.indexOf(input.value) !== -1;
      });
      renderPillars();
    }

    function renderPillars(focusIndex) {
      pillarList.replaceChildren();
      state.pengaturan.pilar.forEach(function (name, i) {
        var item = el("li", "kalender__pilar");
        var label = el("label", "akademi-tersembunyi", "Pilar " + (i + 1));
        label.htmlFor = "kalender-pilar-" + i;
        var input = el("input");
        var remove = el("button", "md-button kalender__hapus", "Hapus");
        input.type = "text";
        input.id = "kalender-pilar-" + i;
        input.value = name;
        input.addEventListener("input", function () {
          state.pengaturan.pilar[i] = input.value;
          remove.setAttribute("aria-label", "Hapus pilar " + (input.value || (i + 1)));
          settingsChanged();
        });
        remove.type = "button";
        remove.setAttribute("aria-label", "Hapus pilar " + (name || (i + 1)));
        remove.addEventListener("click", function () {
          state.pengaturan.pilar.splice(i, 1);
          renderPillars(Math.min(i, state.pengaturan.pilar.length - 1));
          settingsChanged();
          status.textContent = "Pilar dihapus.";
        });
        item.appendChild(label);
        item.appendChild(input);
        item.appendChild(remove);
        pillarList.appendChild(item);
      });
      if (focusIndex !== undefined && focusIndex >= 0) {
        var target = pillarList.querySelectorAll("input")[focusIndex];
        if (target) target.focus();
      }
    }

    function settingsChanged() {
      var problem = settingsProblem();
      q("galat").textContent = problem || "";
      save();
      if (problem) return;
      var current = plan();
      if (!current || !current.diubah) {
        regenerate();
        save();
        render();
      } else {
        status.textContent = "Rencana bulan ini sudah Anda ubah, jadi tidak disusun ulang otomatis. " +
          "Tekan \u201cSusun ulang saran\u201d untuk menerapkan pengaturan baru.";
        render();
      }
    }

    function monthChanged() {
      confirmBox.hidden = true;  // the question was about the month shown before
      var problem = settingsProblem();
      q("galat").textContent = problem || "";
      if (problem) { save(); return; }
      if (!plan()) regenerate();
      save();
      render();
      announce("Kalender " + MONTHS[state.pengaturan.bulan - 1] + " " + state.pengaturan.tahun + " ditampilkan.");
    }

    function pillarOptions(select, current) {
      var names = state.pengaturan.pilar.filter(function (p) { return p.trim(); });
      if (current && names.indexOf(current) === -1) names = names.concat([current]);
      names.forEach(function (name) {
        var option = el("option", null, name);
        option.value = name;
        select.appendChild(option);
      });
      select.value = current;
    }

    function edited() {
      plan().diubah = true;
      save();
    }

    function renderGrid(slots, days) {
      var s = state.pengaturan;
      grid.replaceChildren();
      var title = "Kalender konten " + MONTHS[s.bulan - 1] + " " + s.tahun;
      printTitle.textContent = title + (data.penerbit ? " \u2013 " + data.penerbit : "");
      var table = el("table", "kalender__tabel");
      table.appendChild(el("caption", null, title));
      var head = el("tr");
      WEEKDAYS.forEach(function (name) {
        var th = el("th", null, name);
        th.scope = "col";
        head.appendChild(th);
      });
      var thead = el("thead");
      thead.appendChild(head);
      table.appendChild(thead);
      var body = el("tbody");
      var first = weekday(s.tahun, s.bulan, 1), last = daysInMonth(s.tahun, s.bulan);
      var row = el("tr");
      for (var blank = 1; blank < first; blank++) row.appendChild(el("td", "kalender__kosong"));
      for (var day = 1; day <= last; day++) {
        var cell = el("td", "kalender__hari");
        var date = isoDate(s.tahun, s.bulan, day);
        var heading = el("p", "kalender__tanggal");
        heading.appendChild(el("span", "kalender__nama-hari akademi-tersembunyi", WEEKDAYS[weekday(s.tahun, s.bulan, day) - 1] + ", "));
        heading.appendChild(document.createTextNode(String(day)));
        cell.appendChild(heading);
        days.filter(function (d) { return d.hari === day; }).forEach(function (d) {
          cell.appendChild(el("p", "kalender__penting kalender__penting--" + d.jenis, d.nama));
        });
        slots.filter(function (slot) { return slot.tanggal === date; }).forEach(function (slot) {
          var p = el("p", "kalender__slot");
          p.appendChild(el("strong", null, slot.pilar || "(tanpa pilar)"));
          if (slot.topik) p.appendChild(document.createTextNode(": " + slot.topik));
          if (slot.platform) p.appendChild(el("span", "kalender__platform", slot.platform));
          cell.appendChild(p);
        });
        row.appendChild(cell);
        if (weekday(s.tahun, s.bulan, day) === 7) {
          body.appendChild(row);
          row = el("tr");
        }
      }
      if (row.children.length) {
        while (row.children.length < 7) row.appendChild(el("td", "kalender__kosong"));
        body.appendChild(row);
      }
      table.appendChild(body);
      grid.appendChild(table);
    }

    function renderDays(days) {
      var s = state.pengaturan;
      daysBox.replaceChildren();
      if (!days.length) {
        daysBox.appendChild(el("p", null, "Tidak ada hari nasional atau hari daerah bertanggal tetap di bulan ini."));
      } else {
        var list = el("ul", "kalender__daftar-hari");
        days.forEach(function (d) {
          var item = el("li");
          item.appendChild(el("strong", null, dayLabel(s.tahun, s.bulan, d.hari) + ": " + d.nama));
          item.appendChild(document.createTextNode(" (" + (data.jenis[d.jenis] || d.jenis) + "). Sumber: " +
            d.sumber + "." + (d.catatan ? " " + d.catatan : "")));
          list.appendChild(item);
        });
        daysBox.appendChild(list);
      }
      var note = el("p", "kalender__berubah");
      note.appendChild(el("strong", null, "Tanggal yang berubah setiap tahun: "));
      note.appendChild(document.createTextNode(data.berubah.map(function (d) { return d.nama; }).join(", ") +
        ". Tanggal hari-hari ini tidak dicantumkan di kalender. Pastikan dari SKB tentang Hari Libur " +
        "Nasional dan Cuti Bersama tahun " + s.tahun + ", lalu tambahkan slotnya sendiri."));
      daysBox.appendChild(note);
    }

    function renderSlots(slots) {
      var s = state.pengaturan;
      slotBody.replaceChildren();
      slots.forEach(function (slot, i) {
        var tr = el("tr");
        var parts = slot.tanggal.split("-").map(Number);
        var when = dayLabel(parts[0], parts[1], parts[2]);
        var dateCell = el("td");
        var dateSelect = el("select");
        dateSelect.setAttribute("aria-label", "Tanggal slot " + (i + 1));
        for (var day = 1; day <= daysInMonth(s.tahun, s.bulan); day++) {
          var option = el("option", null, WEEKDAYS[weekday(s.tahun, s.bulan, day) - 1].slice(0, 3) + " " + day);
          option.value = isoDate(s.tahun, s.bulan, day);
          dateSelect.appendChild(option);
        }
        dateSelect.value = slot.tanggal;
        dateSelect.addEventListener("change", function () {
          slot.tanggal = dateSelect.value;
          slot.id = newId(plan().slot.filter(function (other) { return other !== slot; }), slot.tanggal);
          edited();
          render(true);
          status.textContent = "Slot dipindahkan ke " + dateSelect.options[dateSelect.selectedIndex].text + ".";
        });
        dateCell.dataset.judul = "Tanggal";
        dateCell.appendChild(dateSelect);
        tr.appendChild(dateCell);
        var pillarCell = el("td");
        pillarCell.dataset.judul = "Pilar";
        var pillar = el("select");
        pillar.setAttribute("aria-label", "Pilar slot " + (i + 1) + ", " + when);
        pillarOptions(pillar, slot.pilar);
        pillar.addEventListener("change", function () {
          slot.pilar = pillar.value;
          edited();
          renderGrid(plan().slot, daysOfMonth(data.hari, s.tahun, s.bulan));
        });
        pillarCell.appendChild(pillar);
        tr.appendChild(pillarCell);
        [["platform", "Platform"], ["topik", "Topik"]].forEach(function (field) {
          var td = el("td");
          td.dataset.judul = field[1];
          var input = el("input");
          input.type = "text";
          input.value = slot[field[0]];
          input.setAttribute("aria-label", field[1] + " slot " + (i + 1) + ", " + when);
          input.addEventListener("input", function () {
            slot[field[0]] = input.value;
            edited();
            renderGrid(plan().slot, daysOfMonth(data.hari, s.tahun, s.bulan));
          });
          td.appendChild(input);
          tr.appendChild(td);
        });
        var actions = el("td");
        var remove = el("button", "md-button kalender__hapus", "Hapus");
        remove.type = "button";
        remove.setAttribute("aria-label", "Hapus slot " + (i + 1) + ", " + when);
        remove.addEventListener("click", function () {
          plan().slot.splice(plan().slot.indexOf(slot), 1);
          edited();
          render(true);
          status.textContent = "Slot " + when + " dihapus.";
          var next = slotBody.querySelectorAll("button")[Math.min(i, plan().slot.length - 1)];
          (next || addDay).focus();
        });
        actions.appendChild(remove);
        tr.appendChild(actions);
        slotBody.appendChild(tr);
      });
      addDay.replaceChildren();
      for (var day = 1; day <= daysInMonth(s.tahun, s.bulan); day++) {
        var option = el("option", null, dayLabel(s.tahun, s.bulan, day));
        option.value = isoDate(s.tahun, s.bulan, day);
        addDay.appendChild(option);
      }
    }

    function render(keepFocus) {
      var s = state.pengaturan;
      var current = plan();
      if (!current) return;
      current.slot.sort(bySlot);
      var days = daysOfMonth(data.hari, s.tahun, s.bulan);
      renderGrid(current.slot, days);
      renderDays(days);
      renderSlots(current.slot);
      if (!keepFocus) {
        announce("Kalender " + MONTHS[s.bulan - 1] + " " + s.tahun + ": " + current.slot.length + " slot unggahan, " +
          days.length + " hari penting.");
      }
    }

    month.addEventListener("change", function () {
      state.pengaturan.bulan = Number(month.value);
      if (rollingYear()) {
        state.pengaturan.tahun = planYear(state.pengaturan.bulan, now);
        year.value = String(state.pengaturan.tahun);
      }
      labelMonths();
      monthChanged();
    });
    year.addEventListener("change", function () {
      var value = Number(year.value);
      state.pengaturan.tahun = Number.isInteger(value) ? value : NaN;
      labelMonths();
      monthChanged();
    });
    function perWeekChanged() {
      var value = Number(perWeek.value);
      value = perWeek.value.trim() && Number.isInteger(value) ? value : NaN;
      if (value === state.pengaturan.perPekan) return;
      state.pengaturan.perPekan = value;
      settingsChanged();
    }
    perWeek.addEventListener("input", perWeekChanged);
    perWeek.addEventListener("change", perWeekChanged);
    platformBox.addEventListener("change", function () {
      state.pengaturan.platform = Array.prototype.filter.call(platformBox.querySelectorAll("input"),
        function (input) { return input.checked; }).map(function (input) { return input.value; });
      settingsChanged();
    });
    box.querySelector('[data-aksi="tambah-pilar"]').addEventListener("click", function () {
      state.pengaturan.pilar.push("");
      renderPillars(state.pengaturan.pilar.length - 1);
      save();
    });
    box.querySelector('[data-aksi="pilar-bawaan"]').addEventListener("click", function () {
      state.pengaturan.pilar = data.pilar.slice();
      renderPillars();
      settingsChanged();
      status.textContent = "Pilar bawaan dipasang kembali.";
    });
    function rebuild() {
      regenerate();
      save();
      render();
      status.textContent = "Saran disusun ulang dari pengaturan saat ini.";
    }
    /* A plan the user has edited is only replaced after a yes: typed topics would be lost. */
    box.querySelector('[data-aksi="susun-ulang"]').addEventListener("click", function () {
      var problem = settingsProblem();
      q("galat").textContent = problem || "";
      if (problem) return;
      var current = plan();
      if (!current || !current.diubah) { rebuild(); return; }
      var typed = current.slot.filter(function (slot) { return slot.topik.trim(); }).length;
      confirmText.textContent = "Rencana " + MONTHS[state.pengaturan.bulan - 1] + " " +
        state.pengaturan.tahun + " sudah Anda ubah" +
        (typed ? ", termasuk " + typed + " topik yang sudah terisi" : "") +
        ". Susun ulang akan menggantinya dengan saran baru. Lanjutkan?";
      confirmRebuild.ask();
    });
    box.querySelector('[data-aksi="tambah-slot"]').addEventListener("click", function () {
      var current = plan();
      if (!current) return;
      var date = addDay.value;
      current.slot.push({ id: newId(current.slot, date), tanggal: date,
        pilar: state.pengaturan.pilar.filter(function (p) { return p.trim(); })[0] || "",
        platform: state.pengaturan.platform.join(" + "), topik: "" });
      edited();
      render(true);
      status.textContent = "Slot baru ditambahkan pada " + addDay.options[addDay.selectedIndex].text + ".";
    });
    function fileName(ext) { return "kalender-konten-" + key() + "." + ext; }
    box.querySelector('[data-aksi="unduh-csv"]').addEventListener("click", function () {
      if (!plan()) return;
      var s = state.pengaturan;
      download(fileName("csv"), "text/csv;charset=utf-8", toCsv(plan().slot, daysOfMonth(data.hari, s.tahun, s.bulan)));
      status.textContent = "Berkas " + fileName("csv") + " diunduh.";
    });
    box.querySelector('[data-aksi="unduh-ics"]').addEventListener("click", function () {
      if (!plan()) return;
      var s = state.pengaturan;
      var days = withDays.checked ? daysOfMonth(data.hari, s.tahun, s.bulan) : [];
      if (!plan().slot.length && !days.length) {
        status.textContent = "Kalender bulan ini belum berisi slot unggahan, jadi belum ada yang dapat " +
          "diunduh sebagai iCalendar. Tambahkan slot, atau centang hari penting.";
        return;
      }
      stampPlan(plan());
      save();
      download(fileName("ics"), "text/calendar;charset=utf-8", toIcs({
        slot: plan().slot, token: plan().token, tahun: s.tahun, bulan: s.bulan, jenis: data.jenis,
        hari: days,
        judul: "Kalender Konten " + MONTHS[s.bulan - 1] + " " + s.tahun + (data.penerbit ? " \u2013 " + data.penerbit : ""),
        catatan: "Disusun dengan Kalender Konten" + (data.namaPortal ? ", " + data.namaPortal : "") + ".",
        domain: location.hostname || undefined, portal: data.namaPortal, kode: data.kodePortal
      }));
      status.textContent = "Berkas " + fileName("ics") + " diunduh. Impor ke Google Kalender lewat Setelan, lalu Impor dan ekspor.";
    });
    box.querySelector('[data-aksi="cetak"]').addEventListener("click", function () { window.print(); });
    box.querySelector("form").addEventListener("submit", function (event) {
      event.preventDefault();
      if (Number(year.value) !== state.pengaturan.tahun) year.dispatchEvent(new Event("change"));
      perWeekChanged();
    });

    fillForm();
    var problem = settingsProblem();
    q("galat").textContent = problem || "";
    if (!problem) {
      if (!plan()) regenerate();
      save();
      render();
    }
  }

  function init() {
    document.querySelectorAll('[data-alat="kalender-konten"]').forEach(setup);
  }

  window.akademiStorage.onPage("kalender-konten", init);
})(typeof window !== "undefined" ? window : globalThis);
