"""Rapor Akun: the rapor model read from its page, and practice exports for the tool.

The criteria, weights, level descriptors and predicates live once, on the module page
docs/modul/evaluasi-insight/rapor-medsos.md; the tool shows them from there, so the page and the
tool cannot drift apart (tests/test_rapor_akun.py also checks them against insight.py).
"""

from __future__ import annotations

import csv
import io
import re

from akademi import csv_excel
from akademi.problems import ContentError, Problem

RAPOR_PAGE = "docs/modul/evaluasi-insight/rapor-medsos.md"
WEIGHT_ROW = re.compile(r"^\| ([AB]\d) \| ([^|]+) \| (Kuantitas|Kualitas) \| (\d+) \| ([^|]+) \|$")
LEVEL_HEADING = re.compile(r"^### ([AB]\d)\. ")
LEVEL_ROW = re.compile(r"^\| ([1-4]) \| (.+) \|$")
PREDICATE_ROW = re.compile(r"^\| (\d+ ke atas|\d+ sampai [^|]+|di bawah \d+) \| ([^|]+) \|$")
# Criterion codes of insight.py by their label on the page.
CODES = {
    "A1": "frekuensi",
    "A2": "konsistensi",
    "B1": "akurasi",
    "B2": "narasi",
    "B3": "diksi",
    "B4": "variasi",
    "B5": "aksesibilitas",
    "B6": "responsivitas",
    "B7": "tren",
}


def plain(markdown: str) -> str:
    """Table-cell Markdown as plain text (the tool writes it with textContent)."""
    text = re.sub(r"\*\*|~~|\*", "", markdown)
    return re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text).strip()


def rapor_model(text: str, path: str = RAPOR_PAGE) -> dict:
    """Criteria (code, label, name, weight, source, level descriptors) and predicates."""
    criteria, current, predicates = {}, None, []
    for line in text.splitlines():
        if match := WEIGHT_ROW.match(line):
            label, name, _, weight, source = match.groups()
            criteria[label] = {
                "kode": CODES[label],
                "label": label,
                "nama": name.strip(),
                "bobot": int(weight),
                "sumber": "data" if "data" in source.lower() else "penilai",
                "deskriptor": {},
            }
        elif match := LEVEL_HEADING.match(line):
            current = match.group(1)
        elif current and (match := LEVEL_ROW.match(line)) and current in criteria:
            criteria[current]["deskriptor"][match.group(1)] = plain(match.group(2))
        elif match := PREDICATE_ROW.match(line):
            bound = 0 if match.group(1).startswith("di bawah") else int(match.group(1).split()[0])
            predicates.append([bound, match.group(2).strip()])
    problems = [
        Problem(path, 1, f"Kriteria {label} tidak memiliki deskriptor level 1 sampai 4.")
        for label, item in criteria.items()
        if sorted(item["deskriptor"]) != ["1", "2", "3", "4"]
    ]
    if sorted(criteria) != sorted(CODES):
        problems.append(Problem(path, 1, "Tabel kriteria dan bobot harus memuat A1, A2, B1-B7."))
    if not problems and sum(item["bobot"] for item in criteria.values()) != 100:
        problems.append(Problem(path, 1, "Bobot kriteria harus berjumlah 100."))
    if len(predicates) != 4:
        problems.append(Problem(path, 1, "Tabel predikat harus memuat empat baris."))
    if problems:
        raise ContentError(problems)
    predicates.sort(reverse=True)
    return {"kriteria": [criteria[label] for label in sorted(criteria)], "predikat": predicates}


# --- practice exports from the module's synthetic data set -----------------------------------
PRACTICE_MONTHS = ("2025-07", "2025-08")
META_TYPES = {"foto tunggal": "IG image", "korsel": "IG carousel", "video pendek": "IG reel"}
PRACTICE_ACCOUNT = "Kecamatan Sukamaju"


def _synthetic_rows(plain_csv: str) -> list[dict[str, str]]:
    rows = csv.DictReader(io.StringIO(plain_csv.removeprefix("\ufeff"), newline=""))
    return [
        row
        for row in rows
        if row["platform"] == "Instagram" and row["tanggal"][:7] in PRACTICE_MONTHS
    ]


def _meta_number(value: str) -> str:
    """Meta's English export writes thousands with a comma (then the cell is quoted)."""
    return f"{int(value):,}" if value else ""


def meta_export_en(plain_csv: str) -> str:
    """All Instagram accounts, July-August 2025, with the headers and forms of Meta Business
    Suite's English post export: comma-separated, month/day/year dates, 1,234 thousands."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        ["Post ID", "Account name", "Description", "Publish time", "Permalink", "Post type",
         "Date", "Views", "Reach", "Likes", "Shares", "Follows", "Comments", "Saves"]
    )  # fmt: skip
    for row in _synthetic_rows(plain_csv):
        year, month, day = row["tanggal"].split("-")
        writer.writerow(
            [row["id_unggahan"], row["akun"], f"Unggahan {row['format']} (sintetis)",
             f"{month}/{day}/{year} {int(row['jam']):02d}:00", "", META_TYPES[row["format"]],
             "Lifetime", _meta_number(row["tayangan"]), _meta_number(row["jangkauan"]),
             _meta_number(row["suka"]), _meta_number(row["bagikan"]), "", row["komentar"],
             row["simpan"]]
        )  # fmt: skip
    return "\ufeff" + out.getvalue()


def export_id(plain_csv: str) -> str:
    """Kecamatan Sukamaju's Instagram posts, July-August 2025, with Indonesian headers, in the
    Excel form (`;`, decimal comma, day/month/year dates) and no account column."""
    rows = [["ID unggahan", "Waktu publikasi", "Jenis postingan", "Jangkauan", "Tayangan",
             "Suka", "Komentar", "Dibagikan", "Disimpan", "Pengikut"]]  # fmt: skip
    for row in _synthetic_rows(plain_csv):
        if row["akun"] != PRACTICE_ACCOUNT:
            continue
        year, month, day = row["tanggal"].split("-")
        rows.append(
            [row["id_unggahan"], f"{day}/{month}/{year} {int(row['jam']):02d}.00", row["format"]]
            + [int(row[k]) for k in ("jangkauan", "tayangan", "suka", "komentar", "bagikan")]
            + [int(row["simpan"]), int(row["pengikut"])]
        )
    return csv_excel.to_text(rows)
