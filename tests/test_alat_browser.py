"""The three tools in Chromium on the built site: typical use, bad input, markup in user text,
persistence after reload, downloads, printing, keyboard use and a 360 px wide screen."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest
from playwright.sync_api import expect

from conftest import ROOT
from helpers import kal, open_november, parse_csv, parse_ics

pytestmark = pytest.mark.browser

CASES = json.loads((ROOT / "tests" / "data" / "diksi-cases.json").read_text(encoding="utf-8"))
VECTORS = json.loads((ROOT / "tests" / "data" / "engagement-vectors.json").read_text("utf-8"))
CAPTION = (
    "PENGUMUMAN!!! Warga dihimbau antri di kantor kecamatan. Meeting online besok, silahkan "
    "datang. Ayo coblos nomor urut 2 😀 #Sukamaju #Contoh @dinkes_contoh"
)
FIXED = (
    "PENGUMUMAN! Warga diimbau antre di kantor kecamatan. Meeting online besok, silakan "
    "datang. Ayo coblos nomor urut 2 😀 #Sukamaju #Contoh @dinkes_contoh"
)
XSS = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> ijin'


OUR_SCRIPTS = (
    "cek-diksi.js",
    "diksi-kalimat.js",
    "kalkulator-engagement.js",
    "kalender-konten.js",
    "storage.js",
)


@pytest.fixture
def page(context):
    """A page that records errors thrown by the tools' own scripts (with their stack)."""
    page = context.new_page()
    errors: list[str] = []
    page.on(
        "pageerror",
        lambda error: (
            errors.append(f"{error}\n{error.stack}")
            if any(name in (error.stack or "") for name in OUR_SCRIPTS)
            else None
        ),
    )
    page.js_errors = errors
    return page


def no_horizontal_scroll(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.evaluate("document.documentElement.clientWidth"), width


def tool_text(page, selector: str) -> str:
    return page.locator(selector).inner_text()


# --- Cek Diksi ----------------------------------------------------------------------------------


@pytest.fixture
def clipboard_page(browser):
    context = browser.new_context(locale="id-ID", permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    errors: list[str] = []
    page.on(
        "pageerror",
        lambda error: (
            errors.append(str(error))
            if any(name in (error.stack or "") for name in OUR_SCRIPTS)
            else None
        ),
    )
    page.js_errors = errors
    yield page
    context.close()


def test_cek_diksi_marks_explains_counts_fixes_and_copies(clipboard_page, site_url):
    page = clipboard_page
    page.goto(site_url + "alat/cek-diksi/")
    page.get_by_label("Keterangan unggahan").fill(CAPTION)
    marks = page.locator(".cek-diksi__pratinjau mark")
    expect(marks).to_have_count(9)
    assert page.locator(".cek-diksi__tanda--baku").all_inner_texts() == [
        "dihimbau",
        "antri",
        "silahkan",
    ]
    assert page.locator(".cek-diksi__tanda--netralitas").all_inner_texts() == [
        "coblos",
        "nomor urut 2",
    ]
    expect(page.locator('[data-peran="ringkasan"]')).to_have_text(
        "Ada 9 catatan: 3 kata tidak baku, 2 istilah asing, 2 frasa berisiko bagi netralitas ASN, "
        "1 tulisan berhuruf kapital semua, 1 tanda baca berulang."
    )
    first = page.locator("#cek-diksi-catatan-3")
    expect(first).to_contain_text("dihimbau")
    expect(first).to_contain_text("Sumber: KBBI VI Daring")
    corrected = page.get_by_label("Keterangan hasil perbaikan")
    expect(corrected).to_have_value(FIXED)
    page.get_by_label("Terapkan “Rapat” pada hasil perbaikan").check()
    expect(corrected).to_have_value(FIXED.replace("Meeting", "Rapat"))

    counts = page.locator('[data-peran="hitungan"]')
    expect(counts).to_contain_text("dari 2.200")
    expect(counts.locator("div", has_text="Tagar")).to_contain_text("2 dari batas 5")
    expect(counts.locator("div", has_text="Sebutan akun")).to_contain_text("1")
    page.get_by_label("Platform").select_option("x")
    x_count = counts.locator("div", has_text="cara hitung X")
    expect(x_count).to_contain_text("dari 280")
    page.get_by_label("Keterangan unggahan").fill("a" * 270 + " https://contoh.go.id 😀")
    expect(x_count).to_contain_text("297 dari 280 (melebihi 17)")
    expect(page.locator(".cek-diksi__hitung--lebih")).to_have_count(1)

    page.get_by_label("Keterangan unggahan").fill(CAPTION)
    page.get_by_role("button", name="Salin hasil perbaikan").click()
    expect(page.locator('[data-peran="status"]')).to_contain_text("sudah disalin")
    # The choice made above ("Rapat") still holds for the new text.
    assert page.evaluate("navigator.clipboard.readText()") == FIXED.replace("Meeting", "Rapat")
    assert page.js_errors == []


SENTENCES = (
    "Jalan ditutup, karena ada perbaikan. Layanan kini lebih cepat dari sebelumnya. Kami "
    "mengunjungi posko, di mana warga mendapat makanan. Acara ini sangat penting sekali bagi warga."
)


def test_cek_diksi_flags_each_sentence_rule_explains_it_and_applies_the_fix(
    clipboard_page, site_url
):
    page = clipboard_page
    page.goto(site_url + "alat/cek-diksi/")
    page.get_by_label("Keterangan unggahan").fill(SENTENCES)
    for kind, marked in (
        ("koma", ", karena"),
        ("daripada", "dari"),
        ("di-mana", "di mana"),
        ("pleonasme", "sangat penting sekali"),
    ):
        expect(page.locator(f".cek-diksi__tanda--{kind}")).to_have_text(marked)
    expect(page.locator('[data-peran="ringkasan"]')).to_have_text(
        "Ada 4 catatan: 1 koma sebelum anak kalimat, 1 perbandingan tanpa daripada, "
        "1 di mana/yang mana sebagai penghubung, 1 pleonasme."
    )
    notes = page.locator(".cek-diksi__temuan")
    expect(notes.nth(0)).to_contain_text("Koma sebelum anak kalimat , karena → karena (tanpa koma)")
    expect(notes.nth(0)).to_contain_text("Sumber: EYD Edisi V")
    expect(notes.nth(1)).to_contain_text("daripada")
    expect(notes.nth(1)).to_contain_text("Sumber: KBBI VI Daring")
    expect(notes.nth(2)).to_contain_text("tempat")
    expect(notes.nth(3)).to_contain_text("Cukup “sangat penting”.")
    # Comma, daripada and pleonasm fixes start applied; the relative word is the user's call.
    corrected = page.get_by_label("Keterangan hasil perbaikan")
    fixed = (
        "Jalan ditutup karena ada perbaikan. Layanan kini lebih cepat daripada sebelumnya. Kami "
        "mengunjungi posko, di mana warga mendapat makanan. Acara ini sangat penting bagi warga."
    )
    expect(corrected).to_have_value(fixed)
    page.get_by_label("Terapkan “tempat” pada hasil perbaikan").check()
    expect(corrected).to_have_value(fixed.replace("di mana", "tempat"))
    page.get_by_role("button", name="Salin hasil perbaikan").click()
    expect(page.locator('[data-peran="status"]')).to_contain_text("sudah disalin")
    assert page.evaluate("navigator.clipboard.readText()") == fixed.replace("di mana", "tempat")
    # A question is not a relative clause.
    page.get_by_label("Keterangan unggahan").fill("Di mana lokasi posko?")
    expect(page.locator(".cek-diksi__pratinjau mark")).to_have_count(0)
    assert page.js_errors == []


def test_cek_diksi_on_the_page_matches_the_shared_cases(page, site_url):
    page.goto(site_url + "alat/cek-diksi/")
    results = page.evaluate(
        """cases => {
          const data = JSON.parse(
            document.querySelector('[data-alat="cek-diksi"]').getAttribute('data-isi'));
          const engine = new window.akademiCekDiksi.Engine(data);
          return cases.map(c => engine.check(c.teks).map(f => [f.jenis, f.teks, f.perbaikan]));
        }""",
        CASES["kasus"],
    )
    assert results == [case["temuan"] for case in CASES["kasus"]]


def test_cek_diksi_shows_markup_as_text_and_keeps_it_after_reload(page, site_url):
    page.goto(site_url + "alat/cek-diksi/")
    box = page.get_by_label("Keterangan unggahan")
    box.fill(XSS)
    preview = page.locator(".cek-diksi__pratinjau")
    expect(preview).to_contain_text("<script>window.__xss = 1</script>")
    expect(preview).to_contain_text('<img src=x onerror="window.__xss = 2">')
    assert preview.locator("script, img").count() == 0
    expect(page.locator(".cek-diksi__catatan")).to_contain_text("ijin")
    assert page.evaluate("window.__xss") is None

    page.get_by_label("Platform").select_option("tiktok")
    page.reload()
    expect(page.get_by_label("Keterangan unggahan")).to_have_value(XSS)
    expect(page.get_by_label("Platform")).to_have_value("tiktok")
    assert page.evaluate("window.__xss") is None

    page.get_by_role("button", name="Hapus teks").click()
    expect(box).to_have_value("")
    page.get_by_role("button", name="Kembalikan teks yang dihapus").click()
    expect(box).to_have_value(XSS)
    page.get_by_role("button", name="Hapus teks").click()
    page.reload()
    expect(page.get_by_label("Keterangan unggahan")).to_have_value("")
    assert page.js_errors == []


def test_cek_diksi_by_keyboard_and_on_a_phone(page, site_url):
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(site_url + "alat/cek-diksi/")
    page.get_by_label("Platform").focus()
    page.keyboard.press("ArrowDown")  # Instagram -> Facebook
    page.keyboard.press("Tab")
    expect(page.get_by_label("Keterangan unggahan")).to_be_focused()
    page.keyboard.type("Jangan merubah jadual. " + "https://contoh.go.id/" + "a" * 120)
    expect(page.locator(".cek-diksi__tanda--baku")).to_have_count(2)
    expect(page.get_by_label("Platform")).to_have_value("facebook")
    expect(page.locator('[data-peran="catatan-platform"]')).to_contain_text("Facebook tidak")
    link = page.locator(".cek-diksi__nomor a").first
    link.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#cek-diksi-catatan-1")).to_be_focused()
    page.get_by_role("button", name="Salin hasil perbaikan").focus()
    page.keyboard.press("Enter")
    expect(page.locator('[data-peran="status"]')).not_to_be_empty()
    no_horizontal_scroll(page)


SPLIT_AND_CLOCK = "Acara di mulai jam 8 pagi dan di laksanakan di balai desa selama 2 jam."


def in_viewport(page, locator) -> bool:
    box = locator.bounding_box()
    height = page.evaluate("window.innerHeight")
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


def test_cek_diksi_on_a_phone_shows_a_result_by_the_text_box_and_fixes_di_and_jam(phone, site_url):
    page = phone
    page.goto(site_url + "alat/cek-diksi/")
    box = page.get_by_label("Keterangan unggahan")
    box.tap()
    page.keyboard.type(SPLIT_AND_CLOCK)
    glance = page.locator('[data-peran="kilas"]')
    expect(glance).to_contain_text("3 catatan")
    expect(glance).to_contain_text("“di mulai” → “dimulai”")
    assert in_viewport(page, glance)
    assert in_viewport(page, box)
    # With the on-screen keyboard open only about 400 px remain: the line still shows.
    page.set_viewport_size({"width": 360, "height": 400})
    box.focus()
    page.keyboard.press("End")
    page.keyboard.type(" Tutup jam 14.00.")
    expect(glance).to_contain_text("4 catatan")
    assert in_viewport(page, glance)
    page.set_viewport_size({"width": 360, "height": 740})
    fixed = (
        "Acara dimulai pukul 8 pagi dan dilaksanakan di balai desa selama 2 jam. Tutup pukul 14.00."
    )
    expect(page.get_by_label("Keterangan hasil perbaikan")).to_have_value(fixed)
    page.get_by_role("button", name="Lihat hasil").tap()
    expect(page.locator(".cek-diksi__pratinjau")).to_be_focused()
    assert in_viewport(page, page.locator(".cek-diksi__pratinjau mark").first)
    page.get_by_role("button", name="Salin hasil perbaikan").tap()
    expect(page.locator('[data-peran="status"]')).to_contain_text("sudah disalin")
    assert page.evaluate("navigator.clipboard.readText()") == fixed
    no_horizontal_scroll(page)
    assert page.js_errors == []


# --- Kalkulator Engagement ---------------------------------------------------------------------


def fill_post(page, values: dict[str, str]) -> None:
    for label, value in values.items():
        page.get_by_label(label, exact=True).fill(value)


POST = {
    "Suka atau reaksi": "1.000",
    "Komentar": "100",
    "Bagikan": "50",
    "Simpan": "84",
    "Jangkauan (reach)": "50.000",
    "Tayangan (views atau impressions)": "80000",
    "Pengikut": "12,34 rb",
}


def test_engagement_shows_rates_formulas_and_a_comparison(page, site_url):
    page.goto(site_url + "alat/kalkulator-engagement/")
    fill_post(page, POST)
    page.get_by_label("Rata-rata akun (%)").fill("1,8")
    result = page.locator('[data-peran="hasil"]')
    expect(result).to_contain_text(
        "Interaksi = suka + komentar + bagikan + simpan = 1.000 + 100 + 50 + 84 = 1.234."
    )
    expect(result).to_contain_text("= interaksi ÷ jangkauan × 100 = 1.234 ÷ 50.000 × 100 = 2,47%")
    expect(result).to_contain_text("1.234 ÷ 80.000 × 100 = 1,54%")
    expect(result).to_contain_text("1.234 ÷ 12.340 × 100 = 10,00%")
    expect(result).to_contain_text(
        "ER per jangkauan unggahan ini 2,47%, atau 1,4 kali rata-rata akun Anda (1,80%): di atas"
    )
    page.get_by_label("Bandingkan").select_option("tayangan")
    expect(result).to_contain_text("ER per tayangan unggahan ini 1,54%, atau 0,9 kali")
    expect(result).to_contain_text("setara dengan kebiasaan akun")
    expect(page.locator('[data-peran="ringkas"]')).to_contain_text("ER per jangkauan 2,47%")

    page.reload()
    expect(page.get_by_label("Pengikut", exact=True)).to_have_value("12,34 rb")
    expect(page.get_by_label("Rata-rata akun (%)")).to_have_value("1,8")
    expect(page.get_by_label("Bandingkan")).to_have_value("tayangan")
    expect(result).to_contain_text("10,00%")
    assert page.js_errors == []


def test_engagement_explains_bad_input_and_never_shows_nan(page, site_url):
    page.goto(site_url + "alat/kalkulator-engagement/")
    tool = page.locator('[data-alat="kalkulator-engagement"]')
    result = page.locator('[data-peran="hasil"]')
    fill_post(page, {"Jangkauan (reach)": "100"})
    expect(result).to_contain_text("Isi minimal satu angka interaksi")
    fill_post(page, {"Suka atau reaksi": "-5", "Komentar": "sepuluh", "Simpan": "1,5"})
    expect(page.locator("#engagement-suka-galat")).to_have_text(
        "Suka atau reaksi tidak boleh negatif."
    )
    expect(page.locator("#engagement-komentar-galat")).to_contain_text("bukan angka")
    expect(page.locator("#engagement-simpan-galat")).to_contain_text("harus bilangan bulat")
    expect(page.get_by_label("Suka atau reaksi")).to_have_attribute("aria-invalid", "true")
    expect(result).to_contain_text("Periksa isian yang ditandai")
    fill_post(
        page, {"Suka atau reaksi": "10", "Komentar": "", "Simpan": "", "Jangkauan (reach)": "0"}
    )
    fill_post(page, {"Tayangan (views atau impressions)": "0", "Pengikut": ""})
    expect(result).to_contain_text("Tidak dapat dihitung: jangkauan bernilai 0")
    expect(result).to_contain_text("Tidak dapat dihitung: tayangan bernilai 0")
    expect(result).to_contain_text("Isi pengikut untuk menghitung ER per pengikut.")
    page.get_by_label("Rata-rata akun (%)").fill("0")
    expect(page.locator("#engagement-rata-galat")).to_contain_text("tidak boleh 0")
    text = tool.inner_text()
    assert "NaN" not in text and "Infinity" not in text
    expect(page.get_by_label("Suka atau reaksi")).not_to_have_attribute("aria-invalid", "true")


def test_engagement_table_and_the_shared_vectors_on_the_page(page, site_url):
    page.goto(site_url + "alat/kalkulator-engagement/")
    page.get_by_label("Tabel unggahan").fill(
        "tanggal;suka;komentar;jangkauan;tayangan\n"
        "1 Mei;100;10;1.000;2.000\n"
        "2 Mei;x;1;1;1\n"
        "3 Mei;200;20;3.000;0\n"
    )
    table = page.locator('[data-peran="hasil-tabel"]')
    expect(table).to_contain_text("Baris 3: kolom suka bukan angka")
    rows = table.locator("tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_have_text(re.compile(r"1 Mei\s*110\s*11,00%\s*5,50%\s*–"))
    expect(rows.nth(1)).to_have_text(re.compile(r"3 Mei\s*220\s*7,33%\s*–\s*–"))
    # Per view only 1 Mei has views: 110 / 2,000, not 330 / 2,000.
    expect(table.locator("tfoot")).to_have_text(re.compile(r"330\s*8,25%\s*5,50%"))
    page.get_by_role("button", name="Jadikan rata-rata akun").click()
    expect(page.get_by_label("Rata-rata akun (%)")).to_have_value("8,25")

    result = page.evaluate(
        """v => {
          const m = window.akademiEngagement;
          return {er: v.er.map(x => { const r = m.hitung(x.masukan); return [r.interaksi,
              m.formatPersen(r.er_jangkauan), m.formatPersen(r.er_tayangan),
              m.formatPersen(r.er_pengikut)]; }),
            format: v.format.map(x => m.formatAngka(x.nilai, x.desimal))};
        }""",
        VECTORS,
    )
    assert result["er"] == [
        [
            v["interaksi"],
            v["teks"]["er_jangkauan"],
            v["teks"]["er_tayangan"],
            v["teks"]["er_pengikut"],
        ]
        for v in VECTORS["er"]
    ]
    assert result["format"] == [v["teks"] for v in VECTORS["format"]]


def test_engagement_by_keyboard_and_on_a_phone(page, site_url):
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(site_url + "alat/kalkulator-engagement/")
    page.get_by_label("Suka atau reaksi").focus()
    page.keyboard.type("40")
    for value in ("5", "3", "2", "1000"):
        page.keyboard.press("Tab")
        page.keyboard.type(value)
    page.keyboard.press("Enter")
    expect(page.locator('[data-peran="hasil"]')).to_contain_text("50 ÷ 1.000 × 100 = 5,00%")
    expect(page.locator('[data-peran="ringkas"]')).to_contain_text("ER per jangkauan 5,00%")
    page.get_by_label("Tabel unggahan").fill(
        "judul\tsuka\tjangkauan\n" + "Unggahan panjang sekali\t1\t10\n" * 3
    )
    expect(page.locator('[data-peran="hasil-tabel"] tbody tr')).to_have_count(3)
    no_horizontal_scroll(page)


# --- Kalender Konten ---------------------------------------------------------------------------


TOPIC = 'Rapat, evaluasi; "kutipan" <script>window.__xss = 3</script>'


def test_kalender_suggests_edits_persists_and_downloads(page, site_url):
    open_november(page, site_url)
    slots = page.locator('[data-peran="slot"] tr')
    expect(slots).to_have_count(13)  # Mon, Wed, Fri of November 2026
    grid = page.locator(".kalender__tabel")
    expect(grid.locator(".kalender__penting")).to_contain_text(
        ["Hari Wayang Nasional", "Hari Pahlawan"]
    )
    expect(page.locator('[data-peran="hari-penting"]')).to_contain_text(
        "Selasa, 10 November 2026: Hari Pahlawan (Hari nasional). Sumber: Keputusan Presiden "
        "Nomor 316"
    )
    expect(page.locator(".kalender__berubah")).to_contain_text("Hari Raya Idulfitri")
    expect(page.locator(".kalender__berubah")).to_contain_text("tahun 2026")

    kal(page).get_by_label("Topik slot 1, Senin, 2 November 2026").fill(TOPIC)
    expect(grid).to_contain_text(TOPIC)
    kal(page).get_by_role("button", name="Hapus slot 2, Rabu, 4 November 2026").click()
    expect(slots).to_have_count(12)
    kal(page).get_by_label("Tambah slot pada tanggal").select_option("2026-11-28")
    kal(page).get_by_role("button", name="Tambah slot").click()
    expect(slots).to_have_count(13)
    kal(page).get_by_label("Unggahan per pekan").fill("5")
    kal(page).get_by_label("Unggahan per pekan").press("Tab")
    expect(page.locator('[data-peran="status"]')).to_contain_text("sudah Anda ubah")
    expect(slots).to_have_count(13)
    assert page.evaluate("window.__xss") is None

    page.reload()
    expect(kal(page).get_by_label("Bulan", exact=True)).to_have_value("11")
    expect(slots).to_have_count(13)
    expect(kal(page).get_by_label("Topik slot 1, Senin, 2 November 2026")).to_have_value(TOPIC)

    with page.expect_download() as info:
        kal(page).get_by_role("button", name="Unduh CSV").click()
    assert info.value.suggested_filename == "kalender-konten-2026-11.csv"
    rows = parse_csv(info.value.path().read_bytes().decode("utf-8"))
    assert len(rows) == 13
    assert rows[0]["tanggal"] == "2026-11-02" and rows[0]["topik"] == TOPIC
    assert "2026-11-04" not in [row["tanggal"] for row in rows]
    assert "2026-11-28" in [row["tanggal"] for row in rows]

    with page.expect_download() as info:
        kal(page).get_by_role("button", name="Unduh iCalendar (.ics)").click()
    assert info.value.suggested_filename == "kalender-konten-2026-11.ics"
    events = parse_ics(info.value.path().read_bytes().decode("utf-8"))
    slots_in_file = [e for e in events if e["UID"].startswith("kalender-")]
    days_in_file = [e for e in events if e["UID"].startswith("hari-")]
    assert len(slots_in_file) == 13
    assert slots_in_file[0]["SUMMARY"] == "[Informasi layanan] " + TOPIC
    assert {e["SUMMARY"] for e in days_in_file} >= {"Hari Pahlawan", "Hari Guru Nasional"}
    assert all(e["UID"].endswith("@127.0.0.1") for e in events)
    assert page.js_errors == []


def test_kalender_prints_on_one_a4_page(page, site_url):
    open_november(page, site_url)
    page.emulate_media(media="print")
    expect(page.locator(".kalender__judul-cetak")).to_be_visible()
    expect(page.locator(".alat__form")).to_be_hidden()
    expect(page.locator(".md-sidebar--primary")).to_be_hidden()
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    assert pages == 1


def test_kalender_by_keyboard_and_on_a_phone(page, site_url):
    page.set_viewport_size({"width": 360, "height": 780})
    open_november(page, site_url)
    kal(page).get_by_role("button", name="Tambah pilar").focus()
    page.keyboard.press("Enter")
    expect(kal(page).get_by_label("Pilar 7", exact=True)).to_be_focused()
    page.keyboard.type("Pengumuman darurat")
    kal(page).get_by_label("Unggahan per pekan").fill("7")
    kal(page).get_by_label("Unggahan per pekan").press("Enter")
    expect(page.locator('[data-peran="slot"] tr')).to_have_count(30)
    expect(page.locator(".kalender__tabel")).to_contain_text("Pengumuman darurat")
    kal(page).get_by_role("button", name="Hapus pilar Pengumuman darurat").focus()
    page.keyboard.press("Space")
    expect(page.locator(".kalender__tabel")).not_to_contain_text("Pengumuman darurat")
    expect(page.locator(".kalender__nama-hari").first).to_be_visible()
    no_horizontal_scroll(page)
    for label in ("Instagram", "Facebook"):
        kal(page).get_by_label(label).uncheck()
    for label in ("X", "TikTok", "YouTube"):
        kal(page).get_by_label(label).uncheck()
    expect(page.locator('[data-peran="galat"]')).to_have_text("Pilih minimal satu platform.")


@pytest.fixture
def phone(browser):
    """A 360 × 740 touch phone in Indonesian whose clock says 15 December 2026, 10.00 WIB."""
    context = browser.new_context(
        locale="id-ID",
        viewport={"width": 360, "height": 740},
        has_touch=True,
        is_mobile=True,
        permissions=["clipboard-read", "clipboard-write"],
    )
    page = context.new_page()
    page.clock.set_fixed_time(datetime(2026, 12, 15, 3, 0, tzinfo=UTC))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.js_errors = errors
    yield page
    context.close()


def test_kalender_in_december_plans_next_january_and_names_the_year(phone, site_url):
    page = phone
    page.goto(site_url + "alat/kalender-konten/")
    month = kal(page).get_by_label("Bulan", exact=True)
    expect(month).to_have_value("12")
    expect(month.locator("option[value='1']")).to_have_text("Januari 2027")
    expect(month.locator("option[value='12']")).to_have_text("Desember 2026")
    month.select_option("1")
    expect(kal(page).get_by_label("Tahun", exact=True)).to_have_value("2027")
    expect(page.locator(".kalender__tabel caption")).to_have_text("Kalender konten Januari 2027")
    expect(page.locator('[data-peran="slot"] tr').first).to_contain_text("Jum 1")  # 1 Jan 2027
    month.select_option("12")
    expect(page.locator(".kalender__tabel caption")).to_have_text("Kalender konten Desember 2026")
    # A year typed on purpose is kept when the month changes.
    kal(page).get_by_label("Tahun", exact=True).fill("2030")
    kal(page).get_by_label("Tahun", exact=True).press("Tab")
    month.select_option("3")
    expect(page.locator(".kalender__tabel caption")).to_have_text("Kalender konten Maret 2030")
    expect(month.locator("option[value='1']")).to_have_text("Januari 2030")
    assert page.js_errors == []


def test_kalender_asks_before_rebuilding_a_plan_with_typed_topics(phone, site_url):
    page = phone
    page.goto(site_url + "alat/kalender-konten/")
    topic = kal(page).get_by_label("Topik slot 1", exact=False).first
    topic.fill("Jadwal imunisasi posyandu")
    rebuild = kal(page).get_by_role("button", name="Susun ulang saran")
    rebuild.click()
    question = page.locator('[data-peran="konfirmasi"]')
    expect(question).to_be_visible()
    expect(question).to_contain_text("topik yang sudah terisi")
    expect(kal(page).get_by_role("button", name="Batal, simpan rencana saya")).to_be_focused()
    kal(page).get_by_role("button", name="Batal, simpan rencana saya").click()
    expect(question).to_be_hidden()
    expect(topic).to_have_value("Jadwal imunisasi posyandu")
    page.reload()
    expect(kal(page).get_by_label("Topik slot 1", exact=False).first).to_have_value(
        "Jadwal imunisasi posyandu"
    )
    rebuild.click()
    kal(page).get_by_role("button", name="Ya, susun ulang").click()
    expect(kal(page).get_by_label("Topik slot 1", exact=False).first).to_have_value("")
    assert page.js_errors == []


def test_kalender_edit_table_fits_a_phone_and_labels_are_touch_sized(phone, site_url):
    page = phone
    page.goto(site_url + "alat/kalender-konten/")
    wrap = page.locator(".kalender__ubah .alat__tabel-gulir")
    expect(page.locator('[data-peran="slot"] tr').first).to_be_visible()
    sizes = wrap.evaluate("w => [w.clientWidth, w.scrollWidth]")
    assert sizes[1] <= sizes[0], sizes  # every field is reachable without a sideways swipe
    first_row = page.locator('[data-peran="slot"] tr').first
    for field in ("Tanggal", "Pilar", "Platform", "Topik"):
        cell = first_row.locator(f'td[data-judul="{field}"]')
        box = cell.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360, (field, box)
        before = cell.evaluate("td => getComputedStyle(td, '::before').content")
        assert field in before, (field, before)
    for label in kal(page).locator("fieldset .alat__pilihan label").all():
        box = label.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24, (label.inner_text(), box)
    no_horizontal_scroll(page)


# --- accessibility with results on screen ----------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_tools_with_results_have_no_serious_axe_violations(browser, site_url, scheme):
    from axe_playwright_python.sync_playwright import Axe

    from helpers import blocking_violations as at_top

    def blocking_violations(axe, page):
        # Back at the top, where Material's own back-to-top button is hidden, once its header
        # and tabs have finished fading back in.
        page.evaluate("window.scrollTo(0, 0)")
        page.wait_for_timeout(800)
        return at_top(axe, page)

    context = browser.new_context(locale="id-ID", color_scheme=scheme)
    page = context.new_page()
    failures = []
    page.goto(site_url + "alat/cek-diksi/")
    page.get_by_label("Keterangan unggahan").fill(CAPTION + " penyandang cacat " + "a" * 2200)
    expect(page.locator(".cek-diksi__hitung--lebih")).to_have_count(1)
    failures += blocking_violations(Axe(), page)
    page.goto(site_url + "alat/kalkulator-engagement/")
    fill_post(page, {**POST, "Komentar": "-1"})
    page.get_by_label("Tabel unggahan").fill("tanggal;suka;jangkauan\n1 Mei;10;100\n2 Mei;x;1\n")
    expect(page.locator('[data-peran="hasil-tabel"] tbody tr')).to_have_count(1)
    failures += blocking_violations(Axe(), page)
    fill_post(page, {"Komentar": "1"})
    failures += blocking_violations(Axe(), page)
    open_november(page, site_url)
    for width in (1280, 360):
        page.set_viewport_size({"width": width, "height": 900})
        failures += [f"{width}px {v}" for v in blocking_violations(Axe(), page)]
    context.close()
    assert not failures, "\n".join(failures)


def test_tools_start_after_instant_navigation(page, site_url):
    """Material swaps the page content without a reload; each tool must still start once."""
    page.goto(site_url + "alat/")
    page.locator(".md-content").get_by_role("link", name="Cek Diksi").click()
    expect(page).to_have_url(site_url + "alat/cek-diksi/")
    page.get_by_label("Keterangan unggahan").fill("Jangan merubah data.")
    expect(page.locator(".cek-diksi__tanda--baku")).to_have_text("merubah")
    page.locator(".md-content").get_by_role("link", name="Panduan Kontributor").first.click()
    expect(page).to_have_url(re.compile(r"panduan-kontributor/"))
    page.go_back()
    expect(page.get_by_label("Keterangan unggahan")).to_have_value("Jangan merubah data.")
    expect(page.locator(".cek-diksi__tanda--baku")).to_have_count(1)
    page.goto(site_url + "alat/")
    page.locator(".md-content").get_by_role("link", name="Kalender Konten").click()
    expect(page.locator(".kalender__tabel caption")).to_contain_text("Kalender konten")
    page.locator(".md-footer__link--prev").click()  # Kalkulator Engagement
    expect(page).to_have_url(site_url + "alat/kalkulator-engagement/")
    page.get_by_label("Suka atau reaksi").fill("5")
    page.get_by_label("Jangkauan (reach)").fill("50")
    expect(page.locator('[data-peran="hasil"]')).to_contain_text("5 ÷ 50 × 100 = 10,00%")
    assert page.js_errors == []
