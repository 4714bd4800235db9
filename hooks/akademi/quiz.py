"""Quiz blocks: find them in Markdown, parse them into questions, validate them.

Authors write one question per block::

    /// kuis | pilih-satu
    id: diksi-imbauan
    tujuan: 1

    Question text (Markdown).

    - [ ] wrong option
        feedback shown when this option is chosen
    - [x] right option, a long one that goes on
      on the next line indented less than feedback

    Explanation (Markdown), shown after answering.
    ///

What differs between kinds (option syntax, validation) is in ``akademi.quiz_kinds``.
Everything here is pure: text in, questions or a ``ContentError`` (file, line, message) out.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from akademi.answers import normalize_answer
from akademi.problems import ContentError, Problem
from akademi.quiz_kinds import CHECKBOXES, KINDS, OptionSyntax

SETTINGS = ("id", "tujuan", "acak", "abaikan", "modul")
# Quiz lint rules (akademi.quiz_lint) a block may opt out of with ``abaikan: <rule> — <reason>``.
LINT_RULES = (
    "benar-terpanjang",
    "benar-lebih-panjang",
    "kunci-benar-salah",
    "pilihan-semua",
    "salinan-modul",
    "tiga-pilihan",
)

OPEN_RE = re.compile(r"^///\s*kuis\b(?P<rest>.*)$")
CLOSE_RE = re.compile(r"^///\s*$")
FENCE_RE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})")
SETTING_RE = re.compile(r"^(?P<key>[a-z][a-z_-]*)\s*:\s*(?P<value>.*)$")
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# "abaikan: rule-a, rule-b — reason": rule names, a dash (— or –, or - between spaces), why.
OPT_OUT_RE = re.compile(r"^(?P<rules>[^—–]*?)(?:\s*[—–]\s*|\s+-{1,2}\s+)(?P<reason>.*)$")
# Lines under an option indented this far (or by a tab) are its feedback; less is its own text.
FEEDBACK_INDENT = 4


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    feedback: str
    line: int
    answer: str = ""  # What the item is matched with (pasangkan).


@dataclass(frozen=True)
class Question:
    qid: str
    kind: str
    text: str
    options: tuple[Option, ...]
    explanation: str
    objectives: tuple[int, ...]
    shuffle: bool
    path: str
    line: int
    # Lint rules this block opts out of, and the author's reason (shown in the answer key).
    exemptions: tuple[str, ...] = ()
    exemption_reason: str = ""
    # Module slug a question outside the module pages tests (``modul:``; pre/post-test banks).
    module: str = ""

    @property
    def correct_options(self) -> tuple[Option, ...]:
        return tuple(option for option in self.options if option.correct)


@dataclass(frozen=True)
class RawBlock:
    """The lines of one ``/// kuis`` block; line numbers are 1-based in the source file."""

    start: int
    end: int
    header: str
    body: tuple[tuple[int, str], ...]


def find_blocks(text: str, path: str, line_offset: int = 0) -> tuple[list[RawBlock], list[Problem]]:
    """Locate quiz blocks outside fenced code, with a problem for each unclosed block."""
    blocks: list[RawBlock] = []
    problems: list[Problem] = []
    fence = ""
    opened: tuple[int, str] | None = None
    body: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n"), start=line_offset + 1):
        if opened is None:
            match = FENCE_RE.match(line)
            if fence:
                if (
                    match
                    and match.group("fence")[0] == fence[0]
                    and len(match.group("fence")) >= len(fence)
                    and not line.strip().strip(fence[0])
                ):
                    fence = ""
                continue
            if match:
                fence = match.group("fence")
                continue
            if OPEN_RE.match(line):
                opened, body = (number, line), []
            continue
        if CLOSE_RE.match(line):
            blocks.append(RawBlock(opened[0], number, opened[1], tuple(body)))
            opened = None
        elif OPEN_RE.match(line):
            problems.append(_unclosed(path, opened[0]))
            opened, body = (number, line), []
        else:
            body.append((number, line))
    if opened is not None:
        problems.append(_unclosed(path, opened[0]))
    return blocks, problems


def _unclosed(path: str, line: int) -> Problem:
    return Problem(
        path,
        line,
        "Blok kuis yang dibuka di baris ini belum ditutup. Tambahkan baris `///` "
        "sesudah pembahasan soal.",
    )


def parse_page(text: str, path: str, line_offset: int = 0) -> list[Question]:
    """Parse every quiz block of a page; all problems on the page are raised together."""
    questions: list[Question] = []
    blocks, problems = find_blocks(text, path, line_offset)
    for block in blocks:
        try:
            questions.append(parse_block(block, path))
        except ContentError as error:
            problems.extend(error.problems)
    problems.extend(duplicate_id_problems(questions))
    if problems:
        raise ContentError(problems)
    return questions


def module_tag_problems(questions: list[Question], slugs: set[str]) -> list[Problem]:
    """A ``modul:`` tag names a module of the site; on a module's own page it names that module."""
    problems = []
    for question in questions:
        if not question.module:
            continue
        parts = question.path.split("/")
        home = parts[1] if len(parts) > 2 and parts[0] == "modul" else None
        if question.module not in slugs:
            known = ", ".join(sorted(slugs))
            message = f"`modul: {question.module}` tidak ada. Modul yang tersedia: {known}."
            problems.append(Problem(question.path, question.line, message))
        elif home and home != question.module:
            message = (
                f"Soal di halaman modul `{home}` tidak dapat ditandai `modul: {question.module}`."
            )
            problems.append(Problem(question.path, question.line, message))
    return problems


def duplicate_id_problems(questions: list[Question]) -> list[Problem]:
    first_seen: dict[str, Question] = {}
    problems = []
    for question in questions:
        earlier = first_seen.setdefault(question.qid, question)
        if earlier is not question:
            problems.append(
                Problem(
                    question.path,
                    question.line,
                    f"Pengenal soal '{question.qid}' sudah dipakai di "
                    f"{earlier.path}:{earlier.line}. Setiap soal memerlukan `id:` yang berbeda.",
                )
            )
    return problems


def parse_block(block: RawBlock, path: str) -> Question:
    problems: list[Problem] = []

    def problem(line: int, message: str) -> None:
        problems.append(Problem(path, line, message))

    kind = _parse_kind(block, problem)
    lines = list(block.body)
    settings = _take_settings(lines, problem)
    question_lines, option_lines, explanation_lines = _split_sections(lines, kind, problem)
    options = _parse_options(option_lines, kind, problem)
    text = _join(question_lines)
    if not text:
        problem(
            block.start,
            "Teks soal kosong. Tulis pertanyaannya sesudah pengaturan dan sebelum pilihan jawaban.",
        )
    if kind:
        KINDS[kind].validate(options, block.start, problem)
    qid = settings.get("id") or derive_id(path, text)
    if problems:
        raise ContentError(problems)
    return Question(
        qid=qid,
        kind=kind,
        text=text,
        options=tuple(options),
        explanation=_join(explanation_lines),
        objectives=settings.get("tujuan", ()),
        shuffle=settings.get("acak", True),
        path=path,
        line=block.start,
        exemptions=settings.get("abaikan", ((), ""))[0],
        exemption_reason=settings.get("abaikan", ((), ""))[1],
        module=settings.get("modul", ""),
    )


def derive_id(path: str, text: str) -> str:
    page = re.sub(r"[^a-z0-9]+", "-", path.lower().removesuffix(".md")).strip("-")
    digest = hashlib.sha1(" ".join(text.split()).encode()).hexdigest()[:8]
    return f"{page}-{digest}"


def _parse_kind(block: RawBlock, problem) -> str:
    rest = OPEN_RE.match(block.header).group("rest").strip()
    if not rest.startswith("|") or not rest[1:].strip():
        problem(
            block.start,
            "Jenis soal belum ditulis. Contoh: `/// kuis | pilih-satu`. "
            f"Jenis yang tersedia: {', '.join(KINDS)}.",
        )
        return ""
    kind = rest[1:].strip().lower()
    if kind not in KINDS:
        problem(
            block.start,
            f"Jenis soal '{kind}' tidak dikenal. Jenis yang tersedia: {', '.join(KINDS)}.",
        )
        return ""
    return kind


def _take_settings(lines: list[tuple[int, str]], problem) -> dict:
    """Consume ``key: value`` lines at the top of the block."""
    settings: dict = {}
    while lines and not lines[0][1].strip():
        lines.pop(0)
    while lines and (match := SETTING_RE.match(lines[0][1])):
        number, _ = lines.pop(0)
        key, value = match.group("key"), match.group("value").strip()
        if key not in SETTINGS:
            problem(
                number, f"Pengaturan '{key}' tidak dikenal. Yang tersedia: {', '.join(SETTINGS)}."
            )
        elif key in settings:
            problem(number, f"Pengaturan '{key}' ditulis dua kali.")
        elif key == "id":
            if ID_RE.match(value):
                settings["id"] = value
            else:
                problem(
                    number,
                    f"Pengenal '{value}' tidak sah. Pakai huruf kecil, angka, dan "
                    "tanda hubung saja, misalnya `diksi-imbauan`.",
                )
        elif key == "tujuan":
            parts = [part.strip() for part in value.split(",")]
            if parts and all(part.isdigit() and int(part) > 0 for part in parts):
                settings["tujuan"] = tuple(int(part) for part in parts)
            else:
                problem(
                    number,
                    f"`tujuan: {value}` tidak sah. Tulis nomor tujuan belajar, "
                    "misalnya `tujuan: 2` atau `tujuan: 1, 3`.",
                )
        elif key == "modul":
            if ID_RE.match(value):
                settings["modul"] = value
            else:
                problem(
                    number,
                    f"`modul: {value}` tidak sah. Tulis slug modul, misalnya `modul: diksi`.",
                )
        elif key == "abaikan":
            exemption = _parse_opt_out(value, number, problem)
            if exemption:
                settings["abaikan"] = exemption
        elif value.lower() in ("ya", "tidak"):
            settings["acak"] = value.lower() == "ya"
        else:
            problem(number, f"`acak: {value}` tidak sah. Tulis `acak: ya` atau `acak: tidak`.")
    return settings


def _parse_opt_out(value: str, number: int, problem) -> tuple[tuple[str, ...], str] | None:
    """``rule[, rule] — reason``; a missing reason or an unknown rule is a problem."""
    example = "`abaikan: benar-terpanjang — alasan mengapa soal ini tetap begitu`"
    match = OPT_OUT_RE.match(value)
    if not match or not match.group("reason").strip():
        problem(
            number,
            f"`abaikan:` perlu nama aturan dan alasannya, dipisah tanda pisah, misalnya {example}. "
            "Alasan itu ditampilkan di kunci jawaban.",
        )
        return None
    rules = tuple(rule.strip() for rule in match.group("rules").split(",") if rule.strip())
    unknown = [rule for rule in rules if rule not in LINT_RULES]
    if not rules or unknown:
        problem(
            number,
            f"Aturan {', '.join(repr(rule) for rule in unknown) or 'yang diabaikan'} tidak "
            f"dikenal. Aturan yang dapat diabaikan: {', '.join(LINT_RULES)}.",
        )
        return None
    return rules, match.group("reason").strip()


def _syntax(kind: str) -> OptionSyntax:
    """How this kind writes its options; an unknown kind (already reported) reads checkboxes."""
    return KINDS[kind].syntax if kind in KINDS else CHECKBOXES


def _is_option(line: str, kind: str) -> bool:
    return bool(_syntax(kind).pattern.match(line))


def _split_sections(lines, kind, problem):
    """Split the body into question text, option lines (with feedback), and explanation."""
    first = next((i for i, (_, line) in enumerate(lines) if _is_option(line, kind)), len(lines))
    question, rest = lines[:first], lines[first:]
    options: list[tuple[int, str]] = []
    index = 0
    while index < len(rest):
        number, line = rest[index]
        if _is_option(line, kind) or (line[:1] in (" ", "\t") and line.strip()):
            options.append((number, line))
        elif line.strip():
            if index and rest[index - 1][1].strip():
                # Markdown would glue this line to the option above; say which one is meant.
                problem(
                    number,
                    "Baris ini menempel pada pilihan di atasnya. Jika ini lanjutan teks "
                    "pilihan, awali dengan dua spasi; jika ini pembahasan, sisipkan satu baris "
                    "kosong sebelumnya.",
                )
            break
        index += 1
    explanation = rest[index:]
    for number, line in explanation:
        if _is_option(line, kind):
            problem(
                number,
                "Pilihan ini terpisah dari pilihan lain oleh teks biasa. Satukan "
                "semua pilihan dalam satu daftar; pembahasan ditulis sesudah pilihan terakhir.",
            )
    return question, options, explanation


def _indent(line: str) -> int:
    expanded = line.expandtabs(FEEDBACK_INDENT)
    return len(expanded) - len(expanded.lstrip(" "))


def _parse_options(lines, kind, problem) -> list[Option]:
    """Options with their text continued on lines indented less than ``FEEDBACK_INDENT``
    (as Markdown reads a wrapped list item) and their feedback indented at least that far."""
    options: list[Option] = []
    feedback: list[str] = []
    current: tuple[int, list[str], bool] | None = None
    last_text_line = 0  # The option line or its latest continuation line.

    syntax = _syntax(kind)

    def close() -> None:
        if current is not None:
            text, answer = syntax.split(" ".join(current[1]).strip())
            feedback_text = "\n".join(feedback).strip()
            options.append(Option(text, current[2], feedback_text, current[0], answer))

    for number, line in lines:
        indent = _indent(line)
        if indent >= FEEDBACK_INDENT:
            feedback.append(line.strip())
            continue
        if indent:
            if current is not None and not feedback and number == last_text_line + 1:
                current[1].append(line.strip())
                last_text_line = number
            else:
                problem(
                    number,
                    f"Baris ini menjorok {indent} spasi, tetapi tidak tepat di bawah teks "
                    "pilihan. Lanjutan teks pilihan ditulis tepat di bawahnya dengan dua spasi; "
                    f"umpan balik pilihan menjorok {FEEDBACK_INDENT} spasi.",
                )
            continue
        close()
        feedback = []
        text, correct = syntax.read(line)
        current = (number, [text.strip()], correct)
        last_text_line = number
        if not text.strip():
            problem(number, "Pilihan jawaban kosong. Tulis teks pilihannya, atau hapus baris ini.")
    close()
    seen: dict[str, Option] = {}
    for option in options:
        key = normalize_answer(option.text)
        if key and key in seen:
            problem(
                option.line,
                f"Pilihan '{option.text}' sama dengan pilihan di baris "
                f"{seen[key].line}. Hapus salah satunya.",
            )
        seen.setdefault(key, option)
    return options


def _join(lines: list[tuple[int, str]]) -> str:
    return "\n".join(line for _, line in lines).strip("\n").strip()
