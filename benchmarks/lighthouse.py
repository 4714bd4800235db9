"""Lighthouse on a phone: six pages of our site beside the same pages built with plain
Material (the twin benchmarks/weight.py builds), mobile form factor, DevTools throttling,
median of 3 runs each. Lighthouse comes from node_modules (pinned in package-lock.json) and
drives the system Chromium; both sites are served locally with gzip, like GitHub Pages.

Figures depend on the machine: on a shared, loaded one they are indicative, not absolute;
compare the two columns of one run rather than runs made at different times.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import json
import os
import statistics
import subprocess
import tempfile
import threading
from pathlib import Path

from benchmarks.common import ROOT, run_build
from benchmarks.weight import plain_material_copy

PAGES = {
    "home": "",
    "module page": "modul/narasi/",
    "quiz page": "modul/narasi/kuis/",
    "Cek Diksi": "alat/cek-diksi/",
    "Kalkulator Engagement": "alat/kalkulator-engagement/",
    "Kemajuan Saya": "kemajuan/",
}
RUNS = int(os.environ.get("LIGHTHOUSE_RUNS", "3"))  # Fewer for a quick look; 3 for figures.
LIGHTHOUSE = ROOT / "node_modules/.bin/lighthouse"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = {
    "FCP s": ("first-contentful-paint", 1 / 1000),
    "LCP s": ("largest-contentful-paint", 1 / 1000),
    "TBT ms": ("total-blocking-time", 1),
    "CLS": ("cumulative-layout-shift", 1),
    "KiB": ("total-byte-weight", 1 / 1024),
}
COMPRESSED = {".html", ".js", ".css", ".json", ".svg", ".xml", ".txt", ".webmanifest"}


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """A static server that compresses text, as GitHub Pages does."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not accepts or path.suffix not in COMPRESSED or not path.is_file():
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, *args) -> None:
        pass


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(GzipHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def lighthouse(url: str, attempts: int = 3) -> dict[str, float]:
    """One Lighthouse run: category scores (0-100) and the metrics above. A run whose trace
    Lighthouse could not read (no score; happens on a loaded machine) is repeated."""
    result = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            "--form-factor=mobile",
            "--throttling-method=devtools",
            f"--only-categories={','.join(CATEGORIES)}",
            "--chrome-flags=--no-sandbox --headless=new --disable-gpu",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"Lighthouse failed on {url}: {result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    if any(report["categories"][name]["score"] is None for name in CATEGORIES):
        if attempts > 1:
            return lighthouse(url, attempts - 1)
        raise RuntimeError(f"Lighthouse gave no score for {url}: {report.get('runtimeError')}")
    figures = {name: report["categories"][name]["score"] * 100 for name in CATEGORIES}
    for label, (audit, scale) in METRICS.items():
        figures[label] = report["audits"][audit]["numericValue"] * scale
    return figures


def median_of_runs(url: str) -> dict[str, float]:
    runs = [lighthouse(url) for _ in range(RUNS)]
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def row(label: str, figures: dict[str, float]) -> str:
    return (
        f"{label:36} {figures['performance']:>5.0f} {figures['FCP s']:>6.2f} "
        f"{figures['LCP s']:>6.2f} {figures['TBT ms']:>7.0f} {figures['CLS']:>6.3f} "
        f"{figures['KiB']:>7.0f} {figures['accessibility']:>5.0f} "
        f"{figures['best-practices']:>5.0f} {figures['seo']:>5.0f}"
    )


def run() -> None:
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse tidak ada di node_modules: jalankan `npm ci` dulu.")
    with tempfile.TemporaryDirectory() as tmp:
        ours_site, plain_site = Path(tmp) / "ours", Path(tmp) / "plain"
        run_build(ROOT / "mkdocs.yml", site_dir=str(ours_site), site_url="http://127.0.0.1/")
        plain_config = plain_material_copy(Path(tmp) / "plain-src", keep_quiz_text=True)
        run_build(plain_config, site_dir=str(plain_site), site_url="http://127.0.0.1/")
        servers = {name: serve(site) for name, site in (("ours", ours_site), ("plain", plain_site))}
        print(
            f"Lighthouse, mobile, DevTools throttling, median of {RUNS} runs "
            "(indicative on a shared machine)"
        )
        print(
            f"{'page':36} {'perf':>5} {'FCP s':>6} {'LCP s':>6} {'TBT ms':>7} {'CLS':>6} "
            f"{'KiB':>7} {'a11y':>5} {'bp':>5} {'seo':>5}"
        )
        try:
            for label, path in PAGES.items():
                for name, (_server, base) in servers.items():
                    figures = median_of_runs(base + path)
                    print(row(f"{label} ({name})", figures), flush=True)
        finally:
            for server, _base in servers.values():
                server.shutdown()
