"""Certificate of attendance: one A4 page per participant, kept in this browser, refused
without names."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PAGE = "pelatih/sertifikat-kehadiran/"
# One typed name, and two rows pasted from a sheet (number, name, office).
NAMES = "Ani Lestari\n2\tBudi Santoso\tDinas Kesehatan\n3\tCitra Dewi\tBappeda\n\n"


def open_page(page, site_url):
    page.goto(site_url + PAGE)
    # Count print dialogs instead of opening one.
    page.evaluate(
        "() => { window.__dicetak = 0; window.print = () => { window.__dicetak += 1; }; }"
    )


def fill_event(page):
    page.get_by_label("Nama kegiatan").fill("Bimtek Pengelolaan Media Sosial")
    page.get_by_label("Tanggal").fill("2026-12-03")
    page.get_by_label("Tempat").fill("Aula Diskominfo")
    page.get_by_label("Jumlah jam pelajaran (JP)").fill("8")


def test_three_names_print_three_a4_attendance_certificates(page, site_url):
    open_page(page, site_url)
    fill_event(page)
    page.get_by_label("Nama peserta, satu nama per baris").fill(NAMES)
    expect(page.locator("[data-kehadiran-jumlah]")).to_have_text("3 peserta, 3 lembar sertifikat.")
    page.get_by_role("button", name="Cetak sertifikat").click()
    assert page.evaluate("window.__dicetak") == 1
    sheets = page.locator(".kehadiran__lembar")
    expect(sheets).to_have_count(3)
    second = sheets.nth(1)
    expect(second.locator(".sertifikat__judul")).to_have_text("Sertifikat Kehadiran")
    expect(second.locator(".sertifikat__nama")).to_have_text("Budi Santoso")
    expect(second.locator(".sertifikat__instansi")).to_have_text("Dinas Kesehatan")
    expect(second).to_contain_text(
        "di Aula Diskominfo pada 3 Desember 2026 selama 8 jam pelajaran."
    )
    # The signatory's title comes from the branding block.
    expect(second).to_contain_text("Kepala Dinas Komunikasi dan Informatika Kabupaten Contoh")
    page.emulate_media(media="print")
    expect(page.locator(".kehadiran__isian")).to_be_hidden()
    pdf = page.pdf(prefer_css_page_size=True)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert len(boxes) == 3
    assert all(abs(float(w) - 595.3) < 2 and abs(float(h) - 841.9) < 2 for w, h in boxes)
    assert page.js_errors == []


def test_no_names_are_refused_with_a_message_and_nothing_prints(page, site_url):
    open_page(page, site_url)
    fill_event(page)
    page.get_by_label("Nama peserta, satu nama per baris").fill(" \n\t\n")
    page.get_by_role("button", name="Cetak sertifikat").click()
    expect(page.get_by_role("alert")).to_have_text(
        "Belum ada nama peserta. Tulis atau tempel nama peserta, satu nama per baris."
    )
    assert page.evaluate("window.__dicetak") == 0
    expect(page.locator(".kehadiran__lembar")).to_have_count(0)


def test_the_form_is_kept_in_this_browser(page, site_url):
    open_page(page, site_url)
    fill_event(page)
    page.get_by_label("Nama peserta, satu nama per baris").fill(NAMES)
    page.reload()
    expect(page.get_by_label("Nama kegiatan")).to_have_value("Bimtek Pengelolaan Media Sosial")
    expect(page.locator(".kehadiran__lembar")).to_have_count(3)
