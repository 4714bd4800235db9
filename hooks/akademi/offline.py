"""Pack the offline copy (``make offline``) into one zip and report its size.

scripts/terbitkan.py builds the copy and calls :func:`pack`; the zip and its top folder are
named after the branding block's code (akademi.merek). Entries are sorted and dated from
SOURCE_DATE_EPOCH, so the same build gives the same zip.
"""

from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path


def offline_features(features: list[str]) -> list[str]:
    """Theme features without instant navigation, which cannot work from file://: it fetches
    the sitemap, and the failed fetch leaves Material's document$ in error, so no page script
    (quizzes, progress) would ever start."""
    return [feature for feature in features if not feature.startswith("navigation.instant")]


def pack(folder: Path, target: Path, top: str) -> tuple[int, int, int]:
    """Zip every file of ``folder`` under the folder ``top``; returns (zip bytes, files, bytes)."""
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "315532800"))
    stamp = time.gmtime(max(epoch, 315532800))[:6]
    files = sorted(path for path in folder.rglob("*") if path.is_file())
    target.parent.mkdir(parents=True, exist_ok=True)
    total = 0
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as bundle:
        for path in files:
            info = zipfile.ZipInfo(f"{top}/{path.relative_to(folder).as_posix()}", stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            data = path.read_bytes()
            total += len(data)
            bundle.writestr(info, data)
    return target.stat().st_size, len(files), total


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}".replace(".", ",") + " MB"
