{#- Service worker, rendered after each build by hooks/progress.py. -#}
/* Akademi Medsos Pemda service worker (generated at build time; do not edit the built copy).
 *
 * Precaches the whole site after the first visit and serves it from the cache, so modules,
 * tools and quizzes open with no connection. A new build has a new version: its worker waits
 * until the page asks it to take over ("Versi baru tersedia — muat ulang"), so readers are
 * never switched to new pages silently. Caches are named after this site's path, so two
 * portals on one domain never touch each other's cache. */
"use strict";

const VERSION = {{ version | tojson }};
const PRECACHE = {{ precache | tojson }};
const SCOPE = new URL("./", self.location.href).pathname;
const PREFIX = "akademi:" + SCOPE + ":";
const CACHE = PREFIX + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" }))))
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "akademi:aktifkan") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
        .map((key) => caches.delete(key))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin ||
      !url.pathname.startsWith(SCOPE)) {
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then((hit) =>
        hit || fetch(request).catch(() =>
          request.mode === "navigate" ? cache.match("404.html") : Response.error())))
  );
});
