"""Every CSV the site offers opens right in Excel with Indonesian settings.

tests/data/csv-excel-vectors.json holds hand-written vectors for the CSV writer for people; they
are checked against hooks/akademi/csv_excel.py (build-time files) and, through Node, against
docs/assets/javascripts/csv-excel.js (tool downloads). The built site is then read the way
Indonesian Excel reads a CSV: UTF-8 BOM, cells split on `;` with RFC 4180 quoting.
"""

from __future__ import annotations

import json
import re

import pytest
from nodejs import run_node

from akademi import csv_excel
from conftest import ROOT
from helpers import excel_problems

VECTORS = json.loads((ROOT / "tests" / "data" / "csv-excel-vectors.json").read_text("utf-8"))

# Files kept in the comma/dot form on purpose, each with the reason and its Excel copy.
PANDAS_FORM = {
    "modul/evaluasi-insight/data-insight-sintetis.csv": (
        "the notebook reads it with pandas.read_csv defaults",
        "modul/evaluasi-insight/data-insight-sintetis-excel.csv",
    ),
    "modul/evaluasi-insight/skor-penilai-sintetis.csv": (
        "the notebook reads it with pandas.read_csv defaults",
        "modul/evaluasi-insight/skor-penilai-sintetis-excel.csv",
    ),
}
# Practice input for Rapor Akun in the form of Meta Business Suite's own (comma) export: the
# tool must read exports as the platforms write them. Not offered as a spreadsheet.
EXPORT_FORM = {"alat/rapor-akun-contoh-meta-en.csv"}


@pytest.mark.parametrize("vector", VECTORS["sel"], ids=lambda v: v["nama"])
def test_python_writer_gives_the_shared_cells(vector):
    assert csv_excel.cell(vector["nilai"]) == vector["teks"]


@pytest.mark.parametrize("vector", VECTORS["berkas"], ids=lambda v: v["nama"])
def test_python_writer_gives_the_shared_files(vector):
    text = csv_excel.to_text(vector["baris"])
    assert text == vector["teks"]
    assert csv_excel.read(text) == [
        [v if isinstance(v, str) else csv_excel.cell(v) for v in row] for row in vector["baris"]
    ]


def test_browser_writer_gives_the_same_vectors():
    result = run_node(
        "const c = load('csv-excel.js');"
        "return {sel: input.sel.map(v => c.cell(v.nilai)),"
        " berkas: input.berkas.map(v => c.toText(v.baris))};",
        VECTORS,
    )
    assert result["sel"] == [v["teks"] for v in VECTORS["sel"]]
    assert result["berkas"] == [v["teks"] for v in VECTORS["berkas"]]


def test_every_csv_in_the_site_opens_in_indonesian_excel(built_site):
    offered = sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*.csv"))
    assert len(offered) >= 17, offered  # 13 module files, 2 Excel copies, 2 practice files
    assert set(offered) >= EXPORT_FORM
    problems = []
    for relative in offered:
        if relative in PANDAS_FORM:
            assert PANDAS_FORM[relative][1] in offered, f"{relative} has no Excel copy"
            continue
        if relative in EXPORT_FORM:
            continue
        problems += excel_problems(relative, (built_site / relative).read_bytes())
    assert problems == []


def test_the_excel_check_catches_the_old_comma_form():
    old = b"kolom,angka\r\nrata_tonton,17.5\r\n"
    assert excel_problems("x.csv", old) != []
    assert excel_problems("x.csv", b"\xef\xbb\xbf" + old.replace(b",", b";")) == [
        "x.csv:2: angka='17.5' uses a decimal dot"
    ]
    ragged = "\ufeffa;b\r\n1;2;3\r\n".encode()
    assert excel_problems("x.csv", ragged) == ["x.csv:2: 3 columns, header has 2"]


def test_excel_copy_of_the_data_set_keeps_every_value(built_site):
    source = (ROOT / "docs/modul/evaluasi-insight/data-insight-sintetis.csv").read_text("utf-8")
    copy = built_site / PANDAS_FORM["modul/evaluasi-insight/data-insight-sintetis.csv"][1]
    rows = csv_excel.read(copy.read_bytes().decode("utf-8"))
    plain = [line.split(",") for line in source.splitlines()]
    assert len(rows) == len(plain) and rows[0] == plain[0]

    def value(cell: str):
        return float(cell) if re.fullmatch(r"-?\d+(\.\d+)?", cell) else cell

    assert [[value(v.replace(",", ".")) for v in row] for row in rows] == [
        [value(v) for v in row] for row in plain
    ]
