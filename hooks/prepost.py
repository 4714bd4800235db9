"""MkDocs hook: pre-test and post-test pages, and the trainer's class tally.

A page with ``prapasca: <bank>`` in its front matter is a bank of quiz blocks; its forms are
handed to prapasca.js instead of the ordinary quiz script (no feedback until the post-test is
done). A page with ``rekap_prapasca: true`` gets the class tally for every bank of the site.
"""

from __future__ import annotations

import json

import site_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from akademi.modules import split_front_matter
from akademi.prepost import parse_bank
from akademi.problems import ContentError
from akademi.quiz import parse_page
from akademi.quiz_export import page_url

FORM_CLASS = '<form class="kuis"'
state: dict = {"banks": {}, "tally": None, "site": None}


def on_files(files: Files, config: MkDocsConfig) -> None:
    site = state["site"] = site_context.for_build(config, files)
    banks, problems, tally = {}, [], None
    for file in files.documentation_pages():
        if file.generated_by or not file.src_uri.endswith(".md"):
            continue
        meta, body, offset = split_front_matter(file.content_string)
        if meta.get("rekap_prapasca"):
            tally = file.src_uri
        if "prapasca" not in meta:
            continue
        try:
            banks[file.src_uri] = parse_bank(
                meta["prapasca"],
                file.src_uri,
                parse_page(body, file.src_uri, offset),
                meta.get("prapasca_modul"),
                {m.slug: f"Modul {m.number}: {m.title}" for m in site.modules},
            )
        except ContentError as error:
            problems += error.problems
    site_context.fail_on(problems, "Pra-tes dan pasca-tes perlu diperbaiki")
    state["banks"], state["tally"] = banks, tally


def on_page_content(html: str, page: Page, config: MkDocsConfig, **kwargs) -> str:
    src = page.file.src_uri
    bank = state["banks"].get(src)
    if bank is not None:
        return render_bank_page(html, bank, page)
    if src == state["tally"]:
        return html + state["site"].render("partials/rekap-kelas.html", page, banks=banks_json())
    return html


def banks_json() -> str:
    return json.dumps(list(state["banks"].values()), ensure_ascii=False)


def tally_link() -> str:
    """Published address of the tally page, for the QR code a learner shows the trainer."""
    return state["site"].published_url(page_url(state["tally"])) if state["tally"] else ""


def render_bank_page(html: str, bank: dict, page: Page) -> str:
    first, last = html.find(FORM_CLASS), html.rfind("</form>")
    if first == -1:
        return html
    last += len("</form>")
    questions = html[first:last].replace(FORM_CLASS, '<form class="prapasca__soal"')
    panel = state["site"].render(
        "partials/prapasca.html",
        page,
        bank=bank,
        bank_json=json.dumps(bank, ensure_ascii=False),
        rekap=tally_link(),
    )
    wrapped = f'<div class="prapasca__daftar" data-prapasca-daftar>{questions}</div>'
    finish = state["site"].render("partials/prapasca-akhir.html", page)
    return html[:first] + panel + wrapped + finish + html[last:]
