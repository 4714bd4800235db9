/*
 * Installable offline app: registers the service worker (online copies only), offers
 * "Versi baru tersedia — muat ulang" when a new build is waiting, and drives "Simpan seluruh
 * portal" (overrides/partials/luring.html). The worker stores only a small shell and the pages
 * read; the whole site only when the reader asks. Runs once per full page load; instant
 * navigation keeps the same document.
 */
(function () {
  "use strict";

  /* The offer on Kemajuan Saya is in the page from the start (appearing later would push the
   * footer down under the reader's eyes); it goes where no worker can run. */
  function hideOfflineSection() {
    document.querySelectorAll("[data-luring-bagian]").forEach(function (section) {
      section.hidden = true;
    });
  }

  if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) {
    /* No worker, e.g. the file:// copy, which already holds the whole portal. */
    window.akademiStorage.onPage("aplikasi", hideOfflineSection);
    return;
  }
  var scope = window.akademiStorage.scope();
  var updating = false;

  function offer(worker) {
    var banner = document.getElementById("akademi-pembaruan");
    if (!banner) return;
    banner.hidden = false;
    banner.querySelector("button").onclick = function () {
      updating = true;
      worker.postMessage("akademi:aktifkan");
    };
  }

  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (updating) location.reload();
  });

  /* The page (and what it loaded) came before the worker took control: have it stored too. */
  function storeThisPage(registration) {
    var urls = performance.getEntriesByType("resource").map(function (entry) {
      return entry.name;
    });
    registration.active.postMessage({
      type: "akademi:simpan-halaman",
      urls: [location.href].concat(urls)
    });
  }

  var workerRuns = true;

  /* After the page has loaded: the worker's first download must not compete with the page
   * for a slow connection (it would delay the first paint of the content). */
  function registerWorker() {
    navigator.serviceWorker.register(new URL("sw.js", scope).href, { scope: scope.pathname })
      .then(function (registration) {
        if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
        registration.addEventListener("updatefound", function () {
          var worker = registration.installing;
          worker.addEventListener("statechange", function () {
            if (worker.state === "installed" && navigator.serviceWorker.controller) offer(worker);
          });
        });
        if (!navigator.serviceWorker.controller) navigator.serviceWorker.ready.then(storeThisPage);
      })
      .catch(function () {
        /* No service worker (e.g. blocked by the browser): the site still works online. */
        workerRuns = false;
        hideOfflineSection();
      });
  }

  if (document.readyState === "complete") registerWorker();
  else window.addEventListener("load", registerWorker);

  /* --- "Simpan seluruh portal untuk dibaca tanpa internet" ------------------------------ */

  function megabytes(bytes) {
    return (bytes / 1e6).toFixed(1).replace(".", ",") + " MB";
  }

  function offlineMessage(state, whole) {
    if (state.sedang) {
      return "Menyimpan… " + megabytes(state.tersimpan) + " dari " + megabytes(state.total) + ".";
    }
    if (whole) {
      return "Seluruh portal tersimpan di perangkat ini (" + megabytes(state.total) +
        ") dan dapat dibaca tanpa internet.";
    }
    if (state.gagal) {
      return "Penyimpanan terhenti karena koneksi terputus. Sambungkan lagi, lalu tekan tombol " +
        "simpan untuk melanjutkan.";
    }
    if (state.dihapus) {
      return "Simpanan luring sudah dihapus. Beranda tetap dapat dibuka tanpa internet.";
    }
    return "";
  }

  function showOfflineState(state) {
    var whole = state.tersimpan >= state.total;
    document.querySelectorAll("[data-akademi-luring]").forEach(function (control) {
      var bar = control.querySelector("[data-luring-kemajuan]");
      var save = control.querySelector("[data-luring-simpan]");
      control.querySelector("[data-luring-ukuran]").textContent = megabytes(state.total);
      bar.max = state.total;
      bar.value = state.tersimpan;
      bar.hidden = !state.sedang && !whole;
      save.disabled = Boolean(state.sedang) || whole;
      control.querySelector("[data-luring-hapus]").hidden = Boolean(state.sedang) ||
        !(whole || state.gagal);
      control.querySelector("[data-luring-pesan]").textContent = offlineMessage(state, whole);
    });
  }

  function tellWorker(message) {
    navigator.serviceWorker.ready.then(function (registration) {
      registration.active.postMessage(message);
    });
  }

  navigator.serviceWorker.addEventListener("message", function (event) {
    if (event.data && event.data.type === "akademi:luring") showOfflineState(event.data);
  });
  navigator.serviceWorker.startMessages();

  function setUpOfflineControls() {
    var controls = document.querySelectorAll("[data-akademi-luring]");
    var prompt = document.getElementById("akademi-pasang");
    controls.forEach(function (control) {
      control.querySelector("[data-luring-simpan]").onclick = function () {
        tellWorker({ type: "akademi:simpan-seluruh" });
      };
      control.querySelector("[data-luring-hapus]").onclick = function () {
        tellWorker({ type: "akademi:hapus-seluruh" });
      };
    });
    /* Ask the worker only where the offer is in view (not for the hidden install prompt). */
    if (document.querySelector("[data-luring-bagian]") || (prompt && !prompt.hidden)) {
      tellWorker({ type: "akademi:status" });
    }
  }

  /* Offline, the worker answers a page not stored with the not-found page: say why instead. */
  function explainPageNotStored() {
    var heading = document.querySelector("h1[data-judul-luring]");
    if (!heading || navigator.onLine) return;
    heading.textContent = heading.getAttribute("data-judul-luring");
    document.title = heading.textContent;
    document.querySelector("[data-halaman-hilang]").hidden = true;
    document.querySelector("[data-halaman-belum-tersimpan]").hidden = false;
  }

  /* --- Install prompt, with the same offer -------------------------------------------- */

  var installEvent = null;
  var DISMISSED = "pasang-nanti";

  function showInstallPrompt() {
    var prompt = document.getElementById("akademi-pasang");
    if (!prompt || !installEvent || window.akademiStorage.read(DISMISSED)) return;
    prompt.hidden = false;
    prompt.querySelector("[data-pasang]").onclick = function () {
      installEvent.prompt();
      installEvent = null;
      prompt.hidden = true;
    };
    prompt.querySelector("[data-pasang-tutup]").onclick = function () {
      window.akademiStorage.write(DISMISSED, true);
      prompt.hidden = true;
    };
  }

  window.addEventListener("beforeinstallprompt", function (event) {
    event.preventDefault();  /* Our prompt, with the offline offer, instead of the browser's. */
    installEvent = event;
    showInstallPrompt();
    setUpOfflineControls();
  });

  window.addEventListener("appinstalled", function () {
    installEvent = null;
    var prompt = document.getElementById("akademi-pasang");
    if (prompt) prompt.hidden = true;
  });

  function setUpPage() {
    if (!workerRuns) hideOfflineSection();
    explainPageNotStored();
    showInstallPrompt();
    setUpOfflineControls();
  }

  window.akademiStorage.onPage("aplikasi", setUpPage);
})();
