"""The branding block (``extra.merek`` in mkdocs.yml) as code needs it.

Templates read the block directly; file names, cache names and calendar IDs need a short code
made of lowercase letters, digits and hyphens: ``kode`` when the block has one, otherwise the
portal name made into one ("Akademi Medsos Pemda" becomes "akademi-medsos-pemda").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

NOT_CODE_RE = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return NOT_CODE_RE.sub("-", ascii_text.lower()).strip("-")


def code(merek: Mapping) -> str:
    """The portal's short code (``kode``, or the portal name as a slug); "portal" if neither."""
    return (
        slug(str(merek.get("kode") or "")) or slug(str(merek.get("nama_portal") or "")) or "portal"
    )


def offline_zip_name(merek: Mapping) -> str:
    """The offline copy's file name, e.g. ``akademi-medsos-pemda-luring.zip``."""
    return f"{code(merek)}-luring.zip"
