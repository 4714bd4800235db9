"""Session plans and run sheets as data (issue 16): every rule of modul/<slug>/sesi.yml and
pelatih/jadwal.yml (text in, problems with file and line out), the materials counted for N
participants (Python and sesi.js), the plans on the facilitation page and in the deck's speaker
notes, and a broken plan or slot failing the build."""

from __future__ import annotations

import math
import re
import textwrap
from pathlib import Path

import pytest
import yaml
from nodejs import run_node
from playwright.sync_api import expect

from akademi import sesi
from akademi.modules import split_front_matter
from akademi.problems import ContentError
from helpers import GOOD, PHONE_SETTINGS, blocking_violations

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
MODULES = sorted(path.name for path in (DOCS / "modul").iterdir() if path.is_dir())
PATH = "modul/uji/sesi.yml"
WORKSHEET = """# Lembar Kerja

## Bagian A: Pesan kunci

## Bagian B: Tulis ulang *draf*

```text
## Bagian Z: bukan judul, isi blok kode
```

## Tugas 5: Templat kalender { #templat-kalender }

## C. Memilih format

## Setelah selesai
"""
PARTS = sesi.worksheet_parts(WORKSHEET)


def plan(length: int, segments: str, extra: str = "") -> str:
    return (
        f"{length}:\n  ringkasan: Ringkas.\n{extra}  segmen:\n"
        + textwrap.indent(textwrap.dedent(segments).strip("\n"), "    ")
        + "\n"
    )


def segment(minutes: int, objectives: str = "[1, 2, 3]", more: str = "") -> str:
    return f"- menit: {minutes}\n  kegiatan: Latihan.\n  tujuan: {objectives}\n{more}"


FULL = segment(30)
VALID = (
    plan(30, segment(30, "[1]"), "  tujuan: [1]\n")
    + plan(60, segment(20) + segment(40, "[2]", "  lembar_kerja: [A, B]\n"))
    + plan(90, segment(90))
)


def problems(text: str, objectives: int = 3, parts=PARTS) -> list[tuple[int, str]]:
    try:
        sesi.parse_plans(text, PATH, objectives, parts)
    except ContentError as error:
        assert all(problem.path == PATH for problem in error.problems)
        return [(problem.line, problem.message) for problem in error.problems]
    return []


def line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


# --- plans ------------------------------------------------------------------------------------


def test_a_valid_file_gives_three_plans_with_their_segments():
    parsed = sesi.parse_plans(VALID, PATH, 3, PARTS)
    assert sorted(parsed.rencana) == [30, 60, 90]
    sixty = parsed.rencana[60]
    assert [s.menit for s in sixty.segmen] == [20, 40]
    assert sixty.segmen[1].lembar_kerja == ("A", "B")
    assert sixty.tujuan == (1, 2, 3)
    assert parsed.rencana[30].tujuan == (1,)
    assert sesi.minute_ranges(sixty) == ["0–20", "20–60"]


def test_segment_minutes_must_add_up_to_the_plan_length():
    text = VALID.replace(plan(90, segment(90)), plan(90, segment(50) + segment(30)))
    assert problems(text) == [
        (line_of(text, "90:"), "Segmen rencana 90 menit berjumlah 80 menit, seharusnya 90 menit.")
    ]


@pytest.mark.parametrize("length", [60, 90])
def test_sixty_and_ninety_minute_plans_cover_every_objective(length):
    full = (
        plan(length, segment(length))
        if length == 90
        else plan(60, segment(20) + segment(40, "[2]", "  lembar_kerja: [A, B]\n"))
    )
    short = plan(length, segment(length, "[1, 3]"))
    text = VALID.replace(full, short)
    [(line, message)] = problems(text)
    assert line == line_of(text, f"{length}:")
    assert f"Rencana {length} menit belum melayani tujuan 2." in message


def test_the_thirty_minute_plan_states_the_objectives_it_serves():
    unstated = VALID.replace("  tujuan: [1]\n  segmen", "  segmen", 1)
    [(line, message)] = problems(unstated)
    assert line == 1 and "Rencana 30 menit wajib menyebut tujuan" in message
    wrong = VALID.replace("  tujuan: [1]\n  segmen", "  tujuan: [1, 2]\n  segmen", 1)
    [(line, message)] = problems(wrong)
    assert line == 3
    assert "menyebut 1, 2, tetapi segmennya melayani 1" in message


def test_a_worksheet_part_named_must_exist():
    text = VALID.replace("lembar_kerja: [A, B]", "lembar_kerja: [A, D]")
    [(line, message)] = problems(text)
    assert line == line_of(text, "[A, D]")
    assert message == "Bagian `D` tidak ada di lembar kerja. Bagian yang ada: A, B, 5, C."
    messages = {message for _, message in problems(VALID, parts=None)}
    assert messages == {"Modul ini tidak memiliki lembar-kerja.md."}


def test_worksheet_parts_are_the_labelled_level_two_headings_outside_code():
    assert {label: (p.title, p.anchor) for label, p in PARTS.items()} == {
        "A": ("Bagian A: Pesan kunci", "bagian-a-pesan-kunci"),
        "B": ("Bagian B: Tulis ulang *draf*", "bagian-b-tulis-ulang-draf"),
        "5": ("Tugas 5: Templat kalender", "templat-kalender"),
        "C": ("C. Memilih format", "c-memilih-format"),
    }


def test_unknown_keys_and_missing_fields_are_rejected_at_their_line():
    text = VALID.replace("- menit: 90\n      kegiatan: Latihan.", "- menit: 90\n      durasi: 5")
    found = problems(text)
    at = line_of(text, "- menit: 90")
    assert (at, "Kolom `kegiatan` wajib ada pada setiap segmen.") in found
    assert any(
        line == at + 1 and message.startswith("Kolom `durasi` tidak dikenal pada segmen")
        for line, message in found
    )
    bad_length = VALID + plan(45, segment(45))
    assert any("Kolom `45` tidak dikenal" in message for _, message in problems(bad_length))
    missing = VALID.replace(plan(90, segment(90)), "")
    assert problems(missing) == [(1, "Rencana 90 menit belum ada.")]


@pytest.mark.parametrize(
    ("objectives", "fragment"),
    [
        ("[4]", "Tujuan 4 tidak ada: modul ini memiliki tujuan 1 sampai 3."),
        ("[satu]", "Kolom `tujuan` berisi nomor tujuan belajar"),
    ],
)
def test_objectives_are_numbers_of_the_modules_list(objectives, fragment):
    text = VALID.replace(plan(90, segment(90)), plan(90, segment(90, objectives)))
    assert any(fragment in message for _, message in problems(text))


def test_materials_are_text_or_counted_with_a_known_unit():
    good = """  bahan:
    - Laptop dan proyektor
    - nama: Kertas plano
      jumlah: 1
      per: kelompok
"""
    parsed = sesi.parse_plans(
        VALID.replace(plan(90, segment(90)), plan(90, segment(90, more=good))), PATH, 3, PARTS
    )
    assert parsed.rencana[90].segmen[0].bahan == (
        sesi.Material("Laptop dan proyektor"),
        sesi.Material("Kertas plano", 1, "kelompok"),
    )
    bad = good.replace("per: kelompok", "per: meja").replace("jumlah: 1", "jumlah: nol")
    text = VALID.replace(plan(90, segment(90)), plan(90, segment(90, more=bad)))
    messages = [message for _, message in problems(text)]
    assert "Kolom `jumlah` pada bahan harus bilangan bulat positif." in messages
    assert "Kolom `per` pada bahan: pilih peserta, pasangan, kelompok, kelas." in messages


def test_every_module_has_valid_plans_that_cover_its_objectives():
    for slug in MODULES:
        folder = DOCS / "modul" / slug
        meta, _, _ = split_front_matter((folder / "index.md").read_text(encoding="utf-8"))
        parts = sesi.worksheet_parts((folder / "lembar-kerja.md").read_text(encoding="utf-8"))
        parsed = sesi.parse_plans(
            (folder / "sesi.yml").read_text(encoding="utf-8"),
            f"modul/{slug}/sesi.yml",
            len(meta["tujuan"]),
            parts,
        )
        everything = tuple(range(1, len(meta["tujuan"]) + 1))
        assert parsed.rencana[60].tujuan == everything, slug
        assert parsed.rencana[90].tujuan == everything, slug


def test_learner_pages_no_longer_carry_session_plans():
    for slug in MODULES:
        text = (DOCS / "modul" / slug / "index.md").read_text(encoding="utf-8")
        assert "## Rencana sesi untuk pelatih" not in text, slug
        assert '!!! pelatih "Alur sesi"' not in text, slug
        assert not re.search(r"[Uu]ntuk sesi \d+ menit", text), slug


# --- materials --------------------------------------------------------------------------------


def test_materials_are_counted_for_participants_pairs_groups_and_the_class():
    assert sesi.count_for(1, "peserta", 37, 5) == 37
    assert sesi.count_for(1, "pasangan", 37, 5) == 19
    assert sesi.count_for(2, "kelompok", 37, 5) == 16
    assert sesi.count_for(1, "kelas", 37, 5) == 1
    used_up = sesi.MaterialLine("Kertas tempel", ((1, "peserta"), (3, "peserta")), False)
    reused = sesi.MaterialLine("Spidol", ((2, "kelompok"), (1, "kelompok")), True)
    assert sesi.total_for(used_up, 10, 5) == 40
    assert sesi.total_for(reused, 10, 5) == 4


def test_a_day_merges_materials_by_name_and_lists_the_sessions():
    sheet = sesi.Material("Lembar kerja", 1, "peserta", True)
    rows, listed = sesi.materials_list(
        [("Sesi 1", sheet), ("Sesi 1", sheet), ("Sesi 2", sesi.Material("Proyektor"))]
    )
    assert rows == [
        sesi.MaterialLine("Lembar kerja", ((1, "peserta"), (1, "peserta")), True, ("Sesi 1",))
    ]
    assert listed == ["Proyektor"]
    assert sesi.describe(rows[0]) == "1 per peserta (dipakai ulang)"


def test_the_page_script_counts_like_the_build():
    cases = [
        ([[1, "peserta"], [2, "kelompok"]], False, 37, 5),
        ([[2, "kelompok"], [1, "kelompok"]], True, 23, 4),
        ([[1, "pasangan"], [1, "kelas"]], False, 7, 3),
    ]
    script = "const sesi = load('sesi.js');"
    script += "return input.map(([b, r, n, k]) => sesi.total(b, r, n, k));"
    expected = [
        sesi.total_for(sesi.MaterialLine("x", tuple(map(tuple, b)), r), n, k)
        for b, r, n, k in cases
    ]
    assert run_node(script, cases) == expected == [37 + 16, 12, 5]


# --- insertion into generated pages -----------------------------------------------------------


def test_plans_go_after_the_objectives_of_the_facilitation_page():
    page = "# F\n\n## Tujuan belajar\n\n1. Satu\n\n## Urutan halaman\n\nx\n"
    assert sesi.insert_before_next_heading(page, "## Tujuan belajar", "## Rencana") == (
        "# F\n\n## Tujuan belajar\n\n1. Satu\n\n## Rencana\n\n## Urutan halaman\n\nx\n"
    )
    assert sesi.insert_before_next_heading("# F\n", "## Tujuan belajar", "## R") == "# F\n\n## R\n"


def test_plans_go_into_the_title_slides_notes_or_a_new_notes_block():
    deck = (
        '<section class="salindia--judul" data-salindia-jenis="judul"><h1>T</h1>'
        '<aside class="notes"><p>Pindai QR.</p></aside></section>'
        '<section data-salindia-jenis="tujuan"><aside class="notes">x</aside></section>'
    )
    placed = sesi.insert_title_notes(deck, "<p>RENCANA</p>")
    assert '<aside class="notes"><p>RENCANA</p><p>Pindai QR.</p></aside></section>' in placed
    assert placed.count("RENCANA") == 1
    bare = '<section data-salindia-jenis="judul"><h1>T</h1></section><section>y</section>'
    assert sesi.insert_title_notes(bare, "R") == (
        '<section data-salindia-jenis="judul"><h1>T</h1><aside class="notes">R</aside>'
        "</section><section>y</section>"
    )
    assert sesi.insert_title_notes("<section>z</section>", "R") is None


# --- run sheets -------------------------------------------------------------------------------

PLANS = {"narasi": {30: None, 60: None, 90: None}}
SHEET_PATH = "pelatih/jadwal.yml"
SHEET = """satu-hari:
  judul: Satu hari
  slot:
    - waktu: 07.30–08.00
      acara: registrasi
      kegiatan: Daftar ulang.
    - waktu: 08.00–08.15
      acara: pra-tes
      kegiatan: Pra-tes.
    - waktu: 08.15–09.15
      modul: narasi
      rencana: 60
    - waktu: 09.15–09.30
      acara: pasca-tes
      kegiatan: Pasca-tes.
"""


def sheet_problems(text: str) -> list[tuple[int, str]]:
    try:
        sesi.parse_schedules(text, SHEET_PATH, PLANS)
    except ContentError as error:
        return [(problem.line, problem.message) for problem in error.problems]
    return []


def test_a_run_sheet_reads_its_slots():
    [(key, schedule)] = sesi.parse_schedules(SHEET, SHEET_PATH, PLANS).items()
    assert key == "satu-hari" and schedule.judul == "Satu hari"
    assert [(s.mulai, s.selesai, s.menit, s.modul, s.acara) for s in schedule.slot] == [
        ("07.30", "08.00", 30, None, "registrasi"),
        ("08.00", "08.15", 15, None, "pra-tes"),
        ("08.15", "09.15", 60, "narasi", None),
        ("09.15", "09.30", 15, None, "pasca-tes"),
    ]


@pytest.mark.parametrize(
    ("old", "new", "anchor", "fragment"),
    [
        ("rencana: 60", "rencana: 45", "- waktu: 08.15", "tidak memiliki rencana `45` menit"),
        ("modul: narasi", "modul: diksi", "diksi", "Modul `diksi` tidak memiliki rencana sesi"),
        ("08.15–09.15", "08.15–09.00", "- waktu: 08.15", "lamanya 45 menit, padahal rencananya"),
        (
            "- waktu: 09.15–09.30",
            "- waktu: 09.20–09.35",
            "- waktu: 09.20",
            "Waktu harus bersambung",
        ),
        ("acara: pasca-tes", "acara: kopi", "kopi", "Acara `kopi` tidak dikenal"),
    ],
)
def test_a_slot_with_a_missing_plan_or_times_that_do_not_add_up_fails_at_its_line(
    old, new, anchor, fragment
):
    assert sheet_problems(SHEET) == []
    text = SHEET.replace(old, new)
    found = sheet_problems(text)
    assert any(line == line_of(text, anchor) and fragment in message for line, message in found), (
        found
    )


def test_the_pre_test_comes_after_registration_and_before_the_first_module():
    swapped = (
        SHEET.replace("acara: registrasi", "acara: X")
        .replace("acara: pra-tes", "acara: registrasi")
        .replace("acara: X", "acara: pra-tes")
    )
    [(line, message)] = sheet_problems(swapped)
    assert line == 4 and "Pra-tes dikerjakan setelah registrasi selesai" in message


def test_the_real_run_sheets_use_plans_that_exist():
    plans = {}
    for slug in MODULES:
        text = (DOCS / "modul" / slug / "sesi.yml").read_text(encoding="utf-8")
        plans[slug] = yaml.safe_load(text)
    schedules = sesi.parse_schedules(
        (DOCS / "pelatih/jadwal.yml").read_text(encoding="utf-8"), SHEET_PATH, plans
    )
    assert set(schedules) == {"satu-hari", "setengah-hari"}
    for schedule in schedules.values():
        kinds = [slot.acara or "modul" for slot in schedule.slot]
        assert kinds.index("registrasi") < kinds.index("pra-tes") < kinds.index("modul")


# --- the build --------------------------------------------------------------------------------

HOOKS = "hooks:\n" + "".join(
    f"  - {ROOT}/hooks/{name}.py\n" for name in ("modules", "slides", "sesi")
)
MODULE_PAGE = GOOD.replace("prasyarat: [perencanaan-konten]", "prasyarat: []")
SMALL_PLANS = (
    plan(30, segment(30, "[1]", "  lembar_kerja: B\n"), "  tujuan: [1]\n")
    + plan(60, segment(60))
    + plan(90, segment(90))
)


def small_site(tiny_site, plans: str = SMALL_PLANS, sheet: str = "", page: str = ""):
    pages = {
        "index.md": "# Beranda\n",
        "modul/uji/index.md": MODULE_PAGE,
        "modul/uji/lembar-kerja.md": WORKSHEET,
        "modul/uji/sesi.yml": plans,
        "pelatih/kunci-jawaban/uji.md": "# Kunci jawaban\n",  # Linked by the guide index.
    }
    if sheet:
        pages["pelatih/jadwal.yml"] = sheet
        pages["pelatih/jadwal.md"] = page or "# Jadwal\n\n<!-- jadwal: satu-hari -->\n"
    return tiny_site(pages, HOOKS)


def test_a_broken_plan_fails_the_build_naming_file_and_line(tiny_site):
    broken = SMALL_PLANS.replace(plan(90, segment(90)), plan(90, segment(80)))
    result, _ = small_site(tiny_site, broken)
    assert result.returncode != 0
    line = line_of(broken, "90:")
    assert f"modul/uji/sesi.yml:{line}: Segmen rencana 90 menit berjumlah 80 menit" in (
        result.stderr
    )


def test_a_slot_naming_a_missing_plan_fails_the_build_naming_file_and_line(tiny_site):
    sheet = SHEET.replace("narasi", "uji").replace("rencana: 60", "rencana: 45")
    result, _ = small_site(tiny_site, sheet=sheet)
    assert result.returncode != 0
    line = line_of(sheet, "- waktu: 08.15")
    assert f"pelatih/jadwal.yml:{line}: Modul `uji` tidak memiliki rencana `45` menit" in (
        result.stderr
    )
    result, _ = small_site(
        tiny_site, sheet=SHEET.replace("narasi", "uji"), page="# J\n\n<!-- jadwal: dua-hari -->\n"
    )
    assert "pelatih/jadwal.md:3: jadwal `dua-hari` tidak ada" in result.stderr


def test_plans_render_on_the_facilitation_page_the_deck_notes_and_the_run_sheet(tiny_site):
    result, site = small_site(tiny_site, sheet=SHEET.replace("narasi", "uji"))
    assert result.returncode == 0, result.stderr
    guide = (site / "pelatih/fasilitasi/uji/index.html").read_text(encoding="utf-8")
    assert guide.index('id="tujuan-belajar"') < guide.index('id="rencana-sesi"')
    for length in (30, 60, 90):
        assert f'id="rencana-{length}-menit"' in guide
    assert 'href="../../../modul/uji/lembar-kerja/#bagian-b-tulis-ulang-draf"' in guide
    assert "tujuan 2, 3 dipelajari peserta secara mandiri" in guide
    deck = (site / "pelatih/salindia/uji/index.html").read_text(encoding="utf-8")
    title = deck[deck.index('data-salindia-jenis="judul"') :]
    notes = title[title.index('<aside class="notes">') : title.index("</aside>")]
    assert "Rencana 30 menit" in notes and "Rencana 90 menit" in notes
    assert "lembar kerja Bagian B: Tulis ulang draf" in notes
    sheet = (site / "pelatih/jadwal/index.html").read_text(encoding="utf-8")
    assert "08.15–09.15" in sheet
    assert 'href="../fasilitasi/uji/#rencana-60-menit"' in sheet
    assert not (site / "modul/uji/sesi.yml").exists()
    assert not (site / "pelatih/jadwal.yml").exists()


# --- the real site ----------------------------------------------------------------------------


def real_plan(slug: str, length: int) -> dict:
    return yaml.safe_load((DOCS / "modul" / slug / "sesi.yml").read_text(encoding="utf-8"))[length]


def test_each_deck_carries_the_plans_in_its_title_slide_notes(built_site):
    for slug in MODULES:
        deck = (built_site / f"pelatih/salindia/{slug}/index.html").read_text(encoding="utf-8")
        title = deck[deck.index('data-salindia-jenis="judul"') :]
        notes = title[title.index('<aside class="notes">') : title.index("</aside>")]
        for length in (30, 60, 90):
            assert f"Rencana {length} menit" in notes, slug
            for part in real_plan(slug, length)["segmen"]:
                kegiatan = part["kegiatan"].replace('"', "&#34;")
                assert kegiatan in notes, (slug, part["kegiatan"])


def material_row(page, table: str, name: str):
    return page.locator(f"[data-sesi-bahan]:has(caption:text-is('{table}'))").locator(
        "tr", has=page.get_by_role("rowheader", name=name, exact=True)
    )


@pytest.mark.browser
@pytest.mark.parametrize("settings", [PHONE_SETTINGS, {"viewport": {"width": 1280, "height": 900}}])
def test_the_trainer_types_the_class_size_and_the_materials_are_counted(
    browser, site_url, settings
):
    context = browser.new_context(**{"locale": "id-ID", **settings})
    page = context.new_page()
    page.goto(site_url + "pelatih/fasilitasi/tahun-politik/")
    table = "Bahan untuk rencana 90 menit"
    plano = material_row(page, table, "Kertas plano").locator("[data-sesi-jumlah]")
    spidol = material_row(page, table, "Spidol").locator("[data-sesi-jumlah]")
    tempel = material_row(page, table, "Kertas tempel").locator("[data-sesi-jumlah]")
    expect(tempel).to_have_text("30")
    page.get_by_label("Jumlah peserta").fill("37")
    expect(tempel).to_have_text("37")
    expect(plano).to_have_text(str(math.ceil(37 / 5)))
    expect(spidol).to_have_text(str(2 * math.ceil(37 / 5)))
    page.get_by_label("Anggota per kelompok").fill("4")
    expect(plano).to_have_text(str(math.ceil(37 / 4)))
    expect(page.locator("[data-sesi-pesan]")).to_have_text(
        "Jumlah bahan dihitung untuk 37 peserta dalam kelompok berisi 4 orang."
    )
    from axe_playwright_python.sync_playwright import Axe

    assert blocking_violations(Axe(), page) == []
    box = page.get_by_label("Jumlah peserta").bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24
    assert page.evaluate("document.documentElement.scrollWidth") <= settings["viewport"]["width"]
    # The run sheet shows the same class and counts the day.
    page.goto(site_url + "pelatih/jadwal/")
    expect(page.get_by_label("Jumlah peserta")).to_have_value("37")
    day = "Bahan untuk satu hari penuh"
    expect(
        material_row(page, day, "Cetakan lembar kerja Narasi").locator("[data-sesi-jumlah]")
    ).to_have_text("37")
    page.get_by_label("Jumlah peserta").fill("12")
    expect(
        material_row(page, day, "Cetakan lembar kerja Tahun Politik").locator("[data-sesi-jumlah]")
    ).to_have_text("12")
    page.emulate_media(media="print")
    expect(page.locator("[data-sesi-cetak]")).to_be_hidden()
    expect(material_row(page, day, "Cetakan lembar kerja Narasi")).to_be_visible()
    context.close()


def test_preparation_is_a_list_of_sentences():
    parsed = sesi.parse_plans("persiapan:\n  - Bawa rekap angka.\n" + VALID, PATH, 3, PARTS)
    assert parsed.persiapan == ("Bawa rekap angka.",)
    [(line, message)] = problems("persiapan: Bawa rekap.\n" + VALID)
    assert line == 1 and message.startswith("Kolom `persiapan` berisi daftar kalimat")
