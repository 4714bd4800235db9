"""MkDocs hook: module metadata becomes a module card and the module overview page.

Front matter of ``modul/<slug>/index.md`` is validated before any page renders; a missing or
wrong field fails the build naming the file, the line and the field.
"""

from __future__ import annotations

import site_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from akademi.html import insert_after_title
from akademi.jalur import totals_marker
from akademi.modules import Module, format_minutes, module_slug

OVERVIEW_PAGE = "modul/index.md"
modules: dict[str, Module] = {}
state: dict = {"site": None}


def on_files(files: Files, config: MkDocsConfig) -> None:
    state["site"] = site_context.for_build(config, files)
    modules.clear()
    modules.update((module.slug, module) for module in state["site"].modules)


def on_page_content(html: str, page: Page, config: MkDocsConfig, **kwargs) -> str:
    src_uri = page.file.src_uri
    module = modules.get(module_slug(src_uri) or "")
    if module and src_uri == module.path:
        card = render("partials/kartu-modul.html", page, module=module)
        return insert_after_title(html, card)
    if src_uri == OVERVIEW_PAGE:
        return html + render("partials/daftar-modul.html", page, modules=list(modules.values()))
    return html


def render(template: str, page: Page, **context) -> str:
    return state["site"].render(
        template,
        page,
        durasi=format_minutes,
        waktu_baca=totals_marker,
        all_modules=modules,
        **context,
    )
