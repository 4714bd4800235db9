"""The quiz lint (text in, findings out), the opt-out, the guesser figure, and the build."""

from __future__ import annotations

import itertools
import textwrap

import pytest

from akademi.problems import ContentError
from akademi.quiz import LINT_RULES, parse_page
from akademi.quiz_export import render_answer_key
from akademi.quiz_lint import guesser_score, lint_page, portal_reports
from conftest import ROOT
from helpers import GOOD, MODULE, TEMPLATES

PATH = "modul/uji/kuis.md"
NUMBERS = itertools.count(1)  # Distinct question texts, so the derived ids differ.


def parse(text: str, path: str = PATH):
    return parse_page(textwrap.dedent(text).lstrip("\n"), path)


def lint(text: str, pages: dict[str, str] | None = None) -> list[tuple[int, str]]:
    return [(f.line, f.rule) for f in lint_page(parse(text), pages or {})]


def single(right: str, *wrong: str, extra: str = "") -> str:
    options = [f"- [x] {right}", *(f"- [ ] {w}" for w in wrong)]
    return (
        "/// kuis | pilih-satu\n"
        + extra
        + f"Soal {next(NUMBERS)}?\n"
        + "\n".join(options)
        + "\n///\n"
    )


def multiple(right: list[str], wrong: list[str]) -> str:
    options = [f"- [x] {r}" for r in right] + [f"- [ ] {w}" for w in wrong]
    return f"/// kuis | pilih-banyak\nSoal {next(NUMBERS)}?\n" + "\n".join(options) + "\n///\n"


def true_false(key: str, extra: str = "") -> str:
    other = "Salah" if key == "Benar" else "Benar"
    statement = f"Pernyataan {next(NUMBERS)}."
    return f"/// kuis | benar-salah\n{extra}{statement}\n- [x] {key}\n- [ ] {other}\n///\n"


# --- benar-terpanjang ---------------------------------------------------------------------------


def test_right_option_longest_in_more_than_a_third_of_single_choice_questions():
    page = (
        single("jawaban yang panjang", "pendek", "singkat")
        + single("jawaban yang panjang", "pendek", "singkat")
        + single("pendek", "jawaban yang panjang", "singkat")
    )
    found = lint_page(parse(page), {})
    assert [(f.line, f.rule) for f in found] == [(1, "benar-terpanjang")]
    assert "2 dari 3 soal pilih-satu" in found[0].message
    assert "baris 1, 7" in found[0].message and "paling banyak 1" in found[0].message


def test_a_third_or_fewer_and_ties_pass():
    page = (
        single("jawaban yang panjang", "pendek", "singkat")
        + single("panjang satu", "panjang dua!", "singkat")  # a tie is not strictly longest
        + single("pendek", "jawaban yang panjang", "singkat")
    )
    assert lint(page) == []


def test_length_is_what_the_learner_sees_not_the_link_target():
    page = single(
        "[dasar](https://contoh.go.id/sangat/panjang/sekali/alamatnya)", "pendek", "singkat"
    ) + single("pendek", "jawaban panjang", "singkat")
    assert lint(page) == []


# --- benar-lebih-panjang ------------------------------------------------------------------------


def test_multiple_choice_right_options_much_longer_than_wrong_ones():
    assert lint(multiple(["a" * 13, "b" * 13], ["c" * 10, "d" * 10])) == [
        (1, "benar-lebih-panjang")
    ]


def test_multiple_choice_right_options_at_most_a_quarter_longer_pass():
    assert lint(multiple(["a" * 12, "b" * 13], ["c" * 10, "d" * 10])) == []


# --- kunci-benar-salah --------------------------------------------------------------------------


def test_true_false_questions_all_with_one_key():
    page = "Pengantar.\n\n" + true_false("Benar") + true_false("Benar")
    found = lint_page(parse(page), {})
    assert [(f.line, f.rule) for f in found] == [(3, "kunci-benar-salah")]
    assert "berkunci Benar" in found[0].message and "kuncinya Salah" in found[0].message


@pytest.mark.parametrize("keys", [("Benar", "Salah"), ("Salah",)])
def test_both_keys_or_a_single_statement_pass(keys):
    assert lint("".join(true_false(key) for key in keys)) == []


# --- pilihan-semua ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "option",
    [
        "Semua benar",
        "Semua jawaban benar.",
        "Semua jawaban di atas benar",
        "Tidak ada yang benar",
        "Tidak ada jawaban yang tepat",
        "Semua salah",
        "Bukan salah satu di atas",
        "A dan B benar",
        "A, B, dan C",
    ],
)
def test_options_that_refer_to_the_others(option):
    page = single("Pukul 08.00 WIB", option, "Jam 8 pagi WIB saja")
    assert (4, "pilihan-semua") in lint(page)


@pytest.mark.parametrize(
    "option", ["Semua warga menerima bantuan", "Tidak ada", "Benar-benar baru"]
)
def test_options_that_stand_on_their_own_pass(option):
    assert lint(single("Pukul 08.00 WIB", option, "Jam 8 pagi WIB saja")) == []


# --- salinan-modul ------------------------------------------------------------------------------

SENTENCE = (
    "Warga Kecamatan Sukamaju yang rumahnya terendam segera menuju posko di balai desa "
    "untuk mendapat bantuan."
)

LONG_WRONG = (
    "Warga menunggu di rumah sampai petugas kelurahan datang menjemput mereka satu per satu"
)


def test_a_right_option_copying_twelve_words_from_a_module_page():
    pages = {"modul/uji/materi.md": f"# Materi\n\n**{SENTENCE}** Lalu ada hal lain.\n"}
    copied = "warga kecamatan SUKAMAJU, yang rumahnya terendam, segera menuju posko di balai desa"
    page = single(copied, LONG_WRONG, LONG_WRONG + " lagi")
    found = lint_page(parse(page), pages)
    assert [(f.line, f.rule) for f in found] == [(3, "salinan-modul")]
    assert "12 kata berurutan dari modul/uji/materi.md" in found[0].message


def test_eleven_words_or_a_copied_wrong_option_pass():
    pages = {"modul/uji/materi.md": SENTENCE}
    eleven = "Warga Kecamatan Sukamaju yang rumahnya terendam segera menuju posko di balai"
    assert lint(single(eleven, LONG_WRONG, LONG_WRONG + " lagi"), pages) == []
    assert lint(single("Warga ke posko", SENTENCE, "Warga ke kantor camat"), pages) == []


# --- tiga-pilihan -------------------------------------------------------------------------------


def test_single_choice_with_two_options():
    assert lint(single("ya", "tidak")) == [(1, "tiga-pilihan")]


# --- the opt-out --------------------------------------------------------------------------------


def test_an_opt_out_with_a_reason_silences_that_rule_only():
    extra = "abaikan: tiga-pilihan — hanya dua kemungkinan yang masuk akal\n"
    assert lint(single("ya", "tidak", extra=extra)) == []
    page = single("ya", "Semua benar", extra=extra)
    assert lint(page) == [(5, "pilihan-semua")]


def test_an_opted_out_true_false_question_leaves_the_key_count():
    extra = "abaikan: kunci-benar-salah — pernyataan ini sengaja benar\n"
    assert lint(true_false("Benar", extra=extra) + true_false("Benar")) == []


def test_every_rule_can_be_opted_out_and_is_checked():
    """Each rule named in akademi.quiz has a check that fires on some page."""
    pages = {"modul/uji/materi.md": SENTENCE}
    page = (
        single("jawaban yang panjang", "pendek")
        + multiple(["a" * 20], ["b" * 10, "Semua benar"])
        + true_false("Benar")
        + true_false("Benar")
        + single(SENTENCE, "Warga menunggu", "Warga ke kantor")
    )
    assert {rule for _, rule in lint(page, pages)} == set(LINT_RULES)


@pytest.mark.parametrize(
    ("setting", "fragment"),
    [
        ("abaikan: tiga-pilihan", "perlu nama aturan dan alasannya"),
        ("abaikan: tiga-pilihan —   ", "perlu nama aturan dan alasannya"),
        ("abaikan: pilihan-panjang — alasan", "Aturan 'pilihan-panjang' tidak dikenal"),
    ],
)
def test_an_opt_out_without_a_reason_or_with_an_unknown_rule_is_an_error(setting, fragment):
    with pytest.raises(ContentError) as error:
        parse(single("ya", "tidak", extra=setting + "\n"))
    ((problem),) = error.value.problems
    assert problem.line == 2 and fragment in problem.message


def test_the_answer_key_shows_the_reason():
    questions = parse(single("ya", "tidak", extra="abaikan: tiga-pilihan — hanya ada dua\n"))
    key = render_answer_key(TEMPLATES, MODULE, questions, "akademi-medsos-pemda")
    assert "*Pengecualian pemeriksaan kuis* (`tiga-pilihan`): hanya ada dua" in key


# --- the guesser --------------------------------------------------------------------------------


def test_the_guesser_scores_as_the_strategy_says():
    page = (
        single("jawaban yang panjang", "pendek", "singkat")  # longest: right
        + single("tepat", "salah", "ya")  # tie of two: half
        + multiple(["panjang sekali", "panjang juga"], ["a", "b"])  # longer than median: right
        + multiple(["a", "panjang juga"], ["panjang sekali", "b"])  # wrong set ticked
        + true_false("Benar")  # the page's more common key: right
        + true_false("Benar")
        + true_false("Salah")  # wrong
        + "/// kuis | isian\nTulis.\n- [x] izin\n///\n"  # empty: wrong
        + "/// kuis | urutan\nUrutkan.\n1. a\n2. b\n3. c\n///\n"  # shown order: 1/6
    )
    expected = (1 + 0.5 + 1 + 0 + 1 + 1 + 0 + 0 + 1 / 6) / 9 * 100
    assert guesser_score(parse(page)).expected == pytest.approx(expected)


def test_a_true_false_tie_is_a_coin_toss_and_the_pass_chance_follows_the_rounding():
    questions = parse(true_false("Benar") + true_false("Salah"))
    guess = guesser_score(questions, pass_mark=50)
    assert guess.expected == pytest.approx(50)
    assert guess.pass_chance == pytest.approx(1)  # one key always gets one of the two
    tied = parse(single("abcd", "efgh", "ij") + single("abcd", "efgh", "ij"))
    # Each right with chance 1/2 independently: 2 of 2 needed for 70 % (50 % is not enough).
    assert guesser_score(tied, pass_mark=70).pass_chance == pytest.approx(0.25)


def test_the_guesser_stays_below_40_percent_on_every_module_quiz_and_the_bank():
    reports = {r.path: r for r in portal_reports(ROOT / "docs")}
    wanted = sorted(p for p in reports if p.startswith("modul/") or p == "pelatih/pra-pasca-tes.md")
    assert len(wanted) == 8, wanted
    scores = {path: round(reports[path].guess.expected, 1) for path in wanted}
    assert {path: score for path, score in scores.items() if score >= 40} == {}


# --- the build ----------------------------------------------------------------------------------


def test_a_strict_build_fails_naming_file_line_and_rule(tiny_site):
    quiz = "---\ntitle: Kuis\ndescription: Kuis.\n---\n\n# Kuis\n\n" + "".join(
        true_false("Benar", extra=f"tujuan: {n}\n") for n in (1, 2, 3)
    )
    result, _ = tiny_site(
        {
            "index.md": "# Beranda\n",
            "modul/narasi/index.md": GOOD.replace(
                "prasyarat: [perencanaan-konten]", "prasyarat: []"
            ),
            "modul/narasi/kuis.md": quiz,
        }
    )
    assert result.returncode != 0
    assert "WARNING -  modul/narasi/kuis.md:8: Semua 3 soal benar-salah" in result.stderr
    assert "(aturan `kunci-benar-salah`)" in result.stderr
    assert "Aborted with 1 warnings in strict mode" in result.stderr
