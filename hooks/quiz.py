"""MkDocs hook: quiz blocks in pages, plus the quiz bank, answer keys and Moodle XML.

The Markdown extension does the rendering; this hook only wires it in, checks the quizzes of
the whole site before any page renders (so every problem is reported at once, with file and
line), and adds the generated files.
"""

from __future__ import annotations

import logging

import site_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from akademi import merek, quiz_export, quiz_lint
from akademi.modules import field_lines, module_slug, split_front_matter
from akademi.pages import search_exclusion_problem
from akademi.problems import ContentError, Problem
from akademi.quiz import Question, duplicate_id_problems, module_tag_problems, parse_page
from akademi.quiz_checks import objective_problems, pass_mark
from akademi.quiz_kinds import KINDS
from akademi.quiz_markdown import QuizExtension, restore_forms, stash_forms

# Where the import guide shows its build-time tables: one file per module, and quiz kinds.
GUIDE_MARKERS = {"berkas": "<!-- moodle-berkas -->", "jenis": "<!-- moodle-jenis -->"}
log = logging.getLogger("mkdocs.hooks.quiz")
extension = QuizExtension()
# Per module with questions: (module, question count, Moodle XML text), for the import guide.
moodle_files: list[tuple] = []
# Per page with a quiz (source path): what the score panel under it shows (main.html reads it
# as `kuis_skor`). Pre/post-test pages have none: prapasca.js shows their result.
score_panels: dict[str, dict] = {}
state: dict = {"site": None}


def on_config(config: MkDocsConfig) -> None:
    config.markdown_extensions.append(extension)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    site = state["site"] = site_context.for_build(config, files)
    modules = site.modules
    questions, problems = collect_questions(files)
    problems += duplicate_id_problems(questions)
    problems += module_tag_problems(questions, {module.slug for module in modules})
    problems += objective_problems(questions, modules, objective_lines(files, modules))
    site_context.fail_on(problems, "Kuis perlu diperbaiki")
    score_panels.clear()
    lint(files, questions)
    by_module: dict[str, list[Question]] = {}
    for question in questions:
        by_module.setdefault(module_slug(question.path) or "", []).append(question)
    generated = {"quiz-bank.json": quiz_export.render_bank(questions)}
    moodle_files.clear()
    counts = {module.slug: len(by_module.get(module.slug, [])) for module in modules}
    guide = next((f.src_uri for f in files.documentation_pages() if is_guide(f)), "")
    brand = config.extra.get("merek") or {}
    if any(counts.values()):
        index = quiz_export.render_key_index(
            site.templates, modules, counts, merek.code(brand), guide
        )
        generated[f"{quiz_export.KEY_DIR}/index.md"] = index
    for module in modules:
        module_questions = by_module.get(module.slug)
        if module_questions:
            generated[f"{quiz_export.KEY_DIR}/{module.slug}.md"] = quiz_export.render_answer_key(
                site.templates, module, module_questions, merek.code(brand), guide
            )
            moodle = quiz_export.render_moodle(
                module, module_questions, brand.get("nama_portal", config.site_name)
            )
            generated[f"{quiz_export.MOODLE_DIR}/{module.slug}.xml"] = moodle
            moodle_files.append((module, len(module_questions), moodle))
    for src_uri, content in generated.items():
        files.append(File.generated(config, src_uri, content=content))
    return files


def objective_lines(files: Files, modules: list) -> dict[str, int]:
    """Line of each module's ``tujuan:``, where an untested objective is reported."""
    return {
        module.slug: field_lines(files.get_file_from_path(module.path).content_string).get(
            "tujuan", 1
        )
        for module in modules
    }


def lint(files: Files, questions: list[Question]) -> None:
    """Quiz lint findings are warnings, so ``--strict`` fails while an author can still preview."""
    pages = {
        file.src_uri: file.content_string
        for file in files.documentation_pages()
        if not file.generated_by and file.src_uri.endswith(".md")
    }
    for report in quiz_lint.report_pages(pages, questions):
        for finding in report.findings:
            log.warning(str(finding))


def collect_questions(files: Files) -> tuple[list[Question], list[Problem]]:
    questions: list[Question] = []
    problems: list[Problem] = []
    for file in files.documentation_pages():
        if file.generated_by:
            continue
        _, body, offset = split_front_matter(file.content_string)
        try:
            questions += parse_page(body, file.src_uri, offset)
        except ContentError as error:
            problems += error.problems
    return questions, problems


def on_page_markdown(markdown: str, page: Page, **kwargs) -> str:
    if page.file.generated_by and page.file.src_uri.startswith(quiz_export.KEY_DIR + "/"):
        # As MkDocs read the front matter: one it could not read leaks the answers into search.
        problem = search_exclusion_problem(page.file.src_uri, page.meta)
        if problem:
            raise PluginError(str(problem))
    raw = page.file.content_string
    offset = raw[: len(raw) - len(markdown)].count("\n") if raw.endswith(markdown) else 0
    extension.set_source(page.file.src_uri, offset)
    extension.reset()
    return markdown


def is_guide(file: File) -> bool:
    """The Moodle import guide: a page with ``moodle_impor: true`` in its front matter."""
    if not file.src_uri.endswith(".md") or file.generated_by:
        return False
    if "moodle_impor:" not in file.content_string:  # Skip parsing every other page's YAML.
        return False
    meta, _, _ = split_front_matter(file.content_string)
    return meta.get("moodle_impor") is True


def moodle_guide(html: str, page: Page) -> str:
    missing = [marker for marker in GUIDE_MARKERS.values() if marker not in html]
    if missing:
        line = field_lines(page.file.content_string).get("moodle_impor", 1)
        raise PluginError(
            f"{page.file.src_uri}:{line}: halaman panduan Moodle (`moodle_impor: true`) belum "
            f"memuat penanda {' dan '.join(f'`{m}`' for m in missing)}. Tulis penanda di tempat "
            "tabel berkas dan tabel jenis soal ditampilkan."
        )
    files = [
        {
            "modul": module,
            "jumlah": count,
            "href": f"{quiz_export.MOODLE_DIR}/{module.slug}.xml",
            "nama": quiz_export.moodle_file_name(
                module.slug, merek.code(state["site"].config.extra.get("merek") or {})
            ),
        }
        for module, count, _ in moodle_files
    ]
    counts = quiz_export.moodle_kind_counts([text for _, _, text in moodle_files])
    for part, marker in GUIDE_MARKERS.items():
        table = state["site"].render(
            "partials/moodle-impor.html",
            page,
            bagian=part,
            files=files,
            counts=counts,
            kinds=KINDS,
        )
        html = html.replace(marker, table, 1)
    return html


def on_page_content(html: str, page: Page, config: MkDocsConfig, **kwargs) -> str:
    if page.meta.get("moodle_impor") is True:
        html = moodle_guide(html, page)
    if extension.questions and "prapasca" not in page.meta:
        mark = pass_mark(page.meta, page.file.src_uri, page.file.content_string)
        if isinstance(mark, Problem):
            raise PluginError(str(mark))
        score_panels[page.file.src_uri] = {"jumlah": len(extension.questions), "lulus": mark}
    return html


@event_priority(100)
def _hide_forms_from_search(context: dict, page: Page, **kwargs) -> dict:
    """Before the search plugin indexes the page (the forms are excluded from search anyway)."""
    panel = score_panels.get(page.file.src_uri)
    if panel:
        context["kuis_skor"] = panel
        if page.content:
            page.content, page.quiz_forms = stash_forms(page.content)
    return context


@event_priority(-100)
def _restore_forms(context: dict, page: Page, **kwargs) -> dict:
    """After every other handler, before the page template renders ``page.content``."""
    forms = getattr(page, "quiz_forms", None)
    if forms:
        page.content = restore_forms(page.content, forms)
        page.quiz_forms = None
    return context


on_page_context = CombinedEvent(_hide_forms_from_search, _restore_forms)
