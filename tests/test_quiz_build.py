"""Quizzes in a real MkDocs build: errors with file and line, and generated files."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as etree

from akademi.quiz_checks import pass_mark
from helpers import GOOD

QUESTION = """
/// kuis | benar-salah
id: {qid}
tujuan: {objective}

Pernyataan {qid}.

- [{benar}] Benar
- [{salah}] Salah

Pembahasan dengan [tautan](index.md).
///
"""


def quiz_page(*questions: tuple[str, int]) -> str:
    """True/false questions keyed Benar, Salah, Benar, ... (the quiz lint wants both keys)."""
    body = "".join(
        QUESTION.format(qid=q, objective=o, benar=" x"[n % 2 == 0], salah=" x"[n % 2])
        for n, (q, o) in enumerate(questions)
    )
    return "---\ntitle: Kuis\ndescription: Kuis.\n---\n\n# Kuis\n" + body


def pages(**extra: str) -> dict[str, str]:
    return {
        "index.md": "# Beranda\n",
        "modul/narasi/index.md": GOOD.replace("prasyarat: [perencanaan-konten]", "prasyarat: []"),
        **extra,
    }


def test_broken_quiz_fails_build_with_source_line(tiny_site):
    broken = quiz_page(("n-1", 1), ("n-2", 2), ("n-3", 3)).replace("- [x] Benar", "- [ ] Benar", 1)
    result, _ = tiny_site(pages(**{"modul/narasi/kuis.md": broken}))
    assert result.returncode != 0
    line = broken.split("\n").index("/// kuis | benar-salah") + 1
    assert f"modul/narasi/kuis.md:{line}: Soal benar-salah harus" in result.stderr


def test_duplicate_ids_across_pages_fail_naming_both(tiny_site):
    result, _ = tiny_site(
        pages(
            **{
                "modul/narasi/kuis.md": quiz_page(("n-1", 1), ("n-2", 2), ("n-3", 3)),
                "latihan.md": quiz_page(("n-2", 1)),
            }
        )
    )
    assert result.returncode != 0
    assert (
        "modul/narasi/kuis.md:20: Pengenal soal 'n-2' sudah dipakai di latihan.md:8."
        in result.stderr
    )


def test_module_questions_must_map_to_existing_objectives(tiny_site):
    result, _ = tiny_site(
        pages(
            **{
                "modul/narasi/kuis.md": quiz_page(("n-1", 1), ("n-2", 7)),
            }
        )
    )
    assert result.returncode != 0
    assert "`tujuan: 7` tidak ada; modul ini memiliki 3 tujuan belajar" in result.stderr
    assert "modul/narasi/index.md:8: Tujuan belajar nomor 2, 3 belum diuji" in result.stderr


def test_a_pass_mark_out_of_range_is_reported_at_its_own_line():
    source = "---\ntitle: Kuis\ndescription: Kuis.\nkuis_lulus: 120\n---\n\n# Kuis\n"
    problem = pass_mark({"kuis_lulus": 120}, "modul/narasi/kuis.md", source)
    assert str(problem).startswith("modul/narasi/kuis.md:4: `kuis_lulus: 120` tidak sah.")
    assert pass_mark({}, "modul/narasi/kuis.md", source) == 70


def test_build_generates_bank_answer_key_and_moodle_xml(tiny_site):
    result, site = tiny_site(
        pages(
            **{
                "modul/narasi/kuis.md": quiz_page(("n-1", 1), ("n-2", 2), ("n-3", 3)),
            }
        )
    )
    assert result.returncode == 0, result.stderr
    bank = json.loads((site / "quiz-bank.json").read_text(encoding="utf-8"))
    assert [q["id"] for q in bank["soal"]] == ["n-1", "n-2", "n-3"]
    key = (site / "pelatih/kunci-jawaban/narasi/index.html").read_text(encoding="utf-8")
    assert "Pernyataan n-2." in key and 'href="../../../modul/narasi/"' in key
    moodle = etree.parse(site / "pelatih/moodle/narasi.xml").getroot()
    assert [q.get("type") for q in moodle.findall("question")][1:] == ["truefalse"] * 3
    page = (site / "modul/narasi/kuis/index.html").read_text(encoding="utf-8")
    assert 'data-kuis-lulus="70"' in page and "Soal 3 dari 3" in page


def test_quiz_pages_keep_their_forms_while_search_skips_them(tiny_site):
    result, site = tiny_site(
        pages(**{"modul/narasi/kuis.md": quiz_page(("n-1", 1), ("n-2", 2), ("n-3", 3))})
    )
    assert result.returncode == 0, result.stderr
    page = (site / "modul/narasi/kuis/index.html").read_text(encoding="utf-8")
    assert page.count('<form class="kuis"') == 3 and "akademi-kuis-" not in page
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    quiz_docs = [doc for doc in index["docs"] if doc["location"].startswith("modul/narasi/kuis/")]
    assert quiz_docs, "the quiz page itself is still searchable by its title"
    assert not any("Pernyataan n-" in doc["text"] for doc in quiz_docs)


def test_wrapped_right_options_of_the_pre_post_test_are_whole_on_the_page(built_site):
    html = (built_site / "pelatih" / "pra-pasca-tes" / "index.html").read_text(encoding="utf-8")
    labels = {
        qid: " ".join(text.split())
        for qid, text in re.findall(r'<label for="(prapasca-[a-z0-9-]+)">(.*?)</label>', html, re.S)
    }
    # Each of these right options continues on a line indented two spaces in the source.
    assert labels["prapasca-h1-rencana-2"].endswith(
        "lalu mengisi kalender dengan jadwal dan formatnya."
    )
    assert labels["prapasca-h1-ai-2"].endswith("nama, dan kutipan dengan siaran pers aslinya.")
    assert labels["prapasca-h1-netralitas-3"].endswith(
        "lalu melapor kepada atasan sesuai prosedur."
    )
    assert labels["prapasca-h1-hoaks-2"].endswith("lalu menyiapkan klarifikasi berisi fakta.")
