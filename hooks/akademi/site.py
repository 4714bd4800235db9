"""Reading the site's modules from MkDocs' file collection (shared by several hooks)."""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from akademi.modules import MODULE_INDEX_RE, Module, parse_module, validate_catalog
from akademi.problems import ContentError, Problem


def load_modules(files: Files) -> list[Module]:
    """Every module of the site, ordered by number; all metadata problems fail together."""
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
    return sorted(modules, key=lambda module: module.number)
