"""axe-core on every page, in both palettes, at phone and desktop widths."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from test_site import html_pages, page_url

pytestmark = pytest.mark.browser

BLOCKING = ("serious", "critical")
WIDTHS = (1280, 360)


def blocking_violations(axe: Axe, page) -> list[str]:
    results = axe.run(page).response["violations"]
    return [
        f"{rule['id']} ({rule['impact']}): {[node['target'] for node in rule['nodes']][:5]}"
        for rule in results
        if rule["impact"] in BLOCKING
    ]


# Pages that only repeat other pages' content (the print-everything page) are checked once,
# in the light palette at desktop width; every other page in all four combinations.
REPEATS = ("pelatih/cetak-modul/index.html",)
# Without transitions a resized page settles at once, so both widths share one page load.
NO_TRANSITIONS = (
    "*, *::before, *::after { transition: none !important; animation: none !important; }"
)


def widths_to_check(relative: str, scheme: str) -> tuple[int, ...]:
    if relative in REPEATS:
        return WIDTHS[:1] if scheme == "light" else ()
    return WIDTHS


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_violations_on_any_page(browser, built_site, site_url, scheme):
    axe = Axe()
    context = browser.new_context(color_scheme=scheme, viewport={"width": WIDTHS[0], "height": 900})
    page = context.new_page()
    failures = []
    for html in html_pages(built_site):
        widths = widths_to_check(html.relative_to(built_site).as_posix(), scheme)
        if not widths:
            continue
        url = page_url(site_url, built_site, html)
        page.set_viewport_size({"width": widths[0], "height": 900})
        page.goto(url)
        page.add_style_tag(content=NO_TRANSITIONS)
        for width in widths:
            page.set_viewport_size({"width": width, "height": 900})
            failures += [f"{url} [{scheme}, {width}px] {v}" for v in blocking_violations(axe, page)]
    context.close()
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_answered_quiz_has_no_serious_violations(browser, site_url, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(site_url + "contoh-kuis/")
    for form in page.locator("form.kuis").all():
        first = form.locator("input[type=radio], input[type=checkbox]").first
        if first.count():
            first.check()
        form.get_by_role("button", name="Periksa jawaban").click()
    assert blocking_violations(Axe(), page) == []
    context.close()
