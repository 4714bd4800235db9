"""MkDocs hook: the branding block's short code, worked out once for every template.

Templates and scripts read ``config.extra.merek.kode`` (file names, the service worker's cache,
calendar IDs); a block without ``kode`` gets the portal name as a slug (akademi.merek).
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from akademi import merek


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    brand = config.extra.setdefault("merek", {})
    brand["kode"] = merek.code(brand)
    return config
