"""Trainer kit in a real Chromium: slide decks, presenter notes, QR codes, pre/post-test and
class tally, printing, and the offline bundle opened from file://."""

from __future__ import annotations

import io
import json
import re
import shutil
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import zxingcpp
from PIL import Image
from playwright.sync_api import expect

from akademi.offline import pack
from conftest import PUBLISHED_URL, ROOT, mkdocs_build

pytestmark = pytest.mark.browser

DECK = "pelatih/salindia/narasi/"
NOTE = "Tayangkan dua unggahan di bagian ini"

# The offline copy's top folder: the branding block's code in mkdocs.yml.
TOP = "akademi-medsos-pemda"


def decode_qr(locator) -> str:
    """Decode the QR code a locator shows, from a screenshot of it."""
    image = Image.open(io.BytesIO(locator.screenshot())).convert("L")
    found = zxingcpp.read_barcodes(image)
    assert found, "no QR code found"
    return found[0].text


def slide_number(page) -> int:
    return page.evaluate("akademiSalindia.getIndices().h")


def test_deck_keyboard_navigation_numbers_overview_and_fullscreen(page, site_url):
    page.goto(site_url + DECK)
    expect(page.locator("html.salindia--siap")).to_have_count(1)
    total = page.evaluate("akademiSalindia.getTotalSlides()")
    assert total > 20
    expect(page.locator(".reveal .slide-number")).to_have_text(re.compile(rf"1\s*/\s*{total}"))
    page.keyboard.press("ArrowRight")
    assert slide_number(page) == 1
    page.keyboard.press("Space")
    assert slide_number(page) == 2
    page.keyboard.press("ArrowLeft")
    assert slide_number(page) == 1
    page.keyboard.press("End")
    assert slide_number(page) == total - 1
    expect(page.locator(".reveal .slide-number")).to_have_text(
        re.compile(rf"{total}\s*/\s*{total}")
    )
    page.keyboard.press("Home")
    assert slide_number(page) == 0
    expect(page.locator(".reveal .progress")).to_be_attached()
    page.keyboard.press("Escape")
    expect(page.locator(".reveal.overview")).to_have_count(1)
    page.keyboard.press("Escape")
    expect(page.locator(".reveal.overview")).to_have_count(0)
    page.keyboard.press("f")
    page.wait_for_function("document.fullscreenElement !== null")
    page.keyboard.press("f")
    page.wait_for_function("document.fullscreenElement === null")
    # Only the current slide is reachable with Tab.
    assert (
        page.evaluate(
            "[...document.querySelectorAll('.reveal .slides > section')]"
            ".filter(s => !s.inert).length"
        )
        == 1
    )
    assert page.js_errors == []


def test_notes_are_hidden_on_the_page_and_shown_in_the_presenter_view(page, site_url, built_site):
    html = (built_site / "modul/narasi/index.html").read_text(encoding="utf-8")
    assert NOTE not in html and "admonition pelatih" not in html
    index = (built_site / "search/search_index.json").read_text(encoding="utf-8")
    assert NOTE not in index
    guide = (built_site / "pelatih/fasilitasi/narasi/index.html").read_text(encoding="utf-8")
    assert NOTE in guide and "kunci-jawaban/narasi/" in guide

    page.goto(site_url + "modul/narasi/")
    expect(page.get_by_text(NOTE)).to_have_count(0)
    page.goto(site_url + DECK)
    expect(page.locator("html.salindia--siap")).to_have_count(1)
    target = page.evaluate(
        "[...document.querySelectorAll('.reveal .slides > section')]"
        f".findIndex(s => (s.querySelector('aside.notes') || {{}}).textContent?.includes({NOTE!r}))"
    )
    assert target > 1
    page.evaluate(f"akademiSalindia.slide({target})")
    with page.context.expect_page() as popup:
        page.keyboard.press("s")
    presenter = popup.value
    notes = presenter.locator(".speaker-controls-notes")
    expect(notes).to_contain_text(NOTE, timeout=10_000)
    expect(notes).to_contain_text("Catatan pelatih")
    expect(presenter.locator("#upcoming-slide .label")).to_have_text("Berikutnya")
    assert presenter.evaluate("document.documentElement.lang") == "id"
    presenter.close()


def test_quiz_slides_reveal_the_answer_on_a_key_press(page, site_url):
    page.goto(site_url + DECK)
    expect(page.locator("html.salindia--siap")).to_have_count(1)
    index = page.evaluate(
        "[...document.querySelectorAll('.reveal .slides > section')]"
        ".findIndex(s => s.dataset.salindiaJenis === 'kuis' && s.querySelector('.salindia-tandai')"
        " && s.querySelector('.salindia-jawaban'))"
    )
    page.evaluate(f"akademiSalindia.slide({index})")
    slide = page.locator(".reveal .slides > section.present")
    answer = slide.locator(".salindia-jawaban")
    expect(slide.locator(".salindia-kuis__huruf").first).to_have_text("A")
    expect(slide.locator("input")).to_have_count(0)
    expect(answer).not_to_be_visible()
    page.keyboard.press("j")
    expect(answer).to_be_visible()
    expect(answer).to_contain_text("Jawaban:")
    expect(slide.locator(".salindia-tandai.visible .salindia-kuis__benar").first).to_be_visible()


def test_title_slide_qr_code_opens_the_module_on_the_published_site(page, site_url):
    page.goto(site_url + DECK)
    expect(page.locator("html.salindia--siap")).to_have_count(1)
    assert decode_qr(page.locator(".salindia--judul .salindia__qr svg")) == (
        site_url + "modul/narasi/"
    )


def test_printing_a_deck_gives_one_slide_per_a4_landscape_page(page, site_url):
    page.goto(site_url + "pelatih/salindia/tahun-politik/")
    expect(page.locator("html.salindia--siap")).to_have_count(1)
    # Explanation slides give the answers away: a printed deck leaves them out.
    slides = page.locator(".reveal .slides > section:not(.salindia--pembahasan)").count()
    assert page.locator(".reveal .slides > section.salindia--pembahasan").count() > 0
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")  # as Ctrl+P does
    page.emulate_media(media="print")
    pdf = page.pdf(prefer_css_page_size=True)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert len(boxes) == slides
    width, height = (float(value) for value in boxes[0])
    assert abs(width - 841.9) < 2 and abs(height - 595.3) < 2


def answer(page, right: set[int]):
    """Answer the displayed test: questions whose bank position is in ``right`` correctly."""
    bank = json.loads(page.locator("[data-prapasca-bank]").get_attribute("data-json"))
    ids = [question["id"] for question in bank["soal"]]
    for form in page.locator("form.prapasca__soal").all():
        position = ids.index(form.get_attribute("data-kuis-id"))
        key = form.locator(".kuis__kunci")
        correct = [
            item.get_attribute("data-pilihan") for item in key.locator(".kuis__kunci--benar").all()
        ]
        if position in right:
            for value in correct:
                form.locator(f"input[value='{value}']").check()
        else:
            values = [i.get_attribute("value") for i in form.locator(".kuis__pilihan input").all()]
            wrong = next(value for value in values if value not in correct)
            form.locator(f"input[value='{wrong}']").check()
    return len(ids)


def test_pre_and_post_test_show_scores_gain_code_and_qr(page, site_url):
    page.goto(site_url + "pelatih/pra-pasca-tes/")
    expect(page.locator("form.prapasca__soal").first).not_to_be_visible()
    page.get_by_role("button", name="Mulai pra-tes").click()
    expect(page.locator("[data-prapasca-pesan]")).to_contain_text("label peserta")
    expect(page.locator("form.prapasca__soal").first).not_to_be_visible()
    page.get_by_label("Label peserta").fill("b 7")
    page.get_by_role("button", name="Mulai pra-tes").click()
    expect(page.locator(".kuis__kunci").first).not_to_be_visible()
    count = answer(page, set(range(3)))
    page.get_by_role("button", name="Selesai dan lihat hasil").click()
    pre = round(300 / count)
    result = page.locator("[data-prapasca-hasil]")
    expect(result.locator("[data-prapasca-nilai='pra']")).to_have_text(f"{pre}%")
    expect(result.locator("[data-prapasca-nilai='label']")).to_have_text("B7")
    expect(page.locator("form.prapasca__soal").first).not_to_be_visible()
    expect(page.get_by_role("button", name="Mulai pra-tes")).to_be_hidden()

    page.get_by_role("button", name="Mulai pasca-tes").click()
    answer(page, set(range(count)) - {0})
    page.get_by_role("button", name="Selesai dan lihat hasil").click()
    post = round(100 * (count - 1) / count)
    expect(result.locator("[data-prapasca-nilai='pasca']")).to_have_text(f"{post}%")
    expect(result.locator("[data-prapasca-nilai='selisih']")).to_have_text(f"+{post - pre} poin")
    gain = (post - pre) / (100 - pre)
    expect(result.locator("[data-prapasca-nilai='gain']")).to_have_text(
        f"{gain:.2f}".replace(".", ",")
    )
    expect(page.locator(".kuis__kunci").first).to_be_visible()
    code = result.locator("[data-prapasca-kode]").text_content()
    assert re.fullmatch(r"AMP(-[0-9A-Z]{1,4})+", code)
    assert decode_qr(result.locator("[data-prapasca-qr] svg")) == (
        site_url + "pelatih/rekap-kelas/#kode=" + code
    )
    page.goto(site_url + "kemajuan/")
    expect(page.locator("[data-kemajuan-prapasca]")).to_have_text(
        f"Pra-tes: {pre}% · Pasca-tes: {post}%"
    )
    # The QR code's link adds the code to the trainer's tally.
    page.goto(site_url + "pelatih/rekap-kelas/#kode=" + code)
    expect(page.locator("[data-rekap-nilai='jumlah']")).to_have_text("1")
    expect(page.locator("[data-rekap-pesan]")).to_contain_text("1 kode ditambahkan")


def test_pre_and_post_test_start_after_instant_navigation(page, site_url):
    """The test page loads its own scripts; they must also start without a full page load,
    even when the re-created scripts arrive out of order (the encoder last)."""

    def late(route):
        page.wait_for_timeout(500)
        route.continue_()

    page.route(re.compile(r".*/prapasca-kode\.js$"), late)
    page.goto(site_url + "pelatih/")
    page.wait_for_load_state("networkidle")  # Instant navigation starts once the sitemap loads.
    page.evaluate("window.__samePage = true")
    page.locator(".md-content").get_by_role("link", name="Pra-tes dan pasca-tes").click()
    expect(page).to_have_url(site_url + "pelatih/pra-pasca-tes/")
    assert page.evaluate("window.__samePage") is True
    expect(page.locator("[data-prapasca]")).to_be_visible()
    assert page.js_errors == []


def take_test(browser, site_url, label: str, stage: str, right: set[int]) -> str:
    """One phone: take one test with a label and return the result code it shows."""
    context = browser.new_context(
        locale="id-ID", viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True
    )
    phone = context.new_page()
    phone.goto(site_url + "pelatih/pra-pasca-tes/")
    phone.get_by_label("Label peserta").fill(label)
    phone.get_by_role("button", name=f"Mulai {stage}-tes").click()
    answer(phone, right)
    phone.get_by_role("button", name="Selesai dan lihat hasil").click()
    result = phone.locator("[data-prapasca-hasil]")
    expect(result.locator("[data-prapasca-nilai='label']")).to_have_text(label.upper())
    code = result.locator("[data-prapasca-kode]").text_content()
    context.close()
    return code


def test_a_person_who_changed_phones_is_one_row_with_gain_per_module(browser, page, site_url):
    page.goto(site_url + "pelatih/rekap-kelas/")
    bank = json.loads(page.locator("[data-rekap-bank]").get_attribute("data-json"))[0]
    n = len(bank["soal"])
    first_module = bank["soal"][0]["modul"]
    assert first_module.startswith("Modul ")
    on_module = {i for i, q in enumerate(bank["soal"]) if q["modul"] == first_module}
    pre = take_test(browser, site_url, "a1", "pra", set())  # phone A
    post = take_test(browser, site_url, "A1", "pasca", on_module)  # phone B, same label
    assert pre != post
    # Typed from the screen: spaces for dashes, lower case, in a chat message.
    spaced = "kode saya " + post.replace("-", " ").lower() + " terima kasih"
    page.locator("#rekap-masukan").fill(pre + "\n" + spaced)
    page.get_by_role("button", name="Tambahkan ke rekap").click()
    expect(page.locator("[data-rekap-galat] li")).to_have_count(0)
    tally = page.locator("[data-rekap-hasil]")
    expect(tally.locator("[data-rekap-nilai='jumlah']")).to_have_text("1")
    rows = tally.locator(".rekap__peserta tbody tr")
    expect(rows).to_have_count(1)
    post_score = round(100 * len(on_module) / n)
    expect(rows.first).to_contain_text("A1")
    expect(rows.first).to_contain_text(f"{post_score}%")
    expect(tally.locator("[data-rekap-nilai='gain']")).to_contain_text(
        "(1 peserta dengan kedua tes)"
    )
    # Questions in the bank's order with their module; gain per module from the same person.
    first_question = tally.locator(".rekap__soal tbody tr").first
    expect(first_question).to_contain_text("1. " + bank["soal"][0]["teks"][:20])
    expect(first_question).to_contain_text(first_module)
    module_row = tally.locator(f".rekap__modul tr[data-rekap-modul='{first_module}']")
    expect(module_row.locator("[data-rekap-gain-modul]")).to_have_text("1,00")
    other = next(q["modul"] for q in bank["soal"] if q["modul"] != first_module)
    expect(
        tally.locator(f".rekap__modul tr[data-rekap-modul='{other}'] [data-rekap-gain-modul]")
    ).to_have_text("0,00")


def test_class_tally_counts_means_gain_and_rejects_bad_codes(page, site_url, tmp_path):
    page.goto(site_url + "pelatih/rekap-kelas/")
    banks = json.loads(page.locator("[data-rekap-bank]").get_attribute("data-json"))
    bank = banks[0]
    n = len(bank["soal"])
    learners = [  # (pre right, post right); the third did only the pre-test
        ([1] * 2 + [0] * (n - 2), [1] * (n - 1) + [0]),
        ([1] * (n // 2) + [0] * (n - n // 2), [1] * n),
        ([0] * n, None),
    ]
    codes = [
        page.evaluate(
            "([bank, label, pra, pasca]) => akademiPrapasca.encode(bank, {label, pra, pasca})",
            [bank, f"P{index + 1}", pre, post],
        )
        for index, (pre, post) in enumerate(learners)
    ]
    last = codes[0][-1]
    tampered = codes[0][:-1] + ("0" if last != "0" else "1")
    flipped = codes[1][:6] + ("Z" if codes[1][6] != "Z" else "Y") + codes[1][7:]
    text = (
        f"Pak, kode saya {codes[0]} terima kasih\n{codes[1]}\n{codes[2]}\n"
        f"{codes[0]}\n{tampered}\n{flipped}\nAMP-12\nkampus AMP-!!!"
    )
    page.locator("#rekap-masukan").fill(text)
    page.get_by_role("button", name="Tambahkan ke rekap").click()
    expect(page.locator("[data-rekap-pesan]")).to_have_text(
        "3 kode ditambahkan, 1 kode sudah ada, 3 kode ditolak (lihat daftar di bawah)."
    )
    errors = page.locator("[data-rekap-galat] li")
    expect(errors).to_have_count(3)
    expect(errors.nth(0)).to_contain_text("telah diubah")
    expect(errors.nth(2)).to_contain_text("terlalu pendek")

    scores = [
        (round(100 * sum(pre) / n), post and round(100 * sum(post) / n)) for pre, post in learners
    ]
    mean_pre = sum(p for p, _ in scores) / 3
    mean_post = (scores[0][1] + scores[1][1]) / 2
    gains = [(post - pre) / (100 - pre) for pre, post in scores[:2]]
    tally = page.locator("[data-rekap-hasil]")
    expect(tally.locator("[data-rekap-nilai='jumlah']")).to_have_text("3")
    expect(tally.locator("[data-rekap-nilai='pra']")).to_contain_text(
        f"{mean_pre:.1f}".replace(".", ",") + "% (3 peserta)"
    )
    expect(tally.locator("[data-rekap-nilai='pasca']")).to_contain_text(
        f"{mean_post:.1f}".replace(".", ",") + "% (2 peserta)"
    )
    expect(tally.locator("[data-rekap-nilai='gain']")).to_contain_text(
        f"{sum(gains) / 2:.2f}".replace(".", ",") + " (2 peserta dengan kedua tes)"
    )
    first_question = tally.locator(".rekap__soal tbody tr").first
    expect(first_question).to_contain_text("2 dari 3")
    expect(first_question).to_contain_text("2 dari 2")
    expect(tally.locator(".rekap__soal tbody tr")).to_have_count(n)

    with page.expect_download() as download:
        page.get_by_role("button", name="Unduh CSV").click()
    path = tmp_path / "rekap.csv"
    download.value.save_as(path)
    raw = path.read_bytes().decode("utf-8-sig")
    assert "\r\n" in raw
    rows = raw.strip().split("\r\n")
    assert rows[0].startswith("bank;peserta;pra_persen;pasca_persen;selisih_poin;")
    assert len(rows) == 4 and rows[3].split(";")[3] == ""

    page.reload()
    expect(tally.locator("[data-rekap-nilai='jumlah']")).to_have_text("3")
    page.get_by_role("button", name="Kosongkan rekap").click()
    page.get_by_role("button", name="Ya, kosongkan").click()
    expect(tally).to_contain_text("Belum ada kode hasil")


def test_module_pages_print_as_clean_a4_handouts(page, site_url):
    page.goto(site_url + "modul/narasi/kuis/")
    page.emulate_media(media="print")
    page.evaluate("akademiCetak.siapkan()")
    for selector in (".md-header", ".md-sidebar--primary", ".md-footer", ".kuis__kunci"):
        expect(page.locator(selector).first).to_be_hidden()
    expect(page.locator("form.kuis").first).to_be_visible()
    page.goto(site_url + "modul/narasi/")
    page.emulate_media(media="print")
    page.evaluate("akademiCetak.siapkan()")
    link = page.locator(".md-content article a[data-cetak-alamat]").first
    address = link.get_attribute("data-cetak-alamat")
    assert address.startswith(site_url + "modul/")
    after = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert address in after
    page.goto(site_url + "pelatih/cetak-modul/")
    page.emulate_media(media="print")
    sheets = page.locator(".cetak-halaman--lembar-kerja")
    assert sheets.count() == 7
    assert sheets.first.evaluate("e => getComputedStyle(e).breakBefore") == "page"
    assert sheets.first.evaluate("e => getComputedStyle(e).breakAfter") == "page"
    expect(page.locator(".cetak-daftar")).to_be_hidden()
    assert page.locator(".cetak-modul").count() == 7


@pytest.fixture(scope="session")
def offline_bundle(tmp_path_factory) -> Path:
    """The offline copy as `make offline` makes it: built, zipped, and unpacked again."""
    folder = tmp_path_factory.mktemp("luring")
    result = mkdocs_build(
        ROOT / "mkdocs.yml", folder / "site", OFFLINE="true", SITE_URL=PUBLISHED_URL
    )
    assert result.returncode == 0, result.stderr
    size, count, _ = pack(folder / "site", folder / "luring.zip", TOP)
    assert count > 100 and size < 50_000_000
    with zipfile.ZipFile(folder / "luring.zip") as bundle:
        bundle.extractall(folder / "unpacked")
    shutil.rmtree(folder / "site")
    return folder / "unpacked" / TOP


def test_offline_bundle_works_from_file_and_requests_nothing_outside(browser, offline_bundle):
    root = offline_bundle.as_uri() + "/"
    context = browser.new_context(locale="id-ID")
    outside: list[str] = []

    def check(request):
        url = request.url
        inside = url.startswith(root) or url.startswith(("data:", "blob:", "about:"))
        if url.startswith("file:"):
            inside = (
                inside
                and (
                    offline_bundle / unquote(urlsplit(url).path)[len(urlsplit(root).path) :]
                ).exists()
            )
        if not inside:
            outside.append(url)

    context.on("request", check)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    # Navigation
    page.goto(root + "index.html")
    page.locator(".md-tabs__link", has_text="Modul").first.click()
    expect(page).to_have_url(re.compile(r"modul/index\.html$"))
    # Search (the index is inlined; the worker runs through the local iframe-worker shim)
    page.get_by_label("Cari", exact=False).first.click()
    page.keyboard.type("pesan kunci")
    expect(page.locator(".md-search-result__link").first).to_be_visible(timeout=15_000)
    # Quiz
    page.goto(root + "contoh-kuis.html")
    form = page.locator("form.kuis").first
    form.locator("input").first.check()
    form.get_by_role("button", name="Periksa jawaban").click()
    expect(form.locator(".kuis__vonis")).to_be_visible()
    # Slides
    page.goto(root + "pelatih/salindia/narasi.html")
    expect(page.locator("html.salindia--siap")).to_have_count(1)
    page.keyboard.press("ArrowRight")
    assert slide_number(page) == 1
    # Notebook page
    page.goto(root + "modul/evaluasi-insight/analisis-insight.html")
    expect(page.locator(".md-content img, .md-content svg").first).to_be_attached()
    # Progress dashboard (kemajuan.js fetches its script only on this page)
    page.goto(root + "kemajuan.html")
    expect(page.locator("#kemajuan-saya tbody tr").first).to_be_visible()
    # Every page, tools included
    for html in sorted(offline_bundle.rglob("*.html")):
        if html.name == "404.html":
            continue  # Only a web server shows it; its links are absolute on purpose.
        page.goto(html.as_uri(), wait_until="load")
    context.close()
    assert outside == []
    assert errors == []
