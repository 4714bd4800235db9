"""MkDocs hook: pre-test and post-test pages, their paper forms, and the trainer's class tally.

A page with ``prapasca: <bank>`` in its front matter is a bank of quiz blocks; its forms are
handed to prapasca.js instead of the ordinary quiz script (no feedback until the post-test is
done). A page with ``prapasca_kertas: <bank>`` gets the bank's printable question sheets (forms
A and B) and answer grid. A page with ``rekap_prapasca: true`` gets the class tally for every
bank of the site.
"""

from __future__ import annotations

import json

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from akademi.modules import split_front_matter
from akademi.prepost import paper_forms, paper_html, parse_bank
from akademi.problems import ContentError, Problem
from akademi.quiz import parse_page
from akademi.quiz_export import page_url
from akademi.site import load_modules

FORM_CLASS = '<form class="kuis"'
state: dict = {"banks": {}, "questions": {}, "papers": {}, "tally": None}


def on_files(files: Files, config: MkDocsConfig) -> None:
    banks, questions, papers, problems, tally = {}, {}, {}, [], None
    names = {m.slug: f"Modul {m.number}: {m.title}" for m in load_modules(files)}
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
            message = f"`prapasca_kertas: {name}` tidak menunjuk bank soal mana pun."
            problems.append(Problem(src, 1, message))
    if problems:
        raise PluginError("Pra-tes dan pasca-tes perlu diperbaiki:\n" + str(ContentError(problems)))
    state.update(banks=banks, questions=questions, papers=papers, tally=tally)


def on_page_content(html: str, page: Page, config: MkDocsConfig, **kwargs) -> str:
    src = page.file.src_uri
    bank = state["banks"].get(src)
    if bank is not None:
        page.quiz = None  # No score panel: the result is shown by prapasca.js.
        return render_bank_page(html, bank, page, config)
    if src == state["tally"]:
        bank_list = list(state["banks"].values())
        return html + render(
            config, "partials/rekap-kelas.html", page, banks=banks_json(), bank_list=bank_list
        )
    if src in state["papers"]:
        name = state["papers"][src]
        forms = paper_forms(name, state["questions"][name])
        return html + render(
            config, "partials/prapasca-kertas.html", page, forms=forms, html=paper_html
        )
    return html


def banks_json() -> str:
    return json.dumps(list(state["banks"].values()), ensure_ascii=False)


def tally_link(config: MkDocsConfig) -> str:
    """Published address of the tally page, for the QR code a learner shows the trainer."""
    if not state["tally"]:
        return ""
    return (config.site_url or "").rstrip("/") + "/" + page_url(state["tally"])


def render_bank_page(html: str, bank: dict, page: Page, config: MkDocsConfig) -> str:
    first, last = html.find(FORM_CLASS), html.rfind("</form>")
    if first == -1:
        return html
    last += len("</form>")
    questions = html[first:last].replace(FORM_CLASS, '<form class="prapasca__soal"')
    panel = render(
        config,
        "partials/prapasca.html",
        page,
        bank=bank,
        bank_json=json.dumps(bank, ensure_ascii=False),
        rekap=tally_link(config),
    )
    wrapped = f'<div class="prapasca__daftar" data-prapasca-daftar>{questions}</div>'
    finish = render(config, "partials/prapasca-akhir.html", page)
    return html[:first] + panel + wrapped + finish + html[last:]


def render(config: MkDocsConfig, template: str, page: Page, **context) -> str:
    def url(target: str) -> str:
        return get_relative_url(target, page.url)

    return config.theme.get_env().get_template(template).render(url=url, **context)
