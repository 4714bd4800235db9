"""One short-answer rule in Python (answer keys, Moodle export) and in the browser (kuis.js).

tests/data/isian-vectors.json holds hand-written vectors; both implementations must give them,
and must agree letter by letter over the scripts a learner in Indonesia may type or paste.
"""

from __future__ import annotations

import json
import unicodedata

import pytest
from nodejs import run_node

from akademi.quiz import normalize_answer
from conftest import ROOT

VECTORS = json.loads((ROOT / "tests" / "data" / "isian-vectors.json").read_text("utf-8"))
# Latin, Greek, Cyrillic, the Latin and Greek extensions, punctuation and spaces, full-width
# forms, and Cherokee (whose case folding goes to capitals).
RANGES = [(0x20, 0x530), (0x13A0, 0x1400), (0x1E00, 0x2070), (0x3000, 0x3001), (0xAB70, 0xABC0)]
RANGES.append((0xFF00, 0xFFF0))


@pytest.mark.parametrize("vector", VECTORS["vektor"], ids=lambda v: v["nama"])
def test_python_gives_the_shared_vectors(vector):
    assert normalize_answer(vector["ketik"]) == vector["hasil"]


def test_kuis_js_gives_the_shared_vectors():
    result = run_node(
        "const k = load('kuis.js'); return input.map(v => k.normalize(v.ketik));",
        VECTORS["vektor"],
    )
    assert result == [vector["hasil"] for vector in VECTORS["vektor"]]


def test_python_and_kuis_js_agree_on_every_letter_of_these_scripts():
    letters = [
        chr(code)
        for start, end in RANGES
        for code in range(start, end)
        if unicodedata.category(chr(code)) != "Cn"
    ]
    typed = [text for letter in letters for text in (letter, f"A{letter}b", f"{letter}{letter}.")]
    browser = run_node("const k = load('kuis.js'); return input.map(k.normalize);", typed)
    differ = [
        (text, normalize_answer(text), seen)
        for text, seen in zip(typed, browser, strict=True)
        if normalize_answer(text) != seen
    ]
    assert len(typed) > 5000 and differ == []
