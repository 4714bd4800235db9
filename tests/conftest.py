"""Shared fixtures: build the site once, serve it under a GitHub Pages-like sub-path, and drive
a system Chromium through Playwright (never a downloaded browser)."""

from __future__ import annotations

import contextlib
import fcntl
import functools
import http.server
import io
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import threading
import traceback
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from helpers import (
    DESKTOP,
    PARTS,
    PHONE,
    PHONE_SETTINGS,
    html_pages,
    one_page_of_each_kind,
    page_url,
    visit_pages,
)

ROOT = Path(__file__).resolve().parent.parent
SUB_PATH = "/akademi-medsos-pemda/"
# A test-only published address (the example address in mkdocs.yml fails builds for people).
PUBLISHED_URL = "https://portal-uji.example.org" + SUB_PATH
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Under pytest-xdist: the main process's (folder, server, url) and the (site_dir, url) workers get.
SHARED_SERVER = pytest.StashKey[tuple]()
SHARED_SITE = "akademi_shared_site"
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


def build_in_process(config: Path, site_dir: Path, **env: str) -> subprocess.CompletedProcess:
    """The same strict build as :func:`mkdocs_build`, run inside the test process: a small site
    then builds in a fraction of the time, as no new interpreter imports MkDocs and Material.

    Each build starts as a fresh process would: MkDocs loads hook files once per process, so they
    are loaded anew (their module state is per build), and the package's caches are emptied.
    Log lines and a failure's message land in ``stderr`` as the command line prints them.
    """
    from mkdocs import utils
    from mkdocs.commands import build
    from mkdocs.config import config_options, load_config

    env = {"NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": source_date_epoch(), **env}
    config_options.Hooks._load_hook.cache_clear()
    _empty_package_caches()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)-8s-  %(message)s"))
    logger = logging.getLogger("mkdocs")
    level = logger.level
    duplicates = utils.DuplicateFilter()  # As the command line does.
    returncode = 0
    with _environment(env):
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        build.log.addFilter(duplicates)
        try:
            loaded = load_config(config_file=str(config), site_dir=str(site_dir), strict=True)
            loaded.plugins.on_startup(command="build", dirty=False)
            try:
                build.build(loaded)
            finally:
                loaded.plugins.on_shutdown()
        except Exception as error:  # Abort, ConfigurationError or a hook's bug: exit code 1.
            returncode = 1
            stream.write(f"{error}\n" if hasattr(error, "show") else traceback.format_exc())
        finally:
            build.log.removeFilter(duplicates)
            logger.removeHandler(handler)
            logger.setLevel(level)
    args = ["mkdocs", "build", "--strict", "-f", str(config), "-d", str(site_dir)]
    return subprocess.CompletedProcess(args, returncode, "", stream.getvalue())


@contextlib.contextmanager
def _environment(values: dict[str, str]):
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _empty_package_caches() -> None:
    """Forget what the hooks' package remembered from an earlier build (parsed files keyed by
    path and modification time, which a quick rewrite of the same file may not change)."""
    for name, module in list(sys.modules.items()):
        if name != "akademi" and not name.startswith("akademi."):
            continue
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
        if isinstance(getattr(module, "_cache", None), dict):
            module._cache.clear()


@pytest.fixture(scope="session")
def served(request, tmp_path_factory):
    """A local server for the real site, started before the build so the build can use its
    address as site_url (Material's instant navigation compares hosts and ports). Under
    pytest-xdist the main process serves one folder for every worker (see pytest_configure)."""
    shared = getattr(request.config, "workerinput", {}).get(SHARED_SITE)
    if shared:
        yield Path(shared[0]), shared[1]
        return
    site_dir = tmp_path_factory.mktemp("site")
    server, url = serve(site_dir)
    yield site_dir, url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def built_site(served) -> Path:
    """The real site, built once per test session for the served sub-path (by the first
    worker that needs it; the others wait for it)."""
    site_dir, url = served
    with open(site_dir.with_name(site_dir.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        built = site_dir.with_name(site_dir.name + ".built")
        if not built.exists():
            result = mkdocs_build(ROOT / "mkdocs.yml", site_dir, SITE_URL=url)
            assert result.returncode == 0, result.stderr
            built.touch()
    return site_dir


def pytest_configure(config):
    """With test workers, serve the real site from this main process, which outlives them all,
    so one build at one address serves every worker."""
    if getattr(config.option, "numprocesses", None) and not hasattr(config, "workerinput"):
        folder = Path(tempfile.mkdtemp(prefix="akademi-situs-"))
        server, url = serve(folder / "site")
        config.stash[SHARED_SERVER] = (folder, server, url)


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    folder, _, url = node.config.stash[SHARED_SERVER]
    node.workerinput[SHARED_SITE] = (str(folder / "site"), url)


def pytest_unconfigure(config):
    if SHARED_SERVER in config.stash:
        folder, server, _ = config.stash[SHARED_SERVER]
        server.shutdown()
        server.server_close()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def site_url(served, built_site) -> str:
    """Base URL of the built site served on 127.0.0.1 under SUB_PATH."""
    return served[1]


@pytest.fixture(scope="session")
def light_visits(browser, built_site, site_url):
    """Every page of the real site opened once in the light palette, in ``PARTS`` parts (each
    visited on first use): axe at phone width, and at desktop width too on one page of each kind;
    the requests each page makes are kept for the crawl test."""
    pages = html_pages(built_site)
    sample = set(one_page_of_each_kind(built_site))
    done: dict[int, list] = {}

    def part(number: int) -> list:
        if number not in done:
            chosen = [
                (
                    page_url(site_url, built_site, page),
                    (DESKTOP, PHONE) if page in sample else (PHONE,),
                )
                for page in pages[number::PARTS]
            ]
            done[number] = visit_pages(browser, site_url, chosen, "light")
        return done[number]

    return part


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


def watched_page(context):
    """A new page that records its JavaScript errors in ``page.js_errors``."""
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.js_errors = errors
    return page


@pytest.fixture
def page(context):
    return watched_page(context)


@pytest.fixture
def own_copy(built_site, tmp_path):
    """A private copy of the built site, so a test can publish a "new version" of it."""
    copy = tmp_path / "site"
    shutil.copytree(built_site, copy)
    server, url = serve(copy)
    yield copy, url
    server.shutdown()


@pytest.fixture
def phone_context(browser):
    """A 360 × 740 touch phone in Indonesian, as the learner walkthroughs use."""
    context = browser.new_context(**PHONE_SETTINGS)
    yield context
    context.close()


@pytest.fixture
def phone(phone_context):
    return watched_page(phone_context)


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


ASSETS = (
    "javascripts/storage.js",
    "javascripts/kuis-jenis.js",
    "javascripts/kuis.js",
    "stylesheets/kuis.css",
)
ASSET_CONFIG = """
extra_css: [assets/stylesheets/kuis.css]
extra_javascript:
  - assets/javascripts/storage.js
  - assets/javascripts/kuis-jenis.js
  - assets/javascripts/kuis.js
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
    return build_in_process(config, site_dir), site_dir


@pytest.fixture
def tiny_site(tmp_path):
    """Build a small site from {path: text} pages; returns (process, site_dir)."""
    return lambda pages, config_extra="": make_site(tmp_path, pages, config_extra)
