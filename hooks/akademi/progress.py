"""What learner progress needs from the build: the module map and the offline app shell."""

from __future__ import annotations

import gzip
import hashlib
import json
import posixpath
import re
from pathlib import Path

from akademi.modules import Module, module_slug
from akademi.quiz_export import page_url

# Files a phone does not need offline: compressed twins, notebook sources, Moodle exports,
# source maps.
# .zip: the offline copy published beside the site is a download, not a page to store.
SKIPPED_SUFFIXES = (".gz", ".ipynb", ".xml", ".py", ".map", ".zip")
LUNR = "assets/javascripts/lunr/"
WORKERS = "assets/javascripts/workers"
SEARCH_INDEX = "search/search_index.json"
# Loaded at start by every page: instant navigation reads the sitemap, search its index.
SHELL_EXTRA = ("sitemap.xml", SEARCH_INDEX, "manifest.webmanifest")
# What a page loads (not what it links to): scripts, stylesheets, icons, images.
ASSET_RE = re.compile(
    r"""<(?:script|link|img|source)\b[^>]*?\b(?:src|href)=["']?([^"'\s>]+)""", re.IGNORECASE
)


def module_map(
    modules: list[Module], page_paths: list[str], core: list[str], optional: frozenset = frozenset()
) -> dict:
    """Modules with the pages a learner must read, in reading order; page keys are
    site-relative URLs. ``optional`` pages (the deep-dive path) are left out, so a module is
    complete without them."""
    pages: dict[str, list[str]] = {}
    for path in page_paths:
        slug = module_slug(path)
        if slug and path not in optional:
            pages.setdefault(slug, []).append(path)
    return {
        "modul": [
            {
                "slug": module.slug,
                "nomor": module.number,
                "judul": module.title,
                "url": module.url,
                "inti": module.slug in core,
                "halaman": [page_url(path) for path in pages.get(module.slug, [])],
                "kuis": next(
                    (page_url(p) for p in pages.get(module.slug, []) if p.endswith("/kuis.md")),
                    None,
                ),
            }
            for module in modules
        ]
    }


def page_key(relative: str) -> str:
    """A file's URL relative to the site root (which is also the worker's folder). The home
    page is "./": an empty URL would resolve to sw.js itself."""
    return relative.removesuffix("index.html") or "./"


def lunr_files(languages: list[str]) -> set[str]:
    """The lunr files Material's search worker loads for the index's languages (it loads them
    by name: a segmenter for ja, hi and th, one file per language but English, a joiner for
    several, and their shared support file)."""
    names = set()
    for language in languages:
        if language == "ja":
            names.add("tinyseg.js")
        elif language in ("hi", "th"):
            names.add("wordcut.js")
        if language != "en":
            names.add(f"min/lunr.{language}.min.js")
    if len(languages) > 1:
        names.add("min/lunr.multi.min.js")
    if names:
        names.add("min/lunr.stemmer.support.min.js")
    return {LUNR + name for name in names}


def search_languages(site_dir: Path) -> list[str]:
    """The languages the search worker loads, as the index tells it (none without search)."""
    index = site_dir / SEARCH_INDEX
    if not index.is_file():
        return []
    return json.loads(index.read_text(encoding="utf-8"))["config"]["lang"]


def loaded_by(html: str, page: str) -> set[str]:
    """Site-relative paths of the files a page loads."""
    found = set()
    for url in ASSET_RE.findall(html):
        if "://" in url or url.startswith(("#", "data:", "mailto:", "/")):
            continue
        path = posixpath.normpath(posixpath.join(posixpath.dirname(page), url.split("#")[0]))
        found.add(path.split("?")[0])
    return found


def used_files(site_dir: Path, bundled_sources: list[str], languages: list[str]) -> list[Path]:
    """Every file a reader can need: all but compressed twins, notebook sources, Moodle
    exports, source maps, the lunr languages search does not load and the bundled sources
    no page loads on its own (slide decks do load some)."""
    files = []
    pages: dict[str, str] = {}
    for path in sorted(site_dir.rglob("*")):
        relative = path.relative_to(site_dir).as_posix()
        if not path.is_file() or relative == "sw.js" or path.suffix in SKIPPED_SUFFIXES:
            continue
        if relative.startswith(LUNR) and relative not in lunr_files(languages):
            continue
        if path.suffix == ".html":
            pages[relative] = path.read_text(encoding="utf-8")
        files.append(path)
    loaded = set().union(*(loaded_by(html, page) for page, html in pages.items()))
    unused = set(bundled_sources) - loaded
    return [path for path in files if path.relative_to(site_dir).as_posix() not in unused]


def shell(site_dir: Path, extra: tuple[str, ...] = SHELL_EXTRA) -> list[str]:
    """What the worker stores at once: the home page (where the installed app opens), the
    not-found page (shown offline for pages not stored) and everything they load, plus search
    (index and workers) and the app's icons. Pages are stored as they are read."""
    keys = {"./", "404.html", *extra}
    for page in ("index.html", "404.html"):
        html = (site_dir / page).read_text(encoding="utf-8")
        keys |= {path for path in loaded_by(html, page) if not path.endswith((".html", "/"))}
        keys -= {"."}
    keys |= {path.relative_to(site_dir).as_posix() for path in (site_dir / WORKERS).glob("*.js")}
    manifest_data = json.loads((site_dir / "manifest.webmanifest").read_text(encoding="utf-8"))
    keys |= {icon["src"] for icon in manifest_data["icons"]}
    return sorted(key for key in keys if key == "./" or (site_dir / key).is_file())


def site_files(site_dir: Path, paths: list[Path]) -> dict[str, list]:
    """URL -> [content hash, bytes a gzip-serving host sends] for each file."""
    files = {}
    for path in paths:
        data = path.read_bytes()
        size = min(len(data), len(gzip.compress(data, compresslevel=6, mtime=0)))
        key = page_key(path.relative_to(site_dir).as_posix())
        files[key] = [hashlib.sha256(data).hexdigest()[:12], size]
    return files


def content_version(files: dict[str, list]) -> str:
    """A hash of everything the site serves: a new build gets a new cache only when content
    changed."""
    digest = hashlib.sha256()
    for key, (content_hash, _size) in sorted(files.items()):
        digest.update(f"{key}\0{content_hash}\n".encode())
    return digest.hexdigest()[:16]


def manifest(brand: dict, icons: list[dict]) -> str:
    return json.dumps(
        {
            "name": brand["nama_portal"],
            "short_name": brand.get("nama_singkat", brand["nama_portal"]),
            "description": f"Bahan belajar admin media sosial dari {brand['penerbit']}.",
            "lang": "id",
            "start_url": "./",
            "scope": "./",
            "display": "standalone",
            "theme_color": brand["warna_utama"],
            "background_color": "#ffffff",
            "icons": icons,
        },
        ensure_ascii=False,
        indent=1,
    )
