"""Module metadata: read from each ``modul/<slug>/index.md`` front matter and validated."""

from __future__ import annotations

import copy
import functools
import re
from dataclasses import dataclass

import yaml

from akademi.data import SAFE_LOADER
from akademi.problems import ContentError, Problem

MODULE_INDEX_RE = re.compile(r"^modul/(?P<slug>[a-z0-9-]+)/index\.md$")
LEVELS = ("Dasar", "Menengah", "Lanjut")
REQUIRED = ("title", "description", "nomor", "durasi", "tingkat", "prasyarat", "tujuan")
# Objectives must be observable; these verbs describe states of mind nobody can assess.
UNMEASURABLE_VERBS = ("memahami", "mengetahui", "mengerti", "menyadari", "menghayati", "mengenal")


@dataclass(frozen=True)
class Module:
    slug: str
    number: int
    title: str
    description: str
    minutes: int
    level: str
    prerequisites: tuple[str, ...]
    objectives: tuple[str, ...]
    path: str

    @property
    def url(self) -> str:
        return f"modul/{self.slug}/"


def module_slug(src_uri: str) -> str | None:
    """The module a page belongs to, from its path (``modul/<slug>/...``)."""
    parts = src_uri.split("/")
    return parts[1] if len(parts) > 2 and parts[0] == "modul" else None


def pages_in_order(order: list[str], slug: str) -> list[str]:
    """A module's Markdown pages, in the order ``order`` (the navigation's) lists them."""
    return [src for src in order if module_slug(src) == slug and src.endswith(".md")]


def split_front_matter(text: str) -> tuple[dict, str, int]:
    """Return (meta, body, lines before body) the way MkDocs strips YAML front matter."""
    match = re.match(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", text, re.DOTALL)
    if not match:
        return {}, text, 0
    meta = _load_yaml(match.group(1))
    if not isinstance(meta, dict):
        return {}, text, 0
    rest = text[match.end() :]
    body = rest.lstrip("\n")
    return meta, body, text[: len(text) - len(body)].count("\n")


def _load_yaml(text: str):
    # Several hooks read the same pages' front matter; parse each block once, hand out copies.
    return copy.deepcopy(_parsed_yaml(text))


@functools.lru_cache(maxsize=2048)
def _parsed_yaml(text: str):
    return yaml.load(text, Loader=SAFE_LOADER)


def field_lines(text: str) -> dict[str, int]:
    """Line of each top-level front-matter key, so errors can point at it."""
    return {
        match.group(1): number
        for number, line in enumerate(text.split("\n"), start=1)
        if (match := re.match(r"^([A-Za-z_][\w-]*)\s*:", line))
    }


def parse_module(path: str, text: str) -> Module:
    """Validate a module index page's front matter; every problem is reported together."""
    slug = MODULE_INDEX_RE.match(path).group("slug")
    try:
        meta, _, _ = split_front_matter(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        raise ContentError(
            [Problem(path, line, f"Front matter bukan YAML yang sah: {error}")]
        ) from error
    lines = field_lines(text)
    problems: list[Problem] = []

    def problem(field: str, message: str) -> None:
        problems.append(Problem(path, lines.get(field, 1), f"Kolom `{field}`: {message}"))

    for field in REQUIRED:
        if meta.get(field) in (None, "", []) and not (field == "prasyarat" and field in meta):
            problem(field, "wajib diisi pada halaman pembuka modul.")
    number, minutes, level = meta.get("nomor"), meta.get("durasi"), meta.get("tingkat")
    if number is not None and (not isinstance(number, int) or number < 1):
        problem("nomor", "harus bilangan bulat positif, misalnya `nomor: 2`.")
    if minutes is not None and (not isinstance(minutes, int) or minutes < 1):
        problem("durasi", "harus jumlah menit berupa bilangan bulat, misalnya `durasi: 90`.")
    if level is not None and level not in LEVELS:
        problem("tingkat", f"pilih salah satu: {', '.join(LEVELS)}.")
    prerequisites = meta.get("prasyarat") or []
    if isinstance(prerequisites, str):
        prerequisites = [prerequisites]
    if not isinstance(prerequisites, list) or not all(isinstance(p, str) for p in prerequisites):
        problem("prasyarat", "tulis daftar nama folder modul, misalnya `[narasi]`, atau `[]`.")
        prerequisites = []
    objectives = meta.get("tujuan") or []
    if not isinstance(objectives, list) or not all(isinstance(o, str) for o in objectives):
        problem("tujuan", "tulis sebagai daftar, satu tujuan per baris diawali `- `.")
        objectives = []
    elif objectives and not 3 <= len(objectives) <= 6:
        problem("tujuan", f"berisi {len(objectives)} tujuan; tulis 3 sampai 6 tujuan belajar.")
    for objective in objectives:
        first = objective.split(maxsplit=1)[0].lower() if objective.strip() else ""
        if first in UNMEASURABLE_VERBS:
            problem(
                "tujuan",
                f"'{objective}' diawali '{first}', yang tidak dapat diukur. Pakai "
                "kata kerja yang hasilnya dapat diamati, misalnya menyusun, menjelaskan, "
                "membedakan, atau menghitung.",
            )
    if problems:
        raise ContentError(problems)
    return Module(
        slug=slug,
        number=number,
        title=str(meta["title"]),
        description=str(meta["description"]),
        minutes=minutes,
        level=level,
        prerequisites=tuple(prerequisites),
        objectives=tuple(objectives),
        path=path,
    )


def validate_catalog(modules: list[Module]) -> list[Problem]:
    """Cross-module checks: unique numbers and prerequisites that exist."""
    problems = []
    slugs = {module.slug for module in modules}
    by_number: dict[int, Module] = {}
    for module in sorted(modules, key=lambda m: m.path):
        other = by_number.setdefault(module.number, module)
        if other is not module:
            problems.append(
                Problem(
                    module.path,
                    1,
                    f"Kolom `nomor`: {module.number} sudah dipakai oleh {other.path}.",
                )
            )
        for prerequisite in module.prerequisites:
            if prerequisite not in slugs:
                problems.append(
                    Problem(
                        module.path,
                        1,
                        f"Kolom `prasyarat`: modul "
                        f"'{prerequisite}' tidak ada. Pilih dari: "
                        f"{', '.join(sorted(slugs))}.",
                    )
                )
    return problems


def format_minutes(minutes: int) -> str:
    """``135`` → ``2 jam 15 menit``."""
    hours, rest = divmod(minutes, 60)
    parts = [f"{hours} jam"] if hours else []
    if rest or not hours:
        parts.append(f"{rest} menit")
    return " ".join(parts)
