"""A learner taking a module quiz on a phone (360 x 740, touch, Indonesian), in a real Chromium."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

QUIZ = "modul/perencanaan-konten/kuis/"
PHONE = {
    "viewport": {"width": 360, "height": 740},
    "has_touch": True,
    "is_mobile": True,
    "locale": "id-ID",
}


@pytest.fixture
def phone(browser):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.js_errors = errors
    yield page
    context.close()


def first_question(page):
    return page.locator("form.kuis").first


def test_key_cannot_be_opened_before_checking(phone, site_url):
    phone.goto(site_url + QUIZ)
    form = first_question(phone)
    key = form.locator(".kuis__kunci")
    check = form.get_by_role("button", name="Periksa jawaban")
    check.scroll_into_view_if_needed()
    expect(key).to_be_hidden()
    # A thumb slip just below the button, where the key's summary used to be, opens nothing.
    button = check.bounding_box()
    phone.touchscreen.tap(button["x"] + 20, button["y"] + button["height"] + 25)
    assert key.evaluate("details => details.open") is False
    expect(form.locator(".kuis__kunci--benar").first).to_be_hidden()

    form.locator(".kuis__pilihan input, .kuis__isian input").first.check()
    check.tap()
    expect(form.locator(".kuis__vonis")).to_be_visible()
    expect(key.locator("summary")).to_be_visible()
    key.locator("summary").tap()
    expect(form.locator(".kuis__kunci--benar").first).to_be_visible()
    assert phone.js_errors == []


def test_key_opens_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False, **PHONE)
    page = context.new_page()
    page.goto(site_url + QUIZ)
    key = first_question(page).locator(".kuis__kunci")
    expect(key.locator("summary")).to_have_text("Lihat kunci jawaban")
    key.locator("summary").tap()
    expect(key.locator(".kuis__kunci--benar").first).to_be_visible()
    context.close()


def test_numeric_short_answer_opens_the_number_pad_and_grades(phone, site_url):
    phone.goto(site_url + QUIZ)
    form = phone.locator("#kuis-perencanaan-konten-hitung-porsi")
    field = form.get_by_label("Jawaban Anda")
    expect(field).to_have_attribute("inputmode", "decimal")
    field.tap()
    phone.keyboard.type("6")
    form.get_by_role("button", name="Periksa jawaban").tap()
    expect(form.locator(".kuis__vonis")).to_contain_text("Benar!")
