"""Helpers several test files share (tests never import each other): reading built pages,
axe results, the sample module front matter and quiz, strict readers for the calendar files,
the calendar tool in a browser, and reading files the way Indonesian Excel does."""

from __future__ import annotations

import csv
import functools
import importlib.util
import io
import re
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import jinja2
import pytest
from playwright.sync_api import expect

from akademi import csv_excel
from akademi.modules import Module

# --- built pages -------------------------------------------------------------------------------


class PageFacts(HTMLParser):
    """Collect what a page declares and every URL it loads or links to."""

    def __init__(self):
        super().__init__()
        self.lang = None
        self.title = ""
        self.description = None
        self.loads: list[str] = []
        self.links: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "title":
            self._in_title = True
        elif tag == "meta" and attrs.get("name") == "description":
            self.description = attrs.get("content")
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag in ("script", "img", "iframe", "source", "audio", "video") and attrs.get("src"):
            self.loads.append(attrs["src"])
        elif tag == "link" and attrs.get("href"):
            self.loads.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def html_pages(site_dir: Path) -> list[Path]:
    return sorted(site_dir.rglob("*.html"))


def facts(page: Path) -> PageFacts:
    parser = PageFacts()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def page_url(site_url: str, site_dir: Path, page: Path) -> str:
    relative = page.relative_to(site_dir).as_posix()
    return site_url + relative.removesuffix("index.html")


# Pages that only repeat other pages' content (the print-everything page): one combination only.
REPEATS = ("pelatih/cetak-modul/index.html",)


class ElementKinds(HTMLParser):
    """What a page is made of: each tag, tag with class, role or input type, and the data-*
    attributes our scripts start from (not ids or text, which differ on every page)."""

    def __init__(self):
        super().__init__()
        self.kinds: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.kinds.add(tag)
        for name, value in attrs:
            if name == "class":
                self.kinds.update(f"{tag}.{token}" for token in (value or "").split())
            elif name in ("role", "type"):
                self.kinds.add(f"{tag}[{name}={value}]")
            elif name.startswith("data-"):
                self.kinds.add(f"{tag}[{name}]")


@functools.cache  # The built site does not change during a test session.
def element_kinds(page: Path) -> frozenset[str]:
    parser = ElementKinds()
    parser.feed(page.read_text(encoding="utf-8"))
    return frozenset(parser.kinds)


def page_family(relative: str) -> str:
    """Pages every module or trainer section has, with the module's name left out."""
    parts = relative.split("/")
    if parts[0] == "modul" and len(parts) >= 3:
        parts[1] = "*"
    elif parts[0] == "pelatih" and len(parts) == 4:
        parts[2] = "*"
    return "/".join(parts)


@functools.cache
def one_page_of_each_kind(site_dir: Path) -> tuple[Path, ...]:
    """A sample of the built site: one page of each family (every module's quiz page, every
    facilitation page, ...), then the fewest pages that between them hold every element kind
    found on any page. Built from the pages themselves, so a new component joins the sample."""
    made_of = {
        page: element_kinds(page)
        for page in html_pages(site_dir)
        if page.relative_to(site_dir).as_posix() not in REPEATS
    }
    families: dict[str, list[Path]] = {}
    for page in made_of:
        families.setdefault(page_family(page.relative_to(site_dir).as_posix()), []).append(page)
    sample = [pages[0] for pages in families.values() if len(pages) > 1]
    covered = set().union(*(made_of[page] for page in sample))
    while missing := {page: made_of[page] - covered for page in made_of if made_of[page] - covered}:
        richest = max(missing, key=lambda page: len(missing[page]))
        sample.append(richest)
        covered |= missing[richest]
    return tuple(sorted(sample))


# --- axe ---------------------------------------------------------------------------------------

BLOCKING = ("serious", "critical")


def blocking_violations(axe, page) -> list[str]:
    """axe-core's serious and critical findings on the page as it is now, one line each."""
    results = axe.run(page).response["violations"]
    return [
        f"{rule['id']} ({rule['impact']}): {[node['target'] for node in rule['nodes']][:5]}"
        for rule in results
        if rule["impact"] in BLOCKING
    ]


# --- module front matter -----------------------------------------------------------------------

GOOD = """---
title: Narasi
description: Menyusun pesan kunci.
nomor: 2
durasi: 135
tingkat: Dasar
prasyarat: [perencanaan-konten]
tujuan:
  - Merumuskan satu pesan kunci.
  - Menyusun keterangan unggahan.
  - Mengubah laporan seremonial menjadi narasi manfaat.
---

# Narasi
"""
# Session plans (sesi.yml) for GOOD's three objectives: a site's modules need them to build.
GOOD_PLANS = "".join(
    f"{length}:\n  ringkasan: Ringkas.\n"
    + ("  tujuan: [1]\n" if length == 30 else "")
    + f"  segmen:\n    - menit: {length}\n      kegiatan: Latihan.\n"
    + f"      tujuan: {'[1]' if length == 30 else '[1, 2, 3]'}\n"
    for length in (30, 60, 90)
)

# --- reading iCalendar the way a strict importer would ------------------------------------------


def unescape(value: str) -> str:
    """RFC 5545 TEXT value; an unescaped comma or semicolon is an error."""
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars)
            out.append({"n": "\n", "N": "\n"}.get(following, following))
            assert following in "\\;,nN", f"bad escape \\{following} in {value!r}"
        else:
            assert char not in ";,", f"unescaped {char!r} in {value!r}"
            out.append(char)
    return "".join(out)


def parse_ics(text: str) -> list[dict[str, str]]:
    """Check the file's structure and return its events (TEXT values unescaped)."""
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    for line in physical:
        assert "\n" not in line and "\r" not in line
        assert len(line.encode("utf-8")) <= 75, line
    lines: list[str] = []
    for line in physical:
        if line[:1] in (" ", "\t"):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines
    assert any(line.startswith("PRODID:") for line in lines)
    events, current = [], None
    for line in lines[1:-1]:
        if line == "BEGIN:VEVENT":
            assert current is None
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    assert current is None
    uids = [event["UID"] for event in events]
    assert len(uids) == len(set(uids))
    for event in events:
        assert re.fullmatch(r"\S+@\S+", event["UID"])
        assert re.fullmatch(r"\d{8}T\d{6}Z", event["DTSTAMP"])
        start = event["DTSTART;VALUE=DATE"]
        day = date(int(start[:4]), int(start[4:6]), int(start[6:]))
        assert event["DTEND;VALUE=DATE"] == (day + timedelta(days=1)).strftime("%Y%m%d")
        for name in ("SUMMARY", "DESCRIPTION", "CATEGORIES"):
            if name in event:
                event[name] = unescape(event[name])
    return events


def parse_csv(text: str) -> list[dict[str, str]]:
    """Read a CSV written for Excel with Indonesian settings: BOM first, semicolon-separated."""
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline=""), delimiter=";"))


# --- the calendar tool in a browser ------------------------------------------------------------


def kal(page):
    """Locators inside the calendar tool only (the navigation has labels like "Tahun Politik")."""
    return page.locator('[data-alat="kalender-konten"]')


def open_november(page, site_url) -> None:
    page.goto(site_url + "alat/kalender-konten/")
    kal(page).get_by_label("Bulan", exact=True).select_option("11")
    kal(page).get_by_label("Tahun", exact=True).fill("2026")
    kal(page).get_by_label("Tahun", exact=True).press("Tab")
    expect(page.locator(".kalender__tabel caption")).to_have_text("Kalender konten November 2026")


# --- visiting pages in Chromium ----------------------------------------------------------------

PHONE, DESKTOP = 360, 1280
# The phone of the learner walkthroughs: 360 × 740, touch, Indonesian.
PHONE_SETTINGS = {
    "viewport": {"width": 360, "height": 740},
    "has_touch": True,
    "is_mobile": True,
    "locale": "id-ID",
}
# Without transitions a resized page settles at once, so both widths share one page load.
NO_TRANSITIONS = (
    "*, *::before, *::after { transition: none !important; animation: none !important; }"
)
# The every-page pass is cut into parts that test workers can share out; the axe test and the
# crawl test of one part run on the same worker, which visits those pages once for both.
PARTS = 8
EVERY_PAGE = [
    pytest.param(number, id=f"part{number + 1}", marks=pytest.mark.xdist_group(f"light{number}"))
    for number in range(PARTS)
]


@dataclass
class Visit:
    url: str
    violations: list[str] = field(default_factory=list)  # axe's blocking findings, one line each
    outside: list[str] = field(default_factory=list)  # requests to any other host


def visit_pages(browser, site_url: str, pages: list[tuple[str, tuple[int, ...]]], scheme: str):
    """Open each (url, widths) at desktop width, as a visitor would, and run axe at each width;
    every request the pages make until the network is idle is kept."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    origin = "{0.scheme}://{0.netloc}/".format(urlsplit(site_url))
    context = browser.new_context(color_scheme=scheme, viewport={"width": DESKTOP, "height": 900})
    page = context.new_page()
    visits: list[Visit] = []
    page.on("request", lambda r: r.url.startswith(origin) or visits[-1].outside.append(r.url))
    for url, widths in pages:
        visits.append(Visit(url))
        page.set_viewport_size({"width": DESKTOP, "height": 900})
        page.goto(url)
        page.add_style_tag(content=NO_TRANSITIONS)
        for width in widths:
            page.set_viewport_size({"width": width, "height": 900})
            visits[-1].violations += [
                f"{url} [{scheme}, {width}px] {line}" for line in blocking_violations(axe, page)
            ]
        page.wait_for_load_state("networkidle")
    context.close()
    return visits


# --- files people open in Excel, and the notebook's calculations -----------------------------

DOT_DECIMAL = re.compile(r"^-?\d+\.\d+$")
# EYD time of day (09.40); Indonesian Excel reads it as a time, not as a decimal number.
TIME_OF_DAY = re.compile(r"^([01]\d|2[0-3])\.[0-5]\d$")


def excel_problems(relative: str, raw: bytes) -> list[str]:
    """What Indonesian Excel would get wrong opening this file (empty list: nothing)."""
    if not raw.startswith(b"\xef\xbb\xbf"):
        return [f"{relative}: no UTF-8 BOM, so Excel shows '—' as 'â€”'"]
    text = raw.decode("utf-8")
    problems = []
    if "\n" in text.replace("\r\n", "") and '"' not in text:
        problems.append(f"{relative}: line ends are not CRLF")
    rows = csv_excel.read(text)
    if not rows or len(rows[0]) < 2:
        problems.append(f"{relative}: the header does not split on ';'")
        return problems
    width, header = len(rows[0]), rows[0]
    for number, row in enumerate(rows, start=1):
        if len(row) != width:
            problems.append(f"{relative}:{number}: {len(row)} columns, header has {width}")
            continue
        for name, value in zip(header, row, strict=True):
            if DOT_DECIMAL.match(value) and not (name == "jam" and TIME_OF_DAY.match(value)):
                problems.append(f"{relative}:{number}: {name}={value!r} uses a decimal dot")
    return problems


INSIGHT = Path(__file__).resolve().parent.parent / "docs/modul/evaluasi-insight/insight.py"


def load_insight():
    """Import insight.py by path without writing __pycache__ into docs/."""
    return load_file("insight_untuk_kalkulator", INSIGHT)


def load_script(name: str):
    """A script of scripts/ as a module, without writing __pycache__ there."""
    return load_file(
        f"scripts_{name}", Path(__file__).resolve().parent.parent / "scripts" / f"{name}.py"
    )


def load_file(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    old = sys.dont_write_bytecode
    sys.dont_write_bytecode = True
    try:
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = old
    return module


# --- a sample quiz with one question of each kind ----------------------------------------------

SOURCE = """
/// kuis | pilih-satu
id: m-satu
tujuan: 1
Soal satu dengan [tautan](../narasi/index.md#pesan).
- [x] Benar sekali
    Umpan benar.
- [ ] Keliru
- [ ] Juga keliru
///
/// kuis | pilih-banyak
id: m-banyak
tujuan: 1
Pilih tiga.
- [x] a
- [x] b
- [x] c
- [ ] d
- [ ] e
///
/// kuis | benar-salah
id: m-bs
tujuan: 2
Pernyataan.
- [ ] Benar
    Bukan.
- [x] Salah
///
/// kuis | isian
id: m-isian
tujuan: 2
Bentuk baku?
- [x] izin
- [x] perizinan
///
/// kuis | urutan
id: m-urutan
tujuan: 3
Urutkan.
1. Riset
2. Draf
3. Unggah
///
"""
MODULE = Module(
    "uji", 9, "Modul Uji", "Deskripsi.", 60, "Dasar", (), ("a", "b", "c"), "modul/uji/index.md"
)
# The portal's templates, as a build loads them (generated pages render from overrides/halaman/).
TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).resolve().parent.parent / "overrides")
)


# --- search quality: the evaluation queries run through the site's search worker ---------------

SEARCH_QUERIES = Path(__file__).parent / "data" / "kueri-cari.yml"

# In a page of the built site: start a search worker on the site's own index (as Material does)
# and send it each query; returns, per query, the site paths of the result pages in the order
# Material shows them (one per group) and the round-trip time in ms.
RUN_SEARCH_WORKER = """
async ([worker, index, queries]) => {
  const search = new Worker(worker);
  const next = () => new Promise(resolve =>
    search.addEventListener("message", event => resolve(event.data), { once: true }));
  const start = performance.now();
  search.postMessage({ type: 0, data: { config: index.config, docs: index.docs,
                                        options: { suggest: true } } });
  await next();
  const build = performance.now() - start;
  const answers = [];
  for (const query of queries) {
    const sent = performance.now();
    search.postMessage({ type: 2, data: query });
    const result = await next();
    answers.push({
      ms: performance.now() - sent,
      pages: result.data.items.map(group => group[0].location.split("#")[0]),
    });
  }
  search.terminate();
  return { build, answers };
}
"""


def load_search_queries(path: Path = SEARCH_QUERIES) -> list[dict]:
    """The evaluation set: ``kueri`` (what an admin types) and ``halaman`` (site paths of the
    pages that answer it). Every listed page must exist in the built site."""
    import yaml

    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [{"kueri": str(e["kueri"]), "halaman": list(e["halaman"])} for e in entries]


def stock_search_index(index: dict) -> dict:
    """The twin for stock Material: the same documents without our index configuration
    (config.akademi: synonyms, roots) and without our page boosts."""
    config = {key: value for key, value in index["config"].items() if key != "akademi"}
    docs = [{key: value for key, value in doc.items() if key != "boost"} for doc in index["docs"]]
    return {"config": config, "docs": docs}


def search_workers(site_dir: Path) -> dict[str, tuple[str, bool]]:
    """Worker script (relative to the site root) and whether it needs our index config, for
    our search and for Material's own worker, as the built site names them."""
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    ours = re.search(r'"search": "([^"]+)"', html).group(1)
    material = "assets/javascripts/workers/" + ours.split("#")[1]
    return {"ours": (ours, True), "stock": (material, False)}


def run_search_queries(page, site_url: str, index: dict, worker: str, queries: list[str]) -> dict:
    """Run ``queries`` through ``worker`` in ``page`` (already on the site); see
    RUN_SEARCH_WORKER for the result."""
    return page.evaluate(RUN_SEARCH_WORKER, [site_url + worker, index, queries])


@dataclass
class SearchScore:
    success_at_3: float
    mrr_at_10: float
    zero_results: list[str]
    misses: list[str]


def score_search(entries: list[dict], answers: list[dict]) -> SearchScore:
    """success@3 (share of queries with an acceptable page among the first three), MRR@10
    (mean of 1/rank of the first acceptable page within ten, else 0), queries with no result."""
    hits, reciprocal, zero, misses = 0, 0.0, [], []
    for entry, answer in zip(entries, answers, strict=True):
        pages = answer["pages"]
        rank = next((i + 1 for i, p in enumerate(pages[:10]) if p in entry["halaman"]), None)
        if not pages:
            zero.append(entry["kueri"])
        if rank is not None and rank <= 3:
            hits += 1
        else:
            misses.append(f"{entry['kueri']!r}: rank {rank}, first pages {pages[:3]}")
        reciprocal += 1 / rank if rank else 0.0
    return SearchScore(hits / len(entries), reciprocal / len(entries), zero, misses)


# --- answering a rendered quiz the way a learner would -------------------------------------------


def answer_from_key(form, right: bool = True) -> None:
    """Answer one quiz question (a Playwright locator of its form) from its own key, rightly
    or wrongly, and check it."""
    kind = form.get_attribute("data-kuis-jenis")
    key = form.locator(".kuis__kunci")
    if kind == "isian":
        text = key.locator("[data-jawaban]").first.get_attribute("data-jawaban")
        form.locator(".kuis__isian input").fill(text if right else "jawaban keliru")
    elif kind == "urutan":
        steps = form.locator(".kuis__urutan li").all()
        for step in steps:
            position = int(step.get_attribute("data-langkah"))
            step.locator("select").select_option(
                str(position if right else len(steps) + 1 - position)
            )
    elif kind == "pasangkan":
        items = form.locator(".kuis__pasangan li").all()
        for item in items:
            pair = int(item.get_attribute("data-pasangan"))
            item.locator("select").select_option(str(pair if right else pair % len(items) + 1))
    else:
        correct = [
            item.get_attribute("data-pilihan") for item in key.locator("[data-pilihan]").all()
        ]
        if right:
            for value in correct:
                form.locator(f"input[value='{value}']").check()
        else:
            wrong = [
                value
                for value in form.locator(".kuis__pilihan input").evaluate_all(
                    "inputs => inputs.map(input => input.value)"
                )
                if value not in correct
            ]
            form.locator(f"input[value='{wrong[0]}']").check()
    form.get_by_role("button", name="Periksa jawaban").click()
