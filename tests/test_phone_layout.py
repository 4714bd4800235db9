"""A learner's first hour on a 360 × 740 touch phone in Indonesian (issue 24): the home page says
where to start, touch targets are big enough, wide tables show that they scroll, the
back-to-top button stays off the text and import errors look like errors."""

from __future__ import annotations

import json
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

TOPICS = {
    "Perencanaan Konten": "modul/perencanaan-konten/",
    "Narasi": "modul/narasi/",
    "Diksi": "modul/diksi/",
    "Variasi Kemasan": "modul/variasi-kemasan/",
    "Evaluasi Insight": "modul/evaluasi-insight/",
    "Jurnalisme Data dan AI": "modul/jurnalisme-data-dan-ai/",
    "Tahun Politik": "modul/tahun-politik/",
}


def inside_first_screen(page, locator) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 740


def test_home_first_screen_says_what_it_is_and_where_to_start(phone, site_url):
    page = phone
    page.goto(site_url)
    article = page.locator("article")
    expect(article.locator("h1")).to_contain_text("Akademi Medsos Pemda")
    lead = article.locator("h1 + p")
    expect(lead).to_contain_text("admin media sosial")
    start = article.get_by_role("link", name="Mulai belajar", exact=True)
    for item in (article.locator("h1"), lead, start):
        assert inside_first_screen(page, item), item
    hour = article.locator(".admonition", has_text="Punya satu jam?")
    expect(hour).to_be_visible()
    hour_links = [
        urljoin(page.url, href)
        for href in hour.locator("a").evaluate_all(
            "links => links.map(a => a.getAttribute('href'))"
        )
    ]
    assert urljoin(site_url, "modul/perencanaan-konten/peran-dan-tujuan/") in hour_links
    assert urljoin(site_url, "modul/perencanaan-konten/pilar-konten/") in hour_links

    topics = article.locator("ol li strong a")
    expect(topics).to_have_count(7)
    found = {
        link.inner_text(): urljoin(page.url, link.get_attribute("href")) for link in topics.all()
    }
    assert found == {name: urljoin(site_url, path) for name, path in TOPICS.items()}
    start_url = urljoin(page.url, start.get_attribute("href"))
    for name, url in [*found.items(), ("Perencanaan Konten", start_url)]:
        response = page.request.get(url)
        assert response.ok, url
        assert "<h1" in response.text() and name in response.text(), url
    start.tap()
    expect(page.locator("article h1")).to_contain_text("Perencanaan Konten")
    assert page.js_errors == []


@pytest.mark.parametrize(
    "path", ["modul/perencanaan-konten/peran-dan-tujuan/", "alat/kalender-konten/", "kemajuan/"]
)
def test_breadcrumb_links_are_at_least_24_px_square(phone, site_url, path):
    page = phone
    page.goto(site_url + path)
    links = page.locator(".md-path a")
    expect(links.first).to_be_visible()
    for link in links.all():
        box = link.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24, (link.inner_text(), box)


def has_swipe_cue(wrap) -> bool:
    """The wrapper paints edge shadows that move with the scroll position."""
    style = wrap.evaluate(
        "w => { const s = getComputedStyle(w); "
        "return [s.backgroundImage, s.backgroundAttachment]; }"
    )
    return style[0].count("radial-gradient") == 2 and "local" in style[1]


def test_wide_persona_table_shows_that_it_scrolls(phone, site_url):
    page = phone
    page.goto(site_url + "modul/perencanaan-konten/peran-dan-tujuan/")
    wraps = page.locator("article .md-typeset__scrollwrap")
    wide = [w for w in wraps.all() if w.evaluate("w => w.scrollWidth > w.clientWidth + 1")]
    assert wide, "the persona table should be wider than a 360 px screen"
    assert all(has_swipe_cue(w) for w in wide)
    # The table itself lets the cue show through.
    table = wide[0].locator("table")
    assert table.evaluate("t => getComputedStyle(t).backgroundColor") == "rgba(0, 0, 0, 0)"


def test_certificate_preview_table_fits_or_shows_its_cue(phone, site_url):
    page = phone
    page.goto(site_url + "sertifikat/")
    # The preview's layout is under test, not its unlocking (tests/test_progress.py does that):
    # show it as a learner who finished the core modules would see it.
    page.evaluate(
        """() => {
          document.querySelector('[data-sertifikat-siap]').hidden = false;
          const rows = document.querySelector('[data-sertifikat-modul]');
          for (const name of ['Perencanaan Konten', 'Narasi', 'Diksi', 'Variasi Kemasan',
                              'Evaluasi Insight']) {
            rows.insertAdjacentHTML('beforeend',
              `<tr><td>${name}</td><td>100%</td><td>3 Desember 2026</td></tr>`);
          }
        }"""
    )
    wrap = page.locator(".sertifikat__lembar .md-typeset__scrollwrap")
    expect(wrap).to_be_visible()
    assert has_swipe_cue(wrap)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, width


def test_back_to_top_button_never_covers_the_text(phone, site_url):
    page = phone
    page.goto(site_url + "modul/perencanaan-konten/peran-dan-tujuan/")
    page.mouse.wheel(0, 3000)
    page.wait_for_timeout(300)
    page.mouse.wheel(0, -600)  # scrolling up is when Material shows the button
    page.wait_for_timeout(600)
    assert page.evaluate("window.scrollY") > 0
    expect(page.locator(".md-top")).to_be_hidden()


def test_import_errors_look_like_errors_not_like_success(phone, site_url, tmp_path):
    page = phone
    page.goto(site_url + "kemajuan/")
    with page.expect_download() as download:
        page.get_by_role("button", name="Ekspor kemajuan").tap()
    download.value.save_as(tmp_path / "kemajuan.json")
    success = page.locator("[data-kemajuan-pesan]")
    expect(success).to_be_visible()
    ok_style = success.evaluate(
        "p => [getComputedStyle(p).borderLeftColor, getComputedStyle(p).backgroundColor]"
    )
    bad = tmp_path / "rusak.json"
    bad.write_text(json.dumps({"bukan": "kemajuan"}), encoding="utf-8")
    page.locator("[data-kemajuan-impor]").set_input_files(bad)
    error = page.locator("[data-kemajuan-galat]")
    expect(error).to_be_visible()
    expect(error).to_have_attribute("role", "alert")
    expect(error).to_contain_text("tidak berubah")
    expect(success).to_be_hidden()
    error_style = error.evaluate(
        "p => [getComputedStyle(p).borderLeftColor, getComputedStyle(p).backgroundColor]"
    )
    assert error_style[0] != ok_style[0] and error_style[1] != ok_style[1]
    assert error.evaluate("p => getComputedStyle(p, '::before').content") == '"Gagal: "'
    assert page.js_errors == []
