/*
 * Installable offline app: registers the service worker (online copies only) and offers
 * "Versi baru tersedia — muat ulang" when a new build is waiting. Runs once per full page
 * load; instant navigation keeps the same document.
 */
(function () {
  "use strict";

  if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  var scope = typeof __md_scope !== "undefined" ? __md_scope : new URL(".", location.href);
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

  navigator.serviceWorker.register(new URL("sw.js", scope).href, { scope: scope.pathname })
    .then(function (registration) {
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener("updatefound", function () {
        var worker = registration.installing;
        worker.addEventListener("statechange", function () {
          if (worker.state === "installed" && navigator.serviceWorker.controller) offer(worker);
        });
      });
    })
    .catch(function () {
      /* No service worker (e.g. blocked by the browser): the site still works online. */
    });
})();
