"""Quiz bank, Moodle XML and answer keys generated from the same questions."""

from __future__ import annotations

import dataclasses
import json
import re
import xml.etree.ElementTree as etree

import markdown
import pytest

from akademi.modules import split_front_matter
from akademi.quiz import parse_page
from akademi.quiz_export import (
    PLAIN_TEXT_RE,
    _html,
    page_url,
    relocate_links,
    render_answer_key,
    render_bank,
    render_moodle,
)
from akademi.quiz_markdown import escape_raw_html
from conftest import ROOT
from helpers import MODULE, SOURCE, TEMPLATES


@pytest.fixture
def questions():
    return parse_page(SOURCE, "modul/uji/kuis.md")


def test_moodle_xml_matches_the_source(questions):
    quiz = etree.fromstring(render_moodle(MODULE, questions, "Akademi Medsos Pemda").encode())
    items = quiz.findall("question")
    assert items[0].get("type") == "category"
    by_id = {q.findtext("idnumber"): q for q in items[1:]}
    assert len(by_id) == len(questions)

    single = by_id["m-satu"]
    assert single.get("type") == "multichoice" and single.findtext("single") == "true"
    assert [a.get("fraction") for a in single.findall("answer")] == ["100", "0", "0"]
    assert "Umpan benar." in single.find("answer/feedback/text").text

    multiple = by_id["m-banyak"]
    assert multiple.findtext("single") == "false"
    fractions = [float(a.get("fraction")) for a in multiple.findall("answer")]
    assert fractions == [33.33333, 33.33333, 33.33333, -50, -50]
    assert sum(f for f in fractions if f > 0) == pytest.approx(100, abs=0.001)

    truefalse = by_id["m-bs"]
    assert truefalse.get("type") == "truefalse"
    assert {a.findtext("text"): a.get("fraction") for a in truefalse.findall("answer")} == {
        "true": "0",
        "false": "100",
    }

    short = by_id["m-isian"]
    assert short.get("type") == "shortanswer" and short.findtext("usecase") == "0"
    assert [a.findtext("text") for a in short.findall("answer")] == [
        "izin",
        "izin.",
        "perizinan",
        "perizinan.",
    ]

    ordering = by_id["m-urutan"]
    assert ordering.get("type") == "matching"
    pairs = [
        (s.findtext("text"), s.findtext("answer/text")) for s in ordering.findall("subquestion")
    ]
    assert pairs == [
        ("<p>Riset</p>", "Urutan ke-1"),
        ("<p>Draf</p>", "Urutan ke-2"),
        ("<p>Unggah</p>", "Urutan ke-3"),
    ]


def test_moodle_question_text_escapes_author_html():
    (question,) = parse_page(
        "/// kuis | benar-salah\nSoal <script>x</script>\n- [x] Benar\n- [ ] Salah\n///",
        "modul/uji/kuis.md",
    )
    text = (
        etree.fromstring(render_moodle(MODULE, [question], "Akademi Medsos Pemda").encode())
        .find(".//questiontext/text")
        .text
    )
    assert "<script>" not in text and "&lt;script&gt;" in text


def site_quiz_texts() -> list[str]:
    texts = []
    for page in sorted((ROOT / "docs").rglob("*.md")):
        _, body, offset = split_front_matter(page.read_text(encoding="utf-8"))
        for question in parse_page(body, str(page), offset):
            texts += [question.text, question.explanation or ""]
            texts += [
                text for option in question.options for text in (option.text, option.feedback)
            ]
    return [text for text in texts if text]


TRICKY = [
    "a _b_ c",
    "x_y_z",
    "Dua  spasi",
    "Akhir spasi ",
    "Kata **tebal**",
    "1. daftar",
    "- butir",
    "Tautan [x](y)",
    "Tanda < dan &",
    "Judul\n===",
]


def test_plain_text_shortcut_gives_what_markdown_gives():
    texts = site_quiz_texts() + TRICKY
    converter = markdown.Markdown()
    shortcut = [text for text in texts if PLAIN_TEXT_RE.fullmatch(text)]
    assert len(shortcut) > len(texts) // 2  # the shortcut is worth having
    for text in texts:
        assert _html(text) == converter.reset().convert(escape_raw_html(text)), text


def test_quiz_bank_records_every_question(questions):
    bank = json.loads(render_bank(questions))
    assert bank["versi"] == 1
    assert [r["id"] for r in bank["soal"]] == [q.qid for q in questions]
    first = bank["soal"][0]
    assert first["modul"] == "uji" and first["halaman"] == "modul/uji/kuis/"
    assert first["jawaban"] == ["Benar sekali"]
    assert first["pilihan"] == ["Benar sekali", "Keliru", "Juga keliru"]


@pytest.mark.parametrize(
    ("path", "url"),
    [
        ("index.md", ""),
        ("modul/uji/index.md", "modul/uji/"),
        ("modul/uji/kuis.md", "modul/uji/kuis/"),
    ],
)
def test_page_url_follows_directory_urls(path, url):
    assert page_url(path) == url


def test_links_are_relocated_to_the_answer_key_page():
    moved = relocate_links(
        "[a](../narasi/index.md#pesan) [b](#bagian) [c](https://kbbi.kemdikbud.go.id) "
        "![d](gambar.svg)",
        "modul/uji/kuis.md",
        "pelatih/kunci-jawaban/uji.md",
    )
    assert moved == (
        "[a](../../modul/narasi/index.md#pesan) [b](../../modul/uji/kuis.md#bagian) "
        "[c](https://kbbi.kemdikbud.go.id) ![d](../../modul/uji/gambar.svg)"
    )


def test_answer_key_lists_answers_and_explanations(questions):
    key = render_answer_key(TEMPLATES, MODULE, questions, "akademi-medsos-pemda")
    assert "| Benar sekali | **Benar** | Umpan benar. |" in key
    assert "**Jawaban yang diterima:** izin; perizinan" in key
    assert "**Urutan yang benar:**\n\n1. Riset\n2. Draf\n3. Unggah" in key
    assert "[tautan](../../modul/narasi/index.md#pesan)" in key


def test_moodle_short_answers_add_what_the_portal_accepts_and_escape_the_wildcard():
    (question,) = parse_page(
        "/// kuis | isian\nSoal?\n- [x] Rp300.000.\n- [x] 5*   bintang\n- [x] Awas!\n///",
        "modul/uji/kuis.md",
    )
    short = etree.fromstring(
        render_moodle(MODULE, [question], "Akademi Medsos Pemda").encode()
    ).find("question[@type='shortanswer']")
    assert [a.findtext("text") for a in short.findall("answer")] == [
        "Rp300.000",
        "Rp300.000.",
        "5\\* bintang",
        "5\\* bintang.",
        "Awas",
        "Awas.",
        "Awas!",
    ]
    assert {a.get("fraction") for a in short.findall("answer")} == {"100"}


def test_a_slash_in_a_module_title_stays_in_one_moodle_category():
    module = dataclasses.replace(MODULE, title="Data/AI")
    quiz = etree.fromstring(render_moodle(module, [], "Akademi Medsos Pemda").encode())
    path = quiz.find("question[@type='category']/category/text").text
    assert path == "$course$/Akademi Medsos Pemda/Data//AI"
    # Moodle's own split (qformat_default::split_category_path) gives back the two levels.
    levels = [part.replace("//", "/").strip() for part in re.split(r"(?<!/)/(?!/)", path)]
    assert levels == ["$course$", "Akademi Medsos Pemda", "Data/AI"]


def test_the_answer_key_says_moodle_gives_partial_credit_and_links_the_guide(questions):
    key = render_answer_key(
        TEMPLATES, MODULE, questions, "akademi-medsos-pemda", "pelatih/impor-moodle.md"
    )
    assert "Portal menilai setiap soal benar atau salah seluruhnya" in key
    assert "nilai sebagian" in key and "*pilih semua yang benar*" in key and "*urutan*" in key
    assert "(../impor-moodle.md#perbedaan-penilaian-dengan-portal)" in key
