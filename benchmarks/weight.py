"""Page weight: first-visit transfer of every module page (gzip), split into Material's own
assets and ours, against the same page built with plain Material (our hooks and assets
stripped; quiz blocks turned into their plain words, and, as a second figure, removed
altogether), plus the search index size and the largest images."""

from __future__ import annotations

import gzip
import re
import shutil
import statistics
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from benchmarks.common import ROOT, kib, run_build

QUIZ_OPTION = re.compile(r"^[a-z_]+: ")
OURS = re.compile(r"assets/(javascripts|stylesheets)/(?!bundle|workers|main|palette)")


class Loads(HTMLParser):
    """URLs a browser fetches on first visit: stylesheets, scripts, images."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") in ("stylesheet", "icon") and attrs.get("href"):
            self.urls.append(attrs["href"])
        elif tag in ("script", "img") and attrs.get("src"):
            self.urls.append(attrs["src"])


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6))


def first_visit(site: Path, page: Path) -> dict[str, int]:
    """gzip bytes per kind for one page: html, material, ours, images."""
    parser = Loads()
    html = page.read_bytes()
    parser.feed(html.decode("utf-8"))
    base = "/" + page.relative_to(site).as_posix()
    sizes = {"html": gz(html), "material": 0, "ours": 0, "images": 0}
    for url in dict.fromkeys(parser.urls):
        if urlsplit(url).netloc or url.startswith("data:"):
            continue
        target = site / urljoin(base, urlsplit(url).path).lstrip("/")
        if not target.is_file():
            continue
        kind = (
            "images"
            if target.suffix in (".png", ".jpg", ".jpeg", ".svg", ".webp")
            else ("ours" if OURS.search(target.as_posix()) else "material")
        )
        sizes[kind] += gz(target.read_bytes())
    return sizes


TEMPLATE_LINE = re.compile(r"(?m)^template: .*\n")


def plain_material_copy(folder: Path, keep_quiz_text: bool = False) -> Path:
    """The docs with quiz blocks removed (or, with ``keep_quiz_text``, turned into plain
    Markdown: the same words without the block fences), and a config with no hooks,
    overrides or our assets."""
    from akademi.quiz import find_blocks  # hooks/ is on the path once benchmarks.common loads.

    docs = folder / "docs"
    shutil.copytree(ROOT / "docs", docs, ignore=shutil.ignore_patterns("assets"))
    for page in docs.rglob("*.md"):
        # Our page templates (certificates) are not in plain Material.
        text = TEMPLATE_LINE.sub("", page.read_text(encoding="utf-8"), count=1)
        blocks, _ = find_blocks(text, str(page))
        lines = text.split("\n")
        for block in reversed(blocks):
            text_lines = [
                line
                for line in lines[block.start - 1 : block.end]
                if keep_quiz_text and not line.startswith("///") and not QUIZ_OPTION.match(line)
            ]
            lines[block.start - 1 : block.end] = text_lines
        page.write_text("\n".join(lines), encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"(?ms)^(extra_css|extra_javascript|hooks):\n(  - .*?\n)+", "", config)
    config = config.replace("  custom_dir: overrides\n", "").replace(
        "primary: custom", "primary: teal"
    )
    config = config.replace("accent: custom", "accent: teal").replace(
        "strict: true", "strict: false"
    )
    config = re.sub(r"(?m)^  (logo|favicon): .*\n", "", config)
    path = folder / "mkdocs.yml"
    path.write_text(config, encoding="utf-8")
    return path


def plain_total(site: Path, relative: Path) -> int:
    """First-visit bytes of a page of a plain build, 0 if it has no such page."""
    page = site / relative
    return sum(first_visit(site, page).values()) if page.exists() else 0


def run() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ours_site = Path(tmp) / "ours"
        plain_site = Path(tmp) / "plain"
        text_site = Path(tmp) / "plain-text"
        run_build(ROOT / "mkdocs.yml", site_dir=str(ours_site))
        run_build(plain_material_copy(Path(tmp) / "plain-src"), site_dir=str(plain_site))
        text_config = plain_material_copy(Path(tmp) / "plain-text-src", keep_quiz_text=True)
        run_build(text_config, site_dir=str(text_site))
        pages = sorted(ours_site.glob("modul/*/**/index.html"))
        ratios, quiz_ratios, quiz_removed_ratios, own = [], [], [], []
        print(
            f"{'page':58} {'total':>9} {'html':>8} {'material':>9} {'ours':>8} {'img':>8} "
            f"{'plain':>9} {'ratio':>6}"
        )
        for page in pages:
            relative = page.relative_to(ours_site)
            mine = first_visit(ours_site, page)
            # The same page: a quiz page's plain twin keeps its questions as plain Markdown.
            plain = plain_total(text_site, relative)
            total = sum(mine.values())
            ratio = total / plain if plain else float("nan")
            own.append(mine["ours"])
            if 'class="kuis"' in page.read_text(encoding="utf-8"):
                quiz_ratios.append(ratio)
                quiz_removed_ratios.append(total / plain_total(plain_site, relative))
            else:
                ratios.append(ratio)
            print(
                f"{relative.parent.as_posix():58} {kib(total):>9} {kib(mine['html']):>8} "
                f"{kib(mine['material']):>9} {kib(mine['ours']):>8} {kib(mine['images']):>8} "
                f"{kib(plain):>9} {ratio:>6.2f}"
            )
        print(
            f"module pages: {len(pages)}; our JS+CSS per page (gzip): {kib(max(own))} "
            "(target <= 12 KiB)"
        )
        everything = ratios + quiz_ratios
        print(
            f"first visit vs plain Material, all {len(everything)} pages: median "
            f"{statistics.median(everything):.2f}, max {max(everything):.2f} (target <= 1.15)"
        )
        print(f"  {len(ratios)} pages without a quiz: max {max(ratios):.2f}")
        if quiz_ratios:
            print(
                f"  {len(quiz_ratios)} quiz pages (plain twin keeps the question words as plain "
                f"Markdown): max {max(quiz_ratios):.2f}; against a plain twin with the "
                f"questions removed altogether: max {max(quiz_removed_ratios):.2f}"
            )
        for name, site in (("ours", ours_site), ("plain Material", plain_site)):
            index = (site / "search/search_index.json").read_bytes()
            print(f"search index, {name}: {kib(len(index))} raw, {kib(gz(index))} gzip")
        images = sorted(
            (
                p
                for p in ours_site.rglob("*")
                if p.suffix in (".png", ".jpg", ".jpeg", ".svg", ".webp")
            ),
            key=lambda p: p.stat().st_size,
        )
        largest = images[-1]
        print(
            f"largest image: {largest.relative_to(ours_site)} {kib(largest.stat().st_size)} "
            "(limit 200 KiB)"
        )
