"""Important days for the Kalender Konten tool: ``docs/data/hari-penting.yml`` plus the
regional days of the branding block (``extra.merek.hari_daerah`` in mkdocs.yml).

Only fixed-date days are given a date. Days whose date moves every year (religious holidays,
cuti bersama) are listed by name only, to be confirmed in the official SKB of that year.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from akademi import data
from akademi.merek import code
from akademi.problems import ContentError, Problem

KINDS = {
    "libur": "Libur nasional",
    "nasional": "Hari nasional",
    "internasional": "Hari internasional",
    "daerah": "Hari daerah",
}
DATE_RE = re.compile(r"^(\d{2})-(\d{2})$")
DEFAULT_PILLARS = (
    "Informasi layanan",
    "Program dan kegiatan",
    "Edukasi",
    "Tanggapan aduan",
    "Cerita warga",
    "Momen lokal",
)
PLATFORMS = ("Instagram", "Facebook", "X", "TikTok", "YouTube")


@dataclass(frozen=True)
class Day:
    date: str  # "MM-DD"
    name: str
    kind: str
    source: str
    note: str
    path: str
    line: int

    def as_json(self) -> dict:
        return {
            "tanggal": self.date,
            "nama": self.name,
            "jenis": self.kind,
            "sumber": self.source,
            "catatan": self.note,
        }


@dataclass(frozen=True)
class MovingDay:
    name: str
    source: str
    path: str
    line: int


def date_problem(value, written: str | None = None) -> str | None:
    """Why a "MM-DD" date is not valid, or None if it is (29 February is allowed).

    ``written`` is the text as typed in the file (YAML reads 0101 as the number 65)."""
    if not isinstance(value, str):
        shown = value if written is None else written
        return f"tanggal '{shown}' harus ditulis sebagai teks \"BB-HH\" di antara tanda petik."
    match = DATE_RE.match(value)
    if not match:
        return f'tanggal \'{value}\' tidak sah; tulis "BB-HH", misalnya "08-17".'
    month, day = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12:
        return f"bulan {month:02d} pada tanggal '{value}' tidak ada."
    if not 1 <= day <= calendar.monthrange(2024, month)[1]:  # 2024: a leap year
        return f"tanggal '{value}' tidak ada di kalender."
    return None


def parse_days(text: str, path: str) -> tuple[list[Day], list[MovingDay]]:
    """Read hari-penting.yml; every problem is raised at once with its line."""
    root = data.compose(text, path)
    problems: list[Problem] = []
    if not data.is_mapping(root):
        raise ContentError(
            [Problem(path, 1, "Berkas ini harus berisi bagian `tetap:` dan `berubah:`.")]
        )
    sections = {}
    for key, key_line, node in data.items(root):
        if key not in ("tetap", "berubah"):
            problems.append(
                Problem(
                    path, key_line, f"Bagian `{key}` tidak dikenal; pakai `tetap` dan `berubah`."
                )
            )
        elif key in sections:
            problems.append(Problem(path, key_line, f"Bagian `{key}` ditulis dua kali."))
        else:
            sections[key] = (key_line, node)
    fixed: list[Day] = []
    moving: list[MovingDay] = []
    seen: dict[tuple[str, str], int] = {}
    for name in ("tetap", "berubah"):
        if name not in sections:
            problems.append(Problem(path, 1, f"Bagian `{name}:` belum ada."))
            continue
        key_line, node = sections[name]
        if not data.is_sequence(node) or not node.value:
            problems.append(Problem(path, key_line, f"Bagian `{name}` harus berisi daftar hari."))
            continue
        for item in node.value:
            item_line = data.line(item)
            if not data.is_mapping(item):
                problems.append(Problem(path, item_line, "Setiap hari ditulis `- nama: ...`."))
                continue
            fields = {}
            allowed = (
                {"tanggal", "nama", "jenis", "sumber", "catatan"}
                if name == "tetap"
                else {
                    "nama",
                    "sumber",
                }
            )
            for key, field_line, value in data.items(item):
                if key not in allowed:
                    problems.append(
                        Problem(
                            path,
                            field_line,
                            f"Kolom `{key}` tidak dikenal di bagian `{name}`. Kolom yang "
                            f"tersedia: {', '.join(sorted(allowed))}.",
                        )
                    )
                elif key in fields:
                    problems.append(Problem(path, field_line, f"Kolom `{key}` ditulis dua kali."))
                else:
                    fields[key] = value
            day_name = data.required_text(fields, "nama", path, item_line, problems)
            source = data.required_text(
                fields, "sumber", path, item_line, problems, "tulis dasar penetapan hari ini"
            )
            if name == "berubah":
                if day_name and source:
                    moving.append(MovingDay(day_name, source, path, item_line))
                continue
            date_node = fields.get("tanggal")
            date = data.scalar(date_node) if date_node is not None else None
            if date_node is None:
                reason = "kolom `tanggal` wajib diisi."
            else:
                reason = date_problem(date, getattr(date_node, "value", None))
            if reason:
                problems.append(Problem(path, item_line, reason[0].upper() + reason[1:]))
            kind = data.text_value(fields.get("jenis"))
            if kind not in ("libur", "nasional", "internasional"):
                problems.append(
                    Problem(
                        path,
                        data.line(fields["jenis"]) if "jenis" in fields else item_line,
                        f"`jenis: {kind or ''}` tidak sah. Pilih `libur`, `nasional`, atau "
                        "`internasional`.",
                    )
                )
            if reason or not day_name or not source or kind is None:
                continue
            earlier = seen.setdefault((date, day_name.lower()), item_line)
            if earlier != item_line:
                problems.append(
                    Problem(
                        path, item_line, f"'{day_name}' pada {date} sudah ada di baris {earlier}."
                    )
                )
                continue
            note = data.text_value(fields.get("catatan")) or ""
            fixed.append(Day(date, day_name, kind, source, note, path, item_line))
    if problems:
        raise ContentError(problems)
    return sorted(fixed, key=lambda day: (day.date, day.name)), moving


def regional_days(value, path: str, line: int) -> list[Day]:
    """``extra.merek.hari_daerah`` from mkdocs.yml: a list of {tanggal, nama[, sumber]}."""
    if value in (None, []):
        return []
    where = "extra.merek.hari_daerah"
    if not isinstance(value, list):
        raise ContentError(
            [
                Problem(
                    path,
                    line,
                    f"`{where}` harus berupa daftar, misalnya "
                    '`- {tanggal: "04-01", nama: Hari Jadi Kabupaten Contoh}`.',
                )
            ]
        )
    problems: list[Problem] = []
    days: list[Day] = []
    for number, item in enumerate(value, start=1):
        prefix = f"`{where}` butir ke-{number}"
        if not isinstance(item, dict):
            problems.append(Problem(path, line, f"{prefix} harus berisi `tanggal` dan `nama`."))
            continue
        unknown = sorted(set(item) - {"tanggal", "nama", "sumber"})
        if unknown:
            problems.append(Problem(path, line, f"{prefix}: kolom `{unknown[0]}` tidak dikenal."))
        reason = date_problem(item.get("tanggal"))
        if reason:
            problems.append(Problem(path, line, f"{prefix}: {reason}"))
        name = item.get("nama")
        if not isinstance(name, str) or not name.strip():
            problems.append(Problem(path, line, f"{prefix}: kolom `nama` wajib diisi."))
        if reason or not isinstance(name, str) or not name.strip():
            continue
        source = item.get("sumber") or "Ditetapkan pemerintah daerah (blok merek portal)"
        days.append(Day(item["tanggal"], name.strip(), "daerah", str(source), "", path, line))
    if problems:
        raise ContentError(problems)
    return days


def config_line(config_text: str, key: str) -> int:
    """Line of ``key:`` in mkdocs.yml, so branding problems point somewhere useful."""
    for number, text in enumerate(config_text.split("\n"), start=1):
        if re.match(rf"^\s*{re.escape(key)}\s*:", text):
            return number
    return 1


def calendar_payload(
    fixed: list[Day], moving: list[MovingDay], regional: list[Day], merek: dict
) -> dict:
    return {
        "versi": 1,
        "hari": [day.as_json() for day in [*fixed, *regional]],
        "berubah": [{"nama": day.name, "sumber": day.source} for day in moving],
        "jenis": KINDS,
        "pilar": list(DEFAULT_PILLARS),
        "platform": list(PLATFORMS),
        "penerbit": str(merek.get("penerbit") or ""),
        "namaPortal": str(merek.get("nama_portal") or ""),
        "kodePortal": code(merek),
    }
