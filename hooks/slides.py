"""MkDocs hook: slide decks and facilitation pages from the module pages, and trainer notes
lifted out of what learners see.

- ``!!! pelatih`` notes are checked in the Markdown (file:line errors) and removed from every
  rendered page; they reappear in the deck's presenter view and on the facilitation page.
- ``pelatih/salindia/<slug>.md`` is generated per module; its template renders the slides cut
  from the module's own pages (in navigation order) once every page has been rendered.
- ``pelatih/fasilitasi/<slug>.md`` lists objectives, timing and all notes of a module.
"""

from __future__ import annotations

import posixpath

import site_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from akademi import slides
from akademi.modules import Module, format_minutes, module_slug, split_front_matter
from akademi.problems import ContentError
from akademi.quiz_export import KEY_DIR, relocate_links

DECK_DIR = "pelatih/salindia"
GUIDE_DIR = "pelatih/fasilitasi"
state: dict = {"modules": {}, "order": [], "sources": {}, "notes": {}}


def on_files(files: Files, config: MkDocsConfig) -> Files:
    site = site_context.for_build(config, files)
    modules = site.modules
    state["modules"] = {module.slug: module for module in modules}
    state["sources"] = {}
    notes, problems = {}, []
    for file in files.documentation_pages():
        if file.generated_by or not file.src_uri.endswith(".md"):
            continue
        _, body, offset = split_front_matter(file.content_string)
        found, trouble = slides.parse_notes(body, file.src_uri, offset)
        problems += trouble
        if found:
            notes[file.src_uri] = found
    if problems:
        raise PluginError("Catatan pelatih perlu diperbaiki:\n" + str(ContentError(problems)))
    state["notes"] = notes
    for module in modules:
        add(files, config, f"{DECK_DIR}/{module.slug}.md", deck_stub(module, site))
    files.append(
        File.generated(config, f"{GUIDE_DIR}/index.md", content=guide_index(modules, site))
    )
    state["files"] = files
    return files


def add(files: Files, config: MkDocsConfig, src_uri: str, content: str) -> None:
    files.append(
        File.generated(config, src_uri, content=content, inclusion=InclusionLevel.NOT_IN_NAV)
    )


def deck_stub(module: Module, site: site_context.BuildContext) -> str:
    """The deck page's Markdown: only metadata; the template renders the slides."""
    return site.generated_page("salindia.md", modul=module)


def guide_index(modules: list[Module], site: site_context.BuildContext) -> str:
    """The list of modules with their facilitation notes, decks and answer keys."""
    rows = [{"modul": module, "durasi": format_minutes(module.minutes)} for module in modules]
    return site.generated_page("fasilitasi-indeks.md", modul=rows)


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> None:
    state["order"] = [page.file.src_uri for page in nav.pages]
    site = site_context.for_build(config, files)
    for module in state["modules"].values():
        add(files, config, f"{GUIDE_DIR}/{module.slug}.md", guide_page(module, files, site))


def module_pages(slug: str) -> list[str]:
    return [src for src in state["order"] if module_slug(src) == slug and src.endswith(".md")]


def guide_page(module: Module, files: Files, site: site_context.BuildContext) -> str:
    """Facilitation notes for one module, from its metadata and its trainer notes."""
    target = f"{GUIDE_DIR}/{module.slug}.md"

    def link(path: str) -> str:
        return posixpath.relpath(path, GUIDE_DIR)

    order = module_pages(module.slug)
    notes = [note for src in order for note in state["notes"].get(src, [])]
    key = f"{KEY_DIR}/{module.slug}.md"
    return site.generated_page(
        "fasilitasi.md",
        modul=module,
        durasi=format_minutes(module.minutes),
        salindia=link(f"{DECK_DIR}/{module.slug}.md"),
        alamat_modul=link(module.path),
        halaman=[
            {
                "judul": page_title(files, src, posixpath.basename(src).removesuffix(".md")),
                "alamat": link(src),
            }
            for src in order
        ],
        catatan=[
            {
                "judul": note.title,
                "asal": page_title(files, note.path),
                "alamat": link(note.path),
                "bagian": note.section,
                "isi": relocate_links(note.body, note.path, target),
            }
            for note in notes
        ],
        kunci=link(key) if files.get_file_from_path(key) else "",
    )


def page_title(files: Files, src: str, fallback: str = "") -> str:
    file = files.get_file_from_path(src)
    meta, _, _ = split_front_matter(file.content_string) if file else ({}, "", 0)
    return str(meta.get("title") or fallback or src)


def on_page_content(html: str, page: Page, config: MkDocsConfig, **kwargs) -> str:
    if module_slug(page.file.src_uri) and page.file.src_uri.endswith(".md"):
        state["sources"][page.file.src_uri] = (html, page)
    if page.meta.get("kode_qr"):
        html += qr_sheet(config, only_portal=page.meta["kode_qr"] == "portal")
    return slides.lift_notes(html)


def qr_sheet(config: MkDocsConfig, only_portal: bool = False) -> str:
    """QR codes to print for the day: the portal, the pre/post-test and every module (or only
    the portal, for the closing of the day)."""
    targets = [("Portal", "")]
    if not only_portal:
        targets.append(("Pra-tes dan pasca-tes", "pelatih/pra-pasca-tes/"))
        targets += [(f"Modul {m.number}: {m.title}", m.url) for m in state["modules"].values()]
    codes = []
    for label, path in targets:
        address = published_url(config, path)
        codes.append(
            {"label": label, "alamat": address, "svg": slides.qr_svg(address, f"Kode QR {label}")}
        )
    template = config.theme.get_env().get_template("partials/kode-qr.html")
    return template.render(codes=codes)


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav, **kwargs) -> dict:
    src = page.file.src_uri
    if src.startswith(DECK_DIR + "/"):
        module = state["modules"][posixpath.basename(src).removesuffix(".md")]
        context["salindia"] = deck(module, page, config)
    return context


def deck(module: Module, deck_page: Page, config: MkDocsConfig) -> dict:
    """What the deck template needs: module facts, slides, and a QR code to the module."""
    all_slides: list[slides.Slide] = []
    for src in module_pages(module.slug):
        html, page = state["sources"][src]
        if page.meta.get("salindia", True) is False:
            continue
        title = page.meta.get("title") or page.title or ""
        lead = page.meta.get("description", "") if src != module.path else ""
        found = slides.page_slides(html, str(title), str(lead), page.url, deck_page.url)
        if src == module.path and found:
            found[0].title = "Pengantar"
        all_slides += found
    published = published_url(config, module.url)
    portal = published_url(config, "")
    following = [m for m in state["modules"].values() if m.number > module.number]
    return {
        "modul": module,
        "slides": all_slides,
        "qr": slides.qr_svg(published, f"Kode QR menuju modul {module.title}"),
        "alamat": published,
        "portal_qr": slides.qr_svg(portal, f"Kode QR menuju portal {config.site_name}"),
        "portal": portal,
        "berikutnya": min(following, key=lambda m: m.number) if following else None,
        "durasi": format_minutes(module.minutes),
        "kembali": module.url if config.use_directory_urls else module.path.replace(".md", ".html"),
    }


def published_url(config: MkDocsConfig, path: str) -> str:
    base = config.site_url or ""
    return base.rstrip("/") + "/" + path if base else path
