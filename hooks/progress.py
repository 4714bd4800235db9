"""MkDocs hook: what learner progress and the installable offline app need from the build.

Every page carries the module map (modules and their pages in reading order) so progress works
without fetching anything, even from file://. After the build, the service worker and the web
app manifest are written with the list of files to precache.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation

from akademi import progress
from akademi.site import load_modules

state: dict = {}


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> None:
    core = config.extra.get("sertifikat", {}).get("modul_inti", [])
    paths = [page.file.src_uri for page in nav.pages]
    state["map"] = progress.module_map(load_modules(files), paths, core)


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> None:
    env.globals["akademi_modul"] = state["map"]


def on_post_build(config: MkDocsConfig) -> None:
    if config.plugins.get("material/offline") and config.plugins["material/offline"].config.enabled:
        return  # The file:// copy cannot use a service worker.
    site_dir = Path(config.site_dir)
    brand = config.extra["merek"]
    icons = [
        {"src": brand[key], "sizes": size, "type": "image/png", "purpose": "any"}
        for key, size in (("ikon_192", "192x192"), ("ikon_512", "512x512"))
    ]
    (site_dir / "manifest.webmanifest").write_text(progress.manifest(brand, icons), "utf-8")
    entries = progress.precache_list(site_dir)
    template = config.theme.get_env().get_template("sw.js")
    worker = template.render(precache=entries, version=progress.content_version(site_dir, entries))
    (site_dir / "sw.js").write_text(worker, encoding="utf-8")
