"""What learner progress needs from the build: the module map and the offline app shell."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from akademi.modules import Module, module_slug
from akademi.quiz_export import page_url

# Files a phone does not need offline: compressed twins, notebook sources, Moodle exports.
SKIPPED_SUFFIXES = (".gz", ".ipynb", ".xml", ".py", ".map")


def module_map(modules: list[Module], page_paths: list[str], core: list[str]) -> dict:
    """Modules with their pages in reading order; page keys are site-relative URLs."""
    pages: dict[str, list[str]] = {}
    for path in page_paths:
        slug = module_slug(path)
        if slug:
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


def precache_list(site_dir: Path) -> list[str]:
    """Every file the service worker stores, as URLs relative to the site root (which is also
    the worker's folder). The home page is "./": an empty URL would resolve to sw.js itself."""
    entries = []
    for path in sorted(site_dir.rglob("*")):
        relative = path.relative_to(site_dir).as_posix()
        if not path.is_file() or relative == "sw.js" or path.suffix in SKIPPED_SUFFIXES:
            continue
        entries.append(relative.removesuffix("index.html") or "./")
    return entries


def content_version(site_dir: Path, entries: list[str]) -> str:
    """A hash of everything precached: a new build gets a new cache only when content changed."""
    digest = hashlib.sha256()
    for entry in entries:
        target = site_dir / entry
        if target.is_dir():
            target = target / "index.html"
        digest.update(entry.encode() + b"\0" + target.read_bytes())
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
