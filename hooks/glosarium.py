"""MkDocs hook: the glossary data file becomes the Glosarium page and site-wide tooltips.

``docs/data/glosarium.yml`` is validated when the configuration loads (file and line for
every problem); its terms are given to the ``abbr`` extension as a glossary, so each term is
explained on hover (Material's ``content.tooltips``) on every page, and a generated
``glosarium.md`` lists them all with a link to the module that teaches each. Terms inside
headings stay plain text, so headings, anchors and the table of contents never change.
"""

from __future__ import annotations

import site_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from akademi.glossary import (
    PAGE,
    Term,
    abbreviations,
    listed,
    module_problems,
    plain_headings,
    render_page,
)

terms: list[Term] = []


def on_config(config: MkDocsConfig) -> None:
    terms[:] = site_context.load_glossary(config.docs_dir)
    if terms and "abbr" in config.markdown_extensions:
        options = config.mdx_configs.setdefault("abbr", {})
        options["glossary"] = {**abbreviations(terms), **options.get("glossary", {})}


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if not terms:
        return files
    site = site_context.for_build(config, files)
    modules = {module.slug: module.title for module in site.modules}
    # A site without any module (a rebranded copy, a test) has nothing to link to.
    site_context.fail_on(
        module_problems(terms, set(modules)) if modules else [], "Glosarium perlu diperbaiki"
    )
    # The portal's nav lists the page; a copy whose nav leaves it out gets it without a warning.
    inclusion = InclusionLevel.UNDEFINED if listed(config.nav, PAGE) else InclusionLevel.NOT_IN_NAV
    page = render_page(site.templates, terms, modules)
    files.append(File.generated(config, PAGE, content=page, inclusion=inclusion))
    return files


def on_page_content(html: str, page: Page, **kwargs) -> str:
    return plain_headings(html)
