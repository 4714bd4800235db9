"""What the build makes from the quizzes: the quiz bank, Moodle XML and trainers' answer keys."""

from __future__ import annotations

import json
import posixpath
import re
import xml.etree.ElementTree as etree

import markdown

from akademi.modules import Module, module_slug
from akademi.quiz import Question
from akademi.quiz_markdown import escape_raw_html

KEY_DIR = "pelatih/kunci-jawaban"
MOODLE_DIR = "pelatih/moodle"
MARKDOWN_LINK_RE = re.compile(r"(!?\[[^\]]*\]\()([^)\s]+)((?:\s+\"[^\"]*\")?\))")
KIND_NAMES = {
    "pilih-satu": "Pilih satu",
    "pilih-banyak": "Pilih semua yang benar",
    "benar-salah": "Benar atau salah",
    "isian": "Isian singkat",
    "urutan": "Urutan",
}


def page_url(src_uri: str) -> str:
    """Directory-style URL MkDocs gives a page (``modul/x/kuis.md`` → ``modul/x/kuis/``)."""
    stem = src_uri.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("/index") + "/" if stem.endswith("/index") else stem + "/"


def correct_answer(question: Question) -> list[str]:
    return [option.text for option in question.correct_options]


def render_bank(questions: list[Question]) -> str:
    """``quiz-bank.json``: one record per question, in site order, for tools and progress."""
    records = [
        {
            "modul": question.module or module_slug(question.path),
            "halaman": page_url(question.path),
            "id": question.qid,
            "jenis": question.kind,
            "teks": question.text,
            "pilihan": [option.text for option in question.options],
            "jawaban": correct_answer(question),
            "tujuan": list(question.objectives),
        }
        for question in questions
    ]
    return json.dumps({"versi": 1, "soal": records}, ensure_ascii=False, indent=1) + "\n"


def relocate_links(text: str, source: str, target: str) -> str:
    """Rewrite relative Markdown links in ``text`` from page ``source`` to page ``target``."""
    source_dir, target_dir = posixpath.dirname(source), posixpath.dirname(target)

    def move(match: re.Match) -> str:
        url = match.group(2)
        if re.match(r"^[a-z][a-z0-9+.-]*:", url, re.IGNORECASE) or url.startswith("/"):
            return match.group(0)
        path, _, anchor = url.partition("#")
        resolved = posixpath.normpath(posixpath.join(source_dir, path)) if path else source
        moved = posixpath.relpath(resolved, target_dir or ".")
        return f"{match.group(1)}{moved}{'#' + anchor if anchor else ''}{match.group(3)}"

    return MARKDOWN_LINK_RE.sub(move, text)


def render_answer_key(module: Module, questions: list[Question], guide: str = "") -> str:
    """Markdown page listing each question with its answer and explanation, for trainers;
    ``guide`` is the Moodle import guide's path, if there is one."""
    target = f"{KEY_DIR}/{module.slug}.md"
    section = "#perbedaan-penilaian-dengan-portal"
    differences = "Rinciannya ada di " + (
        f"[panduan impor ke Moodle]({posixpath.relpath(guide, KEY_DIR)}{section})."
        if guide
        else "panduan impor ke Moodle."
    )
    lines = [
        "---",
        f"title: 'Kunci Jawaban: {module.title}'",
        f"description: Kunci jawaban dan pembahasan kuis modul {module.title}, untuk pelatih.",
        "search:",
        "  exclude: true",
        "---",
        "",
        f"# Kunci Jawaban: {module.title}",
        "",
        f"Halaman ini dibuat otomatis dari soal-soal modul [{module.title}]"
        f"({posixpath.relpath(module.path, KEY_DIR)}). Jangan disunting; ubah soal di "
        "halaman kuis modul.",
        "",
        f"[Unduh soal dalam format Moodle XML](../moodle/{module.slug}.xml)"
        f"{{ .md-button {moodle_download_attribute(module.slug)} }}",
        "",
        "Portal menilai setiap soal benar atau salah seluruhnya. Moodle memberi nilai sebagian "
        "pada soal *pilih semua yang benar* dan soal *urutan*, sehingga untuk jawaban yang sama "
        f"skor di Moodle dapat lebih tinggi daripada di portal. {differences}",
        "",
    ]
    for number, question in enumerate(questions, start=1):
        objectives = ", ".join(str(n) for n in question.objectives) or "-"
        lines += [
            f"## Soal {number}: {KIND_NAMES[question.kind]} {{ #{question.qid} }}",
            "",
            f"*Pengenal:* `{question.qid}` · *Tujuan belajar:* {objectives}",
            "",
        ]
        if question.exemptions:
            rules = ", ".join(f"`{rule}`" for rule in question.exemptions)
            lines += [
                f"*Pengecualian pemeriksaan kuis* ({rules}): "
                + escape_raw_html(" ".join(question.exemption_reason.split())),
                "",
            ]
        lines += [
            escape_raw_html(relocate_links(question.text, question.path, target)),
            "",
        ]
        lines += _answer_lines(question)
        if question.explanation:
            lines += [
                "",
                "**Pembahasan.** "
                + escape_raw_html(relocate_links(question.explanation, question.path, target)),
            ]
        lines.append("")
    return "\n".join(lines)


def _answer_lines(question: Question) -> list[str]:
    if question.kind == "urutan":
        steps = [f"{n}. {escape_raw_html(o.text)}" for n, o in enumerate(question.options, 1)]
        return ["**Urutan yang benar:**", "", *steps]
    if question.kind == "isian":
        accepted = "; ".join(escape_raw_html(o.text) for o in question.options)
        return [f"**Jawaban yang diterima:** {accepted}"]
    rows = ["| Pilihan | Kunci | Umpan balik |", "|---|---|---|"]
    for option in question.options:
        mark = "**Benar**" if option.correct else "Salah"
        feedback = " ".join(escape_raw_html(option.feedback).split())
        rows.append(f"| {_cell(option.text)} | {mark} | {_cell(feedback)} |")
    return rows


def _cell(text: str) -> str:
    return escape_raw_html(" ".join(text.split())).replace("|", "\\|")


def moodle_download_attribute(slug: str) -> str:
    """attr_list text that makes a Moodle XML link save the file instead of showing raw XML."""
    return f'download="{moodle_file_name(slug)}"'


def moodle_file_name(slug: str) -> str:
    return f"akademi-medsos-pemda-{slug}.xml"


def render_key_index(modules: list[Module], counts: dict[str, int], guide: str = "") -> str:
    """The answer-key overview; ``guide`` is the Moodle import guide's path, if there is one."""
    lines = [
        "---",
        "title: Kunci Jawaban",
        "description: Kunci jawaban dan pembahasan setiap kuis modul, serta berkas Moodle XML.",
        "search:",
        "  exclude: true",
        "---",
        "",
        "# Kunci Jawaban",
        "",
        "Kunci jawaban dibuat otomatis dari soal di setiap modul, sehingga selalu sama dengan "
        "kuis yang dilihat peserta. Berkas Moodle XML dapat diimpor ke bank soal Moodle"
        + (
            f"; langkahnya ada di [panduan impor ke Moodle]({posixpath.relpath(guide, KEY_DIR)})."
            if guide
            else " (*Bank soal → Impor → format Moodle XML*)."
        ),
        "",
        "| Modul | Jumlah soal | Kunci jawaban | Moodle XML |",
        "|---|---|---|---|",
    ]
    for module in modules:
        count = counts.get(module.slug, 0)
        if count:
            lines.append(
                f"| {module.number}. {module.title} | {count} | "
                f"[Buka]({module.slug}.md) | [Unduh](../moodle/{module.slug}.xml)"
                f"{{ {moodle_download_attribute(module.slug)} }} |"
            )
    lines += ["", "Seluruh soal juga tersedia sebagai [bank soal JSON](../../quiz-bank.json).", ""]
    return "\n".join(lines)


# Moodle accepts only these fractions (percent); 100/k and -100/k for k <= 10 are all here.
MOODLE_FRACTIONS = (100, 50, 33.33333, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10)


def moodle_fraction(count: int, negative: bool = False) -> str:
    value = MOODLE_FRACTIONS[count - 1]
    return f"{'-' if negative else ''}{value}"


_markdown = markdown.Markdown()
# One line of words and plain punctuation, starting with a letter: nothing Markdown would
# change, so most question texts skip the converter (the slow part of this export).
PLAIN_TEXT_RE = re.compile(r"(?:[^\W\d_]|\")(?:[^\W_]| (?! )|[,.;:?!()'\"/%=×÷…—-])*")


def _html(text: str) -> str:
    if PLAIN_TEXT_RE.fullmatch(text) and not text.endswith(" "):
        return f"<p>{text}</p>"
    return _markdown.reset().convert(escape_raw_html(text))


def _text_node(parent: etree.Element, tag: str, text: str, html: bool = True) -> etree.Element:
    element = etree.SubElement(parent, tag, {"format": "html"} if html else {})
    etree.SubElement(element, "text").text = _html(text) if html else text
    return element


def render_moodle(module: Module, questions: list[Question]) -> str:
    """Moodle XML for one module; ordering questions become core ``matching`` questions."""
    quiz = etree.Element("quiz")
    category = etree.SubElement(quiz, "question", {"type": "category"})
    path = "/".join(moodle_category_name(name) for name in ("Akademi Medsos Pemda", module.title))
    _text_node(category, "category", f"$course$/{path}", html=False)
    for question in questions:
        quiz.append(_moodle_question(question))
    etree.indent(quiz)
    note = (
        "<!-- Dibuat otomatis oleh Akademi Medsos Pemda. Soal urutan diekspor sebagai soal "
        "menjodohkan (matching): setiap langkah dijodohkan dengan nomor urutnya. -->\n"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + note
        + etree.tostring(quiz, encoding="unicode")
        + "\n"
    )


def moodle_category_name(name: str) -> str:
    """One level of a Moodle category path: Moodle splits the path at a single ``/`` and reads
    ``//`` as a slash in the name (qformat_default::assemble_category_path does the same)."""
    escaped = name.replace("/", "//")
    if escaped.startswith("/"):
        escaped = " " + escaped
    if escaped.endswith("/"):
        escaped += " "
    return escaped


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


MOODLE_TYPES = {
    "pilih-satu": "multichoice",
    "pilih-banyak": "multichoice",
    "benar-salah": "truefalse",
    "isian": "shortanswer",
    "urutan": "matching",
}


def moodle_kind_counts(xml_texts: list[str]) -> dict[str, int]:
    """Questions per portal kind, read back from the Moodle XML files as Moodle will read them
    (multichoice with ``single`` true or false tells the two choice kinds apart)."""
    counts = dict.fromkeys(KIND_NAMES, 0)
    for text in xml_texts:
        for question in etree.fromstring(text.encode("utf-8")).iter("question"):
            moodle_type = question.get("type")
            if moodle_type == "category":
                continue
            single = question.findtext("single") != "false"
            kind = next(
                kind
                for kind, name in MOODLE_TYPES.items()
                if name == moodle_type
                and (moodle_type != "multichoice" or single == (kind == "pilih-satu"))
            )
            counts[kind] += 1
    return counts


def _moodle_question(question: Question) -> etree.Element:
    kind = MOODLE_TYPES[question.kind]
    element = etree.Element("question", {"type": kind})
    _text_node(element, "name", question.qid, html=False)
    _text_node(element, "questiontext", question.text)
    if question.explanation:
        _text_node(element, "generalfeedback", question.explanation)
    etree.SubElement(element, "idnumber").text = question.qid
    if kind == "multichoice":
        single = question.kind == "pilih-satu"
        etree.SubElement(element, "single").text = "true" if single else "false"
        etree.SubElement(element, "shuffleanswers").text = "1" if question.shuffle else "0"
        etree.SubElement(element, "answernumbering").text = "abc"
        right = len(question.correct_options)
        wrong = len(question.options) - right
        for option in question.options:
            if option.correct:
                fraction = moodle_fraction(right)
            else:
                fraction = "0" if single else moodle_fraction(min(wrong, 10), negative=True)
            _moodle_answer(element, fraction, option.text, option.feedback)
    elif kind == "truefalse":
        truth = question.correct_options[0].text.strip().lower() == "benar"
        for label, value in (("true", truth), ("false", not truth)):
            option = next(
                o
                for o in question.options
                if (o.text.strip().lower() == "benar") == (label == "true")
            )
            _moodle_answer(element, "100" if value else "0", label, option.feedback, html=False)
    elif kind == "shortanswer":
        etree.SubElement(element, "usecase").text = "0"
        for option in question.options:
            for answer in moodle_short_answers(option.text):
                _moodle_answer(element, "100", answer, option.feedback, html=False)
    else:
        etree.SubElement(element, "shuffleanswers").text = "1"
        for position, option in enumerate(question.options, start=1):
            sub = _text_node(element, "subquestion", option.text)
            answer = etree.SubElement(sub, "answer")
            etree.SubElement(answer, "text").text = f"Urutan ke-{position}"
    return element


def _moodle_answer(parent, fraction: str, text: str, feedback: str, html: bool = True) -> None:
    answer = _text_node(parent, "answer", text, html=html)
    answer.set("fraction", fraction)
    if feedback:
        _text_node(answer, "feedback", feedback)
