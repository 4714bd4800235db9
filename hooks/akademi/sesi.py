"""Session plans and run sheets as data, validated so they can never disagree.

``modul/<slug>/sesi.yml`` holds a module's plans for 30, 60 and 90 minutes: each plan is a list
of segments (``menit``, ``kegiatan``, ``tujuan``, ``bahan``, ``lembar_kerja``). The 60- and
90-minute plans must serve every objective of the module; the 30-minute plan states the ones it
serves. ``pelatih/jadwal.yml`` holds the run sheets: per slot a time and either a module with a
plan length or another activity. Every problem names the file and line (``akademi.data``).
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass

from yaml.nodes import Node

from akademi.data import (
    check_fields,
    compose,
    is_mapping,
    is_sequence,
    items,
    line,
    scalar,
    text_list,
    text_value,
)
from akademi.problems import ContentError, Problem

PLAN_FILE = "sesi.yml"
SCHEDULE_FILE = "pelatih/jadwal.yml"
LENGTHS = (30, 60, 90)
FULL_COVERAGE = (60, 90)
PLAN_FIELDS = {"ringkasan", "tujuan", "segmen"}
SEGMENT_FIELDS = {"menit", "kegiatan", "tujuan", "bahan", "lembar_kerja"}
SEGMENT_REQUIRED = ("menit", "kegiatan", "tujuan")
MATERIAL_FIELDS = {"nama", "jumlah", "per", "pakai_ulang"}
# How a counted material scales with the class: N participants, pairs, groups, or once.
UNITS = {
    "peserta": "per peserta",
    "pasangan": "per pasangan",
    "kelompok": "per kelompok",
    "kelas": "untuk kelas",
}
# A worksheet part is a level-2 heading "Bagian A: …", "Tugas 3: …" or "A. …".
PART_RE = re.compile(
    r"^##[ \t]+(?:(?:Bagian|Tugas)[ \t]+)?(?P<label>[A-Z0-9]{1,2})[.:][ \t]+(?P<title>.+?)"
    r"(?:[ \t]*\{[^}]*#(?P<id>[\w-]+)[^}]*\})?[ \t]*$",
    re.MULTILINE,
)
# Non-module slots of a run sheet, with the label the table shows.
ACTIVITIES = {
    "registrasi": "Registrasi",
    "pra-tes": "Pra-tes",
    "pembukaan": "Pembukaan",
    "rehat": "Rehat",
    "ishoma": "Ishoma",
    "pasca-tes": "Pasca-tes",
    "penutupan": "Penutupan",
}
SCHEDULE_FIELDS = {"judul", "slot"}
SLOT_FIELDS = {"waktu", "modul", "rencana", "acara", "kegiatan"}
TIME_RE = re.compile(r"^(\d{2})\.(\d{2})[ \t]*[-–—][ \t]*(\d{2})\.(\d{2})$")


@dataclass(frozen=True)
class Material:
    nama: str
    jumlah: int | None = None  # None: listed, not counted (a projector, the deck).
    per: str | None = None
    pakai_ulang: bool = False


@dataclass(frozen=True)
class Segment:
    menit: int
    kegiatan: str
    tujuan: tuple[int, ...]
    bahan: tuple[Material, ...]
    lembar_kerja: tuple[str, ...]


@dataclass(frozen=True)
class Plan:
    menit: int
    ringkasan: str
    tujuan: tuple[int, ...]
    segmen: tuple[Segment, ...]


@dataclass(frozen=True)
class ModulePlans:
    rencana: dict[int, Plan]
    persiapan: tuple[str, ...]  # What the trainer prepares or keeps in mind, plan or not.


@dataclass(frozen=True)
class WorksheetPart:
    label: str
    title: str
    anchor: str


@dataclass(frozen=True)
class Slot:
    mulai: str
    selesai: str
    menit: int
    modul: str | None = None
    rencana: int | None = None
    acara: str | None = None
    kegiatan: str = ""


@dataclass(frozen=True)
class Schedule:
    key: str
    judul: str
    slot: tuple[Slot, ...]


# --- worksheet parts ------------------------------------------------------------------------


def worksheet_parts(text: str) -> dict[str, WorksheetPart]:
    """The labelled level-2 parts of a worksheet page, by label ("A", "3")."""
    parts = {}
    for match in PART_RE.finditer(_without_code(text)):
        heading = match.group(0)[2:].strip()
        title = re.sub(r"\{[^}]*\}\s*$", "", heading).strip()
        anchor = match.group("id") or slugify(title)
        parts.setdefault(match.group("label"), WorksheetPart(match.group("label"), title, anchor))
    return parts


def _without_code(text: str) -> str:
    return re.sub(r"(?ms)^(```|~~~).*?^\1", "", text)


def slugify(title: str) -> str:
    """The id Python-Markdown's toc extension gives a heading (markup stripped first)."""
    from markdown.extensions.toc import slugify as toc_slugify

    plain = re.sub(r"[*_`]", "", title)
    return toc_slugify(plain, "-")


# --- plans ----------------------------------------------------------------------------------


def parse_plans(
    text: str, path: str, objectives: int, parts: dict[str, WorksheetPart] | None
) -> ModulePlans:
    """Every plan of a module's ``sesi.yml``; all problems raised together as ContentError.

    ``objectives`` is how many objectives the module lists; ``parts`` its worksheet parts
    (None: the module has no worksheet).
    """
    problems: list[Problem] = []
    root = compose(text, path)
    if not is_mapping(root):
        at = line(root) if root is not None else 1
        raise ContentError(
            [Problem(path, at, "Isi berkas harus berupa rencana per durasi: `30:`, `60:`, `90:`.")]
        )
    plans: dict[int, Plan] = {}
    written: set[int] = set()
    preparation: list[str] = []
    for key, key_line, node in items(root):
        if key == "persiapan":
            preparation = _preparation(node, path, problems)
            continue
        length = _as_int(key)
        if length not in LENGTHS:
            problems.append(
                Problem(
                    path,
                    key_line,
                    f"Kolom `{key}` tidak dikenal. Tulis `persiapan:` dan "
                    "rencana untuk `30:`, `60:`, dan `90:` (menit).",
                )
            )
            continue
        if length in written:
            problems.append(Problem(path, key_line, f"Rencana {length} menit ditulis dua kali."))
            continue
        written.add(length)
        plan = _parse_plan(node, length, key_line, path, objectives, parts, problems)
        if plan:
            plans[length] = plan
    for length in LENGTHS:
        if length not in written:
            problems.append(Problem(path, 1, f"Rencana {length} menit belum ada."))
    if problems:
        raise ContentError(problems)
    return ModulePlans(plans, tuple(preparation))


def _preparation(node: Node, path: str, problems: list[Problem]) -> list[str]:
    found = text_list(node) if is_sequence(node) else None
    if found is None or any(text is None for text, _ in found):
        problems.append(
            Problem(
                path,
                line(node),
                "Kolom `persiapan` berisi daftar kalimat, satu per baris diawali `- `.",
            )
        )
        return []
    return [text for text, _ in found]


def _as_int(value) -> int | None:
    try:
        return int(str(value).strip())
    except ValueError:
        return None


def _parse_plan(
    node: Node,
    length: int,
    at: int,
    path: str,
    objectives: int,
    parts: dict[str, WorksheetPart] | None,
    problems: list[Problem],
) -> Plan | None:
    where = f"rencana {length} menit"
    if not is_mapping(node):
        problems.append(
            Problem(path, at, f"Rencana {length} menit harus berisi `ringkasan:` dan `segmen:`.")
        )
        return None
    before = len(problems)
    check_fields(node, PLAN_FIELDS, path, problems, where)
    fields = {key: value for key, _, value in items(node)}
    summary = text_value(fields.get("ringkasan"))
    if not summary:
        problems.append(
            Problem(
                path,
                at,
                f"Kolom `ringkasan` wajib diisi pada {where}: satu kalimat untuk tabel jadwal.",
            )
        )
    segments_node = fields.get("segmen")
    if not is_sequence(segments_node) or not segments_node.value:
        problems.append(
            Problem(
                path,
                at,
                f"Kolom `segmen` wajib diisi pada {where}: daftar kegiatan diawali `- menit:`.",
            )
        )
        return None
    segments = [
        segment
        for item in segments_node.value
        if (segment := _parse_segment(item, path, objectives, parts, problems))
    ]
    if len(problems) > before:
        return None
    total = sum(segment.menit for segment in segments)
    if total != length:
        problems.append(
            Problem(path, at, f"Segmen {where} berjumlah {total} menit, seharusnya {length} menit.")
        )
    served = sorted({number for segment in segments for number in segment.tujuan})
    stated_node = fields.get("tujuan")
    stated = _objectives(stated_node, path, objectives, problems) if stated_node else None
    if length in FULL_COVERAGE:
        missing = [n for n in range(1, objectives + 1) if n not in served]
        if missing:
            problems.append(
                Problem(
                    path,
                    at,
                    f"Rencana {length} menit belum melayani tujuan "
                    f"{_numbers(missing)}. Rencana 60 dan 90 menit harus mencakup semua "
                    "tujuan modul.",
                )
            )
    elif stated is None:
        problems.append(
            Problem(
                path,
                at,
                f"Rencana {length} menit wajib menyebut tujuan yang dicakupnya, "
                f"misalnya `tujuan: {served or [1]}`.",
            )
        )
    if stated is not None and sorted(set(stated)) != served:
        problems.append(
            Problem(
                path,
                line(stated_node),
                f"Kolom `tujuan` {where} menyebut "
                f"{_numbers(sorted(set(stated)))}, tetapi segmennya melayani "
                f"{_numbers(served)}. Samakan keduanya.",
            )
        )
    if len(problems) > before:
        return None
    return Plan(length, summary or "", tuple(served), tuple(segments))


def _numbers(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers) if numbers else "(tidak ada)"


def _parse_segment(
    node: Node,
    path: str,
    objectives: int,
    parts: dict[str, WorksheetPart] | None,
    problems: list[Problem],
) -> Segment | None:
    at = line(node)
    if not is_mapping(node):
        problems.append(
            Problem(path, at, "Setiap segmen berisi `menit:`, `kegiatan:`, dan `tujuan:`.")
        )
        return None
    before = len(problems)
    check_fields(node, SEGMENT_FIELDS, path, problems, "segmen")
    fields = {key: value for key, _, value in items(node)}
    for key in SEGMENT_REQUIRED:
        if key not in fields:
            problems.append(Problem(path, at, f"Kolom `{key}` wajib ada pada setiap segmen."))
    minutes = scalar(fields["menit"]) if "menit" in fields else None
    if "menit" in fields and (
        not isinstance(minutes, int) or isinstance(minutes, bool) or minutes < 1
    ):
        problems.append(
            Problem(path, line(fields["menit"]), "Kolom `menit` harus bilangan bulat positif.")
        )
    activity = text_value(fields.get("kegiatan"))
    if "kegiatan" in fields and not activity:
        problems.append(Problem(path, line(fields["kegiatan"]), "Kolom `kegiatan` kosong."))
    served = _objectives(fields.get("tujuan"), path, objectives, problems) or []
    materials = _materials(fields.get("bahan"), path, problems)
    labels = _worksheet(fields.get("lembar_kerja"), path, parts, problems)
    if len(problems) > before:
        return None
    return Segment(minutes, activity, tuple(served), tuple(materials), tuple(labels))


def _objectives(node: Node | None, path: str, objectives: int, problems) -> list[int] | None:
    if node is None:
        return None
    values = node.value if is_sequence(node) else [node]
    numbers = []
    for item in values:
        number = scalar(item)
        if not isinstance(number, int) or isinstance(number, bool):
            problems.append(
                Problem(
                    path,
                    line(item),
                    "Kolom `tujuan` berisi nomor tujuan belajar, misalnya `[1, 3]`, atau `[]`.",
                )
            )
        elif not 1 <= number <= objectives:
            problems.append(
                Problem(
                    path,
                    line(item),
                    f"Tujuan {number} tidak ada: modul ini memiliki tujuan 1 sampai {objectives}.",
                )
            )
        else:
            numbers.append(number)
    return numbers


def _materials(node: Node | None, path: str, problems) -> list[Material]:
    if node is None:
        return []
    if not is_sequence(node):
        problems.append(Problem(path, line(node), "Kolom `bahan` harus berupa daftar."))
        return []
    materials = []
    for item in node.value:
        if not is_mapping(item):
            name = text_value(item)
            if name is None:
                problems.append(
                    Problem(
                        path, line(item), "Bahan harus berupa teks atau `nama:`, `jumlah:`, `per:`."
                    )
                )
            else:
                materials.append(Material(name))
            continue
        before = len(problems)
        check_fields(item, MATERIAL_FIELDS, path, problems, "bahan")
        fields = {key: value for key, _, value in items(item)}
        name = text_value(fields.get("nama"))
        count = scalar(fields["jumlah"]) if "jumlah" in fields else None
        unit = text_value(fields.get("per"))
        reused = scalar(fields["pakai_ulang"]) if "pakai_ulang" in fields else False
        if not name:
            problems.append(Problem(path, line(item), "Kolom `nama` wajib diisi pada bahan."))
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            problems.append(
                Problem(path, line(item), "Kolom `jumlah` pada bahan harus bilangan bulat positif.")
            )
        if unit not in UNITS:
            problems.append(
                Problem(path, line(item), f"Kolom `per` pada bahan: pilih {', '.join(UNITS)}.")
            )
        if not isinstance(reused, bool):
            problems.append(
                Problem(path, line(item), "Kolom `pakai_ulang` berisi true atau false.")
            )
        if len(problems) == before:
            materials.append(Material(name, count, unit, reused))
    return materials


def _worksheet(
    node: Node | None, path: str, parts: dict[str, WorksheetPart] | None, problems
) -> list[str]:
    found = text_list(node)
    if node is not None and found is None:
        problems.append(
            Problem(
                path,
                line(node),
                "Kolom `lembar_kerja` berisi huruf atau nomor bagian, misalnya `B` atau `[B, C]`.",
            )
        )
        return []
    labels = []
    for label, at in found or []:
        if parts is None:
            problems.append(Problem(path, at, "Modul ini tidak memiliki lembar-kerja.md."))
        elif label not in parts:
            problems.append(
                Problem(
                    path,
                    at,
                    f"Bagian `{label}` tidak ada di lembar kerja. Bagian yang "
                    f"ada: {', '.join(parts) or '(tidak ada)'}.",
                )
            )
        else:
            labels.append(label)
    return labels


# --- materials ------------------------------------------------------------------------------


@dataclass(frozen=True)
class MaterialLine:
    """One row of a materials list: a material's contributions, combined for N people."""

    nama: str
    bagian: tuple[tuple[int, str], ...]  # (jumlah, per) of each use
    pakai_ulang: bool
    sesi: tuple[str, ...] = ()


def count_for(jumlah: int, per: str, participants: int, group: int) -> int:
    """How many of a material ``participants`` people need (groups of ``group``)."""
    participants, group = max(participants, 0), max(group, 1)
    if per == "peserta":
        return jumlah * participants
    if per == "pasangan":
        return jumlah * math.ceil(participants / 2)
    if per == "kelompok":
        return jumlah * math.ceil(participants / group)
    return jumlah


def total_for(row: MaterialLine, participants: int, group: int) -> int:
    """A reusable material is needed once at its largest use; the rest are used up."""
    counts = [count_for(j, per, participants, group) for j, per in row.bagian]
    return max(counts) if row.pakai_ulang else sum(counts)


def materials_list(uses: list[tuple[str, Material]]) -> tuple[list[MaterialLine], list[str]]:
    """Counted materials merged by name and unit (with the sessions using them), and the
    uncounted ones (equipment listed once), both in order of first use."""
    counted: dict[tuple[str, bool], MaterialLine] = {}
    listed: list[str] = []
    for session, material in uses:
        if material.jumlah is None:
            if material.nama not in listed:
                listed.append(material.nama)
            continue
        key = (material.nama, material.pakai_ulang)
        row = counted.get(key, MaterialLine(material.nama, (), material.pakai_ulang))
        sessions = row.sesi if not session or session in row.sesi else (*row.sesi, session)
        counted[key] = MaterialLine(
            row.nama, (*row.bagian, (material.jumlah, material.per)), row.pakai_ulang, sessions
        )
    return list(counted.values()), listed


def plan_materials(plan: Plan) -> tuple[list[MaterialLine], list[str]]:
    return materials_list([("", m) for segment in plan.segmen for m in segment.bahan])


# --- run sheets -----------------------------------------------------------------------------


def parse_schedules(text: str, path: str, plans: dict[str, dict[int, Plan]]) -> dict[str, Schedule]:
    """Every run sheet of ``jadwal.yml``; ``plans`` are the modules' plans by slug."""
    problems: list[Problem] = []
    root = compose(text, path)
    if not is_mapping(root):
        raise ContentError(
            [
                Problem(
                    path,
                    line(root) if root is not None else 1,
                    "Isi berkas harus berupa jadwal, misalnya `satu-hari:` dengan `judul:` "
                    "dan `slot:`.",
                )
            ]
        )
    schedules = {}
    for key, key_line, node in items(root):
        if key in schedules:
            problems.append(Problem(path, key_line, f"Jadwal `{key}` ditulis dua kali."))
            continue
        schedule = _parse_schedule(key, key_line, node, path, plans, problems)
        if schedule:
            schedules[key] = schedule
    if problems:
        raise ContentError(problems)
    return schedules


def _parse_schedule(key, at, node, path, plans, problems) -> Schedule | None:
    if not is_mapping(node):
        problems.append(Problem(path, at, f"Jadwal `{key}` berisi `judul:` dan `slot:`."))
        return None
    before = len(problems)
    check_fields(node, SCHEDULE_FIELDS, path, problems, f"jadwal `{key}`")
    fields = {name: value for name, _, value in items(node)}
    title = text_value(fields.get("judul"))
    if not title:
        problems.append(Problem(path, at, f"Kolom `judul` wajib diisi pada jadwal `{key}`."))
    slots_node = fields.get("slot")
    if not is_sequence(slots_node) or not slots_node.value:
        problems.append(Problem(path, at, f"Kolom `slot` wajib diisi pada jadwal `{key}`."))
        return None
    slots: list[tuple[Slot, int]] = []
    for item in slots_node.value:
        slot = _parse_slot(item, path, plans, problems)
        if slot:
            slots.append((slot, line(item)))
    for (previous, _), (slot, slot_line) in itertools.pairwise(slots):
        if slot.mulai != previous.selesai:
            problems.append(
                Problem(
                    path,
                    slot_line,
                    f"Slot ini mulai pukul {slot.mulai}, padahal slot "
                    f"sebelumnya selesai pukul {previous.selesai}. Waktu harus "
                    "bersambung.",
                )
            )
    _check_order(slots, path, problems)
    if len(problems) > before:
        return None
    return Schedule(key, title, tuple(slot for slot, _ in slots))


def _check_order(slots: list[tuple[Slot, int]], path: str, problems) -> None:
    """The pre-test follows registration and precedes the first module; the post-test
    follows the last module."""
    kinds = [slot.acara or "modul" for slot, _ in slots]
    lines = [at for _, at in slots]
    modules = [i for i, kind in enumerate(kinds) if kind == "modul"]
    for i, kind in enumerate(kinds):
        if kind == "pra-tes":
            if "registrasi" in kinds[i + 1 :]:
                problems.append(
                    Problem(
                        path,
                        lines[i],
                        "Pra-tes dikerjakan setelah registrasi selesai, bukan sebelum atau selama.",
                    )
                )
            if modules and i > modules[0]:
                problems.append(
                    Problem(path, lines[i], "Pra-tes harus sebelum sesi modul pertama.")
                )
        if kind == "pasca-tes" and modules and i < modules[-1]:
            problems.append(Problem(path, lines[i], "Pasca-tes harus setelah sesi modul terakhir."))


def _parse_slot(node, path, plans, problems) -> Slot | None:
    at = line(node)
    if not is_mapping(node):
        problems.append(
            Problem(
                path,
                at,
                "Setiap slot berisi `waktu:` serta `modul:` dan `rencana:`, atau `acara:`.",
            )
        )
        return None
    before = len(problems)
    check_fields(node, SLOT_FIELDS, path, problems, "slot")
    fields = {name: value for name, _, value in items(node)}
    time = text_value(fields.get("waktu"))
    match = TIME_RE.match(time or "")
    minutes = start = end = None
    if not match:
        problems.append(Problem(path, at, "Kolom `waktu` wajib diisi dengan format `08.15–09.15`."))
    else:
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        start, end = f"{h1:02d}.{m1:02d}", f"{h2:02d}.{m2:02d}"
        minutes = (h2 * 60 + m2) - (h1 * 60 + m1)
        if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59 or minutes <= 0:
            problems.append(
                Problem(
                    path, at, f"Waktu `{time}` tidak sah: pukul selesai harus setelah pukul mulai."
                )
            )
    module = text_value(fields.get("modul"))
    activity = text_value(fields.get("acara"))
    activity_text = text_value(fields.get("kegiatan")) or ""
    length = scalar(fields["rencana"]) if "rencana" in fields else None
    if bool(module) == bool(activity):
        problems.append(
            Problem(path, at, "Isi salah satu: `modul:` dengan `rencana:`, atau `acara:`.")
        )
    elif module:
        if module not in plans:
            problems.append(
                Problem(
                    path,
                    line(fields["modul"]),
                    f"Modul `{module}` tidak "
                    f"memiliki rencana sesi. Pilih dari: "
                    f"{', '.join(plans)}.",
                )
            )
        elif length not in plans[module]:
            problems.append(
                Problem(
                    path,
                    at,
                    f"Modul `{module}` tidak memiliki rencana "
                    f"`{length}` menit. Rencana yang ada: "
                    f"{', '.join(str(n) for n in plans[module])}.",
                )
            )
        elif minutes is not None and minutes > 0 and minutes != length:
            problems.append(
                Problem(
                    path,
                    at,
                    f"Slot `{time}` lamanya {minutes} menit, padahal rencananya {length} menit.",
                )
            )
    else:
        if activity not in ACTIVITIES:
            problems.append(
                Problem(
                    path,
                    line(fields["acara"]),
                    f"Acara `{activity}` tidak dikenal. Pilih dari: {', '.join(ACTIVITIES)}.",
                )
            )
        if not activity_text:
            problems.append(Problem(path, at, "Kolom `kegiatan` wajib diisi pada slot acara."))
        if "rencana" in fields:
            problems.append(
                Problem(path, line(fields["rencana"]), "Kolom `rencana` hanya untuk slot modul.")
            )
    if len(problems) > before:
        return None
    return Slot(start, end, minutes, module, length if module else None, activity, activity_text)


# --- rendering helpers ----------------------------------------------------------------------


def minute_ranges(plan: Plan) -> list[str]:
    """ "0–10", "10–25", … for the segments of a plan."""
    ranges, start = [], 0
    for segment in plan.segmen:
        ranges.append(f"{start}–{start + segment.menit}")
        start += segment.menit
    return ranges


def describe(row: MaterialLine) -> str:
    """How a material is counted, e.g. "1 per peserta" or "2 per kelompok (dipakai ulang)"."""
    uses = []
    for jumlah, per in row.bagian:
        text = f"{jumlah} {UNITS[per]}"
        if text not in uses:
            uses.append(text)
    joined = " + ".join(uses) if not row.pakai_ulang else " atau ".join(uses)
    return joined + (" (dipakai ulang)" if row.pakai_ulang else "")


def insert_before_next_heading(markdown: str, after: str, section: str) -> str:
    """Put ``section`` before the first level-2 heading that follows the heading ``after``
    (at the end when there is none, or when ``after`` is missing)."""
    lines = markdown.split("\n")
    start = next((i for i, text in enumerate(lines) if text.strip() == after), None)
    if start is not None:
        for i in range(start + 1, len(lines)):
            if lines[i].startswith("## "):
                return "\n".join([*lines[:i], section, "", *lines[i:]])
    return markdown.rstrip("\n") + "\n\n" + section + "\n"


TITLE_SLIDE_RE = re.compile(r"<section\b[^>]*data-salindia-jenis=\"judul\"[^>]*>")
NOTES_OPEN_RE = re.compile(r"<aside\b[^>]*class=\"notes\"[^>]*>")


def insert_title_notes(html: str, notes: str) -> str | None:
    """The deck with ``notes`` at the top of the title slide's speaker notes (a notes block is
    added when the slide has none); None when the deck has no title slide."""
    slide = TITLE_SLIDE_RE.search(html)
    if not slide:
        return None
    end = html.find("</section>", slide.end())
    if end == -1:
        return None
    opened = NOTES_OPEN_RE.search(html, slide.end(), end)
    if opened:
        return html[: opened.end()] + notes + html[opened.end() :]
    return html[:end] + f'<aside class="notes">{notes}</aside>' + html[end:]
