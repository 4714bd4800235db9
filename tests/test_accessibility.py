"""axe-core on every page in the light palette at phone width, and on one page of each kind in
both palettes at phone and desktop widths.

Colours and layout come from components (the header, a quiz, an admonition, a tool's form),
not from the page they sit on, so a component checked in all four combinations on one page is
checked everywhere it appears; the every-page pass catches what a single page gets wrong."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from helpers import (
    DESKTOP,
    EVERY_PAGE,
    PHONE,
    REPEATS,
    blocking_violations,
    element_kinds,
    html_pages,
    one_page_of_each_kind,
    page_family,
    page_url,
    visit_pages,
)

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("part", EVERY_PAGE)
def test_no_serious_violations_on_any_page_in_the_light_palette(light_visits, part):
    visits = light_visits(part)
    assert len(visits) > 10
    failures = [line for visit in visits for line in visit.violations]
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("half", [0, 1])
def test_no_serious_violations_on_a_page_of_each_kind_in_the_dark_palette(
    browser, built_site, site_url, half
):
    pages = one_page_of_each_kind(built_site)[half::2]
    urls = [(page_url(site_url, built_site, page), (DESKTOP, PHONE)) for page in pages]
    failures = [
        line for visit in visit_pages(browser, site_url, urls, "dark") for line in visit.violations
    ]
    assert not failures, "\n".join(failures)


def test_the_sample_holds_a_page_of_every_family_and_every_element_kind(built_site):
    pages = [page for page in html_pages(built_site) if relative(built_site, page) not in REPEATS]
    sample = one_page_of_each_kind(built_site)
    families = Counter(page_family(relative(built_site, page)) for page in pages)
    assert families["modul/*/kuis/index.html"] > 1 and families["pelatih/salindia/*/index.html"] > 1
    shared = {family for family, count in families.items() if count > 1}
    assert shared <= {page_family(relative(built_site, page)) for page in sample}
    assert set().union(*map(element_kinds, pages)) == set().union(*map(element_kinds, sample))
    assert len(sample) < len(pages) / 2


def relative(site_dir: Path, page: Path) -> str:
    return page.relative_to(site_dir).as_posix()


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
