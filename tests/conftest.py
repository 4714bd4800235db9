"""Shared fixtures: build the site once, serve it under a GitHub Pages-like sub-path, and drive
a system Chromium through Playwright (never a downloaded browser)."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
SUB_PATH = "/akademi-medsos-pemda/"
# A test-only published address (the example address in mkdocs.yml fails builds for people).
PUBLISHED_URL = "https://portal-uji.example.org" + SUB_PATH
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def source_date_epoch() -> str:
    """The build date `make` uses: the last commit's time (fixed, so builds are repeatable)."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return os.environ["SOURCE_DATE_EPOCH"]
    result = subprocess.run(
        ["git", "log", "-1", "--format=%ct"], capture_output=True, text=True, cwd=ROOT
    )
    return result.stdout.strip() or "0"


def mkdocs_build(config: Path, site_dir: Path, **env: str) -> subprocess.CompletedProcess:
    """Run a strict build the way `make build` does; returns the finished process."""
    env.setdefault("SOURCE_DATE_EPOCH", source_date_epoch())
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(config),
            "-d",
            str(site_dir),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
        check=False,
    )


@pytest.fixture(scope="session")
def served(tmp_path_factory):
    """A local server for the real site, started before the build so the build can use its
    address as site_url (Material's instant navigation compares hosts and ports)."""
    site_dir = tmp_path_factory.mktemp("site")
    server, url = serve(site_dir)
    yield site_dir, url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def built_site(served) -> Path:
    """The real site, built once per test session for the served sub-path."""
    site_dir, url = served
    result = mkdocs_build(ROOT / "mkdocs.yml", site_dir, SITE_URL=url)
    assert result.returncode == 0, result.stderr
    return site_dir


@pytest.fixture(scope="session")
def site_url(served, built_site) -> str:
    """Base URL of the built site served on 127.0.0.1 under SUB_PATH."""
    return served[1]


class SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serve a folder at SUB_PATH and answer unknown paths with 404.html, like GitHub Pages."""

    def __init__(self, *args, site_dir: Path, **kwargs):
        self.site_dir = site_dir
        super().__init__(*args, directory=str(site_dir), **kwargs)

    def translate_path(self, path: str) -> str:
        path = urlsplit(path).path
        if not path.startswith(SUB_PATH):
            return str(self.site_dir / "__outside_sub_path__")
        return super().translate_path("/" + path[len(SUB_PATH) :])

    def send_error(self, code, message=None, explain=None):
        page = self.site_dir / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # Keep test output readable.
        pass


def serve(site_dir: Path):
    handler = functools.partial(SubPathHandler, site_dir=site_dir)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}; run `make test` (it installs Debian's "
            "chromium) or set CHROMIUM to a Chromium binary."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(locale="id-ID")
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.js_errors = errors
    return page


# The branding block every test site carries (tests that add keys append lines to it).
MEREK = """  merek:
    nama_portal: Situs Uji
    penerbit: Dinas Uji
    wilayah: Kabupaten Uji
    kontak: uji@contoh.go.id
    logo: assets/images/logo.svg
    warna_utama: "#0b5d73"
    warna_aksen: "#b8500f"
    lisensi: CC BY-SA 4.0"""

MINIMAL_CONFIG = """
site_name: Situs Uji
site_url: {site_url}
strict: true
theme:
  name: material
  custom_dir: {root}/overrides
  language: id
  font: false
  features: [navigation.instant]
extra:
{merek}
hooks:
  - {root}/hooks/modules.py
  - {root}/hooks/quiz.py
markdown_extensions:
  - attr_list
  - pymdownx.superfences
"""


ASSETS = ("javascripts/storage.js", "javascripts/kuis.js", "stylesheets/kuis.css")
ASSET_CONFIG = """
extra_css: [assets/stylesheets/kuis.css]
extra_javascript: [assets/javascripts/storage.js, assets/javascripts/kuis.js]
"""


def make_site(
    folder: Path,
    pages: dict[str, str],
    config_extra: str = "",
    assets: bool = False,
    site_url: str = PUBLISHED_URL,
):
    """Build a small site from {path: text} pages in ``folder``; returns (process, site_dir)."""
    docs = folder / "docs"
    if docs.exists():
        shutil.rmtree(docs)
    for path, text in pages.items():
        target = docs / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    if assets:
        for asset in ASSETS:
            target = docs / "assets" / asset
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(ROOT / "docs" / "assets" / asset, target)
        config_extra += ASSET_CONFIG
    config = folder / "mkdocs.yml"
    config.write_text(
        MINIMAL_CONFIG.format(root=ROOT, site_url=site_url, merek=MEREK) + config_extra,
        encoding="utf-8",
    )
    site_dir = folder / "site"
    if site_dir.exists():
        shutil.rmtree(site_dir)
    return mkdocs_build(config, site_dir), site_dir


@pytest.fixture
def tiny_site(tmp_path):
    """Build a small site from {path: text} pages; returns (process, site_dir)."""
    return lambda pages, config_extra="": make_site(tmp_path, pages, config_extra)
