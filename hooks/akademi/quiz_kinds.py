"""The quiz kinds: everything that differs from one kind to another, one entry per kind.

An entry says how its options are written and checked (as data: a syntax and a tuple of rules),
what the learner is told, how its inputs and its answer key are built, what Moodle question it
becomes, how it shows in the answer-key page and the quiz bank, and how the reads-nothing
guesser of the quiz lint fares on it. The browser counterpart is
``docs/assets/javascripts/kuis-jenis.js``; a new kind needs an entry in both and nothing else.

Pure: no MkDocs. Markup builders receive ``inline(parent, text)``, which renders a Markdown
fragment into an element, and Moodle builders receive the writer of ``akademi.quiz_export``,
so this module imports neither.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from markdown.util import AtomicString as Fixed

from akademi.answers import normalize_answer

if TYPE_CHECKING:
    from akademi.quiz import Option, Question

Inline = Callable[[etree.Element, str], None]
ReportProblem = Callable[[int, str], None]

CHECKBOX_RE = re.compile(r"^[-*+] \[(?P<mark>[ xX])\](?:\s+(?P<text>.*))?$")
NUMBERED_RE = re.compile(r"^\d{1,3}[.)](?:\s+(?P<text>.*))?$")
# A pair: a bullet that is not a checkbox; the two sides are split at PAIR_SEPARATOR once the
# option's continuation lines are joined.
PAIR_RE = re.compile(r"^[-*+](?: (?!\[[ xX]\])(?P<text>.*))?$")
PAIR_SEPARATOR = "::"
# An accepted answer of digits only (thousands dots, decimal comma): "6", "300.000", "2,5".
NUMBER_RE = re.compile(r"^\d[\d.,]*$")
# Markdown marks that mean nothing inside a <select> option (plain text only).
LINK_RE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
MARKS_RE = re.compile(r"[*_`]+")
MAX_CORRECT = 10  # Moodle's fraction table stops at 1/10.
ORDER_ANSWER = "Urutan ke-{}"


@dataclass(frozen=True)
class OptionSyntax:
    """How one option line starts, whether it carries a ``[x]`` mark, and an example."""

    pattern: re.Pattern
    marked: bool
    paired: bool
    example: str

    def read(self, line: str) -> tuple[str, bool]:
        """The option's text and whether it is marked right (unmarked syntaxes are all right)."""
        match = self.pattern.match(line)
        text = match.group("text") or ""
        return text, (match.group("mark") in "xX") if self.marked else True

    def split(self, text: str) -> tuple[str, str]:
        """A pair's two sides (``"", ""`` parts when the separator is missing)."""
        if not self.paired:
            return text, ""
        left, separator, right = text.partition(PAIR_SEPARATOR)
        return (left.strip(), right.strip()) if separator else (text.strip(), "")


CHECKBOXES = OptionSyntax(CHECKBOX_RE, marked=True, paired=False, example="`- [x] teks`")
NUMBERED = OptionSyntax(NUMBERED_RE, marked=False, paired=False, example="`1. langkah pertama`")
PAIRS = OptionSyntax(PAIR_RE, marked=False, paired=True, example="`- hal :: pasangannya`")


# --- validators: each checks the options of one block and reports problems -----------------


@dataclass(frozen=True)
class AtLeast:
    """At least ``count`` options; ``message`` names what to write."""

    count: int
    message: str

    def __call__(self, kind: str, options: list[Option], start: int, problem) -> bool:
        if len(options) < self.count:
            problem(start, self.message)
            return False
        return True


@dataclass(frozen=True)
class MarkedRight:
    """At least one option marked ``[x]``, and at most ``most``."""

    most: int
    too_many: str = ""

    def __call__(self, kind: str, options: list[Option], start: int, problem) -> bool:
        correct = [option for option in options if option.correct]
        if not correct:
            problem(
                start,
                "Belum ada jawaban benar. Tandai jawaban yang benar dengan `[x]`, "
                "misalnya `- [x] teks`.",
            )
        elif len(correct) > self.most:
            lines = ", ".join(str(option.line) for option in correct)
            problem(start, self.too_many.format(count=len(correct), lines=lines))
        return True


@dataclass(frozen=True)
class AllMarked:
    """Every option is an accepted answer, so each must be marked ``[x]``."""

    def __call__(self, kind: str, options: list[Option], start: int, problem) -> bool:
        for option in options:
            if not option.correct:
                problem(
                    option.line,
                    "Soal isian hanya memuat jawaban yang diterima. Tandai "
                    "baris ini dengan [x], atau hapus.",
                )
        return True


@dataclass(frozen=True)
class TrueFalseLabels:
    def __call__(self, kind: str, options: list[Option], start: int, problem) -> bool:
        labels = sorted(normalize_answer(option.text) for option in options)
        if labels != ["benar", "salah"] or sum(option.correct for option in options) != 1:
            problem(
                start,
                "Soal benar-salah harus memiliki tepat dua pilihan, `Benar` dan "
                "`Salah`, dan tepat satu bertanda [x].",
            )
        return True


@dataclass(frozen=True)
class CompletePairs:
    """Both sides of every pair written, no answer given twice (the key would be ambiguous:
    two items could claim the same answer), and no per-pair feedback (nowhere to show it)."""

    def __call__(self, kind: str, options: list[Option], start: int, problem) -> bool:
        seen: dict[str, Option] = {}
        for option in options:
            if option.feedback:
                problem(
                    option.line,
                    "Soal pasangkan tidak menampilkan umpan balik per pasangan. Pindahkan baris "
                    "menjorok di bawah pasangan ini ke pembahasan sesudah pasangan terakhir.",
                )
            if not option.text or not option.answer:
                problem(
                    option.line,
                    "Pasangan ini belum lengkap. Tulis hal di kiri dan pasangannya di kanan, "
                    f"dipisah `{PAIR_SEPARATOR}`, misalnya `- Jangkauan :: jumlah akun unik yang "
                    "melihat konten`.",
                )
                continue
            earlier = seen.setdefault(normalize_answer(option.answer), option)
            if earlier is not option:
                problem(
                    option.line,
                    f"Pasangan '{option.answer}' sudah dipakai di baris {earlier.line}. Setiap "
                    "hal memerlukan pasangan yang berbeda agar kuncinya jelas; ubah salah satunya.",
                )
        return True


# --- markup of the inputs and of the answer key ------------------------------------------------


def plain_text(text: str) -> str:
    """Text for places that hold no markup (a ``<select>`` option, Moodle's matching answers)."""
    return " ".join(MARKS_RE.sub("", LINK_RE.sub(r"\1", text)).split())


def takes_a_number(question: Question) -> bool:
    """A short answer the learner can give in digits alone, so a number pad suits it."""
    return any(NUMBER_RE.match(option.text.strip()) for option in question.options)


def _choice_inputs(input_type: str):
    def render(fieldset: etree.Element, question: Question, inline: Inline) -> None:
        choices = etree.SubElement(fieldset, "div", {"class": "kuis__pilihan"})
        for index, option in enumerate(question.options, start=1):
            row = etree.SubElement(choices, "div", {"class": "kuis__opsi"})
            etree.SubElement(
                row,
                "input",
                {
                    "type": input_type,
                    "id": f"{question.qid}-{index}",
                    "name": question.qid,
                    "value": str(index),
                },
            )
            inline(etree.SubElement(row, "label", {"for": f"{question.qid}-{index}"}), option.text)
            if option.feedback:
                # Shown by the script when this option is chosen; kept out of the key so each
                # option's text is rendered once.
                feedback = etree.SubElement(row, "div", {"class": "kuis__umpan-opsi", "hidden": ""})
                inline(feedback, option.feedback)

    return render


def _short_answer_input(fieldset: etree.Element, question: Question, inline: Inline) -> None:
    qid = question.qid
    field = etree.SubElement(fieldset, "div", {"class": "kuis__isian"})
    etree.SubElement(field, "label", {"for": f"{qid}-isian"}).text = Fixed("Jawaban Anda")
    attributes = {
        "type": "text",
        "id": f"{qid}-isian",
        "name": qid,
        "autocomplete": "off",
        "spellcheck": "false",
        "autocapitalize": "off",
    }
    if takes_a_number(question):
        # Phones open the number pad; "text" (not "number") keeps "300.000" as typed.
        attributes["inputmode"] = "decimal"
    etree.SubElement(field, "input", attributes)


def _select_rows(
    fieldset: etree.Element,
    question: Question,
    inline: Inline,
    list_class: str,
    attribute: str,
    choices: list[tuple[str, str]],
    prompt: str,
) -> None:
    """One labelled ``<select>`` per option, each offering ``choices`` (value, text); the
    option's author position is in ``attribute``, the right choice's value is that position."""
    rows = etree.SubElement(fieldset, "ol" if attribute == "data-langkah" else "ul")
    rows.set("class", list_class)
    for index, option in enumerate(question.options, start=1):
        item = etree.SubElement(rows, "li", {attribute: str(index)})
        inline(etree.SubElement(item, "label", {"for": f"{question.qid}-{index}"}), option.text)
        select = etree.SubElement(item, "select", {"id": f"{question.qid}-{index}"})
        select.set("name", question.qid)
        etree.SubElement(select, "option", {"value": ""}).text = Fixed(prompt)
        for value, text in choices:
            etree.SubElement(select, "option", {"value": value}).text = Fixed(text)


def _ordering_inputs(fieldset: etree.Element, question: Question, inline: Inline) -> None:
    positions = [(str(n), str(n)) for n in range(1, len(question.options) + 1)]
    _select_rows(
        fieldset, question, inline, "kuis__urutan", "data-langkah", positions, "Urutan ke-…"
    )


def pair_choices(question: Question) -> list[tuple[str, str]]:
    """The answers a pair's ``<select>`` offers: (author position, text), in alphabetical
    order so neither the author's order nor the page gives the key away."""
    answers = [(str(n), plain_text(o.answer)) for n, o in enumerate(question.options, start=1)]
    return sorted(answers, key=lambda choice: normalize_answer(choice[1]))


def _pair_inputs(fieldset: etree.Element, question: Question, inline: Inline) -> None:
    _select_rows(
        fieldset,
        question,
        inline,
        "kuis__pasangan",
        "data-pasangan",
        pair_choices(question),
        "Pilih pasangannya…",
    )


def _key_list(details: etree.Element, intro: str, tag: str = "ul") -> etree.Element:
    etree.SubElement(details, "p").text = Fixed(intro)
    return etree.SubElement(details, tag, {"class": "kuis__kunci-daftar"})


def _choice_key(details: etree.Element, question: Question, inline: Inline) -> None:
    listing = _key_list(details, "Jawaban yang benar:")
    for index, option in enumerate(question.options, start=1):
        if option.correct:
            item = etree.SubElement(
                listing, "li", {"data-pilihan": str(index), "class": "kuis__kunci--benar"}
            )
            inline(item, option.text)


def _short_answer_key(details: etree.Element, question: Question, inline: Inline) -> None:
    accepted = _key_list(details, "Jawaban yang diterima:")
    for option in question.options:
        item = etree.SubElement(
            accepted,
            "li",
            {"data-jawaban": normalize_answer(option.text), "class": "kuis__kunci--benar"},
        )
        inline(item, option.text)


def _ordering_key(details: etree.Element, question: Question, inline: Inline) -> None:
    steps = _key_list(details, "Urutan yang benar:", "ol")
    for index, option in enumerate(question.options, start=1):
        inline(etree.SubElement(steps, "li", {"data-langkah": str(index)}), option.text)


def _pair_key(details: etree.Element, question: Question, inline: Inline) -> None:
    pairs = _key_list(details, "Pasangan yang benar:")
    for index, option in enumerate(question.options, start=1):
        item = etree.SubElement(pairs, "li", {"data-pasangan": str(index)})
        inline(etree.SubElement(item, "span", {"class": "kuis__hal"}), option.text)
        arrow = etree.SubElement(item, "span", {"class": "kuis__panah", "aria-hidden": "true"})
        arrow.text = Fixed(" → ")
        hidden = etree.SubElement(item, "span", {"class": "md-visually-hidden"})
        hidden.text = Fixed(": ")
        inline(etree.SubElement(item, "span", {"class": "kuis__padanan"}), option.answer)


# --- the trainers' answer-key page (Markdown) and the quiz bank ----------------------------------


def _choice_key_markdown(question: Question, escape: Callable[[str], str]) -> list[str]:
    rows = ["| Pilihan | Kunci | Umpan balik |", "|---|---|---|"]
    for option in question.options:
        mark = "**Benar**" if option.correct else "Salah"
        rows.append(f"| {_cell(option.text, escape)} | {mark} | {_cell(option.feedback, escape)} |")
    return rows


def _cell(text: str, escape: Callable[[str], str]) -> str:
    return escape(" ".join(text.split())).replace("|", "\\|")


def _short_answer_markdown(question: Question, escape: Callable[[str], str]) -> list[str]:
    return [f"**Jawaban yang diterima:** {'; '.join(escape(o.text) for o in question.options)}"]


def _ordering_markdown(question: Question, escape: Callable[[str], str]) -> list[str]:
    steps = [f"{n}. {escape(o.text)}" for n, o in enumerate(question.options, 1)]
    return ["**Urutan yang benar:**", "", *steps]


def _pair_markdown(question: Question, escape: Callable[[str], str]) -> list[str]:
    rows = ["| Hal | Pasangan yang benar |", "|---|---|"]
    for option in question.options:
        rows.append(f"| {_cell(option.text, escape)} | {_cell(option.answer, escape)} |")
    return rows


def _right_texts(question: Question) -> list[str]:
    return [option.text for option in question.correct_options]


def _pair_answers(question: Question) -> list[str]:
    return [option.answer for option in question.options]


# --- Moodle XML ------------------------------------------------------------------------------


class MoodleWriter(Protocol):
    def text_node(self, parent, tag: str, text: str, html: bool = True) -> etree.Element: ...
    def answer(self, parent, fraction: str, text: str, feedback: str, html: bool = True): ...
    def fraction(self, count: int, negative: bool = False) -> str: ...


def _moodle_multichoice(single: bool):
    def fill(element: etree.Element, question: Question, xml: MoodleWriter) -> None:
        etree.SubElement(element, "single").text = "true" if single else "false"
        etree.SubElement(element, "shuffleanswers").text = "1" if question.shuffle else "0"
        etree.SubElement(element, "answernumbering").text = "abc"
        right = len(question.correct_options)
        wrong = len(question.options) - right
        for option in question.options:
            if option.correct:
                fraction = xml.fraction(right)
            else:
                fraction = "0" if single else xml.fraction(min(wrong, 10), negative=True)
            xml.answer(element, fraction, option.text, option.feedback)

    return fill


def _moodle_true_false(element: etree.Element, question: Question, xml: MoodleWriter) -> None:
    for label in ("true", "false"):
        option = next(
            o for o in question.options if (o.text.strip().lower() == "benar") == (label == "true")
        )
        xml.answer(element, "100" if option.correct else "0", label, option.feedback, html=False)


def moodle_short_answers(text: str) -> list[str]:
    """The accepted answer as Moodle's shortanswer patterns, with the variants the portal also
    accepts but Moodle, which only ignores case and outer spaces, would mark wrong: spaces
    collapsed and with and without a closing full stop. ``*`` (Moodle's wildcard) is escaped."""
    spaced = " ".join(text.split())
    bare = re.sub(r"[\s.,;:!?…]+$", "", spaced) or spaced
    variants: list[str] = []
    for variant in (bare, bare + ".", spaced):
        if variant.casefold() not in (v.casefold() for v in variants):
            variants.append(variant)
    return [variant.replace("*", "\\*") for variant in variants]


def _moodle_short_answer(element: etree.Element, question: Question, xml: MoodleWriter) -> None:
    etree.SubElement(element, "usecase").text = "0"
    for option in question.options:
        for answer in moodle_short_answers(option.text):
            xml.answer(element, "100", answer, option.feedback, html=False)


def _moodle_matching(answers: Callable[[Question], list[str]]):
    """Core ``matching``: each option a subquestion (HTML), each answer plain text, as Moodle
    shows answers in a drop-down."""

    def fill(element: etree.Element, question: Question, xml: MoodleWriter) -> None:
        etree.SubElement(element, "shuffleanswers").text = "1"
        for option, answer in zip(question.options, answers(question), strict=True):
            sub = xml.text_node(element, "subquestion", option.text)
            etree.SubElement(etree.SubElement(sub, "answer"), "text").text = answer

    return fill


def _order_answers(question: Question) -> list[str]:
    return [ORDER_ANSWER.format(n) for n in range(1, len(question.options) + 1)]


def _plain_pair_answers(question: Question) -> list[str]:
    return [plain_text(option.answer) for option in question.options]


def _is_ordering_xml(element: etree.Element) -> bool:
    answers = [sub.findtext("answer/text") or "" for sub in element.iter("subquestion")]
    return bool(answers) and all(re.fullmatch(r"Urutan ke-\d+", text) for text in answers)


# --- the entries -------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuizKind:
    name: str
    title: str  # Its name in the answer key and the Moodle guide.
    instruction: str  # Told to the learner above the inputs.
    syntax: OptionSyntax
    rules: tuple  # Validators, in order; one returning False stops the rest.
    choice: bool  # Answered by ticking options (what the pre/post test can score).
    render_inputs: Callable[[etree.Element, Question, Inline], None]
    render_key: Callable[[etree.Element, Question, Inline], None]
    key_markdown: Callable[[Question, Callable[[str], str]], list[str]]
    bank_answer: Callable[[Question], list[str]]
    moodle_type: str
    moodle_fill: Callable[[etree.Element, Question, MoodleWriter], None]
    # Reads a Moodle question of ``moodle_type`` back as this kind, for the guide's counts.
    moodle_is: Callable[[etree.Element], bool]
    moodle_label: str  # What it becomes in Moodle, in the import guide.
    moodle_scoring: str  # How Moodle's marking differs from the portal's.
    # Lint rules of akademi.quiz_lint that apply, and the guesser's strategy there.
    lint_rules: frozenset[str]
    guess: str

    def validate(self, options: list[Option], start: int, problem: ReportProblem) -> None:
        for rule in self.rules:
            if not rule(self.name, options, start, problem):
                return


NO_OPTIONS = (
    "Soal ini belum punya pilihan jawaban. Tulis pilihan sebagai "
    "`- [ ] teks` dan tandai yang benar dengan `- [x] teks`."
)
CHOICE_LINT = frozenset({"pilihan-semua", "salinan-modul"})

KINDS: dict[str, QuizKind] = {
    kind.name: kind
    for kind in (
        QuizKind(
            name="pilih-satu",
            title="Pilih satu",
            instruction="Pilih satu jawaban.",
            syntax=CHECKBOXES,
            rules=(
                AtLeast(1, NO_OPTIONS),
                AtLeast(2, "Soal pilih-satu perlu minimal dua pilihan jawaban."),
                MarkedRight(
                    1,
                    "Soal pilih-satu ini memiliki {count} jawaban benar (baris {lines}). Sisakan "
                    "satu [x], atau ganti jenisnya menjadi pilih-banyak.",
                ),
            ),
            choice=True,
            render_inputs=_choice_inputs("radio"),
            render_key=_choice_key,
            key_markdown=_choice_key_markdown,
            bank_answer=_right_texts,
            moodle_type="multichoice",
            moodle_fill=_moodle_multichoice(single=True),
            moodle_is=lambda element: element.findtext("single") != "false",
            moodle_label="Pilihan ganda (Multiple choice), satu jawaban",
            moodle_scoring="sama: benar atau salah",
            lint_rules=CHOICE_LINT | {"benar-terpanjang", "tiga-pilihan"},
            guess="terpanjang",
        ),
        QuizKind(
            name="pilih-banyak",
            title="Pilih semua yang benar",
            instruction="Pilih semua jawaban yang benar.",
            syntax=CHECKBOXES,
            rules=(
                AtLeast(1, NO_OPTIONS),
                AtLeast(2, "Soal pilih-banyak perlu minimal dua pilihan jawaban."),
                MarkedRight(
                    MAX_CORRECT,
                    f"Soal pilih-banyak paling banyak memiliki {MAX_CORRECT} jawaban benar.",
                ),
            ),
            choice=True,
            render_inputs=_choice_inputs("checkbox"),
            render_key=_choice_key,
            key_markdown=_choice_key_markdown,
            bank_answer=_right_texts,
            moodle_type="multichoice",
            moodle_fill=_moodle_multichoice(single=False),
            moodle_is=lambda element: element.findtext("single") == "false",
            moodle_label="Pilihan ganda (Multiple choice), banyak jawaban",
            moodle_scoring="Moodle memberi nilai sebagian",
            lint_rules=CHOICE_LINT | {"benar-lebih-panjang"},
            guess="di-atas-median",
        ),
        QuizKind(
            name="benar-salah",
            title="Benar atau salah",
            instruction="Tentukan benar atau salah.",
            syntax=CHECKBOXES,
            rules=(TrueFalseLabels(),),
            choice=True,
            render_inputs=_choice_inputs("radio"),
            render_key=_choice_key,
            key_markdown=_choice_key_markdown,
            bank_answer=_right_texts,
            moodle_type="truefalse",
            moodle_fill=_moodle_true_false,
            moodle_is=lambda element: True,
            moodle_label="Benar/Salah (True/False)",
            moodle_scoring="sama: benar atau salah",
            lint_rules=frozenset({"kunci-benar-salah"}),
            guess="satu-kunci",
        ),
        QuizKind(
            name="isian",
            title="Isian singkat",
            instruction="Tulis jawaban singkat.",
            syntax=CHECKBOXES,
            rules=(
                AtLeast(
                    1,
                    "Soal isian belum punya jawaban yang diterima. Tulis setiap jawaban "
                    "sebagai `- [x] jawaban`.",
                ),
                AllMarked(),
            ),
            choice=False,
            render_inputs=_short_answer_input,
            render_key=_short_answer_key,
            key_markdown=_short_answer_markdown,
            bank_answer=_right_texts,
            moodle_type="shortanswer",
            moodle_fill=_moodle_short_answer,
            moodle_is=lambda element: True,
            moodle_label="Jawaban singkat (Short answer)",
            moodle_scoring="Moodle tidak mengabaikan tanda baca di akhir",
            lint_rules=frozenset({"salinan-modul"}),
            guess="tidak-ada",
        ),
        QuizKind(
            name="urutan",
            title="Urutan",
            instruction="Tentukan urutan yang benar.",
            syntax=NUMBERED,
            # Exported as a Moodle matching question, which Moodle refuses to save with two.
            rules=(
                AtLeast(
                    3,
                    "Soal urutan perlu minimal tiga langkah, ditulis sebagai daftar bernomor "
                    "(`1. langkah pertama`) dalam urutan yang benar.",
                ),
            ),
            choice=False,
            render_inputs=_ordering_inputs,
            render_key=_ordering_key,
            key_markdown=_ordering_markdown,
            bank_answer=_right_texts,
            moodle_type="matching",
            moodle_fill=_moodle_matching(_order_answers),
            moodle_is=_is_ordering_xml,
            moodle_label="Menjodohkan (Matching): langkah dengan nomor urutnya",
            moodle_scoring="Moodle memberi nilai per pasangan",
            lint_rules=frozenset(),
            guess="permutasi",
        ),
        QuizKind(
            name="pasangkan",
            title="Pasangkan",
            instruction="Pilih pasangan yang tepat untuk setiap hal.",
            syntax=PAIRS,
            rules=(
                AtLeast(
                    3,
                    "Soal pasangkan perlu minimal tiga pasangan, masing-masing ditulis sebagai "
                    f"`- hal {PAIR_SEPARATOR} pasangannya`. Tambahkan pasangan hingga tiga atau "
                    "lebih, atau jadikan soal pilih-satu.",
                ),
                CompletePairs(),
            ),
            choice=False,
            render_inputs=_pair_inputs,
            render_key=_pair_key,
            key_markdown=_pair_markdown,
            bank_answer=_pair_answers,
            moodle_type="matching",
            moodle_fill=_moodle_matching(_plain_pair_answers),
            moodle_is=lambda element: not _is_ordering_xml(element),
            moodle_label="Menjodohkan (Matching)",
            moodle_scoring="Moodle memberi nilai per pasangan",
            lint_rules=frozenset(),
            guess="permutasi",
        ),
    )
}
CHOICE_KINDS = tuple(name for name, kind in KINDS.items() if kind.choice)
