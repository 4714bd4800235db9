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


_last: tuple[Files, list[Module]] | None = None


def load_modules(files: Files) -> list[Module]:
    """Every module of the site, ordered by number; all metadata problems fail together.

    Several hooks need the modules; they are parsed once per build (per ``Files`` object).
    """
    global _last
    if _last is not None and _last[0] is files:
        return _last[1]
    modules: list[Module] = []
    problems: list[Problem] = []
    for file in files.documentation_pages():
        if MODULE_INDEX_RE.match(file.src_uri):
            try:
                modules.append(parse_module(file.src_uri, file.content_string))
            except ContentError as error:
                problems += error.problems
    problems += validate_catalog(modules)
    fail_on(problems, "Metadata modul perlu diperbaiki")
    modules.sort(key=lambda module: module.number)
    _last = (files, modules)
    return modules


_last_pages: tuple[Files, list[ModulePage]] | None = None


def load_module_pages(files: Files) -> list[ModulePage]:
    """Every module page with its path (inti or pendalaman), parsed once per build; all
    problems fail the build together."""
    global _last_pages
    if _last_pages is not None and _last_pages[0] is files:
        return _last_pages[1]
    module_pages: list[ModulePage] = []
    problems: list[Problem] = []
    for file in files.documentation_pages():
        if is_module_page(file.src_uri):
            try:
                module_pages.append(parse_page(file.src_uri, file.content_string))
            except ContentError as error:
                problems += error.problems
    fail_on(problems, "Jalur halaman modul perlu diperbaiki")
    _last_pages = (files, module_pages)
    return module_pages


def load_glossary(docs_dir: str) -> list[Term]:
    """The glossary terms of a site, or none when it has no glossary data file."""
    with reported("Glosarium perlu diperbaiki"):
        return read_glossary(Path(docs_dir) / DATA_FILE)
