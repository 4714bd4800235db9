"""Module metadata: validated front matter, module card and overview."""

from __future__ import annotations

import pytest

from akademi.modules import format_minutes, parse_module, validate_catalog
from akademi.problems import ContentError
from helpers import GOOD


def test_complete_front_matter_becomes_a_module():
    module = parse_module("modul/narasi/index.md", GOOD)
    assert (module.slug, module.number, module.minutes, module.level) == ("narasi", 2, 135, "Dasar")
    assert module.prerequisites == ("perencanaan-konten",)
    assert len(module.objectives) == 3
    assert module.url == "modul/narasi/"


@pytest.mark.parametrize(
    ("change", "line", "fragment"),
    [
        (("nomor: 2\n", ""), 1, "Kolom `nomor`: wajib diisi"),
        (("durasi: 135", "durasi: lama"), 5, "Kolom `durasi`: harus jumlah menit"),
        (("tingkat: Dasar", "tingkat: Mahir"), 6, "Kolom `tingkat`: pilih salah satu"),
        (("description: Menyusun pesan kunci.\n", ""), 1, "Kolom `description`: wajib diisi"),
        (("  - Merumuskan satu pesan kunci.\n", ""), 8, "berisi 2 tujuan; tulis 3 sampai 6"),
        (("Merumuskan satu", "Memahami satu"), 8, "diawali 'memahami', yang tidak dapat diukur"),
        (("prasyarat: [perencanaan-konten]", "prasyarat: {a: 1}"), 7, "Kolom `prasyarat`"),
    ],
)
def test_bad_front_matter_names_file_line_and_field(change, line, fragment):
    with pytest.raises(ContentError) as caught:
        parse_module("modul/narasi/index.md", GOOD.replace(*change))
    found = [(p.path, p.line, p.message) for p in caught.value.problems]
    assert any(
        path == "modul/narasi/index.md" and number == line and fragment in message
        for path, number, message in found
    ), found


def test_catalog_rejects_unknown_prerequisites_and_duplicate_numbers():
    narasi = parse_module("modul/narasi/index.md", GOOD)
    copy = parse_module("modul/kopi/index.md", GOOD)
    messages = [p.message for p in validate_catalog([narasi, copy])]
    assert any("modul 'perencanaan-konten' tidak ada" in m for m in messages)
    assert any("2 sudah dipakai oleh modul/kopi/index.md" in m for m in messages)


@pytest.mark.parametrize(
    ("minutes", "text"), [(45, "45 menit"), (60, "1 jam"), (135, "2 jam 15 menit")]
)
def test_duration_reads_naturally(minutes, text):
    assert format_minutes(minutes) == text


def module_page(slug: str, number: int, prerequisites: str = "[]") -> str:
    return GOOD.replace("nomor: 2", f"nomor: {number}").replace(
        "prasyarat: [perencanaan-konten]", f"prasyarat: {prerequisites}"
    )


def objectives_quiz(slug: str) -> str:
    """A quiz page testing objectives 1-3, as every module needs, with both true/false keys."""
    return "".join(
        f"/// kuis | benar-salah\nid: {slug}-{n}\ntujuan: {n}\nPernyataan {n}.\n"
        f"- [{' x'[n % 2]}] Benar\n- [{' x'[n % 2 == 0]}] Salah\n///\n"
        for n in (1, 2, 3)
    )


def test_build_renders_card_and_overview(tiny_site):
    result, site = tiny_site(
        {
            "index.md": "# Beranda\n",
            "modul/index.md": "# Daftar Modul\n",
            "modul/dasar/index.md": module_page("dasar", 1),
            "modul/dasar/kuis.md": objectives_quiz("dasar"),
            "modul/lanjut/index.md": module_page("lanjut", 2, "[dasar]"),
            "modul/lanjut/kuis.md": objectives_quiz("lanjut"),
        }
    )
    assert result.returncode == 0, result.stderr
    card = (site / "modul/lanjut/index.html").read_text(encoding="utf-8")
    assert card.index("</h1>") < card.index('class="kartu-modul"')
    assert "2 jam 15 menit" in card
    assert '<a href="../dasar/">Narasi</a>' in card
    assert card.count("<li>Merumuskan satu pesan kunci.</li>") == 1
    overview = (site / "modul/index.html").read_text(encoding="utf-8")
    assert overview.index('data-modul="dasar"') < overview.index('data-modul="lanjut"')
    assert 'href="dasar/"' in overview


def test_build_fails_on_missing_metadata_naming_file_and_field(tiny_site):
    result, _ = tiny_site(
        {
            "index.md": "# Beranda\n",
            "modul/rusak/index.md": GOOD.replace("tingkat: Dasar\n", ""),
        }
    )
    assert result.returncode != 0
    assert "modul/rusak/index.md:1: Kolom `tingkat`: wajib diisi" in result.stderr


def test_module_without_a_quiz_fails_naming_untested_objectives(tiny_site):
    result, _ = tiny_site(
        {"index.md": "# Beranda\n", "modul/dasar/index.md": module_page("dasar", 1)}
    )
    assert result.returncode != 0
    assert "modul/dasar/index.md:8: Tujuan belajar nomor 1, 2, 3 belum diuji" in result.stderr
