"""MkDocs hook: keep emoji offline by using an index of bundled SVG icons only."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from akademi.emoji_index import icons_only


def on_config(config: MkDocsConfig) -> None:
    options = config.mdx_configs.get("pymdownx.emoji")
    if options is not None:
        options["emoji_index"] = icons_only
