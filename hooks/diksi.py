"""MkDocs hook: the portal passes its own diction check.

The same word lists and matching as the Cek Diksi tool (``docs/data/diksi-*.yml``,
``hooks/akademi/diksi.py``, with the sentence rules of ``hooks/akademi/kalimat.py``) run over
every Markdown page before rendering. Each non-standard word or sentence finding becomes a
WARNING naming file and line, so ``mkdocs build --strict`` fails until it is corrected or
deliberately allowed (``~~kata~~``, an ``<!-- diksi: abaikan -->`` region, or
``diksi_abaikan:`` in front matter; see the contributor guide). A broken word list is a
PluginError naming the file and line.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files

from akademi.diksi import Rules, lint_page, load_rules
from akademi.problems import ContentError

log = get_plugin_logger(__name__)


def rules_for(config: MkDocsConfig) -> Rules:
    """The validated word lists of this site (cached until a list changes)."""
    try:
        return load_rules(Path(config.docs_dir) / "data")
    except ContentError as error:
        raise PluginError("Daftar kata Cek Diksi perlu diperbaiki:\n" + str(error)) from error


def on_files(files: Files, config: MkDocsConfig) -> None:
    rules = rules_for(config)
    for file in files.documentation_pages():
        if file.generated_by or not file.src_uri.endswith(".md"):
            continue
        for problem in lint_page(file.content_string, file.src_uri, rules):
            log.warning(str(problem))
