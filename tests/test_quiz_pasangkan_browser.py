"""A pasangkan (matching pairs) question on a phone, answered with the keyboard only, and its
voting slide in a module deck."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import make_site, serve
from helpers import PHONE_SETTINGS

pytestmark = pytest.mark.browser

PAGE = """
---
title: Kuis Pasangan
---

# Kuis Pasangan

/// kuis | pasangkan
id: p-metrik
Pasangkan setiap metrik dengan artinya.
- Jangkauan :: akun unik yang melihat konten
- Tayangan :: berapa kali konten ditampilkan, termasuk tampilan berulang oleh akun yang sama
- Simpan :: warga ingin membuka informasi itu lagi

Jangkauan menghitung orang, tayangan menghitung tampilan.
///
"""
RIGHT = {
    "Jangkauan": "akun unik yang melihat konten",
    "Tayangan": "berapa kali konten ditampilkan, termasuk tampilan berulang oleh akun yang sama",
    "Simpan": "warga ingin membuka informasi itu lagi",
}


@pytest.fixture(scope="module")
def quiz_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pasangkan-site")
    server, url = serve(folder / "site")
    result, _ = make_site(
        folder, {"index.md": "# Beranda\n", "kuis.md": PAGE}, assets=True, site_url=url
    )
    assert result.returncode == 0, result.stderr
    yield url
    server.shutdown()


@pytest.fixture
def phone(browser):
    context = browser.new_context(**PHONE_SETTINGS)
    yield context.new_page()
    context.close()


def answer(page, pairs: dict[str, str]) -> None:
    """Into the question's first select as Tab would arrive there, then keyboard only: the
    arrow keys pick each row's answer, Tab moves on, Enter on "Periksa jawaban" checks."""
    form = page.locator("#kuis-p-metrik")
    form.locator("select").first.focus()
    for _ in pairs:
        select = page.locator("select:focus")
        item = page.evaluate(
            "document.querySelector(`label[for='${document.activeElement.id}']`).textContent"
        )
        texts = select.locator("option").all_inner_texts()
        for _ in range(texts.index(pairs[item])):
            page.keyboard.press("ArrowDown")
        expect(select.locator("option:checked")).to_have_text(pairs[item])
        page.keyboard.press("Tab")
    expect(form.get_by_role("button", name="Periksa jawaban")).to_be_focused()
    page.keyboard.press("Enter")


def test_keyboard_pairs_at_360_px_score_when_right(phone, quiz_url):
    phone.goto(quiz_url + "kuis/")
    form = phone.locator("#kuis-p-metrik")
    for item in RIGHT:
        box = form.get_by_label(item, exact=True).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360, item
        assert box["height"] >= 24
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    answer(phone, RIGHT)
    expect(form.locator(".kuis__vonis")).to_contain_text("Benar! Jawaban Anda tepat.")
    expect(phone.locator(".kuis-skor")).to_contain_text("Skor Anda: 1 dari 1")
    expect(phone.locator(".kuis-skor")).to_contain_text("Anda lulus")
    # The score is saved for the progress page as for any other kind.
    scores = phone.evaluate(
        "Object.entries(localStorage).filter(([k]) => k.endsWith('skor')).map(([, v]) => v)"
    )
    assert len(scores) == 1 and '"persen":100' in scores[0] and '"lulus":true' in scores[0]


def test_keyboard_wrong_pairs_show_the_key_after_checking(phone, quiz_url):
    phone.goto(quiz_url + "kuis/")
    form = phone.locator("#kuis-p-metrik")
    key = form.locator("details.kuis__kunci")
    expect(key).to_be_hidden()
    swapped = dict(RIGHT, Jangkauan=RIGHT["Tayangan"], Tayangan=RIGHT["Jangkauan"])
    answer(phone, swapped)
    expect(form.locator(".kuis__vonis")).to_contain_text("Belum tepat")
    expect(key).to_be_visible()
    key.locator("summary").click()
    first = key.locator(".kuis__kunci-daftar li").first
    expect(first).to_contain_text("Jangkauan")
    expect(first).to_contain_text("akun unik yang melihat konten")
    expect(form.locator(".kuis__umpan")).to_contain_text("tayangan menghitung tampilan")
    expect(phone.locator(".kuis-skor")).to_contain_text("Skor Anda: 0 dari 1")


def test_without_javascript_the_key_opens_and_printing_hides_it(browser, quiz_url):
    context = browser.new_context(java_script_enabled=False, **PHONE_SETTINGS)
    page = context.new_page()
    page.goto(quiz_url + "kuis/")
    form = page.locator("#kuis-p-metrik")
    expect(form.get_by_label("Tayangan", exact=True)).to_be_visible()
    key = form.locator("details.kuis__kunci")
    key.locator("summary").click()
    expect(key.locator(".kuis__kunci-daftar li")).to_have_count(3)
    expect(key).to_contain_text(RIGHT["Tayangan"])
    page.emulate_media(media="print")
    expect(key).to_be_hidden()
    expect(form.get_by_label("Tayangan", exact=True)).to_be_visible()
    context.close()


def test_unanswered_pairs_ask_for_every_pair(phone, quiz_url):
    phone.goto(quiz_url + "kuis/")
    form = phone.locator("#kuis-p-metrik")
    form.get_by_label("Simpan", exact=True).select_option(label=RIGHT["Simpan"])
    form.get_by_role("button", name="Periksa jawaban").click()
    expect(form.locator(".kuis__vonis")).to_have_text(
        "Pilih pasangan untuk setiap hal terlebih dahulu."
    )


# The pasangkan question's slides in deck order, up to and including its "Pembahasan" slide
# (a question too long for one slide continues on "(lanjutan)" slides).
QUESTION_SLIDES = """question => {
  const sections = [...document.querySelectorAll(".reveal .slides > section")];
  const first = sections.findIndex(section => section.textContent.includes(question));
  if (first < 0) return [];
  const slides = [];
  for (const section of sections.slice(first)) {
    slides.push({
      items: [...section.querySelectorAll(".salindia-kuis__langkah li")].map(li => li.textContent),
      letters: [...section.querySelectorAll(".salindia-kuis__huruf")].map(b => b.textContent),
      choices: [...section.querySelectorAll(".salindia-kuis__opsi .salindia-kuis__teks")]
        .map(span => span.textContent),
      answer: section.querySelector(".salindia-jawaban")?.textContent || "",
      selects: section.querySelectorAll("select").length,
      key: [...section.querySelectorAll(".kuis__kunci-daftar li")].map(li => li.textContent),
      title: section.querySelector("h2")?.textContent || "",
    });
    if (section.matches(".salindia--pembahasan")) break;
  }
  return slides;
}"""


def test_the_deck_shows_items_and_lettered_answers_then_the_pairs_next(browser, site_url):
    context = browser.new_context(locale="id-ID", viewport={"width": 1280, "height": 720})
    page = context.new_page()
    page.goto(site_url + "pelatih/salindia/variasi-kemasan/")
    expect(page.locator("html.salindia--siap")).to_have_count(1)
    slides = page.evaluate(QUESTION_SLIDES, "Pasangkan setiap tempat tayang")
    assert len(slides) >= 2
    *question, explanation = slides
    items = [item for slide in question for item in slide["items"]]
    assert len(items) == 5 and "Linimasa Instagram, potret" in items[0]
    assert [letter for slide in question for letter in slide["letters"]] == list("ABCDE")
    choices = [choice for slide in question for choice in slide["choices"]]
    assert choices == sorted(choices, key=str.casefold) and "1080 × 1350 (4:5)" in choices
    assert [slide["answer"] for slide in question if slide["answer"]] == [
        "Pasangan yang benar ada di salindia berikutnya."
    ]
    assert sum(slide["selects"] for slide in slides) == 0
    assert explanation["title"].startswith("Pembahasan")
    assert len(explanation["key"]) == 5
    assert "Linimasa Instagram, potret" in explanation["key"][0]
    assert "1080 × 1350" in explanation["key"][0]
    context.close()
