"""Build the portal for people: the offline copy first, zipped, then the site beside it.

    python scripts/terbitkan.py           (make publish) site/ with the zip under unduhan/;
                                          the trainer page links it with its size
    python scripts/terbitkan.py --luring  (make offline) only build/offline/ and the zip

The zip is named after the branding block's code (``extra.merek.kode``), e.g.
``build/akademi-medsos-pemda-luring.zip``. Both builds are strict and read SITE_URL, so QR codes
lead to the published address; a build with the example address stops (hooks/alamat.py).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from mkdocs.utils.yaml import yaml_load

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from akademi import merek, offline  # noqa: E402 (needs hooks/ on the path)

Build = Callable[..., subprocess.CompletedProcess]


def mkdocs_build(config: Path, site_dir: Path, **env: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "mkdocs", "build", "--strict"]
    command += ["--config-file", str(config), "--site-dir", str(site_dir)]
    return subprocess.run(command, env={**os.environ, **env}, check=False)


def branding(config: Path) -> dict:
    with config.open(encoding="utf-8") as source:
        return (yaml_load(source).get("extra") or {}).get("merek") or {}


def build_offline(config: Path, work: Path, build: Build = mkdocs_build) -> Path:
    """Build the file:// copy into ``work/offline`` and zip it; returns the zip."""
    brand = branding(config)
    target, top = work / merek.offline_zip_name(brand), merek.code(brand)
    result = build(config, work / "offline", OFFLINE="true")
    if result.returncode != 0:
        raise SystemExit(result.stderr or "Salinan luring gagal dibangun.")
    size, count, total = offline.pack(work / "offline", target, top)
    print(
        f"Paket luring: {target} ({offline.megabytes(size)}; {count} berkas, "
        f"{offline.megabytes(total)} setelah diekstrak). Buka {top}/index.html di peramban."
    )
    return target


def publish(config: Path, site_dir: Path, work: Path, build: Build = mkdocs_build) -> Path:
    """The offline zip, then the site that carries and links it; returns the zip."""
    target = build_offline(config, work, build)
    result = build(config, site_dir, PAKET_LURING=str(target.resolve()))
    if result.returncode != 0:
        raise SystemExit(result.stderr or "Situs gagal dibangun.")
    return target


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--luring", action="store_true", help="only the offline copy and its zip")
    parser.add_argument("--config-file", type=Path, default=ROOT / "mkdocs.yml")
    parser.add_argument("--site-dir", type=Path, default=ROOT / "site")
    parser.add_argument("--build-dir", type=Path, default=ROOT / "build")
    args = parser.parse_args(argv)
    if args.luring:
        build_offline(args.config_file, args.build_dir)
    else:
        publish(args.config_file, args.site_dir, args.build_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
