"""MkDocs hook: slide decks and facilitation pages from the module pages, and trainer notes
lifted out of what learners see.

- ``!!! pelatih`` notes are checked in the Markdown (file:line errors) and removed from every
  rendered page; they reappear in the deck's presenter view and on the facilitation page.
- ``pelatih/salindia/<slug>.md`` is generated per module; its template renders a digest of the
  module: title and objectives, the slides written under ``salindia:`` in the module page's
  front matter (points, figures of the module, before/after pairs, quiz questions by id), and a
  closing slide. Every deck is held to a budget (slides, words per slide); the figures are
  logged at INFO, what breaks the budget is a warning naming the ``salindia:`` entry.
- ``pelatih/fasilitasi/<slug>.md`` lists objectives, timing and all notes of a module.
"""

from __future__ import annotations

import logging
import posixpath
import re

import site_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from akademi import slides
from akademi.modules import Module, format_minutes, module_slug, split_front_matter
from akademi.problems import ContentError
from akademi.quiz_export import KEY_DIR, relocate_links

DECK_DIR = "pelatih/salindia"
GUIDE_DIR = "pelatih/fasilitasi"
state: dict = {"modules": {}, "site": None, "sources": {}, "notes": {}, "decks": {}}
log = logging.getLogger("mkdocs.hooks.slides")
QUIZ_ID_RE = re.compile(
    r'<form class="kuis"[^>]*data-kuis-id="([^"]+)"[^>]*data-kuis-jenis="([^"]+)"'
)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    site = state["site"] = site_context.for_build(config, files)
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
    state["decks"] = {}
    for module in modules:
        file = files.get_file_from_path(module.path)
        try:
            state["decks"][module.slug] = slides.parse_deck(file.content_string, module.path)
        except ContentError as error:
            raise PluginError("Isi `salindia:` perlu diperbaiki:\n" + str(error)) from None
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
    site = state["site"] = site_context.for_build(config, files)
    site.read_nav(nav)
    for module in state["modules"].values():
        add(files, config, f"{GUIDE_DIR}/{module.slug}.md", guide_page(module, files, site))


def guide_page(module: Module, files: Files, site: site_context.BuildContext) -> str:
    """Facilitation notes for one module, from its metadata and its trainer notes."""
    target = f"{GUIDE_DIR}/{module.slug}.md"

    def link(path: str) -> str:
        return posixpath.relpath(path, GUIDE_DIR)

    order = state["site"].module_pages(module.slug)
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
        html += qr_sheet(only_portal=page.meta["kode_qr"] == "portal")
    return slides.lift_notes(html)


def qr_sheet(only_portal: bool = False) -> str:
    """QR codes to print for the day: the portal, the pre/post-test and every module (or only
    the portal, for the closing of the day)."""
    targets = [("Portal", "")]
    if not only_portal:
        targets.append(("Pra-tes dan pasca-tes", "pelatih/pra-pasca-tes/"))
        targets += [(f"Modul {m.number}: {m.title}", m.url) for m in state["modules"].values()]
    codes = []
    for label, path in targets:
        address = state["site"].published_url(path)
        codes.append(
            {"label": label, "alamat": address, "svg": slides.qr_svg(address, f"Kode QR {label}")}
        )
    return state["site"].render("partials/kode-qr.html", codes=codes)


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav, **kwargs) -> dict:
    src = page.file.src_uri
    if src.startswith(DECK_DIR + "/"):
        module = state["modules"][posixpath.basename(src).removesuffix(".md")]
        context["salindia"] = deck(module, page, config)
    return context


def deck(module: Module, deck_page: Page, config: MkDocsConfig) -> dict:
    """What the deck template needs: module facts, the selected slides, QR codes; checks the
    deck against the budget."""
    entries, key_line = state["decks"].get(module.slug, ([], 0))
    quizzes, notes = module_quizzes_and_notes(module, deck_page)
    selected: list[slides.Slide] = []
    sizes: list[slides.SlideSize] = []
    for entry in entries or [slides.DeckEntry(0, quiz=quiz) for quiz in quizzes]:
        if entry.quiz:
            if entry.quiz not in quizzes:
                raise PluginError(
                    f"{module.path}:{entry.line}: soal `{entry.quiz}` tidak ada di kuis modul "
                    f"ini. Pilihan: {', '.join(quizzes)}."
                )
            slide, kind = quizzes[entry.quiz]
            slide.notes += slides.curated_slide(entry, None).notes
            question, explanation = slides.quiz_words(slide.body, kind)
            sizes.append(slides.SlideSize("Kuis", question, entry.line))
            if explanation:
                sizes.append(slides.SlideSize("Pembahasan", explanation, entry.line))
        else:
            slide = slides.curated_slide(entry, deck_figure(module, entry, deck_page))
            sizes.append(slides.SlideSize(entry.title, slides.slide_words(slide), entry.line))
        selected.append(slide)
    # The trainer notes of the module's pages go with the first slide after the objectives.
    if selected:
        selected[0].notes = notes + selected[0].notes
    published = state["site"].published_url(module.url)
    portal = state["site"].published_url("")
    following = [m for m in state["modules"].values() if m.number > module.number]
    objectives = slides.objective_groups(module.objectives)
    context = {
        "modul": module,
        "slides": selected,
        "tujuan": objectives,
        "catatan_tujuan": [] if selected else notes,
        "qr": slides.qr_svg(published, f"Kode QR menuju modul {module.title}"),
        "alamat": published,
        "portal_qr": slides.qr_svg(portal, f"Kode QR menuju portal {config.site_name}"),
        "portal": portal,
        "berikutnya": min(following, key=lambda m: m.number) if following else None,
        "durasi": format_minutes(module.minutes),
        "kembali": module.url if config.use_directory_urls else module.path.replace(".md", ".html"),
    }
    check_budget(module, context, sizes, key_line, config)
    return context


def module_quizzes_and_notes(
    module: Module, deck_page: Page
) -> tuple[dict[str, tuple[slides.Slide, str]], list[str]]:
    """The module's quiz questions as slides by id (with their kind), and its trainer notes."""
    quizzes: dict[str, tuple[slides.Slide, str]] = {}
    notes: list[str] = []
    for src in state["site"].module_pages(module.slug):
        html, page = state["sources"][src]
        for slide in slides.page_slides(html, "", "", page.url, deck_page.url):
            notes += slide.notes
            found = QUIZ_ID_RE.search(slide.body) if slide.kind == "kuis" else None
            if found:
                slide.title, slide.notes, slide.continued = "Kuis", [], False
                quizzes[found.group(1)] = (slide, found.group(2))
    return quizzes, notes


def deck_figure(module: Module, entry: slides.DeckEntry, deck_page: Page) -> dict | None:
    """A figure of the module named by file name, with the description its page gives it."""
    if not entry.figure:
        return None
    folder = posixpath.dirname(module.path)
    file = state["files"].get_file_from_path(posixpath.join(folder, entry.figure))
    alt = next(
        (
            found
            for src in state["site"].module_pages(module.slug)
            if (found := slides.figure_alt(state["sources"][src][0], entry.figure))
        ),
        "",
    )
    if file is None or not alt:
        raise PluginError(
            f"{module.path}:{entry.line}: gambar `{entry.figure}` harus ada di folder modul dan "
            "tampil (dengan teks alternatif) di salah satu halaman modul ini."
        )
    return {"src": get_relative_url(file.url, deck_page.url), "alt": alt}


def check_budget(
    module: Module, context: dict, sizes: list[slides.SlideSize], key_line: int, config
) -> None:
    """Counts the slides the template adds around the selected ones, logs the deck's figures,
    and warns about what breaks the budget."""
    title_text = [
        f"Modul {module.number} {context['durasi']} {module.level}",
        module.title,
        module.description,
        config.extra.get("merek", {}).get("penerbit", ""),
        "Pindai untuk membuka modul ini di ponsel:",
        context["alamat"],
    ]
    around = [slides.SlideSize("Judul", sum(map(slides.count_words, title_text)), key_line)]
    around += [
        slides.SlideSize("Tujuan belajar", slides.objectives_words(group), key_line)
        for group in context["tujuan"]
    ]
    closing = slides.closing_words(config.site_name, context["portal"], module.title)
    all_sizes = around + sizes + [slides.SlideSize("Terima kasih", closing, key_line)]
    figures = slides.deck_figures(all_sizes)
    log.info(
        f"Salindia {module.slug}: {figures['slides']} salindia, median {figures['median']:g} "
        f"kata, terpanjang {figures['max']} kata."
    )
    for problem in slides.validate_deck(all_sizes, module.path, key_line):
        log.warning(str(problem))
