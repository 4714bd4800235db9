/*
 * Shared storage helper: namespaced, versioned localStorage.
 *
 * Keys carry the site's base path (Material's __md_scope), so two portals on one GitHub Pages
 * domain never read each other's data, and a schema version, so data from an older layout is
 * ignored instead of breaking a page. Every failure (private mode, quota, corrupt JSON) is
 * swallowed: storage is a convenience, never a requirement.
 */
(function () {
  "use strict";

  var SCHEMA = 1;
  var PREFIX = "akademi";

  function scopePath() {
    var scope = typeof __md_scope !== "undefined" ? __md_scope : new URL(".", location.href);
    return scope.pathname;
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

  /* The portal's name and short code from the branding block (the page's akademi:merek meta):
   * file names and file formats carry them, so a rebranded portal names its own files. */
  function brand() {
    var meta = document.querySelector('meta[name="akademi:merek"]');
    var name = meta ? meta.getAttribute("content") : "";
    var code = meta ? meta.getAttribute("data-kode") : "";
    return { nama: name || document.title, kode: code || "portal" };
  }

  window.akademiStorage = {
    read: read, write: write, remove: remove, key: key, isPlainObject: isPlainObject,
    pageKey: pageKey, checksum: checksum, schema: SCHEMA, brand: brand
  };
})();
