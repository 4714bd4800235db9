"""Pages the build generates (answer keys, glossary, print and facilitation pages): Markdown
rendered from Jinja templates under ``overrides/halaman/``.

A template writes its front matter with ``front_matter(...)`` (``yaml.safe_dump``, so a title
with ``'``, ``:``, ``#`` or ``"`` stays a title) and inserts text with ``md(...)`` or, in a table,
``cell(...)``, so no inserted text becomes HTML. The templates come from the theme's Jinja
environment, so a site's ``custom_dir`` can override them like any partial.
"""

from __future__ import annotations

import re

import jinja2
import yaml

from akademi.problems import Problem
from akademi.quiz_markdown import escape_raw_html

TEMPLATE_DIR = "halaman"


def front_matter(**fields) -> str:
    """A YAML front-matter block MkDocs reads back exactly as ``fields``."""
    return "---\n" + yaml.safe_dump(fields, allow_unicode=True, sort_keys=False) + "---\n"


def markdown_text(text: str) -> str:
    """Author text as Markdown: raw HTML escaped (code spans kept), and a trailing ``#`` kept
    as text rather than read as the closing of a heading."""
    return re.sub(r"#$", r"\\#", escape_raw_html(str(text)))


def table_cell(text: str) -> str:
    """Author text in a Markdown table cell: one line, raw HTML escaped, ``|`` kept as text."""
    return markdown_text(" ".join(str(text).split())).replace("|", "\\|")


def render(templates: jinja2.Environment, name: str, **context) -> str:
    """The Markdown of generated page ``name`` (a template in ``overrides/halaman/``)."""
    template = templates.get_template(
        f"{TEMPLATE_DIR}/{name}",
        globals={"front_matter": front_matter, "md": markdown_text, "cell": table_cell},
    )
    return template.render(**context) + "\n"


def search_exclusion_problem(src_uri: str, meta: dict) -> Problem | None:
    """A generated page with answers must stay out of the search index: its front matter, as
    MkDocs read it, must say ``search: {exclude: true}`` (a front matter MkDocs could not read
    counts as none)."""
    search = meta.get("search")
    if isinstance(search, dict) and search.get("exclude") is True:
        return None
    return Problem(
        src_uri,
        1,
        "Halaman kunci jawaban ini akan masuk indeks pencarian: front matter-nya tidak memuat "
        "`search: {exclude: true}` atau tidak terbaca. Periksa templat di overrides/halaman/.",
    )
