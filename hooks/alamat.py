"""MkDocs hook: the published address is set before anyone scans or prints it.

A build for people (``make offline``, the publishing workflow, ``mkdocs gh-deploy``) with the
placeholder address fails naming the ``alamat_situs`` line of mkdocs.yml. A plain local build
(``make build``, to check pages) may keep it; every page then shows a "Pratinjau lokal" banner
(templates read ``config.extra.pratinjau_alamat``). ``mkdocs serve`` uses its own local address.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from akademi import alamat
from akademi.kalender import config_line

log = logging.getLogger("mkdocs.hooks.alamat")
state: dict = {"command": None}


def on_startup(command: str, dirty: bool) -> None:
    state["command"] = command


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    preview = alamat.is_placeholder(config.site_url)
    if preview and alamat.is_publishing(state["command"], os.environ):
        path = Path(config.config_file_path)
        line = config_line(path.read_text(encoding="utf-8"), "alamat_situs")
        raise PluginError(alamat.missing_address_message(path.name, line))
    if preview:
        log.info("Pratinjau lokal: alamat situs belum diatur (alamat_situs di mkdocs.yml).")
    config.extra["pratinjau_alamat"] = preview
    return config
