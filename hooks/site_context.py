"""What the hooks share, made once per build, and the one place package problems become MkDocs
errors (so ``hooks/akademi/`` never imports MkDocs).

A :class:`BuildContext` holds the modules, their pages in navigation order, the published
address and the theme's templates; hooks get it with :func:`for_build`.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from akademi import alamat, pages
from akademi.glossary import DATA_FILE, Term, read_glossary
from akademi.jalur import ModulePage, is_module_page, parse_page
from akademi.modules import MODULE_INDEX_RE, Module, pages_in_order, parse_module, validate_catalog
from akademi.problems import ContentError, Problem


@contextlib.contextmanager
def reported(heading: str) -> Iterator[None]:
    """Turn the package's ContentError into the PluginError that stops the build, every
    problem with its file and line under ``heading``."""
    try:
        yield
    except ContentError as error:
        raise PluginError(f"{heading}:\n{error}") from error


def fail_on(problems: list[Problem], heading: str) -> None:
    if problems:
        raise PluginError(f"{heading}:\n{ContentError(problems)}")


@dataclass
class BuildContext:
    config: MkDocsConfig
    files: Files
    modules: list[Module]
    templates: jinja2.Environment
    # Source paths of the pages in navigation order, once a hook's on_nav has read the nav.
    order: list[str] = field(default_factory=list)

    def read_nav(self, nav: Navigation) -> None:
        self.order = [page.file.src_uri for page in nav.pages]

    def module(self, slug: str | None) -> Module | None:
        return next((module for module in self.modules if module.slug == slug), None)

    def module_pages(self, slug: str) -> list[str]:
        """The module's pages in navigation order (empty before the nav is known)."""
        return pages_in_order(self.order, slug)

    def published_url(self, path: str) -> str:
        return alamat.published_url(self.config.site_url, path)

    def render(self, template: str, page: Page | None = None, **context) -> str:
        """A partial; with ``page``, its ``url(target)`` gives links relative to that page."""
        if page is not None:
            context["url"] = functools.partial(_relative_to, page.url)
        return self.templates.get_template(template).render(**context)

    def generated_page(self, template: str, **context) -> str:
        """The Markdown of a generated page from ``overrides/halaman/<template>``."""
        return pages.render(self.templates, template, **context)


def _relative_to(base: str, target: str) -> str:
    return get_relative_url(target, base)


_current: BuildContext | None = None


def for_build(config: MkDocsConfig, files: Files) -> BuildContext:
    """This build's context: made by the first hook that asks, shared by the others."""
    global _current
    if _current is None or _current.files is not files or _current.config is not config:
        _current = BuildContext(config, files, load_modules(files), config.theme.get_env())
    return _current


# Parsed once per build (per ``Files`` object): several hooks ask for the same pages.
_parsed: dict[str, tuple[Files, list]] = {}


def _parse_pages(files: Files, wanted, parse) -> tuple[list, list[Problem]]:
    """``parse(src_uri, text)`` for every documentation page ``wanted(src_uri)`` accepts;
    the problems of all pages come back together."""
    found: list = []
    problems: list[Problem] = []
    for file in files.documentation_pages():
        if wanted(file.src_uri):
            try:
                found.append(parse(file.src_uri, file.content_string))
            except ContentError as error:
                problems += error.problems
    return found, problems


def load_modules(files: Files) -> list[Module]:
    """Every module of the site, ordered by number; all metadata problems fail together."""
    if "modules" in _parsed and _parsed["modules"][0] is files:
        return _parsed["modules"][1]
    modules, problems = _parse_pages(files, MODULE_INDEX_RE.match, parse_module)
    fail_on(problems + validate_catalog(modules), "Metadata modul perlu diperbaiki")
    modules.sort(key=lambda module: module.number)
    _parsed["modules"] = (files, modules)
    return modules


def load_module_pages(files: Files) -> list[ModulePage]:
    """Every module page with its path (inti or pendalaman); all problems fail together."""
    if "pages" in _parsed and _parsed["pages"][0] is files:
        return _parsed["pages"][1]
    module_pages, problems = _parse_pages(files, is_module_page, parse_page)
    fail_on(problems, "Jalur halaman modul perlu diperbaiki")
    _parsed["pages"] = (files, module_pages)
    return module_pages


def load_glossary(docs_dir: str) -> list[Term]:
    """The glossary terms of a site, or none when it has no glossary data file."""
    with reported("Glosarium perlu diperbaiki"):
        return read_glossary(Path(docs_dir) / DATA_FILE)
