"""A learner taking a module quiz on a phone (360 x 740, touch, Indonesian), in a real Chromium."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from helpers import PHONE_SETTINGS, answer_from_key

pytestmark = pytest.mark.browser

QUIZ = "modul/perencanaan-konten/kuis/"


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
    context = browser.new_context(java_script_enabled=False, **PHONE_SETTINGS)
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


def viewport_band(page) -> tuple[float, float]:
    """The part of the screen not covered by the sticky header."""
    return page.locator(".md-header").bounding_box()["height"], PHONE_SETTINGS["viewport"]["height"]


def inside(box, band) -> bool:
    return box["y"] >= band[0] and box["y"] + box["height"] <= band[1]


def test_verdict_chosen_option_and_running_score_stay_in_view(phone, site_url):
    phone.goto(site_url + QUIZ)
    form = first_question(phone)
    right = form.locator(".kuis__kunci--benar").first.get_attribute("data-pilihan")
    chosen = form.locator(f".kuis__pilihan input[value='{right}']")
    chosen.check()
    # The reader has the button at the bottom edge of the screen, under the thumb.
    form.locator(".kuis__periksa").evaluate(
        "button => window.scrollBy({top: button.getBoundingClientRect().bottom - 735,"
        " behavior: 'instant'})"
    )
    button = form.locator(".kuis__periksa").bounding_box()
    phone.touchscreen.tap(button["x"] + 20, button["y"] + button["height"] - 6)
    expect(form.locator(".kuis__vonis")).to_contain_text("Benar!")
    band = viewport_band(phone)
    assert inside(form.locator(".kuis__vonis").bounding_box(), band)
    assert inside(chosen.bounding_box(), band)
    total = phone.locator("form.kuis").count()
    summary = form.locator(".kuis__ringkasan")
    expect(summary).to_contain_text(f"Skor sementara: 1 dari {total} benar, 1 soal dijawab.")
    assert inside(summary.bounding_box(), band)
    # The summary follows the latest checked question, once.
    second = phone.locator("form.kuis").nth(1)
    answer_from_key(second, right=False)
    expect(second.locator(".kuis__ringkasan")).to_contain_text(
        f"1 dari {total} benar, 2 soal dijawab"
    )
    expect(phone.locator(".kuis__ringkasan")).to_have_count(1)
    assert phone.js_errors == []


def rgb(colour: str) -> tuple[float, ...]:
    return tuple(float(part) for part in colour[colour.index("(") + 1 : -1].split(",")[:3])


def contrast(fore: str, back: str) -> float:
    def luminance(colour):
        channels = [value / 255 for value in rgb(colour)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(fore), luminance(back)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def look(locator, text_selector) -> dict:
    """Background of a panel and the colour and words of its heading or verdict."""
    return locator.evaluate(
        """(panel, selector) => {
            const text = panel.querySelector(selector);
            return {background: getComputedStyle(panel).backgroundColor,
                    colour: getComputedStyle(text).color, words: text.textContent.trim()};
        }""",
        text_selector,
    )


def test_right_and_wrong_and_pass_and_fail_look_different(phone, site_url):
    phone.goto(site_url + QUIZ)
    forms = phone.locator("form.kuis").all()
    answer_from_key(forms[0], right=True)
    answer_from_key(forms[1], right=False)
    right = look(forms[0].locator(".kuis__umpan"), ".kuis__vonis")
    wrong = look(forms[1].locator(".kuis__umpan"), ".kuis__vonis")
    assert right["background"] != wrong["background"] and right["colour"] != wrong["colour"]
    for panel in (right, wrong):
        assert contrast(panel["colour"], panel["background"]) >= 4.5, panel

    for form in forms[1:]:
        answer_from_key(form, right=True)
    score = phone.locator(".kuis-skor")
    expect(score.locator("h2")).to_have_text("Hasil kuis: Anda lulus")
    passed = look(score, "h2")
    phone.get_by_role("button", name="Ulangi semua soal").click()
    for form in forms:
        answer_from_key(form, right=False)
    expect(score.locator("h2")).to_have_text("Hasil kuis: belum lulus")
    failed = look(score, "h2")
    assert passed["background"] != failed["background"] and passed["colour"] != failed["colour"]
    for panel in (passed, failed):
        assert contrast(panel["colour"], panel["background"]) >= 4.5, panel
    # The last verdict repeats the result, so it is seen without scrolling to the panel.
    expect(forms[-1].locator(".kuis__ringkasan")).to_contain_text("belum mencapai nilai lulus")


def option_order(form) -> list[str]:
    return form.locator(".kuis__pilihan input").evaluate_all(
        "inputs => inputs.map(input => input.value)"
    )


def test_try_again_keeps_right_answers_and_reshuffles_the_rest(phone, site_url):
    phone.goto(site_url + QUIZ)
    forms = phone.locator("form.kuis").all()
    choice_forms = [form for form in forms if form.get_attribute("data-kuis-jenis") == "pilih-satu"]
    wrong_form, kept_form = choice_forms[0], choice_forms[1]
    for form in forms:
        answer_from_key(form, right=form != wrong_form)
    before = option_order(wrong_form)
    kept_before = option_order(kept_form)
    phone.get_by_role("button", name="Coba lagi").click()
    expect(wrong_form.locator(".kuis__vonis")).to_have_count(0)
    expect(wrong_form.locator(".kuis__pilihan input:checked")).to_have_count(0)
    assert option_order(wrong_form) != before
    expect(wrong_form.locator(".kuis__pilihan input").first).to_be_focused()
    expect(kept_form.locator(".kuis__vonis")).to_contain_text("Benar!")
    expect(kept_form.locator(".kuis__pilihan input:checked")).to_have_count(1)
    assert option_order(kept_form) == kept_before
    kept = len(forms) - 1
    expect(phone.locator(".kuis-skor")).to_contain_text(f"Skor Anda: {kept} dari {len(forms)}")
    expect(phone.locator(".kuis-skor")).to_contain_text(f"({kept} soal sudah dijawab)")
    # With nothing wrong left there is nothing to try again; starting over still is possible.
    answer_from_key(wrong_form, right=True)
    expect(phone.get_by_role("button", name="Coba lagi")).to_be_hidden()
    expect(phone.get_by_role("button", name="Ulangi semua soal")).to_be_visible()


def double_text_size(page) -> None:
    """Double the browser's default text size (16 px to 32 px), as a reader's text-size setting
    does: every rem and em on the page grows, the viewport stays 360 px wide."""
    session = page.context.new_cdp_session(page)
    session.send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})


STICKING_OUT = """() => {
    const width = document.documentElement.clientWidth;
    // The closed search overlay waits off-screen by design; it is not part of the header bar.
    return [...document.querySelectorAll(
        ".md-header *:not(.md-search, .md-search *), .md-path *, form.kuis *, .kuis-skor *"
    )].filter(node => node.checkVisibility()).map(node => {
        const box = node.getBoundingClientRect();
        return {node: node.className.toString() || node.tagName, left: box.left, right: box.right};
    }).filter(box => box.left < -0.5 || box.right > width + 0.5);
}"""


def test_quiz_and_header_fit_at_double_text_size(phone, site_url):
    double_text_size(phone)
    phone.goto(site_url + QUIZ)
    assert phone.evaluate("getComputedStyle(document.documentElement).fontSize") == "40px"
    for form in phone.locator("form.kuis").all():
        form.scroll_into_view_if_needed()
        assert phone.evaluate(STICKING_OUT) == []
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    card = first_question(phone).bounding_box()
    for label in first_question(phone).locator(".kuis__opsi label").all():
        assert label.bounding_box()["width"] >= 0.7 * card["width"]
    button = first_question(phone).locator(".kuis__periksa").bounding_box()
    assert button["x"] + button["width"] <= card["x"] + card["width"]
    phone.evaluate("window.scrollTo(0, 0)")
    title = phone.locator(".md-header__topic .md-ellipsis").first
    assert title.bounding_box()["width"] >= 120  # Room for a word or two, not one letter.
    crumbs = phone.locator(".md-path")
    assert crumbs.evaluate("path => path.scrollWidth <= path.clientWidth")
    expect(crumbs.get_by_role("link", name="Perencanaan Konten")).to_be_visible()
    box = crumbs.get_by_role("link", name="Perencanaan Konten").bounding_box()
    assert box["x"] + box["width"] <= 360
