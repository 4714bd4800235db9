"""The installed app offline, on a phone: what the service worker stores and serves."""

from __future__ import annotations

import functools
import gzip
import http.server
import re
import threading
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from conftest import SUB_PATH, SubPathHandler
from helpers import PHONE_SETTINGS

pytestmark = pytest.mark.browser


def install(page, url: str) -> None:
    """Open a page and wait until the service worker controls it (installed and activated)."""
    page.goto(url)
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.wait_for_function("navigator.serviceWorker.controller !== null")


def home_heading(built_site) -> str:
    """The home page's title as built (without its permalink anchor)."""
    html = (built_site / "index.html").read_text(encoding="utf-8")
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)
    return re.sub(r"<a class=\"headerlink\".*?</a>|<[^>]+>", "", heading).strip()


def test_installed_app_opens_its_home_page_offline(phone_context, built_site, site_url):
    page = phone_context.new_page()
    install(page, site_url + "modul/narasi/")
    start_url = page.evaluate(
        """async () => {
          const link = document.querySelector("link[rel=manifest]");
          const manifest = await (await fetch(link.href)).json();
          return new URL(manifest.start_url, link.href).href;
        }"""
    )
    assert start_url == site_url
    heading = home_heading(built_site)
    phone_context.set_offline(True)

    page.goto(start_url)
    expect(page.locator("h1")).to_contain_text(heading)
    expect(page.locator("body")).not_to_contain_text("Halaman tidak ditemukan")

    page.goto(site_url + "modul/narasi/")
    expect(page.locator("h1")).to_contain_text("Narasi")
    page.locator(".md-path").get_by_role("link", name="Beranda").click()
    expect(page).to_have_url(site_url)
    expect(page.locator("h1")).to_contain_text(heading)
    expect(page.locator("body")).not_to_contain_text("Halaman tidak ditemukan")


def wait_stored(page, url: str) -> None:
    page.wait_for_function("async (url) => Boolean(await caches.match(url))", arg=url)


class RecordingHandler(SubPathHandler):
    """The test server, noting each answered path and status (whoever asked: page or worker)."""

    def __init__(self, *args, answered: list, **kwargs):
        self.answered = answered
        super().__init__(*args, **kwargs)

    def log_request(self, code="-", size="-") -> None:
        self.answered.append((urlsplit(self.path).path, int(code)))


@pytest.fixture
def recorded(built_site):
    answered: list[tuple[str, int]] = []
    handler = functools.partial(RecordingHandler, site_dir=built_site, answered=answered)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}", answered
    server.shutdown()
    server.server_close()


def gzip_size(built_site, path: str, status: int) -> int:
    """Bytes a gzip-serving host sends for an answer (304: none, the reader has the file)."""
    if status == 304:
        return 0
    relative = path[len(SUB_PATH) :]
    if status == 404:
        relative = "404.html"
    elif relative.endswith("/") or not relative:
        relative += "index.html"
    file = built_site / relative
    data = file.read_bytes()
    return min(len(data), len(gzip.compress(data, compresslevel=6)))


def test_first_visit_downloads_the_page_and_a_small_shell_only(browser, built_site, recorded):
    url, answered = recorded
    context = browser.new_context(**PHONE_SETTINGS)
    page = context.new_page()
    install(page, url + "modul/narasi/")
    wait_stored(page, page.url)  # The first page, read before the worker took over.
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(1000)  # Anything the worker still does in the background.
    context.close()
    total = sum(gzip_size(built_site, path, status) for path, status in answered)
    print(f"first visit: {total / 1024:.0f} KiB gzip, {len(answered)} answers")
    assert total <= 450 * 1024, f"{total / 1024:.0f} KiB: {sorted(answered)}"
    pages = {path for path, _status in answered if path.endswith("/")}
    assert pages == {SUB_PATH, SUB_PATH + "modul/narasi/"}  # Home (where the app opens) only.
    assert not [path for path, _status in answered if "/lunr/" in path or path.endswith(".map")]


def test_page_read_once_opens_offline_and_unread_pages_say_so(phone_context, site_url):
    page = phone_context.new_page()
    install(page, site_url + "modul/narasi/")
    page.goto(site_url + "modul/diksi/")
    wait_stored(page, page.url)
    wait_stored(page, site_url + "modul/narasi/")
    phone_context.set_offline(True)
    for read, title in (("modul/narasi/", "Narasi"), ("modul/diksi/", "Diksi")):
        page.goto(site_url + read)
        expect(page.locator("h1")).to_contain_text(title)
    page.goto(site_url + "modul/tahun-politik/")
    expect(page.locator("h1")).to_have_text("Halaman ini belum tersimpan")
    expect(page.locator("article")).to_contain_text("Simpan seluruh portal untuk dibaca tanpa")
    expect(page.get_by_text("Maaf, halaman yang Anda cari")).to_be_hidden()


def megabytes(text: str) -> float:
    return float(re.search(r"(\d+,\d) MB", text).group(1).replace(",", "."))


def test_whole_portal_on_request_opens_offline_and_can_be_removed(
    phone_context, built_site, site_url
):
    page = phone_context.new_page()
    install(page, site_url + "kemajuan/")
    control = page.locator("[data-luring-bagian]")
    save = control.get_by_role("button", name="Simpan seluruh portal untuk dibaca tanpa internet")
    expect(save).to_contain_text(re.compile(r"\(\d+,\d MB\)"))
    raw = sum(path.stat().st_size for path in built_site.rglob("*") if path.is_file())
    assert 0.5 < megabytes(save.inner_text()) < raw / 1e6  # Sent compressed, without sources.
    box = save.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360 and box["height"] >= 24

    save.click()
    message = control.get_by_role("status")
    expect(message).to_contain_text("Seluruh portal tersimpan", timeout=90_000)
    expect(control.get_by_role("progressbar", name="Kemajuan penyimpanan portal")).to_be_visible()
    expect(save).to_be_disabled()

    phone_context.set_offline(True)
    pages = sorted(
        site_url + path.relative_to(built_site).as_posix().removesuffix("index.html")
        for path in built_site.rglob("index.html")
    )
    answers = page.evaluate(
        """async (urls) => Promise.all(urls.map(async (url) => {
          const response = await fetch(url);
          const text = await response.text();
          return [url, response.status, text.includes("data-judul-luring")];
        }))""",
        pages,
    )
    assert len(answers) > 40
    assert [answer for answer in answers if answer[1:] != [200, False]] == []
    page.goto(site_url + "alat/cek-diksi/")
    expect(page.locator("h1")).to_contain_text("Cek Diksi")
    page.goto(site_url + "pelatih/")
    expect(page.locator("h1")).not_to_have_text("Halaman ini belum tersimpan")

    phone_context.set_offline(False)
    page.goto(site_url + "kemajuan/")
    control.get_by_role("button", name="Hapus simpanan luring").click()
    expect(message).to_contain_text("Simpanan luring sudah dihapus")
    expect(save).to_be_enabled()
    # The copy is gone: only the shell (home page included) is left in the worker's cache.
    # (Checked in the cache, not by opening the page offline: the browser's own HTTP cache
    # may still hold a page it saw minutes ago, which is fine for the reader.)
    stored = page.evaluate(
        """async (urls) => {
          const found = [];
          for (const key of await caches.keys()) {
            const cache = await caches.open(key);
            for (const url of urls) if (await cache.match(url)) found.push(url);
          }
          return found;
        }""",
        [site_url + "alat/cek-diksi/", site_url + "pelatih/", site_url],
    )
    assert stored == [site_url]
    phone_context.set_offline(True)
    page.goto(site_url)
    expect(page.locator("h1")).not_to_have_text("Halaman ini belum tersimpan")


OFFER_INSTALL = """() => {
  const event = new Event("beforeinstallprompt", { cancelable: true });
  event.prompt = () => { window.installPrompted = true; return Promise.resolve(); };
  window.dispatchEvent(event);
}"""


def test_install_prompt_offers_the_whole_portal_too(phone_context, site_url):
    page = phone_context.new_page()
    install(page, site_url + "modul/narasi/")
    page.evaluate(OFFER_INSTALL)  # What Chromium fires when the app can be installed.
    prompt = page.get_by_role("region", name="Pasang aplikasi")
    expect(prompt).to_be_visible()
    save = prompt.get_by_role("button", name="Simpan seluruh portal untuk dibaca tanpa internet")
    expect(save).to_contain_text(re.compile(r"\(\d+,\d MB\)"))
    box = prompt.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    save.click()
    expect(prompt.get_by_role("status")).to_contain_text("Seluruh portal tersimpan", timeout=90_000)
    prompt.get_by_role("button", name="Pasang aplikasi").click()
    assert page.evaluate("window.installPrompted") is True
    expect(prompt).to_be_hidden()

    page.reload()
    page.evaluate(OFFER_INSTALL)
    prompt.get_by_role("button", name="Nanti saja").click()
    expect(prompt).to_be_hidden()
    page.reload()
    page.evaluate(OFFER_INSTALL)
    page.wait_for_timeout(300)
    expect(prompt).to_be_hidden()  # "Nanti saja" is remembered.


def test_update_keeps_the_whole_portal_stored(browser, own_copy):
    copy, url = own_copy
    context = browser.new_context(**PHONE_SETTINGS)
    page = context.new_page()
    install(page, url + "kemajuan/")
    control = page.locator("[data-luring-bagian] [data-akademi-luring]")
    control.get_by_role("button", name="Simpan seluruh portal untuk dibaca tanpa internet").click()
    saved = control.get_by_role("status")
    expect(saved).to_contain_text("Seluruh portal tersimpan", timeout=90_000)
    # Publish a new version in which one page changed.
    changed = copy / "modul/diksi/index.html"
    html = changed.read_text(encoding="utf-8")
    changed.write_text(html.replace("</h1>", " (edisi baru)</h1>", 1), encoding="utf-8")
    worker = copy / "sw.js"
    text = re.sub(r'const VERSION = "\w+"', 'const VERSION = "baru"', worker.read_text("utf-8"))
    worker.write_text(re.sub(r'"modul/diksi/": \["\w+"', '"modul/diksi/": ["baru"', text))

    page.goto(url + "kemajuan/")
    banner = page.locator("#akademi-pembaruan")
    expect(banner).to_contain_text("Versi baru tersedia", timeout=30_000)
    banner.get_by_role("button", name="muat ulang").click()
    page.wait_for_function("caches.keys().then((keys) => keys.join().endsWith(':baru'))")
    expect(saved).to_contain_text("Seluruh portal tersimpan")

    context.set_offline(True)
    page.goto(url + "modul/diksi/")
    expect(page.locator("h1")).to_contain_text("(edisi baru)")
    page.goto(url + "modul/tahun-politik/")  # Never opened: stored with the whole portal.
    expect(page.locator("h1")).not_to_have_text("Halaman ini belum tersimpan")
    expect(page.locator("h1")).to_contain_text("Tahun Politik")
    context.close()
