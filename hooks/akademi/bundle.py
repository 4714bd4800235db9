"""Joining and minifying the site-wide scripts and stylesheets (wired by hooks/bundle.py)."""

from __future__ import annotations

import rcssmin
import rjsmin

BUNDLES = {
    ".js": "assets/javascripts/akademi.min.js",
    ".css": "assets/stylesheets/akademi.min.css",
}


def bundled(entries: list, suffix: str) -> list[str]:
    """The entries a bundle takes over: plain site-relative files with ``suffix`` (a script
    with attributes such as ``type: module`` or ``async`` keeps its own tag)."""
    chosen = []
    for entry in entries:
        path = str(entry)
        attributes = any(getattr(entry, name, "") for name in ("type", "async_", "defer"))
        local = "://" not in path and not path.startswith("/")
        if path.endswith(suffix) and local and not attributes and path != BUNDLES[suffix]:
            chosen.append(path)
    return chosen


def replace_entries(entries: list, taken: list[str], bundle: str) -> list:
    """``entries`` with the taken ones replaced by the bundle, where the first of them was."""
    if not taken:
        return list(entries)
    first = [str(entry) for entry in entries].index(taken[0])
    kept = [entry for entry in entries if str(entry) not in taken]
    kept.insert(first, bundle)
    return kept


def bundle_scripts(sources: list[str]) -> str:
    # A semicolon between files: without it a file ending in an expression would run into
    # the next file's opening "(" (automatic semicolon insertion does not apply there).
    return rjsmin.jsmin(";\n".join(sources)) + "\n"


def bundle_styles(sources: list[str]) -> str:
    return rcssmin.cssmin("\n".join(sources)) + "\n"
