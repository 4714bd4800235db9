"""The quiz-kind registry and its sixth kind, pasangkan (matching pairs): text in, questions,
problems, HTML, answer key, quiz bank and Moodle XML out."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as etree

import markdown
import pytest

from akademi.problems import ContentError
from akademi.quiz import parse_page
from akademi.quiz_export import (
    moodle_kind_counts,
    render_answer_key,
    render_bank,
    render_moodle,
)
from akademi.quiz_kinds import CHOICE_KINDS, KINDS
from akademi.quiz_lint import guesser_score
from akademi.quiz_markdown import QuizExtension
from conftest import ROOT
from helpers import MODULE, TEMPLATES

PATH = "modul/uji/kuis.md"
PAIRS = """\
/// kuis | pasangkan
id: uji-metrik
tujuan: 1

Pasangkan setiap metrik dengan artinya.

- Jangkauan :: akun unik yang melihat
- Tayangan :: berapa kali *konten* tampil
- Simpan :: warga ingin membukanya lagi

Jangkauan menghitung orang.
///
"""


def problems_of(text: str) -> list[str]:
    with pytest.raises(ContentError) as caught:
        parse_page(text, PATH)
    return [str(problem) for problem in caught.value.problems]


def render(text: str) -> etree.Element:
    extension = QuizExtension()
    extension.set_source(PATH, 0)
    html = markdown.markdown(text, extensions=[extension, "attr_list"])
    return etree.fromstring(f"<root>{html}</root>")


def text_of(element: etree.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def test_every_kind_of_the_build_has_its_browser_counterpart():
    script = (ROOT / "docs/assets/javascripts/kuis-jenis.js").read_text(encoding="utf-8")
    table = script[script.index("var kinds = {") :]
    in_browser = set(re.findall(r'^    "([a-z-]+)": ', table, re.MULTILINE))
    assert in_browser == set(KINDS) and "pasangkan" in in_browser
    assert CHOICE_KINDS == ("pilih-satu", "pilih-banyak", "benar-salah")


def test_a_pair_is_read_as_item_and_answer():
    (question,) = parse_page(PAIRS, PATH)
    assert question.kind == "pasangkan"
    assert [(o.text, o.answer, o.line) for o in question.options] == [
        ("Jangkauan", "akun unik yang melihat", 7),
        ("Tayangan", "berapa kali *konten* tampil", 8),
        ("Simpan", "warga ingin membukanya lagi", 9),
    ]
    assert question.explanation == "Jangkauan menghitung orang."


def test_fewer_than_three_pairs_is_refused_with_the_block_line():
    text = PAIRS.replace("- Simpan :: warga ingin membukanya lagi\n", "")
    assert problems_of("Teks.\n\n" + text) == [
        f"{PATH}:3: Soal pasangkan perlu minimal tiga pasangan, masing-masing ditulis sebagai "
        "`- hal :: pasangannya`. Tambahkan pasangan hingga tiga atau lebih, atau jadikan soal "
        "pilih-satu."
    ]


def test_a_duplicate_answer_names_both_lines():
    text = PAIRS.replace("warga ingin membukanya lagi", "Akun unik yang melihat.")
    assert problems_of(text) == [
        f"{PATH}:9: Pasangan 'Akun unik yang melihat.' sudah dipakai di baris 7. Setiap hal "
        "memerlukan pasangan yang berbeda agar kuncinya jelas; ubah salah satunya."
    ]


def test_a_pair_without_separator_or_with_feedback_says_what_to_fix():
    text = PAIRS.replace("- Tayangan :: berapa kali *konten* tampil", "- Tayangan berapa kali")
    text = text.replace("- Simpan :: warga ingin membukanya lagi", "- Simpan :: lagi\n    Umpan.")
    found = problems_of(text)
    assert len(found) == 2
    assert found[0].startswith(f"{PATH}:8: Pasangan ini belum lengkap.")
    assert "dipisah `::`" in found[0]
    assert found[1].startswith(f"{PATH}:9: Soal pasangkan tidak menampilkan umpan balik")


def test_pairs_render_one_labelled_select_per_item_with_the_answers_in_alphabetical_order():
    form = render(PAIRS).find("form")
    assert form.get("data-kuis-jenis") == "pasangkan"
    assert text_of(form.find(".//p[@class='kuis__petunjuk']")) == (
        "Pilih pasangan yang tepat untuk setiap hal."
    )
    rows = form.findall(".//ul[@class='kuis__pasangan']/li")
    assert [row.get("data-pasangan") for row in rows] == ["1", "2", "3"]
    for row in rows:
        select = row.find("select")
        label = row.find("label")
        assert label.get("for") == select.get("id") and text_of(label)
        choices = [(o.get("value"), o.text) for o in select.findall("option")]
        assert choices == [
            ("", "Pilih pasangannya…"),
            ("1", "akun unik yang melihat"),
            ("2", "berapa kali konten tampil"),  # No Markdown marks inside an <option>.
            ("3", "warga ingin membukanya lagi"),
        ]
    # Author order (1, 2, 3) happened to be alphabetical here; a different order must not leak.
    swapped = render(PAIRS.replace("akun unik", "zona akun unik")).find("form")
    values = [o.get("value") for o in swapped.find(".//select").findall("option")]
    assert values == ["", "2", "3", "1"]


def test_the_no_script_key_lists_every_pair_and_the_explanation():
    key = render(PAIRS).find("form/details")
    assert key.find("summary").text == "Lihat kunci jawaban"
    pairs = key.findall(".//ul[@class='kuis__kunci-daftar']/li")
    assert [text_of(li) for li in pairs] == [
        "Jangkauan → : akun unik yang melihat",
        "Tayangan → : berapa kali konten tampil",
        "Simpan → : warga ingin membukanya lagi",
    ]
    assert pairs[1].find(".//em").text == "konten"
    assert "Jangkauan menghitung orang." in text_of(key.find("div[@class='kuis__pembahasan']"))


def test_pairs_become_a_moodle_matching_question_and_are_counted_as_pasangkan():
    questions = parse_page(PAIRS, PATH)
    xml = render_moodle(MODULE, questions, "Akademi Medsos Pemda")
    matching = etree.fromstring(xml.encode()).find("question[@type='matching']")
    assert matching.findtext("shuffleanswers") == "1"
    subquestions = matching.findall("subquestion")
    assert [s.get("format") for s in subquestions] == ["html"] * 3
    assert [s.findtext("text") for s in subquestions] == [
        "<p>Jangkauan</p>",
        "<p>Tayangan</p>",
        "<p>Simpan</p>",
    ]
    assert [s.findtext("answer/text") for s in subquestions] == [
        "akun unik yang melihat",
        "berapa kali konten tampil",
        "warga ingin membukanya lagi",
    ]
    assert moodle_kind_counts([xml])["pasangkan"] == 1
    assert moodle_kind_counts([xml])["urutan"] == 0


def test_bank_and_answer_key_page_carry_the_pairs():
    questions = parse_page(PAIRS, PATH)
    (record,) = json.loads(render_bank(questions))["soal"]
    assert record["jenis"] == "pasangkan"
    assert record["pilihan"] == ["Jangkauan", "Tayangan", "Simpan"]
    assert record["jawaban"] == [
        "akun unik yang melihat",
        "berapa kali *konten* tampil",
        "warga ingin membukanya lagi",
    ]
    key = render_answer_key(TEMPLATES, MODULE, questions, "akademi-medsos-pemda")
    assert "## Soal 1: Pasangkan { #uji-metrik }" in key
    assert "| Hal | Pasangan yang benar |" in key
    assert "| Tayangan | berapa kali *konten* tampil |" in key


def test_the_guesser_matches_pairs_at_random():
    questions = parse_page(PAIRS, PATH)
    assert guesser_score(questions).expected == pytest.approx(100 / 6)
