"""MkDocs hook: our site-wide scripts and stylesheets reach the browser as one file each.

The sources stay separate and commented under docs/assets (one concern per file); every page
loads all of them, so the build joins and minifies them (akademi.bundle): one request instead
of ten and about two thirds of the bytes. Page-specific assets (tools, slides, pre/post-test)
are linked from their own pages and are not bundled; the sources are still published.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from akademi.bundle import BUNDLES, bundle_scripts, bundle_styles, bundled, replace_entries

state: dict[str, list[str]] = {}
RENDER = {".js": bundle_scripts, ".css": bundle_styles}


def on_config(config: MkDocsConfig) -> None:
    for suffix, key in ((".js", "extra_javascript"), (".css", "extra_css")):
        taken = bundled(config[key], suffix)
        state[suffix] = taken
        config[key] = replace_entries(config[key], taken, BUNDLES[suffix])


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for suffix, sources in state.items():
        if not sources:
            continue
        texts = []
        for src_uri in sources:
            file = files.get_file_from_path(src_uri)
            if file is None:
                raise PluginError(
                    f"mkdocs.yml: berkas `{src_uri}` di extra_css/extra_javascript tidak ada "
                    "di folder docs. Perbaiki jalurnya atau hapus barisnya."
                )
            texts.append(file.content_string)
        files.append(File.generated(config, BUNDLES[suffix], content=RENDER[suffix](texts)))
    return files
