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


# A comment, a declaration (<!doctype>), or a start/end tag whose quoted attribute values may
# contain ">".
TOKEN_RE = re.compile(
    r"<!--.*?-->|<![^>]*>|<(?P<end>/?)(?P<tag>[a-zA-Z][^\s/>]*)(?P<attrs>(?:[^>\"']|\"[^\"]*\"|'[^']*')*)>",
    re.DOTALL,
)
ATTR_RE = re.compile(r"""([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
RAW_TEXT = ("script", "style", "textarea")


def _attrs(text: str) -> tuple[tuple[str, str | None], ...]:
    """Attribute (name, value) pairs like HTMLParser's: names lower case, values unescaped,
    None for a bare attribute (``hidden``)."""
    pairs = []
    for match in ATTR_RE.finditer(text):
        value = next((v for v in match.group(2, 3, 4) if v is not None), None)
        pairs.append((match.group(1).lower(), None if value is None else unescape(value)))
    return tuple(pairs)


def _spans(html: str) -> list[tuple[str, int, int, tuple]]:
    """(tag, start, end, attrs) of each top-level element, comment (tag "!--") and run of
    stray text ("#text"). A regular-expression scan: the input is generated, well-formed
    markup, and this runs over every module page at each build."""
    spans, depth, opened, position = [], 0, None, 0
    for match in TOKEN_RE.finditer(html):
        if match.start() < position:
            continue  # inside a raw-text element skipped below
        if depth == 0 and html[position : match.start()].strip():
            spans.append(("#text", position, match.start(), ()))
        position = match.end()
        tag = (match.group("tag") or "").lower()
        if not tag:
            if depth == 0 and match.group(0).startswith("<!--"):
                comment = match.group(0)[4:-3].strip()
                spans.append(("!--", match.start(), match.end(), (("komentar", comment),)))
            continue
        if match.group("end"):
            if tag in VOID:
                continue
            depth = max(depth - 1, 0)
            if depth == 0 and opened is not None:
                spans.append((opened[0], opened[1], match.end(), opened[2]))
                opened = None
            continue
        closed = tag in VOID or match.group("attrs").rstrip().endswith("/")
        if tag in RAW_TEXT and not closed:
            found = re.compile(rf"</{tag}\s*>", re.IGNORECASE).search(html, match.end())
            position = found.end() if found else len(html)
            if depth == 0:
                spans.append((tag, match.start(), position, _attrs(match.group("attrs"))))
            continue
        if depth == 0:
            if closed:
                spans.append((tag, match.start(), match.end(), _attrs(match.group("attrs"))))
                continue
            opened = (tag, match.start(), _attrs(match.group("attrs")))
        if not closed:
            depth += 1
    if depth == 0 and html[position:].strip():
        spans.append(("#text", position, len(html), ()))
    return spans


def top_level_blocks(html: str) -> list[Block]:
    """Split content HTML into its top-level elements, comments and stray text, in order."""
    blocks = []
    for tag, start, end, attrs in _spans(html):
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


def insert_after_title(html: str, fragment: str) -> str:
    """Place ``fragment`` right after the page's first heading, or at the top."""
    end = html.find("</h1>")
    if end == -1:
        return fragment + html
    end += len("</h1>")
    return html[:end] + fragment + html[end:]
