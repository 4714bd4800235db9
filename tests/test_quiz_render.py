"""The quiz Markdown extension: Markdown in, accessible and inert HTML out."""

from __future__ import annotations

import textwrap
import xml.etree.ElementTree as etree

import markdown
import pytest

from akademi.problems import ContentError
from akademi.quiz_markdown import QuizExtension, escape_raw_html, restore_forms, stash_forms


def render(text: str) -> etree.Element:
    extension = QuizExtension()
    extension.set_source("modul/uji/kuis.md", 0)
    html = markdown.markdown(
        textwrap.dedent(text).lstrip("\n"),
        extensions=[extension, "attr_list", "pymdownx.superfences"],
    )
    return etree.fromstring(f"<root>{html}</root>")


def text_of(element: etree.Element) -> str:
    return " ".join("".join(element.itertext()).split())


SINGLE = """
/// kuis | pilih-satu
id: uji-satu

Manakah yang **baku**?

- [ ] Himbauan
    Tidak baku.
- [x] Imbauan

Kata dasarnya *imbau*.
///
"""


def test_single_choice_is_a_fieldset_with_legend_labelled_radios_and_a_closed_key():
    form = render(SINGLE).find("form")
    assert form.get("id") == "kuis-uji-satu"
    assert form.get("data-kuis-jenis") == "pilih-satu"
    legend = form.find("fieldset/legend")
    assert text_of(legend) == "Soal 1 dari 1 Manakah yang baku?"
    assert legend.find(".//strong").text == "baku"
    radios = form.findall(".//input[@type='radio']")
    assert [r.get("value") for r in radios] == ["1", "2"]
    for radio in radios:
        label = form.find(f".//label[@for='{radio.get('id')}']")
        assert label is not None and text_of(label)
    key = form.find("details")
    assert key.get("open") is None
    assert key.find("summary").text == "Lihat kunci jawaban"
    assert [li.get("data-pilihan") for li in key.iter("li")] == ["2"]
    assert text_of(key.find(".//li[@class='kuis__kunci--benar']")) == "Imbauan"
    feedback = form.find(".//div[@class='kuis__opsi'][1]/div[@class='kuis__umpan-opsi']")
    assert feedback.get("hidden") is not None and text_of(feedback) == "Tidak baku."
    assert "Kata dasarnya imbau." in text_of(key.find(".//div[@class='kuis__pembahasan']"))
    assert form.find(".//div[@role='status']").get("aria-live") == "polite"


def test_multiple_choice_uses_checkboxes():
    root = render("""
        /// kuis | pilih-banyak
        Pilih.
        - [x] a
        - [x] b
        - [ ] c
        ///
    """)
    assert len(root.findall(".//input[@type='checkbox']")) == 3
    assert len(root.findall(".//li[@class='kuis__kunci--benar']")) == 2


def test_short_answer_has_labelled_text_input_and_normalised_accepted_answers():
    root = render("""
        /// kuis | isian
        Bentuk baku "ijin"?
        - [x] Izin
        ///
    """)
    field = root.find(".//input[@type='text']")
    assert root.find(f".//label[@for='{field.get('id')}']").text == "Jawaban Anda"
    assert [li.get("data-jawaban") for li in root.findall(".//li[@data-jawaban]")] == ["izin"]


def test_ordering_gives_each_step_a_labelled_position_select():
    root = render("""
        /// kuis | urutan
        Urutkan.
        1. Riset
        2. Draf
        3. Unggah
        ///
    """)
    steps = root.findall(".//ol[@class='kuis__urutan']/li")
    assert [s.get("data-langkah") for s in steps] == ["1", "2", "3"]
    for step in steps:
        select = step.find("select")
        assert step.find(f"label[@for='{select.get('id')}']") is not None
        assert [o.get("value") for o in select.findall("option")] == ["", "1", "2", "3"]


def test_questions_on_a_page_are_numbered_as_one_set():
    root = render(SINGLE + SINGLE.replace("uji-satu", "uji-dua"))
    assert [text_of(s) for s in root.findall(".//span[@class='kuis__nomor']")] == [
        "Soal 1 dari 2",
        "Soal 2 dari 2",
    ]


def test_quiz_inside_a_code_fence_stays_code():
    root = render("```\n" + SINGLE + "```\n")
    assert root.find(".//form") is None
    assert "/// kuis | pilih-satu" in text_of(root)


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "`x` <!-- --> <img src=x onerror=alert(1)> -->",
        "[klik](javascript:alert(1))",
        '[klik](JaVaScRiPt:alert(1)){ onclick="alert(1)" }',
        "![gambar](data:text/html,<script>alert(1)</script>)",
    ],
)
def test_author_text_cannot_inject_markup(payload):
    root = render(f"""
        /// kuis | pilih-satu
        Soal {payload}
        - [x] Opsi {payload}
            Umpan {payload}
        - [ ] Lain

        Pembahasan {payload}
        ///
    """)
    form = root.find("form")
    assert form.find(".//script") is None
    for element in form.iter():
        assert not any(name.startswith("on") for name in element.attrib), element.attrib
        for name in ("href", "src"):
            assert not element.get(name, "").lower().startswith(("javascript", "data")), name


def test_code_spans_keep_their_angle_brackets():
    assert escape_raw_html("a <b> `<i>` & c &amp;") == "a &lt;b> `<i>` &amp; c &amp;"
    root = render("""
        /// kuis | benar-salah
        Tag `<br>` memisahkan baris.
        - [x] Benar
        - [ ] Salah
        ///
    """)
    assert root.find(".//legend//code").text == "<br>"


def test_broken_quiz_fails_conversion_with_file_and_line():
    with pytest.raises(ContentError, match=r"modul/uji/kuis\.md:1: Belum ada jawaban benar"):
        render("/// kuis | pilih-satu\nSoal?\n- [ ] a\n- [ ] b\n///\n")


def test_forms_are_stashed_for_the_search_indexer_and_put_back_unchanged():
    form = '<form class="kuis" id="kuis-a"><fieldset><legend>A &lt; B?</legend></fieldset></form>'
    html = f"<h1>Kuis</h1>\n{form}\n<p>Di antara.</p>\n{form.replace('-a', '-b')}"
    stashed, forms = stash_forms(html)
    assert "<form" not in stashed and stashed.count("<!--akademi-kuis-") == 2
    assert "<p>Di antara.</p>" in stashed
    assert restore_forms(stashed, forms) == html


def test_only_a_short_answer_given_in_digits_asks_for_the_number_pad():
    numeric = render("""
        /// kuis | isian
        id: uji-angka
        Berapa unggahan? Tulis angkanya saja.
        - [x] 6
        - [x] enam
        ///
        """).find(".//input")
    worded = render("""
        /// kuis | isian
        id: uji-kata
        Bentuk baku "himbauan"?
        - [x] imbauan
        ///
        """).find(".//input")
    assert numeric.get("inputmode") == "decimal" and numeric.get("type") == "text"
    assert worded.get("inputmode") is None
