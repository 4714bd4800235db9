/*
 * Learner progress on every page: pages read, modules completed, ticks in the menu and on the
 * module overview. Everything stays in this browser (akademiStorage); the module map comes from
 * the page itself (#__akademi-modul), so this also works from file:// in the offline copy.
 * The dashboard and the certificate live in kemajuan-halaman.js, loaded only on their pages.
 */
(function () {
  "use strict";

  var store = window.akademiStorage;
  /* The reading rule, stated on Kemajuan Saya: a page is read once READ_SHARE of its blocks
   * (paragraphs, lists, figures, questions) have been on screen and it has been open for
   * MS_PER_WORD per word (about 500 words a minute, a quick read), at most MAX_WAIT. */
  var READ_SHARE = 0.8;
  var MS_PER_WORD = 120;
  var MAX_WAIT = 3 * 60 * 1000;
  var reading = null;

  var el = store.el;

  function moduleMap() {
    var source = document.getElementById("__akademi-modul");
    try {
      return source ? JSON.parse(source.dataset.modul).modul : [];
    } catch (error) {
      return [];
    }
  }

  function read(name) {
    return store.read(name, store.isPlainObject) || {};
  }

  function siteUrl(key) {
    var base = store.scope();
    var offline = location.protocol === "file:";
    var path = offline ? (key === "" ? "index.html" : key.replace(/\/$/, "/index.html")) : key;
    return new URL(path, base).href;
  }

  /* Status of every module from what is stored. */
  function statuses() {
    var visits = read("kunjungan");
    var scores = read("skor");
    return moduleMap().map(function (module) {
      var pagesRead = module.halaman.filter(function (page) { return visits[page]; });
      var score = module.kuis && store.isPlainObject(scores[module.kuis]) ? scores[module.kuis] : null;
      var passed = module.kuis ? Boolean(score && score.lulus === true) : true;
      var times = pagesRead.map(function (page) { return visits[page]; });
      if (score && score.waktu) times.push(score.waktu);
      return {
        modul: module,
        dibaca: pagesRead.length,
        jumlah: module.halaman.length,
        skor: score,
        selesai: pagesRead.length === module.halaman.length && passed && module.halaman.length > 0,
        terakhir: times.sort().pop() || null,
        lanjut: module.halaman.filter(function (page) { return !visits[page]; })[0] ||
          (passed ? null : module.kuis)
      };
    });
  }

  function recordRead(key) {
    var visits = read("kunjungan");
    visits[key] = new Date().toISOString();
    store.write("kunjungan", visits);
  }

  function stopWatching() {
    if (!reading) return;
    reading.observer.disconnect();
    clearTimeout(reading.timer);
    reading = null;
  }

  function checkReading(state) {
    if (reading !== state || state.seen < state.needed) return;
    var left = state.until - Date.now();
    if (left > 0) {
      clearTimeout(state.timer);
      state.timer = setTimeout(function () { checkReading(state); }, left);
      return;
    }
    stopWatching();
    recordRead(state.key);
    markNavigation(statuses());
  }

  /* Watch this page against the reading rule. The browser reports blocks entering the screen
   * (IntersectionObserver), so scrolling costs no script; a page read before keeps its mark
   * and only gets a new activity time. */
  function watchReading() {
    stopWatching();
    var key = store.pageKey();
    var article = document.querySelector(".md-content__inner");
    if (read("kunjungan")[key]) return recordRead(key);
    if (!article || !("IntersectionObserver" in window)) return;
    var blocks = Array.prototype.filter.call(article.children, function (block) {
      return block.getClientRects().length > 0;
    });
    var words = (article.textContent.match(/\S+/g) || []).length;
    var state = {
      key: key, seen: 0, needed: Math.ceil(blocks.length * READ_SHARE),
      until: Date.now() + Math.min(MAX_WAIT, words * MS_PER_WORD)
    };
    state.observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        state.seen += 1;
        state.observer.unobserve(entry.target);
      });
      checkReading(state);
    });
    blocks.forEach(function (block) { state.observer.observe(block); });
    reading = state;
    checkReading(state);
  }

  /* Ticks in the site navigation (not the table of contents, whose links are this page's
   * own sections) and on the module overview. */
  function markNavigation(list) {
    var visits = read("kunjungan");
    var done = {};
    var overview = {};
    list.forEach(function (status) {
      overview[status.modul.url] = true;
      if (status.selesai) done[status.modul.url] = true;
    });
    document.querySelectorAll(".md-nav__link[href]").forEach(function (link) {
      if (link.closest(".md-nav--secondary")) return;
      var key = store.pageKey(link.href);
      var old = link.querySelector(".kemajuan-tanda");
      if (old) old.remove();
      // A module's overview link stands for the whole module: ticked only when it is done.
      if (overview[key] ? !done[key] : !visits[key]) return;
      var mark = el("span", "kemajuan-tanda" + (done[key] ? " kemajuan-tanda--modul" : ""));
      mark.appendChild(el("span", "", done[key] ? "\u2713\u2713" : "\u2713"))
        .setAttribute("aria-hidden", "true");
      mark.appendChild(el("span", "akademi-tersembunyi",
        done[key] ? " (modul selesai)" : " (sudah dibaca)"));
      link.appendChild(mark);
    });
    document.querySelectorAll(".daftar-modul__item[data-modul]").forEach(function (item) {
      var status = list.filter(function (s) { return s.modul.slug === item.dataset.modul; })[0];
      if (!status) return;
      var badge = item.querySelector(".kemajuan-status") || item.appendChild(el("p", "kemajuan-status"));
      badge.textContent = describe(status);
    });
  }

  function describe(status) {
    if (status.selesai) return "\u2713 Selesai";
    if (!status.dibaca && !status.skor) return "Belum dimulai";
    return "Sedang dipelajari: " + status.dibaca + " dari " + status.jumlah + " halaman dibaca" +
      (status.skor ? ", skor kuis terbaik " + status.skor.terbaik + "%" : "");
  }

  /* The dashboard and certificate code, fetched once by a script element (which also works
   * from file://) when a page holds either of them. */
  function withPageScript(callback) {
    if (window.akademiKemajuanHalaman) return callback(window.akademiKemajuanHalaman);
    var script = document.createElement("script");
    script.src = siteUrl("assets/javascripts/kemajuan-halaman.js");
    script.onload = function () { callback(window.akademiKemajuanHalaman); };
    document.head.appendChild(script);
  }

  function start() {
    watchReading();
    var list = statuses();
    markNavigation(list);
    if (!document.getElementById("kemajuan-saya") && !document.getElementById("sertifikat")) return;
    withPageScript(function (pages) {
      // Looked up again: the reader may have moved on while the script loaded.
      var dashboard = document.getElementById("kemajuan-saya");
      if (dashboard) pages.setUpDashboard(dashboard);
      var certificate = document.getElementById("sertifikat");
      if (certificate) pages.setUpCertificate(certificate, statuses());
    });
  }

  window.akademiKemajuan = {
    el: el, read: read, siteUrl: siteUrl, statuses: statuses, describe: describe,
    markNavigation: markNavigation
  };
  /* A quiz just passed changes module status without a page load. */
  document.addEventListener("akademi:skor", function () { markNavigation(statuses()); });
  store.onPage("kemajuan", start);
})();
