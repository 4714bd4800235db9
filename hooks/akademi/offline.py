"""Pack the offline copy (``make offline``) into one zip and report its size.

Run as ``python -m akademi.offline <site folder> <zip file>`` with ``hooks`` on the path.
Entries are sorted and dated from SOURCE_DATE_EPOCH, so the same build gives the same zip.
"""

from __future__ import annotations

import os
import sys
import time
import zipfile
from pathlib import Path

TOP = "akademi-medsos-pemda"


def offline_features(features: list[str]) -> list[str]:
    """Theme features without instant navigation, which cannot work from file://: it fetches
    the sitemap, and the failed fetch leaves Material's document$ in error, so no page script
    (quizzes, progress) would ever start."""
    return [feature for feature in features if not feature.startswith("navigation.instant")]


def pack(folder: Path, target: Path) -> tuple[int, int, int]:
    """Zip every file of ``folder`` under one top folder; returns (zip bytes, files, bytes)."""
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "315532800"))
    stamp = time.gmtime(max(epoch, 315532800))[:6]
    files = sorted(path for path in folder.rglob("*") if path.is_file())
    target.parent.mkdir(parents=True, exist_ok=True)
    total = 0
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as bundle:
        for path in files:
            info = zipfile.ZipInfo(f"{TOP}/{path.relative_to(folder).as_posix()}", stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            data = path.read_bytes()
            total += len(data)
            bundle.writestr(info, data)
    return target.stat().st_size, len(files), total


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}".replace(".", ",") + " MB"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("Pemakaian: python -m akademi.offline <folder situs> <berkas zip>")
        return 2
    folder, target = Path(argv[0]), Path(argv[1])
    if not (folder / "index.html").is_file():
        print(f"{folder} bukan hasil pembangunan situs (tidak ada index.html).")
        return 1
    size, count, total = pack(folder, target)
    print(
        f"Paket luring: {target} ({megabytes(size)}; {count} berkas, "
        f"{megabytes(total)} setelah diekstrak). Buka {TOP}/index.html di peramban."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
