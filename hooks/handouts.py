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

import site_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from akademi.html import relocate_html, strip_headerlinks
from akademi.modules import Module, module_slug

PRINT_PAGE = "pelatih/cetak-modul.md"
MODULE_PRINT_DIR = "pelatih/cetak"
WORKSHEET = "lembar-kerja.md"
SUMMARY = "pedoman-ringkas.md"
state: dict = {"site": None, "handouts": {}}


def module_print_page(module: Module) -> str:
    return f"{MODULE_PRINT_DIR}/{module.slug}.md"


def on_files(files: Files, config: MkDocsConfig) -> Files:
    site = state["site"] = site_context.for_build(config, files)
    files.append(File.generated(config, PRINT_PAGE, content=site.generated_page("cetak-semua.md")))
    state["handouts"] = {}
    for module in site.modules:
        src = module_print_page(module)
        state["handouts"][src] = module
        intro = site.generated_page("cetak-modul.md", modul=module)
        files.append(
            File.generated(config, src, content=intro, inclusion=InclusionLevel.NOT_IN_NAV)
        )
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> None:
    state["site"].read_nav(nav)


def on_page_content(html: str, page: Page, config: MkDocsConfig, **kwargs) -> str:
    src = page.file.src_uri
    if src.endswith("/" + SUMMARY) and module_slug(src):
        return f'<div class="cetak-ringkas">{html}</div>'
    site = state["site"]
    module = site.module(module_slug(src))
    if module is None or module.path != src:
        return html
    handout_url = module_print_page(module).removesuffix(".md")
    handout_url += "/" if config.use_directory_urls else ".html"
    return site.render("partials/cetak-tombol.html", page, modul=module, alamat=handout_url) + html


def handout(module: Module, page: Page) -> dict:
    """The module's pages, moved to the print page's address, in reading order."""
    site = state["site"]
    pages = []
    for src in site.module_pages(module.slug):
        source = site.files.get_file_from_path(src).page
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
    site = state["site"]
    if src == PRINT_PAGE:
        modules = [handout(module, page) for module in site.modules]
    elif src in state["handouts"]:
        modules = [handout(state["handouts"][src], page)]
    else:
        return context
    page.content = (page.content or "") + site.render(
        "partials/cetak-modul.html", page, modules=modules, satu=len(modules) == 1
    )
    return context
