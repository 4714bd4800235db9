"""Site-wide quiz rules that need more than one question: each module question names a real
objective, every objective is tested, and a page's pass mark is a percentage."""

from __future__ import annotations

from akademi.modules import Module, field_lines, module_slug
from akademi.problems import Problem
from akademi.quiz import Question

DEFAULT_PASS_MARK = 70


def objective_problems(
    questions: list[Question], modules: list[Module], objective_lines: dict[str, int]
) -> list[Problem]:
    """Module questions must name a real objective, and every objective must be tested;
    ``objective_lines`` gives the line of each module's ``tujuan:`` (by slug)."""
    counts = {module.slug: len(module.objectives) for module in modules}
    problems: list[Problem] = []
    tested: dict[str, set[int]] = {}
    for question in questions:
        slug = module_slug(question.path)
        if slug not in counts:
            continue
        count = counts[slug]
        tested.setdefault(slug, set()).update(question.objectives)
        if not question.objectives:
            problems.append(
                Problem(
                    question.path,
                    question.line,
                    "Soal modul wajib memiliki "
                    "`tujuan:` berisi nomor tujuan belajar yang diujinya.",
                )
            )
        for number in question.objectives:
            if number > count:
                problems.append(
                    Problem(
                        question.path,
                        question.line,
                        f"`tujuan: {number}` tidak ada; modul ini memiliki {count} tujuan belajar.",
                    )
                )
    for module in modules:
        missing = sorted(set(range(1, counts[module.slug] + 1)) - tested.get(module.slug, set()))
        if missing:
            problems.append(
                Problem(
                    module.path,
                    objective_lines.get(module.slug, 1),
                    "Tujuan belajar nomor "
                    f"{', '.join(map(str, missing))} belum diuji satu soal pun. "
                    "Tambahkan soal dengan `tujuan:` yang sesuai.",
                )
            )
    return problems


def pass_mark(meta: dict, path: str, source: str) -> int | Problem:
    """The page's ``kuis_lulus`` (70 when absent), or the problem at its line in ``source``."""
    value = meta.get("kuis_lulus", DEFAULT_PASS_MARK)
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value <= 100:
        return value
    return Problem(
        path,
        field_lines(source).get("kuis_lulus", 1),
        f"`kuis_lulus: {value}` tidak sah. Tulis persentase kelulusan 1–100, misalnya "
        "`kuis_lulus: 80`.",
    )
