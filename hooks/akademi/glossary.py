"""The glossary data file: one source for the Glosarium page, search synonyms and tooltips.

``docs/data/glosarium.yml`` is a list of terms, each with ``istilah`` (the term as admins meet
it on the platform), ``padanan`` (the Indonesian equivalent), ``definisi``, ``modul`` (slug of
the module that teaches it) and ``sinonim``. Every problem is reported with file and line.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import jinja2
import yaml

from akademi import pages
from akademi.data import SAFE_LOADER
from akademi.problems import ContentError, Problem

DATA_FILE = "data/glosarium.yml"
PAGE = "glosarium.md"
FIELDS = ("istilah", "padanan", "definisi", "modul", "sinonim")
REQUIRED = ("istilah", "padanan", "definisi", "modul")
# Definitions become tooltip text (a title attribute) and table cells: plain text only.
MARKUP_RE = re.compile(r"[*_`\[\]<>|{}]")
WORD_RE = re.compile(r"^[\w][\w .'-]*$")
HEADING_ABBR_RE = re.compile(r"(<h[1-6][^>]*>)(.*?)(</h[1-6]>)", re.DOTALL)
ABBR_RE = re.compile(r"<abbr\b[^>]*>(.*?)</abbr>", re.DOTALL)


@dataclass(frozen=True)
class Term:
    istilah: str
    padanan: str
    definisi: str
    modul: str
    sinonim: tuple[str, ...]
    line: int
    modul_line: int = 0

    @property
    def tooltip(self) -> str:
        return f"{self.padanan}: {self.definisi}"


def _scalar(node: yaml.Node) -> str | None:
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str":
        return node.value.strip()
    return None


def parse_glossary(text: str, path: str = DATA_FILE) -> list[Term]:
    """Every term of the data file; all problems are raised together as ContentError."""
    try:
        root = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise ContentError([Problem(path, line, f"Bukan YAML yang sah: {error}")]) from error
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise ContentError(
            [Problem(path, root.start_mark.line + 1, "Isi berkas harus berupa daftar istilah.")]
        )
    terms: list[Term] = []
    problems: list[Problem] = []
    for item in root.value:
        line = item.start_mark.line + 1
        if not isinstance(item, yaml.MappingNode):
            problems.append(
                Problem(path, line, "Setiap istilah harus berisi kolom `istilah:` dst.")
            )
            continue
        values: dict[str, yaml.Node] = {}
        lines: dict[str, int] = {}
        for key_node, value_node in item.value:
            key = _scalar(key_node) or str(key_node.value)
            lines[key] = key_node.start_mark.line + 1
            if key not in FIELDS:
                problems.append(
                    Problem(
                        path,
                        lines[key],
                        f"Kolom `{key}` tidak dikenal. Kolom yang sah: {', '.join(FIELDS)}.",
                    )
                )
            values[key] = value_node
        fields: dict[str, str] = {}
        for field in REQUIRED:
            node = values.get(field)
            value = _scalar(node) if node is not None else None
            where = lines.get(field, line)
            if node is None:
                problems.append(Problem(path, line, f"Kolom `{field}` wajib diisi."))
            elif not value:
                problems.append(Problem(path, where, f"Kolom `{field}` tidak boleh kosong."))
            elif MARKUP_RE.search(value):
                problems.append(
                    Problem(
                        path,
                        where,
                        f"Kolom `{field}` harus teks biasa, tanpa tanda Markdown atau HTML.",
                    )
                )
            else:
                fields[field] = value
        synonyms: list[str] = []
        node = values.get("sinonim")
        if node is not None and not (isinstance(node, yaml.ScalarNode) and node.value == ""):
            where = lines["sinonim"]
            items = node.value if isinstance(node, yaml.SequenceNode) else None
            if items is None:
                problems.append(
                    Problem(path, where, "Kolom `sinonim` harus berupa daftar, misalnya [a, b].")
                )
            for entry in items or []:
                value = _scalar(entry)
                if not value or not WORD_RE.match(value):
                    problems.append(
                        Problem(
                            path,
                            entry.start_mark.line + 1,
                            "Setiap sinonim harus berupa kata atau frasa yang tidak kosong.",
                        )
                    )
                else:
                    synonyms.append(value)
        if "istilah" in fields and not WORD_RE.match(fields["istilah"]):
            problems.append(
                Problem(path, lines["istilah"], "Istilah hanya boleh berisi huruf, angka, spasi.")
            )
        if len(fields) == len(REQUIRED):
            terms.append(
                Term(**fields, sinonim=tuple(synonyms), line=line, modul_line=lines["modul"])
            )
    problems += duplicate_problems(terms, path)
    if problems:
        raise ContentError(problems)
    return terms


def read_glossary(path: Path) -> list[Term]:
    """The terms of the data file at ``path``, or none when there is no such file.

    Read once per version of the file: the glossary page and the search index both need it.
    """
    if not path.is_file():
        return []
    stat = path.stat()
    return list(_parse_glossary_file(path, stat.st_mtime_ns, stat.st_size))


@functools.lru_cache(maxsize=4)
def _parse_glossary_file(path: Path, _mtime: int, _size: int) -> tuple[Term, ...]:
    return tuple(parse_glossary(path.read_text(encoding="utf-8"), DATA_FILE))


def duplicate_problems(terms: list[Term], path: str = DATA_FILE) -> list[Problem]:
    """A term may appear once, and never as another term's synonym."""
    problems: list[Problem] = []
    first: dict[str, Term] = {}
    for term in terms:
        key = term.istilah.casefold()
        if key in first:
            problems.append(
                Problem(
                    path,
                    term.line,
                    f"Istilah `{term.istilah}` sudah ada di baris {first[key].line}; "
                    "gabungkan keduanya.",
                )
            )
        else:
            first[key] = term
    for term in terms:
        for synonym in term.sinonim:
            owner = first.get(synonym.casefold())
            if owner is not None and owner is not term:
                problems.append(
                    Problem(
                        path,
                        term.line,
                        f"Sinonim `{synonym}` adalah istilah tersendiri (baris {owner.line}).",
                    )
                )
    return problems


def module_problems(terms: list[Term], known: set[str], path: str = DATA_FILE) -> list[Problem]:
    """Each term must point at a module of the site."""
    choices = (
        f"Pilih salah satu: {', '.join(sorted(known))}." if known else "Situs belum punya modul."
    )
    return [
        Problem(path, term.modul_line or term.line, f"Modul `{term.modul}` tidak ada. {choices}")
        for term in terms
        if term.modul not in known
    ]


def abbreviations(terms: list[Term]) -> dict[str, str]:
    """Tooltip text for each term as written in prose: lower case and sentence case."""
    result: dict[str, str] = {}
    for term in terms:
        for form in (term.istilah, term.istilah[:1].upper() + term.istilah[1:]):
            result.setdefault(form, term.tooltip)
    return result


def synonym_groups(terms: list[Term]) -> list[list[str]]:
    """Search synonyms: every term with its equivalent and synonyms, lower case, both ways;
    the equivalent, the word the site uses, comes first."""
    groups = []
    for term in terms:
        group: list[str] = []
        for word in (term.padanan, term.istilah, *term.sinonim):
            word = word.lower()
            if word not in group:
                group.append(word)
        groups.append(group)
    return groups


def plain_headings(html: str) -> str:
    """Unwrap tooltips inside headings: a heading is a title, not a place to explain."""
    if "<abbr" not in html:
        return html
    return HEADING_ABBR_RE.sub(
        lambda match: match.group(1) + ABBR_RE.sub(r"\1", match.group(2)) + match.group(3), html
    )


def listed(nav: object, path: str) -> bool:
    """Whether a nav configuration names ``path`` (no nav at all lists every page)."""
    if nav is None:
        return True
    if isinstance(nav, str):
        return nav == path
    items = nav.values() if isinstance(nav, dict) else nav if isinstance(nav, list) else []
    return any(item is not None and listed(item, path) for item in items)


def render_page(
    templates: jinja2.Environment, terms: list[Term], module_titles: dict[str, str]
) -> str:
    """Markdown of the Glosarium page, terms in alphabetical order; each links to the module
    that teaches it (a site without modules, e.g. a rebranded copy, shows a dash)."""
    ordered = sorted(terms, key=lambda term: term.istilah.casefold())
    return pages.render(
        templates,
        "glosarium.md",
        istilah=[(term, module_titles.get(term.modul)) for term in ordered],
        bentuk=list(abbreviations(terms)),
    )
