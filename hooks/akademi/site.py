"""Reading the site's modules and glossary (shared by several hooks)."""

from __future__ import annotations

import functools
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from akademi.glossary import DATA_FILE, Term, parse_glossary
from akademi.jalur import ModulePage, is_module_page, parse_page
from akademi.modules import MODULE_INDEX_RE, Module, parse_module, validate_catalog
from akademi.problems import ContentError, Problem

_last: tuple[Files, list[Module]] | None = None


def load_modules(files: Files) -> list[Module]:
    """Every module of the site, ordered by number; all metadata problems fail together.

    Several hooks need the modules; they are parsed once per build (per ``Files`` object).
    """
    global _last
    if _last is not None and _last[0] is files:
        return _last[1]
    modules = sorted(_parse_modules(files), key=lambda module: module.number)
    _last = (files, modules)
    return modules


def _parse_modules(files: Files) -> list[Module]:
    modules: list[Module] = []
    problems: list[Problem] = []
    for file in files.documentation_pages():
        if MODULE_INDEX_RE.match(file.src_uri):
            try:
                modules.append(parse_module(file.src_uri, file.content_string))
            except ContentError as error:
                problems += error.problems
    problems += validate_catalog(modules)
    if problems:
        raise PluginError("Metadata modul perlu diperbaiki:\n" + str(ContentError(problems)))
    return modules


_last_pages: tuple[Files, list[ModulePage]] | None = None


def load_module_pages(files: Files) -> list[ModulePage]:
    """Every module page with its path (inti or pendalaman), parsed once per build; all
    problems fail the build together."""
    global _last_pages
    if _last_pages is not None and _last_pages[0] is files:
        return _last_pages[1]
    pages: list[ModulePage] = []
    problems: list[Problem] = []
    for file in files.documentation_pages():
        if is_module_page(file.src_uri):
            try:
                pages.append(parse_page(file.src_uri, file.content_string))
            except ContentError as error:
                problems += error.problems
    if problems:
        raise PluginError("Jalur halaman modul perlu diperbaiki:\n" + str(ContentError(problems)))
    _last_pages = (files, pages)
    return pages


def load_glossary(docs_dir: str) -> list[Term]:
    """The glossary terms of a site, or none when it has no glossary data file.

    Read once per version of the file: the glossary page and the search index both need it.
    """
    path = Path(docs_dir) / DATA_FILE
    if not path.is_file():
        return []
    stat = path.stat()
    return list(_parse_glossary_file(path, stat.st_mtime_ns, stat.st_size))


@functools.lru_cache(maxsize=4)
def _parse_glossary_file(path: Path, _mtime: int, _size: int) -> tuple[Term, ...]:
    try:
        return tuple(parse_glossary(path.read_text(encoding="utf-8"), DATA_FILE))
    except ContentError as error:
        raise PluginError("Glosarium perlu diperbaiki:\n" + str(error)) from error
