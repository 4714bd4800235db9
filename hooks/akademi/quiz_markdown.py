"""Python-Markdown extension that turns ``/// kuis`` blocks into accessible quiz forms.

A preprocessor parses the blocks (where source line numbers are still known) and leaves a
placeholder paragraph; a treeprocessor swaps each placeholder for the rendered question before
inline processing, so question text, options and explanations get ordinary Markdown (emphasis,
links that MkDocs validates and rewrites, images). Author text can never carry markup: raw HTML
is escaped before parsing and a late treeprocessor strips event handlers and script URLs.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as etree
from collections.abc import Callable

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString as Fixed

from akademi.quiz import Question, find_blocks, parse_page
from akademi.quiz_kinds import KINDS

CODE_SPAN_RE = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)", re.DOTALL)
UNSAFE_URL_RE = re.compile(r"^\s*(javascript|vbscript|data)\s*:", re.IGNORECASE)
# Line starts that make a one-line fragment more than a paragraph (lists, quotes, headings,
# rules, code fences, admonitions, tabs, definitions, abbreviations, link references).
BLOCK_SYNTAX_RE = re.compile(r"^\s*(?:[-*+>#|_:=]|\d+[.)]|`{3}|~{3}|!!!|\?{3}|\[[^\]]*\]:)")
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "srcset")
# Our forms never nest and author text cannot contain raw tags, so a lazy match is exact.
FORM_RE = re.compile(r'<form class="kuis"[^>]*>.*?</form>', re.DOTALL)
FORM_PLACEHOLDER = "<!--akademi-kuis-{}-->"
PLACEHOLDER_RE = re.compile(r"<!--akademi-kuis-(\d+)-->")

ParseBlocks = Callable[[etree.Element, str], None]


def escape_raw_html(text: str) -> str:
    """Escape ``<`` and ``&`` outside code spans so no author text becomes HTML."""
    pieces, last = [], 0
    for match in CODE_SPAN_RE.finditer(text):
        pieces.append(_escape(text[last : match.start()]))
        pieces.append(match.group(0))
        last = match.end()
    pieces.append(_escape(text[last:]))
    return "".join(pieces)


def _escape(text: str) -> str:
    return re.sub(r"&(?!#?\w+;)", "&amp;", text).replace("<", "&lt;")


def render_question(
    question: Question, number: int, total: int, parse_blocks: ParseBlocks
) -> etree.Element:
    """Build the form for one question; text nodes still hold Markdown for inline processing.

    Our own labels are ``Fixed`` (Markdown's AtomicString), so inline processing, the largest
    cost of a quiz page, only visits author text.
    """
    qid = question.qid
    form = etree.Element(
        "form",
        {
            "class": "kuis",
            "id": f"kuis-{qid}",
            "data-kuis-id": qid,
            "data-kuis-jenis": question.kind,
            "data-kuis-acak": "ya" if question.shuffle else "tidak",
            "novalidate": "novalidate",
        },
    )
    fieldset = etree.SubElement(form, "fieldset", {"class": "kuis__soal"})
    legend = etree.SubElement(fieldset, "legend", {"class": "kuis__pertanyaan"})
    counter = etree.SubElement(legend, "span", {"class": "kuis__nomor"})
    counter.text, counter.tail = Fixed(f"Soal {number} dari {total}"), Fixed(" ")
    context = etree.Element("div", {"class": "kuis__konteks"})
    parse_blocks(context, escape_raw_html(question.text))
    _move_first_paragraph(context, legend)
    if len(context):
        fieldset.append(context)
    kind = KINDS[question.kind]
    etree.SubElement(fieldset, "p", {"class": "kuis__petunjuk"}).text = Fixed(kind.instruction)

    def inline(parent: etree.Element, text: str) -> None:
        _inline(parent, text, parse_blocks)

    kind.render_inputs(fieldset, question, inline)
    actions = etree.SubElement(fieldset, "div", {"class": "kuis__aksi", "hidden": "hidden"})
    etree.SubElement(
        actions,
        "button",
        {
            "type": "submit",
            "class": "md-button md-button--primary kuis__periksa",
        },
    ).text = Fixed("Periksa jawaban")
    etree.SubElement(
        fieldset,
        "div",
        {
            "class": "kuis__umpan",
            "role": "status",
            "aria-live": "polite",
            "tabindex": "-1",
        },
    )
    form.append(_render_key(question, parse_blocks, inline))
    return form


def _move_first_paragraph(source: etree.Element, target: etree.Element) -> None:
    """The question's first paragraph becomes the legend, so the group is named by it."""
    if len(source) and source[0].tag == "p":
        paragraph = source[0]
        source.remove(paragraph)
        span = etree.SubElement(target, "span", {"class": "kuis__teks"})
        span.text, span[:] = paragraph.text, list(paragraph)


def _inline(parent: etree.Element, text: str, parse_blocks: ParseBlocks) -> None:
    """Parse a short fragment; a single paragraph is unwrapped into ``parent``."""
    holder = etree.Element("div")
    parse_blocks(holder, escape_raw_html(text))
    if len(holder) == 1 and holder[0].tag == "p":
        parent.text, parent[:] = holder[0].text, list(holder[0])
    else:
        parent[:] = list(holder)


def _render_key(question: Question, parse_blocks: ParseBlocks, inline) -> etree.Element:
    """The answer key: readable without JavaScript, and the data the script checks against."""
    details = etree.Element("details", {"class": "kuis__kunci"})
    etree.SubElement(details, "summary").text = Fixed("Lihat kunci jawaban")
    KINDS[question.kind].render_key(details, question, inline)
    if question.explanation:
        explanation = etree.SubElement(details, "div", {"class": "kuis__pembahasan"})
        etree.SubElement(explanation, "p", {"class": "kuis__judul-pembahasan"}).text = Fixed(
            "Pembahasan"
        )
        parse_blocks(explanation, escape_raw_html(question.explanation))
    return details


def sanitize(element: etree.Element) -> None:
    """Remove event handlers and script-capable URLs (e.g. from attr_list or link syntax).

    A link or image with such a URL becomes plain text: MkDocs expects every ``<a>`` and
    ``<img>`` it meets to carry its URL.
    """
    for node in element.iter():
        for name in list(node.attrib):
            if name.lower().startswith("on"):
                del node.attrib[name]
            elif name.lower() in URL_ATTRIBUTES and UNSAFE_URL_RE.match(node.attrib[name]):
                del node.attrib[name]
                if node.tag in ("a", "img"):
                    node.text = node.attrib.pop("alt", "") if node.tag == "img" else node.text
                    node.tag = "span"


def stash_forms(html: str) -> tuple[str, list[str]]:
    """Swap each quiz form for a short comment; returns the new HTML and the forms in order.

    The search indexer parses every tag of a page even inside ``data-search-exclude``; on quiz
    pages the forms are most of the markup, so hiding them from it saves most of its work.
    """
    forms: list[str] = []

    def keep(match: re.Match) -> str:
        forms.append(match.group(0))
        return FORM_PLACEHOLDER.format(len(forms) - 1)

    return FORM_RE.sub(keep, html), forms


def restore_forms(html: str, forms: list[str]) -> str:
    return PLACEHOLDER_RE.sub(lambda match: forms[int(match.group(1))], html)


class QuizPreprocessor(Preprocessor):
    def __init__(self, md: Markdown, extension: QuizExtension):
        super().__init__(md)
        self.extension = extension

    def run(self, lines: list[str]) -> list[str]:
        source = self.extension.source
        text = "\n".join(lines)
        questions = parse_page(text, source.path, source.line_offset)
        self.extension.questions = questions
        if not questions:
            return lines
        blocks, _ = find_blocks(text, source.path, source.line_offset)
        output = list(lines)
        for index, block in enumerate(blocks):
            first, last = block.start - source.line_offset - 1, block.end - source.line_offset
            # Keep the line count so later line-based tools still line up with the source.
            filler = ["", f"{self.extension.token}{index}", ""] + [""] * (last - first - 3)
            output[first:last] = filler[: max(last - first, 3)]
        return output


class QuizTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, extension: QuizExtension):
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        questions = self.extension.questions
        if not questions:
            return
        pattern = re.compile(re.escape(self.extension.token) + r"(\d+)$")
        placeholders = [
            (parent, child, int(match.group(1)))
            for parent in root.iter()
            for child in parent
            if child.tag == "p" and (match := pattern.match(child.text or ""))
        ]
        for parent, child, index in placeholders:
            form = render_question(questions[index], index + 1, len(questions), self._parse_blocks)
            form.tail = child.tail
            parent[list(parent).index(child)] = form

    def _parse_blocks(self, parent: etree.Element, text: str) -> None:
        # Most fragments (options, feedback) are one plain line; the block parser would only
        # wrap them in a paragraph, at a cost that dominates large quiz pages.
        if "\n" not in text and not BLOCK_SYNTAX_RE.match(text):
            etree.SubElement(parent, "p").text = text
        else:
            self.md.parser.parseChunk(parent, text)


class QuizSanitizer(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for form in root.iter("form"):
            if "kuis" in form.get("class", "").split():
                sanitize(form)


class SourceLocation:
    """Where the Markdown being converted came from, for error messages."""

    def __init__(self, path: str = "<teks>", line_offset: int = 0):
        self.path = path
        self.line_offset = line_offset


class QuizExtension(Extension):
    """Register with ``markdown.Markdown(extensions=[QuizExtension()])``.

    Call ``set_source(path, line_offset)`` before converting a page so errors name the file and
    the line in it (``line_offset`` counts the front-matter lines the caller stripped).
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.source = SourceLocation()
        self.questions: list[Question] = []
        self.token = f"akademikuis{uuid.uuid4().hex}q"

    def set_source(self, path: str, line_offset: int = 0) -> None:
        self.source = SourceLocation(path, line_offset)

    def reset(self) -> None:
        self.questions = []

    def extendMarkdown(self, md: Markdown) -> None:
        md.registerExtension(self)
        # After whitespace normalisation (30), before superfences stashes code fences (25).
        md.preprocessors.register(QuizPreprocessor(md, self), "akademi_quiz", 29)
        # Before inline processing (20), so our text nodes get Markdown inline syntax.
        md.treeprocessors.register(QuizTreeprocessor(md, self), "akademi_quiz", 25)
        # After attr_list (8), before MkDocs rewrites links (0).
        md.treeprocessors.register(QuizSanitizer(md), "akademi_quiz_sanitize", 7)
