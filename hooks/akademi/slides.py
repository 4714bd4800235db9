"""Slides and trainer notes from the module pages themselves (one source, nothing to copy).

Trainers write notes in a module page as an admonition of type ``pelatih``::

    !!! pelatih "Catatan pelatih"
        Ask who already has a content calendar before showing this part.

The note is lifted out of the learner's page and shown in the deck's presenter view and on the
module's facilitation page. A deck is the page content split into slides: every ``##`` section
is a slide, long sections are split (at ``###`` headings first; long lists and tables across
continuation slides), tabs are laid out one after the other, each quiz question is a slide, and
``<!-- salindia -->`` forces a break. The split here is an estimate in characters; what still
does not fit with the fonts of the laptop showing the deck is split there, by measuring
(docs/assets/javascripts/salindia.js), so no slide is shrunk below a legible size.

Everything here is pure: text in, notes, problems or slides out.
"""

from __future__ import annotations

import functools
import html as markup
import re
from dataclasses import dataclass, field

import segno

from akademi.html import Block, relocate_html, strip_headerlinks, top_level_blocks
from akademi.problems import Problem

NOTE_TYPE = "pelatih"
NOTE_DEFAULT_TITLE = "Catatan pelatih"
BREAK_COMMENT = "salindia"
# Roughly what fits on a 1280 × 720 slide at projector type sizes, in characters of text.
BUDGET = 850
HEADINGS = ("h3", "h4", "h5", "h6")
# Page furniture, not lesson content: the module card, a page's reading time and path label.
DROPPED_CLASSES = ("kartu-modul", "jalur-halaman")

NOTE_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<mark>!!!|\?\?\?\+?)[ \t]+(?P<types>[\w -]*?\bpelatih\b[\w -]*?)"
    r"(?:[ \t]+\"(?P<title>[^\"]*)\")?[ \t]*$"
)
FENCE_RE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
HEADING_RE = re.compile(r"^##[ \t]+(?P<text>.+?)[ \t]*(?:\{[^}]*\})?[ \t]*$")
TITLE_TEXT_RE = re.compile(r"<p class=\"admonition-title\">.*?</p>", re.DOTALL)


@dataclass(frozen=True)
class Note:
    """A trainer note as written in Markdown (for facilitation pages)."""

    path: str
    line: int
    title: str
    body: str
    section: str


@dataclass
class Slide:
    title: str
    blocks: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    kind: str = "isi"
    source: str = ""
    anchor: str = ""
    continued: bool = False

    @property
    def body(self) -> str:
        return "\n".join(self.blocks)


def parse_notes(text: str, path: str, line_offset: int = 0) -> tuple[list[Note], list[Problem]]:
    """Find ``!!! pelatih`` blocks in a page's Markdown (outside fenced code)."""
    notes: list[Note] = []
    problems: list[Problem] = []
    lines = text.split("\n")
    fence = ""
    section = ""
    index = 0
    while index < len(lines):
        line = lines[index]
        number = index + 1 + line_offset
        index += 1
        fence_match = FENCE_RE.match(line)
        if fence:
            if fence_match and fence_match.group(1)[0] == fence[0]:
                fence = ""
            continue
        if fence_match:
            fence = fence_match.group(1)
            continue
        heading = HEADING_RE.match(line)
        if heading:
            section = heading.group("text").strip()
            continue
        match = NOTE_RE.match(line)
        if not match:
            continue
        if match.group("indent"):
            problems.append(
                Problem(
                    path,
                    number,
                    "Catatan pelatih harus ditulis di awal baris, tidak menjorok atau di dalam "
                    "blok lain. Pindahkan `!!! pelatih` ke luar daftar, tab, atau kotak lain.",
                )
            )
        if match.group("mark") != "!!!":
            problems.append(
                Problem(
                    path,
                    number,
                    "Catatan pelatih ditulis dengan `!!! pelatih`, bukan `???`: catatan tidak "
                    "ditampilkan kepada peserta, jadi tidak perlu dapat dilipat.",
                )
            )
        body: list[str] = []
        while index < len(lines) and (
            not lines[index].strip() or lines[index].startswith(("    ", "\t"))
        ):
            body.append(lines[index][4:] if lines[index].startswith("    ") else lines[index][1:])
            index += 1
        content = "\n".join(body).strip("\n")
        if not content.strip():
            problems.append(
                Problem(
                    path,
                    number,
                    "Catatan pelatih ini kosong. Tulis isinya di baris berikutnya, menjorok "
                    "empat spasi.",
                )
            )
        title = (match.group("title") or "").strip() or NOTE_DEFAULT_TITLE
        notes.append(Note(path, number, title, content, section))
    return notes, problems


def is_note(block: Block) -> bool:
    return block.tag in ("div", "details") and NOTE_TYPE in block.classes


def lift_notes(html: str) -> str:
    """The page as learners see it: content without trainer notes."""
    if NOTE_TYPE not in html:
        return html
    return "".join(block.html for block in _blocks_with_gaps(html) if not is_note(block))


def _blocks_with_gaps(html: str) -> list[Block]:
    """Top-level blocks plus the whitespace between them, so the page can be put back together."""
    blocks = top_level_blocks(html)
    result, position = [], 0
    for block in blocks:
        start = html.index(block.html, position)
        if start > position:
            result.append(Block("#gap", (), html[position:start]))
        result.append(block)
        position = start + len(block.html)
    if position < len(html):
        result.append(Block("#gap", (), html[position:]))
    return result


def note_html(block: Block) -> str:
    """The body of a note admonition, without its title line."""
    inner = block.html[block.html.index(">") + 1 : block.html.rindex("<")]
    return TITLE_TEXT_RE.sub("", inner, count=1).strip()


def weight(block: Block) -> int:
    """How much of a slide a block fills, in characters of text (tables and images count)."""
    html = block.html
    extra = 30 * html.count("<li") + 60 * html.count("<tr")
    extra += 380 * (html.count("<img") + html.count("<svg"))
    # Empty write-in boxes of worksheets take room without any text.
    extra += 150 * html.count("min-height")
    return len(block.text) + extra


def _heading_inner(block: Block) -> str:
    html = strip_headerlinks(block.html)
    return html[html.index(">") + 1 : html.rindex("<")].strip()


def page_slides(html: str, title: str, lead: str, source: str, target: str) -> list[Slide]:
    """Slides of one page, with URLs rewritten from page ``source`` to the deck ``target``."""
    sections: list[tuple[Slide, list[Block]]] = [(Slide(title, kind="bagian", source=source), [])]
    # Moving the page once equals moving each block, title and note cut from it.
    for block in top_level_blocks(relocate_html(html, source, target)):
        if block.tag in ("h1", "#text") or any(c in block.classes for c in DROPPED_CLASSES):
            continue
        if block.tag == "h2":
            slide = Slide(_heading_inner(block), source=source, anchor=block.attr("id") or "")
            sections.append((slide, []))
            continue
        if block.tag == "!--" and block.attr("komentar") != BREAK_COMMENT:
            continue
        sections[-1][1].append(block)
    slides: list[Slide] = []
    for heading, blocks in sections:
        slides += _split_section(heading, blocks)
    if slides and not slides[0].blocks and lead:
        slides[0].blocks.append(f'<p class="salindia__pengantar">{markup.escape(lead)}</p>')
    if slides and slides[0].kind == "bagian" and not slides[0].blocks and len(slides) > 1:
        # A page that starts straight with a section still gets its title as a divider.
        slides[0].kind = "pemisah"
    for slide in slides:
        slide.blocks = [strip_headerlinks(block) for block in slide.blocks]
    return [slide for slide in slides if slide.blocks or slide.kind != "isi" or slide.notes]


def _split_section(heading: Slide, blocks: list[Block]) -> list[Slide]:
    total = sum(weight(block) for block in blocks if not is_note(block))
    slides = [heading]
    used = 0

    def start_new(kind: str = "isi") -> Slide:
        slide = Slide(
            heading.title,
            kind=kind,
            source=heading.source,
            anchor=heading.anchor,
            continued=True,
        )
        slides.append(slide)
        return slide

    current = heading
    for block in [part for original in blocks for part in split_long(original)]:
        if is_note(block):
            current.notes.append(note_html(block))
            continue
        if block.tag == "!--":
            if current.blocks:
                current, used = start_new(), 0
            continue
        if block.tag == "form" and "kuis" in block.classes:
            quiz = current if not current.blocks and current.kind != "kuis" else start_new()
            quiz.kind = "kuis"
            quiz.blocks.append(block.html)
            current, used = quiz, BUDGET * 10
            continue
        size = weight(block)
        starts_subsection = block.tag in HEADINGS
        sparse = used < BUDGET * 0.4 and used + size < BUDGET * 1.4
        full = (used + size > BUDGET and not sparse) or (starts_subsection and used > BUDGET * 0.35)
        if current.blocks and (total > BUDGET or current.kind == "kuis") and full:
            # A heading or a lead-in ("... berikut:") never ends a slide: it moves along.
            carried = []
            while len(current.blocks) > 1 and is_lead_in(current.blocks[-1]):
                carried.insert(0, current.blocks.pop())
            current = start_new()
            current.blocks += carried
            used = sum(len(html) // 3 for html in carried)
        current.blocks.append(block.html)
        used += size
    return slides


def split_long(block: Block) -> list[Block]:
    """A list or table too long for one slide becomes several (numbering continues, table
    headers repeat), so each part can be shown at a legible size; tabs are laid out one after
    the other."""
    if block.has_class("tabbed-set"):
        return [part for tab in unroll_tabs(block) for part in split_long(tab)]
    if "tabbed-set" in block.html:
        block = Block(block.tag, block.classes, without_tabs(block.html), block.attrs)
    if block.tag in ("ul", "ol"):
        return split_list(block)
    if block.tag == "table":
        return split_table(block)
    return [block]


def _inner(block: Block) -> str:
    return block.html[block.html.index(">") + 1 : block.html.rindex("<")]


def unroll_tabs(block: Block) -> list[Block]:
    """Tabs ("Sebelum" / "Sesudah") as each label followed by its panel: a slide shows both,
    or continues with the second, instead of hiding one behind a tab that may not fit."""
    parts = top_level_blocks(_inner(block))
    labels = next((part for part in parts if part.has_class("tabbed-labels")), None)
    content = next((part for part in parts if part.has_class("tabbed-content")), None)
    if labels is None or content is None:
        return [block]
    names = [_inner(label) for label in top_level_blocks(_inner(labels)) if label.tag == "label"]
    panels = [panel for panel in top_level_blocks(_inner(content)) if panel.tag == "div"]
    if len(names) != len(panels):
        return [block]
    unrolled = []
    for name, panel in zip(names, panels, strict=True):
        label = f'<p class="salindia__tab"><strong>{name}</strong></p>'
        unrolled.append(Block("p", ("salindia__tab",), label))
        unrolled += top_level_blocks(without_tabs(_inner(panel)))
    return unrolled


def without_tabs(html: str) -> str:
    """The markup with every tab set inside it unrolled (a tab set in a box, for example)."""
    for block in top_level_blocks(html):
        if "tabbed-set" not in block.html:
            continue
        if block.has_class("tabbed-set"):
            unrolled = "\n".join(part.html for part in unroll_tabs(block))
        else:
            inner = _inner(block)
            start = block.html.index(">") + 1
            unrolled = block.html[:start] + without_tabs(inner) + block.html[start + len(inner) :]
        html = html.replace(block.html, unrolled, 1)
    return html


def _chunks(items: list[Block], limit: float) -> list[list[Block]]:
    parts: list[list[Block]] = [[]]
    used = 0
    for item in items:
        size = weight(item)
        if parts[-1] and used + size > limit:
            parts.append([])
            used = 0
        parts[-1].append(item)
        used += size
    return parts


def split_list(block: Block) -> list[Block]:
    if weight(block) <= BUDGET:
        return [block]
    opening = block.html[: block.html.index(">") + 1]
    items = [item for item in top_level_blocks(block.html[len(opening) : -5]) if item.tag == "li"]
    parts = _chunks(items, BUDGET * 0.8)
    if len(parts) == 1:
        return [block]
    result, number = [], 1
    for part in parts:
        start = f' start="{number}"' if block.tag == "ol" and number > 1 else ""
        html = opening[:-1] + start + ">" + "".join(item.html for item in part) + f"</{block.tag}>"
        result.append(Block(block.tag, block.classes, html, block.attrs))
        number += len(part)
    return result


def split_table(block: Block) -> list[Block]:
    if weight(block) <= BUDGET * 0.9:
        return [block]
    opening = block.html[: block.html.index(">") + 1]
    sections = top_level_blocks(block.html[len(opening) : -len("</table>")])
    head = "".join(part.html for part in sections if part.tag in ("caption", "colgroup", "thead"))
    bodies = [part for part in sections if part.tag == "tbody"]
    if len(bodies) != 1:
        return [block]
    body_opening = bodies[0].html[: bodies[0].html.index(">") + 1]
    rows = [
        row for row in top_level_blocks(bodies[0].html[len(body_opening) : -8]) if row.tag == "tr"
    ]
    parts = _chunks(rows, BUDGET * 0.7)
    if len(parts) == 1:
        return [block]
    return [
        Block(
            "table",
            block.classes,
            opening + head + body_opening + "".join(row.html for row in part) + "</tbody></table>",
            block.attrs,
        )
        for part in parts
    ]


LEAD_IN_RE = re.compile(r"^<h[3-6]\b|^<p\b[^>]*><strong>[^<]*</strong></p>$|:\s*</p>$")


def is_lead_in(html: str) -> bool:
    """Headings, bold one-line labels and paragraphs ending with a colon introduce what follows."""
    return bool(LEAD_IN_RE.search(html.strip()))


def qr_svg(data: str, title: str) -> str:
    """A scalable SVG QR code, dark on light whatever the palette, made without any network."""
    return _qr_code(data).svg_inline(
        scale=1, border=2, dark="#000", light="#fff", omitsize=True, title=title
    )


@functools.lru_cache(maxsize=256)
def _qr_code(data: str) -> segno.QRCode:
    # Encoding is the slow part; module addresses appear on decks and on the QR sheet.
    return segno.make(data, error="m", micro=False)
