"""The published address (``extra.merek.alamat_situs`` / ``site_url``): every QR code and every
printed link leads there, so a build meant for people must not carry the placeholder."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

PLACEHOLDER_HOST = "diskominfo-contoh.github.io"
# Builds for people: the published site (the workflow sets PUBLISH) and the offline bundle.
PUBLISHING_VARIABLES = ("PUBLISH", "OFFLINE")
TRUE_WORDS = {"1", "true", "yes", "ya"}


def is_placeholder(site_url: str | None) -> bool:
    """No address, or the example address the portal ships with."""
    return not site_url or urlsplit(site_url).hostname == PLACEHOLDER_HOST


def is_publishing(command: str | None, environ: Mapping[str, str]) -> bool:
    """Whether this build is for people: ``gh-deploy``, ``make offline`` or the workflow."""
    flags = (environ.get(name, "").strip().lower() for name in PUBLISHING_VARIABLES)
    return command == "gh-deploy" or any(flag in TRUE_WORDS for flag in flags)


def missing_address_message(config_name: str, line: int) -> str:
    return (
        f"{config_name}:{line}: alamat situs belum diatur. Kode QR dan tautan cetak akan menuju "
        f"alamat contoh {PLACEHOLDER_HOST}, yang bukan situs Anda.\n"
        f"  Cara memperbaiki: tulis alamat terbitan portal Anda pada baris `alamat_situs` di blok "
        f"`extra.merek` berkas {config_name} (baris {line}), misalnya\n"
        '    alamat_situs: &alamat_situs !ENV [SITE_URL, "https://diskominfo-x.github.io/'
        'akademi-medsos-pemda/"]\n'
        "  atau berikan alamatnya lewat variabel lingkungan SITE_URL, misalnya\n"
        "    SITE_URL=https://diskominfo-x.github.io/akademi-medsos-pemda/ make offline"
    )


def published_url(site_url: str | None, path: str) -> str:
    """The published address of site-relative ``path`` (``path`` itself when the site has none)."""
    return site_url.rstrip("/") + "/" + path if site_url else path
