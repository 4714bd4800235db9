"""Diction rules: the word lists (validated with file and line), the matching (the Python engine
and the browser's JavaScript engine against the same hand-written cases), and the check of the
portal's own Markdown at build time."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from nodejs import run_node

from akademi import kalimat
from akademi.akar import load_dictionary
from akademi.diksi import (
    FILES,
    apply_fixes,
    check_text,
    lint_page,
    load_rules,
    may_have_nonstandard_words,
    rules_json,
    word_findings,
)
from akademi.problems import ContentError
from conftest import ROOT, make_site

DATA = ROOT / "docs" / "data"
CASES = json.loads((ROOT / "tests" / "data" / "diksi-cases.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rules():
    return load_rules(DATA)


def found(text: str, rules) -> list[list]:
    return [[f.kind, f.text, f.fix] for f in check_text(text, rules)]


# --- matching: one hand-written case list, two engines ----------------------------------------


@pytest.mark.parametrize("case", CASES["kasus"], ids=lambda case: case["nama"])
def test_python_engine_matches_the_shared_cases(case, rules):
    assert found(case["teks"], rules) == case["temuan"]


def test_javascript_engine_matches_the_shared_cases(rules):
    results = run_node(
        "const m = load('cek-diksi.js'); const e = new m.Engine(input.data);"
        "return input.cases.map(c => e.check(c.teks).map(f => [f.jenis, f.teks, f.perbaikan]));",
        {"data": json.loads(rules_json(rules)), "cases": CASES["kasus"]},
    )
    mismatches = [
        (case["nama"], got, case["temuan"])
        for case, got in zip(CASES["kasus"], results, strict=True)
        if got != case["temuan"]
    ]
    assert not mismatches


def test_both_engines_apply_fixes_the_same_way(rules):
    texts = [case["teks"] for case in CASES["perbaikan"]]
    from_js = run_node(
        "const m = load('cek-diksi.js'); const e = new m.Engine(input.data);"
        "return input.texts.map(t => m.applyFixes(t, e.check(t)));",
        {"data": json.loads(rules_json(rules)), "texts": texts},
    )
    for case, js in zip(CASES["perbaikan"], from_js, strict=True):
        assert apply_fixes(case["teks"], check_text(case["teks"], rules)) == case["hasil"]
        assert js == case["hasil"]


def test_both_engines_agree_on_every_page_of_the_portal(rules):
    """Thousands of real sentences: the two implementations must find exactly the same."""
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs").rglob("*.md"))]
    assert len(texts) > 20
    from_js = run_node(
        "const m = load('cek-diksi.js'); const e = new m.Engine(input.data);"
        "return input.texts.map(t => e.check(t).map(f => [f.jenis, f.teks, f.perbaikan]));",
        {"data": json.loads(rules_json(rules)), "texts": texts},
    )
    from_python = [found(text, rules) for text in texts]
    assert sum(len(page) for page in from_python) > 100
    assert from_js == from_python


def test_javascript_counts_follow_each_platform_rule():
    counts = run_node(
        "const m = load('cek-diksi.js'); return input.map(t => m.counts(t));",
        [
            "Halo warga! Info di https://contoh.go.id/layanan 😀 #Sukamaju #SiagaBencana @dinkes",
            "Satu kalimat. Dua kalimat?\nTiga kalimat tanpa titik",
        ],
    )
    first, second = counts
    # X: 23 for the link, 2 for the emoji, 1 for every other character.
    plain = len("Halo warga! Info di  ") + len(" #Sukamaju #SiagaBencana @dinkes")
    assert first["xCharacters"] == plain + 23 + 2
    assert (first["hashtags"], first["mentions"], first["links"], first["emoji"]) == (2, 1, 1, 1)
    assert (second["sentences"], second["words"]) == (3, 8)


# --- the word lists ---------------------------------------------------------------------------


def test_split_prefix_entries_are_verbs_from_the_root_dictionary_not_places(rules):
    """ "di X" is flagged only for verbs: X is a dictionary root, or one with -kan or -i."""
    dictionary = load_dictionary()
    split = [key for key, entry in rules.words.items() if key.startswith("di ")]
    assert len(split) >= 40
    places = {"kantor", "jalan", "balai", "pasar", "rumah", "sekolah", "desa", "daftar", "isi"}
    for key in split:
        verb = key.removeprefix("di ")
        roots = {verb, verb.removesuffix("kan"), verb.removesuffix("i")}
        assert roots & dictionary, key
        assert verb not in places, key
        assert rules.words[key].suggestions == ("di" + verb,), key
    place_text = " ".join(f"Kami bertemu di {place}." for place in sorted(places))
    assert found(place_text, rules) == []


def test_the_lists_hold_at_least_300_standard_pairs_each_with_a_source(rules):
    pairs = [entry for entry in rules.words.values() if entry.kind == "baku"]
    assert len(pairs) >= 300
    for entry in rules.words.values():
        group = rules.groups[entry.group]
        assert group.source.strip(), entry.key
        assert entry.key not in {s.lower() for s in entry.suggestions}
    # No suggested standard form is itself listed as non-standard.
    standard = {s.lower() for e in pairs for s in e.suggestions}
    assert not standard & {e.key for e in pairs}


def test_the_browser_json_cannot_close_its_script_element(rules):
    text = rules_json(rules)
    assert "<" not in text and ">" not in text
    assert json.loads(text)["kata"]["resiko"][2] == ["risiko"]


VALID = {
    "diksi-baku.yml": """\
        - kelompok: Ejaan
          sumber: KBBI
          kata:
            praktek: praktik
        """,
    "diksi-serapan.yml": """\
        - kelompok: Asing
          sumber: KBBI
          kata:
            meeting: [rapat, pertemuan]
        """,
    "diksi-sensitif.yml": """\
        - kelompok: Stigma
          sumber: UU
          kata:
            kafir:
              catatan: Label yang memecah.
        """,
    "diksi-netralitas.yml": """\
        - kelompok: Calon
          sumber: SKB
          frasa:
            - nomor urut {angka}
        """,
    "diksi-kalimat.yml": """\
        - kelompok: Pleonasme
          sumber: KBBI
          pola:
            - pola: agar supaya
              saran: agar
        """,
}
LIST_FILES = (*FILES, kalimat.FILE)


def problems(tmp_path: Path, **overrides: str) -> list[str]:
    """Problems reported for the lists, with some files replaced (or removed with None)."""
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    for name in LIST_FILES:
        key = name.replace("-", "_").removesuffix(".yml")
        text = overrides.get(key, VALID[name])
        (folder / name).unlink(missing_ok=True)
        if text is not None:
            (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    try:
        load_rules(folder)
    except ContentError as error:
        return [str(problem) for problem in error.problems]
    return []


def test_valid_lists_load(tmp_path):
    assert problems(tmp_path) == []


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "diksi_baku",
            """\
            - kelompok: Ejaan
              sumber: KBBI
              kata:
                ijin: izin
                praktek: praktik
                ijin: izin
            """,
            "docs/data/diksi-baku.yml:6: 'ijin' sudah tercatat di docs/data/diksi-baku.yml:4",
        ),
        (
            "diksi_baku",
            """\
            - kelompok: Ejaan
              sumber: KBBI
              kata:
                praktek: praktik
                praktik: praktis
            """,
            "docs/data/diksi-baku.yml:4: 'praktik' ditulis sebagai bentuk baku untuk 'praktek', "
            "tetapi juga tercatat sebagai bentuk tidak baku di docs/data/diksi-baku.yml:5",
        ),
        (
            "diksi_serapan",
            """\
            - kelompok: Asing
              sumber: KBBI
              kata:
                workshop: praktek kerja
            """,
            "docs/data/diksi-serapan.yml:4: 'praktek' ditulis sebagai saran untuk 'workshop'",
        ),
        (
            "diksi_baku",
            """\
            - kelompok: Ejaan
              sumber: KBBI
              kata:
                praktek: praktik
                ijin:
            """,
            "docs/data/diksi-baku.yml:5: 'ijin' kosong",
        ),
        (
            "diksi_baku",
            """\
            - kelompok: Ejaan
              sumber: KBBI
              kata:
                "": praktik
            """,
            "docs/data/diksi-baku.yml:4: Kata kosong",
        ),
        (
            "diksi_baku",
            """\
            - kelompok: Ejaan
              kata:
                praktek: praktik
            """,
            "docs/data/diksi-baku.yml:1: Kolom `sumber` wajib diisi",
        ),
        (
            "diksi_baku",
            """\
            - kelompok: Ejaan
              sumber: KBBI
              imbuhan: kadang
              kata:
                praktek: praktik
            """,
            "docs/data/diksi-baku.yml:3: `imbuhan: kadang` tidak sah",
        ),
        (
            "diksi_baku",
            """\
            - kelompok: Ejaan
              sumber: KBBI
              kata:
                praktek:
                  baku: praktik
                  catatn: typo
            """,
            "docs/data/diksi-baku.yml:6: Kolom `catatn` tidak dikenal",
        ),
        (
            "diksi_baku",
            """\
            - kelompok: Ejaan
              sumber: KBBI
              kata:
                praktek: praktik
                  resiko: risiko
            """,
            "docs/data/diksi-baku.yml:5: Berkas ini bukan YAML yang sah",
        ),
        (
            "diksi_netralitas",
            """\
            - kelompok: Calon
              sumber: SKB
              frasa:
                - nomor urut {nomor}
            """,
            "docs/data/diksi-netralitas.yml:4: Frasa 'nomor urut {nomor}' tidak sah",
        ),
        ("diksi_sensitif", None, "docs/data/diksi-sensitif.yml:1: Berkas daftar kata ini tidak"),
    ],
    ids=[
        "duplicate",
        "standard-and-non-standard",
        "suggestion-is-non-standard",
        "empty-value",
        "empty-word",
        "no-source",
        "bad-affix-mode",
        "unknown-field",
        "yaml-syntax",
        "bad-phrase",
        "missing-file",
    ],
)
def test_list_problems_name_file_and_line(tmp_path, name, text, expected):
    reported = problems(tmp_path, **{name: text})
    assert any(problem.startswith(expected) for problem in reported), reported


def test_a_word_in_two_lists_is_reported(tmp_path):
    reported = problems(
        tmp_path,
        diksi_serapan="""\
        - kelompok: Asing
          sumber: KBBI
          kata:
            praktek: latihan
        """,
    )
    assert reported == [
        "docs/data/diksi-serapan.yml:4: 'praktek' sudah tercatat di docs/data/diksi-baku.yml:4. "
        "Hapus salah satunya."
    ]


# --- the portal's own Markdown ------------------------------------------------------------------


def lint(text: str, rules) -> list[tuple[int, str]]:
    return [
        (p.line, p.message.split("'")[1]) for p in lint_page(textwrap.dedent(text), "x.md", rules)
    ]


def test_each_non_standard_word_is_reported_with_its_line(rules):
    text = """\
        ---
        title: Contoh
        ---

        # Contoh

        Warga dihimbau antri.

        Simak [jadual](jadual.md) di ![resiko](resiko.svg "ijin") kantor.
        """
    assert lint(text, rules) == [(7, "dihimbau"), (7, "antri"), (9, "jadual"), (9, "resiko")]


def test_the_clean_page_shortcut_never_hides_a_non_standard_word(rules):
    # The build skips the token walk when this says a text is clean; it must never be wrong.
    texts = {case["nama"]: case["teks"] for case in CASES["kasus"]}
    with_findings = {
        name: text
        for name, text in texts.items()
        if any(f.kind == "baku" for f in word_findings(text, rules))
    }
    assert len(with_findings) >= 20  # the shared cases do exercise the shortcut
    hidden = [
        name for name, text in with_findings.items() if not may_have_nonstandard_words(text, rules)
    ]
    assert hidden == []


def test_the_clean_page_shortcut_lets_clean_text_through(rules):
    assert not may_have_nonstandard_words("Warga diimbau antre di loket layanan.", rules)
    assert not may_have_nonstandard_words("Lihat carousel dan video di akun kami.", rules)
    assert may_have_nonstandard_words("Warga dihimbau antre.", rules)


def test_deliberate_forms_code_and_links_are_skipped(rules):
    text = """\
        # Contoh

        Tulis ~~himbauan~~, bukan *imbauan* yang keliru. `ijin` dan <https://contoh.id/ijin>.
        Lihat https://contoh.id/resiko atau [situs](https://contoh.id/jadual "jaman").
        <span title="resiko">aman</span> <!-- praktek -->

        ```text
        resiko
        ```

        !!! note "Catatan"
            ~~~
            nomer
            ~~~

        <!-- diksi: abaikan -->
        === "Sebelum"

            Warga dihimbau antri.

        <!-- diksi: periksa -->
        Sesudah ini diperiksa lagi: sekedar.
        """
    assert lint(text, rules) == [(22, "sekedar")]


def test_front_matter_can_allow_words_for_one_page(rules):
    text = """\
        ---
        title: Contoh
        diksi_abaikan: [himbauan, Resiko]
        ---

        Himbauan, himbauan, resiko, dan ijin.
        """
    assert lint(text, rules) == [(6, "ijin")]


def test_quiz_options_feedback_and_settings_are_skipped_but_questions_are_checked(rules):
    text = """\
        /// kuis | pilih-satu
        id: diksi-himbauan
        tujuan: 1

        Manakah yang baku? Jangan tulis resiko.

        - [ ] Himbauan kepada warga.
            "Himbauan" tidak baku; begitu pula ijin.
        - [x] Imbauan kepada warga.

        Pembahasan: bentuk jadual juga keliru.
        ///
        """
    assert lint(text, rules) == [(5, "resiko"), (11, "jadual")]


def test_an_unclosed_region_and_a_bad_allow_list_are_reported(rules):
    text = """\
        ---
        diksi_abaikan: himbauan
        ---

        Baik.

        <!-- diksi: abaikan -->
        resiko
        """
    assert [p.line for p in lint_page(textwrap.dedent(text), "x.md", rules)] == [7]
    bad = "---\ndiksi_abaikan: {himbauan: 1}\n---\n\nijin\n"
    messages = [str(p) for p in lint_page(bad, "x.md", rules)]
    assert messages[0].startswith("x.md:2: `diksi_abaikan` harus berupa daftar kata")
    assert messages[1].startswith("x.md:5: Kata tidak baku 'ijin'")


def test_the_portal_passes_its_own_check(rules):
    problems = []
    for path in sorted((ROOT / "docs").rglob("*.md")):
        src = path.relative_to(ROOT / "docs").as_posix()
        problems += lint_page(path.read_text(encoding="utf-8"), src, rules)
    assert [str(p) for p in problems] == []


# --- in a real (tiny) build -------------------------------------------------------------------

HOOKS = f"""
hooks:
  - {ROOT}/hooks/modules.py
  - {ROOT}/hooks/quiz.py
  - {ROOT}/hooks/diksi.py
markdown_extensions:
  - attr_list
  - pymdownx.superfences
  - pymdownx.tilde
"""


def data_pages(**overrides: str) -> dict[str, str]:
    pages = {f"data/{name}": (DATA / name).read_text(encoding="utf-8") for name in LIST_FILES}
    pages.update({f"data/{name}": text for name, text in overrides.items()})
    return pages


def test_strict_build_fails_on_a_non_standard_word_naming_file_and_line(tmp_path):
    pages = {"index.md": "# Beranda\n\nWarga ~~dihimbau~~ tertib.\n\nJangan merubah data.\n"}
    result, _ = make_site(tmp_path, {**pages, **data_pages()}, HOOKS)
    assert result.returncode != 0
    assert "index.md:5: Kata tidak baku 'merubah'; bentuk baku: 'mengubah'" in result.stderr
    assert "dihimbau" not in result.stderr

    pages["index.md"] = "# Beranda\n\nWarga ~~dihimbau~~ tertib.\n\nJangan mengubah data.\n"
    result, site = make_site(tmp_path, {**pages, **data_pages()}, HOOKS)
    assert result.returncode == 0, result.stderr
    assert "<del>dihimbau</del>" in (site / "index.html").read_text(encoding="utf-8")


def test_a_broken_word_list_fails_the_build_naming_file_and_line(tmp_path):
    broken = "- kelompok: Ejaan\n  sumber: KBBI\n  kata:\n    ijin: izin\n    ijin: izin\n"
    pages = {"index.md": "# Beranda\n", **data_pages(**{"diksi-baku.yml": broken})}
    result, _ = make_site(tmp_path, pages, HOOKS)
    assert result.returncode != 0
    assert "docs/data/diksi-baku.yml:5: 'ijin' sudah tercatat di docs/data/diksi-baku.yml:4" in (
        result.stderr
    )


# --- sentence rules (hooks/akademi/kalimat.py, diksi-kalimat.js) --------------------------------


def test_each_sentence_rule_has_ten_faulty_and_ten_correct_shared_cases():
    for rule in kalimat.KINDS:
        cases = [case for case in CASES["kasus"] if case.get("aturan") == rule]
        faulty = [case for case in cases if any(f[0] == rule for f in case["temuan"])]
        correct = [case for case in cases if not case["temuan"]]
        assert len(faulty) >= 10, rule
        assert len(correct) >= 10, rule
        # Every faulty case offers a fix the user can apply.
        assert all(f[2] is not None for case in faulty for f in case["temuan"]), rule


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            """\
            - kelompok: Pleonasme
              sumber: KBBI
              pola:
                - pola: agar supaya
                  saran: agar
                - pola: agar  supaya
                  saran: agar
            """,
            "docs/data/diksi-kalimat.yml:6: Pola 'agar supaya' sudah tercatat di "
            "docs/data/diksi-kalimat.yml:4",
        ),
        (
            """\
            - kelompok: Pleonasme
              sumber: KBBI
              pola:
                - pola: agar supaya
                  saaran: agar
            """,
            "docs/data/diksi-kalimat.yml:5: Kolom `saaran` tidak dikenal",
        ),
        (
            """\
            - kelompok: Pleonasme
              sumber: KBBI
              pola:
                - pola: sangat {kata} sekali
                  saran: sangat {ulang}
            """,
            "docs/data/diksi-kalimat.yml:4: Saran memakai {ulang}, tetapi polanya tidak.",
        ),
        (
            """\
            - kelompok: Pleonasme
              sumber: KBBI
              pola:
                - pola: "... dan lain-lain"
                  saran: ""
            """,
            "docs/data/diksi-kalimat.yml:4: Pola '... dan lain-lain': Pola harus diawali kata",
        ),
        (
            """\
            - kelompok: Pleonasme
              sumber: KBBI
              pola:
                - pola: seperti ... [dll
                  saran: ""
            """,
            "docs/data/diksi-kalimat.yml:4: Pola 'seperti ... [dll': Tanda `[ ]` harus berpasangan",
        ),
        (
            """\
            - kelompok: Pleonasme
              pola:
                - pola: agar supaya
                  saran: agar
            """,
            "docs/data/diksi-kalimat.yml:1: Kolom `sumber` wajib diisi",
        ),
        (None, "docs/data/diksi-kalimat.yml:1: Berkas ini tidak ditemukan."),
    ],
    ids=["duplicate", "unknown-field", "unknown-slot", "gap", "bracket", "no-source", "missing"],
)
def test_pleonasm_list_problems_name_file_and_line(tmp_path, text, expected):
    reported = problems(tmp_path, diksi_kalimat=text)
    assert any(problem.startswith(expected) for problem in reported), reported


def test_a_pleonasm_added_to_the_list_is_found_and_fixed(tmp_path):
    extra = """\
        - kelompok: Pleonasme
          sumber: KBBI
          pola:
            - pola: naik ke atas
              saran: naik
    """
    assert problems(tmp_path, diksi_kalimat=extra) == []
    rules = load_rules(tmp_path / "data")
    text = "Warga naik ke atas tanggul."
    assert found(text, rules) == [["pleonasme", "naik ke atas", "naik"]]
    assert apply_fixes(text, check_text(text, rules)) == "Warga naik tanggul."


def test_each_sentence_rule_is_reported_with_its_line_and_opt_outs_hold(rules):
    text = """\
        ---
        title: Contoh
        diksi_abaikan: [daripada]
        ---

        Jalan ditutup, karena ada perbaikan.

        Posko dibuka di balai desa, di mana warga bisa mengungsi.

        Acara ini sangat penting sekali. Layanan lebih cepat dari sebelumnya.

        Tulis ~~sangat penting sekali~~ dan `para warga-warga` sebagai contoh keliru.

        <!-- diksi: abaikan -->
        Jalan ditutup, agar aman.
        <!-- diksi: periksa -->

        /// kuis | pilih-satu
        id: contoh-koma
        tujuan: 1

        Manakah yang tepat?

        - [ ] Jalan ditutup, karena ada perbaikan.
        - [x] Jalan ditutup karena ada perbaikan.
        ///
        """
    reported = [(p.line, p.message) for p in lint_page(textwrap.dedent(text), "x.md", rules)]
    assert [(line, message.split(";")[0]) for line, message in reported] == [
        (6, "Koma sebelum anak kalimat ', karena'"),
        (8, "Di mana/yang mana sebagai penghubung 'di mana'"),
        (10, "Pleonasme 'sangat penting sekali'"),
    ]
    assert "saran: 'karena'" in reported[0][1] and "Dasar: EYD Edisi V" in reported[0][1]
    assert "Dasar: KBBI VI Daring" in reported[2][1]
    assert "<!-- diksi: abaikan -->" in reported[0][1]


def test_strict_build_fails_on_each_sentence_rule_naming_file_and_line(tmp_path):
    page = (
        "# Beranda\n\n"
        "Jalan ditutup, karena ada perbaikan.\n\n"
        "Layanan kini lebih cepat dari sebelumnya.\n\n"
        "Kami mengunjungi posko, di mana warga mendapat makanan.\n\n"
        "Acara ini sangat penting sekali bagi warga.\n"
    )
    result, _ = make_site(tmp_path, {"index.md": page, **data_pages()}, HOOKS)
    assert result.returncode != 0
    for line, start in (
        (3, "Koma sebelum anak kalimat ', karena'; saran: 'karena'"),
        (5, "Perbandingan tanpa daripada 'dari'; saran: 'daripada'"),
        (7, "Di mana/yang mana sebagai penghubung 'di mana'; saran: 'tempat'"),
        (9, "Pleonasme 'sangat penting sekali'; saran: 'sangat penting'"),
    ):
        assert f"index.md:{line}: {start}" in result.stderr, result.stderr

    fixed = apply_fixes(page, check_text(page, load_rules(DATA)))
    result, _ = make_site(tmp_path, {"index.md": fixed, **data_pages()}, HOOKS)
    assert result.returncode == 0, result.stderr
