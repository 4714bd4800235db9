"""The glossary data file: validation with file and line, the Glosarium page, tooltips."""

from __future__ import annotations

import json
import re
import textwrap

import pytest

from akademi.glossary import (
    DATA_FILE,
    abbreviations,
    listed,
    module_problems,
    parse_glossary,
    render_page,
    synonym_groups,
)
from akademi.problems import ContentError
from conftest import ROOT, make_site
from helpers import TEMPLATES

REACH = """
- istilah: reach
  padanan: jangkauan
  definisi: Jumlah akun unik yang melihat konten.
  modul: evaluasi-insight
  sinonim: [accounts reached]
"""


def problems_of(text: str) -> list[str]:
    with pytest.raises(ContentError) as caught:
        parse_glossary(textwrap.dedent(text))
    return [str(problem) for problem in caught.value.problems]


def test_a_valid_term_is_read_with_its_line():
    [term] = parse_glossary(REACH)
    assert (term.istilah, term.padanan, term.modul, term.line) == (
        "reach",
        "jangkauan",
        "evaluasi-insight",
        2,
    )
    assert term.sinonim == ("accounts reached",)
    assert term.tooltip == "jangkauan: Jumlah akun unik yang melihat konten."


def test_duplicate_terms_name_both_lines():
    found = problems_of(REACH + REACH.replace("reach\n", "Reach\n", 1))
    assert found == [f"{DATA_FILE}:8: Istilah `Reach` sudah ada di baris 2; gabungkan keduanya."]


def test_empty_and_missing_fields_point_at_their_line():
    found = problems_of(
        """
        - istilah: reach
          padanan: ""
          definisi: Jumlah akun unik.
        """
    )
    assert f"{DATA_FILE}:3: Kolom `padanan` tidak boleh kosong." in found
    assert f"{DATA_FILE}:2: Kolom `modul` wajib diisi." in found


def test_unknown_fields_markup_and_bad_synonyms_are_reported():
    found = problems_of(
        """
        - istilah: reach
          padanan: jangkauan
          definisi: Jumlah akun *unik*.
          modul: narasi
          sinonim: tanpa daftar
          catatan: x
        """
    )
    assert any(":4: Kolom `definisi` harus teks biasa" in problem for problem in found)
    assert any(":6: Kolom `sinonim` harus berupa daftar" in problem for problem in found)
    assert any(":7: Kolom `catatan` tidak dikenal" in problem for problem in found)


def test_a_synonym_may_not_be_another_term():
    found = problems_of(
        REACH
        + """
- istilah: accounts reached
  padanan: akun terjangkau
  definisi: Akun yang dijangkau.
  modul: evaluasi-insight
"""
    )
    assert found == [
        f"{DATA_FILE}:2: Sinonim `accounts reached` adalah istilah tersendiri (baris 8)."
    ]


def test_invalid_yaml_names_the_line():
    found = problems_of("- istilah: reach\n  padanan: [jangkauan\n")
    assert len(found) == 1 and found[0].startswith(f"{DATA_FILE}:3: Bukan YAML yang sah")


def test_unknown_module_slug_is_reported_with_the_choices():
    terms = parse_glossary(REACH)
    assert [str(p) for p in module_problems(terms, {"narasi", "diksi"})] == [
        f"{DATA_FILE}:5: Modul `evaluasi-insight` tidak ada. Pilih salah satu: diksi, narasi."
    ]
    assert module_problems(terms, {"evaluasi-insight"}) == []


def test_tooltips_synonyms_and_page_come_from_the_same_terms():
    terms = parse_glossary(REACH)
    assert abbreviations(terms) == {
        "reach": "jangkauan: Jumlah akun unik yang melihat konten.",
        "Reach": "jangkauan: Jumlah akun unik yang melihat konten.",
    }
    assert synonym_groups(terms) == [["jangkauan", "reach", "accounts reached"]]
    page = render_page(TEMPLATES, terms, {"evaluasi-insight": "Evaluasi Insight"})
    assert (
        "| *reach* | **jangkauan** | Jumlah akun unik yang melihat konten. "
        "| [Evaluasi Insight](modul/evaluasi-insight/index.md) |" in page
    )
    assert '*[reach]: ""' in page  # no tooltips on the glossary itself


def test_the_portal_glossary_is_valid_and_points_at_existing_modules():
    path = ROOT / "docs" / DATA_FILE
    terms = parse_glossary(path.read_text(encoding="utf-8"))
    modules = {folder.name for folder in (ROOT / "docs/modul").iterdir() if folder.is_dir()}
    assert module_problems(terms, modules) == []
    required = {
        "reach": "jangkauan",
        "engagement": "keterlibatan",
        "insight": "wawasan",
        "impressions": "tayangan",
        "views": "tayangan",
        "caption": "keterangan",
        "carousel": "korsel",
        "hashtag": "tagar",
        "followers": "pengikut",
        "content calendar": "kalender konten",
        "upload": "unggah",
        "post": "unggahan",
        "comment": "komentar",
        "thread": "utas",
        "hoax": "hoaks",
        "netizen": "warganet",
        "online": "daring",
    }
    padanan = {term.istilah: term.padanan for term in terms}
    assert {term: padanan.get(term) for term in required} == required
    assert {"reels", "story", "feed", "mention", "share"} <= set(padanan)


GLOSSARY = """
- istilah: reach
  padanan: jangkauan
  definisi: Jumlah akun unik yang melihat konten.
  modul: narasi
  sinonim: [accounts reached]
- istilah: content calendar
  padanan: kalender konten
  definisi: Jadwal rencana unggahan.
  modul: narasi
  sinonim: []
"""
MODULE = """
---
title: Narasi
description: Modul uji.
nomor: 1
durasi: 30
tingkat: Dasar
prasyarat: []
tujuan:
  - Menyusun keterangan unggahan.
  - Menilai keterangan unggahan.
  - Menghitung angka program.
---
# Narasi

Teks modul.
"""
PAGE = """
---
description: Uji.
---
# Reach dan content calendar

## Menghitung reach harian {#hitung}

Angka reach naik. Reach turun. `reach` di kode. Content calendar disusun.

## Content calendar

Teks.
"""
GLOSSARY_CONFIG = f"""
markdown_extensions: [abbr, attr_list, tables, toc, pymdownx.superfences]
hooks:
  - {ROOT}/hooks/glosarium.py
  - {ROOT}/hooks/cari.py
plugins: [search]
"""


def glossary_site(tmp_path, glossary=GLOSSARY):
    pages = {
        "index.md": "---\ndescription: Uji.\n---\n# Beranda\n\nUji.\n",
        "modul/narasi/index.md": MODULE,
        "uji.md": PAGE,
        "data/glosarium.yml": glossary,
    }
    # The last `markdown_extensions:`/`hooks:` keys win over the minimal config's.
    return make_site(tmp_path, pages, GLOSSARY_CONFIG)


def test_a_site_gets_the_glossary_page_tooltips_and_search_synonyms(tmp_path):
    result, site = glossary_site(tmp_path)
    assert result.returncode == 0, result.stderr
    html = (site / "uji/index.html").read_text(encoding="utf-8")
    tooltip = '<abbr title="jangkauan: Jumlah akun unik yang melihat konten.">'
    assert f"Angka {tooltip}reach</abbr> naik. {tooltip}Reach</abbr> turun." in html
    assert "<code>reach</code>" in html
    assert '<abbr title="kalender konten: Jadwal rencana unggahan.">Content calendar</abbr>' in html
    # Headings keep their text, anchors and table of contents.
    assert '<h1 id="reach-dan-content-calendar">Reach dan content calendar</h1>' in html
    assert '<h2 id="hitung">Menghitung reach harian</h2>' in html
    assert '<h2 id="content-calendar">Content calendar</h2>' in html
    assert not re.search(r"<h[1-6][^>]*>[^<]*<abbr", html)
    glossary = (site / "glosarium/index.html").read_text(encoding="utf-8")
    assert "<td><em>reach</em></td>" in glossary
    assert '<a href="../modul/narasi/">Narasi</a>' in glossary
    assert "<abbr" not in glossary.split('class="md-content"')[1]
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["akademi"]["sinonim"] == [
        ["jangkauan", "reach", "accounts reached"],
        ["kalender konten", "content calendar"],
    ]


def test_a_glossary_problem_fails_the_build_with_file_and_line(tmp_path):
    broken = GLOSSARY.replace("modul: narasi\n  sinonim: []", "modul: narsi\n  sinonim: []")
    result, _ = glossary_site(tmp_path, broken)
    assert result.returncode != 0
    assert "Glosarium perlu diperbaiki:" in result.stderr
    assert "data/glosarium.yml:9: Modul `narsi` tidak ada. Pilih salah satu: narasi." in (
        result.stderr
    )


def test_the_page_is_listed_only_where_the_nav_names_it():
    nav = [{"Beranda": "index.md"}, {"Panduan": [{"Glosarium": "glosarium.md"}, "tentang.md"]}]
    assert listed(nav, "glosarium.md")
    assert not listed(["index.md", "tentang.md"], "glosarium.md")
    assert listed(None, "glosarium.md")
