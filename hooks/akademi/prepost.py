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
from akademi.quiz import Question
from akademi.quiz_kinds import CHOICE_KINDS

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


def parse_bank(
    name: object,
    path: str,
    questions: list[Question],
    question_modules: object = None,
    modules: dict[str, str] | None = None,
) -> dict:
    """Validate a bank page; every problem is reported together.

    ``question_modules`` (front matter ``prapasca_modul``) maps question ids to module slugs so
    the tally can show each question's module and the gain per module; ``modules`` maps slugs
    to the names shown ("Modul 1: Narasi").
    """
    problems = []
    found_modules = _question_modules(question_modules, questions, modules or {}, path, problems)
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
        "soal": [
            {"id": q.qid, "teks": short_text(q.text), "modul": found_modules.get(q.qid, "")}
            for q in questions
        ],
    }


def _question_modules(
    mapping: object,
    questions: list[Question],
    modules: dict[str, str],
    path: str,
    problems: list[Problem],
) -> dict[str, str]:
    """Question id -> module name; a mapping, if given, names a known module for every question."""
    if mapping is None:
        return {}
    if not isinstance(mapping, dict):
        problems.append(
            Problem(path, 1, "`prapasca_modul` harus berisi pasangan `id-soal: slug-modul`.")
        )
        return {}
    ids = {question.qid for question in questions}
    found = {}
    for qid, slug in mapping.items():
        if qid not in ids:
            problems.append(
                Problem(path, 1, f"`prapasca_modul`: tidak ada soal dengan id `{qid}`.")
            )
        elif slug not in modules:
            problems.append(
                Problem(path, 1, f"`prapasca_modul`: modul `{slug}` (soal `{qid}`) tidak ada.")
            )
        else:
            found[qid] = modules[slug]
    for question in questions:
        if question.qid not in mapping:
            problems.append(
                Problem(
                    path,
                    question.line,
                    f"Soal `{question.qid}` belum punya modul di `prapasca_modul`; tambahkan agar "
                    "rekap kelas dapat menghitung peningkatan per modul.",
                )
            )
    return found
