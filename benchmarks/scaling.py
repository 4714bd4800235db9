"""Build scaling: the real site, a synthetic site ten times larger, the share of build time
spent in our hooks and Markdown extension, and the `mkdocs serve` rebuild after one edit."""

from __future__ import annotations

import cProfile
import os
import pstats
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import ROOT, build_seconds, run_build

COPIES = 10
HOOKS_DIR = str(ROOT / "hooks")
# Where our code is entered: hook events and the quiz extension's processors.
ENTRY_POINTS = re.compile(r"on_[a-z_]+|run")


def synthetic_site(folder: Path) -> Path:
    """The real docs with every module copied ten times (renumbered, quiz ids made unique)."""
    docs = folder / "docs"
    shutil.copytree(ROOT / "docs", docs)
    modules = sorted(p for p in (docs / "modul").iterdir() if p.is_dir())
    for copy in range(1, COPIES):
        for number, module in enumerate(modules, start=1):
            target = module.with_name(f"{module.name}-{copy}")
            shutil.copytree(module, target)
            for page in target.glob("*.md"):
                text = page.read_text(encoding="utf-8")
                text = re.sub(r"(?m)^id: (.+)$", rf"id: \1-{copy}", text)
                text = re.sub(r"(?m)^nomor: \d+$", f"nomor: {copy * 100 + number}", text)
                text = re.sub(r"(?m)^prasyarat:.*\n(  - .*\n)*", "prasyarat: []\n", text)
                page.write_text(text, encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config[: config.index("\nnav:")] + "\n"
    config = config.replace("custom_dir: overrides", f"custom_dir: {ROOT}/overrides")
    config = config.replace("  - hooks/", f"  - {ROOT}/hooks/")
    config = config.replace("    omitted_files: warn", "    omitted_files: ignore")
    config = config.replace("strict: true", "strict: false")
    config = re.sub(
        r'include: \["modul/evaluasi-insight/\*\.ipynb"\]',
        'include: ["modul/evaluasi-insight*/*.ipynb"]',
        config,
    )
    path = folder / "mkdocs.yml"
    path.write_text(config, encoding="utf-8")
    return path


def hook_share(config_file: Path) -> tuple[float, float]:
    """(seconds inside our hooks and extension, total seconds) for one profiled build."""
    profile = cProfile.Profile()
    start = time.perf_counter()
    profile.runcall(run_build, config_file)
    total = time.perf_counter() - start
    stats = pstats.Stats(profile).stats
    ours = sum(
        cumulative
        for (path, _, name), (_, _, _, cumulative, callers) in stats.items()
        if path.startswith(HOOKS_DIR)
        and ENTRY_POINTS.fullmatch(name)
        and not any(caller[0].startswith(HOOKS_DIR) for caller in callers)
    )
    return ours, total


def serve_rebuild_seconds() -> float:
    """Time from saving one page to `mkdocs serve` reporting the rebuilt site."""
    page = ROOT / "docs" / "tentang.md"
    original = page.read_text(encoding="utf-8")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "--dev-addr",
            "127.0.0.1:8765",
            "--no-livereload",
        ],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        for line in process.stderr:
            if "Serving on" in line:
                break
        time.sleep(1)
        start = time.perf_counter()
        page.write_text(original + "\n", encoding="utf-8")
        for line in process.stderr:
            if "Documentation built in" in line:
                return time.perf_counter() - start
        return float("nan")
    finally:
        page.write_text(original, encoding="utf-8")
        os.killpg(process.pid, signal.SIGTERM)
        process.wait()


def run() -> None:
    real = build_seconds(ROOT / "mkdocs.yml", repeat=3)
    with tempfile.TemporaryDirectory() as tmp:
        big_config = synthetic_site(Path(tmp))
        big = build_seconds(big_config, repeat=1)
    print(f"real site build: {real:.2f} s (median of 3)")
    print(
        f"synthetic site, modules x{COPIES}: {big:.2f} s; ratio {big / real:.2f} "
        f"(target <= 11 for 10x content)"
    )
    ours, total = hook_share(ROOT / "mkdocs.yml")
    print(
        f"time in our hooks and quiz extension: {ours:.2f} s of {total:.2f} s "
        f"({ours / total:.0%}, profiled build; target <= 10 %)"
    )
    print(f"mkdocs serve rebuild after editing one page: {serve_rebuild_seconds():.2f} s")
