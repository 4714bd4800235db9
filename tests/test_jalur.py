"""A module's core path and deep-dive path (issue 20): the `jalur` field, word counts and reading
time, the word limit of the core teaching text, and module pages on a 360 px phone."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from akademi.jalur import (
    CORE_WORD_LIMIT,
    ModulePage,
    count_words,
    label_wide_tables,
    module_totals,
    over_limit,
    parse_page,
    reading_minutes,
)
from akademi.modules import split_front_matter
from akademi.problems import ContentError
from helpers import GOOD

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
MODULES = sorted(path.name for path in (DOCS / "modul").iterdir() if path.is_dir())
SUPPORT = ("kuis", "lembar-kerja", "pedoman-ringkas", "ringkasan")

# --- the field ---------------------------------------------------------------------------------


def lesson(jalur_line: str) -> str:
    return f"---\ntitle: Contoh\n{jalur_line}description: d\n---\n\n# Contoh\n"


@pytest.mark.parametrize("value", ["inti", "pendalaman"])
def test_jalur_is_read_from_front_matter(value):
    page = parse_page("modul/narasi/contoh.md", lesson(f"jalur: {value}\n"))
    assert page == ModulePage("modul/narasi/contoh.md", value)
    assert page.module == "narasi"
    assert page.teaching is (value == "inti")


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        (lesson(""), 1, "Kolom `jalur` wajib ada di front matter"),
        (lesson("jalur: inti-saja\n"), 3, "'inti-saja' tidak dikenal; pilih `inti` atau"),
        (lesson("jalur: [inti]\n"), 3, "tidak dikenal"),
    ],
)
def test_missing_or_unknown_jalur_names_file_and_line(text, line, fragment):
    with pytest.raises(ContentError) as caught:
        parse_page("modul/narasi/contoh.md", text)
    (problem,) = caught.value.problems
    assert (problem.path, problem.line) == ("modul/narasi/contoh.md", line)
    assert fragment in problem.message


@pytest.mark.parametrize("name", ["index", *SUPPORT])
def test_pages_needed_to_finish_a_module_cannot_be_optional(name):
    with pytest.raises(ContentError, match="selalu `inti`"):
        parse_page(f"modul/narasi/{name}.md", lesson("jalur: pendalaman\n"))
    # The opening page teaches; the others are not counted as teaching text.
    assert parse_page(f"modul/narasi/{name}.md", lesson("jalur: inti\n")).teaching is (
        name == "index"
    )


def test_a_notebook_declares_its_jalur_in_its_metadata():
    notebook = {"cells": [], "metadata": {"akademi": {"jalur": "pendalaman"}}}
    page = parse_page("modul/evaluasi-insight/analisis.ipynb", json.dumps(notebook))
    assert page.jalur == "pendalaman"
    with pytest.raises(ContentError, match='metadata notebook `"akademi"'):
        parse_page("modul/evaluasi-insight/analisis.ipynb", json.dumps({"metadata": {}}))


# --- words and reading time --------------------------------------------------------------------


def test_words_are_what_a_reader_sees_without_code():
    html = (
        '<h1 id="a">Judul halaman<a class="headerlink" href="#a">¶</a></h1>'
        "<p>Satu <strong>dua</strong> — tiga, 12 Oktober.</p>"
        '<div class="highlight"><pre><code>x = hitung(1, 2)</code></pre></div>'
        "<script>var diam = 1;</script><p>Kode <code>jalur: inti</code> &amp; selesai</p>"
    )
    # Judul halaman Satu dua tiga, 12 Oktober. Kode jalur: inti selesai
    assert count_words(html) == 11


@pytest.mark.parametrize(("words", "minutes"), [(0, 1), (150, 1), (200, 1), (201, 2), (1200, 6)])
def test_reading_time_rounds_up_at_200_words_a_minute(words, minutes):
    assert reading_minutes(words) == minutes


def test_totals_add_each_path_and_count_only_core_teaching_text():
    pages = [
        ModulePage("modul/a/index.md", "inti"),
        ModulePage("modul/a/materi.md", "inti"),
        ModulePage("modul/a/contoh.md", "pendalaman"),
        ModulePage("modul/a/kuis.md", "inti"),
        ModulePage("modul/b/index.md", "inti"),
    ]
    words = {
        "modul/a/index.md": 300,
        "modul/a/materi.md": 4800,
        "modul/a/contoh.md": 1000,
        "modul/a/kuis.md": 2000,
        "modul/b/index.md": 100,
    }
    totals = module_totals(pages, words)
    assert totals["a"].teaching_words == 5100  # index + materi: not the quiz, not the deep dive
    assert (totals["a"].core_minutes, totals["a"].deep_minutes) == (2 + 24 + 10, 5)
    assert totals["a"].deep_words == 1000
    assert (totals["b"].teaching_words, totals["b"].deep_minutes) == (100, 0)
    (message,) = over_limit(totals)
    assert "Modul 'a'" in message and "5100 kata" in message and f"{CORE_WORD_LIMIT}" in message
    assert over_limit(totals, limit=5100) == []


# --- wide tables -------------------------------------------------------------------------------


def table(columns: int) -> str:
    head = "".join(f"<th>Kolom {n} &amp; <em>isi</em></th>" for n in range(columns))
    row = "".join(f"<td>nilai {n}</td>" for n in range(columns))
    return (
        f"<table>\n<thead>\n<tr>{head}</tr>\n</thead>\n<tbody>\n<tr>{row}</tr>\n</tbody>\n</table>"
    )


def test_tables_of_five_columns_get_a_label_on_every_cell():
    html = label_wide_tables("<p>a</p>" + table(5))
    assert "<table data-tumpuk>" in html
    assert html.count("data-label=") == 5
    assert '<td data-label="Kolom 4 &amp; isi">nilai 4</td>' in html
    assert "<th>Kolom 0 &amp; <em>isi</em></th>" in html  # the head itself is untouched


def test_narrower_tables_are_left_alone():
    assert label_wide_tables(table(4)) == table(4)


# --- the build ---------------------------------------------------------------------------------


def with_jalur(text: str, value: str) -> str:
    return text.replace("---\n", f"---\njalur: {value}\n", 1)


# Keys Benar, Salah, Benar: the quiz lint wants both keys on a page.
QUIZ = "---\njalur: inti\n---\n\n" + "".join(
    f"/// kuis | benar-salah\nid: uji-{n}\ntujuan: {n}\nPernyataan {n}.\n"
    f"- [{'x' if n != 2 else ' '}] Benar\n- [{'x' if n == 2 else ' '}] Salah\n///\n"
    for n in (1, 2, 3)
)
JALUR_HOOKS = "hooks:\n" + "".join(
    f"  - {{root}}/hooks/{name}.py\n" for name in ("modules", "quiz", "jalur")
)


def jalur_site(tiny_site, pages: dict[str, str]):
    return tiny_site(
        {
            "index.md": "# Beranda\n",
            "modul/index.md": "# Daftar Modul\n",
            "modul/uji/index.md": with_jalur(GOOD, "inti").replace(
                "prasyarat: [perencanaan-konten]", "prasyarat: []"
            ),
            "modul/uji/kuis.md": QUIZ,
            **pages,
        },
        JALUR_HOOKS.format(root=ROOT),
    )


def test_build_fails_naming_the_page_without_jalur(tiny_site):
    result, _ = jalur_site(tiny_site, {"modul/uji/materi.md": "---\ntitle: Materi\n---\n\n# M\n"})
    assert result.returncode != 0
    assert "modul/uji/materi.md:1: Kolom `jalur` wajib ada" in result.stderr
    unknown = "---\ntitle: M\njalur: opsional\n---\n"
    result, _ = jalur_site(tiny_site, {"modul/uji/materi.md": unknown})
    assert result.returncode != 0
    assert "modul/uji/materi.md:3: Kolom `jalur`: 'opsional' tidak dikenal" in result.stderr


def test_build_warns_naming_the_module_whose_core_text_is_too_long(tiny_site):
    long_text = " ".join(["kata"] * 5100)
    result, _ = jalur_site(
        tiny_site, {"modul/uji/materi.md": f"---\njalur: inti\n---\n\n# Materi\n\n{long_text}\n"}
    )
    assert result.returncode != 0
    assert re.search(r"WARNING\s+-\s+Modul 'uji': teks ajar jalur inti 51\d\d kata", result.stderr)


def test_build_marks_pages_and_shows_reading_times(tiny_site):
    pages = {
        "modul/uji/materi.md": "---\njalur: inti\n---\n\n# Materi\n\n" + "kata " * 1150,
        # Long, but a deep dive is not core teaching text: no warning.
        "modul/uji/contoh.md": "---\njalur: pendalaman\n---\n\n# Contoh\n\n" + "kata " * 5100,
    }
    result, site = jalur_site(tiny_site, pages)
    assert result.returncode == 0, result.stderr
    lesson_page = (site / "modul/uji/materi/index.html").read_text(encoding="utf-8")
    assert '<meta name="akademi:jalur" content="inti">' in lesson_page
    content = lesson_page.split("</h1>", 1)[1]
    assert "± 6 menit baca" in content and "jalur-lencana" not in content
    deep = (site / "modul/uji/contoh/index.html").read_text(encoding="utf-8")
    assert '<meta name="akademi:jalur" content="pendalaman">' in deep
    assert 'class="jalur-lencana">Pendalaman</span>' in deep
    assert "± 26 menit baca. Halaman ini bacaan tambahan yang boleh dilewati" in deep
    # The menu labels the optional page wherever it is listed.
    nav_link = re.search(r'<a href="[^"]*contoh/"[^>]*>.*?</a>', lesson_page, re.DOTALL)
    assert nav_link and "md-status--pendalaman" in nav_link.group(0)
    card = (site / "modul/uji/index.html").read_text(encoding="utf-8")
    assert re.search(r"Waktu baca</dt><dd>jalur inti ± \d+ menit, pendalaman ± 26 menit", card)
    overview = (site / "modul/index.html").read_text(encoding="utf-8")
    assert re.search(r"Waktu baca: jalur inti ± \d+ menit, pendalaman ± 26 menit", overview)


# --- the real site -----------------------------------------------------------------------------


def source_jalur(relative: str) -> str:
    """The `jalur` a built module page's source declares."""
    html_dir = relative.removesuffix("index.html").rstrip("/")
    for source in (DOCS / f"{html_dir}.md", DOCS / html_dir / "index.md"):
        if source.is_file():
            meta, _, _ = split_front_matter(source.read_text(encoding="utf-8"))
            return meta.get("jalur")
    notebook = DOCS / f"{html_dir}.ipynb"
    return json.loads(notebook.read_text(encoding="utf-8"))["metadata"]["akademi"]["jalur"]


def module_pages(site: Path) -> list[Path]:
    return sorted(site.glob("modul/*/**/index.html"))


ARTICLE_RE = re.compile(r'<article class="md-content__inner[^"]*">(.*?)</article>', re.DOTALL)
META_RE = re.compile(r'<meta name="akademi:jalur" content="([^"]*)">')


def test_every_module_page_carries_its_jalur_and_core_text_fits_the_limit(built_site):
    # The limit the build enforces (5000 words unless mkdocs.yml sets `batas_kata_inti`).
    raised = re.search(r"^  batas_kata_inti: (\d+)$", (ROOT / "mkdocs.yml").read_text(), re.M)
    limit = int(raised.group(1)) if raised else CORE_WORD_LIMIT
    teaching: dict[str, int] = dict.fromkeys(MODULES, 0)
    pages = module_pages(built_site)
    assert len(pages) >= 7 * 10
    for page in pages:
        relative = page.relative_to(built_site).as_posix()
        html = page.read_text(encoding="utf-8")
        found = META_RE.findall(html)
        assert found == [source_jalur(relative)], relative
        module, name = relative.split("/")[1], relative.split("/")[-2]
        if found == ["inti"] and name not in SUPPORT:
            teaching[module] += count_words(ARTICLE_RE.search(html).group(1))
    assert all(words > 1000 for words in teaching.values()), teaching
    over = {module: words for module, words in teaching.items() if words > limit}
    assert not over, f"core teaching text over {limit} words: {over}"


def test_deep_dive_pages_are_not_needed_to_complete_a_module(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    data = re.search(r"id=\"__akademi-modul\" hidden data-modul='([^']*)'", html).group(1)
    required = {page for module in json.loads(data)["modul"] for page in module["halaman"]}
    for page in module_pages(built_site):
        relative = page.relative_to(built_site).as_posix().removesuffix("index.html")
        jalur = META_RE.search(page.read_text(encoding="utf-8")).group(1)
        assert (relative in required) is (jalur == "inti"), relative


# --- a phone -----------------------------------------------------------------------------------

# What sticks out past the screen's edges outside code blocks, and which tables still scroll
# sideways (each with its column count and whether it shows the swipe cue).
OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  const name = (el) => el.tagName.toLowerCase() + ' «' + el.textContent.trim().slice(0, 40) + '»';
  const clipped = (el) => {
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== 'visible') return true;
    }
    return false;
  };
  const outside = [];
  for (const el of document.querySelectorAll('.md-content article *')) {
    if (el.closest('pre, code, .highlight') || !el.getClientRects().length) continue;
    const box = el.getBoundingClientRect();
    const out = box.right > width + 1 || box.left < -1;
    if (box.width && out && !clipped(el)) outside.push(name(el));
  }
  const scrolling = [...document.querySelectorAll('.md-content article .md-typeset__scrollwrap')]
    .filter((wrap) => wrap.scrollWidth > wrap.clientWidth + 1)
    .map((wrap) => {
      const style = getComputedStyle(wrap);
      const cue = (style.backgroundImage.match(/radial-gradient/g) || []).length === 2 &&
        style.backgroundAttachment.includes('local');
      const row = wrap.querySelector('tr');
      return {table: name(wrap), columns: row ? row.children.length : 0, cue: cue};
    });
  return {page: document.documentElement.scrollWidth, width: width, outside, scrolling};
}"""


@pytest.fixture(scope="module")
def phone_page(browser):
    context = browser.new_context(
        locale="id-ID", viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True
    )
    yield context.new_page()
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("module", MODULES)
def test_module_pages_fit_a_360_px_screen(phone_page, built_site, site_url, module):
    problems = []
    for page in sorted((built_site / "modul" / module).glob("**/index.html")):
        url = site_url + page.relative_to(built_site).as_posix().removesuffix("index.html")
        phone_page.goto(url)
        found = phone_page.evaluate(OVERFLOW_JS)
        if found["page"] > found["width"] or found["outside"]:
            problems.append(f"{url}: sticks out: {found['outside'][:3]} ({found['page']} px)")
        for wide in found["scrolling"]:
            if wide["columns"] >= 5 or not wide["cue"]:
                problems.append(f"{url}: scrolls sideways: {wide}")
    assert not problems, "\n".join(problems)


@pytest.mark.browser
def test_wide_worksheet_table_stacks_into_labelled_cards(phone_page, site_url):
    phone_page.goto(site_url + "modul/evaluasi-insight/lembar-kerja/")
    table = phone_page.locator("article table[data-tumpuk]").first
    expect(table).to_be_visible()
    assert table.evaluate("t => t.querySelector('tr').children.length") >= 5
    cell = table.locator("tbody td[data-label]").first
    label = cell.evaluate("td => getComputedStyle(td, '::before').content")
    assert label == json.dumps(cell.get_attribute("data-label"), ensure_ascii=False)
    box, row = cell.bounding_box(), table.locator("tbody tr").first.bounding_box()
    assert box["width"] > 0.8 * row["width"]  # one value per line, as wide as the card


@pytest.mark.browser
def test_deep_dive_page_says_it_is_optional_on_the_page_and_in_the_menu(phone_page, site_url):
    phone_page.goto(site_url + "modul/narasi/contoh/")
    note = phone_page.locator("article .jalur-halaman--pendalaman")
    expect(note).to_be_visible()
    expect(note).to_contain_text("Pendalaman")
    expect(note).to_contain_text("boleh dilewati")
    expect(note).to_contain_text(re.compile(r"± \d+ menit baca"))
    phone_page.goto(site_url + "modul/narasi/pesan-kunci/")
    time = phone_page.locator("article .jalur-halaman")
    expect(time).to_have_text(re.compile(r"^± \d+ menit baca$"))
    link = phone_page.locator('.md-nav--primary a.md-nav__link[href$="contoh/"]').first
    status = link.locator(".md-status--pendalaman")
    assert status.evaluate("s => getComputedStyle(s, '::after').content") == '"Pendalaman"'
