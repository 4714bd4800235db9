"""MkDocs hook: each module's core path and deep-dive path (see akademi.jalur).

Every module page gets its reading time, a "Pendalaman" label when it is optional, a
``<meta name="akademi:jalur">`` and tables a phone can stack. Once every page is rendered, the
module cards get each path's total reading time, and a module whose core teaching text is over
the word limit is reported as a warning (``--strict`` fails the build).
"""

from __future__ import annotations

import logging

import site_context
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from akademi import jalur
from akademi.html import insert_after_title

log = logging.getLogger("mkdocs.hooks.jalur")
# Material shows a page's `status` beside its link in the navigation, titled with this text.
NAV_STATUS = "Pendalaman: bacaan tambahan yang boleh dilewati"
state: dict = {"pages": {}, "words": {}, "totals": {}, "site": None}


def on_config(config: MkDocsConfig) -> None:
    statuses = dict(config.extra.get("status") or {})
    statuses[jalur.DEEP] = NAV_STATUS
    config.extra["status"] = statuses


def on_files(files: Files, config: MkDocsConfig) -> None:
    state["site"] = site_context.for_build(config, files)
    state["pages"] = {page.path: page for page in site_context.load_module_pages(files)}
    state["words"] = {}
    state["totals"] = {}


def on_page_content(html: str, page: Page, config: MkDocsConfig, **kwargs) -> str:
    module_page = state["pages"].get(page.file.src_uri)
    if module_page is None:
        return html
    words = jalur.count_words(html)
    state["words"][module_page.path] = words
    # Set before any template renders: the navigation of every page shows the label.
    page.meta["jalur"] = module_page.jalur
    if module_page.jalur == jalur.DEEP:
        page.meta["status"] = jalur.DEEP
    header = state["site"].render(
        "partials/jalur-halaman.html",
        jalur=module_page.jalur,
        menit=jalur.reading_minutes(words),
    )
    return insert_after_title(jalur.label_wide_tables(html), header)


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> None:
    """Every page's content is rendered by now: add up each path and check the limit."""
    state["totals"] = jalur.module_totals(list(state["pages"].values()), state["words"])
    for module, total in sorted(state["totals"].items()):
        log.info(
            f"Modul '{module}': teks ajar jalur inti {total.teaching_words} kata, "
            f"pendalaman {total.deep_words} kata."
        )
    limit = config.extra.get("batas_kata_inti", jalur.CORE_WORD_LIMIT)
    for message in jalur.over_limit(state["totals"], limit):
        log.warning(message)


# Before the search plugin indexes the page, so the totals are searchable like the card.
@event_priority(90)
def on_page_context(context: dict, page: Page, config: MkDocsConfig, **kwargs) -> dict:
    if page.content and jalur.TOTALS_MARKER_START in page.content:
        page.content = fill_totals(page.content)
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Pages that copy a card from another page's content (the print pages) get it here."""
    if jalur.TOTALS_MARKER_START in output:
        return fill_totals(output)
    return output


def fill_totals(html: str) -> str:
    return jalur.fill_totals(
        html,
        lambda slug: state["site"].render(
            "partials/jalur-total.html", total=state["totals"].get(slug)
        ),
    )
