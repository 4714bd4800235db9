"""MkDocs hook: what learner progress and the installable offline app need from the build.

Every page carries the module map (modules and their pages in reading order) so progress works
without fetching anything, even from file://. After the build, the service worker and the web
app manifest are written: the worker stores a small shell at once, pages as they are read, and
the whole site (every file it uses, with its size) when the reader asks.
"""

from __future__ import annotations

from pathlib import Path

import site_context
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation

from akademi import jalur, merek, progress
from akademi.bundle import bundled

state: dict = {}


# Runs before hooks/bundle.py replaces the bundled sources by the bundle: remember them, so the
# worker does not offer files whose content every page already has.
def on_config(config: MkDocsConfig) -> None:
    state["bundled"] = bundled(config.extra_javascript, ".js") + bundled(config.extra_css, ".css")


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> None:
    site = site_context.for_build(config, files)
    site.read_nav(nav)
    core = config.extra.get("sertifikat", {}).get("modul_inti", [])
    optional = frozenset(
        page.path for page in site_context.load_module_pages(files) if page.jalur == jalur.DEEP
    )
    state["map"] = progress.module_map(site.modules, site.order, core, optional)


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> None:
    env.globals["akademi_modul"] = state["map"]


def on_post_build(config: MkDocsConfig) -> None:
    if config.plugins.get("material/offline") and config.plugins["material/offline"].config.enabled:
        # The file:// copy cannot use a service worker: drop the theme's unrendered template.
        (Path(config.site_dir) / "sw.js").unlink(missing_ok=True)
        return
    site_dir = Path(config.site_dir)
    brand = config.extra["merek"]
    icons = [
        {"src": brand[key], "sizes": size, "type": "image/png", "purpose": "any"}
        for key, size in (("ikon_192", "192x192"), ("ikon_512", "512x512"))
    ]
    (site_dir / "manifest.webmanifest").write_text(progress.manifest(brand, icons), "utf-8")
    used = progress.used_files(site_dir, state["bundled"], progress.search_languages(site_dir))
    files = progress.site_files(site_dir, used)
    template = config.theme.get_env().get_template("sw.js")
    worker = template.render(
        shell=progress.shell(site_dir),
        files=files,
        total=sum(size for _hash, size in files.values()),
        version=progress.content_version(files),
        kode=merek.code(brand),
    )
    (site_dir / "sw.js").write_text(worker, encoding="utf-8")
