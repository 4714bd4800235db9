"""Trainer kit, pure parts: notes, slide splitting, URL moving, banks, vendoring, packing."""

from __future__ import annotations

import zipfile

import pytest

from akademi.html import relocate_html, relocate_url, top_level_blocks
from akademi.offline import pack
from akademi.slides import lift_notes, page_slides, parse_notes
from akademi.vendor import IFRAME_WORKER, offline_polyfills

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
    first = pack(site, tmp_path / "1.zip")
    second = pack(site, tmp_path / "2.zip")
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
