"""The engagement calculator and the evaluation module compute the same numbers.

tests/data/engagement-vectors.json holds hand-computed vectors. They are checked here against
docs/modul/evaluasi-insight/insight.py (imported by path) and, through Node, against
docs/assets/javascripts/kalkulator-engagement.js; the browser test checks the page as well.
"""

from __future__ import annotations

import json
import math

import pytest
from nodejs import run_node

from conftest import ROOT
from helpers import load_insight

VECTORS = json.loads((ROOT / "tests" / "data" / "engagement-vectors.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def insight():
    return load_insight()


def same(actual, expected) -> bool:
    if expected is None or actual is None:
        return actual is expected
    return math.isclose(actual, expected, rel_tol=1e-12, abs_tol=1e-12)


@pytest.mark.parametrize("vector", VECTORS["er"], ids=lambda v: v["nama"])
def test_insight_py_gives_the_shared_vectors(insight, vector):
    m = vector["masukan"]
    interactions = insight.jumlah_interaksi(m["suka"], m["komentar"], m["bagikan"], m["simpan"])
    assert interactions == vector["interaksi"]
    assert insight.format_angka(interactions) == vector["teks_interaksi"]
    rates = {
        "er_jangkauan": insight.er_jangkauan(interactions, m["jangkauan"]),
        "er_tayangan": insight.er_tayangan(interactions, m["tayangan"]),
        "er_pengikut": insight.er_pengikut(interactions, m["pengikut"]),
    }
    for name, value in rates.items():
        assert same(value, vector[name]), name
        assert insight.format_persen(value) == vector["teks"][name], name


@pytest.mark.parametrize("vector", VECTORS["format"] + VECTORS["persen"], ids=str)
def test_insight_py_formats_the_shared_numbers(insight, vector):
    percent = vector in VECTORS["persen"]
    fmt = insight.format_persen if percent else insight.format_angka
    assert fmt(vector["nilai"], vector["desimal"]) == vector["teks"]


def test_the_javascript_calculator_gives_the_same_vectors():
    result = run_node(
        """
        const m = load('kalkulator-engagement.js');
        return {
          er: input.er.map(v => {
            const r = m.hitung(v.masukan);
            return Object.assign(r, {teks_interaksi: m.formatAngka(r.interaksi), teks: {
              er_jangkauan: m.formatPersen(r.er_jangkauan),
              er_tayangan: m.formatPersen(r.er_tayangan),
              er_pengikut: m.formatPersen(r.er_pengikut)}});
          }),
          format: input.format.map(v => m.formatAngka(v.nilai, v.desimal)),
          persen: input.persen.map(v => m.formatPersen(v.nilai, v.desimal)),
          bukanAngka: [m.formatAngka(NaN, 2), m.formatAngka(Infinity), m.formatPersen(-Infinity)]
        };
        """,
        VECTORS,
    )
    for vector, got in zip(VECTORS["er"], result["er"], strict=True):
        assert got["interaksi"] == vector["interaksi"], vector["nama"]
        assert got["teks_interaksi"] == vector["teks_interaksi"], vector["nama"]
        for name in ("er_jangkauan", "er_tayangan", "er_pengikut"):
            assert same(got[name], vector[name]), (vector["nama"], name)
        assert got["teks"] == vector["teks"], vector["nama"]
    assert result["format"] == [v["teks"] for v in VECTORS["format"]]
    assert result["persen"] == [v["teks"] for v in VECTORS["persen"]]
    assert result["bukanAngka"] == ["–", "–", "–"]


def test_the_calculator_reads_numbers_as_people_type_them():
    inputs = ["1234", "1.234", "12.345.678", " 2 000 ", "1,2 rb", "3 jt", "1.5rb", "", "-5", "abc"]
    inputs += ["1,5", "1.5", "1e5", "0"]
    result = run_node(
        "const m = load('kalkulator-engagement.js'); return input.map(t => m.bacaBilangan(t));",
        inputs,
    )
    values = [r.get("nilai", "kosong" if r.get("kosong") else "galat") for r in result]
    assert values == [1234, 1234, 12345678, 2000, 1200, 3000000, 1500, "kosong"] + ["galat"] * 5 + [
        0
    ]
    assert result[8]["galat"] == "tidak boleh negatif."
    percent = run_node(
        "const m = load('kalkulator-engagement.js'); return input.map(t => m.bacaPersen(t));",
        ["2,5", "2.5", "0,48 %", "0", "-1", "dua"],
    )
    assert [p.get("nilai") for p in percent] == [2.5, 2.5, 0.48, None, None, None]


def test_a_pasted_table_gives_rows_problems_and_a_sum_based_rate():
    table = (
        "tanggal\tsuka\tkomentar\tbagikan\tsimpan\tjangkauan\ttayangan\tpengikut\n"
        "1 Mei\t100\t10\t5\t5\t1.000\t2.000\t5.000\n"
        "2 Mei\tseratus\t1\t0\t0\t10\t10\t5.000\n"
        "\n"
        "3 Mei\t300\t30\t10\t20\t3.000\t0\t5.000\n"
    )
    result = run_node(
        "const m = load('kalkulator-engagement.js'); return m.bacaTabel(input);",
        table,
    )
    assert [row["label"] for row in result["baris"]] == ["1 Mei", "3 Mei"]
    assert result["galat"] == [
        "Baris 3: kolom suka bukan angka. Tulis angka saja, misalnya 1.234 atau 1,2 rb."
    ]
    assert [row["hasil"]["interaksi"] for row in result["baris"]] == [120, 360]
    assert result["baris"][1]["hasil"]["er_tayangan"] is None
    # (120 + 360) / (1000 + 3000) x 100, not the mean of 12% and 12%.
    assert same(result["gabungan"]["er_jangkauan"], 12.0)
    # Per view only the row that has views: 120 / 2000, not (120 + 360) / 2000.
    assert same(result["gabungan"]["er_tayangan"], 120 / 2000 * 100)


def test_a_row_with_zero_reach_shows_no_rates_and_stays_out_of_the_pooled_rates():
    table = (
        "tanggal\tsuka\tkomentar\tbagikan\tsimpan\tjangkauan\ttayangan\tpengikut\n"
        "1 Mei\t100\t10\t5\t5\t1.000\t2.000\t5.000\n"
        "2 Mei\t9\t0\t0\t0\t0\t0\t5.000\n"
    )
    result = run_node(
        "const m = load('kalkulator-engagement.js'); return m.bacaTabel(input);",
        table,
    )
    unread = result["baris"][1]["hasil"]
    # The insight was not read: not 0,00% per follower (nor 9 / 5,000 = 0,18%).
    assert set(unread.values()) == {None} and len(unread) == 4
    assert result["gabungan"]["interaksi"] == 120
    assert same(result["gabungan"]["er_jangkauan"], 12.0)
    assert same(result["gabungan"]["er_tayangan"], 6.0)
    for bad in ("suka komentar jangkauan\n1 2 3", "tanggal;catatan\n1;2"):
        assert run_node(
            "const m = load('kalkulator-engagement.js'); return m.bacaTabel(input);", bad
        )["galat"]
