"""MkDocs hook: one page that prints every module as a handout.

``pelatih/cetak-modul.md`` is generated with a short introduction; once every page has been
rendered, the content of each module page (trainer notes already removed) is appended in
reading order, with ids prefixed per page so nothing collides. The print stylesheet
(cetak.css) does the rest: A4, no navigation, link addresses printed, answers hidden,
worksheets on their own pages.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from akademi.html import relocate_html, strip_headerlinks
from akademi.modules import module_slug
from akademi.site import load_modules

PRINT_PAGE = "pelatih/cetak-modul.md"
WORKSHEET = "lembar-kerja.md"
INTRO = """---
title: Cetak Semua Modul
description: >-
  Semua modul dalam satu halaman untuk dicetak sebagai bahan ajar A4, tanpa menu dan tanpa
  kunci jawaban.
search:
  exclude: true
---

# Cetak Semua Modul

Halaman ini memuat semua modul secara berurutan untuk dicetak sebagai bahan ajar. Tekan
++ctrl+p++ (atau pilih **Cetak** di menu peramban) dan pilih kertas A4. Menu, pencarian, dan
kunci jawaban kuis tidak ikut tercetak; alamat tautan dicetak di samping teksnya; setiap modul
dan setiap lembar kerja dimulai di halaman baru. Untuk mencetak satu modul saja, buka halaman
modul itu dan cetak dari sana.
"""
state: dict = {"order": [], "files": None}


def on_files(files: Files, config: MkDocsConfig) -> Files:
    files.append(File.generated(config, PRINT_PAGE, content=INTRO))
    state["files"] = files
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> None:
    state["order"] = [page.file.src_uri for page in nav.pages]


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav, **kwargs) -> dict:
    if page.file.src_uri != PRINT_PAGE:
        return context
    files = state["files"]
    modules = []
    for module in load_modules(files):
        pages = []
        for src in state["order"]:
            if module_slug(src) != module.slug or not src.endswith(".md"):
                continue
            source = files.get_file_from_path(src).page
            prefix = src.removesuffix(".md").replace("/", "--") + "--"
            content = relocate_html(source.content or "", source.url, page.url, id_prefix=prefix)
            pages.append(
                {
                    "judul": source.title,
                    "isi": strip_headerlinks(content),
                    "lembar_kerja": src.endswith("/" + WORKSHEET),
                    "id": prefix.rstrip("-"),
                }
            )
        modules.append({"modul": module, "halaman": pages})

    def url(target: str) -> str:
        return get_relative_url(target, page.url)

    template = config.theme.get_env().get_template("partials/cetak-modul.html")
    page.content = (page.content or "") + template.render(modules=modules, url=url)
    return context
