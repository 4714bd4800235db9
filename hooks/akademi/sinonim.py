"""Search vocabulary beyond the glossary: what admins type, mapped to the site's words.

``docs/data/sinonim-cari.yml`` holds search-only synonym groups (``sinonim``: colloquial,
English and platform words and phrases), words the stemmer must keep whole because their root
means something else (``utuh``: "ukuran" is a size, not "mengukur"), and question and filler
words that weigh little in a query (``pengisi``). The Cek Diksi word lists add one-way
spellings: a non-standard or foreign word typed in the search box also finds its standard
form ("himbauan" finds "imbauan", "analisa" finds "analisis", "deadline" finds "tenggat").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import yaml

from akademi.data import SAFE_LOADER
from akademi.diksi import Rules
from akademi.problems import ContentError, Problem

DATA_FILE = "data/sinonim-cari.yml"
SECTIONS = ("sinonim", "utuh", "pengisi")
TERM_RE = re.compile(r"^[a-z0-9]+(?:[ '-][a-z0-9]+)*$")


@dataclass
class SearchVocabulary:
    groups: list[list[str]] = field(default_factory=list)
    whole: list[str] = field(default_factory=list)
    fillers: list[str] = field(default_factory=list)


def _term(node: yaml.Node, path: str, problems: list[Problem]) -> str | None:
    value = node.value.strip().lower() if isinstance(node, yaml.ScalarNode) else None
    if not value or not TERM_RE.match(value):
        problems.append(
            Problem(
                path,
                node.start_mark.line + 1,
                "Tulis kata atau frasa huruf kecil tanpa tanda baca, misalnya `jadwal posting`.",
            )
        )
        return None
    return value


def parse_vocabulary(text: str, path: str = f"docs/{DATA_FILE}") -> SearchVocabulary:
    """The search vocabulary of a data file; every problem is raised at once with its line."""
    try:
        root = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise ContentError([Problem(path, line, f"Bukan YAML yang sah: {error}")]) from error
    vocabulary = SearchVocabulary()
    if root is None:
        return vocabulary
    if not isinstance(root, yaml.MappingNode):
        raise ContentError([Problem(path, 1, f"Isi berkas: kolom {', '.join(SECTIONS)}.")])
    problems: list[Problem] = []
    for key, value in root.value:
        line = key.start_mark.line + 1
        if key.value not in SECTIONS:
            problems.append(
                Problem(path, line, f"Kolom `{key.value}` tidak dikenal: {', '.join(SECTIONS)}.")
            )
            continue
        if not isinstance(value, yaml.SequenceNode):
            problems.append(Problem(path, line, f"Kolom `{key.value}` harus berupa daftar."))
            continue
        for item in value.value:
            if key.value != "sinonim":
                term = _term(item, path, problems)
                if term:
                    getattr(vocabulary, "whole" if key.value == "utuh" else "fillers").append(term)
                continue
            terms = [_term(node, path, problems) for node in getattr(item, "value", [])]
            if not isinstance(item, yaml.SequenceNode) or len(set(terms)) < 2:
                problems.append(
                    Problem(
                        path,
                        item.start_mark.line + 1,
                        "Setiap kelompok sinonim berisi dua kata atau frasa berbeda atau lebih, "
                        "misalnya [jadwal posting, kalender konten].",
                    )
                )
            elif all(terms):
                vocabulary.groups.append(list(dict.fromkeys(terms)))
    if problems:
        raise ContentError(problems)
    return vocabulary


def spellings(rules: Rules, site_words: Iterable[str]) -> list[list[str]]:
    """One-way pairs [typed, site word] from the Cek Diksi lists (non-standard and foreign
    words to their standard form), kept when the site uses the standard form: the others could
    never find anything, and would only make every search index larger."""
    text = " " + " ".join(sorted(site_words)) + " "
    pairs = []
    for key, entry in sorted(rules.words.items()):
        if entry.kind not in ("baku", "serapan") or not entry.suggestions:
            continue
        target = entry.suggestions[0].lower()
        if target != key and all(f" {word}" in text for word in target.split()):
            pairs.append([key, target])
    return pairs
