"""Rapor Akun: the same monthly figures as insight.py (shared vectors, Python and Node), the
rapor model read from its page, reading real-looking exports (English and Indonesian headers,
`,` `;` tab, decimal comma or dot) and refusing bad ones with file, row and column named; and
the page end to end (practice files, assessor levels, CSV, save/restore, one A4 page per rapor).
"""

from __future__ import annotations

import json
import math
import re

import pytest
from nodejs import run_node
from playwright.sync_api import expect

from akademi import rapor
from conftest import ROOT
from helpers import excel_problems, load_insight

VECTORS = json.loads((ROOT / "tests" / "data" / "rapor-akun-vectors.json").read_text("utf-8"))
SYNTHETIC = ROOT / "docs" / "modul" / "evaluasi-insight" / "data-insight-sintetis.csv"
RAPOR_PAGE = ROOT / rapor.RAPOR_PAGE


@pytest.fixture(scope="module")
def insight():
    return load_insight()


def close(actual, expected) -> bool:
    """Equal figures: numbers to 1e-12, dicts and lists item by item."""
    if isinstance(expected, dict):
        return (
            isinstance(actual, dict)
            and actual.keys() == expected.keys()
            and all(close(actual[k], expected[k]) for k in expected)
        )
    if isinstance(expected, list):
        return len(actual) == len(expected) and all(map(close, actual, expected))
    if isinstance(expected, float) and actual is not None:
        return math.isclose(actual, expected, rel_tol=1e-12, abs_tol=1e-12)
    return actual == expected


def python_figures(insight, case) -> dict:
    import pandas as pd

    frame = pd.DataFrame(case["unggahan"])
    frame["id_unggahan"] = frame["id"]
    frame = insight.siapkan(frame)
    now = insight.ringkasan_bulan(frame, case["bulan"])
    before = insight.ringkasan_bulan(frame, insight.bulan_sebelumnya(case["bulan"]))
    figures = {
        "perubahan": insight.perubahan_bulan(now, before),
        "level": insight.level_bulan(now, before),
    }
    for name, summary in (("sekarang", now), ("lalu", before)):
        summary.pop("nilai_er")
        summary.pop("interaksi_jangkauan")
        figures[name] = summary
    return figures


@pytest.mark.parametrize("case", VECTORS["kasus"], ids=lambda c: c["nama"])
def test_insight_py_gives_the_shared_figures(insight, case):
    assert close(python_figures(insight, case), case["harapan"])


def test_the_hand_checked_case_is_what_the_vectors_say():
    expected = VECTORS["kasus"][0]["harapan"]
    # A3 (reach 0, 3 likes typed in) is unreadable: out of the pooled 150 / 4,000.
    assert expected["sekarang"]["er_jangkauan"] == pytest.approx(150 / 4000 * 100)
    assert expected["sekarang"]["er_pengikut"] == pytest.approx(150 / 4010 * 100)
    assert expected["sekarang"]["median_er_jangkauan"] == pytest.approx((5 + 100 / 30) / 2)
    assert expected["sekarang"]["minggu_aktif"] == 2 and expected["sekarang"]["minggu_total"] == 5
    assert expected["level"]["rasio_tren"] == pytest.approx(3.75 / 3.0)
    # A ratio of 1.25 from three posts is not a trend: B7 stays at level 3.
    assert expected["level"]["putusan_tren"] == "data belum cukup"
    assert expected["level"]["tren"] == 3
    assert expected["perubahan"]["putusan"] == "data belum cukup"


def test_trend_level_needs_enough_posts_and_a_change_beyond_chance():
    cases = {c["nama"]: c["harapan"]["level"] for c in VECTORS["kasus"]}
    # Sukamaju, July to August 2025: pooled ER up by 42 %, yet inside the chance band.
    low, high = cases["sukamaju"]["pita_tren"]
    assert cases["sukamaju"]["rasio_tren"] > 1.1 and low <= cases["sukamaju"]["rasio_tren"] <= high
    assert (cases["sukamaju"]["putusan_tren"], cases["sukamaju"]["tren"]) == ("setara", 3)
    assert cases["naik"]["rasio_tren"] > cases["naik"]["pita_tren"][1]
    assert (cases["naik"]["putusan_tren"], cases["naik"]["tren"]) == ("naik", 4)


def test_an_unreadable_post_changes_no_pooled_figure(insight):
    import pandas as pd

    case = next(c for c in VECTORS["kasus"] if c["nama"] == "naik")
    readable = [p for p in case["unggahan"] if p["jangkauan"] > 0]
    frame = pd.DataFrame(readable)
    frame["id_unggahan"] = frame["id"]
    summary = insight.ringkasan_bulan(insight.siapkan(frame), case["bulan"])
    expected = case["harapan"]["sekarang"]
    assert expected["jumlah_unggahan"] == summary["jumlah_unggahan"] + 1  # still a post
    for name in ("er_jangkauan", "er_pengikut", "median_er_jangkauan"):
        assert expected[name] == pytest.approx(summary[name])


def test_the_javascript_gives_the_same_figures():
    result = run_node(
        "const r = load('rapor-akun.js');"
        "return input.map(c => { const [a] = r.accountMonths(c.unggahan, c.bulan);"
        " delete a.sekarang.nilai_er; delete a.lalu.nilai_er;"
        " delete a.sekarang.interaksi_jangkauan; delete a.lalu.interaksi_jangkauan;"
        " return {sekarang: a.sekarang, lalu: a.lalu, perubahan: a.perubahan, level: a.level}; });",
        VECTORS["kasus"],
    )
    for got, case in zip(result, VECTORS["kasus"], strict=True):
        assert close(got, case["harapan"]), case["nama"]


def test_the_chance_band_uses_the_same_random_numbers(insight):
    values = [1.0, 2.5, 3.0, 4.25, 7.0, 0.5, 2.0, 9.0, 3.5, 6.0, 5.5]
    js = run_node(
        "const r = load('rapor-akun.js'); const next = r.random32(7);"
        "return {draws: [next(), next(), next()], band: r.chanceBand(input.slice(0, 5),"
        " input.slice(5), 200, 3)};",
        values,
    )
    draws = insight._acak_mulberry32(7)
    assert js["draws"] == [next(draws) for _ in range(3)]
    assert js["band"] == insight.pita_kebetulan(values[:5], values[5:], ulangan=200, benih=3)


def test_the_trend_band_uses_the_same_random_numbers(insight):
    pairs = [[i * 7 % 23 + 1, 100 + i * 13 % 41] for i in range(25)]
    js = run_node(
        "const r = load('rapor-akun.js');"
        "return r.trendBand(input.slice(0, 11), input.slice(11), 300, 9);",
        pairs,
    )
    assert js == insight.pita_tren(pairs[:11], pairs[11:], ulangan=300, benih=9)


def test_the_rapor_model_on_its_page_matches_insight_py(insight):
    model = rapor.rapor_model(RAPOR_PAGE.read_text("utf-8"))
    assert [(k["kode"], k["label"], k["bobot"], k["sumber"]) for k in model["kriteria"]] == [
        (k["kode"], k["label"], k["bobot"], k["sumber"]) for k in insight.KRITERIA
    ]
    assert [tuple(p) for p in model["predikat"]] == [(int(b), n) for b, n in insight.PREDIKAT]
    assert all(len(k["deskriptor"]) == 4 for k in model["kriteria"])
    assert "~~" not in json.dumps(model, ensure_ascii=False)


def test_a_rapor_page_without_levels_fails_naming_the_file():
    text = RAPOR_PAGE.read_text("utf-8").replace("| 4 | 12 unggahan atau lebih per bulan. |", "")
    with pytest.raises(Exception, match=r"rapor-medsos\.md:1: Kriteria A1"):
        rapor.rapor_model(text)


# --- reading exports ---------------------------------------------------------------------------

READ = """
const r = load('rapor-akun.js');
return input.files.map(f => {
  const a = r.analyseFile(f.name, f.text, f.size || f.text.length);
  if (a.galat) return {galat: [a.galat]};
  const res = r.readPosts(a, {bulan: input.bulan, akun: f.akun, pemetaan: f.pemetaan});
  const named = {};
  Object.keys(a.pemetaan).forEach(k => { named[k] = a.kepala[a.pemetaan[k]]; });
  const found = {pemisah: a.pemisah, desimal: a.desimal, urutan: a.urutan, kolom: named};
  return Object.assign(found, res);
});
"""


def read(files, bulan="2025-08"):
    return run_node(READ, {"files": files, "bulan": bulan})


def practice_files() -> list[dict]:
    text = SYNTHETIC.read_text("utf-8")
    return [
        {"name": "meta.csv", "text": rapor.meta_export_en(text)},
        {"name": "sukamaju.csv", "text": rapor.export_id(text), "akun": "Kecamatan Sukamaju"},
    ]


def test_practice_exports_are_recognised_in_english_and_indonesian(insight):
    meta, sukamaju = read(practice_files())
    assert meta["pemisah"] == "," and meta["desimal"] == "." and meta["urutan"] == "bh"
    assert meta["kolom"] == {
        "id": "Post ID", "akun": "Account name", "tanggal": "Publish time", "format": "Post type",
        "jangkauan": "Reach", "tayangan": "Views", "suka": "Likes", "komentar": "Comments",
        "bagikan": "Shares", "simpan": "Saves",
    }  # fmt: skip
    assert sukamaju["pemisah"] == ";" and sukamaju["desimal"] == "," and sukamaju["urutan"] == "hb"
    assert sukamaju["kolom"]["jangkauan"] == "Jangkauan"
    assert sukamaju["kolom"]["pengikut"] == "Pengikut" and "akun" not in sukamaju["kolom"]
    df = insight.muat_data(SYNTHETIC)
    ig = df[(df["platform"] == "Instagram") & df["tanggal"].dt.strftime("%Y-%m").isin(
        ["2025-07", "2025-08"])]  # fmt: skip
    assert len(meta["unggahan"]) == len(ig)
    mine = ig[ig["akun"] == "Kecamatan Sukamaju"]
    assert len(sukamaju["unggahan"]) == len(mine)
    first = sukamaju["unggahan"][0]
    row = mine.iloc[0]
    assert first["tanggal"] == row["tanggal"].strftime("%Y-%m-%d")
    assert first["jangkauan"] == row["jangkauan"] and first["pengikut"] == row["pengikut"]
    big = next(p for p in meta["unggahan"] if p["jangkauan"] >= 1000)
    assert big["jangkauan"] == df.set_index("id_unggahan").loc[big["id"], "jangkauan"]


HAND_MADE = (
    "\ufeffTanggal;Akun;Jenis konten;Jangkauan;Tayangan;Suka;Komentar;Dibagikan;Simpan;Durasi\r\n"
    "03/08/2025;Dinas Contoh;foto;1.234;2.000;100;10;5;3;\r\n"
    "15/08/2025;Dinas Contoh;video;980;1.500;40;2;1;;12,5\r\n"
    '20/08/2025;Dinas Contoh;"korsel; 5 slide";2.468;3.000;200;20;10;6;\r\n'
)


def test_a_hand_made_indonesian_export_with_decimal_commas():
    (result,) = read([{"name": "buatan.csv", "text": HAND_MADE}])
    assert result["desimal"] == "," and result["urutan"] == "hb"
    posts = result["unggahan"]
    assert [p["tanggal"] for p in posts] == ["2025-08-03", "2025-08-15", "2025-08-20"]
    assert [p["jangkauan"] for p in posts] == [1234, 980, 2468]
    assert posts[1]["simpan"] is None and posts[2]["format"] == "korsel; 5 slide"
    tab = HAND_MADE.replace(";", "\t").replace('"korsel\t 5 slide"', "korsel")
    (tabbed,) = read([{"name": "tab.tsv", "text": tab}])
    assert tabbed["pemisah"] == "\t" and [p["jangkauan"] for p in tabbed["unggahan"]] == [
        1234,
        980,
        2468,
    ]


HEADER = "Post ID,Account name,Publish time,Post type,Reach,Likes,Comments\r\n"


@pytest.mark.parametrize(
    ("name", "text", "size", "expected"),
    [
        ("laporan.xlsx", "PK\u0003\u0004binary\u0000", None, "laporan.xlsx: berkas ini bukan CSV"),
        ("kosong.csv", "", None, "kosong.csv: berkas kosong"),
        ("besar.csv", HEADER, 20 * 1024 * 1024, "besar.csv: berkas terlalu besar (20,0 MB)"),
        ("satu-kolom.csv", "hanya teks\nbaris dua\n", None, "satu-kolom.csv, baris 1: tidak"),
        ("tanpa-reach.csv", "Post ID,Account name,Publish time,Likes\r\n1,A,08/01/2025,3\r\n",
         None, "tanpa-reach.csv: kolom jangkauan tidak ditemukan"),
        ("teks.csv", HEADER + "1,A,08/01/2025 10:00,IG image,120,5,1\r\n"
         "2,A,08/02/2025 10:00,IG image,banyak,5,1\r\n", None,
         'teks.csv, baris 3, kolom Reach: "banyak" bukan angka'),
        ("ganda.csv", HEADER + "7,A,08/01/2025 10:00,IG image,120,5,1\r\n"
         "7,A,08/01/2025 10:00,IG image,120,5,1\r\n", None,
         "ganda.csv, baris 3, kolom Post ID: unggahan 7 milik A sudah ada di baris 2."),
        ("tanggal.csv", HEADER + "1,A,31/02/2025,IG image,120,5,1\r\n", None,
         'tanggal.csv, baris 2, kolom Publish time: "31/02/2025" bukan tanggal'),
        ("lain-bulan.csv", HEADER + "1,A,03/01/2025 10:00,IG image,120,5,1\r\n", None,
         "lain-bulan.csv: tidak ada unggahan pada Agustus 2025 atau Juli 2025 (pertama di luar"
         " bulan: baris 2, kolom Publish time: 2025-03-01)"),
    ],
)  # fmt: skip
def test_bad_input_is_refused_naming_file_row_and_column(name, text, size, expected):
    (result,) = read([{"name": name, "text": text, "size": size}])
    assert "unggahan" not in result
    assert any(message.startswith(expected) for message in result["galat"]), result["galat"]


def test_rows_outside_the_two_months_are_left_out_and_counted():
    text = (
        HEADER + "1,A,08/01/2025 10:00,IG image,120,5,1\r\n2,A,06/30/2025 10:00,IG image,9,1,0\r\n"
    )
    (result,) = read([{"name": "campur.csv", "text": text}])
    assert [p["id"] for p in result["unggahan"]] == ["1"]
    assert result["catatan"] == [
        "campur.csv: 1 baris di luar Juli 2025 dan Agustus 2025 tidak dipakai"
        " (pertama baris 3, kolom Publish time: 2025-06-30)."
    ]


# --- the page ----------------------------------------------------------------------------------


def tool(page):
    return page.locator('[data-alat="rapor-akun"]')


def card(page, account: str):
    return tool(page).locator("article", has_text=f"Rapor {account}, Agustus 2025")


def practice_download(page, site_url, name, tmp_path):
    response = page.request.get(site_url + "alat/" + name)
    assert response.ok
    path = tmp_path / name
    path.write_bytes(response.body())
    return path


def pdf_pages(page) -> int:
    page.emulate_media(media="print")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", page.pdf(format="A4")))
    page.emulate_media(media="screen")
    return pages


@pytest.mark.browser
def test_rapor_akun_end_to_end_on_the_practice_files(page, site_url, tmp_path):
    page.goto(site_url + "alat/rapor-akun/")
    box = tool(page)
    box.get_by_label("Bulan yang dinilai").fill("2025-08")
    meta = practice_download(page, site_url, "rapor-akun-contoh-meta-en.csv", tmp_path)
    box.get_by_label("Berkas ekspor insight (CSV)").set_input_files(meta)
    status = box.locator('[data-peran="status"]')
    expect(status).to_have_text("1 berkas dimuat.")
    cards = box.locator(".rapor-akun__kartu")
    expect(cards).to_have_count(12)
    sukamaju = card(page, "Kecamatan Sukamaju")
    figures = VECTORS["kasus"][1]["harapan"]["sekarang"]
    assert figures["er_jangkauan"] == pytest.approx(7.8013, abs=1e-4)
    expect(sukamaju).to_contain_text("ER per jangkauan (gabungan)7,80% (bulan lalu 5,48%)")
    expect(sukamaju).to_contain_text("Unggahan12 (2,7 per pekan)")
    expect(sukamaju).to_contain_text("selisih kebetulan ±1,04 poin persen: setara")
    expect(sukamaju).to_contain_text("Nilai belum dapat dihitung")
    # B7: up 42 %, but inside what chance gives with 15 and 12 posts, so level 3, not 4.
    expect(sukamaju).to_contain_text(
        "Tren ER (B7)rasio 1,42; rasio kebetulan 0,71–1,42: setara: masih dalam rentang kebetulan"
    )

    for label in ("B1 Akurasi dan kelengkapan informasi", "B2 Narasi", "B3 Diksi dan ejaan",
                  "B5 Aksesibilitas", "B6 Responsivitas terhadap komentar dan aduan"):  # fmt: skip
        group = card(page, "Kecamatan Sukamaju").get_by_role(
            "group", name=f"{label}, Kecamatan Sukamaju"
        )
        group.get_by_role("radio", name=re.compile(r"^\s*3:")).check()
    expect(card(page, "Kecamatan Sukamaju")).to_contain_text("Nilai 82,50, predikat Baik.")
    summary = box.locator('[data-peran="ringkasan"]')
    expect(summary.locator("h3")).to_have_text(["Baik (1 akun)", "Belum lengkap (11 akun)"])
    expect(summary.locator("ul").first).to_have_text("Kecamatan Sukamaju")

    with page.expect_download() as info:
        box.get_by_role("button", name="Unduh ringkasan (CSV)").click()
    raw = info.value.path().read_bytes()
    assert excel_problems("rapor-akun-2025-08.csv", raw) == []
    rows = {
        row[0]: row for row in raw.decode("utf-8-sig").splitlines()[1:] for row in [row.split(";")]
    }
    assert len(rows) == 12
    assert rows["Kecamatan Sukamaju"][-2:] == ["82,5", "Baik"]
    assert rows["Kecamatan Sukamaju"][6] == "7,8"
    assert rows["Kecamatan Sukamaju"][12:14] == ["1,42", "setara"]

    # A bad file and a duplicate change nothing already loaded, and say which file, row, column.
    bad = tmp_path / "laporan.xlsx"
    bad.write_bytes(b"PK\x03\x04\x00\x00binary")
    box.get_by_label("Berkas ekspor insight (CSV)").set_input_files(bad)
    expect(box.locator('[data-peran="galat"]')).to_contain_text(
        "laporan.xlsx: berkas ini bukan CSV"
    )
    expect(cards).to_have_count(12)
    mine = practice_download(page, site_url, "rapor-akun-contoh-sukamaju-id.csv", tmp_path)
    box.get_by_label("Berkas ekspor insight (CSV)").set_input_files(mine)
    expect(cards).to_have_count(13)  # its own account until the assessor names it
    mapping = box.get_by_role("group", name=re.compile("^rapor-akun-contoh-sukamaju-id.csv"))
    mapping.get_by_label("Nama akun jika berkas tanpa kolom akun").fill("Kecamatan Sukamaju")
    box.get_by_role(
        "button", name="Pakai pemetaan ini untuk rapor-akun-contoh-sukamaju-id.csv"
    ).click()
    expect(box.locator('[data-peran="galat"]')).to_contain_text(
        "rapor-akun-contoh-sukamaju-id.csv, baris 2, kolom ID unggahan: unggahan U1890 milik"
        " Kecamatan Sukamaju sudah dimuat dari berkas lain."
    )
    expect(cards).to_have_count(13)
    box.get_by_role("button", name="Keluarkan rapor-akun-contoh-sukamaju-id.csv").click()
    expect(cards).to_have_count(12)

    # Save, then restore into a fresh page; a tampered copy is refused and changes nothing.
    with page.expect_download() as info:
        box.get_by_role("button", name="Simpan penilaian").click()
    saved = info.value.path().read_text("utf-8")
    page.reload()
    expect(cards).to_have_count(0)
    tampered = tmp_path / "diubah.json"
    data = json.loads(saved)
    data["data"]["unggahan"][0]["jangkauan"] += 1
    tampered.write_text(json.dumps(data), "utf-8")
    box.locator('[data-aksi="buka"]').set_input_files(tampered)
    expect(box.locator('[data-peran="galat"]')).to_contain_text(
        "diubah.json: Isi berkas ini telah diubah, sehingga tidak dapat dibuka."
    )
    expect(cards).to_have_count(0)
    original = tmp_path / "penilaian.json"
    original.write_text(saved, "utf-8")
    box.locator('[data-aksi="buka"]').set_input_files(original)
    expect(cards).to_have_count(12)
    expect(card(page, "Kecamatan Sukamaju")).to_contain_text("Nilai 82,50, predikat Baik.")

    # Printing: only the rapor cards, one A4 page each.
    assert pdf_pages(page) == 12


@pytest.mark.browser
def test_one_account_rapor_prints_on_one_a4_page(page, site_url, tmp_path):
    page.goto(site_url + "alat/rapor-akun/")
    box = tool(page)
    box.get_by_label("Bulan yang dinilai").fill("2025-08")
    box.get_by_label("Berkas ekspor insight (CSV)").set_input_files(
        practice_download(page, site_url, "rapor-akun-contoh-sukamaju-id.csv", tmp_path)
    )
    expect(box.locator(".rapor-akun__kartu")).to_have_count(1)
    expect(box.locator(".rapor-akun__kartu")).to_contain_text("ER per pengikut (gabungan)2,48%")
    assert pdf_pages(page) == 1


@pytest.mark.browser
def test_rapor_akun_by_keyboard_on_a_phone_without_axe_violations(browser, site_url, tmp_path):
    from axe_playwright_python.sync_playwright import Axe
    from test_accessibility import blocking_violations
    from test_alat_browser import no_horizontal_scroll

    context = browser.new_context(
        viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True, locale="id-ID"
    )
    page = context.new_page()
    page.goto(site_url + "alat/rapor-akun/")
    box = tool(page)
    box.get_by_label("Bulan yang dinilai").fill("2025-08")
    box.get_by_label("Berkas ekspor insight (CSV)").set_input_files(
        practice_download(page, site_url, "rapor-akun-contoh-sukamaju-id.csv", tmp_path)
    )
    rapor_card = box.locator(".rapor-akun__kartu")
    expect(rapor_card).to_have_count(1)
    group = rapor_card.get_by_role("group", name=re.compile("^B1 Akurasi"))
    group.get_by_role("radio").first.focus()
    page.keyboard.press("Space")
    expect(group.get_by_role("radio", name=re.compile(r"^\s*4:"))).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(group.get_by_role("radio", name=re.compile(r"^\s*3:"))).to_be_focused()
    expect(group.get_by_role("radio", name=re.compile(r"^\s*3:"))).to_be_checked()
    expect(rapor_card.get_by_role("row", name=re.compile("^B1 Akurasi"))).to_contain_text("45")
    box_sizes = group.get_by_role("radio").evaluate_all(
        "els => els.map(e => e.closest('label').getBoundingClientRect().height)"
    )
    assert min(box_sizes) >= 24, box_sizes
    no_horizontal_scroll(page)
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_timeout(800)
    assert blocking_violations(Axe(), page) == []
    context.close()


@pytest.mark.browser
def test_a_corrected_mapping_is_remembered_for_the_next_month(page, site_url, tmp_path):
    page.goto(site_url + "alat/rapor-akun/")
    box = tool(page)
    box.get_by_label("Bulan yang dinilai").fill("2025-08")
    export = practice_download(page, site_url, "rapor-akun-contoh-sukamaju-id.csv", tmp_path)
    box.get_by_label("Berkas ekspor insight (CSV)").set_input_files(export)
    views = box.get_by_label("Tayangan", exact=True)
    expect(views).to_have_value("4")  # guessed from the header "Tayangan"
    views.select_option(label="(tidak ada)")
    box.get_by_label("Nama akun jika berkas tanpa kolom akun").fill("Kecamatan Sukamaju")
    box.get_by_role("button", name=f"Pakai pemetaan ini untuk {export.name}").click()
    expect(box.locator(".rapor-akun__kartu h3")).to_have_text(
        "Rapor Kecamatan Sukamaju, Agustus 2025"
    )
    page.reload()
    box.get_by_label("Bulan yang dinilai").fill("2025-08")
    box.get_by_label("Berkas ekspor insight (CSV)").set_input_files(export)
    expect(box.locator(".rapor-akun__kartu h3")).to_have_text(
        "Rapor Kecamatan Sukamaju, Agustus 2025"
    )
    expect(box.get_by_label("Tayangan", exact=True)).to_have_value("")
    expect(box.get_by_label("Jangkauan (wajib)")).to_have_value("3")
