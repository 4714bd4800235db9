"""An emoji index with Material's bundled SVG icons only.

Material's twemoji index also maps ordinary emoji shortcodes (``:smile:``) to images on a CDN.
The portal must work offline, so those shortcodes are left as typed; authors use Unicode emoji
directly and ``:material-…:`` style icons, which are inlined as SVG.
"""

from __future__ import annotations

from material.extensions.emoji import twemoji

_cache: dict[str, dict] = {}


def icons_only(options: dict, md) -> dict:
    # MkDocs makes a Markdown instance per page and pymdownx asks for the index each time;
    # filtering Material's 10,000-entry index once per set of options is enough.
    key = repr(sorted(options.items()))
    if key not in _cache:
        index = twemoji(options, md)
        icons = {name: entry for name, entry in index["emoji"].items() if "path" in entry}
        _cache[key] = {"name": index["name"], "emoji": icons, "aliases": {}}
    return _cache[key]
