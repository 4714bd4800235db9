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


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_violations_on_any_page(browser, built_site, site_url, scheme, width):
    axe = Axe()
    context = browser.new_context(color_scheme=scheme, viewport={"width": width, "height": 900})
    page = context.new_page()
    failures = []
    for html in html_pages(built_site):
        url = page_url(site_url, built_site, html)
        page.goto(url)
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
