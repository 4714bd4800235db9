"""Indonesian search in Chromium: inflected forms find their root, English platform terms find
their Indonesian equivalents, highlighting and suggestions still work, the offline (file://)
bundle searches too, and odd input never raises an error."""

from __future__ import annotations

import re
import time
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
from playwright.sync_api import expect

from conftest import ROOT, make_site

pytestmark = pytest.mark.browser

# Query -> a page about its root or term (site path) that must be among the first three pages.
# Grow this list with the content; use only pages that exist.
CASES = [
    ("menyunting", "modul/jurnalisme-data-dan-ai/ai-dalam-produksi-konten/"),
    ("diunggah", "modul/diksi/pedoman-ringkas/"),
    ("penjadwalan", "modul/perencanaan-konten/kalender-konten/"),
    ("tulisannya", "modul/diksi/kata-baku-dan-serapan/"),
    ("berkomentar", "modul/tahun-politik/moderasi-dan-krisis/"),
    ("engagement", "modul/evaluasi-insight/metrik-dan-makna/"),
    ("reach", "modul/evaluasi-insight/metrik-dan-makna/"),
    ("followers", "modul/evaluasi-insight/metrik-dan-makna/"),
    ("caption", "modul/narasi/keterangan-per-platform/"),
    ("carousel", "modul/variasi-kemasan/format-konten/"),
    ("content calendar", "modul/perencanaan-konten/kalender-konten/"),
    ("kalender konten", "modul/perencanaan-konten/kalender-konten/"),
    ("pesan kunci", "modul/narasi/pesan-kunci/"),
    ("hoax", "modul/tahun-politik/hoaks-dan-cek-fakta/"),
    ("glosarium", "glosarium/"),
]
ODD_QUERIES = [
    "!!!???",
    "#tagar @akun",
    "😀🎉",
    "2024 08.00 50%",
    "rp50.000,00",
    "yang dan di dengan",
    "the of and",
    "kata-kata",
    'unggahan "kalender',
    "+ - ~ ^ : *",
    "title:kuis text:",
    "engagement~ reach^ *ukur",
    "menyunting " * 60,
    "x" * 500,
]


ANSWERED = re.compile(r"dokumen ditemukan|Tidak ada dokumen yang sesuai|Ketik untuk mulai")


def open_search(page, url):
    """Open the search box and wait until the worker has built the index (slow machines)."""
    page.goto(url)
    page.get_by_label("Cari", exact=False).first.click()
    meta = page.locator(".md-search-result__meta")
    expect(meta).to_have_text(ANSWERED, timeout=30_000)
    return page.locator("input.md-search__input")


def search(page, query: str) -> list[str]:
    """Type a query; return the hrefs of the result pages (one per page) once they settle."""
    field = page.locator("input.md-search__input")
    field.fill("")
    field.press("Backspace")
    page.keyboard.type(query)
    meta = page.locator(".md-search-result__meta")
    expect(meta).to_contain_text("ditemukan")
    seen, stable, deadline = None, 0, time.monotonic() + 10
    while stable < 3 and time.monotonic() < deadline:
        current = page.locator(".md-search-result__item").evaluate_all(
            "items => items.map(item => item.querySelector('a').getAttribute('href'))"
        )
        stable = stable + 1 if current == seen else 0
        seen = current
        time.sleep(0.1)
    return seen


def site_path(site_url: str, href: str) -> str:
    return urlsplit(urljoin(site_url, href)).path.removeprefix(urlsplit(site_url).path)


def test_queries_find_the_page_about_their_root(page, site_url):
    open_search(page, site_url)
    misses = []
    for query, expected in CASES:
        pages = [site_path(site_url, href) for href in search(page, query)]
        if expected not in pages[:3]:
            misses.append(f"{query!r}: expected {expected}, first pages {pages[:3]}")
    assert misses == []
    assert page.js_errors == []


SIDE_PAGES = ("pelatih/", "panduan-kontributor/")


def test_learners_meet_lessons_before_trainer_and_contributor_pages(phone, site_url):
    page = phone
    page.goto(site_url)
    page.locator('label.md-header__button[for="__search"]').click()
    expect(page.locator(".md-search-result__meta")).to_have_text(ANSWERED, timeout=30_000)
    pages = [site_path(site_url, href) for href in search(page, "himbauan")]
    assert pages[0].startswith(("modul/", "alat/")), pages[:5]
    lesson = next(i for i, path in enumerate(pages) if path.startswith("modul/"))
    side = [i for i, path in enumerate(pages) if path.startswith(SIDE_PAGES)]
    assert lesson <= 2 and (not side or lesson < min(side)), pages
    # The contributor guide's quiz example (its ticked answer) is not search text.
    texts = page.locator(".md-search-result__item").all_inner_texts()
    assert not any("[x] Imbauan" in text or "[x]" in text for text in texts), texts

    pages = [site_path(site_url, href) for href in search(page, "cara menghitung engagement")]
    lesson = pages.index("modul/evaluasi-insight/metrik-dan-makna/")
    notebook = "modul/evaluasi-insight/analisis-insight/"
    assert notebook not in pages or lesson < pages.index(notebook), pages
    assert page.js_errors == []


def test_the_target_page_highlights_the_typed_word_and_its_other_forms(page, site_url):
    open_search(page, site_url)
    search(page, "menyunting")
    # A page's own link carries ?h= only when its opening matched; its section links do.
    links = page.locator(".md-search-result__link").evaluate_all(
        "links => links.filter(link => link.checkVisibility())"
        ".map(link => link.getAttribute('href'))"
    )
    target = next(h for h in links if "etika-dan" in h and re.search(r"[?&]h=[^&#]", h))
    words = parse_qs(urlsplit(target).query)["h"][0].split()
    assert words[0] == "menyunting" and {"disunting", "penyuntingan"} <= set(words)
    page.locator(f".md-search-result__link[href='{target}']").first.click()
    expect(page).to_have_url(f"{urljoin(site_url, target)}")
    marks = page.locator("article mark[data-md-highlight]")
    expect(marks.first).to_be_visible()
    assert {"disunting", "penyuntingan"} & {text.lower() for text in marks.all_inner_texts()}


def test_english_terms_highlight_their_indonesian_equivalent(page, site_url):
    open_search(page, site_url)
    hrefs = search(page, "reach")
    words = parse_qs(urlsplit(hrefs[0]).query)["h"][0].split()
    assert words[0] == "reach" and "jangkauan" in words
    # The search result itself marks the Indonesian word it matched.
    first = page.locator(".md-search-result__item").first
    assert "jangkauan" in [t.lower() for t in first.locator("mark").all_inner_texts()]


def test_suggestions_complete_the_word_being_typed(page, site_url):
    open_search(page, site_url)
    page.keyboard.type("kalen")
    expect(page.locator(".md-search__suggest")).to_have_text("kalender")
    page.keyboard.press("ArrowRight")
    expect(page.locator("input.md-search__input")).to_have_value("kalender")


def test_odd_queries_never_raise_errors(page, site_url):
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    open_search(page, site_url)
    for query in ODD_QUERIES:
        field = page.locator("input.md-search__input")
        field.fill("")
        field.press("Backspace")
        page.keyboard.type(query)
        expect(page.locator(".md-search-result__meta")).to_have_text(ANSWERED)
    time.sleep(0.5)
    assert problems == []
    assert page.js_errors == []


CACHED_WORKER = """async () => {
    const worker = new URL("assets/javascripts/workers/cari.js", location.href).href;
    for (const key of await caches.keys()) {
        const cache = await caches.open(key);
        if (await cache.match(worker)) return navigator.serviceWorker.controller !== null;
    }
    return false;
}"""


def test_search_keeps_working_after_a_result_and_back_under_the_service_worker(page, site_url):
    """Once the service worker serves our search worker from its cache, the worker's URL has
    no fragment; it must still find Material's worker (it once imported itself forever)."""
    open_search(page, site_url)
    deadline = time.monotonic() + 30
    while not page.evaluate(CACHED_WORKER):
        assert time.monotonic() < deadline, "the service worker never cached the search worker"
        time.sleep(0.2)
    open_search(page, site_url)
    for query, expected in (("kalender konten", "kalender-konten/"), ("rasio aspek", "rasio")):
        search(page, query)
        page.locator(".md-search-result__item a").first.click()
        expect(page).to_have_url(re.compile(re.escape(expected)))
        page.go_back()
        expect(page).to_have_url(site_url)
        page.get_by_label("Cari", exact=False).first.click()
    pages = [site_path(site_url, href) for href in search(page, "diunggah")]
    assert "modul/diksi/pedoman-ringkas/" in pages[:3]
    assert page.js_errors == []


def test_only_stop_words_find_next_to_nothing_rather_than_everything(page, site_url):
    """Every page says "yang" and "dengan"; as stop words they match only longer words that
    start with them ("dengannya"), so a handful of pages at most, not the whole site."""
    open_search(page, site_url)
    page.keyboard.type("yang dengan ")
    meta = page.locator(".md-search-result__meta")
    expect(meta).to_have_text(ANSWERED)
    time.sleep(0.5)
    found = re.match(r"(\d+) dokumen", meta.inner_text())
    assert (int(found.group(1)) if found else 0) <= 5, meta.inner_text()


OFFLINE_PAGES = {
    "index.md": "---\ndescription: Uji.\n---\n# Beranda\n\nSelamat datang.\n",
    "sunting.md": (
        "---\ndescription: Uji.\n---\n# Penyuntingan naskah\n\n"
        "Setiap penyuntingan dicatat. Naskah yang sudah disunting dikirim ke atasan.\n"
    ),
    "lain.md": "---\ndescription: Uji.\n---\n# Jadwal\n\nJadwal rapat bulanan.\n",
}
OFFLINE_CONFIG = f"""
hooks:
  - {ROOT}/hooks/vendor.py
  - {ROOT}/hooks/cari.py
plugins:
  - search
  - offline
"""


def test_offline_bundle_searches_from_the_file_system(tmp_path, context):
    result, site = make_site(tmp_path, OFFLINE_PAGES, OFFLINE_CONFIG)
    assert result.returncode == 0, result.stderr
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "unpkg.com" not in html
    assert "workers/cari.js#search." in html
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((site / "index.html").as_uri())
    page.get_by_label("Cari", exact=False).first.click()
    page.keyboard.type("menyunting")
    first = page.locator(".md-search-result__item a").first
    expect(first).to_have_attribute("href", (site / "sunting.html").as_uri(), timeout=30_000)
    expect(page.locator(".md-search-result__meta")).to_have_text("1 dokumen ditemukan")
    assert errors == []
