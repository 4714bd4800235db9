{#- Service worker, rendered after each build by hooks/progress.py. -#}
/* The portal's service worker (generated at build time; do not edit the built copy).
 *
 * Offline on request, not by default. Installing stores only a small shell: the home page
 * (where the installed app opens), the not-found page (shown offline for pages not stored),
 * the files they load, search and the icons. A page the reader opens is stored as it is read,
 * so it opens again with no connection. The whole site is stored only when the reader asks
 * ("Simpan seluruh portal", a message from aplikasi.js), with progress, and can be removed.
 *
 * A new build has a new version: its worker waits until the page asks it to take over
 * ("Versi baru tersedia — muat ulang"), so readers are never switched to new pages silently.
 * It keeps what the reader had stored (pages read, or the whole site): unchanged files are
 * copied from the old cache, changed ones downloaded. Caches are named "code:path:version" after
 * the branding block's code and this site's path, so two portals on one domain never touch each
 * other's cache; a cache of this path under an earlier code (a rebrand) counts as an old one. */
"use strict";

const VERSION = {{ version | tojson }};
const SHELL = {{ shell | tojson }};
/* Every file the site uses, relative to this folder: [content hash, bytes sent (gzip)]. */
const FILES = {{ files | tojson }};
const TOTAL_BYTES = {{ total | tojson }};
const SCOPE_URL = new URL("./", self.location.href);
const SCOPE = SCOPE_URL.pathname;
const CACHE = {{ kode | tojson }} + ":" + SCOPE + ":" + VERSION;
/* The file list of the version that filled a cache, kept in it for the next version. */
const LIST_KEY = new URL("__akademi-berkas.json", SCOPE_URL).href;
const PARALLEL = 4;
let saving = null;

function absolute(key) {
  return new URL(key, SCOPE_URL).href;
}

/* A URL's key in FILES or SHELL ("modul/x/index.html" is "modul/x/"), or null. */
function keyOf(url) {
  const path = new URL(url).pathname;
  if (!path.startsWith(SCOPE)) return null;
  const key = path.slice(SCOPE.length).replace(/(^|\/)index\.html$/, "$1");
  return key || "./";
}

/* Whether a cache name is one of this site's (any version, any earlier code) but not this one. */
function olderCache(name) {
  const parts = name.split(":");
  return parts.length === 3 && parts[1] === SCOPE && name !== CACHE;
}

async function storedUrls(cache) {
  return new Set((await cache.keys()).map((request) => request.url));
}

/* Downloads `keys` into `cache`, a few at a time; returns how many failed. */
async function download(cache, keys, onEach) {
  let next = 0;
  let failed = 0;
  async function lane() {
    while (next < keys.length) {
      const key = keys[next++];
      try {
        const response = await fetch(absolute(key), { cache: "no-cache" });
        if (!response.ok) throw new Error(key + ": " + response.status);
        await cache.put(absolute(key), response);
        if (onEach) onEach(key);
      } catch (error) {
        failed += 1;
      }
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, lane));
  return failed;
}

/* What the previous version had stored, in this version's cache. */
async function carryOver(cache) {
  const have = await storedUrls(cache);
  for (const name of await caches.keys()) {
    if (!olderCache(name)) continue;
    const old = await caches.open(name);
    const listed = await old.match(LIST_KEY);
    const oldFiles = listed ? await listed.json() : {};
    const stored = await storedUrls(old);
    const oldKeys = Object.keys(oldFiles);
    const whole = oldKeys.length > 0 && oldKeys.every((key) => stored.has(absolute(key)));
    const changed = [];
    for (const key of Object.keys(FILES)) {
      const url = absolute(key);
      if (have.has(url) || !(whole || stored.has(url))) continue;
      const same = oldFiles[key] && oldFiles[key][0] === FILES[key][0];
      const previous = same && await old.match(url);
      if (previous) await cache.put(url, previous);
      else changed.push(key);
      have.add(url);
    }
    /* A file that fails now is fetched again when it is read. */
    await download(cache, changed);
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    if (await download(cache, SHELL)) throw new Error("Shell not stored");
    await carryOver(cache);
    await cache.put(LIST_KEY, new Response(JSON.stringify(FILES)));
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter(olderCache)
        .map((key) => caches.delete(key))))
      .then(() => self.clients.claim())
  );
});

/* The reader's copy: bytes stored out of the whole site. */
async function status(extra) {
  const stored = await storedUrls(await caches.open(CACHE));
  let bytes = 0;
  for (const [key, [, size]] of Object.entries(FILES)) {
    if (stored.has(absolute(key))) bytes += size;
  }
  return Object.assign({ type: "akademi:luring", total: TOTAL_BYTES, tersimpan: bytes }, extra);
}

async function broadcast(message) {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true })) {
    client.postMessage(message);
  }
}

async function saveWhole() {
  const cache = await caches.open(CACHE);
  const stored = await storedUrls(cache);
  const missing = Object.keys(FILES).filter((key) => !stored.has(absolute(key)));
  let bytes = TOTAL_BYTES - missing.reduce((sum, key) => sum + FILES[key][1], 0);
  await broadcast({ type: "akademi:luring", total: TOTAL_BYTES, tersimpan: bytes, sedang: true });
  const failed = await download(cache, missing, (key) => {
    bytes += FILES[key][1];
    broadcast({ type: "akademi:luring", total: TOTAL_BYTES, tersimpan: bytes, sedang: true });
  });
  await broadcast(await status({ gagal: failed > 0 }));
}

/* Back to the shell: removes the whole-site copy and the pages read. */
async function removeWhole() {
  const cache = await caches.open(CACHE);
  const keep = new Set(SHELL.map(absolute).concat(LIST_KEY));
  for (const request of await cache.keys()) {
    if (!keep.has(request.url)) await cache.delete(request);
  }
  await broadcast(await status({ dihapus: true }));
}

/* The first page (and what it loaded) arrived before this worker took control. */
async function storeRead(urls) {
  const cache = await caches.open(CACHE);
  const stored = await storedUrls(cache);
  for (const url of urls) {
    const key = keyOf(url);
    if (!(key in FILES) || stored.has(absolute(key))) continue;
    try {
      const response = await fetch(absolute(key));  /* Usually from the browser's cache. */
      if (response.ok && !response.redirected) await cache.put(absolute(key), response);
    } catch (error) {
      /* Offline again: the page is stored when it is next read. */
    }
  }
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data === "akademi:aktifkan") {
    self.skipWaiting();
  } else if (data.type === "akademi:status") {
    event.waitUntil(status(saving ? { sedang: true } : {})
      .then((message) => event.source.postMessage(message)));
  } else if (data.type === "akademi:simpan-seluruh") {
    saving = saving || saveWhole().finally(() => { saving = null; });
    event.waitUntil(saving);
  } else if (data.type === "akademi:hapus-seluruh") {
    event.waitUntil((saving || Promise.resolve()).then(removeWhole));
  } else if (data.type === "akademi:simpan-halaman" && Array.isArray(data.urls)) {
    event.waitUntil(storeRead(data.urls));
  }
});

async function respond(event) {
  const request = event.request;
  const cache = await caches.open(CACHE);
  const key = keyOf(request.url);
  const known = key in FILES || SHELL.includes(key);
  const hit = await cache.match(known ? absolute(key) : request, { ignoreSearch: true });
  if (hit) return hit;
  try {
    const response = await fetch(request);
    /* Stored as read: a page or file opened once opens again offline. */
    if (key in FILES && response.ok && !response.redirected) {
      event.waitUntil(cache.put(absolute(key), response.clone()));
    }
    return response;
  } catch (error) {
    if (request.mode !== "navigate") return Response.error();
    return (await cache.match(absolute("404.html"))) || Response.error();
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin ||
      !url.pathname.startsWith(SCOPE)) {
    return;
  }
  event.respondWith(respond(event));
});
