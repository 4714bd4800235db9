/*
 * The shared browser core, loaded before every other script of the portal: namespaced,
 * versioned localStorage, plus the small helpers every page script needs (el, onPage, shuffle,
 * download, scope, confirmBox, brand, and the checked export file: exportFile, readExportFile).
 *
 * Keys carry the site's base path (Material's __md_scope), so two portals on one GitHub Pages
 * domain never read each other's data, and a schema version, so data from an older layout is
 * ignored instead of breaking a page. Every failure (private mode, quota, corrupt JSON) is
 * swallowed: storage is a convenience, never a requirement.
 */
(function (root) {
  "use strict";

  var SCHEMA = 1;
  var PREFIX = "akademi";

  /* The site's root URL: Material's __md_scope, or this page's folder where there is none. */
  function scope() {
    return typeof __md_scope !== "undefined" ? __md_scope : new URL(".", location.href);
  }

  function scopePath() {
    return scope().pathname;
  }

  /* A new element; text is written unless it is undefined or null (0 and "" are written). */
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /* Runs setUp for the page on screen and again after every instant navigation (Material's
   * document$ replays the current page to a late subscriber). Decided once the document is
   * ready, when Material's bundle has defined document$; without it (a slide deck) setUp runs
   * once. A page script loaded again (a tool page reached by instant navigation) subscribes only
   * once per name and sets up at once, so setUp must leave what it already set up alone. */
  var subscribed = {};
  function onPage(name, setUp) {
    function start() {
      if (!window.document$ || subscribed[name]) return setUp();
      subscribed[name] = true;
      window.document$.subscribe(function () { setUp(); });
    }
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
    else start();
  }

  /* Shuffles a list in place (Fisher-Yates) with random() (Math.random by default). */
  function shuffle(list, random) {
    random = random || Math.random;
    for (var i = list.length - 1; i > 0; i--) {
      var j = Math.floor(random() * (i + 1));
      var t = list[i]; list[i] = list[j]; list[j] = t;
    }
    return list;
  }

  /* Offers text as a file download (a Blob URL: nothing leaves the browser). A CSV starts with
   * the UTF-8 byte order mark, so Excel reads its accents right. The link stays out of the
   * document, so Material's instant loading never sees the click. */
  function download(name, type, text) {
    if (/^text\/csv/.test(type) && text.charAt(0) !== "\ufeff") text = "\ufeff" + text;
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: type }));
    link.download = name;
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    return name;
  }

  /* A confirm box already in the page (hidden, with a yes and a cancel button): ask() shows it
   * and focuses cancel, the safe answer; either button hides it and calls its callback. */
  function confirmBox(box, yes, cancel, onYes, onCancel) {
    function answer(callback) {
      return function () { box.hidden = true; if (callback) callback(); };
    }
    yes.addEventListener("click", answer(onYes));
    cancel.addEventListener("click", answer(onCancel));
    return {
      ask: function () { box.hidden = false; cancel.focus(); },
      close: function () { box.hidden = true; }
    };
  }

  function key(name) {
    return PREFIX + ":" + scopePath() + ":" + name;
  }

  function read(name, isValid) {
    try {
      var raw = window.localStorage.getItem(key(name));
      if (raw === null) return null;
      var record = JSON.parse(raw);
      if (!record || record.v !== SCHEMA) return null;
      return isValid && !isValid(record.data) ? null : record.data;
    } catch (error) {
      return null;
    }
  }

  function write(name, data) {
    try {
      window.localStorage.setItem(key(name), JSON.stringify({ v: SCHEMA, data: data }));
      return true;
    } catch (error) {
      return false;
    }
  }

  function remove(name) {
    try {
      window.localStorage.removeItem(key(name));
    } catch (error) {
      /* Storage unavailable: nothing to remove. */
    }
  }

  /* A page's key, the same online (modul/x/kuis/) and in the offline copy (modul/x/kuis.html),
   * relative to the site root: it matches the URLs the build writes into the module map. */
  function pageKey(href) {
    var path = new URL(href || location.href, location.href).pathname;
    var base = scopePath();
    if (path.indexOf(base) === 0) path = path.slice(base.length);
    path = path.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "/");
    return decodeURIComponent(path);
  }

  function isPlainObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  /* A short hash of an exported file's data (cyrb53): a file edited by hand is refused on
   * import. Not security, only a guard against accidental damage. */
  function checksum(text) {
    var h1 = 0xdeadbeef, h2 = 0x41c6ce57;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
  }

  /* A file that carries data to another browser (progress, the class tally, an assessment):
   * its format, the storage schema, when it was made and a checksum of the data. */
  function exportFile(format, data) {
    return JSON.stringify({
      format: format, versi: SCHEMA, dibuat: new Date().toISOString(), data: data,
      cek: checksum(JSON.stringify(data))
    }, null, 1);
  }

  /* The data of such a file, checked before anything changes: a file of another kind or
   * version, or edited by hand, throws an Error saying why in Indonesian. ``what`` names the
   * kind of file ("berkas rekap kelas"). */
  function readExportFile(text, format, what) {
    var file;
    try {
      file = JSON.parse(text);
    } catch (error) {
      throw new Error("Berkas ini tidak dapat dibaca: isinya bukan " + what + " (bukan JSON).");
    }
    if (!isPlainObject(file) || file.format !== format) {
      throw new Error("Berkas ini bukan " + what + ".");
    }
    if (file.versi !== SCHEMA) {
      throw new Error(file.versi > SCHEMA
        ? "Berkas ini dibuat oleh versi portal yang lebih baru. Perbarui halaman, lalu coba lagi."
        : "Berkas ini dibuat oleh versi portal yang lama dan tidak dapat dibuka.");
    }
    if (!isPlainObject(file.data) || file.cek !== checksum(JSON.stringify(file.data))) {
      throw new Error("Isi berkas ini telah diubah, sehingga tidak dapat dibuka.");
    }
    return file.data;
  }

  /* The portal's name and short code from the branding block (the page's akademi:merek meta):
   * file names and file formats carry them, so a rebranded portal names its own files. */
  function brand() {
    var meta = document.querySelector('meta[name="akademi:merek"]');
    var name = meta ? meta.getAttribute("content") : "";
    var code = meta ? meta.getAttribute("data-kode") : "";
    return { nama: name || document.title, kode: code || "portal" };
  }

  var api = {
    read: read, write: write, remove: remove, key: key, isPlainObject: isPlainObject,
    pageKey: pageKey, checksum: checksum, schema: SCHEMA, brand: brand, scope: scope, el: el,
    onPage: onPage, shuffle: shuffle, download: download, confirmBox: confirmBox,
    exportFile: exportFile, readExportFile: readExportFile
  };
  root.akademiStorage = api;
  /* Under Node (tests/nodejs.py) the tools' pure parts load this for shuffle. */
  if (typeof module !== "undefined" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : globalThis);
