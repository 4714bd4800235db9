"""Handouts printed from a real Chromium to A4 PDF and read back: a module's "Cetak modul ini"
prints the whole module with no blank page, each Pedoman Ringkas fits on one page, and
worksheet tables keep their headings and fit the page width."""

from __future__ import annotations

import io
import json

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

pytestmark = pytest.mark.browser


def modules(page, site_url) -> list[str]:
    page.goto(site_url + "modul/")
    slugs = page.evaluate(
        "[...new Set([...document.querySelectorAll('.md-content a[href]')]"
        ".map(a => new URL(a.href).pathname.match(/\\/modul\\/([a-z0-9-]+)\\/$/))"
        ".filter(Boolean).map(m => m[1]))]"
    )
    assert len(slugs) >= 7
    return slugs


def printed(page) -> PdfReader:
    """The current page as the browser prints it on A4 (after Ctrl+P's preparations)."""
    page.emulate_media(media="print")
    page.evaluate("akademiCetak.siapkan()")
    return PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))


def test_pedoman_ringkas_prints_on_exactly_one_a4_page(page, site_url):
    for slug in modules(page, site_url):
        page.goto(site_url + f"modul/{slug}/pedoman-ringkas/")
        pdf = printed(page)
        assert len(pdf.pages) == 1, f"{slug}: Pedoman Ringkas prints on {len(pdf.pages)} pages"
        box = pdf.pages[0].mediabox
        assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2
        assert "Pedoman Ringkas" in pdf.pages[0].extract_text()


def test_cetak_modul_ini_prints_the_whole_module_without_blank_pages(page, site_url):
    for slug in modules(page, site_url):
        page.emulate_media(media="screen")  # The button is for the screen only.
        page.goto(site_url + f"modul/{slug}/")
        page.get_by_role("link", name="Cetak modul ini").click()
        expect(page).to_have_url(site_url + f"pelatih/cetak/{slug}/")
        summary_end = page.locator(".cetak-halaman--ringkas li").last.text_content().split()[:3]
        titles = page.evaluate(
            "[...document.querySelectorAll('.cetak-halaman h1')].map(h => h.textContent.trim())"
        )
        nav = json.dumps(titles)
        assert len(titles) >= 6 and "Lembar Kerja" in nav and "Pedoman Ringkas" in nav, nav
        pdf = printed(page)
        texts = [sheet.extract_text() for sheet in pdf.pages]
        blank = [number for number, text in enumerate(texts, 1) if not text.strip()]
        assert blank == [], f"{slug}: blank pages {blank} of {len(texts)}"
        assert len(texts) > 5
        # The screen-only introduction and print button stay off the paper.
        for selector in (".cetak-pengantar", ".cetak-tombol"):
            expect(page.locator(selector).first).to_be_hidden()
        # Pedoman Ringkas on one page: its first and its last item on the same page.
        summary_start = " ".join(
            page.locator(".cetak-halaman--ringkas p").first.text_content().split()[:4]
        )
        starts = [n for n, text in enumerate(texts) if summary_start in " ".join(text.split())]
        assert starts, f"{slug}: Pedoman Ringkas is not on paper"
        # Its opening words may also be quoted earlier; the summary itself is the last match.
        assert " ".join(summary_end) in " ".join(texts[starts[-1]].split()), slug


def test_worksheet_tables_fit_the_page_and_keep_their_headings(page, site_url):
    page.goto(site_url + "modul/perencanaan-konten/lembar-kerja/")
    page.emulate_media(media="print")
    page.evaluate("akademiCetak.siapkan()")
    # Every table is within the printed text width: the Sabtu/Minggu column is not cut.
    cut = page.evaluate(
        """() => {
          const article = document.querySelector('.md-content article').getBoundingClientRect();
          return [...document.querySelectorAll('.md-content table')]
            .filter(t => t.getBoundingClientRect().right > article.right + 1
                      || t.closest('.md-typeset__scrollwrap, .md-typeset__table')
                           ?.scrollWidth > t.closest('.md-typeset__scrollwrap, .md-typeset__table')
                           ?.clientWidth + 1)
            .map(t => t.querySelector('th')?.textContent);
        }"""
    )
    assert cut == []
    expect(page.locator(".md-content th", has_text="Sabtu/Minggu")).to_be_visible()
    # Headings and lead-ins do not end a page away from what they introduce.
    heading = page.locator(".md-content h2").first
    assert heading.evaluate("h => getComputedStyle(h).breakAfter") == "avoid"
    headings = page.evaluate(
        "[...document.querySelectorAll('.md-content :is(h2, h3)')].map(h => h.textContent.trim())"
    )
    pdf = printed(page)
    for number, sheet in enumerate(pdf.pages, 1):
        last = [line for line in sheet.extract_text().split("\n") if line.strip()][-1]
        assert last.strip() not in headings, f"page {number} ends with heading {last!r}"
