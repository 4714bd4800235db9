"""An emoji index with Material's bundled SVG icons only.

Material's twemoji index also maps ordinary emoji shortcodes (``:smile:``) to images on a CDN.
The portal must work offline, so those shortcodes are left as typed; authors use Unicode emoji
directly and ``:material-…:`` style icons, which are inlined as SVG.
"""

from __future__ import annotations

from material.extensions.emoji import twemoji


def icons_only(options: dict, md) -> dict:
    index = twemoji(options, md)
    icons = {name: entry for name, entry in index["emoji"].items() if "path" in entry}
    return {"name": index["name"], "emoji": icons, "aliases": {}}
