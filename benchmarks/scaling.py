"""Build scaling: the real site, a synthetic site ten times larger, the share of build time
spent in our hooks and Markdown extension, and the `mkdocs serve` rebuild after one edit."""

from __future__ import annotations

import functools
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import ROOT, build_seconds

COPIES = 10
HOOKS_DIR = str(ROOT / "hooks")


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
    """(seconds inside our hook handlers and quiz extension, total seconds) for one build.

    Each of our event handlers and Markdown processors is wrapped in a timer; a profiler
    would slow pure-Python code (ours) far more than the C parts of a build and inflate it.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from akademi import quiz_markdown

    spent = [0.0]

    def timed(function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - start

        return wrapper

    processors = [
        quiz_markdown.QuizPreprocessor,
        quiz_markdown.QuizTreeprocessor,
        quiz_markdown.QuizSanitizer,
    ]
    originals = [processor.run for processor in processors]
    start = time.perf_counter()
    config = load_config(str(config_file))
    for name, methods in config.plugins.events.items():
        config.plugins.events[name] = [
            timed(method) if method.__code__.co_filename.startswith(HOOKS_DIR) else method
            for method in methods
        ]
    for processor in processors:
        processor.run = timed(processor.run)
    try:
        config.plugins.on_startup(command="build", dirty=False)
        build(config)
        config.plugins.on_shutdown()
    finally:
        for processor, original in zip(processors, originals, strict=True):
            processor.run = original
    return spent[0], time.perf_counter() - start


def serve_rebuild_seconds() -> float:
    """Time from saving one page to `mkdocs serve` reporting the rebuilt site."""
    page = ROOT / "docs" / "tentang.md"
    original = page.read_text(encoding="utf-8")
    with socket.socket() as probe:  # a free port, so a stale server cannot answer instead
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "--dev-addr",
            f"127.0.0.1:{port}",
            "--livereload",
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
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def run() -> None:
    # First, while this process has built nothing yet (like a CI build); then once more, warm
    # (like a `mkdocs serve` rebuild: imports done, word lists and dictionary cached).
    shares = [hook_share(ROOT / "mkdocs.yml") for _ in range(2)]
    real = build_seconds(ROOT / "mkdocs.yml", repeat=3)
    with tempfile.TemporaryDirectory() as tmp:
        big_config = synthetic_site(Path(tmp))
        big = build_seconds(big_config, repeat=1)
    print(f"real site build: {real:.2f} s (median of 3)")
    print(
        f"synthetic site, modules x{COPIES}: {big:.2f} s; ratio {big / real:.2f} "
        f"(target <= 11 for 10x content)"
    )
    for label, (ours, total) in zip(("first build", "warm rebuild"), shares, strict=True):
        print(
            f"time in our hooks and quiz extension, {label}: {ours:.2f} s of {total:.2f} s "
            f"({ours / total:.1%}; target <= 10 %)"
        )
    print(f"mkdocs serve rebuild after editing one page: {serve_rebuild_seconds():.2f} s")
