"""Pre-test and post-test banks: one page of quiz blocks per bimtek day.

A page whose front matter has ``prapasca: <bank name>`` is a bank. Learners take it twice (at
the start and the end of the day, questions and options shuffled each time); the browser turns
the result into a short code with a checksum that the trainer's class tally reads. The bank's
fingerprint goes into every code, so a code made from a different version of the questions is
refused instead of being scored against the wrong key.
"""

from __future__ import annotations

import functools
import hashlib
import random
import re
from dataclasses import dataclass

import markdown

from akademi.problems import ContentError, Problem
from akademi.quiz import Option, Question
from akademi.quiz_kinds import CHOICE_KINDS
from akademi.quiz_markdown import escape_raw_html

MIN_QUESTIONS = 5
MAX_QUESTIONS = 30
NAME_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LETTERS = "ABCDEFGHIJ"
MARKUP_RE = re.compile(r"\]\([^)]*\)|[*_`>#\[\]]")


def fingerprint(name: str, questions: list[Question]) -> int:
    """12-bit number that changes when the bank's name or questions (ids, order) change."""
    text = name + ":" + ",".join(question.qid for question in questions)
    return int(hashlib.sha256(text.encode()).hexdigest()[:3], 16)


def short_text(text: str, limit: int = 90) -> str:
    """A question's first line without Markdown, for tables on the trainer's page."""
    first = " ".join(text.strip().split("\n\n")[0].split())
    plain = MARKUP_RE.sub("", first)
    plain = " ".join(plain.split())
    return plain if len(plain) <= limit else plain[: limit - 1].rstrip() + "…"


def parse_bank(
    name: object, path: str, questions: list[Question], modules: dict[str, str] | None = None
) -> dict:
    """Validate a bank page; every problem is reported together.

    Every question names its module (``modul:`` in the block) so the tally can show each
    question's module and the gain per module; ``modules`` maps slugs to the names shown
    ("Modul 1: Narasi"). The bank also carries the key of its two paper forms.
    """
    modules = modules or {}
    problems = []
    if not isinstance(name, str) or not NAME_RE.match(name):
        problems.append(
            Problem(
                path,
                1,
                f"`prapasca: {name}` tidak sah. Tulis nama bank soal dengan huruf kecil, angka, "
                "dan tanda hubung, misalnya `prapasca: hari-1`.",
            )
        )
    for question in questions:
        if question.kind not in CHOICE_KINDS:
            problems.append(
                Problem(
                    path,
                    question.line,
                    f"Soal pra-tes dan pasca-tes harus berjenis {', '.join(CHOICE_KINDS)}, "
                    f"bukan {question.kind}, agar skornya dapat dihitung tanpa server.",
                )
            )
        if question.module not in modules:
            problems.append(
                Problem(
                    path,
                    question.line,
                    f"Soal `{question.qid}` belum punya modul; tulis `modul: <slug-modul>` di "
                    "bloknya agar rekap kelas dapat menghitung peningkatan per modul.",
                )
            )
    if not MIN_QUESTIONS <= len(questions) <= MAX_QUESTIONS:
        problems.append(
            Problem(
                path,
                1,
                f"Bank soal berisi {len(questions)} soal; tulis {MIN_QUESTIONS} sampai "
                f"{MAX_QUESTIONS} soal.",
            )
        )
    if problems:
        raise ContentError(problems)
    return {
        "nama": name,
        "sidik": fingerprint(str(name), questions),
        "soal": [
            {"id": q.qid, "teks": short_text(q.text), "modul": modules[q.module]} for q in questions
        ],
        "bentuk": {
            form.name: [
                {
                    "id": item.question.qid,
                    "pilihan": len(item.options),
                    "kunci": item.key,
                    "banyak": item.question.kind == "pilih-banyak",
                }
                for item in form.items
            ]
            for form in paper_forms(str(name), questions)
        },
    }


@dataclass(frozen=True)
class PaperItem:
    """One question as printed: its options in the printed order (A, B, C, ...)."""

    question: Question
    options: tuple[Option, ...]

    @property
    def key(self) -> str:
        return "".join(LETTERS[i] for i, option in enumerate(self.options) if option.correct)


@dataclass(frozen=True)
class PaperForm:
    name: str
    items: tuple[PaperItem, ...]


def paper_forms(name: str, questions: list[Question]) -> tuple[PaperForm, PaperForm]:
    """The two printed forms of a bank, so neighbours cannot copy each other's letters.

    Form A keeps the bank's order. Form B (fixed per bank name, so every printout and the
    tally agree) puts every question at another number and shuffles the options of questions
    that may be shuffled, moving the right answer to another letter where it can. True/false
    questions keep "Benar, Salah".
    """
    form_a = tuple(PaperItem(q, q.options) for q in questions)
    chance = random.Random(f"{name}:B")
    order = list(range(len(questions)))
    while len(order) > 1 and any(index == place for place, index in enumerate(order)):
        chance.shuffle(order)
    items = []
    for index in order:
        question = questions[index]
        options = list(question.options)
        if question.shuffle and question.kind != "benar-salah":
            first = PaperItem(question, question.options).key
            for _ in range(10):
                chance.shuffle(options)
                if PaperItem(question, tuple(options)).key != first:
                    break
        items.append(PaperItem(question, tuple(options)))
    return PaperForm("A", form_a), PaperForm("B", tuple(items))


@functools.cache
def paper_html(text: str) -> str:
    """A question's or option's Markdown as HTML for the printed sheet; one paragraph unwrapped."""
    html = markdown.Markdown().convert(escape_raw_html(text))
    if html.count("<p>") == 1 and html.startswith("<p>") and html.endswith("</p>"):
        return html[3:-4]
    return html
