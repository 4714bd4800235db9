"""MkDocs hook: downloads added at build time.

The notebook's data files stay in the comma/dot form pandas reads; beside each one the build
writes an Excel copy (``-excel.csv``) with the shared CSV writer (akademi.csv_excel). Rapor Akun's
practice exports are made from the same synthetic data set (akademi.rapor).

The offline copy's zip (``extra.paket_luring``, set by scripts/terbitkan.py after it built the
zip) is published under ``unduhan/``; the page holding ``<!-- paket-luring -->`` links it with
its size. Without a zip (a plain build, or the offline copy itself) the page says how to get one.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from akademi import csv_excel, offline, rapor

# Source (pandas form) -> its Excel copy, both relative to docs/.
EXCEL_COPIES = {
    "modul/evaluasi-insight/data-insight-sintetis.csv": (
        "modul/evaluasi-insight/data-insight-sintetis-excel.csv"
    ),
    "modul/evaluasi-insight/skor-penilai-sintetis.csv": (
        "modul/evaluasi-insight/skor-penilai-sintetis-excel.csv"
    ),
}
SYNTHETIC = "modul/evaluasi-insight/data-insight-sintetis.csv"
# Rapor Akun's practice files: one in the form of Meta's English export, one in Indonesian.
PRACTICE = {
    "alat/rapor-akun-contoh-meta-en.csv": rapor.meta_export_en,
    "alat/rapor-akun-contoh-sukamaju-id.csv": rapor.export_id,
}


OFFLINE_MARKER = "<!-- paket-luring -->"
OFFLINE_FOLDER = "unduhan"
state: dict = {}


def on_files(files: Files, config: MkDocsConfig) -> Files:
    state["paket"] = offline_zip(files, config)
    for source, copy in EXCEL_COPIES.items():
        file = files.get_file_from_path(source)
        if file is None:  # a site without the Evaluasi Insight module (e.g. a regional fork)
            continue
        rows = csv_excel.from_plain_csv(file.content_string)
        files.append(File.generated(config, copy, content=csv_excel.to_text(rows)))
    synthetic = files.get_file_from_path(SYNTHETIC)
    if synthetic is not None:
        for name, make in PRACTICE.items():
            files.append(File.generated(config, name, content=make(synthetic.content_string)))
    return files


def offline_zip(files: Files, config: MkDocsConfig) -> dict | None:
    """Adds the offline copy's zip to the site; returns its site path and size, or None."""
    given = config.extra.get("paket_luring")
    if not given:
        return None
    path = Path(given)
    if not path.is_file():
        raise PluginError(
            f"extra.paket_luring: berkas {path} tidak ada. Bangun salinan luring lebih dulu "
            "(scripts/terbitkan.py melakukannya sebelum membangun situs)."
        )
    src_uri = f"{OFFLINE_FOLDER}/{path.name}"
    files.append(File.generated(config, src_uri, abs_src_path=str(path.resolve())))
    return {"src_uri": src_uri, "nama": path.name, "ukuran": offline.megabytes(path.stat().st_size)}


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if OFFLINE_MARKER not in html:
        return html
    paket = state.get("paket")
    href = get_relative_url(paket["src_uri"], page.file.url) if paket else ""
    template = config.theme.get_env().get_template("partials/paket-luring.html")
    published = (config.site_url or "") + page.url
    return html.replace(
        OFFLINE_MARKER, template.render(paket=paket, href=href, alamat=published), 1
    )
