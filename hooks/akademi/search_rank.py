"""Search ranking: learners meet lessons and tools before pages written for someone else.

Material's worker adds every index document with its ``boost`` (Lunr multiplies the
document's scores by it), so a page for trainers or contributors, or a notebook whose code
and output repeat many words, ranks below a lesson with the same match. Quiz source shown as
an example (a code block holding ``/// kuis``) stays out of the index: its ticked option is
a quiz answer, not text to find.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

# Pages for trainers and contributors, by the start of their site path.
SIDE_PAGES = ("pelatih/", "panduan-kontributor/")
SIDE_BOOST = 0.2
NOTEBOOK_BOOST = 0.2

CODE_BLOCK_RE = re.compile(
    r'<div class="(?P<classes>[^"]*\bhighlight\b[^"]*)"(?P<rest>[^>]*)>'
    r"(?P<body>.*?)</pre>\s*</div>",
    re.DOTALL,
)
TAG_RE = re.compile(r"<[^>]+>")
QUIZ_OPENER_RE = re.compile(r"^///\s*kuis\b", re.MULTILINE)


def page_boost(location: str, notebook_pages: Iterable[str]) -> float | None:
    """The boost of an index document at ``location`` (``page/#section``); None keeps 1."""
    page = location.split("#", 1)[0]
    if page.startswith(SIDE_PAGES):
        return SIDE_BOOST
    if page in notebook_pages:
        return NOTEBOOK_BOOST
    return None


def rank_documents(docs: list[dict], notebook_pages: Iterable[str]) -> None:
    """Set ``boost`` on the index documents of side pages and notebooks (in place)."""
    notebooks = set(notebook_pages)
    for doc in docs:
        boost = page_boost(doc.get("location", ""), notebooks)
        if boost is not None:
            doc["boost"] = boost


def exclude_quiz_source(content: str) -> str:
    """Mark code blocks that show quiz source with Material's ``data-search-exclude``."""

    def mark(match: re.Match) -> str:
        code = html.unescape(TAG_RE.sub("", match.group("body")))
        if not QUIZ_OPENER_RE.search(code) or "data-search-exclude" in match.group("rest"):
            return match.group()
        head = f'<div class="{match.group("classes")}"{match.group("rest")} data-search-exclude>'
        return head + match.group()[match.group().index(">") + 1 :]

    return CODE_BLOCK_RE.sub(mark, content)
