"""MkDocs hook: CSV files generated at build time.

The notebook's data files stay in the comma/dot form pandas reads; beside each one the build
writes an Excel copy (``-excel.csv``) with the shared CSV writer (akademi.csv_excel). Rapor Akun's
practice exports are made from the same synthetic data set (akademi.rapor).
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from akademi import csv_excel, rapor

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


def on_files(files: Files, config: MkDocsConfig) -> Files:
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
