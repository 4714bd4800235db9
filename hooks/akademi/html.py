"""Small, pure helpers for the rendered HTML of a page: its top-level blocks, and moving it to
another URL (slide decks and the print-all page reuse page content at a different address).

The input is what Python-Markdown and MkDocs produce (well-formed, double-quoted attributes),
so a tokenizer from the standard library is enough; nothing here touches the network or disk.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser

VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
TAG_RE = re.compile(r"<(?P<tag>a|img|source|audio|video)\b[^>]*>", re.IGNORECASE)
URL_ATTR_RE = re.compile(r"(?P<lead>\s(?:href|src)=\")(?P<url>[^\"]*)(?P<end>\")")
ID_ATTR_RE = re.compile(r"(?P<lead>\s(?:id|for)=\")(?P<value>[^\"]*)(?P<end>\")")
TAB_NAME_RE = re.compile(r"(?P<lead>\sname=\")(?P<value>__tabbed_[^\"]*)(?P<end>\")")
HEADERLINK_RE = re.compile(r"<a class=\"headerlink\"[^>]*>.*?</a>", re.DOTALL)
SCHEME_RE = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
TEXT_RE = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Block:
    """One top-level element (or comment) of a page's content, with its exact source text."""

    tag: str
    classes: tuple[str, ...]
    html: str
    attrs: tuple[tuple[str, str], ...] = ()

    def has_class(self, name: str) -> bool:
        return name in self.classes

    def attr(self, name: str) -> str | None:
        return dict(self.attrs).get(name)

    @property
    def text(self) -> str:
        """Visible text, roughly: tags removed, whitespace collapsed."""
        return " ".join(unescape(TEXT_RE.sub(" ", self.html)).split())


class _Scanner(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0]
        for match in re.finditer("\n", source):
            self.line_starts.append(match.end())
        self.depth = 0
        self.open: tuple[str, int, tuple] | None = None
        self.spans: list[tuple[str, int, int, tuple]] = []

    def _position(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        if self.depth == 0:
            start = self._position()
            if tag in VOID:
                end = start + len(self.get_starttag_text())
                self.spans.append((tag, start, end, tuple(attrs)))
                return
            self.open = (tag, start, tuple(attrs))
        if tag not in VOID:
            self.depth += 1

    def handle_startendtag(self, tag, attrs):
        if self.depth == 0:
            start = self._position()
            self.spans.append((tag, start, start + len(self.get_starttag_text()), tuple(attrs)))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        self.depth = max(self.depth - 1, 0)
        if self.depth == 0 and self.open is not None:
            end = self.source.index(">", self._position()) + 1
            name, start, attrs = self.open
            self.spans.append((name, start, end, attrs))
            self.open = None

    def handle_comment(self, data):
        if self.depth == 0:
            start = self._position()
            end = self.source.index("-->", start) + 3
            self.spans.append(("!--", start, end, (("komentar", data.strip()),)))

    def handle_data(self, data):
        if self.depth == 0 and data.strip():
            start = self._position()
            self.spans.append(("#text", start, start + len(data), ()))


def top_level_blocks(html: str) -> list[Block]:
    """Split content HTML into its top-level elements, comments and stray text, in order."""
    scanner = _Scanner(html)
    scanner.feed(html)
    scanner.close()
    blocks = []
    for tag, start, end, attrs in scanner.spans:
        classes = tuple((dict(attrs).get("class") or "").split())
        blocks.append(Block(tag, classes, html[start:end], attrs))
    return blocks


def page_dir(url: str) -> str:
    """The folder a page's relative URLs start from (``a/b/`` → ``a/b``, ``a/b.html`` → ``a``)."""
    return url.rstrip("/") if url.endswith("/") or not url else posixpath.dirname(url)


def relocate_url(url: str, source: str, target: str) -> str:
    """A relative URL written on page ``source`` rewritten for page ``target``.

    Absolute URLs, scheme URLs and root paths are kept. A bare fragment points back to the
    source page, because the target does not carry the source's ids.
    """
    if not url or SCHEME_RE.match(url) or url.startswith(("/", "//")):
        return url
    path, hash_mark, fragment = url.partition("#")
    path, question, query = path.partition("?")
    if path:
        trailing = path.endswith("/")
        resolved = posixpath.normpath(posixpath.join(page_dir(source), path))
    else:
        trailing = source.endswith("/") or not source
        resolved = posixpath.normpath(source or ".")
    moved = posixpath.relpath(resolved, page_dir(target) or ".")
    if trailing:
        moved = "./" if moved == "." else moved + "/"
    return moved + (question + query) + (hash_mark + fragment)


def relocate_html(html: str, source: str, target: str, id_prefix: str = "") -> str:
    """Move content HTML from page ``source`` to page ``target``.

    Relative links and images are rewritten; with ``id_prefix``, ids, label targets and tab
    group names get the prefix (several pages on one target page must not share ids) and
    same-page fragments follow the prefix instead of pointing back to the source.
    """

    def move_tag(match: re.Match) -> str:
        tag = match.group(0)

        def move(attr: re.Match) -> str:
            url = attr.group("url")
            if url.startswith("#") and id_prefix:
                new = "#" + id_prefix + url[1:] if len(url) > 1 else url
            else:
                new = relocate_url(url, source, target)
            return attr.group("lead") + new + attr.group("end")

        return URL_ATTR_RE.sub(move, tag)

    moved = TAG_RE.sub(move_tag, html)
    if id_prefix:
        moved = ID_ATTR_RE.sub(
            lambda m: m.group("lead") + id_prefix + m.group("value") + '"', moved
        )
        moved = TAB_NAME_RE.sub(
            lambda m: m.group("lead") + id_prefix + m.group("value") + '"', moved
        )
    return moved


def strip_headerlinks(html: str) -> str:
    """Remove the ``¶`` permalinks MkDocs adds to headings."""
    return HEADERLINK_RE.sub("", html)
