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
import html as html_text
import posixpath
import re
import statistics
from dataclasses import dataclass, field
from html.parser import HTMLParser

import segno
import yaml

from akademi.html import Block, relocate_html, strip_headerlinks, top_level_blocks
from akademi.problems import ContentError, Problem

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
    # Curated slides (``salindia:`` in the module's front matter): plain-text points, an
    # optional figure {"src", "alt"}, a before/after pair, and the line of their entry.
    points: list[str] = field(default_factory=list)
    figure: dict | None = None
    before: str = ""
    after: str = ""
    line: int = 0

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
        lead = html_text.escape(lead)
        slides[0].blocks.append(f'<p class="salindia__pengantar">{lead}</p>')
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


# A deck is a digest of its module: the slides a trainer presents are written in the module
# page's front matter (``salindia:``), and the build holds every deck to this budget.
MAX_SLIDES = 45
MAX_WORDS = 60
MAX_MEDIAN_WORDS = 30
DECK_KEY = "salindia"
SLIDE_KEYS = {"judul", "poin", "gambar", "catatan", "sebelum", "sesudah"}
QUIZ_KEYS = {"kuis", "catatan"}
FRONT_MATTER_RE = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)


@dataclass(frozen=True)
class DeckEntry:
    """One entry of ``salindia:``: a curated slide, or a quiz question of the module by id."""

    line: int
    title: str = ""
    points: tuple[str, ...] = ()
    figure: str = ""
    notes: str = ""
    before: str = ""
    after: str = ""
    quiz: str = ""


def parse_deck(text: str, path: str) -> tuple[list[DeckEntry], int]:
    """The ``salindia:`` entries of a page's Markdown and the line of the key (0 if absent).
    Raises ContentError naming the line of every malformed entry."""
    match = FRONT_MATTER_RE.match(text)
    if not match:
        return [], 0
    root = yaml.compose(match.group(1), Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode):
        return [], 0
    # Node lines count from the first line inside the front matter (line 2 of the file).
    found = [(key, value) for key, value in root.value if key.value == DECK_KEY]
    if not found:
        return [], 0
    key, node = found[0]
    key_line = key.start_mark.line + 2
    if not isinstance(node, yaml.SequenceNode) or not node.value:
        raise ContentError(
            [Problem(path, key_line, "`salindia:` harus berupa daftar salindia (judul dan poin).")]
        )
    entries, problems = [], []
    loader_value = yaml.safe_load(match.group(1))[DECK_KEY]
    for item_node, item in zip(node.value, loader_value, strict=True):
        line = item_node.start_mark.line + 2
        entry, trouble = _parse_entry(item, line)
        problems += [Problem(path, line, message) for message in trouble]
        if entry:
            entries.append(entry)
    if problems:
        raise ContentError(problems)
    return entries, key_line


def _text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _parse_entry(item, line: int) -> tuple[DeckEntry | None, list[str]]:
    if not isinstance(item, dict):
        return None, ["Setiap butir `salindia:` berisi `judul` dan `poin`, atau `kuis: <id soal>`."]
    if "kuis" in item:
        unknown = set(item) - QUIZ_KEYS
        if unknown:
            return None, [f"Butir `kuis` hanya boleh disertai `catatan`, bukan `{min(unknown)}`."]
        if not _text(item["kuis"]):
            return None, ["`kuis` berisi id soal dari halaman kuis modul ini."]
        return DeckEntry(line, quiz=item["kuis"].strip(), notes=str(item.get("catatan") or "")), []
    problems = []
    unknown = set(item) - SLIDE_KEYS
    if unknown:
        problems.append(
            f"Kunci `{min(unknown)}` tidak dikenal. Gunakan: " + ", ".join(sorted(SLIDE_KEYS)) + "."
        )
    if not _text(item.get("judul")):
        problems.append("Salindia ini belum memiliki `judul`.")
    points = item.get("poin", [])
    if not isinstance(points, list) or not all(_text(point) for point in points):
        problems.append("`poin` berupa daftar kalimat pendek, satu poin per baris `- `.")
        points = []
    if ("sebelum" in item) != ("sesudah" in item):
        problems.append("`sebelum` dan `sesudah` ditulis berpasangan.")
    for name in ("gambar", "catatan", "sebelum", "sesudah"):
        if name in item and not _text(item[name]):
            problems.append(f"`{name}` harus berupa teks.")
    if not item.get("poin") and "gambar" not in item and "sebelum" not in item:
        problems.append("Salindia ini kosong: isi `poin`, `gambar`, atau `sebelum`/`sesudah`.")
    if problems:
        return None, problems
    return (
        DeckEntry(
            line,
            title=item["judul"].strip(),
            points=tuple(point.strip() for point in points),
            figure=str(item.get("gambar", "")).strip(),
            notes=str(item.get("catatan", "")).strip(),
            before=str(item.get("sebelum", "")).strip(),
            after=str(item.get("sesudah", "")).strip(),
        ),
        [],
    )


def curated_slide(entry: DeckEntry, figure: dict | None) -> Slide:
    """The slide of a curated entry; its notes are paragraphs of escaped text."""
    notes = [
        f"<p>{html_text.escape(part.strip())}</p>" for part in entry.notes.split("\n\n") if part
    ]
    return Slide(
        entry.title,
        notes=notes,
        kind="poin",
        points=list(entry.points),
        figure=figure,
        before=entry.before,
        after=entry.after,
        line=entry.line,
    )


def count_words(text: str) -> int:
    return len(html_text.unescape(re.sub(r"<[^>]+>", " ", text)).split())


class _QuizText(HTMLParser):
    """Visible words of a quiz form as the deck shows it (salindia.js): the question slide
    (question, context, hint, options or steps) and its explanation slide."""

    QUESTION = ("kuis__pertanyaan", "kuis__konteks", "kuis__petunjuk")
    HIDDEN = ("kuis__umpan-opsi", "kuis__aksi", "kuis__umpan")

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, tuple[str, ...]]] = []
        self.question = self.explanation = self.options = self.answers = 0
        self.steps = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("input", "br", "img", "hr"):
            return
        classes = tuple((dict(attrs).get("class") or "").split())
        self.stack.append((tag, classes))

    def handle_startendtag(self, tag, attrs):
        """Self-closed tags (``<input />``) hold no text."""

    def handle_endtag(self, tag):
        if any(open_tag == tag for open_tag, _ in self.stack):
            while self.stack.pop()[0] != tag:
                pass

    def handle_data(self, data):
        words = len(data.split())
        classes = {name for _, names in self.stack for name in names}
        tags = {tag for tag, _ in self.stack}
        if not words or classes & set(self.HIDDEN) or "summary" in tags:
            return
        if classes & set(self.QUESTION):
            self.question += words
        elif "kuis__opsi" in classes and "label" in tags:
            self.options += words
        elif "kuis__urutan" in classes and "label" in tags:
            self.steps += words
        elif "kuis__kunci-daftar" in classes:
            self.answers += words
        elif "kuis__pembahasan" in classes:
            self.explanation += words


def quiz_words(form_html: str, kind: str) -> tuple[int, int]:
    """Visible words on a quiz question's slide and on its explanation slide (0: none)."""
    parser = _QuizText()
    parser.feed(form_html)
    if kind in ("isian", "urutan"):
        # The accepted answers or the right order go to the explanation slide.
        return parser.question + parser.steps + 8, 3 + parser.answers + parser.explanation
    explanation = 3 + parser.explanation if parser.explanation else 0
    return parser.question + parser.options + 2, explanation


def slide_words(slide: Slide) -> int:
    """Visible words of a curated or page slide (notes excluded)."""
    texts = [slide.title, *slide.points, slide.before, slide.after]
    if slide.before:
        texts.append("Sebelum Sesudah")
    return sum(count_words(text) for text in texts) + count_words(slide.body)


@dataclass(frozen=True)
class SlideSize:
    """One slide of a built deck as the budget sees it: its words and where it is written."""

    title: str
    words: int
    line: int


def deck_figures(sizes: list[SlideSize]) -> dict:
    words = [size.words for size in sizes]
    return {
        "slides": len(words),
        "median": statistics.median(words) if words else 0,
        "max": max(words, default=0),
    }


def validate_deck(sizes: list[SlideSize], path: str, key_line: int) -> list[Problem]:
    """What breaks the deck budget, located at the ``salindia:`` entry (or key) to shorten."""
    figures = deck_figures(sizes)
    where = key_line or 1
    problems = []
    if figures["slides"] > MAX_SLIDES:
        problems.append(
            Problem(
                path,
                where,
                f"Salindia modul ini berisi {figures['slides']} salindia (termasuk kuis dan "
                f"pembahasannya); batasnya {MAX_SLIDES}. Kurangi butir `salindia:`.",
            )
        )
    for size in sizes:
        if size.words > MAX_WORDS:
            problems.append(
                Problem(
                    path,
                    size.line or where,
                    f"Salindia \u201c{size.title}\u201d memuat {size.words} kata; batasnya "
                    f"{MAX_WORDS}. Persingkat poinnya atau pindahkan rinciannya ke `catatan`.",
                )
            )
    if figures["median"] > MAX_MEDIAN_WORDS:
        problems.append(
            Problem(
                path,
                where,
                f"Median salindia modul ini {figures['median']:g} kata; batasnya "
                f"{MAX_MEDIAN_WORDS}. Persingkat poin-poinnya.",
            )
        )
    return problems


def objective_groups(objectives: list[str]) -> list[list[str]]:
    """Learning objectives in groups that each fit on one slide within the word budget."""
    groups: list[list[str]] = [[]]
    used = OBJECTIVES_LEAD_WORDS
    for objective in objectives:
        size = count_words(objective)
        if groups[-1] and used + size > OBJECTIVES_WORDS:
            groups.append([])
            used = OBJECTIVES_LEAD_WORDS
        groups[-1].append(objective)
        used += size
    return groups


# "Tujuan belajar" and "Setelah sesi ini, peserta mampu:" on every objectives slide; long
# objectives take more lines than points, so a slide holds fewer words of them.
OBJECTIVES_LEAD_WORDS = 7
OBJECTIVES_WORDS = 45


def objectives_words(objectives: list[str]) -> int:
    return OBJECTIVES_LEAD_WORDS + sum(count_words(objective) for objective in objectives)


# The closing slide's fixed text (overrides/salindia.html): its thanks, the portal's line, the
# invitation to scan, and "what next" with the module's and the next module's titles.
CLOSING_TEXT = (
    "Terima kasih Portal Pindai kode QR untuk membuka portal di ponsel. Semua modul, kuis, dan "
    "alat dapat dipelajari lagi kapan saja, juga tanpa akun. Belajar berikutnya: Kerjakan kuis "
    "dan pedoman ringkas modul Lanjutkan ke Modul 9: Judul modul berikutnya"
)


def closing_words(site_name: str, portal: str, module_title: str) -> int:
    return count_words(" ".join((CLOSING_TEXT, site_name, portal, module_title)))


IMG_RE = re.compile(r"<img\b[^>]*>")


def figure_alt(html: str, name: str) -> str:
    """The text alternative a page gives to the figure file ``name`` (empty if not shown)."""
    for tag in IMG_RE.findall(html):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', tag))
        if posixpath.basename(attrs.get("src", "")) == name and attrs.get("alt"):
            return html_text.unescape(attrs["alt"])
    return ""
