"""A module's core path (inti) and deep-dive path (pendalaman).

Every module page says in its front matter which path it belongs to (``jalur: inti`` or
``jalur: pendalaman``; a notebook says it in its metadata, ``"akademi": {"jalur": ...}``). The
core path holds what the objectives and the quiz need; deep-dive pages are optional reading.
This module reads and checks that field, counts the words a reader sees, turns words into
reading time, and marks up wide tables so a phone can stack them.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from html import escape, unescape

import yaml

from akademi.modules import field_lines, module_slug, split_front_matter
from akademi.problems import ContentError, Problem

CORE, DEEP = "inti", "pendalaman"
PATHS = (CORE, DEEP)
# Pages every learner needs to finish a module: always core, but not counted as teaching text.
SUPPORT_PAGES = ("kuis", "lembar-kerja", "pedoman-ringkas", "ringkasan")
# Silent reading of Indonesian non-fiction on a phone: slower than the ~250 words a minute
# of English on paper (longer words, a small screen, readers who stop to take notes).
WORDS_PER_MINUTE = 200
CORE_WORD_LIMIT = 5000
# From this many columns a table is too wide for a 360 px screen: a phone shows it stacked.
WIDE_TABLE_COLUMNS = 5

UNREAD_RE = re.compile(r"<(pre|script|style|svg|template)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
TAG_RE = re.compile(r"<[^>]*>")
WORD_RE = re.compile(r"\w")
TABLE_RE = re.compile(r"<table\b(?P<attrs>[^>]*)>(?P<body>.*?)</table>", re.DOTALL)
ROW_RE = re.compile(r"<tr\b[^>]*>(?P<cells>.*?)</tr>", re.DOTALL)
CELL_RE = re.compile(r"<(?P<tag>t[dh])\b(?P<attrs>[^>]*)>(?P<body>.*?)</(?P=tag)>", re.DOTALL)
# Module cards render before the pages they add up: they hold a marker filled in afterwards.
TOTALS_MARKER_START = "<!--akademi-jalur-total:"
TOTALS_MARKER_RE = re.compile(r"<!--akademi-jalur-total:(?P<slug>[a-z0-9-]+)-->")


@dataclass(frozen=True)
class ModulePage:
    """One page of a module and the path it belongs to."""

    path: str
    jalur: str

    @property
    def module(self) -> str:
        return module_slug(self.path) or ""

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]

    @property
    def teaching(self) -> bool:
        """Counted against the core path's word limit: core pages other than the support pages."""
        return self.jalur == CORE and self.name not in SUPPORT_PAGES


def is_module_page(path: str) -> bool:
    return bool(module_slug(path)) and path.endswith((".md", ".ipynb"))


def parse_page(path: str, text: str) -> ModulePage:
    """Read and check a module page's ``jalur``; a problem names the file and the line."""
    if path.endswith(".ipynb"):
        value, line = _notebook_value(path, text), 1
        where = 'metadata notebook `"akademi": {"jalur": ...}`'
    else:
        try:
            meta, _, _ = split_front_matter(text)
        except yaml.YAMLError:
            meta = {}  # hooks/modules.py reports broken YAML on index pages; here: field missing
        value, line = meta.get("jalur"), field_lines(text).get("jalur", 1)
        where = "front matter"
    if value is None:
        raise ContentError(
            [
                Problem(
                    path,
                    line,
                    f"Kolom `jalur` wajib ada di {where} setiap halaman modul: tulis "
                    "`jalur: inti` (diperlukan untuk tujuan belajar dan kuis) atau "
                    "`jalur: pendalaman` (bacaan tambahan).",
                )
            ]
        )
    if value not in PATHS:
        message = f"Kolom `jalur`: '{value}' tidak dikenal; pilih `inti` atau `pendalaman`."
        raise ContentError([Problem(path, line, message)])
    page = ModulePage(path, value)
    if value == DEEP and (page.name in SUPPORT_PAGES or page.name == "index"):
        raise ContentError(
            [
                Problem(
                    path,
                    line,
                    "Kolom `jalur`: halaman pembuka, kuis, lembar kerja, pedoman ringkas, dan "
                    "ringkasan selalu `inti`, karena diperlukan untuk menyelesaikan modul.",
                )
            ]
        )
    return page


def _notebook_value(path: str, text: str):
    try:
        notebook = json.loads(text)
    except json.JSONDecodeError as error:
        message = f"Notebook bukan JSON yang sah: {error}"
        raise ContentError([Problem(path, error.lineno, message)]) from error
    return ((notebook.get("metadata") or {}).get("akademi") or {}).get("jalur")


def count_words(html: str) -> int:
    """Words a reader sees in rendered content: code blocks, scripts and icons left out, and
    a token counts only if it holds a letter or a digit (not "—" or "¶")."""
    text = unescape(TAG_RE.sub(" ", UNREAD_RE.sub(" ", html)))
    return sum(1 for token in text.split() if WORD_RE.search(token))


def reading_minutes(words: int) -> int:
    """Minutes at WORDS_PER_MINUTE, rounded up: a reader is not promised less than it takes."""
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


@dataclass(frozen=True)
class PathTotals:
    """Reading time of one module's core path and deep-dive path."""

    core_minutes: int = 0
    deep_minutes: int = 0
    teaching_words: int = 0
    deep_words: int = 0


def module_totals(pages: list[ModulePage], words: dict[str, int]) -> dict[str, PathTotals]:
    """Per module: the sum of its pages' reading times on each path, and its core teaching
    words. Pages without a word count (not built) are left out."""
    totals: dict[str, PathTotals] = {}
    for page in pages:
        if page.path not in words:
            continue
        old = totals.get(page.module, PathTotals())
        minutes = reading_minutes(words[page.path])
        totals[page.module] = PathTotals(
            old.core_minutes + (minutes if page.jalur == CORE else 0),
            old.deep_minutes + (minutes if page.jalur == DEEP else 0),
            old.teaching_words + (words[page.path] if page.teaching else 0),
            old.deep_words + (words[page.path] if page.jalur == DEEP else 0),
        )
    return totals


def over_limit(totals: dict[str, PathTotals], limit: int = CORE_WORD_LIMIT) -> list[str]:
    """One message per module whose core teaching text is longer than ``limit`` words."""
    return [
        f"Modul '{module}': teks ajar jalur inti {total.teaching_words} kata, lebih dari batas "
        f"{limit} kata. Pindahkan halaman yang tidak diperlukan tujuan belajar dan kuis ke "
        "`jalur: pendalaman`, atau ringkas teksnya."
        for module, total in sorted(totals.items())
        if total.teaching_words > limit
    ]


def totals_marker(slug: str) -> str:
    return f"{TOTALS_MARKER_START}{slug}-->"


def fill_totals(html: str, render) -> str:
    """Replace each module's totals marker by ``render(slug)``."""
    return TOTALS_MARKER_RE.sub(lambda match: render(match.group("slug")), html)


def label_wide_tables(html: str, columns: int = WIDE_TABLE_COLUMNS) -> str:
    """Give every table of ``columns`` or more columns ``data-tumpuk`` and each body cell a
    ``data-label`` naming its column, so CSS can stack the rows as cards on a phone."""

    def label(table: re.Match) -> str:
        rows = ROW_RE.findall(table.group("body"))
        if not rows:
            return table.group(0)
        names = [_text(cell.group("body")) for cell in CELL_RE.finditer(rows[0])]
        if len(names) < columns or "<thead" not in table.group("body"):
            return table.group(0)
        head, _, rest = table.group("body").partition("</thead>")
        body = ROW_RE.sub(lambda row: _label_row(row, names), rest)
        return f"<table{table.group('attrs')} data-tumpuk>{head}</thead>{body}</table>"

    return TABLE_RE.sub(label, html)


def _label_row(row: re.Match, names: list[str]) -> str:
    cells = iter(range(len(names)))

    def add(cell: re.Match) -> str:
        index = next(cells, None)
        if index is None or not names[index] or "data-label=" in cell.group("attrs"):
            return cell.group(0)
        attrs = f'{cell.group("attrs")} data-label="{escape(names[index])}"'
        return f"<{cell.group('tag')}{attrs}>{cell.group('body')}</{cell.group('tag')}>"

    return CELL_RE.sub(add, row.group(0))


def _text(html: str) -> str:
    return " ".join(unescape(TAG_RE.sub(" ", html)).split())
