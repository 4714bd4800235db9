"""MkDocs hook: serve the npm browser libraries (slides, QR codes, offline search shim) from
the site itself; in the offline build, keep Material's offline plugin from pointing at
a CDN and switch off instant navigation (it cannot work from file://).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from akademi.offline import offline_features
from akademi.vendor import offline_polyfills, vendor_files

NODE_MODULES = Path(__file__).resolve().parent.parent / "node_modules"


# Before Material's offline plugin (priority 0), which adds a CDN copy of the shim unless an entry
# naming iframe-worker is already there.
@event_priority(50)
def on_config(config: MkDocsConfig) -> None:
    offline = config.plugins.get("material/offline")
    if offline and offline.config.enabled:
        config.extra["polyfills"] = offline_polyfills(config.extra.get("polyfills", []))
        config.theme["features"] = offline_features(config.theme.get("features", []))


def on_files(files: Files, config: MkDocsConfig) -> Files:
    found, missing = vendor_files(NODE_MODULES)
    if missing:
        raise PluginError(
            "Pustaka peramban dari npm belum terpasang (tidak ada: "
            + ", ".join(missing)
            + "). Jalankan `npm ci` di folder repositori, atau `make build`."
        )
    for src_uri, source in found.items():
        files.append(File.generated(config, src_uri, abs_src_path=str(source)))
    return files
