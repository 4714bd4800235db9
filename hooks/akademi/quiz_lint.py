"""Quiz lint and the guesser figure: can a quiz be passed without reading the module?

Rules (names are what a block writes in ``abaikan: <rule> — <reason>`` to opt out):

- ``benar-terpanjang``: in at most a third of a page's single-choice questions is the right
  option the strictly longest one;
- ``benar-lebih-panjang``: in a multiple-choice question the right options are on average at
  most 25 % longer than the wrong ones;
- ``kunci-benar-salah``: a page with two or more true/false questions uses both keys;
- ``pilihan-semua``: no option refers to the others ("semua benar", "tidak ada yang benar",
  "A dan B benar");
- ``salinan-modul``: a right option does not copy 12 or more consecutive words from the module's
  own pages (a quiz page outside a module folder is compared with every module's pages);
- ``tiga-pilihan``: a single-choice question has at least three options.

Lengths are of the text a learner sees (link targets and emphasis marks left out). An opted-out
block is left out of that rule. The guesser reads nothing: in single choice it picks the longest
option (ties split evenly), in multiple choice it ticks the options longer than the question's
median option, it answers every true/false question with the page's more common key (a coin
toss on a tie), keeps the shown (shuffled) order of an ordering question (right with chance
1/n!) and leaves short answers empty.

Everything here is pure except :func:`read_docs`, which reads a docs folder for the script,
the benchmark and the tests.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from akademi.modules import module_slug, split_front_matter
from akademi.quiz import Question, parse_page
from akademi.quiz_checks import DEFAULT_PASS_MARK
from akademi.quiz_kinds import KINDS

COPY_WORDS = 12
LONGEST_SHARE = 1 / 3
LONGER_LIMIT = 1.25
LINK_RE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
ATTRIBUTES_RE = re.compile(r"\{[^}]*\}|<[^>]+>")
MARKS_RE = re.compile(r"[*_`~]+")
WORD_RE = re.compile(r"[^\W_]+")
# Options that point at the other options, on the option's words (case and punctuation gone).
REFERS_TO_OTHERS_RE = re.compile(
    r"""^(?:
      (?:semua|seluruh|kedua)(?:nya)?(?:\ (?:jawaban|pilihan|pernyataan|opsi))?
        (?:\ (?:di\ atas|tersebut|itu))?(?:\ (?:benar|salah|tepat|keliru))?
    | (?:tidak\ ada|bukan)(?:\ satu\ pun|\ salah\ satu)?(?:\ (?:jawaban|pilihan|pernyataan|opsi))?
        (?:\ (?:di\ atas|tersebut))?(?:\ yang)?\ (?:benar|salah|tepat|keliru)
    | (?:tidak\ ada|bukan\ salah\ satu)(?:\ (?:jawaban|pilihan|pernyataan|opsi))?\ di\ atas
    | (?:jawaban\ |pilihan\ )?[a-e](?:\ (?:dan\ |serta\ |atau\ )?[a-e])+
        (?:\ (?:benar|tepat|salah))?
    )$""",
    re.VERBOSE,
)


@dataclass(frozen=True, order=True)
class Finding:
    """One lint finding: where, which rule, and what the author should do (Indonesian)."""

    path: str
    line: int
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message} (aturan `{self.rule}`)"


def visible_text(text: str) -> str:
    """The words a learner sees: link text without its target, no emphasis or code marks."""
    text = ATTRIBUTES_RE.sub("", LINK_RE.sub(r"\1", text))
    return " ".join(MARKS_RE.sub("", text).split())


def option_length(text: str) -> int:
    return len(visible_text(text))


def words(text: str) -> list[str]:
    return WORD_RE.findall(visible_text(text).casefold())


def _applies(question: Question, rule: str) -> bool:
    return rule not in question.exemptions


def _checks(question: Question, rule: str) -> bool:
    """Whether ``rule`` concerns the question's kind (``QuizKind.lint_rules``)."""
    return rule in KINDS[question.kind].lint_rules


def lint_page(questions: list[Question], module_pages: Mapping[str, str]) -> list[Finding]:
    """All findings for one quiz page; ``module_pages`` maps each page the right options must
    not copy from to its Markdown text."""
    findings = _longest_right_findings(questions)
    findings += _true_false_findings(questions)
    copies = copy_index(module_pages)
    for question in questions:
        findings += _question_findings(question, copies)
    return sorted(findings)


def _longest_right_findings(questions: list[Question]) -> list[Finding]:
    single = [q for q in questions if _checks(q, "benar-terpanjang") and len(q.options) > 1]
    longest = [
        q for q in single if _right_is_strictly_longest(q) and _applies(q, "benar-terpanjang")
    ]
    allowed = math.floor(len(single) * LONGEST_SHARE)
    if len(longest) <= allowed:
        return []
    lines = ", ".join(str(q.line) for q in longest)
    return [
        Finding(
            longest[0].path,
            longest[0].line,
            "benar-terpanjang",
            f"Jawaban benar adalah pilihan terpanjang pada {len(longest)} dari {len(single)} soal "
            f"pilih-satu di halaman ini (soal di baris {lines}); paling banyak {allowed} yang "
            "boleh begitu. Peserta yang selalu memilih jawaban terpanjang akan lulus tanpa "
            "membaca. Ringkas jawaban benar, atau tulis pengecoh yang sama panjang dan sama "
            "meyakinkan.",
        )
    ]


def _right_is_strictly_longest(question: Question) -> bool:
    right = option_length(question.correct_options[0].text)
    return all(right > option_length(o.text) for o in question.options if not o.correct)


def _true_false_findings(questions: list[Question]) -> list[Finding]:
    statements = [
        q for q in questions if _checks(q, "kunci-benar-salah") and _applies(q, "kunci-benar-salah")
    ]
    keys = {true_false_key(q) for q in statements}
    if len(statements) < 2 or len(keys) > 1:
        return []
    key = keys.pop()
    other = "Salah" if key == "Benar" else "Benar"
    return [
        Finding(
            statements[0].path,
            statements[0].line,
            "kunci-benar-salah",
            f"Semua {len(statements)} soal benar-salah di halaman ini berkunci {key}, sehingga "
            f"peserta yang selalu menjawab {key} mendapat semuanya. Ubah sebagian pernyataan "
            f"agar kuncinya {other}.",
        )
    ]


def true_false_key(question: Question) -> str:
    return (
        "Benar" if visible_text(question.correct_options[0].text).casefold() == "benar" else "Salah"
    )


def _question_findings(question: Question, copies: dict[tuple[str, ...], str]) -> list[Finding]:
    findings: list[Finding] = []

    def add(rule: str, line: int, message: str) -> None:
        if _applies(question, rule):
            findings.append(Finding(question.path, line, rule, message))

    if _checks(question, "tiga-pilihan") and len(question.options) < 3:
        add(
            "tiga-pilihan",
            question.line,
            f"Soal pilih-satu ini hanya memiliki {len(question.options)} pilihan, sehingga "
            "tebakan benar separuh waktu. Tambahkan pengecoh yang masuk akal hingga minimal "
            "tiga pilihan, atau jadikan soal benar-salah.",
        )
    if _checks(question, "benar-lebih-panjang"):
        ratio = _right_to_wrong_length(question)
        if ratio is not None and ratio > LONGER_LIMIT:
            add(
                "benar-lebih-panjang",
                question.line,
                f"Jawaban benar soal pilih-banyak ini rata-rata {round((ratio - 1) * 100)} % "
                f"lebih panjang daripada pilihan yang salah (batasnya "
                f"{round((LONGER_LIMIT - 1) * 100)} %). Tulis pilihan salah yang sama rinci, "
                "atau ringkas pilihan yang benar.",
            )
    if _checks(question, "pilihan-semua"):
        for option in question.options:
            if REFERS_TO_OTHERS_RE.match(" ".join(words(option.text))):
                add(
                    "pilihan-semua",
                    option.line,
                    f"Pilihan '{visible_text(option.text)}' merujuk pilihan lain. Pilihan "
                    'seperti "semua benar" atau "tidak ada yang benar" mudah ditebak dan '
                    "kehilangan artinya ketika pilihan diacak. Ganti dengan pilihan yang berdiri "
                    "sendiri, atau jadikan soal pilih-banyak.",
                )
    if _checks(question, "salinan-modul"):
        for option in question.correct_options:
            copied = copied_span(words(option.text), copies)
            if copied:
                span, page = copied
                add(
                    "salinan-modul",
                    option.line,
                    f"Jawaban benar ini menyalin {len(span)} kata berurutan dari {page} "
                    f'("{" ".join(span[:COPY_WORDS])}{" …" if len(span) > COPY_WORDS else ""}"). '
                    "Soal seperti ini hanya menguji ingatan pada kalimat modul. Tulis jawaban "
                    "dengan kata-kata lain, atau ubah soal menjadi penerapan pada kasus baru.",
                )
    return findings


def _right_to_wrong_length(question: Question) -> float | None:
    right = [option_length(o.text) for o in question.options if o.correct]
    wrong = [option_length(o.text) for o in question.options if not o.correct]
    if not right or not wrong or not statistics.mean(wrong):
        return None
    return statistics.mean(right) / statistics.mean(wrong)


def copy_index(pages: Mapping[str, str]) -> dict[tuple[str, ...], str]:
    """Every run of ``COPY_WORDS`` words in the pages, mapped to the first page it is on."""
    index: dict[tuple[str, ...], str] = {}
    for path, text in pages.items():
        page_words = words(text)
        for start in range(len(page_words) - COPY_WORDS + 1):
            index.setdefault(tuple(page_words[start : start + COPY_WORDS]), path)
    return index


def copied_span(
    option_words: list[str], index: dict[tuple[str, ...], str]
) -> tuple[list[str], str] | None:
    """The first longest stretch of the option made of runs found in the pages, and the page
    of its first run; None when no run of ``COPY_WORDS`` words is copied."""
    best: tuple[int, int, str] | None = None
    start = 0
    while start <= len(option_words) - COPY_WORDS:
        page = index.get(tuple(option_words[start : start + COPY_WORDS]))
        if page is None:
            start += 1
            continue
        end = start + COPY_WORDS
        while (
            end < len(option_words) and tuple(option_words[end - COPY_WORDS + 1 : end + 1]) in index
        ):
            end += 1
        if best is None or end - start > best[1] - best[0]:
            best = (start, end, page)
        start = end
    if best is None:
        return None
    return option_words[best[0] : best[1]], best[2]


def source_pages(quiz_path: str, pages: Mapping[str, str], quiz_paths: set[str]) -> dict[str, str]:
    """The pages a quiz page's right options are compared with: the other pages of its module
    folder, or for a quiz page outside any module every module's pages; never a quiz page."""
    slug = module_slug(quiz_path)
    return {
        path: text
        for path, text in pages.items()
        if path not in quiz_paths
        and path.endswith(".md")
        and module_slug(path)
        and (slug is None or module_slug(path) == slug)
    }


# --- the guesser ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Guess:
    """What the reads-nothing strategy scores on a page: the expected percentage and, when the
    page has a pass mark, the chance of reaching it (the portal rounds the percentage)."""

    expected: float
    pass_chance: float | None


def guesser_score(questions: list[Question], pass_mark: int | None = None) -> Guess:
    if not questions:
        return Guess(0.0, None if pass_mark is None else 0.0)
    statements = [true_false_key(q) for q in questions if KINDS[q.kind].guess == "satu-kunci"]
    benar, salah = statements.count("Benar"), statements.count("Salah")
    # The guesser's one key for every true/false question; on a tie it picks either.
    keys = ["Benar"] if benar > salah else ["Salah"] if salah > benar else ["Benar", "Salah"]
    expected, passing = 0.0, 0.0
    for key in keys:
        chances = [_guess_chance(question, key) for question in questions]
        expected += sum(chances) / len(chances) * 100 / len(keys)
        if pass_mark is not None:
            passing += _pass_chance(chances, pass_mark) / len(keys)
    return Guess(expected, None if pass_mark is None else passing)


def _guess_chance(question: Question, key: str) -> float:
    """The reads-nothing strategy for the question's kind (``QuizKind.guess``): tick the longest
    option, tick those longer than the median, give the page's one true/false key, or pick a
    random order or matching."""
    strategy = KINDS[question.kind].guess
    if strategy == "terpanjang":
        lengths = [option_length(o.text) for o in question.options]
        longest = [o for o, n in zip(question.options, lengths, strict=True) if n == max(lengths)]
        return sum(o.correct for o in longest) / len(longest)
    if strategy == "di-atas-median":
        lengths = [option_length(o.text) for o in question.options]
        middle = statistics.median(lengths)
        ticked = [n > middle for n in lengths]
        return float(ticked == [o.correct for o in question.options])
    if strategy == "satu-kunci":
        return float(true_false_key(question) == key)
    if strategy == "permutasi":
        return 1 / math.factorial(len(question.options))
    return 0.0


def _pass_chance(chances: list[float], pass_mark: int) -> float:
    """Chance that the number right, rounded to a percentage as kuis.js does, reaches the mark."""
    counts = [1.0]  # counts[k]: chance of exactly k right so far
    for chance in chances:
        counts = [
            (counts[k] if k < len(counts) else 0) * (1 - chance)
            + (counts[k - 1] * chance if k else 0)
            for k in range(len(counts) + 1)
        ]
    total = len(chances)
    return sum(p for k, p in enumerate(counts) if math.floor(k / total * 100 + 0.5) >= pass_mark)


# --- whole portal -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PageReport:
    path: str
    questions: int
    findings: list[Finding]
    guess: Guess
    pass_mark: int | None


def report_pages(pages: Mapping[str, str], questions: list[Question]) -> list[PageReport]:
    """Lint findings and guesser figure of every quiz page; ``pages`` maps each Markdown page
    of the docs folder to its text (front matter included) and ``questions`` are the site's."""
    by_page: dict[str, list[Question]] = {}
    for question in questions:
        by_page.setdefault(question.path, []).append(question)
    bodies = {path: split_front_matter(text)[1] for path, text in pages.items()}
    reports = []
    for path, page_questions in by_page.items():
        meta = split_front_matter(pages[path])[0] if path in pages else {}
        pass_mark = None if "prapasca" in meta else meta.get("kuis_lulus", DEFAULT_PASS_MARK)
        findings = lint_page(page_questions, source_pages(path, bodies, set(by_page)))
        reports.append(
            PageReport(
                path,
                len(page_questions),
                findings,
                guesser_score(page_questions, pass_mark),
                pass_mark,
            )
        )
    return reports


def read_docs(docs_dir: Path) -> tuple[dict[str, str], list[Question]]:
    """Every Markdown page under ``docs_dir`` by its relative path, and their questions (a
    broken quiz block raises ``ContentError`` as in the build)."""
    pages = {
        path.relative_to(docs_dir).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(docs_dir.rglob("*.md"))
    }
    questions = []
    for path, text in pages.items():
        _, body, offset = split_front_matter(text)
        questions += parse_page(body, path, offset)
    return pages, questions


def portal_reports(docs_dir: Path) -> list[PageReport]:
    return report_pages(*read_docs(docs_dir))
