/*
 * Printing any page as a handout: internal links get the address of the published page
 * printed next to them (from the page's canonical URL, so the paper never shows file:// or a
 * local server), and collapsed notes open so their text is on paper. Everything is restored
 * after printing. Works for Ctrl+P as well as the browser menu.
 */
(function () {
  "use strict";

  var opened = [];

  function publishedBase() {
    var canonical = document.querySelector("link[rel='canonical']");
    return canonical ? canonical.href : null;
  }

  /* Offline copies link to page.html; the published site uses folder addresses. */
  function published(href, base) {
    var url = new URL(href, base);
    url.pathname = url.pathname.replace(/\/index\.html$/, "/").replace(/\.html$/, "/");
    return url.href;
  }

  function beforePrint() {
    var base = publishedBase();
    document.querySelectorAll(".md-content a[href]").forEach(function (link) {
      var href = link.getAttribute("href");
      if (!base || !href || /^(#|[a-z][a-z0-9+.-]*:)/i.test(href) ||
          link.classList.contains("headerlink") || link.classList.contains("md-button")) return;
      link.setAttribute("data-cetak-alamat", published(href, base));
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
