"""Tests for docs/modul/evaluasi-insight/insight.py and scripts/buat_data_insight.py.

Expected values are computed by hand in the comments, not by calling the code under test.
"""

from __future__ import annotations

import importlib.util
import math
import re
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULE_DIR = ROOT / "docs" / "modul" / "evaluasi-insight"


def load(name: str, path: Path):
    """Import a file by path without writing __pycache__ into docs/ or scripts/."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    old = sys.dont_write_bytecode
    sys.dont_write_bytecode = True
    try:
        sys.modules[name] = module
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = old
    return module


ins = load("insight_modul", MODULE_DIR / "insight.py")
gen = load("buat_data_insight", ROOT / "scripts" / "buat_data_insight.py")


def posts(rows: list[tuple]) -> pd.DataFrame:
    cols = [
        "akun",
        "platform",
        "tanggal",
        "jam",
        "format",
        "pengikut",
        "jangkauan",
        "tayangan",
        "suka",
        "komentar",
        "bagikan",
        "simpan",
    ]
    return ins.siapkan(pd.DataFrame(rows, columns=cols))


# --- engagement rate ----------------------------------------------------------------------------


def test_interactions_sum_all_four_components_and_treat_missing_as_zero():
    assert ins.jumlah_interaksi(100, 20, 15, 15) == 150
    assert ins.jumlah_interaksi(100, 20, 15, None) == 135
    assert ins.jumlah_interaksi(100, 20, 15, float("nan")) == 135


def test_three_engagement_rates_against_hand_values():
    # 150 interactions: 150 / 3,000 reach = 5 %, / 10,000 followers = 1.5 %, / 6,000 views = 2.5 %
    assert ins.er_jangkauan(150, 3000) == pytest.approx(5.0)
    assert ins.er_pengikut(150, 10000) == pytest.approx(1.5)
    assert ins.er_tayangan(150, 6000) == pytest.approx(2.5)


@pytest.mark.parametrize("bad", [0, 0.0, None, float("nan"), float("inf"), -5, pd.NA, "x"])
def test_rates_return_none_for_unusable_denominator(bad):
    for func in (ins.er_jangkauan, ins.er_pengikut, ins.er_tayangan):
        assert func(10, bad) is None


def test_per_post_metrics_use_na_not_inf_for_zero_reach():
    df = posts(
        [
            ("A", "Instagram", "2025-01-05", 9, "korsel", 1000, 400, 600, 30, 4, 3, 3),
            ("A", "Instagram", "2025-01-06", 9, "korsel", 1000, 0, 0, 0, 0, 0, 0),
        ]
    )
    out = ins.tambah_metrik(df)
    assert list(out["terbaca"]) == [True, False]
    assert out["interaksi"].iloc[0] == 40
    assert out["er_jangkauan"].iloc[0] == pytest.approx(10.0)  # 40 / 400
    assert out["er_tayangan"].iloc[0] == pytest.approx(40 / 6)  # 40 / 600 x 100
    assert out["er_pengikut"].iloc[0] == pytest.approx(4.0)  # 40 / 1,000
    # Reach 0: the insight was not read. Followers are known, but "0 %" would claim that people
    # saw the post and nobody reacted, so every rate is empty ("–"), like the interactions.
    for column in ("interaksi", "er_jangkauan", "er_tayangan", "er_pengikut"):
        assert out[column].iloc[1] is pd.NA
    shown = ins.tabel_html(out[["er_pengikut"]], persen={"er_pengikut"}, desimal={"er_pengikut": 2})
    assert "4,00%" in shown and "0,00%" not in shown and ins.KOSONG in shown


def test_unreadable_posts_stay_out_of_pooled_totals():
    # March 2025: a readable post (25 interactions / 500 reach, 1,000 followers) and one whose
    # reach is 0 although likes were typed in (9). Pooled per reach 25 / 500 = 5 %; per
    # followers 25 / 1,000 = 2.5 % (not 34 / 2,000 = 1.7 %); both still count as posts.
    df = posts(
        [
            ("A", "Instagram", "2025-03-02", 9, "korsel", 1000, 500, 700, 20, 2, 2, 1),
            ("A", "Instagram", "2025-03-09", 9, "korsel", 1000, 0, 0, 9, 0, 0, 0),
        ]
    )
    df["id_unggahan"] = ["P1", "P2"]
    month = ins.ringkasan_bulan(df, "2025-03")
    assert month["jumlah_unggahan"] == 2
    assert month["er_jangkauan"] == pytest.approx(5.0)
    assert month["er_pengikut"] == pytest.approx(2.5)
    assert month["terbaik"] == ["P1"]
    trend = ins.tren_bulanan(df)
    assert trend["interaksi_total"].iloc[0] == 25
    table = ins.format_per_akun(df, min_unggahan=1).iloc[0]
    assert table["jumlah_unggahan"] == 1  # readable posts
    assert table["er_jangkauan"] == pytest.approx(5.0)
    assert table["simpan_per_1000"] == pytest.approx(2.0)  # 1 save / 500 reach


# --- Indonesian number format ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "digits", "expected"),
    [
        (1234.5, 1, "1.234,5"),
        (1234567, 0, "1.234.567"),
        (0.125, 2, "0,13"),  # half up, not banker's rounding
        (2.675, 2, "2,68"),
        (-1234.5, 1, "-1.234,5"),
        (-0.04, 1, "0,0"),
        (999.96, 1, "1.000,0"),
        (12, 2, "12,00"),
    ],
)
def test_format_angka(value, digits, expected):
    assert ins.format_angka(value, digits) == expected


@pytest.mark.parametrize("empty", [None, float("nan"), float("inf"), pd.NA])
def test_format_angka_empty_values(empty):
    assert ins.format_angka(empty) == "–"
    assert ins.format_persen(empty) == "–"


def test_format_persen_and_month_label():
    assert ins.format_persen(3.456) == "3,46%"
    assert ins.format_persen(12.5, 1) == "12,5%"
    assert ins.label_bulan("2025-05") == "Mei 2025"
    assert ins.label_bulan("2025-08", tahun=False) == "Agu"


# --- monthly trend --------------------------------------------------------------------------------


def trend_data() -> pd.DataFrame:
    return posts(
        [
            # January: reach 1,000 + 3,000, interactions 50 + 90 -> ER 140 / 4,000 = 3.5 %
            ("A", "Instagram", "2025-01-03", 8, "foto tunggal", 2000, 1000, 1200, 40, 5, 3, 2),
            ("A", "Instagram", "2025-01-20", 19, "korsel", 2010, 3000, 4000, 70, 5, 5, 10),
            # February: nothing. March: one zero-reach post, one with 25 / 500 reach
            ("A", "Instagram", "2025-03-02", 9, "foto tunggal", 2100, 0, 0, 0, 0, 0, 0),
            ("A", "Instagram", "2025-03-09", 9, "video pendek", 2110, 500, 900, 20, 2, 2, 1),
            # Account B only posts in February, which widens the period to Jan-Mar for everybody.
            ("B", "Facebook", "2025-02-14", 10, "foto tunggal", 500, 100, 130, 4, 1, 0, 0),
        ]
    )


def test_monthly_trend_keeps_missing_month_as_no_data():
    trend = ins.tren_bulanan(trend_data())
    a = trend[trend["akun"] == "A"].set_index("bulan")
    assert list(a.index) == ["2025-01", "2025-02", "2025-03"]
    assert list(a["jumlah_unggahan"]) == [2, 0, 2]
    assert a.loc["2025-01", "er_jangkauan"] == pytest.approx(3.5)
    # median of per-post ER 5.0 % and 3.0 %
    assert a.loc["2025-01", "median_er_jangkauan"] == pytest.approx(4.0)
    assert a.loc["2025-02", "er_jangkauan"] is pd.NA
    assert a.loc["2025-02", "pengikut_akhir"] is pd.NA
    # March: 25 / (0 + 500) = 5 %; the zero-reach post adds nothing to either sum
    assert a.loc["2025-03", "er_jangkauan"] == pytest.approx(5.0)
    assert a.loc["2025-03", "median_er_jangkauan"] == pytest.approx(5.0)
    assert a.loc["2025-03", "pengikut_akhir"] == 2110
    # growth needs the previous month: January has none, March follows an empty February
    assert a.loc["2025-01", "pertumbuhan_pengikut"] is pd.NA
    assert a.loc["2025-03", "pertumbuhan_pengikut"] is pd.NA
    b = trend[trend["akun"] == "B"]
    assert list(b["jumlah_unggahan"]) == [0, 1, 0]


def test_monthly_trend_fills_a_month_that_no_account_has():
    df = posts(
        [
            ("A", "Instagram", "2025-01-10", 8, "korsel", 900, 100, 120, 5, 0, 0, 0),
            ("A", "Instagram", "2025-03-10", 8, "korsel", 950, 200, 260, 8, 0, 0, 0),
        ]
    )
    trend = ins.tren_bulanan(df)
    assert trend["bulan"].tolist() == ["2025-01", "2025-02", "2025-03"]
    assert trend["jumlah_unggahan"].tolist() == [1, 0, 1]
    # an explicit period reaches beyond the data on both sides
    wider = ins.tren_bulanan(df, bulan_awal="2024-12", bulan_akhir="2025-04")
    assert wider["bulan"].tolist() == ["2024-12", "2025-01", "2025-02", "2025-03", "2025-04"]
    assert wider["jumlah_unggahan"].tolist() == [0, 1, 0, 1, 0]


def test_monthly_follower_growth():
    df = posts(
        [
            ("A", "Instagram", "2025-01-31", 8, "foto tunggal", 2000, 100, 100, 1, 0, 0, 0),
            ("A", "Instagram", "2025-02-27", 8, "foto tunggal", 2050, 100, 100, 1, 0, 0, 0),
        ]
    )
    trend = ins.tren_bulanan(df)
    assert trend["pertumbuhan_pengikut"].iloc[1] == pytest.approx(2.5)  # 50 / 2,000


def test_month_with_only_zero_reach_has_no_rate():
    df = posts([("A", "Instagram", "2025-04-01", 8, "korsel", 900, 0, 0, 0, 0, 0, 0)])
    trend = ins.tren_bulanan(df)
    assert trend["jumlah_unggahan"].tolist() == [1]
    assert trend["er_jangkauan"].iloc[0] is pd.NA
    assert trend["median_er_jangkauan"].iloc[0] is pd.NA


def test_empty_input_gives_empty_tables_with_columns():
    empty = posts([])
    assert ins.tren_bulanan(empty).empty
    assert list(ins.tren_bulanan(empty).columns) == ins.KOLOM_TREN
    assert list(ins.kinerja_per_format(empty).columns) == ins.KOLOM_FORMAT
    assert list(ins.kinerja_per_jam(empty).columns) == ins.KOLOM_JAM
    assert ins.hitung_rapor(empty, pd.DataFrame(columns=["akun", "platform"])).empty


# --- format and hour ------------------------------------------------------------------------------


def test_performance_by_format_uses_ratio_of_sums_within_an_account():
    df = trend_data()
    table = ins.format_per_akun(df, min_unggahan=1).set_index(["akun", "format"])
    photo = table.loc[("A", "foto tunggal")]
    # posts: reach 1,000 (50 interactions, 2 saves) and reach 0 -> ER 5 %, saves 2 per 1,000
    assert photo["jumlah_unggahan"] == 1  # the zero-reach post is not a readable post
    assert photo["er_jangkauan"] == pytest.approx(5.0)
    assert photo["simpan_per_1000"] == pytest.approx(2.0)
    # reach 1,000 of 2,000 followers -> 50 %
    assert photo["median_jangkauan_per_pengikut"] == pytest.approx(50.0)
    carousel = table.loc[("A", "korsel")]
    assert carousel["bagikan_per_1000"] == pytest.approx(5 / 3000 * 1000)
    assert not ins.format_per_akun(df, min_unggahan=2)["cukup_data"].any()


def format_mix() -> pd.DataFrame:
    """A big account with low ER that posts mostly carousels, a small account with high ER that
    posts mostly photos. In both accounts carousels beat photos by 1 percentage point."""
    rows = []
    for i in range(10):  # Big: 8 carousels at 3 %, 2 photos at 2 %, reach 10,000
        fmt, inter = ("korsel", 300) if i < 8 else ("foto tunggal", 200)
        rows.append(("Besar", "Instagram", f"2025-01-{i + 1:02d}", 9, fmt, 50000, 10000, 12000,
                     inter, 0, 0, 0))  # fmt: skip
    for i in range(10):  # Small: 2 carousels at 9 %, 8 photos at 8 %, reach 2,000
        fmt, inter = ("korsel", 180) if i < 2 else ("foto tunggal", 160)
        rows.append(("Kecil", "Instagram", f"2025-01-{i + 1:02d}", 9, fmt, 4000, 2000, 2400,
                     inter, 0, 0, 0))  # fmt: skip
    return posts(rows)


def test_formats_are_compared_within_accounts_not_pooled():
    df = format_mix()
    # Pooled over both accounts, photos look better: (400 + 1,280) / (20,000 + 16,000) = 4.67 %
    # against carousels (2,400 + 360) / (80,000 + 4,000) = 3.29 %, the opposite of both accounts.
    pooled = df.groupby("format")[["suka", "jangkauan"]].sum()
    pooled_er = pooled["suka"] / pooled["jangkauan"] * 100
    assert pooled_er["foto tunggal"] > pooled_er["korsel"]
    within = ins.format_per_akun(df, min_unggahan=2).pivot(
        index="akun", columns="format", values="er_jangkauan"
    )
    assert (within["korsel"] - within["foto tunggal"]).tolist() == pytest.approx([1.0, 1.0])
    # Each account weighs the same: medians of (3, 9) and (2, 8) -> carousels 6 %, photos 5 %.
    table = ins.kinerja_per_format(df, min_unggahan=2).set_index("format")
    assert table.loc["korsel", "er_jangkauan"] == pytest.approx(6.0)
    assert table.loc["foto tunggal", "er_jangkauan"] == pytest.approx(5.0)
    assert table.loc["korsel", "jumlah_akun"] == 2 and table.loc["korsel", "jumlah_unggahan"] == 10
    # An account with too few posts of a format does not take part for that format.
    few = ins.kinerja_per_format(df, min_unggahan=3).set_index("format")
    assert few.loc["korsel", "jumlah_akun"] == 1
    assert few.loc["korsel", "er_jangkauan"] == pytest.approx(3.0)


def test_hour_blocks_and_small_sample_flag():
    assert ins.blok_jam(0) == "00.00–05.59"
    assert ins.blok_jam(8) == "06.00–08.59"
    assert ins.blok_jam(9) == "09.00–11.59"
    assert ins.blok_jam(20) == "18.00–20.59"
    assert ins.blok_jam(23) == "21.00–23.59"
    assert ins.blok_jam(None) is None
    table = ins.kinerja_per_jam(trend_data(), min_unggahan=2)
    ig = table[table["platform"] == "Instagram"].set_index("blok_jam")
    assert list(ig.index) == ["06.00–08.59", "09.00–11.59", "18.00–20.59"]  # clock order
    # 09.00 block: the zero-reach post counts as a post but not in the medians
    assert ig.loc["09.00–11.59", "jumlah_unggahan"] == 2
    assert bool(ig.loc["09.00–11.59", "cukup_data"]) is True
    assert bool(ig.loc["06.00–08.59", "cukup_data"]) is False
    assert ig.loc["09.00–11.59", "median_er_jangkauan"] == pytest.approx(5.0)
    assert ig.loc["09.00–11.59", "median_jangkauan_per_pengikut"] == pytest.approx(500 / 2110 * 100)


# --- rubric ---------------------------------------------------------------------------------------


def test_weights_sum_to_100_and_match_the_rubric_page():
    assert sum(ins.BOBOT.values()) == 100
    page = (MODULE_DIR / "rapor-medsos.md").read_text(encoding="utf-8")
    # weight table rows look like: | A1 | Frekuensi unggahan | Kuantitas | 10 | ...
    rows = re.findall(
        r"^\|\s*([AB]\d+)\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|\s*(\d+)\s*\|",
        page,
        flags=re.MULTILINE,
    )
    found = {(code, name, group, int(weight)) for code, name, group, weight in rows}
    assert len(rows) == len(ins.KRITERIA)
    assert found == {(k["label"], k["nama"], k["kelompok"], k["bobot"]) for k in ins.KRITERIA}


@pytest.mark.parametrize(
    ("func", "value", "level"),
    [
        (ins.level_frekuensi, 3.99, 1),
        (ins.level_frekuensi, 4, 2),
        (ins.level_frekuensi, 8, 3),
        (ins.level_frekuensi, 12, 4),
        (ins.level_konsistensi, 49.9, 1),
        (ins.level_konsistensi, 50, 2),
        (ins.level_konsistensi, 75, 3),
        (ins.level_konsistensi, 90, 4),
        (ins.level_tren, 0.79, 1),
        (ins.level_tren, 0.80, 2),
        (ins.level_tren, 0.95, 3),
        (ins.level_tren, 1.10, 4),
    ],
)
def test_level_thresholds(func, value, level):
    assert func(value) == level


def test_level_variety_and_missing_values():
    assert ins.level_variasi({"foto tunggal": 1.0}) == 1
    assert ins.level_variasi({"foto tunggal": 0.95, "korsel": 0.05}) == 1
    assert ins.level_variasi({"foto tunggal": 0.7, "korsel": 0.3}) == 2
    assert ins.level_variasi({"foto tunggal": 0.7, "korsel": 0.2, "video pendek": 0.1}) == 3
    assert ins.level_variasi({"foto tunggal": 0.4, "korsel": 0.3, "video pendek": 0.3}) == 4
    assert ins.level_variasi({}) is None
    assert ins.level_tren(None) is None
    assert ins.level_frekuensi(float("nan")) is None


@pytest.mark.parametrize("verdict", ["data belum cukup", "setara"])
@pytest.mark.parametrize("ratio", [0.5, 0.9, 1.0, 1.5])
def test_trend_inside_chance_or_from_too_few_posts_is_level_3(ratio, verdict):
    assert ins.level_tren(ratio, verdict) == 3


def pairs(interactions: list[int], reach: int = 1000) -> list[list[float]]:
    return [[float(i), float(reach)] for i in interactions]


def test_trend_test_needs_ten_posts_per_half_and_a_change_beyond_chance():
    # 9 posts per half, ER doubling from 3 % to 6 %: too few posts to call it a trend.
    few = ins.uji_tren(pairs([30] * 9), pairs([60] * 9))
    assert few["rasio"] == pytest.approx(2.0)
    assert (few["putusan"], few["pita"]) == ("data belum cukup", None)
    # 12 posts per half whose ERs overlap (2-6 % then 2.5-6.5 %): 540 / 480 is within chance.
    noisy = ins.uji_tren(pairs([20, 60, 30, 50, 40, 20, 60, 30, 50, 40, 20, 60]),
                         pairs([25, 65, 35, 55, 45, 25, 65, 35, 55, 45, 25, 65]))  # fmt: skip
    assert noisy["rasio"] == pytest.approx(540 / 480)
    low, high = noisy["pita"]
    assert low < 1 < noisy["rasio"] <= high
    assert noisy["putusan"] == "setara"
    assert ins.level_tren(noisy["rasio"], noisy["putusan"]) == 3
    # Every later post beats every earlier one: a rise outside the band, level 4.
    clear = ins.uji_tren(pairs([30, 31, 32, 33, 34, 35] * 2), pairs([60, 61, 62, 63, 64, 65] * 2))
    assert clear["putusan"] == "naik" and clear["rasio"] > clear["pita"][1]
    assert ins.level_tren(clear["rasio"], clear["putusan"]) == 4
    fall = ins.uji_tren(pairs([60, 61, 62, 63, 64, 65] * 2), pairs([40, 41, 42, 43, 44, 45] * 2))
    assert fall["putusan"] == "turun" and ins.level_tren(fall["rasio"], fall["putusan"]) == 1
    # No reach or no interactions in the first half: no ratio at all.
    assert ins.uji_tren([], pairs([60] * 12))["rasio"] is None
    assert ins.uji_tren(pairs([0] * 12), pairs([60] * 12))["rasio"] is None


def test_score_of_the_worked_example_on_the_rubric_page():
    # Kecamatan Sukamaju on rapor-medsos.md:
    # (10x3 + 10x3 + 15x3 + 10x2 + 10x3 + 10x3 + 10x2 + 15x2 + 10x4) / 4 = 275 / 4 = 68.75
    level = {
        "frekuensi": 3,
        "konsistensi": 3,
        "akurasi": 3,
        "narasi": 2,
        "diksi": 3,
        "variasi": 3,
        "aksesibilitas": 2,
        "responsivitas": 2,
        "tren": 4,
    }
    assert ins.nilai_rapor(level) == pytest.approx(68.75)
    assert ins.predikat(68.75) == "Cukup"
    assert ins.predikat(70) == "Baik"
    assert ins.predikat(85) == "Sangat baik"
    assert ins.predikat(54.99) == "Perlu pendampingan"
    assert ins.nilai_rapor(dict.fromkeys(ins.BOBOT, 4)) == 100
    assert ins.nilai_rapor(dict.fromkeys(ins.BOBOT, 1)) == 25


@pytest.mark.parametrize(
    "change", [{"tren": 5}, {"tren": 0}, {"tren": None}, {"tren": True}, {"lainnya": 3}]
)
def test_score_rejects_invalid_levels(change):
    level = dict.fromkeys(ins.BOBOT, 3) | change
    with pytest.raises(ValueError):
        ins.nilai_rapor(level)


def test_report_card_from_hand_made_data():
    rows = []
    # Account A: one photo post every Monday of Jan-Feb 2025 (9 weeks, all active), 100 reach.
    # ER: Jan 5 interactions / 100 = 5 %; Feb 6 / 100 = 6 % -> trend 6 / 5 = 1.2 -> level 4
    for day in pd.date_range("2025-01-06", "2025-02-24", freq="7D"):
        inter = (5, 0, 0, 0) if day.month == 1 else (6, 0, 0, 0)
        rows.append(
            ("A", "Instagram", day.strftime("%Y-%m-%d"), 9, "foto tunggal", 1000, 100, 120, *inter)
        )
    # Account B: only two posts, both in January.
    rows.append(("B", "Instagram", "2025-01-10", 9, "korsel", 500, 50, 60, 2, 0, 0, 0))
    rows.append(("B", "Instagram", "2025-01-11", 9, "video pendek", 500, 50, 60, 2, 0, 0, 0))
    df = posts(rows)
    scores = pd.DataFrame(
        [
            {
                "akun": "A",
                "platform": "Instagram",
                "akurasi": 4,
                "narasi": 4,
                "diksi": 4,
                "aksesibilitas": 4,
                "responsivitas": 4,
            },
            {
                "akun": "B",
                "platform": "Instagram",
                "akurasi": 4,
                "narasi": 4,
                "diksi": 4,
                "aksesibilitas": 4,
                "responsivitas": 4,
            },
        ]
    )
    card = ins.hitung_rapor(df, scores).set_index("akun")
    a = card.loc["A"]
    # 8 posts over 2 months = 4 per month -> level 2
    assert a["unggahan_per_bulan"] == pytest.approx(4.0)
    assert a["frekuensi"] == 2
    # Weeks (Mon-Sun) touching 1 Jan-28 Feb 2025: 30 Dec-5 Jan ... 24 Feb-2 Mar = 9 weeks;
    # A posts in 8 of them (not in the first, partial week) -> 88.9 % -> level 3
    assert a["persen_minggu_aktif"] == pytest.approx(8 / 9 * 100)
    assert a["konsistensi"] == 3
    assert a["variasi"] == 1
    # 6 / 5 = 1.2, but from 4 posts per month: not enough to call it a rise -> level 3
    assert a["rasio_tren"] == pytest.approx(1.2)
    assert a["putusan_tren"] == "data belum cukup"
    assert a["tren"] == 3
    # (10x2 + 10x3 + 15x4 + 10x4 + 10x4 + 10x1 + 10x4 + 15x4 + 10x3) / 4 = 330 / 4 = 82.5
    assert a["nilai"] == pytest.approx(82.5)
    assert a["predikat"] == "Baik"
    # B has no February data, so its trend cannot be computed: no score.
    b = card.loc["B"]
    assert b["tren"] is pd.NA
    assert b["nilai"] is pd.NA
    assert b["predikat"] == ins.KOSONG
    # No ranking: accounts in name order, no rank column; predicate groups are what is announced.
    assert "peringkat" not in card.columns
    groups = ins.kelompok_predikat(card.reset_index())
    assert groups.to_dict("records") == [
        {"predikat": "Baik", "jumlah_akun": 1, "akun": "A"},
        {"predikat": ins.KOSONG, "jumlah_akun": 1, "akun": "B"},
    ]


def test_predicate_groups_list_accounts_alphabetically_from_the_top_predicate():
    card = pd.DataFrame(
        {
            "akun": ["Camat", "Bapenda", "Dinkes", "Arsip"],
            "predikat": ["Cukup", "Sangat baik", "Cukup", "Perlu pendampingan"],
        }
    )
    assert ins.kelompok_predikat(card).values.tolist() == [
        ["Sangat baik", 1, "Bapenda"],
        ["Cukup", 2, "Camat, Dinkes"],
        ["Perlu pendampingan", 1, "Arsip"],
    ]


def test_report_card_rejects_two_rows_for_one_account():
    df = posts([("A", "Instagram", "2025-01-06", 9, "korsel", 100, 10, 10, 1, 0, 0, 0)])
    row = {
        "akun": "A",
        "platform": "Instagram",
        "akurasi": 3,
        "narasi": 3,
        "diksi": 3,
        "aksesibilitas": 3,
        "responsivitas": 3,
    }
    with pytest.raises(ValueError, match="satu baris per akun"):
        ins.hitung_rapor(df, pd.DataFrame([row, row | {"akurasi": 2}]))


def test_download_templates_fit_the_module():
    notes = ins.muat_data(MODULE_DIR / "templat-catatan-insight.csv")
    assert set(ins.KOLOM_ANGKA) | {"akun", "platform", "tanggal", "format"} <= set(notes.columns)
    assert ins.tren_bulanan(notes)["jumlah_unggahan"].tolist() == [2]
    scores = ins.baca_csv(MODULE_DIR / "templat-skor-rapor.csv")
    assert {"akun", "platform", *ins.BOBOT} <= set(scores.columns)
    card = ins.hitung_rapor(notes, scores)
    assert card["akun"].tolist() == ["Kecamatan Sukamaju"]


def test_page_claims_about_chance_differences_match_the_data():
    # rutinitas-evaluasi.md: the median reach / followers of photos, "sekitar 24%", can differ by
    # "sekitar 13 poin persen" between groups of four by chance, "sekitar 6 poin persen" between
    # groups of twenty: the worked experiment's measure. Same sample and seed as the notebook.
    df = ins.tambah_metrik(ins.muat_data(MODULE_DIR / "data-insight-sintetis.csv"))
    photos = df[
        (df["akun"] == "Kecamatan Sukamaju")
        & (df["platform"] == "Instagram")
        & (df["format"] == "foto tunggal")
        & (df["tanggal"].dt.month <= 6)
        & df["terbaca"]
    ]
    values = (photos["jangkauan"] / photos["pengikut"] * 100).astype(float).tolist()
    p90 = {
        k: pd.Series(ins.selisih_kebetulan(values, k, 2000, benih=5)).abs().quantile(0.9)
        for k in (4, 20)
    }
    page = (MODULE_DIR / "rutinitas-evaluasi.md").read_text(encoding="utf-8")
    page = " ".join(page.split())
    typical = ins.format_angka(pd.Series(values).median())
    assert f"biasanya sekitar {typical}%" in page
    four = ins.format_angka(p90[4])
    assert f"sekitar {four} poin persen antara dua kelompok berisi empat" in page
    assert f"menyempit menjadi sekitar {ins.format_angka(p90[20])} poin persen" in page
    assert "jangkauan ÷ pengikut" in page


# --- presentation ---------------------------------------------------------------------------------


def test_html_table_formats_and_escapes():
    df = pd.DataFrame(
        {
            "akun": ["<Dinas & Co>"],
            "jangkauan": [12345],
            "er": [3.456],
            "kosong": [pd.NA],
            "cukup": [True],
        }
    )
    out = ins.tabel_html(df, judul={"er": "ER"}, desimal={"er": 2}, persen={"er"})
    assert "&lt;Dinas &amp; Co&gt;" in out
    assert ">12.345<" in out
    assert ">3,46%<" in out
    assert ">–<" in out
    assert ">ya<" in out
    assert re.search(r'<th scope="col"[^>]*>ER</th>', out)
    assert re.search(r'<td style="[^"]*text-align: right">12\.345</td>', out)


# --- synthetic data generator -----------------------------------------------------------------


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    first = tmp_path_factory.mktemp("satu")
    second = tmp_path_factory.mktemp("dua")
    gen.main(["--keluar", str(first)])
    gen.main(["--keluar", str(second)])
    return first, second


def test_generator_is_reproducible_byte_for_byte(generated):
    first, second = generated
    for name in (gen.NAMA_DATA, gen.NAMA_SKOR):
        assert (first / name).read_bytes() == (second / name).read_bytes()
        # the files shipped with the module are exactly what the script produces
        assert (MODULE_DIR / name).read_bytes() == (first / name).read_bytes()


def test_generator_changes_with_seed(tmp_path, generated):
    gen.main(["--keluar", str(tmp_path), "--benih", "7"])
    assert (tmp_path / gen.NAMA_DATA).read_bytes() != (generated[0] / gen.NAMA_DATA).read_bytes()


def test_generated_data_has_promised_shape_and_edge_cases(generated):
    path = generated[0] / gen.NAMA_DATA
    assert path.stat().st_size < 300_000
    df = ins.muat_data(path)
    assert len(df) >= 1000
    assert df["akun"].nunique() >= 10
    assert set(df["platform"]) == {"Instagram", "Facebook", "TikTok"}
    assert set(df["format"]) == {"foto tunggal", "korsel", "video pendek"}
    assert df["tanggal"].dt.strftime("%Y-%m").nunique() == 12
    assert 1 <= (df["jangkauan"] == 0).sum() <= 20
    assert (df["tayangan"] >= df["jangkauan"]).all()
    assert df["jam"].between(0, 23).all()
    months = df[df["akun"] == "Kecamatan Sindangsari"]["tanggal"].dt.month
    assert 5 not in set(months)
    trend = ins.tren_bulanan(df)
    may = trend[(trend["akun"] == "Kecamatan Sindangsari") & (trend["bulan"] == "2025-05")]
    assert may["jumlah_unggahan"].tolist() == [0, 0]  # Facebook and Instagram
    assert not any(math.isinf(x) for x in ins.tambah_metrik(df)["er_jangkauan"].dropna())


# --- honest experiments ---------------------------------------------------------------------------


def test_chance_differences_draw_with_replacement():
    # Two posts, 0 and 10, one per group. Without replacement the groups are always {0} and {10}
    # (difference +-10); drawn with replacement both groups can get the same post (difference 0).
    diffs = ins.selisih_kebetulan([0, 10], ukuran_kelompok=1, ulangan=200, benih=1)
    assert len(diffs) == 200
    assert set(diffs) == {-10.0, 0.0, 10.0}
    # Groups larger than half the posts are fine: the posts stand for future posts of the kind.
    medians = ins.selisih_kebetulan([1, 2, 3, 4], ukuran_kelompok=3, ulangan=300, benih=2)
    assert set(medians) <= {x / 1.0 for x in range(-3, 4)} and {-3.0, 3.0} & set(medians)
    assert (
        ins.selisih_kebetulan([1, 2, 3, 4], 2, 50, benih=1)
        == ins.selisih_kebetulan([1, 2, 3, 4], 2, 200, benih=1)[:50]
    )
    assert set(ins.selisih_kebetulan([5.0] * 10, 3, 20)) == {0.0}
    assert ins.selisih_kebetulan([1, 2, None, float("nan"), 3, 4], 2, 5) is not None
    with pytest.raises(ValueError):
        ins.selisih_kebetulan([None, float("nan")], ukuran_kelompok=2)


def test_worked_example_on_the_rubric_page_matches_the_synthetic_data():
    # rapor-medsos.md, "Contoh penilaian: Kecamatan Sukamaju" quotes these numbers.
    df = ins.muat_data(MODULE_DIR / "data-insight-sintetis.csv")
    scores = pd.read_csv(MODULE_DIR / "skor-penilai-sintetis.csv")
    sukamaju = df[(df["akun"] == "Kecamatan Sukamaju") & (df["platform"] == "Instagram")]
    facts = ins.ukuran_rapor(sukamaju, "2025-01", "2025-12")
    assert facts["jumlah_unggahan"] == 129
    assert ins.format_angka(facts["unggahan_per_bulan"], 2) == "10,75"
    assert ins.format_angka(facts["persen_minggu_aktif"], 1) == "86,8"  # 46 of 53 weeks
    shares = {k: ins.format_angka(v * 100) for k, v in facts["pangsa_format"].items()}
    assert shares == {"foto tunggal": "71", "korsel": "16", "video pendek": "12"}
    assert ins.format_persen(facts["er_paruh_awal"]) == "4,81%"
    assert ins.format_persen(facts["er_paruh_akhir"]) == "6,58%"
    assert ins.format_angka(facts["rasio_tren"], 2) == "1,37"
    low, high = (ins.format_angka(x, 2) for x in facts["pita_tren"])
    assert facts["putusan_tren"] == "naik"
    card = ins.hitung_rapor(df, scores).set_index("akun").loc["Kecamatan Sukamaju"]
    page_levels = {
        "frekuensi": 3,
        "konsistensi": 3,
        "akurasi": 3,
        "narasi": 2,
        "diksi": 3,
        "variasi": 3,
        "aksesibilitas": 2,
        "responsivitas": 2,
        "tren": 4,
    }
    assert {k: int(card[k]) for k in ins.BOBOT} == page_levels
    assert card["nilai"] == pytest.approx(68.75)
    page = (MODULE_DIR / "rapor-medsos.md").read_text(encoding="utf-8")
    assert "Nilai = 275 ÷ 4 = **68,75**" in page
    assert f"rasio 1,37, di luar rentang kebetulan {low}—{high}" in page


def level_ranges(page: str, code: str) -> dict[int, str]:
    section = page.split(f"### {code}. ")[1].split("\n### ")[0]
    return {int(n): text for n, text in re.findall(r"^\| ([1-4]) \| (.+) \|$", section, re.M)}


def test_narrative_and_responsiveness_levels_do_not_overlap():
    page = (MODULE_DIR / "rapor-medsos.md").read_text(encoding="utf-8")
    # B2: how many of the 10 sampled posts put the citizen's benefit first; every count 0-10
    # falls in exactly one level.
    counts = {}
    for level, text in level_ranges(page, "B2").items():
        low, high = re.match(r"(\d+) (?:sampai|atau) (\d+) dari 10", text).groups()
        for n in range(int(low), int(high) + 1):
            counts.setdefault(n, []).append(level)
    assert counts == {n: [counts[n][0]] for n in range(11)}
    assert [counts[n][0] for n in (0, 1, 2, 4, 5, 7, 8, 10)] == [1, 1, 2, 2, 3, 3, 4, 4]
    # B6: share of sampled questions answered or forwarded; 90 / 60 / 30 % bounds, descending.
    b6 = level_ranges(page, "B6")
    bounds = [int(re.search(r"(\d+)%", b6[level]).group(1)) for level in (4, 3, 2, 1)]
    assert bounds == [90, 60, 30, 30]
    assert "kurang dari 60%" in b6[2] and b6[1].startswith("Kurang dari 30%")
    # The worked example fits: 3 of 10 benefit-first posts -> B2 level 2; 8 of 20 answered
    # (40 %) -> B6 level 2, as the page scores it.
    assert counts[3] == [2]
    assert 30 <= 8 / 20 * 100 < 60
