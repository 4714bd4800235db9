"""Pre-test and post-test banks: one page of quiz blocks per bimtek day.

A page whose front matter has ``prapasca: <bank name>`` is a bank. Learners take it twice (at
the start and the end of the day, questions and options shuffled each time); the browser turns
the result into a short code with a checksum that the trainer's class tally reads. The bank's
fingerprint goes into every code, so a code made from a different version of the questions is
refused instead of being scored against the wrong key.
"""

from __future__ import annotations

import hashlib
import re

from akademi.problems import ContentError, Problem
from akademi.quiz import CHOICE_KINDS, Question

MIN_QUESTIONS = 5
MAX_QUESTIONS = 30
NAME_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
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


def parse_bank(name: object, path: str, questions: list[Question]) -> dict:
    """Validate a bank page; every problem is reported together."""
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
        "soal": [{"id": q.qid, "teks": short_text(q.text)} for q in questions],
    }
