"""What the build makes from the quizzes: the quiz bank, Moodle XML and trainers' answer keys."""

from __future__ import annotations

import json
import posixpath
import re
import xml.etree.ElementTree as etree

import jinja2
import markdown

from akademi import pages
from akademi.modules import Module, module_slug
from akademi.quiz import Question
from akademi.quiz_kinds import KINDS
from akademi.quiz_markdown import escape_raw_html

KEY_DIR = "pelatih/kunci-jawaban"
MOODLE_DIR = "pelatih/moodle"
MARKDOWN_LINK_RE = re.compile(r"(!?\[[^\]]*\]\()([^)\s]+)((?:\s+\"[^\"]*\")?\))")
# Each kind's name in the answer keys and the Moodle import guide.
KIND_NAMES = {name: kind.title for name, kind in KINDS.items()}


def page_url(src_uri: str) -> str:
    """Directory-style URL MkDocs gives a page (``modul/x/kuis.md`` → ``modul/x/kuis/``)."""
    stem = src_uri.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("/index") + "/" if stem.endswith("/index") else stem + "/"


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
            "jawaban": KINDS[question.kind].bank_answer(question),
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


def render_answer_key(
    templates: jinja2.Environment,
    module: Module,
    questions: list[Question],
    code: str,
    guide: str = "",
) -> str:
    """Markdown page listing each question with its answer and explanation, for trainers;
    ``code`` is the portal's short code (akademi.merek), ``guide`` the Moodle import guide's
    path, if there is one."""
    target = f"{KEY_DIR}/{module.slug}.md"
    items = [
        {
            "jenis": KIND_NAMES[question.kind],
            "id": question.qid,
            "tujuan": ", ".join(str(n) for n in question.objectives),
            "pengecualian": question.exemptions,
            "alasan": " ".join(question.exemption_reason.split()),
            "teks": relocate_links(question.text, question.path, target),
            "jawaban": "\n".join(KINDS[question.kind].key_markdown(question, escape_raw_html)),
            "pembahasan": relocate_links(question.explanation, question.path, target),
        }
        for question in questions
    ]
    return pages.render(
        templates,
        "kunci-jawaban.md",
        modul=module,
        alamat_modul=posixpath.relpath(module.path, KEY_DIR),
        unduh=moodle_download_attribute(module.slug, code),
        panduan=posixpath.relpath(guide, KEY_DIR) if guide else "",
        soal=items,
    )


def moodle_download_attribute(slug: str, code: str) -> str:
    """attr_list text that makes a Moodle XML link save the file instead of showing raw XML."""
    return f'download="{moodle_file_name(slug, code)}"'


def moodle_file_name(slug: str, code: str) -> str:
    """A module's Moodle XML file name; ``code`` is the portal's short code (akademi.merek)."""
    return f"{code}-{slug}.xml"


def render_key_index(
    templates: jinja2.Environment,
    modules: list[Module],
    counts: dict[str, int],
    code: str,
    guide: str = "",
) -> str:
    """The answer-key overview; ``guide`` is the Moodle import guide's path, if there is one."""
    rows = [
        {
            "modul": module,
            "jumlah": counts[module.slug],
            "unduh": moodle_download_attribute(module.slug, code),
        }
        for module in modules
        if counts.get(module.slug)
    ]
    return pages.render(
        templates,
        "kunci-jawaban-indeks.md",
        modul=rows,
        panduan=posixpath.relpath(guide, KEY_DIR) if guide else "",
    )


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


def render_moodle(module: Module, questions: list[Question], portal: str) -> str:
    """Moodle XML for one module, in the category ``portal/module title``; ordering questions
    become core ``matching`` questions."""
    quiz = etree.Element("quiz")
    category = etree.SubElement(quiz, "question", {"type": "category"})
    path = "/".join(moodle_category_name(name) for name in (portal, module.title))
    _text_node(category, "category", f"$course$/{path}", html=False)
    for question in questions:
        quiz.append(_moodle_question(question))
    etree.indent(quiz)
    note = (
        f"<!-- Dibuat otomatis oleh {portal}. Soal urutan diekspor sebagai soal "
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


def moodle_kind_counts(xml_texts: list[str]) -> dict[str, int]:
    """Questions per portal kind, read back from the Moodle XML files as Moodle will read them
    (multichoice with ``single`` true or false tells the two choice kinds apart)."""
    counts = dict.fromkeys(KIND_NAMES, 0)
    for text in xml_texts:
        for question in etree.fromstring(text.encode("utf-8")).iter("question"):
            moodle_type = question.get("type")
            if moodle_type == "category":
                continue
            kind = next(
                name
                for name, kind in KINDS.items()
                if kind.moodle_type == moodle_type and kind.moodle_is(question)
            )
            counts[kind] += 1
    return counts


class _MoodleWriter:
    """What a kind's Moodle builder (``QuizKind.moodle_fill``) writes with."""

    text_node = staticmethod(_text_node)
    fraction = staticmethod(moodle_fraction)

    @staticmethod
    def answer(parent, fraction: str, text: str, feedback: str, html: bool = True) -> None:
        answer = _text_node(parent, "answer", text, html=html)
        answer.set("fraction", fraction)
        if feedback:
            _text_node(answer, "feedback", feedback)


def _moodle_question(question: Question) -> etree.Element:
    kind = KINDS[question.kind]
    element = etree.Element("question", {"type": kind.moodle_type})
    _text_node(element, "name", question.qid, html=False)
    _text_node(element, "questiontext", question.text)
    if question.explanation:
        _text_node(element, "generalfeedback", question.explanation)
    etree.SubElement(element, "idnumber").text = question.qid
    kind.moodle_fill(element, question, _MoodleWriter)
    return element
