"""MkDocs hook: the glossary data file becomes the Glosarium page and site-wide tooltips.

``docs/data/glosarium.yml`` is validated when the configuration loads (file and line for
every problem); its terms are given to the ``abbr`` extension as a glossary, so each term is
explained on hover (Material's ``content.tooltips``) on every page, and a generated
``glosarium.md`` lists them all with a link to the module that teaches each. Terms inside
headings stay plain text, so headings, anchors and the table of contents never change.
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from site_context import load_glossary, load_modules

from akademi.glossary import PAGE, Term, abbreviations, module_problems, render_page
from akademi.problems import ContentError

terms: list[Term] = []
HEADING_ABBR_RE = re.compile(r"(<h[1-6][^>]*>)(.*?)(</h[1-6]>)", re.DOTALL)
ABBR_RE = re.compile(r"<abbr\b[^>]*>(.*?)</abbr>", re.DOTALL)


def on_config(config: MkDocsConfig) -> None:
    terms[:] = load_glossary(config.docs_dir)
    if terms and "abbr" in config.markdown_extensions:
        options = config.mdx_configs.setdefault("abbr", {})
        options["glossary"] = {**abbreviations(terms), **options.get("glossary", {})}


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if not terms:
        return files
    modules = {module.slug: module.title for module in load_modules(files)}
    # A site without any module (a rebranded copy, a test) has nothing to link to.
    problems = module_problems(terms, set(modules)) if modules else []
    if problems:
        raise PluginError("Glosarium perlu diperbaiki:\n" + str(ContentError(problems)))
    # The portal's nav lists the page; a copy whose nav leaves it out gets it without a warning.
    inclusion = InclusionLevel.UNDEFINED if listed(config.nav, PAGE) else InclusionLevel.NOT_IN_NAV
    files.append(
        File.generated(config, PAGE, content=render_page(terms, modules), inclusion=inclusion)
    )
    return files


def listed(nav: object, path: str) -> bool:
    """Whether a nav configuration names ``path`` (no nav at all lists every page)."""
    if nav is None:
        return True
    if isinstance(nav, str):
        return nav == path
    items = nav.values() if isinstance(nav, dict) else nav if isinstance(nav, list) else []
    return any(item is not None and listed(item, path) for item in items)


def on_page_content(html: str, page: Page, **kwargs) -> str:
    """Unwrap tooltips inside headings: a heading is a title, not a place to explain."""
    if "<abbr" not in html:
        return html
    return HEADING_ABBR_RE.sub(
        lambda match: match.group(1) + ABBR_RE.sub(r"\1", match.group(2)) + match.group(3), html
    )
