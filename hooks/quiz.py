"""MkDocs hook: quiz blocks in pages, plus the quiz bank, answer keys and Moodle XML.

The Markdown extension does the rendering; this hook only wires it in, checks the quizzes of
the whole site before any page renders (so every problem is reported at once, with file and
line), and adds the generated files.
"""

from __future__ import annotations

import logging

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from akademi import quiz_export, quiz_lint
from akademi.modules import module_slug, split_front_matter
from akademi.problems import ContentError, Problem
from akademi.quiz import Question, duplicate_id_problems, module_tag_problems, parse_page
from akademi.quiz_markdown import QuizExtension, restore_forms, stash_forms
from akademi.site import load_modules

DEFAULT_PASS_MARK = 70
# Where the import guide shows its build-time tables: one file per module, and quiz kinds.
GUIDE_MARKERS = {"berkas": "<!-- moodle-berkas -->", "jenis": "<!-- moodle-jenis -->"}
log = logging.getLogger("mkdocs.hooks.quiz")
extension = QuizExtension()
# Per module with questions: (module, question count, Moodle XML text), for the import guide.
moodle_files: list[tuple] = []


def on_config(config: MkDocsConfig) -> None:
    config.markdown_extensions.append(extension)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    modules = load_modules(files)
    questions, problems = collect_questions(files)
    problems += duplicate_id_problems(questions)
    problems += module_tag_problems(questions, {module.slug for module in modules})
    problems += objective_problems(questions, {m.slug: len(m.objectives) for m in modules})
    if problems:
        raise PluginError("Kuis perlu diperbaiki:\n" + str(ContentError(problems)))
    lint(files, questions)
    by_module: dict[str, list[Question]] = {}
    for question in questions:
        by_module.setdefault(module_slug(question.path) or "", []).append(question)
    generated = {"quiz-bank.json": quiz_export.render_bank(questions)}
    moodle_files.clear()
    counts = {module.slug: len(by_module.get(module.slug, [])) for module in modules}
    guide = next((f.src_uri for f in files.documentation_pages() if is_guide(f)), "")
    if any(counts.values()):
        index = quiz_export.render_key_index(modules, counts, guide)
        generated[f"{quiz_export.KEY_DIR}/index.md"] = index
    for module in modules:
        module_questions = by_module.get(module.slug)
        if module_questions:
            generated[f"{quiz_export.KEY_DIR}/{module.slug}.md"] = quiz_export.render_answer_key(
                module, module_questions, guide
            )
            moodle = quiz_export.render_moodle(module, module_questions)
            generated[f"{quiz_export.MOODLE_DIR}/{module.slug}.xml"] = moodle
            moodle_files.append((module, len(module_questions), moodle))
    for src_uri, content in generated.items():
        files.append(File.generated(config, src_uri, content=content))
    return files


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


def objective_problems(
    questions: list[Question], objective_counts: dict[str, int]
) -> list[Problem]:
    """Module questions must name a real objective, and every objective must be tested."""
    problems: list[Problem] = []
    tested: dict[str, set[int]] = {}
    for question in questions:
        slug = module_slug(question.path)
        if slug not in objective_counts:
            continue
        count = objective_counts[slug]
        tested.setdefault(slug, set()).update(question.objectives)
        if not question.objectives:
            problems.append(
                Problem(
                    question.path,
                    question.line,
                    "Soal modul wajib memiliki "
                    "`tujuan:` berisi nomor tujuan belajar yang diujinya.",
                )
            )
        for number in question.objectives:
            if number > count:
                problems.append(
                    Problem(
                        question.path,
                        question.line,
                        f"`tujuan: {number}` tidak ada; modul ini memiliki {count} tujuan belajar.",
                    )
                )
    for slug, count in objective_counts.items():
        missing = sorted(set(range(1, count + 1)) - tested.get(slug, set()))
        if missing:
            problems.append(
                Problem(
                    f"modul/{slug}/index.md",
                    1,
                    "Tujuan belajar nomor "
                    f"{', '.join(map(str, missing))} belum diuji satu soal pun. "
                    "Tambahkan soal dengan `tujuan:` yang sesuai.",
                )
            )
    return problems


def on_page_markdown(markdown: str, page: Page, **kwargs) -> str:
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


def moodle_guide(html: str, page: Page, config: MkDocsConfig) -> str:
    missing = [marker for marker in GUIDE_MARKERS.values() if marker not in html]
    if missing:
        raise PluginError(
            f"{page.file.src_uri}:1: halaman panduan Moodle (`moodle_impor: true`) belum memuat "
            f"penanda {' dan '.join(f'`{m}`' for m in missing)}. Tulis penanda di tempat tabel "
            "berkas dan tabel jenis soal ditampilkan."
        )
    files = [
        {
            "modul": module,
            "jumlah": count,
            "href": get_relative_url(f"{quiz_export.MOODLE_DIR}/{module.slug}.xml", page.url),
            "nama": quiz_export.moodle_file_name(module.slug),
        }
        for module, count, _ in moodle_files
    ]
    counts = quiz_export.moodle_kind_counts([text for _, _, text in moodle_files])
    template = config.theme.get_env().get_template("partials/moodle-impor.html")
    for part, marker in GUIDE_MARKERS.items():
        table = template.render(
            bagian=part, files=files, counts=counts, names=quiz_export.KIND_NAMES
        )
        html = html.replace(marker, table, 1)
    return html


def on_page_content(html: str, page: Page, config: MkDocsConfig, **kwargs) -> str:
    if page.meta.get("moodle_impor") is True:
        html = moodle_guide(html, page, config)
    if extension.questions:
        pass_mark = page.meta.get("kuis_lulus", DEFAULT_PASS_MARK)
        if not isinstance(pass_mark, int) or not 0 < pass_mark <= 100:
            raise PluginError(
                f"{page.file.src_uri}:1: `kuis_lulus: {pass_mark}` tidak sah. Tulis "
                "persentase kelulusan 1–100, misalnya `kuis_lulus: 80`."
            )
        page.quiz = {"jumlah": len(extension.questions), "lulus": pass_mark}
    return html


@event_priority(100)
def _hide_forms_from_search(context: dict, page: Page, **kwargs) -> dict:
    """Before the search plugin indexes the page (the forms are excluded from search anyway)."""
    if getattr(page, "quiz", None) and page.content:
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
