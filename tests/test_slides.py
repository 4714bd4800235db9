"""Trainer kit, pure parts: notes, slide splitting, URL moving, banks, vendoring, packing."""

from __future__ import annotations

import zipfile

import pytest

from akademi.html import relocate_html, relocate_url, top_level_blocks
from akademi.offline import pack
from akademi.problems import ContentError
from akademi.slides import (
    SlideSize,
    deck_figures,
    figure_alt,
    lift_notes,
    objective_groups,
    objectives_words,
    page_slides,
    parse_deck,
    parse_notes,
    quiz_words,
    validate_deck,
)
from akademi.vendor import IFRAME_WORKER, offline_polyfills
from conftest import ROOT, make_site

NOTE_PAGE = """# Judul

## Bagian satu

Teks.

!!! pelatih "Pertanyaan diskusi"
    Tanyakan sesuatu.

```markdown
!!! pelatih
    bukan catatan: ini contoh kode
```

## Bagian dua

!!! pelatih
    Catatan tanpa judul.
"""


def test_notes_are_found_with_title_section_and_line():
    notes, problems = parse_notes(NOTE_PAGE, "modul/x/index.md", line_offset=5)
    assert problems == []
    assert [(n.title, n.section, n.line) for n in notes] == [
        ("Pertanyaan diskusi", "Bagian satu", 12),
        ("Catatan pelatih", "Bagian dua", 22),
    ]
    assert notes[0].body == "Tanyakan sesuatu."


@pytest.mark.parametrize(
    "text, message",
    [
        ("- butir\n\n    !!! pelatih\n        isi\n", "di awal baris"),
        ('??? pelatih "Lipat"\n    isi\n', "bukan `???`"),
        ("!!! pelatih\n\nTeks biasa.\n", "kosong"),
    ],
)
def test_misplaced_or_empty_notes_are_problems_with_a_line(text, message):
    _, problems = parse_notes(text, "modul/x/a.md")
    assert problems and message in problems[0].message
    assert problems[0].path == "modul/x/a.md" and problems[0].line >= 1


HTML = (
    '<h1 id="judul">Judul</h1>\n<p>Pengantar.</p>\n'
    '<h2 id="satu">Satu<a class="headerlink" href="#satu">¶</a></h2>\n'
    '<p>Lihat <img alt="Diagram" src="../gambar.svg" /></p>\n'
    '<div class="admonition pelatih">\n<p class="admonition-title">Catatan pelatih</p>\n'
    "<p>Rahasia pelatih.</p>\n</div>\n"
    '<h2 id="dua">Dua</h2>\n<p>' + "Kalimat panjang sekali. " * 60 + "</p>\n<!-- salindia -->\n"
    "<p>Setelah jeda.</p>\n"
    '<form class="kuis" data-kuis-id="a"><p>Soal A</p></form>\n'
    '<form class="kuis" data-kuis-id="b"><p>Soal B</p></form>\n<p>Penutup.</p>\n'
)


def test_lifting_notes_removes_only_the_note():
    page = lift_notes(HTML)
    assert "Rahasia pelatih" not in page and "admonition pelatih" not in page
    assert page.replace("\n", "") == HTML.replace("\n", "").replace(
        '<div class="admonition pelatih"><p class="admonition-title">Catatan pelatih</p>'
        "<p>Rahasia pelatih.</p></div>",
        "",
    )


def test_sections_become_slides_with_notes_quizzes_breaks_and_moved_urls():
    slides = page_slides(HTML, "Judul", "", "modul/x/halaman/", "pelatih/salindia/x/")
    titles = [(s.title, s.kind) for s in slides]
    assert titles[0] == ("Judul", "bagian")
    assert titles[1] == ("Satu", "isi")
    assert "../../../modul/x/gambar.svg" in slides[1].body and "headerlink" not in slides[1].body
    assert slides[1].notes == ["<p>Rahasia pelatih.</p>"]
    kinds = [s.kind for s in slides[2:]]
    assert kinds == ["isi", "isi", "kuis", "kuis", "isi"]
    assert "Setelah jeda" in slides[3].body and slides[3].continued
    assert "Soal A" in slides[4].body and "Soal B" in slides[5].body
    assert all("Rahasia" not in s.body for s in slides)


def test_long_lists_are_split_and_keep_their_numbering():
    items = "".join(
        f"<li>{'Butir yang cukup panjang untuk salindia. ' * 4}</li>" for _ in range(12)
    )
    slides = page_slides(f'<h2 id="a">A</h2>\n<ol>{items}</ol>\n', "T", "", "a/", "b/")
    lists = [s.body for s in slides if "<ol" in s.body]
    assert len(lists) > 1 and 'start="' in lists[1]


@pytest.mark.parametrize(
    "url, source, target, expected",
    [
        ("../a.svg", "modul/x/p/", "pelatih/salindia/x/", "../../../modul/x/a.svg"),
        ("p/", "modul/x/", "pelatih/salindia/x/", "../../../modul/x/p/"),
        ("#bagian", "modul/x/p/", "pelatih/cetak/", "../../modul/x/p/#bagian"),
        ("a.svg", "modul/x/index.html", "pelatih/salindia/x.html", "../../modul/x/a.svg"),
        ("https://kbbi.kemdikbud.go.id", "a/", "b/", "https://kbbi.kemdikbud.go.id"),
    ],
)
def test_relative_urls_move_between_pages(url, source, target, expected):
    assert relocate_url(url, source, target) == expected


def test_prefixed_ids_keep_labels_and_fragments_together():
    html = '<h2 id="q">Q</h2><a href="#q">x</a><label for="t1">L</label><input id="t1">'
    moved = relocate_html(html, "a/", "b/", id_prefix="p--")
    assert 'id="p--q"' in moved and 'href="#p--q"' in moved
    assert 'for="p--t1"' in moved and 'id="p--t1"' in moved


def test_top_level_blocks_keep_exact_source():
    html = "<p>a<br>b</p>\n<!-- salindia -->\n<div><div>x</div></div>"
    blocks = top_level_blocks(html)
    assert [b.tag for b in blocks] == ["p", "!--", "div"]
    assert "".join(b.html for b in blocks) == html.replace("\n", "")


def test_top_level_blocks_read_attributes_raw_text_and_stray_text_like_a_parser():
    html = (
        '<div class="a b" data-x="1 &gt; 0" hidden><svg><path d="M0"/></svg></div>'
        "<script>if (a < b && c > d) { x = '</div>'; }</script>"
        "<hr/>teks lepas<!-- catatan --><p title='<p>'>x</p>"
    )
    blocks = top_level_blocks(html)
    assert [b.tag for b in blocks] == ["div", "script", "hr", "#text", "!--", "p"]
    assert blocks[0].classes == ("a", "b")
    assert blocks[0].attrs == (("class", "a b"), ("data-x", "1 > 0"), ("hidden", None))
    assert blocks[1].html.endswith("</script>") and "'</div>'" in blocks[1].html
    assert blocks[3].html == "teks lepas"
    assert blocks[4].attr("komentar") == "catatan"
    assert blocks[5].attr("title") == "<p>" and blocks[5].html.endswith(">x</p>")


def test_long_tables_are_split_with_their_header_repeated():
    rows = "".join(f"<tr><td>Pekan {n}</td><td>{'Isi kalender. ' * 6}</td></tr>" for n in range(20))
    head = "<thead><tr><th>Pekan</th></tr></thead>"
    html = f'<h2 id="a">A</h2>\n<table>\n{head}\n<tbody>{rows}</tbody>\n</table>\n'
    slides = page_slides(html, "T", "", "a/", "b/")
    tables = [s for s in slides if "<table" in s.body]
    assert len(tables) > 1 and all(s.body.count("<th>Pekan</th>") == 1 for s in tables)
    assert sum(s.body.count("<tr>") - 1 for s in tables) == 20
    assert tables[1].continued


def test_offline_build_uses_the_local_iframe_worker_shim():
    assert offline_polyfills(["https://unpkg.com/iframe-worker/shim", "x.js"]) == [
        "x.js",
        IFRAME_WORKER,
    ]


def test_offline_zip_is_repeatable_and_complete(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "index.html").write_text("<html></html>")
    (site / "a" / "b.js").write_text("var x;")
    first = pack(site, tmp_path / "1.zip", "akademi-medsos-pemda")
    second = pack(site, tmp_path / "2.zip", "akademi-medsos-pemda")
    assert (tmp_path / "1.zip").read_bytes() == (tmp_path / "2.zip").read_bytes()
    assert first[1:] == (2, 19)
    with zipfile.ZipFile(tmp_path / "1.zip") as bundle:
        assert bundle.namelist() == [
            "akademi-medsos-pemda/a/b.js",
            "akademi-medsos-pemda/index.html",
        ]
    assert second[0] == first[0]


def test_tabs_are_laid_out_one_after_the_other_also_inside_a_box():
    tabs = (
        '<div class="tabbed-set" data-tabs="1:2"><input checked id="t1" name="t" type="radio" />'
        '<input id="t2" name="t" type="radio" /><div class="tabbed-labels">'
        '<label for="t1">Sebelum</label><label for="t2">Sesudah</label></div>\n'
        '<div class="tabbed-content">\n<div class="tabbed-block">\n<p>Versi lama.</p>\n</div>\n'
        '<div class="tabbed-block">\n<p>Versi baru.</p>\n</div>\n</div>\n</div>'
    )
    title = '<p class="admonition-title">Nada</p>'
    boxed = f'<div class="admonition example">\n{title}\n{tabs}\n</div>'
    for html in (tabs, boxed):
        slides = page_slides(f'<h2 id="a">A</h2>\n{html}\n', "T", "", "a/", "b/")
        (body,) = [slide.body for slide in slides if slide.blocks]
        assert "tabbed" not in body and "<input" not in body
        order = ["Sebelum", "Versi lama.", "Sesudah", "Versi baru."]
        assert [body.index(text) for text in order] == sorted(body.index(text) for text in order)


def test_a_tab_label_moves_along_with_its_panel():
    long_text = "<p>" + "Kalimat pengantar yang panjang untuk salindia. " * 14 + "</p>\n"
    tabs = (
        '<div class="tabbed-set"><input checked id="t1" name="t" type="radio" />'
        '<input id="t2" name="t" type="radio" /><div class="tabbed-labels">'
        '<label for="t1">Sebelum</label><label for="t2">Sesudah</label></div>\n'
        '<div class="tabbed-content">\n<div class="tabbed-block">\n'
        f'{long_text}</div>\n<div class="tabbed-block">\n{long_text}</div>\n</div>\n</div>'
    )
    slides = page_slides(f'<h2 id="a">A</h2>\n{long_text}{tabs}\n', "T", "", "a/", "b/")
    slides = [slide for slide in slides if slide.blocks]
    assert len(slides) > 1 and sum(slide.body.count("salindia__tab") for slide in slides) == 2
    for slide in slides:
        assert not slide.blocks[-1].startswith('<p class="salindia__tab">')


# --- curated decks (salindia: in the module's front matter) and their budget ------------------

DECK_PAGE = """---
title: Modul Uji
description: Modul <uji> untuk salindia & kuis.
nomor: 1
durasi: 60
tingkat: Dasar
prasyarat: []
tujuan: [Menyusun salindia uji., Menyusun kuis uji., Menilai anggaran salindia.]
salindia:
{entries}
---

# Modul Uji

Teks modul.

![Diagram uji](diagram.svg)
"""
SHORT = "  - judul: Poin {n}\n    poin:\n      - Satu poin pendek.\n"


def deck_page(entries: str) -> str:
    return DECK_PAGE.format(entries=entries.rstrip("\n"))


def test_curated_entries_are_read_with_their_lines():
    text = deck_page(
        "  - judul: Pesan kunci\n    poin:\n      - Satu kalimat.\n      - Warga dulu.\n"
        "    catatan: Tanyakan contohnya.\n"
        "  - kuis: uji-satu\n"
        "  - judul: Dua versi\n    sebelum: Lama.\n    sesudah: Baru.\n"
        "  - judul: Gambar\n    gambar: diagram.svg\n"
    )
    entries, key_line = parse_deck(text, "modul/uji/index.md")
    assert key_line == 9
    assert [(e.line, e.title or e.quiz) for e in entries] == [
        (10, "Pesan kunci"),
        (15, "uji-satu"),
        (16, "Dua versi"),
        (19, "Gambar"),
    ]
    assert entries[0].points == ("Satu kalimat.", "Warga dulu.")
    assert entries[0].notes == "Tanyakan contohnya."
    assert (entries[2].before, entries[2].after, entries[3].figure) == (
        "Lama.",
        "Baru.",
        "diagram.svg",
    )
    assert parse_deck("---\ntitle: T\n---\n# T\n", "a.md") == ([], 0)


@pytest.mark.parametrize(
    "entries, line, message",
    [
        ("  - poin:\n      - Tanpa judul.\n", 10, "belum memiliki `judul`"),
        ("  - judul: A\n    poin:\n      - Baik.\n  - judul: B\n    poin: teks\n", 13, "`poin`"),
        ("  - judul: A\n    sebelum: Lama.\n", 10, "berpasangan"),
        ("  - judul: A\n    poin: [Ya.]\n    gamber: x.svg\n", 10, "`gamber` tidak dikenal"),
        ("  - kuis: a\n    judul: B\n", 10, "hanya boleh disertai `catatan`"),
        ("  - Sekadar teks\n", 10, "berisi `judul` dan `poin`"),
        ("  - judul: Kosong\n", 10, "kosong"),
    ],
)
def test_malformed_entries_name_their_line(entries, line, message):
    with pytest.raises(ContentError) as error:
        parse_deck(deck_page(entries), "modul/uji/index.md")
    (problem,) = error.value.problems
    assert (problem.path, problem.line) == ("modul/uji/index.md", line)
    assert message in problem.message


def test_the_budget_names_the_entry_or_the_key_to_fix():
    fine = [SlideSize("A", 20, 10)] * 44
    assert validate_deck(fine, "m.md", 9) == []
    assert "46 salindia" in validate_deck(fine + [SlideSize("B", 20, 30)] * 2, "m.md", 9)[0].message
    (wordy,) = validate_deck([*fine[:10], SlideSize("Panjang", 61, 42)], "m.md", 9)
    assert (wordy.line, "61 kata" in wordy.message) == (42, True)
    (median,) = validate_deck([SlideSize("A", 31, 10)] * 3 + [SlideSize("B", 5, 11)], "m.md", 9)
    assert median.line == 9 and "Median" in median.message and "31 kata" in median.message
    assert deck_figures([SlideSize("A", 10, 1), SlideSize("B", 40, 2)]) == {
        "slides": 2,
        "median": 25,
        "max": 40,
    }


def test_quiz_words_count_what_the_deck_shows_not_the_hidden_feedback():
    form = (
        '<form class="kuis"><legend class="kuis__pertanyaan"><span class="kuis__nomor">Soal 1'
        '</span> <span class="kuis__teks">Mana yang benar?</span></legend>'
        '<div class="kuis__opsi"><input type="radio" /><label>Satu dua</label>'
        '<div class="kuis__umpan-opsi" hidden>umpan yang tidak tampil sama sekali</div></div>'
        '<details class="kuis__kunci"><summary>Lihat kunci jawaban</summary>'
        '<ul class="kuis__kunci-daftar"><li>Satu dua</li></ul>'
        '<div class="kuis__pembahasan"><p>Karena satu dua.</p></div></details></form>'
    )
    # Question: "Soal 1 Mana yang benar?" + options + "Jawaban: A"; explanation on its own slide.
    assert quiz_words(form, "pilih-satu") == (5 + 2 + 2, 3 + 3)


def test_objectives_are_grouped_to_fit_the_word_budget():
    long = "Menyusun " + "kata " * 14
    groups = objective_groups([long, long, long, "Pendek."])
    assert groups == [[long, long], [long, "Pendek."]]
    assert all(objectives_words(group) <= 60 for group in groups)


def test_a_page_description_is_escaped_in_a_deck():
    html = '<h2 id="a">A</h2>\n<p>Isi.</p>\n'
    slides = page_slides(html, "T", 'A <b>"x"</b> & y', "a/", "b/")
    assert "A &lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; y" in slides[0].body


def test_a_figure_keeps_the_description_its_page_gives_it():
    html = '<p><img alt="Diagram &amp; alur" src="../alur.svg" /></p>'
    assert figure_alt(html, "alur.svg") == "Diagram & alur"
    assert figure_alt(html, "lain.svg") == ""


DECK_HOOKS = f"""
hooks:
  - {ROOT}/hooks/modules.py
  - {ROOT}/hooks/quiz.py
  - {ROOT}/hooks/slides.py
"""
FIGURE = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
    '<rect width="10" height="10"/></svg>'
)


def make_deck_site(tmp_path, entries: str):
    pages = {
        "index.md": "# Uji\n",
        "modul/uji/index.md": deck_page(entries),
        "modul/uji/diagram.svg": FIGURE,
        "modul/uji/kuis.md": "# Kuis\n\n"
        + "".join(
            f"/// kuis | benar-salah\nid: uji-{n}\ntujuan: {n}\nPernyataan {n}.\n"
            f"- [{' x'[n != 2]}] Benar\n    Umpan.\n- [{' x'[n == 2]}] Salah\n///\n"
            for n in (1, 2, 3)
        ),
    }
    return make_site(tmp_path, pages, DECK_HOOKS)


def test_a_deck_within_budget_builds_and_logs_its_figures(tmp_path):
    entries = "".join(SHORT.format(n=n) for n in range(3))
    entries += "  - judul: Gambar\n    gambar: diagram.svg\n    poin: [Lihat diagram.]\n"
    entries += "  - kuis: uji-2\n"
    result, site = make_deck_site(tmp_path, entries)
    assert result.returncode == 0, result.stderr
    # Title, objectives, four curated slides, one question (no explanation written), closing.
    assert "Salindia uji: 8 salindia" in result.stderr
    html = (site / "pelatih/salindia/uji/index.html").read_text(encoding="utf-8")
    assert "Satu poin pendek." in html and 'alt="Diagram uji"' in html
    assert "Modul &lt;uji&gt; untuk salindia &amp; kuis." in html
    assert 'data-kuis-id="uji-2"' in html and 'data-kuis-id="uji-1"' not in html


def test_a_deck_naming_a_missing_question_or_figure_stops_the_build(tmp_path):
    result, _ = make_deck_site(tmp_path, SHORT.format(n=1) + "  - kuis: uji-9\n")
    assert result.returncode != 0
    assert "modul/uji/index.md:13:" in result.stderr and "uji-9" in result.stderr
    result, _ = make_deck_site(tmp_path, "  - judul: G\n    gambar: hilang.svg\n")
    assert "modul/uji/index.md:10:" in result.stderr and "hilang.svg" in result.stderr


@pytest.mark.parametrize(
    "entries, line, message",
    [
        ("".join(SHORT.format(n=n) for n in range(44)), 9, "batasnya 45"),
        (
            SHORT.format(n=1) + "  - judul: Panjang\n    poin:\n      - " + "kata " * 61,
            13,
            "batasnya 60",
        ),
        (
            "  - judul: Padat\n    poin:\n      - "
            + "kata " * 40
            + "\n"
            + "  - judul: Padat\n    poin:\n      - "
            + "kata " * 40
            + "\n",
            9,
            "Median",
        ),
    ],
)
def test_a_deck_over_budget_fails_a_strict_build_naming_file_and_line(
    tmp_path, entries, line, message
):
    result, _ = make_deck_site(tmp_path, entries)
    assert result.returncode != 0
    warning = next(row for row in result.stderr.splitlines() if "WARNING" in row and message in row)
    assert f"modul/uji/index.md:{line}:" in warning


def test_a_malformed_entry_stops_the_build_naming_file_and_line(tmp_path):
    result, _ = make_deck_site(tmp_path, SHORT.format(n=1) + "  - judul: Tanpa isi\n")
    assert result.returncode != 0
    assert "modul/uji/index.md:13:" in result.stderr and "kosong" in result.stderr
