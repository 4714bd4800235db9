"""MkDocs hook: handouts to print, one per module and one with every module.

``pelatih/cetak/<slug>.md`` (one module) and ``pelatih/cetak-modul.md`` (every module) are
generated with a short introduction; once every page has been rendered, the content of each
module page (trainer notes already removed) is appended in reading order, with ids prefixed
per page so nothing collides. Every module's first page gets a "Cetak modul ini" button to its
handout, and a module's Pedoman Ringkas is marked to print on one page. The print stylesheet
(cetak.css) does the rest: A4, no navigation, link addresses printed, answers hidden,
worksheets and the one-page summary on their own pages, tables as wide as the page.
"""

from __future__ import annotations

import posixpath

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from site_context import load_modules

from akademi.html import relocate_html, strip_headerlinks
from akademi.modules import Module, module_slug

PRINT_PAGE = "pelatih/cetak-modul.md"
MODULE_PRINT_DIR = "pelatih/cetak"
WORKSHEET = "lembar-kerja.md"
SUMMARY = "pedoman-ringkas.md"
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
dan setiap lembar kerja dimulai di halaman baru. Untuk mencetak satu modul saja, pilih
**Cetak modul ini** di halaman pertama modul itu.
"""
state: dict = {"order": [], "files": None, "handouts": {}}


def module_print_page(module: Module) -> str:
    return f"{MODULE_PRINT_DIR}/{module.slug}.md"


def module_intro(module: Module) -> str:
    meta = {
        "title": f"Cetak Modul {module.number}: {module.title}",
        "description": f"Modul {module.title} dalam satu bahan ajar A4: semua halaman modul, "
        "lembar kerja, dan pedoman ringkas, tanpa menu dan tanpa kunci jawaban.",
        "search": {"exclude": True},
    }
    return (
        "---\n"
        + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
        + "---\n\n"
        + f"# Cetak Modul {module.number}: {module.title} {{ .cetak-pengantar }}\n\n"
        "Halaman ini memuat semua halaman modul secara berurutan sebagai satu bahan ajar. Tekan "
        "++ctrl+p++ (atau pilih **Cetak** di menu peramban) dan pilih kertas A4. Lembar kerja "
        "dan pedoman ringkas dimulai di halaman baru; pedoman ringkas muat di satu halaman.\n"
        "{ .cetak-pengantar }\n"
    )


def on_files(files: Files, config: MkDocsConfig) -> Files:
    files.append(File.generated(config, PRINT_PAGE, content=INTRO))
    state["handouts"] = {}
    for module in load_modules(files):
        src = module_print_page(module)
        state["handouts"][src] = module
        files.append(
            File.generated(
                config, src, content=module_intro(module), inclusion=InclusionLevel.NOT_IN_NAV
            )
        )
    state["files"] = files
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> None:
    state["order"] = [page.file.src_uri for page in nav.pages]


def on_page_content(html: str, page: Page, config: MkDocsConfig, **kwargs) -> str:
    src = page.file.src_uri
    if src.endswith("/" + SUMMARY) and module_slug(src):
        return f'<div class="cetak-ringkas">{html}</div>'
    module = next((m for m in load_modules(state["files"]) if m.path == src), None)
    if module is None:
        return html
    handout_url = module_print_page(module).removesuffix(".md")
    handout_url += "/" if config.use_directory_urls else ".html"
    target = get_relative_url(handout_url, page.url)
    button = render(config, "partials/cetak-tombol.html", modul=module, alamat=target)
    return button + html


def render(config: MkDocsConfig, template: str, **context) -> str:
    return config.theme.get_env().get_template(template).render(**context)


def handout(module: Module, page: Page) -> dict:
    """The module's pages, moved to the print page's address, in reading order."""
    files = state["files"]
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
                "lembar_kerja": posixpath.basename(src) == WORKSHEET,
                "ringkas": posixpath.basename(src) == SUMMARY,
                "id": prefix.rstrip("-"),
            }
        )
    return {"modul": module, "halaman": pages}


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav, **kwargs) -> dict:
    src = page.file.src_uri
    if src == PRINT_PAGE:
        modules = [handout(module, page) for module in load_modules(state["files"])]
    elif src in state["handouts"]:
        modules = [handout(state["handouts"][src], page)]
    else:
        return context

    def url(target: str) -> str:
        return get_relative_url(target, page.url)

    page.content = (page.content or "") + render(
        config, "partials/cetak-modul.html", modules=modules, url=url, satu=len(modules) == 1
    )
    return context
