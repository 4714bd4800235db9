"""Learner progress in the browser: ticks, dashboard, devices, certificate, offline app."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from akademi.modules import Module
from akademi.progress import (
    content_version,
    module_map,
    search_languages,
    shell,
    site_files,
    used_files,
)
from helpers import answer_from_key

pytestmark = pytest.mark.browser


# The longest a page must stay open to count as read (MAX_WAIT in kemajuan.js).
LONGEST_READ = "03:00"


# The real animation frame and timer, kept before the fake clock replaces them: the browser
# reports what came into view only when it draws a frame, and a frame may never come (a hidden
# page), so a real half-second timer ends the wait instead of hanging the suite.
REAL_TIMERS = (
    "window.__realFrame = window.requestAnimationFrame.bind(window);"
    "window.__realTimeout = window.setTimeout.bind(window);"
)


@pytest.fixture
def reader(page):
    """A page whose clock the test can move on, so reading takes no real minutes."""
    page.context.add_init_script(REAL_TIMERS)
    page.context.clock.install()
    return page


def scroll_through(page) -> None:
    """Scroll from top to bottom half a screen at a time, as a reader does."""
    step = page.viewport_size["height"] // 2
    position = 0
    while position < page.evaluate("document.documentElement.scrollHeight"):
        position += step
        page.evaluate(
            """async (top) => {
                window.scrollTo({top, behavior: "instant"});
                for (const _ of [1, 2]) {
                    await new Promise((done) => { __realFrame(done); __realTimeout(done, 500); });
                }
            }""",
            position,
        )


def read(page, url: str) -> None:
    """Open a page, scroll through all of it and stay long enough for its length."""
    page.goto(url)
    scroll_through(page)
    page.clock.fast_forward(LONGEST_READ)


def read_pages(page) -> dict:
    return page.evaluate("(akademiStorage.read('kunjungan', akademiStorage.isPlainObject) || {})")


def modules(page, site_url) -> list[dict]:
    page.goto(site_url)
    return json.loads(page.locator("#__akademi-modul").get_attribute("data-modul"))["modul"]


def pass_quiz(page):
    """Answer every question on the current page from its own answer key."""
    for form in page.locator("form.kuis").all():
        answer_from_key(form)
    expect(page.locator(".kuis-skor")).to_contain_text("Selamat, Anda lulus")


def complete(page, site_url, module):
    for key in module["halaman"]:
        read(page, site_url + key)
        if key == module["kuis"]:
            pass_quiz(page)


def nav_link(page, key: str):
    return page.locator(f".md-nav__link[href$='{key.split('/')[-2]}/']").first


def test_a_glance_or_a_quick_scroll_is_not_reading(reader, site_url):
    page = reader
    first = modules(page, site_url)[0]
    lesson = site_url + first["halaman"][1]
    page.goto(lesson)
    page.clock.fast_forward(LONGEST_READ)  # Open for minutes, never scrolled.
    page.goto(lesson)
    scroll_through(page)
    page.clock.fast_forward("00:01")  # Scrolled through in a second.
    page.goto(site_url + first["halaman"][2])
    expect(nav_link(page, first["halaman"][2])).to_be_visible()
    expect(nav_link(page, first["halaman"][1]).locator(".kemajuan-tanda")).to_have_count(0)
    assert first["halaman"][1] not in read_pages(page)
    read(page, lesson)
    expect(nav_link(page, first["halaman"][1]).locator(".kemajuan-tanda")).to_contain_text(
        "sudah dibaca"
    )
    assert list(read_pages(page)) == [first["halaman"][1]]


def test_reading_and_passing_a_module_updates_ticks_and_dashboard(reader, site_url):
    page = reader
    every = modules(page, site_url)
    first, second = every[:2]
    read(page, site_url + first["halaman"][0])
    read(page, site_url + first["halaman"][1])
    page.goto(site_url + first["halaman"][2])
    expect(nav_link(page, first["halaman"][1]).locator(".kemajuan-tanda")).to_contain_text(
        "sudah dibaca"
    )
    # The overview link stands for the module: no tick until the whole module is done.
    expect(nav_link(page, first["halaman"][0]).locator(".kemajuan-tanda")).to_have_count(0)
    nav = nav_link(page, first["halaman"][1])
    # The words are for screen readers; sighted readers see the tick only.
    words = nav.locator(".kemajuan-tanda .akademi-tersembunyi")
    assert words.evaluate("el => el.getBoundingClientRect().width") <= 1
    # The table of contents lists this page's sections: no ticks there.
    expect(page.locator(".md-nav--secondary .kemajuan-tanda")).to_have_count(0)
    complete(page, site_url, first)
    page.goto(site_url + "kemajuan/")
    rows = page.locator("#kemajuan-saya tbody tr")
    expect(rows).to_have_count(len(every))
    expect(rows.nth(0)).to_contain_text("Selesai")
    expect(rows.nth(0)).to_contain_text("100%")
    expect(rows.nth(1)).to_contain_text("Belum dimulai")
    rows.nth(1).get_by_role("link", name=f"Mulai modul {second['judul']}").click()
    expect(page).to_have_url(site_url + second["halaman"][0])
    expect(nav_link(page, first["halaman"][0]).locator(".kemajuan-tanda")).to_contain_text(
        "modul selesai"
    )
    page.goto(site_url + "modul/")
    expect(page.locator(f"[data-modul='{first['slug']}'] .kemajuan-status")).to_have_text(
        "✓ Selesai"
    )


def export_file(page, site_url, tmp_path):
    page.goto(site_url + "kemajuan/")
    with page.expect_download() as download:
        page.get_by_role("button", name="Ekspor kemajuan").click()
    path = tmp_path / "kemajuan.json"
    download.value.save_as(path)
    return path


def dashboard_rows(page) -> list[str]:
    return [row.inner_text() for row in page.locator("#kemajuan-saya tbody tr").all()]


def test_export_on_one_device_and_import_on_another(browser, reader, site_url, tmp_path):
    page = reader
    first = modules(page, site_url)[0]
    complete(page, site_url, first)
    path = export_file(page, site_url, tmp_path)
    before = dashboard_rows(page)
    other = browser.new_context()
    fresh = other.new_page()
    fresh.goto(site_url + "kemajuan/")
    fresh.locator("[data-kemajuan-impor]").set_input_files(path)
    expect(fresh.locator("[data-kemajuan-pesan]")).to_contain_text("berhasil diimpor")
    assert dashboard_rows(fresh) == before
    other.close()


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda text: "bukan json {", "bukan JSON"),
        (lambda text: text.replace('"akademi-medsos-pemda/kemajuan"', '"lain"'), "bukan berkas"),
        (lambda text: text.replace('"versi": 1', '"versi": 2'), "versi portal yang lebih baru"),
        (
            lambda text: text.replace('"kunjungan": {', '"kunjungan": {"modul/palsu/": "2026", '),
            "telah diubah",
        ),
    ],
)
def test_bad_import_files_are_rejected_and_progress_is_kept(
    reader, site_url, tmp_path, mutate, message
):
    page = reader
    first = modules(page, site_url)[0]
    read(page, site_url + first["halaman"][0])
    path = export_file(page, site_url, tmp_path)
    before = dashboard_rows(page)
    bad = tmp_path / "rusak.json"
    bad.write_text(mutate(path.read_text(encoding="utf-8")), encoding="utf-8")
    page.locator("[data-kemajuan-impor]").set_input_files(bad)
    error = page.locator("[data-kemajuan-galat]")
    expect(error).to_contain_text(message)
    expect(error).to_contain_text("tidak berubah")
    expect(error).to_have_attribute("role", "alert")
    expect(page.locator("[data-kemajuan-pesan]")).to_be_hidden()
    assert dashboard_rows(page) == before


def test_reset_asks_first_and_then_clears(reader, site_url):
    page = reader
    first = modules(page, site_url)[0]
    read(page, site_url + first["halaman"][0])
    page.goto(site_url + "kemajuan/")
    page.get_by_role("button", name="Hapus semua kemajuan").click()
    expect(page.get_by_role("button", name="Batal")).to_be_focused()
    page.get_by_role("button", name="Batal").click()
    expect(page.locator("#kemajuan-saya tbody tr").first).to_contain_text("Sedang dipelajari")
    page.get_by_role("button", name="Hapus semua kemajuan").click()
    page.get_by_role("button", name="Ya, hapus").click()
    expect(page.locator("[data-kemajuan-pesan]")).to_contain_text("telah dihapus")
    expect(page.locator("#kemajuan-saya tbody tr").first).to_contain_text("Belum dimulai")


def test_certificate_only_when_core_modules_are_complete_and_fits_one_a4(reader, site_url):
    page = reader
    all_modules = modules(page, site_url)
    core = [module for module in all_modules if module["inti"]]
    page.goto(site_url + "sertifikat/")
    expect(page.locator("[data-sertifikat-terkunci]")).to_be_visible()
    expect(page.locator("[data-sertifikat-siap]")).to_be_hidden()
    for module in core:
        complete(page, site_url, module)
    page.goto(site_url + "sertifikat/")
    expect(page.locator("[data-sertifikat-siap]")).to_be_visible()
    page.get_by_label("Nama lengkap").fill("Sri Wahyuni")
    page.get_by_label("Instansi").fill("Kecamatan Sukamaju")
    sheet = page.locator(".sertifikat__lembar")
    expect(sheet).to_contain_text("Sri Wahyuni")
    expect(sheet).to_contain_text("Akademi Medsos Pemda")
    expect(sheet).to_contain_text("Diskominfo Kabupaten Contoh")
    expect(sheet).to_contain_text("bukan kredensial resmi")
    expect(sheet.locator("tbody tr")).to_have_count(len(core))
    pdf = page.pdf(format="A4")
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1


def test_dashboard_fits_a_phone_and_says_start_for_new_modules(browser, site_url):
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True, locale="id-ID"
    )
    context.add_init_script(REAL_TIMERS)
    context.clock.install()
    page = context.new_page()
    every = modules(page, site_url)
    read(page, site_url + every[0]["halaman"][0])
    page.goto(site_url + "kemajuan/")
    rows = page.locator("#kemajuan-saya tbody tr")
    expect(rows).to_have_count(len(every))
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    started = rows.nth(0).get_by_role("link", name=f"Lanjutkan modul {every[0]['judul']}")
    expect(started).to_be_visible()
    for index, module in enumerate(every[1:], start=1):
        action = rows.nth(index).get_by_role("link", name=f"Mulai modul {module['judul']}")
        expect(action).to_have_text("Mulai")
        action.scroll_into_view_if_needed()
        box = action.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360
        assert box["height"] >= 24
    # Stacked, each value keeps its column's name as a label.
    last_cell = rows.nth(1).locator("td").last
    label = last_cell.evaluate("td => getComputedStyle(td, '::before').content")
    assert label == '"Langkah berikutnya"'
    context.close()


def test_module_map_lists_pages_in_reading_order():
    module = Module(
        "narasi", 2, "Narasi", "d", 60, "Dasar", (), ("a", "b", "c"), "modul/narasi/index.md"
    )
    mapped = module_map(
        [module],
        ["index.md", "modul/narasi/index.md", "modul/narasi/pesan.md", "modul/narasi/kuis.md"],
        ["narasi"],
    )["modul"][0]
    assert mapped["halaman"] == ["modul/narasi/", "modul/narasi/pesan/", "modul/narasi/kuis/"]
    assert mapped["kuis"] == "modul/narasi/kuis/" and mapped["inti"] is True


def test_module_map_leaves_deep_dive_pages_out_of_what_completes_a_module():
    module = Module(
        "narasi", 2, "Narasi", "d", 60, "Dasar", (), ("a", "b", "c"), "modul/narasi/index.md"
    )
    paths = ["modul/narasi/index.md", "modul/narasi/contoh.md", "modul/narasi/kuis.md"]
    mapped = module_map([module], paths, [], frozenset({"modul/narasi/contoh.md"}))["modul"][0]
    assert mapped["halaman"] == ["modul/narasi/", "modul/narasi/kuis/"]


def test_worker_lists_skip_unused_files_and_version_follows_content(tmp_path):
    files = {
        "index.html": '<script src="assets/app.min.js"></script><a href="modul/">m</a>',
        "404.html": '<link rel="stylesheet" href="assets/app.min.css">',
        "modul/index.html": "b",
        "slides/index.html": '<script src="../assets/kuis.js"></script>',
        "assets/app.min.js": "x",
        "assets/app.min.css": "x",
        "assets/kuis.js": "bundled, but a slide deck loads it",
        "assets/storage.js": "bundled and loaded by no page",
        "assets/app.min.js.map": "x",
        "assets/javascripts/lunr/min/lunr.de.min.js": "x",
        "assets/javascripts/workers/cari.js": "x",
        "search/search_index.json": '{"config": {"lang": ["en"]}, "docs": []}',
        "manifest.webmanifest": '{"icons": [{"src": "ikon.png"}]}',
        "ikon.png": "x",
        "sitemap.xml": "x",
        "sitemap.xml.gz": "x",
        "sw.js": "x",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    languages = search_languages(tmp_path)
    used = used_files(tmp_path, ["assets/kuis.js", "assets/storage.js"], languages)
    listed = site_files(tmp_path, used)
    assert sorted(listed) == [
        "./",
        "404.html",
        "assets/app.min.css",
        "assets/app.min.js",
        "assets/javascripts/workers/cari.js",
        "assets/kuis.js",
        "ikon.png",
        "manifest.webmanifest",
        "modul/",
        "search/search_index.json",
        "slides/",
    ]
    assert shell(tmp_path) == [
        "./",
        "404.html",
        "assets/app.min.css",
        "assets/app.min.js",
        "assets/javascripts/workers/cari.js",
        "ikon.png",
        "manifest.webmanifest",
        "search/search_index.json",
        "sitemap.xml",
    ]
    assert "assets/javascripts/lunr/min/lunr.de.min.js" in {
        path.relative_to(tmp_path).as_posix() for path in used_files(tmp_path, [], ["en", "de"])
    }
    version = content_version(listed)
    assert content_version(site_files(tmp_path, used)) == version
    (tmp_path / "modul/index.html").write_text("c")
    assert content_version(site_files(tmp_path, used)) != version


def test_service_worker_serves_offline_and_offers_new_versions(browser, own_copy):
    copy, url = own_copy
    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.wait_for_function("navigator.serviceWorker.controller !== null")
    page.goto(url + "modul/narasi/")  # Read once online: stored as read.
    page.wait_for_function("async (url) => Boolean(await caches.match(url))", arg=page.url)
    context.set_offline(True)
    page.goto(url + "modul/narasi/")
    expect(page.locator("h1")).to_contain_text("Narasi")
    context.set_offline(False)
    # Publish a new version: changed content and a new worker.
    index = copy / "index.html"
    index.write_text(index.read_text(encoding="utf-8").replace("Pilih jalur Anda", "Jalur baru"))
    worker = copy / "sw.js"
    worker.write_text(
        re.sub(
            r'const VERSION = "\w+"', 'const VERSION = "baru"', worker.read_text(encoding="utf-8")
        )
    )
    page.goto(url)
    banner = page.locator("#akademi-pembaruan")
    expect(banner).to_be_visible(timeout=15000)
    expect(banner).to_contain_text("Versi baru tersedia")
    expect(page.locator("body")).to_contain_text("Pilih jalur Anda")  # Not switched silently.
    banner.get_by_role("button", name="muat ulang").click()
    expect(page.locator("body")).to_contain_text("Jalur baru")
    keys = page.evaluate("caches.keys()")
    assert keys == ["akademi-medsos-pemda:/akademi-medsos-pemda/:baru"]
    context.close()


def test_progress_survives_instant_navigation(reader, site_url):
    page = reader
    first = modules(page, site_url)[0]
    page.goto(site_url + first["halaman"][0])
    page.wait_for_load_state("networkidle")  # Instant navigation starts once the sitemap loads.
    page.evaluate("window.__samePage = true")
    page.locator(".md-footer__link--next").click()
    expect(page).to_have_url(site_url + first["halaman"][1])
    assert page.evaluate("window.__samePage") is True
    scroll_through(page)
    page.clock.fast_forward(LONGEST_READ)
    page.locator(".md-footer__link--next").click()
    expect(page).to_have_url(site_url + first["halaman"][2])
    expect(nav_link(page, first["halaman"][1]).locator(".kemajuan-tanda")).to_contain_text(
        "sudah dibaca"
    )
    # The overview was left at once, so it was not read.
    assert list(read_pages(page)) == [first["halaman"][1]]
    assert page.js_errors == []
