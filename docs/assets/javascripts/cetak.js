/*
 * Printing any page as a handout: internal links get the address of the published page
 * printed next to them (from the page's canonical URL, so the paper never shows file:// or a
 * local server), and collapsed notes open so their text is on paper. Everything is restored
 * after printing. Works for Ctrl+P as well as the browser menu.
 */
(function () {
  "use strict";

  var opened = [];

  var scope = window.akademiStorage.scope;

  /* The published site's root, from this page's canonical URL and its depth in the site. */
  function publishedRoot() {
    var canonical = document.querySelector("link[rel='canonical']");
    if (!canonical) return null;
    var here = new URL(".", location.href).pathname.slice(scope().pathname.length);
    var depth = here.split("/").filter(Boolean).length;
    return new URL(new Array(depth + 1).join("../") || "./", new URL(".", canonical.href)).href;
  }

  /* Where a link points on the published site (offline copies link to page.html files). */
  function published(link, root) {
    var url = new URL(link.href, location.href);
    if (url.protocol === "mailto:" || url.protocol === "tel:") return null;
    var inside = url.href.indexOf(scope().href) === 0;
    if (!inside) return /^https?:$/.test(url.protocol) ? url.href : null;
    if (url.pathname === location.pathname) return null;
    return root + window.akademiStorage.pageKey(url.href) + url.hash;
  }

  function beforePrint() {
    var root = publishedRoot();
    if (!root || !window.akademiStorage) return;
    document.querySelectorAll(".md-content article a[href]").forEach(function (link) {
      if (link.classList.contains("headerlink") || link.classList.contains("md-button")) return;
      var address = published(link, root);
      if (address && link.textContent.trim() !== address) {
        link.setAttribute("data-cetak-alamat", address);
      }
    });
    document.querySelectorAll(".md-content details:not([open]):not(.kuis__kunci)")
      .forEach(function (details) {
        details.open = true;
        opened.push(details);
      });
  }

  function afterPrint() {
    opened.forEach(function (details) { details.open = false; });
    opened = [];
  }

  window.addEventListener("beforeprint", beforePrint);
  window.addEventListener("afterprint", afterPrint);
  window.akademiCetak = { siapkan: beforePrint, pulihkan: afterPrint };
})();
