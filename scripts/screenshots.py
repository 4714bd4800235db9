"""Save screenshots of key pages for review: 360 px and 1280 px, light and dark palettes.

Usage: make screenshots  (builds the site, serves it locally, writes screenshots/*.png)
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "hooks")]

from playwright.sync_api import sync_playwright  # noqa: E402

from conftest import CHROMIUM, CHROMIUM_ARGS, mkdocs_build, serve  # noqa: E402

OUTPUT = ROOT / "screenshots"
PAGES = {
    "beranda": "",
    "modul": "modul/",
    "modul-narasi": "modul/narasi/",
    "kuis": "contoh-kuis/",
    "kemajuan": "kemajuan/",
}


def answer_quiz(page) -> None:
    """Answer every question from its own key, so the shot shows feedback and score."""
    for form in page.locator("form.kuis").all():
        for right in form.locator(".kuis__kunci--benar[data-pilihan]").all():
            form.locator(f"input[value='{right.get_attribute('data-pilihan')}']").check()
        accepted = form.locator("[data-jawaban]")
        if accepted.count():
            form.locator(".kuis__isian input").fill(accepted.first.get_attribute("data-jawaban"))
        # Each ordering step's and each pair's right choice has the row's author position.
        select_rows = (
            (".kuis__urutan li", "data-langkah"),
            (".kuis__pasangan li", "data-pasangan"),
        )
        for rows, position in select_rows:
            for row in form.locator(rows).all():
                row.locator("select").select_option(row.get_attribute(position))
        form.get_by_role("button", name="Periksa jawaban").click()


def main() -> None:
    OUTPUT.mkdir(exist_ok=True)
    extra = json.loads(os.environ.get("SCREENSHOT_PAGES", "{}"))
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        server, url = serve(site)
        result = mkdocs_build(ROOT / "mkdocs.yml", site, SITE_URL=url)
        if result.returncode:
            sys.exit(result.stderr)
        alat = sorted(p.parent.name for p in (site / "alat").glob("*/index.html"))
        pages = {**PAGES, **{f"alat-{name}": f"alat/{name}/" for name in alat}, **extra}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for scheme in ("light", "dark"):
                for width in (360, 1280):
                    context = browser.new_context(
                        color_scheme=scheme, viewport={"width": width, "height": 800}
                    )
                    page = context.new_page()
                    for name, path in pages.items():
                        page.goto(url + path)
                        if name == "kuis":
                            answer_quiz(page)
                        shot = OUTPUT / f"{name}-{width}-{scheme}.png"
                        page.screenshot(path=shot, full_page=width == 1280)
                        print(shot.relative_to(ROOT))
                    context.close()
            browser.close()
        server.shutdown()


if __name__ == "__main__":
    main()
