"""The Moodle import guide: its file and question-kind tables come from the generated Moodle
XML, and every "Unduh" saves the file instead of opening raw XML."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections import Counter
from html import unescape

import pytest

from akademi.quiz import parse_page
from akademi.quiz_export import moodle_kind_counts, render_key_index, render_moodle
from helpers import MODULE, SOURCE, TEMPLATES

GUIDE = "pelatih/impor-moodle/index.html"
KEYS = "pelatih/kunci-jawaban/index.html"
DOWNLOAD_LINK_RE = re.compile(r'<a [^>]*href="([^"]*\.xml)"[^>]*>')


PAIRS = """
/// kuis | pasangkan
id: m-pasangkan
tujuan: 1
Pasangkan.
- Jangkauan :: akun unik
- Tayangan :: jumlah tampilan
- Interaksi :: suka dan komentar
///
"""


def test_kinds_are_counted_back_from_the_moodle_xml():
    questions = parse_page(SOURCE + PAIRS + SOURCE.replace("id: m-", "id: n-"), "modul/uji/kuis.md")
    counts = moodle_kind_counts(
        [
            render_moodle(MODULE, questions[:6], "Akademi Medsos Pemda"),
            render_moodle(MODULE, questions[6:], "Akademi Medsos Pemda"),
        ]
    )
    assert counts == {
        "pilih-satu": 2,
        "pilih-banyak": 2,
        "benar-salah": 2,
        "isian": 2,
        "urutan": 2,
        "pasangkan": 1,
    }


def test_key_index_links_the_guide_and_downloads_each_file():
    with_guide = render_key_index(
        TEMPLATES, [MODULE], {"uji": 5}, "akademi-medsos-pemda", "pelatih/impor-moodle.md"
    )
    assert "[panduan impor ke Moodle](../impor-moodle.md)" in with_guide
    assert '[Unduh](../moodle/uji.xml){ download="akademi-medsos-pemda-uji.xml" }' in with_guide
    index = render_key_index(TEMPLATES, [MODULE], {"uji": 5}, "akademi-medsos-pemda")
    assert "Bank soal → Impor" in index


def xml_kinds(site) -> Counter:
    """Questions per Moodle type in the built XML files, read independently of the hook."""
    kinds: Counter = Counter()
    for path in (site / "pelatih" / "moodle").glob("*.xml"):
        for question in etree.parse(path).getroot().iter("question"):
            kind = question.get("type")
            if kind == "multichoice":
                kind += "-" + question.findtext("single")
            if kind == "matching":
                answers = [sub.findtext("answer/text") for sub in question.iter("subquestion")]
                ordering = all(re.fullmatch(r"Urutan ke-\d+", text) for text in answers)
                kind += "-urutan" if ordering else "-pasangan"
            if kind != "category":
                kinds[kind] += 1
    return kinds


def test_guide_counts_match_the_built_xml_and_its_links_download(built_site):
    html = (built_site / GUIDE).read_text(encoding="utf-8")
    shown = dict(
        re.findall(
            r'<tr data-jenis="([a-z-]+)">(?:(?!</tr>).)*?<td data-jumlah>(\d+)</td>', html, re.S
        )
    )
    kinds = xml_kinds(built_site)
    assert {kind: int(count) for kind, count in shown.items()} == {
        "pilih-satu": kinds["multichoice-true"],
        "pilih-banyak": kinds["multichoice-false"],
        "benar-salah": kinds["truefalse"],
        "isian": kinds["shortanswer"],
        "urutan": kinds["matching-urutan"],
        "pasangkan": kinds["matching-pasangan"],
    }
    total = int(re.search(r"<td data-jumlah-total>(\d+)</td>", html).group(1))
    assert total == sum(kinds.values()) > 90
    files = sorted((built_site / "pelatih" / "moodle").glob("*.xml"))
    for page in (GUIDE, KEYS):
        text = (built_site / page).read_text(encoding="utf-8")
        links = DOWNLOAD_LINK_RE.findall(text)
        tags = [match.group(0) for match in DOWNLOAD_LINK_RE.finditer(text)]
        assert len(links) >= len(files) >= 7, page
        assert all('download="akademi-medsos-pemda-' in tag for tag in tags), page
        for href in links:
            assert ((built_site / page).parent / unescape(href)).resolve().is_file()


@pytest.mark.browser
def test_unduh_saves_the_moodle_file(page, site_url):
    page.goto(site_url + "pelatih/impor-moodle/")
    link = page.get_by_role("link", name=re.compile("Unduh soal Narasi"))
    with page.expect_download() as caught:
        link.click()
    download = caught.value
    assert download.suggested_filename == "akademi-medsos-pemda-narasi.xml"
    assert page.url == site_url + "pelatih/impor-moodle/"
    with open(download.path(), encoding="utf-8") as saved:
        assert saved.read().startswith('<?xml version="1.0" encoding="UTF-8"?>')
