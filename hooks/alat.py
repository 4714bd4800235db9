"""MkDocs hook: the tools under alat/ (Cek Diksi, Kalkulator Engagement, Kalender Konten,
Rapor Akun).

A tool page names its tool in front matter (``alat: cek-diksi``) and marks with ``<!-- alat -->``
where the tool goes. This hook renders ``overrides/partials/alat/<tool>.html`` there, with the
data the tool needs embedded as JSON in a ``data-isi`` attribute: no request at run time, so the
tools also work offline and from ``file://``. (Not a <script type="application/json">: Material's
instant navigation re-creates inline scripts without their type and would run the JSON as code;
and not element text, which the search index would pick up.) Data files are validated before
any page renders; a problem fails the build naming the file and line.
"""

from __future__ import annotations

import json
from pathlib import Path

import site_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from akademi import kalender, rapor
from akademi.diksi import load_rules, rules_json
from akademi.modules import field_lines
from akademi.problems import ContentError, Problem

TOOLS = ("cek-diksi", "kalkulator-engagement", "kalender-konten", "rapor-akun")
PLACEHOLDER = "<!-- alat -->"
payloads: dict[str, str] = {}
state: dict = {"site": None}


def compact_json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def calendar_data(config: MkDocsConfig) -> dict:
    data_dir = Path(config.docs_dir) / "data"
    merek = config.extra.get("merek", {}) or {}
    config_path = Path(config.config_file_path or "mkdocs.yml")
    config_text = config_path.read_text(encoding="utf-8") if config_path.exists() else ""
    source = data_dir / "hari-penting.yml"
    if not source.exists():
        raise ContentError(
            [Problem("docs/data/hari-penting.yml", 1, "Berkas ini tidak ditemukan.")]
        )
    fixed, moving = kalender.parse_days(
        source.read_text(encoding="utf-8"), "docs/data/hari-penting.yml"
    )
    regional = kalender.regional_days(
        merek.get("hari_daerah"), config_path.name, kalender.config_line(config_text, "hari_daerah")
    )
    return kalender.calendar_payload(fixed, moving, regional, merek)


def on_files(files: Files, config: MkDocsConfig) -> None:
    state["site"] = site_context.for_build(config, files)
    payloads.clear()
    with site_context.reported("Data alat perlu diperbaiki"):
        payloads["cek-diksi"] = rules_json(load_rules(Path(config.docs_dir) / "data"))
        payloads["kalender-konten"] = compact_json(calendar_data(config))
        rapor_page = Path(config.docs_dir) / "modul" / "evaluasi-insight" / "rapor-medsos.md"
        if rapor_page.exists():
            payloads["rapor-akun"] = compact_json(
                rapor.rapor_model(rapor_page.read_text(encoding="utf-8"))
            )


def on_page_content(html: str, page: Page, config: MkDocsConfig, **kwargs) -> str:
    tool = page.meta.get("alat")
    if not tool:
        return html
    src = page.file.src_uri
    line = field_lines(page.file.content_string).get("alat", 1)
    if tool not in TOOLS:
        raise PluginError(
            f"{src}:{line}: `alat: {tool}` tidak dikenal. Pilih salah satu: {', '.join(TOOLS)}."
        )
    if PLACEHOLDER not in html:
        raise PluginError(
            f"{src}:{line}: halaman alat wajib memuat baris `{PLACEHOLDER}` di tempat alat "
            "ditampilkan."
        )
    fragment = state["site"].render(
        f"partials/alat/{tool}.html",
        page,
        data=payloads.get(tool),
        merek=config.extra.get("merek", {}) or {},
    )
    return html.replace(PLACEHOLDER, fragment, 1)
