"""The short-answer rule, shared with kuis.js (tests/data/isian-vectors.json runs both)."""

from __future__ import annotations

import re
import unicodedata

INVISIBLE_RE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
SPACES_RE = re.compile(
    r"[\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+"
)
TRAILING_RE = re.compile("[ .,;:!?]+$")


def normalize_answer(text: str) -> str:
    """How short answers are compared, here and in kuis.js (``normalize``), step for step:

    1. invisible characters copied along with text (soft hyphen, zero-width spaces and joiners,
       word joiner, byte order mark) are removed;
    2. NFKC: full-width letters and digits, ligatures and the non-breaking and other special
       spaces become their plain forms ("…" becomes "...");
    3. Unicode full case folding ("Straße" and "STRASSE" both become "strasse"), then NFKC again;
    4. every run of spaces, tabs and line breaks becomes one space;
    5. spaces and the marks . , ; : ! ? at the end are dropped, and spaces at the start.
    """
    text = unicodedata.normalize("NFKC", INVISIBLE_RE.sub("", text))
    text = unicodedata.normalize("NFKC", text.casefold())
    return TRAILING_RE.sub("", SPACES_RE.sub(" ", text)).lstrip(" ")
