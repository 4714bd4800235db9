"""The published address: QR codes and printed links lead to it, and a build for people never
carries the example address."""

from __future__ import annotations

import io
import re
import subprocess
from html import unescape

import pytest
import zxingcpp
from PIL import Image

from akademi.alamat import is_placeholder, is_publishing
from conftest import MEREK, ROOT, mkdocs_build
from helpers import load_script

EXAMPLE = "https://diskominfo-contoh.github.io/akademi-medsos-pemda/"
QR_SVG_RE = re.compile(r"<svg\b(?:(?!</svg>).)*?<title>Kode QR(?:(?!</svg>).)*</svg>", re.S)
BANNER = "Pratinjau lokal: alamat situs belum diatur"


@pytest.mark.parametrize(
    ("address", "placeholder"),
    [
        (EXAMPLE, True),
        ("https://diskominfo-contoh.github.io/lain/", True),
        ("", True),
        (None, True),
        ("https://diskominfo-x.github.io/akademi-medsos-pemda/", False),
        ("https://akademi.contohkab.go.id/", False),
    ],
)
def test_the_example_address_and_no_address_are_placeholders(address, placeholder):
    assert is_placeholder(address) is placeholder


@pytest.mark.parametrize(
    ("command", "environ", "publishing"),
    [
        ("build", {}, False),
        ("serve", {}, False),
        ("build", {"OFFLINE": "true"}, True),  # make offline
        ("build", {"PUBLISH": "true"}, True),  # the publishing workflow
        ("build", {"PUBLISH": "false", "OFFLINE": ""}, False),
        ("gh-deploy", {}, True),
    ],
)
def test_builds_for_people_are_told_apart_from_local_checks(command, environ, publishing):
    assert is_publishing(command, environ) is publishing


@pytest.mark.parametrize("flag", ["OFFLINE", "PUBLISH"])
def test_a_build_for_people_without_an_address_fails_naming_the_line_to_edit(
    tmp_path, monkeypatch, flag
):
    monkeypatch.delenv("SITE_URL", raising=False)
    result = mkdocs_build(ROOT / "mkdocs.yml", tmp_path / "site", **{flag: "true"})
    assert result.returncode != 0
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\n")
    line = next(n for n, text in enumerate(config, 1) if text.strip().startswith("alamat_situs:"))
    assert f"mkdocs.yml:{line}: alamat situs belum diatur" in result.stderr
    assert "SITE_URL" in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()


def test_make_offline_is_a_build_for_people(tmp_path):
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\noffline:", 1)[1].split("\n\n", 1)[0]
    assert "scripts/terbitkan.py --luring" in recipe
    asked: list[dict] = []

    def refused_build(config, site_dir, **env):
        asked.append(env)
        return subprocess.CompletedProcess([], 1, stderr="alamat situs belum diatur")

    with pytest.raises(SystemExit, match="alamat situs belum diatur"):
        load_script("terbitkan").build_offline(ROOT / "mkdocs.yml", tmp_path, refused_build)
    assert asked == [{"OFFLINE": "true"}]


def test_the_publishing_workflow_passes_the_pages_address_and_the_publishing_flag():
    workflow = (ROOT / ".github/workflows/publish.yml").read_text(encoding="utf-8")
    step = workflow.split("- run: make publish", 1)[1].split("- uses:", 1)[0]
    assert "SITE_URL: ${{ steps.pages.outputs.base_url }}/" in step
    assert 'PUBLISH: "true"' in step


def preview_site(tmp_path, site_url: str):
    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "docs" / "index.md").write_text("# Beranda\n\nHalo.\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        f"site_name: Situs Uji\nsite_url: {site_url}\ntheme:\n  name: material\n"
        f"  custom_dir: {ROOT}/overrides\n  language: id\n  font: false\nextra:\n{MEREK}\n"
        f"hooks:\n  - {ROOT}/hooks/alamat.py\n",
        encoding="utf-8",
    )
    result = mkdocs_build(tmp_path / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    return (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_a_local_build_with_the_example_address_is_marked_as_a_preview(tmp_path):
    assert BANNER in preview_site(tmp_path, EXAMPLE)
    assert BANNER not in preview_site(tmp_path, "https://akademi.contohkab.go.id/")


@pytest.mark.browser
def test_every_qr_code_of_a_built_site_leads_to_its_address(page, built_site, site_url):
    codes: list[tuple[str, str]] = []
    for path in sorted(built_site.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        codes += [(str(path.relative_to(built_site)), svg) for svg in QR_SVG_RE.findall(html)]
    # The day's QR sheet (portal, pre/post-test, every module) and a title slide per deck.
    decks = len(list((built_site / "pelatih" / "salindia").glob("*/index.html")))
    assert decks >= 7 and len(codes) >= 2 + 2 * decks
    decoded: dict[str, str] = {}
    for place, svg in codes:
        page.set_content(f'<div style="width:300px;background:#fff;padding:20px">{svg}</div>')
        image = Image.open(io.BytesIO(page.locator("svg").screenshot())).convert("L")
        found = zxingcpp.read_barcodes(image)
        assert found, f"QR code in {place} cannot be read"
        decoded[place + ":" + str(len(decoded))] = found[0].text
    outside = {place: text for place, text in decoded.items() if not text.startswith(site_url)}
    assert outside == {}
    sheet = (built_site / "pelatih" / "daftar-periksa" / "index.html").read_text(encoding="utf-8")
    captions = [unescape(text) for text in re.findall(r'kode-qr__alamat">([^<]*)<', sheet)]
    assert site_url in captions and site_url + "pelatih/pra-pasca-tes/" in captions
