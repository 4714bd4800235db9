"""MkDocs hook: session plans and run sheets from data.

- ``modul/<slug>/sesi.yml`` (30-, 60- and 90-minute plans) is validated against the module's
  objectives and worksheet (akademi.sesi) and rendered on the module's facilitation page and
  in the speaker notes of its deck's title slide.
- ``pelatih/jadwal.yml`` holds the run sheets; a page shows one with a ``<!-- jadwal: key -->``
  line. Each run sheet ends with the materials for the day, counted for N participants.
- The data files themselves are not published.
"""

from __future__ import annotations

import json
import posixpath
import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from site_context import load_modules

from akademi import sesi
from akademi.modules import Module
from akademi.problems import ContentError, Problem

GUIDE_DIR = "pelatih/fasilitasi"
DECK_DIR = "pelatih/salindia"
MARKER_RE = re.compile(r"^<!--\s*jadwal:\s*(?P<key>[\w-]+)\s*-->[ \t]*$", re.MULTILINE)
DEFAULT_PARTICIPANTS, DEFAULT_GROUP = 30, 5
state: dict = {"modules": {}, "plans": {}, "preparation": {}, "parts": {}, "schedules": {}}


def on_files(files: Files, config: MkDocsConfig) -> Files:
    modules = load_modules(files)
    plans, preparation, parts, problems = {}, {}, {}, []
    for module in modules:
        path = f"modul/{module.slug}/{sesi.PLAN_FILE}"
        data = files.get_file_from_path(path)
        if data is None:
            problems.append(
                Problem(module.path, 1, f"Modul ini belum memiliki rencana sesi ({path}).")
            )
            continue
        worksheet = files.get_file_from_path(f"modul/{module.slug}/lembar-kerja.md")
        parts[module.slug] = sesi.worksheet_parts(worksheet.content_string) if worksheet else None
        try:
            parsed = sesi.parse_plans(
                data.content_string, path, len(module.objectives), parts[module.slug]
            )
            plans[module.slug], preparation[module.slug] = parsed.rencana, parsed.persiapan
        except ContentError as error:
            problems += error.problems
        files.remove(data)
    if problems:
        raise PluginError("Rencana sesi perlu diperbaiki:\n" + str(ContentError(problems)))
    schedules = {}
    run_sheet = files.get_file_from_path(sesi.SCHEDULE_FILE)
    if run_sheet is not None:
        try:
            schedules = sesi.parse_schedules(run_sheet.content_string, sesi.SCHEDULE_FILE, plans)
        except ContentError as error:
            raise PluginError("Jadwal bimtek perlu diperbaiki:\n" + str(error)) from error
        files.remove(run_sheet)
    state.update(
        modules={m.slug: m for m in modules},
        plans=plans,
        preparation=preparation,
        parts=parts,
        schedules=schedules,
    )
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **kwargs) -> str:
    src = page.file.src_uri
    slug = posixpath.basename(src).removesuffix(".md")
    if posixpath.dirname(src) == GUIDE_DIR and slug in state["plans"]:
        section = render(config, "partials/rencana-sesi.html", guide_context(slug, page))
        return sesi.insert_before_next_heading(markdown, "## Tujuan belajar", section)
    if MARKER_RE.search(markdown):
        return MARKER_RE.sub(lambda match: run_sheet(match, markdown, page, config), markdown)
    return markdown


def on_post_page(html: str, page: Page, config: MkDocsConfig) -> str:
    src = page.file.src_uri
    slug = posixpath.basename(src).removesuffix(".md")
    if posixpath.dirname(src) != DECK_DIR or slug not in state["plans"]:
        return html
    notes = render(config, "partials/rencana-sesi-catatan.html", guide_context(slug, page))
    placed = sesi.insert_title_notes(html, notes)
    if placed is None:
        raise PluginError(
            f"{src}: salindia tidak memiliki salindia judul "
            '(<section data-salindia-jenis="judul">) untuk catatan rencana sesi.'
        )
    return placed


def render(config: MkDocsConfig, template: str, context: dict) -> str:
    return config.theme.get_env().get_template(template).render(**context).strip()


def guide_context(slug: str, page: Page) -> dict:
    src = page.file.src_uri
    module: Module = state["modules"][slug]
    parts = state["parts"][slug] or {}
    worksheet = posixpath.relpath(f"modul/{slug}/lembar-kerja.md", posixpath.dirname(src))
    plans = []
    for length in sesi.LENGTHS:
        plan = state["plans"][slug][length]
        counted, listed = sesi.plan_materials(plan)
        plans.append(
            {
                "menit": length,
                "ringkasan": plan.ringkasan,
                "tujuan": plan.tujuan,
                "lain": [n for n in range(1, len(module.objectives) + 1) if n not in plan.tujuan],
                "segmen": [
                    {
                        "waktu": waktu,
                        "segmen": segment,
                        "bahan": [material_text(m) for m in segment.bahan],
                        "lembar": [
                            (parts[label].title, f"{worksheet}#{parts[label].anchor}")
                            for label in segment.lembar_kerja
                        ],
                    }
                    for waktu, segment in zip(sesi.minute_ranges(plan), plan.segmen, strict=True)
                ],
                "bahan": materials_context(counted),
                "perlengkapan": listed,
            }
        )
    return {
        "modul": module,
        "rencana": plans,
        "persiapan": state["preparation"][slug],
        **defaults(page),
    }


def defaults(page: Page) -> dict:
    return {
        "peserta": DEFAULT_PARTICIPANTS,
        "kelompok": DEFAULT_GROUP,
        "url": lambda path: get_relative_url(path, page.url),
    }


def material_text(material: sesi.Material) -> str:
    if material.jumlah is None:
        return material.nama
    return f"{material.nama} ({material.jumlah} {sesi.UNITS[material.per]})"


def materials_context(rows: list[sesi.MaterialLine]) -> list[dict]:
    return [
        {
            "nama": row.nama,
            "takaran": sesi.describe(row),
            "sesi": row.sesi,
            "bagian": json.dumps([list(part) for part in row.bagian]),
            "pakai_ulang": row.pakai_ulang,
            "jumlah": sesi.total_for(row, DEFAULT_PARTICIPANTS, DEFAULT_GROUP),
        }
        for row in rows
    ]


def run_sheet(match: re.Match, markdown: str, page: Page, config: MkDocsConfig) -> str:
    src = page.file.src_uri
    key = match.group("key")
    schedule = state["schedules"].get(key)
    if schedule is None:
        line = markdown.count("\n", 0, match.start()) + 1
        known = ", ".join(state["schedules"]) or "(belum ada jadwal.yml)"
        raise PluginError(
            f"{src}:{line}: jadwal `{key}` tidak ada di {sesi.SCHEDULE_FILE}. Jadwal yang ada: "
            f"{known}."
        )
    here = posixpath.dirname(src)
    rows, uses, number = [], [], 0
    for slot in schedule.slot:
        row = {"slot": slot, "waktu": f"{slot.mulai}–{slot.selesai}"}
        if slot.modul:
            number += 1
            module = state["modules"][slot.modul]
            plan = state["plans"][slot.modul][slot.rencana]
            row |= {
                "sesi": f"Sesi {number}",
                "modul": module,
                "tautan_modul": posixpath.relpath(module.path, here),
                "rencana": plan,
                "tautan_rencana": posixpath.relpath(f"{GUIDE_DIR}/{slot.modul}.md", here)
                + f"#rencana-{slot.rencana}-menit",
            }
            uses += [(f"Sesi {number}", m) for segment in plan.segmen for m in segment.bahan]
        else:
            row["sesi"] = sesi.ACTIVITIES[slot.acara]
        rows.append(row)
    counted, listed = sesi.materials_list(uses)
    return render(
        config,
        "partials/jadwal.html",
        {
            "jadwal": schedule,
            "baris": rows,
            "daftar_bahan": materials_context(counted),
            "perlengkapan": listed,
            # The participant form (and the script) once per page, before the first list.
            "formulir": MARKER_RE.search(markdown).start() == match.start(),
            **defaults(page),
        },
    )
