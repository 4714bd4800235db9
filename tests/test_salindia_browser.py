"""Every slide of every deck, walked in a real Chromium at the two projector sizes of a bimtek
hall: nothing may spill past the slide's content box (clipped, or under the toolbar), and at
1280 x 720 no visible text may be smaller than 24 px on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

LEGIBLE_PX = 24
# For each slide: how far its content reaches past the content box (in screen px) and the
# smallest on-screen font size of its visible text (fragments count: they appear on a key
# press; closed "Contoh jawaban" boxes do not, and are fitted again when opened).
MEASURE = """() => {
  const deck = window.akademiSalindia;
  const results = [];
  for (let i = 0; i < deck.getTotalSlides(); i++) {
    deck.slide(i);
    const section = deck.getCurrentSlide();
    const scale = deck.getScale();
    const box = section.getBoundingClientRect();
    const style = getComputedStyle(section);
    const bottomLimit = box.bottom - parseFloat(style.paddingBottom) * scale + 1;
    const rightLimit = box.right - parseFloat(style.paddingRight) * scale + 1;
    let bottom = 0, right = 0, smallest = Infinity, sample = "";
    for (const node of section.querySelectorAll("*")) {
      if (node.closest("aside.notes, details:not([open]) > :not(summary)")) continue;
      const text = [...node.childNodes].filter(c => c.nodeType === 3 && c.nodeValue.trim());
      if (!text.length && !node.matches("img, svg, table, pre")) continue;
      const rects = node.getClientRects();
      if (!rects.length) continue;
      for (const r of rects) {
        bottom = Math.max(bottom, r.bottom);
        right = Math.max(right, r.right);
      }
      if (text.length) {
        const size = parseFloat(getComputedStyle(node).fontSize) * scale;
        if (size < smallest) [smallest, sample] = [size, text[0].nodeValue.trim().slice(0, 30)];
      }
    }
    results.push({
      slide: i + 1,
      title: (section.querySelector("h1, h2") || section).textContent.trim().slice(0, 50),
      spill: Math.round(Math.max(bottom - bottomLimit, right - rightLimit)),
      font: Math.round(smallest * 10) / 10,
      sample,
    });
  }
  return results;
}"""


def decks(built_site: Path) -> list[str]:
    found = sorted(
        path.name for path in (built_site / "pelatih/salindia").iterdir() if path.is_dir()
    )
    assert len(found) >= 7
    return found


@pytest.mark.parametrize("width, height", [(1280, 720), (1024, 768)])
def test_every_slide_fits_its_box_at_a_legible_size(browser, site_url, built_site, width, height):
    context = browser.new_context(locale="id-ID", viewport={"width": width, "height": height})
    page = context.new_page()
    spilled, small, walked = [], [], 0
    for deck in decks(built_site):
        page.goto(site_url + f"pelatih/salindia/{deck}/")
        expect(page.locator("html.salindia--siap")).to_have_count(1)
        for slide in page.evaluate(MEASURE):
            walked += 1
            where = f"{deck} #{slide['slide']} {slide['title']!r}"
            if slide["spill"] > 0:
                spilled.append(f"{where}: {slide['spill']} px past the slide")
            if width == 1280 and slide["font"] < LEGIBLE_PX:
                small.append(f"{where}: {slide['font']} px ({slide['sample']!r})")
    context.close()
    assert walked > 500
    assert spilled == [], f"{len(spilled)} of {walked} slides spill:\n" + "\n".join(spilled)
    assert small == [], f"{len(small)} of {walked} slides under {LEGIBLE_PX} px:\n" + "\n".join(
        small
    )
