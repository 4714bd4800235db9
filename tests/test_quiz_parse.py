"""Quiz blocks: Markdown text in, questions or located errors out."""

from __future__ import annotations

import textwrap

import pytest

from akademi.problems import ContentError
from akademi.quiz import normalize_answer, parse_page


def parse(text: str, offset: int = 0):
    return parse_page(textwrap.dedent(text).lstrip("\n"), "modul/uji/kuis.md", offset)


def problems(text: str, offset: int = 0) -> list[tuple[int, str]]:
    with pytest.raises(ContentError) as caught:
        parse(text, offset)
    assert all(problem.path == "modul/uji/kuis.md" for problem in caught.value.problems)
    return [(problem.line, problem.message) for problem in caught.value.problems]


def test_single_choice_with_feedback_settings_and_explanation():
    (question,) = parse("""
        Teks pembuka.

        /// kuis | pilih-satu
        id: uji-waktu
        tujuan: 1, 3
        acak: tidak

        Manakah penulisan waktu yang **baku**?

        > kutipan

        - [ ] Jam 8 pagi
            "Jam" menunjukkan durasi.
        - [x] Pukul 08.00 WIB
            Tepat.

        Pembahasan dengan [tautan](../narasi/index.md).
        ///
    """)
    assert question.qid == "uji-waktu"
    assert question.kind == "pilih-satu"
    assert question.objectives == (1, 3)
    assert question.shuffle is False
    assert question.line == 3
    assert question.text == "Manakah penulisan waktu yang **baku**?\n\n> kutipan"
    assert [(o.text, o.correct, o.feedback, o.line) for o in question.options] == [
        ("Jam 8 pagi", False, '"Jam" menunjukkan durasi.', 12),
        ("Pukul 08.00 WIB", True, "Tepat.", 14),
    ]
    assert question.explanation == "Pembahasan dengan [tautan](../narasi/index.md)."


def test_every_kind_parses():
    questions = parse("""
        /// kuis | pilih-banyak
        Pilih yang wajib.
        - [x] Tanggal
        - [x] Tempat
        - [ ] Nama panitia
        ///

        /// kuis | benar-salah
        Jangkauan menghitung akun unik.
        - [x] Benar
        - [ ] Salah
        ///

        /// kuis | isian
        Bentuk baku "ijin"?
        - [x] izin
        - [x] kata izin
        ///

        /// kuis | urutan
        Urutkan.
        1. Riset
        2. Draf
        3. Unggah
        ///
    """)
    assert [q.kind for q in questions] == ["pilih-banyak", "benar-salah", "isian", "urutan"]
    assert [o.text for o in questions[0].correct_options] == ["Tanggal", "Tempat"]
    assert [o.text for o in questions[3].options] == ["Riset", "Draf", "Unggah"]
    assert all(option.correct for option in questions[3].options)


def test_line_numbers_count_the_stripped_front_matter():
    lines = problems(
        """
        /// kuis | pilih-satu
        Soal?
        - [ ] a
        - [ ] b
        ///
    """,
        offset=6,
    )
    assert lines == [
        (
            7,
            "Belum ada jawaban benar. Tandai jawaban yang benar dengan `[x]`, "
            "misalnya `- [x] teks`.",
        )
    ]


def test_derived_id_is_stable_and_ignores_whitespace():
    block = "/// kuis | benar-salah\n{}\n- [x] Benar\n- [ ] Salah\n///\n"
    first = parse(block.format("Jangkauan  menghitung akun unik."))[0]
    second = parse(block.format("Jangkauan menghitung\nakun unik."))[0]
    assert first.qid == second.qid
    assert first.qid.startswith("modul-uji-kuis-")


def test_fenced_examples_are_not_quizzes():
    assert (
        parse("""
        ```markdown
        /// kuis | tidak-ada
        ///
        ```
    """)
        == []
    )


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("/// kuis | pilih-satu\nSoal?\n- [ ] a\n- [ ] b\n///", 1, "Belum ada jawaban benar"),
        (
            "/// kuis | pilih-satu\nSoal?\n- [x] a\n- [x] b\n///",
            1,
            "memiliki 2 jawaban benar (baris 3, 4)",
        ),
        (
            "/// kuis | benar-salah\nSoal?\n- [x] Benar\n- [x] Salah\n///",
            1,
            "tepat dua pilihan, `Benar` dan `Salah`, dan tepat satu",
        ),
        ("/// kuis | benar-salah\nSoal?\n- [x] Ya\n- [ ] Tidak\n///", 1, "`Benar` dan `Salah`"),
        (
            "/// kuis | pilih-banyak\nSoal?\n- [x] Sama\n- [ ] sama.\n///",
            4,
            "Pilihan 'sama.' sama dengan pilihan di baris 3",
        ),
        ("/// kuis | pilih-satu\n\n- [x] a\n- [ ] b\n///", 1, "Teks soal kosong"),
        ("/// kuis | pilih-satu\nSoal?\n- [x]\n- [ ] b\n///", 3, "Pilihan jawaban kosong"),
        ("/// kuis | isian\nSoal?\n///", 1, "belum punya jawaban yang diterima"),
        ("/// kuis | isian\nSoal?\n- [x] a\n- [ ] b\n///", 4, "hanya memuat jawaban yang diterima"),
        ("/// kuis | urutan\nSoal?\n1. satu\n2. dua\n///", 1, "minimal tiga langkah"),
        ("/// kuis | esai\nSoal?\n///", 1, "Jenis soal 'esai' tidak dikenal"),
        ("/// kuis\nSoal?\n///", 1, "Jenis soal belum ditulis"),
        (
            "/// kuis | pilih-satu\nwarna: merah\nSoal?\n- [x] a\n- [ ] b\n///",
            2,
            "Pengaturan 'warna' tidak dikenal",
        ),
        (
            "/// kuis | pilih-satu\nid: Soal_1\nSoal?\n- [x] a\n- [ ] b\n///",
            2,
            "Pengenal 'Soal_1' tidak sah",
        ),
        (
            "/// kuis | pilih-satu\ntujuan: dua\nSoal?\n- [x] a\n- [ ] b\n///",
            2,
            "`tujuan: dua` tidak sah",
        ),
        (
            "/// kuis | pilih-satu\nacak: mungkin\nSoal?\n- [x] a\n- [ ] b\n///",
            2,
            "`acak: mungkin` tidak sah",
        ),
        ("/// kuis | pilih-satu\nSoal?\n- [x] a\n- [ ] b\n", 1, "belum ditutup"),
        (
            "/// kuis | pilih-satu\nSoal?\n- [x] a\n\nTeks.\n\n- [ ] b\n///",
            7,
            "terpisah dari pilihan lain",
        ),
        ("/// kuis | pilih-satu\nSoal?\n- [x] a\n///", 1, "minimal dua pilihan"),
    ],
)
def test_bad_quiz_names_line_and_fix(text, line, fragment):
    found = problems(text)
    assert any(number == line and fragment in message for number, message in found), found


def test_duplicate_ids_on_a_page_name_both_places():
    found = problems("""
        /// kuis | benar-salah
        id: sama
        Satu.
        - [x] Benar
        - [ ] Salah
        ///
        /// kuis | benar-salah
        id: sama
        Dua.
        - [x] Benar
        - [ ] Salah
        ///
    """)
    assert found == [
        (
            7,
            "Pengenal soal 'sama' sudah dipakai di modul/uji/kuis.md:1. Setiap "
            "soal memerlukan `id:` yang berbeda.",
        )
    ]


def test_all_problems_on_a_page_are_reported_together():
    found = problems("""
        /// kuis | pilih-satu
        Soal?
        - [ ] a
        - [ ] b
        ///
        /// kuis | urutan
        Soal?
        1. satu
        ///
        /// kuis | pilih-satu
        Tidak ditutup
    """)
    assert [line for line, _ in found] == [1, 6, 10]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("  Izin. ", "izin"), ("IMBAUAN!!", "imbauan"), ("wali   kota", "wali kota"), ("a?!", "a")],
)
def test_short_answers_ignore_case_spaces_and_trailing_punctuation(typed, expected):
    assert normalize_answer(typed) == expected


def test_an_option_wrapped_onto_a_less_indented_line_keeps_its_whole_text():
    (question,) = parse("""
        /// kuis | pilih-satu
        Langkah pertama?

        - [x] menentukan pilar konten, lalu mengisi kalender konten dengan
          jadwal, format, dan penanggung jawab.
            Tepat: rencana dahulu.
        - [ ] mengunggah topik yang sedang ramai
            Belum terencana.

        Pembahasan.
        ///
    """)
    assert [(o.text, o.correct, o.feedback, o.line) for o in question.options] == [
        (
            "menentukan pilar konten, lalu mengisi kalender konten dengan "
            "jadwal, format, dan penanggung jawab.",
            True,
            "Tepat: rencana dahulu.",
            4,
        ),
        ("mengunggah topik yang sedang ramai", False, "Belum terencana.", 7),
    ]
    assert question.explanation == "Pembahasan."


def test_a_numbered_step_wraps_onto_a_three_space_line():
    (question,) = parse("""
        /// kuis | urutan
        Urutkan.
        1. susun rencana bulanan
           bersama pimpinan
        2. unggah
        3. balas komentar
        ///
    """)
    assert [option.text for option in question.options] == [
        "susun rencana bulanan bersama pimpinan",
        "unggah",
        "balas komentar",
    ]


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        # After feedback, a two-space line is neither the option's text nor its feedback.
        (
            "/// kuis | pilih-satu\nSoal?\n- [x] a\n    umpan balik\n  lanjutan?\n- [ ] b\n///",
            5,
            "menjorok 2 spasi, tetapi tidak tepat di bawah teks pilihan",
        ),
        # Separated from its option by a blank line.
        (
            "/// kuis | pilih-satu\nSoal?\n- [x] a\n\n  lanjutan?\n- [ ] b\n///",
            5,
            "menjorok 2 spasi",
        ),
        # Text glued to the last option without a blank line.
        (
            "/// kuis | pilih-satu\nSoal?\n- [x] a\n- [ ] b\nPembahasan.\n///",
            5,
            "menempel pada pilihan di atasnya",
        ),
    ],
)
def test_ambiguous_lines_under_options_name_their_line(text, line, fragment):
    found = problems(text)
    assert any(number == line and fragment in message for number, message in found), found
