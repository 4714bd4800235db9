"""MkDocs hook: keep notebook pages free of remote scripts (see akademi.notebook)."""

from __future__ import annotations

from mkdocs.structure.pages import Page

from akademi.notebook import strip_remote_module_scripts


def on_post_page(output: str, page: Page, **kwargs) -> str:
    if not page.file.src_uri.endswith(".ipynb"):
        return output
    return strip_remote_module_scripts(output)
