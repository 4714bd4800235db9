"""Whatever an author types inside a quiz block, the result is a quiz or our located error."""

from __future__ import annotations

import re

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from akademi.problems import ContentError
from akademi.quiz import KINDS, parse_page
from akademi.quiz_lint import lint_page
from akademi.quiz_markdown import QuizExtension

LINE_SHAPES = st.sampled_from(
    [
        "",
        "- [x] {t}",
        "- [ ] {t}",
        "- [X]",
        "* [ ] {t}",
        "1. {t}",
        "2) {t}",
        "    {t}",
        "\t{t}",
        "id: {t}",
        "id: soal-1",
        "tujuan: {t}",
        "tujuan: 1, 2",
        "acak: {t}",
        "acak: tidak",
        "abaikan: {t}",
        "abaikan: tiga-pilihan — {t}",
        "{t}",
        "> {t}",
        "/// kuis | {t}",
        "///",
        "```",
        "~~~",
        "<script>{t}</script>",
    ]
)
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20)
HEADER = st.one_of(
    st.sampled_from([f"/// kuis | {kind}" for kind in KINDS]),
    TEXT.map(lambda t: "/// kuis" + t.replace("\n", " ")),
)


@st.composite
def blocks(draw) -> str:
    lines = [draw(HEADER)]
    for shape in draw(st.lists(LINE_SHAPES, max_size=12)):
        lines.append(shape.format(t=draw(TEXT).replace("\n", " ")))
    if draw(st.booleans()):
        lines.append("///")
    return "\n".join(lines)


@settings(max_examples=400, deadline=None)
@given(blocks())
def test_parser_returns_questions_or_a_located_quiz_error(text):
    try:
        questions = parse_page(text, "uji.md")
    except ContentError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.path == "uji.md"
            assert 1 <= problem.line <= text.count("\n") + 1
            assert problem.message
    else:
        for question in questions:
            assert question.text and question.kind in KINDS
        for finding in lint_page(questions, {"modul/uji/materi.md": text}):
            assert finding.path == "uji.md" and finding.line >= 1 and finding.message


@settings(max_examples=200, deadline=None)
@given(blocks())
def test_rendering_never_fails_with_another_exception(text):
    extension = QuizExtension()
    extension.set_source("uji.md")
    try:
        html = markdown.markdown(text, extensions=[extension, "attr_list"])
    except ContentError:
        return
    for form in re.findall(r'<form class="kuis".*?</form>', html, re.DOTALL):
        assert "<script" not in form
