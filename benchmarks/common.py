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


def run_build(config_file: Path, clock=time.perf_counter, **overrides) -> float:
    """One full in-process build (config loading included); returns its duration on ``clock``
    (wall time by default; ``time.process_time`` counts only this process's CPU, which is
    steadier on a busy machine but leaves out subprocesses such as notebook kernels)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    start = clock()
    config = load_config(str(config_file), **overrides)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return clock() - start


def build_seconds(config_file: Path, repeat: int = 3, **overrides) -> float:
    """Median duration of ``repeat`` full builds (see ``run_build`` for ``clock``)."""
    return statistics.median(run_build(config_file, **overrides) for _ in range(repeat))


def gzip_size(*paths: Path) -> int:
    return sum(len(gzip.compress(path.read_bytes(), compresslevel=9)) for path in paths)


def kib(size: int) -> str:
    return f"{size / 1024:.1f} KiB"
