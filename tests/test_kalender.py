"""Kalender Konten: important days (data file and branding block, validated with file and line),
the slot suggestions, and the CSV and iCalendar files (RFC 5545) it produces."""

from __future__ import annotations

import textwrap

import pytest
from nodejs import run_node

from akademi.kalender import DEFAULT_PILLARS, calendar_payload, parse_days, regional_days
from akademi.problems import ContentError
from conftest import MEREK, ROOT, make_site
from helpers import parse_csv, parse_ics

DAYS_FILE = ROOT / "docs" / "data" / "hari-penting.yml"


# --- the data ---------------------------------------------------------------------------------


def test_the_national_days_file_is_valid_and_sourced():
    fixed, moving = parse_days(DAYS_FILE.read_text(encoding="utf-8"), "docs/data/hari-penting.yml")
    dates = {(day.date, day.name) for day in fixed}
    for expected in [
        ("01-01", "Tahun Baru Masehi"),
        ("04-21", "Hari Kartini"),
        ("05-02", "Hari Pendidikan Nasional"),
        ("05-20", "Hari Kebangkitan Nasional"),
        ("06-01", "Hari Lahir Pancasila"),
        ("08-17", "Hari Kemerdekaan Republik Indonesia"),
        ("10-28", "Hari Sumpah Pemuda"),
        ("11-10", "Hari Pahlawan"),
        ("11-12", "Hari Kesehatan Nasional"),
        ("12-03", "Hari Disabilitas Internasional"),
        ("12-22", "Hari Ibu"),
    ]:
        assert expected in dates
    assert all(day.source for day in fixed) and all(day.source for day in moving)
    names = " ".join(day.name for day in moving)
    for religious in ("Idulfitri", "Iduladha", "Waisak", "Nyepi", "Imlek"):
        assert religious in names
        assert religious not in " ".join(day.name for day in fixed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'tetap:\n  - tanggal: "02-30"\n    nama: X\n    jenis: nasional\n    sumber: Y\n'
            "berubah:\n  - nama: Z\n    sumber: SKB\n",
            "x.yml:2: Tanggal '02-30' tidak ada",
        ),
        (
            "tetap:\n  - tanggal: 0101\n    nama: X\n    jenis: nasional\n    sumber: Y\n"
            "berubah:\n  - nama: Z\n    sumber: SKB\n",
            "x.yml:2: Tanggal '0101' harus ditulis",
        ),
        (
            'tetap:\n  - tanggal: "05-02"\n    nama: X\n    jenis: nasional\n'
            "berubah:\n  - nama: Z\n    sumber: SKB\n",
            "x.yml:2: Kolom `sumber` wajib diisi",
        ),
        (
            'tetap:\n  - tanggal: "05-02"\n    nama: X\n    jenis: penting\n    sumber: Y\n'
            "berubah:\n  - nama: Z\n    sumber: SKB\n",
            "x.yml:4: `jenis: penting` tidak sah",
        ),
        (
            'tetap:\n  - tanggal: "05-02"\n    nama: X\n    jenis: nasional\n    sumber: Y\n'
            '  - tanggal: "05-02"\n    nama: X\n    jenis: nasional\n    sumber: Y\n'
            "berubah:\n  - nama: Z\n    sumber: SKB\n",
            "x.yml:6: 'X' pada 05-02 sudah ada di baris 2",
        ),
        (
            'tetap:\n  - tanggal: "05-02"\n    nama: X\n    jenis: nasional\n    sumber: Y\n',
            "x.yml:1: Bagian `berubah:` belum ada",
        ),
        (
            "berubah:\n  - nama: Idulfitri\n    tanggal: 04-10\n    sumber: SKB\n"
            'tetap:\n  - tanggal: "05-02"\n    nama: X\n    jenis: nasional\n    sumber: Y\n',
            "x.yml:3: Kolom `tanggal` tidak dikenal di bagian `berubah`",
        ),
    ],
    ids=[
        "no-such-day",
        "unquoted",
        "no-source",
        "bad-kind",
        "duplicate",
        "no-moving",
        "moving-date",
    ],
)
def test_day_problems_name_file_and_line(text, expected):
    with pytest.raises(ContentError) as error:
        parse_days(text, "x.yml")
    assert any(str(p).startswith(expected) for p in error.value.problems), error.value.problems


def test_regional_days_come_from_the_branding_block():
    days = regional_days(
        [{"tanggal": "04-01", "nama": "Hari Jadi Kabupaten Contoh"}], "mkdocs.yml", 9
    )
    assert [(d.date, d.name, d.kind) for d in days] == [
        ("04-01", "Hari Jadi Kabupaten Contoh", "daerah")
    ]
    assert regional_days([], "mkdocs.yml", 9) == []
    with pytest.raises(ContentError) as error:
        regional_days([{"tanggal": "13-01", "nama": ""}, "x"], "mkdocs.yml", 9)
    messages = [str(p) for p in error.value.problems]
    assert messages[0].startswith("mkdocs.yml:9: `extra.merek.hari_daerah` butir ke-1: bulan 13")
    assert "butir ke-1: kolom `nama` wajib diisi" in messages[1]
    assert "butir ke-2 harus berisi `tanggal` dan `nama`" in messages[2]


# --- suggestions, CSV and iCalendar (the page's own functions, under Node) ----------------------


@pytest.fixture(scope="module")
def payload():
    fixed, moving = parse_days(DAYS_FILE.read_text(encoding="utf-8"), "docs/data/hari-penting.yml")
    regional = regional_days([{"tanggal": "11-20", "nama": "Hari Jadi Kabupaten Contoh"}], "m", 1)
    return calendar_payload(fixed, moving, regional, {"penerbit": "Diskominfo Kabupaten Contoh"})


def test_slots_follow_the_weekly_pattern_and_rotate_pillars(payload):
    slots = run_node(
        "const k = load('kalender-konten.js');"
        "return [3, 1, 7].map(n => k.suggest({tahun: 2026, bulan: 11, perPekan: n,"
        " pilar: input.pilar, platform: ['Instagram', 'Facebook'], hari: input.hari}));",
        payload,
    )
    three, one, seven = slots
    # November 2026 starts on a Sunday: Mondays 2-30, Wednesdays 4-25, Fridays 6-27.
    assert [s["tanggal"][-2:] for s in three] == [
        "02", "04", "06", "09", "11", "13", "16", "18", "20", "23", "25", "27", "30",
    ]  # fmt: skip
    assert [s["tanggal"][-2:] for s in one] == ["04", "11", "18", "25"]
    assert len(seven) == 30
    assert {s["platform"] for s in three} == {"Instagram + Facebook"}
    # Pillars in turn; a slot on an important day goes to "Momen lokal" with the day's name.
    by_date = {s["tanggal"]: s for s in three}
    assert by_date["2026-11-02"]["pilar"] == DEFAULT_PILLARS[0]
    assert by_date["2026-11-04"]["pilar"] == DEFAULT_PILLARS[1]
    assert by_date["2026-11-20"] == {
        "id": "2026-11-20-1",
        "tanggal": "2026-11-20",
        "pilar": "Momen lokal",
        "platform": "Instagram + Facebook",
        "topik": "Hari Anak Sedunia; Hari Jadi Kabupaten Contoh",
    }
    assert by_date["2026-11-25"]["topik"] == "Hari Guru Nasional"
    rotated = [s["pilar"] for s in three if s["pilar"] != "Momen lokal"]
    assert rotated[:5] == list(DEFAULT_PILLARS[:5])


def test_a_month_before_the_current_one_is_planned_for_next_year():
    # [month chosen, today as "YYYY-MM-DD"] -> the year planned
    cases = [
        [1, "2026-12-15"],
        [11, "2026-12-01"],
        [12, "2026-12-31"],
        [3, "2026-03-10"],
        [4, "2026-03-10"],
        [2, "2026-03-10"],
    ]
    result = run_node(
        "const k = load('kalender-konten.js');"
        "return input.map(([m, d]) => { const [y, mo, da] = d.split('-').map(Number);"
        " return k.planYear(m, new Date(y, mo - 1, da, 12)); });",
        cases,
    )
    assert result == [2027, 2027, 2026, 2026, 2026, 2027]


def test_february_29_appears_only_in_leap_years():
    days = [{"tanggal": "02-29", "nama": "Hari Uji", "jenis": "nasional", "sumber": "uji"}]
    result = run_node(
        "const k = load('kalender-konten.js');"
        "return [2028, 2027].map(y => k.daysOfMonth(input, y, 2).length);",
        days,
    )
    assert result == [1, 0]


TRICKY = 'Rapat, evaluasi; "kutipan" \\ garis miring =SUM(A1) <script>alert(1)</script> ' + (
    "dan teks panjang dengan huruf é dan emoji 😀 " * 3
)


def test_csv_uses_the_module_template_columns_and_quotes_safely(payload):
    text = run_node(
        "const k = load('kalender-konten.js');"
        "return k.toCsv(input.slots, k.daysOfMonth(input.hari, 2026, 11));",
        {
            "hari": payload["hari"],
            "slots": [
                {"id": "2026-11-10-1", "tanggal": "2026-11-10", "pilar": "Edukasi",
                 "platform": "Instagram", "topik": TRICKY},
                {"id": "2026-11-02-1", "tanggal": "2026-11-02", "pilar": "=1+1",
                 "platform": "X", "topik": ""},
            ],
        },
    )  # fmt: skip
    template = (ROOT / "docs/modul/perencanaan-konten/kalender-konten-templat.csv").read_text(
        encoding="utf-8-sig"
    )
    assert text[1:].split("\r\n")[0] == template.split("\n")[0]
    rows = parse_csv(text)
    assert [row["tanggal"] for row in rows] == ["2026-11-02", "2026-11-10"]
    assert rows[0]["hari"] == "Senin" and rows[0]["pilar"] == "'=1+1"
    assert rows[1]["topik"] == TRICKY and rows[1]["catatan"] == "Hari Pahlawan"
    assert rows[1]["status"] == "ide"


def test_icalendar_is_valid_rfc_5545_with_escaped_folded_text(payload):
    text = run_node(
        "const k = load('kalender-konten.js');"
        "return k.toIcs({slot: input.slots, token: '0123456789abcdef', tahun: 2026, bulan: 11,"
        " jenis: input.jenis,"
        " hari: k.daysOfMonth(input.hari, 2026, 11), judul: 'Kalender, Konten; Uji',"
        " catatan: 'Disusun dengan Kalender Konten.', domain: 'contoh.go.id',"
        " now: new Date(Date.UTC(2026, 10, 26, 13, 45, 0))});",
        {
            "hari": payload["hari"],
            "jenis": payload["jenis"],
            "slots": [
                {"id": "2026-11-30-1", "tanggal": "2026-11-30", "pilar": "Edukasi, kesehatan",
                 "platform": "Instagram + Facebook", "topik": TRICKY, "kunci": "bbbbbbbbbbbb",
                 "urutan": 2},
                {"id": "2026-11-02-1", "tanggal": "2026-11-02", "pilar": "Informasi layanan",
                 "platform": "X", "topik": "", "kunci": "aaaaaaaaaaaa", "urutan": 0},
            ],
        },
    )  # fmt: skip
    assert "X-WR-CALNAME:Kalender\\, Konten\\; Uji\r\n" in text
    events = parse_ics(text)
    slots = [e for e in events if e["UID"].startswith("kalender-")]
    days = [e for e in events if e["UID"].startswith("hari-")]
    assert [e["UID"] for e in slots] == [
        "kalender-0123456789abcdef-aaaaaaaaaaaa@contoh.go.id",
        "kalender-0123456789abcdef-bbbbbbbbbbbb@contoh.go.id",
    ]
    assert [e["SEQUENCE"] for e in slots] == ["0", "2"]
    assert slots[0]["SUMMARY"] == "[Informasi layanan] Topik belum diisi"
    assert slots[1]["SUMMARY"] == "[Edukasi, kesehatan] " + TRICKY
    assert slots[1]["DTSTART;VALUE=DATE"] == "20261130"
    assert slots[1]["DTEND;VALUE=DATE"] == "20261201"
    assert slots[1]["DTSTAMP"] == "20261126T134500Z"
    assert "Platform: Instagram + Facebook\nPilar: Edukasi, kesehatan" in slots[1]["DESCRIPTION"]
    names = {e["SUMMARY"]: e for e in days}
    assert "Hari Pahlawan" in names and "Hari Jadi Kabupaten Contoh" in names
    assert names["Hari Pahlawan"]["TRANSP"] == "TRANSPARENT"
    assert (
        "Sumber: Keputusan Presiden Nomor 316 Tahun 1959" in names["Hari Pahlawan"]["DESCRIPTION"]
    )


def test_long_lines_fold_without_splitting_characters():
    lines = run_node(
        "const k = load('kalender-konten.js'); return input.map(l => k.fold(l));",
        ["SUMMARY:" + "é" * 80, "DESCRIPTION:" + "😀" * 40, "X:" + "a" * 73],
    )
    for folded in lines:
        parts = folded.split("\r\n")
        assert all(len(part.encode("utf-8")) <= 75 for part in parts)
        assert all(part.startswith(" ") for part in parts[1:])
        assert "".join([parts[0], *(p[1:] for p in parts[1:])]).encode("utf-8")
    assert lines[2] == "X:" + "a" * 73


# --- in a real (tiny) build -------------------------------------------------------------------

TOOL_CONFIG = f"""
hooks:
  - {ROOT}/hooks/modules.py
  - {ROOT}/hooks/quiz.py
  - {ROOT}/hooks/alat.py
extra:
{MEREK}
    hari_daerah: {{hari_daerah}}
"""


def tool_site(tmp_path, page: str, hari_daerah: str = "[]"):
    pages = {"index.md": "# Beranda\n", "alat.md": textwrap.dedent(page)}
    for name in ("diksi-baku.yml", "diksi-serapan.yml", "diksi-sensitif.yml",
                 "diksi-netralitas.yml", "diksi-kalimat.yml", "hari-penting.yml"):  # fmt: skip
        pages[f"data/{name}"] = (ROOT / "docs" / "data" / name).read_text(encoding="utf-8")
    return make_site(tmp_path, pages, TOOL_CONFIG.replace("{hari_daerah}", hari_daerah))


PAGE = """\
    ---
    title: Kalender
    alat: {tool}
    ---

    # Kalender

    {marker}
    """


def test_a_tool_page_gets_its_tool_and_data(tmp_path):
    page = PAGE.format(tool="kalender-konten", marker="<!-- alat -->")
    result, site = tool_site(tmp_path, page, '[{tanggal: "04-01", nama: "Hari Jadi <Uji>"}]')
    assert result.returncode == 0, result.stderr
    html = (site / "alat" / "index.html").read_text(encoding="utf-8")
    assert 'data-alat="kalender-konten"' in html
    assert "Hari Jadi &lt;Uji&gt;" in html and "<Uji>" not in html
    assert '<script src="../assets/javascripts/kalender-konten.js">' in html


@pytest.mark.parametrize(
    ("tool", "marker", "hari_daerah", "expected"),
    [
        ("kalender-konten", "", "[]", "alat.md:3: halaman alat wajib memuat baris `<!-- alat -->`"),
        ("jam-dinding", "<!-- alat -->", "[]", "alat.md:3: `alat: jam-dinding` tidak dikenal"),
        (
            "kalender-konten",
            "<!-- alat -->",
            '[{tanggal: "13-01", nama: Hari Jadi}]',
            "mkdocs.yml:{line}: `extra.merek.hari_daerah` butir ke-1: bulan 13",
        ),
    ],
    ids=["no-marker", "unknown-tool", "bad-regional-day"],
)
def test_tool_problems_fail_the_build_naming_file_and_line(
    tmp_path, tool, marker, hari_daerah, expected
):
    result, _ = tool_site(tmp_path, PAGE.format(tool=tool, marker=marker), hari_daerah)
    assert result.returncode != 0
    config = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8").split("\n")
    line = next(i for i, text in enumerate(config, 1) if "hari_daerah:" in text)
    assert expected.format(line=line) in result.stderr
