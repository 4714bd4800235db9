"""MkDocs hook: CSV files generated at build time, written for Indonesian Excel.

The notebook's data files stay in the comma/dot form pandas reads; beside each one the build
writes an Excel copy (``-excel.csv``) with the shared CSV writer (akademi.csv_excel).
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from akademi import csv_excel

# Source (pandas form) -> its Excel copy, both relative to docs/.
EXCEL_COPIES = {
    "modul/evaluasi-insight/data-insight-sintetis.csv": (
        "modul/evaluasi-insight/data-insight-sintetis-excel.csv"
    ),
    "modul/evaluasi-insight/skor-penilai-sintetis.csv": (
        "modul/evaluasi-insight/skor-penilai-sintetis-excel.csv"
    ),
}


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for source, copy in EXCEL_COPIES.items():
        file = files.get_file_from_path(source)
        if file is None:
            raise PluginError(f"docs/{source}: berkas ini tidak ditemukan (salinan Excel {copy}).")
        rows = csv_excel.from_plain_csv(file.content_string)
        files.append(File.generated(config, copy, content=csv_excel.to_text(rows)))
    return files
