"""Notebook pages keep no script that would fetch code from another host."""

from __future__ import annotations

import html
import re

from akademi.notebook import strip_remote_module_scripts

LOADER = """<script type="module">
  document.addEventListener("DOMContentLoaded", async () => {
    const mermaid = (await import("https://cdnjs.cloudflare.com/ajax/libs/mermaid.mjs")).default;
  });
</script>"""


def test_remote_module_loader_is_removed_and_local_scripts_stay():
    local = '<script type="module">import("./lokal.js")</script>'
    html = f"<p>a</p>{LOADER}<p>b</p>{local}"
    assert strip_remote_module_scripts(html) == f"<p>a</p><p>b</p>{local}"


def test_built_notebook_page_has_no_remote_urls_in_scripts(built_site):
    page = (built_site / "modul/evaluasi-insight/analisis-insight/index.html").read_text("utf-8")
    assert "cdnjs" not in page and 'import("http' not in page


def notebook_table(page: str, caption: str) -> list[list[str]]:
    """Cell texts of the executed notebook's table with this caption, header row first."""
    start = page.index(caption)
    table = page[start : page.index("</table>", start)]
    rows = re.findall(r"<tr>(.*?)</tr>", table, flags=re.S)
    return [[html.unescape(c) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r)] for r in rows]


def test_executed_notebook_leaves_unreadable_posts_out_and_ranks_nobody(built_site):
    page = (built_site / "modul/evaluasi-insight/analisis-insight/index.html").read_text("utf-8")
    unreadable = notebook_table(page, "Unggahan yang insight-nya tidak terbaca")
    header, rows = unreadable[0], unreadable[1:]
    assert rows, "the synthetic data has zero-reach posts"
    for name in ("Interaksi", "ER per jangkauan", "ER per pengikut"):
        assert {row[header.index(name)] for row in rows} == {"–"}  # not 0,00%
    levels = notebook_table(page, "Level 1–4 per kriteria, nilai, dan predikat")
    assert levels[0][0] == "Akun" and "No." not in levels[0]
    names = [row[0] for row in levels[1:]]
    assert names == sorted(names) and len(names) == 12
    groups = notebook_table(page, "Yang diumumkan: kelompok predikat")
    assert groups[0] == ["Predikat", "Jumlah akun", "Akun (urut abjad)"]
    assert sum(int(row[1]) for row in groups[1:]) == 12
    assert "Grafik batang mendatar nilai rapor" not in page  # the ranked chart is gone
