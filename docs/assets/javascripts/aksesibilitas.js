/*
 * Accessibility repairs to markup Material's own script creates: it wraps wide tables in a
 * scrollable box, which keyboard users can only scroll if the box can take focus.
 */
(function () {
  "use strict";

  function repair() {
    document.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])").forEach(function (box) {
      box.tabIndex = 0;
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", "Tabel; geser ke samping untuk melihat semua kolom");
    });
  }

  window.akademiStorage.onPage("aksesibilitas", repair);
})();
