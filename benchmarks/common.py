"""Helpers shared by benchmarks: timed in-process builds and gzip sizes."""

from __future__ import annotations

import gzip
import logging
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def run_build(config_file: Path, **overrides) -> float:
    """One full in-process build (config loading included); returns its wall time."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    start = time.perf_counter()
    config = load_config(str(config_file), **overrides)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return time.perf_counter() - start


def build_seconds(config_file: Path, repeat: int = 3, **overrides) -> float:
    """Median wall time of ``repeat`` full builds."""
    return statistics.median(run_build(config_file, **overrides) for _ in range(repeat))


def gzip_size(*paths: Path) -> int:
    return sum(len(gzip.compress(path.read_bytes(), compresslevel=9)) for path in paths)


def kib(size: int) -> str:
    return f"{size / 1024:.1f} KiB"
