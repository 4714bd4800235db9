"""Main journeys with the keyboard alone: read a module, search, answer a quiz."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def tab_to(page, predicate: str, limit: int = 400) -> None:
    """Press Tab until ``predicate`` (JS, given the focused element) holds."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => {predicate})(document.activeElement)"):
            return
    raise AssertionError(f"Tab never reached an element where {predicate}")


def test_read_a_module_with_the_keyboard(page, site_url):
    page.goto(site_url + "modul/narasi/")
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Lewati ke isi")
    tab_to(page, "el.classList.contains('md-footer__link--next')")
    page.keyboard.press("Enter")
    expect(page).to_have_url(site_url + "modul/narasi/pesan-kunci/")
    expect(page.locator(".md-content h1")).to_be_visible()


def test_search_with_the_keyboard(page, site_url):
    page.goto(site_url)
    tab_to(page, "el.classList.contains('md-search__input')")
    expect(page.get_by_role("textbox", name="Cari")).to_be_focused()
    page.keyboard.type("kalender")
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page).not_to_have_url(site_url)
    expect(page.locator(".md-content h1")).to_be_visible()


def test_the_search_shortcuts_open_search_without_typing_themselves(page, site_url):
    field = page.get_by_role("textbox", name="Cari")
    for key in ("/", "s"):
        page.goto(site_url + "modul/narasi/")
        page.keyboard.press(key)
        expect(field).to_be_focused()
        page.keyboard.type("kuis")
        expect(field).to_have_value("kuis")


def test_answer_a_module_quiz_with_the_keyboard(page, site_url):
    page.goto(site_url + "modul/diksi/kuis/")
    first = page.locator("form.kuis").first
    tab_to(page, "el.closest('form.kuis') !== null && el.matches('input, select')")
    kind = first.get_attribute("data-kuis-jenis")
    if kind == "isian":
        page.keyboard.type("jawaban")
    elif kind == "urutan":
        page.keyboard.type("1")
    else:
        page.keyboard.press("Space")
    tab_to(page, "el.classList.contains('kuis__periksa')")
    page.keyboard.press("Enter")
    expect(first.locator(".kuis__vonis")).to_be_visible()
    expect(page.locator(".kuis-skor")).to_contain_text("1 soal sudah dijawab")
