"""Pages the build generates from templates keep their front matter whatever a module's title
holds, and no answer key reaches the search index."""

from __future__ import annotations

import html
import json
import re
import shutil

from conftest import ROOT, make_site
from helpers import GOOD

# Each character once broke hand-written YAML: ' ends a quoted string, ": " starts a mapping,
# " #" starts a comment, and " opens another kind of string.
TITLE = "Kata 'Kunci': #1 \"Viral\""
MODULE = GOOD.replace("title: Narasi", "title: " + json.dumps(TITLE)).replace(
    "prasyarat: [perencanaan-konten]", "prasyarat: []"
)
QUIZ = "".join(
    f"""
/// kuis | benar-salah
id: kunci-{n}
tujuan: {n}

Pernyataan rahasia {n}.

- [{" x"[n % 2]}] Benar
    Umpan balik rahasia {n}.
- [{" x"[n % 2 == 0]}] Salah
///
"""
    for n in (1, 2, 3)
)
PAGES = {
    "index.md": "---\ndescription: Uji.\n---\n\n# Beranda\n",
    "modul/narasi/index.md": MODULE,
    "modul/narasi/kuis.md": "---\ntitle: Kuis\ndescription: Kuis.\n---\n\n# Kuis\n" + QUIZ,
    "data/glosarium.yml": (
        "- istilah: reach\n  padanan: jangkauan\n  definisi: Jumlah akun unik.\n"
        "  modul: narasi\n  sinonim: []\n"
    ),
}
CONFIG = f"""
markdown_extensions: [abbr, admonition, attr_list, tables, toc, pymdownx.superfences]
hooks:
  - {ROOT}/hooks/modules.py
  - {ROOT}/hooks/quiz.py
  - {ROOT}/hooks/glosarium.py
  - {ROOT}/hooks/slides.py
  - {ROOT}/hooks/handouts.py
plugins: [search]
"""
# Generated page (built path) and the title its front matter gives it.
GENERATED = {
    "pelatih/kunci-jawaban/narasi/index.html": f"Kunci Jawaban: {TITLE}",
    "pelatih/kunci-jawaban/index.html": "Kunci Jawaban",
    "glosarium/index.html": "Glosarium",
    "pelatih/cetak-modul/index.html": "Cetak Semua Modul",
    "pelatih/cetak/narasi/index.html": f"Cetak Modul 2: {TITLE}",
    "pelatih/fasilitasi/index.html": "Fasilitasi per Modul",
    "pelatih/fasilitasi/narasi/index.html": f"Fasilitasi: {TITLE}",
    "pelatih/salindia/narasi/index.html": f"Salindia: {TITLE}",
}


def page_title(page: str) -> str:
    return html.unescape(re.search(r"<title>(.*?)</title>", page, re.S).group(1)).strip()


def test_generated_pages_keep_their_front_matter_and_answer_keys_stay_out_of_search(tmp_path):
    result, site = make_site(tmp_path, PAGES, CONFIG)
    assert result.returncode == 0, result.stderr
    for path, title in GENERATED.items():
        page = (site / path).read_text(encoding="utf-8")
        assert page_title(page).startswith(title), path
        text = html.unescape(re.sub(r"<[^>]+>", " ", page))
        assert "exclude: true" not in text and "description:" not in text, path
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    locations = [doc["location"] for doc in index["docs"]]
    assert not [location for location in locations if "kunci-jawaban" in location]
    assert "rahasia" not in json.dumps(index)
    assert any(location.startswith("modul/narasi/") for location in locations)


def test_an_answer_key_template_that_lets_search_in_fails_the_build_naming_the_page(tmp_path):
    theme = tmp_path / "overrides"
    shutil.copytree(ROOT / "overrides", theme)
    template = theme / "halaman" / "kunci-jawaban.md"
    text = template.read_text(encoding="utf-8")
    template.write_text(text.replace('search={"exclude": true},', ""), encoding="utf-8")
    custom_theme = f"theme: {{name: material, custom_dir: {theme}, language: id, font: false}}\n"
    result, _ = make_site(tmp_path, PAGES, CONFIG + custom_theme)
    assert result.returncode != 0
    assert "pelatih/kunci-jawaban/narasi.md:1: Halaman kunci jawaban ini akan masuk indeks" in (
        result.stderr
    )
