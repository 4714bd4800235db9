"""MkDocs hook: pre-test and post-test pages, their paper forms, and the trainer's class tally.

A page with ``prapasca: <bank>`` in its front matter is a bank of quiz blocks; its forms are
handed to prapasca.js instead of the ordinary quiz script (no feedback until the post-test is
done). A page with ``prapasca_kertas: <bank>`` gets the bank's printable question sheets (forms
A and B) and answer grid. A page with ``rekap_prapasca: true`` gets the class tally for every
bank of the site.
"""

from __future__ import annotations

import json

import site_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from akademi.modules import field_lines, split_front_matter
from akademi.prepost import paper_forms, paper_html, parse_bank
from akademi.problems import ContentError, Problem
from akademi.quiz import parse_page
from akademi.quiz_export import page_url

FORM_CLASS = '<form class="kuis"'
state: dict = {"banks": {}, "questions": {}, "papers": {}, "tally": None, "site": None}


def on_files(files: Files, config: MkDocsConfig) -> None:
    site = state["site"] = site_context.for_build(config, files)
    banks, questions, papers, problems, tally = {}, {}, {}, [], None
    names = {m.slug: f"Modul {m.number}: {m.title}" for m in site.modules}
    for file in files.documentation_pages():
        if file.generated_by or not file.src_uri.endswith(".md"):
            continue
        meta, body, offset = split_front_matter(file.content_string)
        if meta.get("rekap_prapasca"):
            tally = file.src_uri
        if "prapasca_kertas" in meta:
            papers[file.src_uri] = meta["prapasca_kertas"]
        if "prapasca" not in meta:
            continue
        try:
            found = parse_page(body, file.src_uri, offset)
            banks[file.src_uri] = parse_bank(meta["prapasca"], file.src_uri, found, names)
            questions[meta["prapasca"]] = found
        except ContentError as error:
            problems += error.problems
    for src, name in papers.items():
        if name not in questions:
            line = field_lines(files.get_file_from_path(src).content_string).get(
                "prapasca_kertas", 1
            )
            message = f"`prapasca_kertas: {name}` tidak menunjuk bank soal mana pun."
            problems.append(Problem(src, line, message))
    site_context.fail_on(problems, "Pra-tes dan pasca-tes perlu diperbaiki")
    state.update(banks=banks, questions=questions, papers=papers, tally=tally)


def on_page_content(html: str, page: Page, config: MkDocsConfig, **kwargs) -> str:
    src = page.file.src_uri
    bank = state["banks"].get(src)
    if bank is not None:
        return render_bank_page(html, bank, page)
    if src == state["tally"]:
        bank_list = list(state["banks"].values())
        return html + state["site"].render(
            "partials/rekap-kelas.html", page, banks=banks_json(), bank_list=bank_list
        )
    if src in state["papers"]:
        name = state["papers"][src]
        forms = paper_forms(name, state["questions"][name])
        return html + state["site"].render(
            "partials/prapasca-kertas.html", page, forms=forms, html=paper_html
        )
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
