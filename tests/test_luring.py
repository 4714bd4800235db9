"""The installed app offline, on a phone: what the service worker stores and serves."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PHONE = {
    "viewport": {"width": 360, "height": 740},
    "has_touch": True,
    "is_mobile": True,
    "locale": "id-ID",
}


@pytest.fixture
def phone(browser):
    context = browser.new_context(**PHONE)
    yield context
    context.close()


def install(page, url: str) -> None:
    """Open a page and wait until the service worker controls it (installed and activated)."""
    page.goto(url)
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.wait_for_function("navigator.serviceWorker.controller !== null")


def home_heading(built_site) -> str:
    """The home page's title as built (without its permalink anchor)."""
    html = (built_site / "index.html").read_text(encoding="utf-8")
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)
    return re.sub(r"<a class=\"headerlink\".*?</a>|<[^>]+>", "", heading).strip()


def test_installed_app_opens_its_home_page_offline(phone, built_site, site_url):
    page = phone.new_page()
    install(page, site_url + "modul/narasi/")
    start_url = page.evaluate(
        """async () => {
          const link = document.querySelector("link[rel=manifest]");
          const manifest = await (await fetch(link.href)).json();
          return new URL(manifest.start_url, link.href).href;
        }"""
    )
    assert start_url == site_url
    heading = home_heading(built_site)
    phone.set_offline(True)

    page.goto(start_url)
    expect(page.locator("h1")).to_contain_text(heading)
    expect(page.locator("body")).not_to_contain_text("Halaman tidak ditemukan")

    page.goto(site_url + "modul/narasi/")
    expect(page.locator("h1")).to_contain_text("Narasi")
    page.locator(".md-path").get_by_role("link", name="Beranda").click()
    expect(page).to_have_url(site_url)
    expect(page.locator("h1")).to_contain_text(heading)
    expect(page.locator("body")).not_to_contain_text("Halaman tidak ditemukan")
