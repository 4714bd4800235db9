"""Root words for the search stemmer: the part of a free Indonesian dictionary the site needs.

The stemmer (overrides/assets/javascripts/workers/stemmer-id.js) strips affixes until it
reaches a known root, so it is only as good as its root list. The list comes from the
Indonesian Hunspell dictionary (kamus/README.md: LGPL-3, redistributable; Sastrawi's Kateglo
list is CC BY-NC-SA and cannot ship). Shipping all 28,000 roots would add 220 KB to every
search index, so only roots that can occur inside a word of the site are kept; every root the
stemmer could reach from the site's words (after me-/pe- sound changes, which replace a root's
first letter) survives, so the site's words stem exactly as with the whole dictionary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

DICTIONARY = Path(__file__).parent / "kamus" / "akar-kata-id.txt"
TAG_RE = re.compile(r"<[^>]*>")
# Like vocabulary() in stemmer-id.js: runs of letters and digits; only plain a-z words count.
TOKEN_RE = re.compile(r"[^\W_]+")
PLAIN_RE = re.compile(r"[a-z]+")


@cache
def load_dictionary(path: Path = DICTIONARY) -> frozenset[str]:
    return frozenset(path.read_text(encoding="utf-8").split())


def vocabulary(docs: Iterable[dict]) -> set[str]:
    """The distinct plain words of Material's search index documents, lower case."""
    tokens: set[str] = set()
    for doc in docs:
        text = TAG_RE.sub(" ", f"{doc.get('title') or ''} {doc.get('text') or ''}").lower()
        tokens.update(TOKEN_RE.findall(text))
    return {token for token in tokens if PLAIN_RE.fullmatch(token)}


def site_roots(words: Iterable[str], dictionary: frozenset[str]) -> list[str]:
    """Dictionary roots found inside a word of the site, whole or without their first letter
    (menulis -> tulis, memukul -> pukul, menyapu -> sapu), sorted."""
    # Roots have three letters or more (the list drops shorter ones), so pieces of two or more,
    # and no longer than the longest root.
    longest = max(map(len, dictionary), default=0)
    pieces = {
        word[start:end]
        for word in words
        for start in range(len(word))
        for end in range(start + 2, min(start + longest, len(word)) + 1)
    }
    return sorted(root for root in dictionary if root in pieces or root[1:] in pieces)
