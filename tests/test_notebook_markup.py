"""Notebook pages keep no script that would fetch code from another host."""

from __future__ import annotations

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
