"""CSV for people: files that open right in Excel with Indonesian settings.

Indonesian Excel splits on `;` (the list separator) and reads `33,5` as a number; without a
UTF-8 byte-order mark it decodes "—" as "â€”". So every CSV the site offers is written as:
UTF-8 with BOM, `;` between cells, CRLF line ends, decimal comma, and RFC 4180 quoting (a cell
holding `;`, `"`, CR or LF is quoted, inner quotes doubled). A text cell that a spreadsheet would
run as a formula (starting with = + - @, tab or CR) gets a leading apostrophe.

docs/assets/javascripts/csv-excel.js is the browser twin; tests/data/csv-excel-vectors.json
checks both against the same vectors.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

BOM = "\ufeff"
SEPARATOR = ";"
FORMULA_START = re.compile(r"^[=+\-@\t\r]")
NEEDS_QUOTES = re.compile(r'[;"\r\n]')
DOT_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def number_text(value: float | int) -> str:
    """A number in decimal-comma form without thousands separators: 1234.5 -> "1234,5".

    Whole floats lose their ".0"; the shortest round-trip digits are kept, never an exponent.
    NaN and infinity are written as an empty cell.
    """
    if isinstance(value, bool):
        raise TypeError("a truth value is not a number cell; write it as text")
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        if value.is_integer():
            value = int(value)
        else:
            return format(Decimal(repr(value)), "f").replace(".", ",")
    return str(value)


def cell(value) -> str:
    """One cell's text: numbers in decimal-comma form, None as empty, text guarded and quoted."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number_text(value)
    text = str(value)
    if FORMULA_START.match(text) and text != "-":
        text = "'" + text
    if NEEDS_QUOTES.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def to_text(rows: Iterable[Sequence]) -> str:
    """The whole file as text: BOM, `;` separators, CRLF after every row (the last one too)."""
    return BOM + "".join(SEPARATOR.join(cell(v) for v in row) + "\r\n" for row in rows)


def from_plain_csv(text: str) -> list[list]:
    """Rows of a comma/dot CSV (the pandas form), with dot-decimal numbers turned into numbers
    so that ``to_text`` writes them with a decimal comma."""
    rows = csv.reader(io.StringIO(text.removeprefix(BOM), newline=""))
    return [[_number_or_text(value) for value in row] for row in rows]


def _number_or_text(value: str):
    if not DOT_NUMBER.match(value):
        return value
    return float(value) if "." in value else int(value)


def read(text: str) -> list[list[str]]:
    """Rows of an Excel-form CSV (BOM, `;`, RFC 4180 quoting), as Indonesian Excel splits it."""
    return list(csv.reader(io.StringIO(text.removeprefix(BOM), newline=""), delimiter=SEPARATOR))
