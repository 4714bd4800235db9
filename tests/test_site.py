"""The portal as a whole: strict build, page basics, sub-path, offline, 404 and branding."""

from __future__ import annotations

import functools
import html
import json
import re
import shutil
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from nodejs import run_node
from playwright.sync_api import expect

from akademi.offline import megabytes as offline_megabytes
from conftest import ROOT, SUB_PATH, build_in_process, mkdocs_build
from helpers import EVERY_PAGE, GOOD, GOOD_PLANS, facts, html_pages, load_script, page_url


def test_every_page_declares_indonesian_a_title_and_a_description(built_site):
    pages = html_pages(built_site)
    assert len(pages) > 10
    for page in pages:
        found = facts(page)
        name = page.relative_to(built_site)
        assert found.lang == "id", name
        assert found.title.strip(), name
        assert found.description and found.description.strip(), name


def test_pages_reference_no_other_host_for_assets(built_site):
    for page in html_pages(built_site):
        for url in facts(page).loads:
            assert not urlsplit(url).netloc or url.startswith("http://127.0.0.1"), (
                f"{page.relative_to(built_site)} loads {url}"
            )
    for asset in [*built_site.rglob("*.css"), *built_site.rglob("*.js")]:
        if not asset.is_file():
            continue  # e.g. the folder assets/vendor/reveal.js/
        text = asset.read_text(encoding="utf-8", errors="ignore")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, asset


def fetch_status(url: str) -> int:
    try:
        with urllib.request.urlopen(url) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_every_internal_link_and_asset_resolves_under_the_sub_path(built_site, site_url):
    checked: dict[str, int] = {}
    for page in html_pages(built_site):
        if page.name == "404.html":
            continue
        base = page_url(site_url, built_site, page)
        found = facts(page)
        for reference in [*found.loads, *found.links]:
            url = urljoin(base, reference).split("#")[0]
            if not url.startswith("http://127.0.0.1") or url in checked:
                continue
            assert urlsplit(url).path.startswith(SUB_PATH), (
                f"{page}: {reference} leaves the sub-path"
            )
            checked[url] = fetch_status(url)
    broken = {url: status for url, status in checked.items() if status != 200}
    assert not broken
    assert len(checked) > 50


@pytest.mark.browser
@pytest.mark.parametrize("part", EVERY_PAGE)
def test_crawling_every_page_requests_only_the_local_server(light_visits, part):
    visits = light_visits(part)  # Shared with the axe pass over every page.
    assert len(visits) > 10
    assert [url for visit in visits for url in visit.outside] == []


@pytest.mark.browser
def test_search_finds_pages_under_the_sub_path(page, site_url):
    page.goto(site_url)
    page.get_by_label("Cari", exact=False).first.click()
    page.keyboard.type("kuis")
    result = page.locator(".md-search-result__link").first
    expect(result).to_be_visible(timeout=15_000)  # The worker indexes every page first.
    href = result.get_attribute("href")
    assert urlsplit(urljoin(site_url, href)).path.startswith(SUB_PATH)
    result.click()
    expect(page).not_to_have_title(re.compile("Halaman tidak ditemukan"))


@pytest.mark.browser
def test_missing_page_gets_the_indonesian_404(page, site_url):
    response = page.goto(site_url + "modul/tidak-ada/")
    assert response.status == 404
    expect(page.locator("h1")).to_have_text("Halaman tidak ditemukan")
    page.get_by_role("link", name="Kembali ke Beranda").click()
    expect(page).to_have_url(site_url)
    expect(page.locator(".md-content h1")).to_contain_text("Akademi Medsos Pemda")


def rebranded_config(folder: Path, pages: dict[str, str] | None = None) -> Path:
    """The real mkdocs.yml with another office's branding, over a two-page docs folder (plus
    ``pages``, {path: text})."""
    docs = folder / "docs"
    shutil.copytree(ROOT / "docs/assets", docs / "assets")  # Scripts and styles the pages link.
    if (ROOT / "docs/data").is_dir():  # Word lists and other data the hooks read.
        shutil.copytree(ROOT / "docs/data", docs / "data")
    (docs / "index.md").write_text("---\ndescription: Uji.\n---\n# Beranda\n", encoding="utf-8")
    (docs / "tentang.md").write_text("---\ndescription: Uji.\n---\n# Tentang\n", encoding="utf-8")
    (docs / "assets/images/logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    for path, text in (pages or {}).items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(text, encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    replacements = {
        "&nama_portal Akademi Medsos Pemda": "&nama_portal Sekolah Medsos",
        "kode: akademi-medsos-pemda": "kode: sekolah-medsos-kota-uji",
        "&penerbit Diskominfo Kabupaten Contoh": "&penerbit Diskominfo Kota Uji",
        "kontak: diskominfo@contohkab.go.id": "kontak: medsos@kotauji.go.id",
        'warna_utama: "#0b5d73"': 'warna_utama: "#7a1f5c"',
        "custom_dir: overrides": f"custom_dir: {ROOT}/overrides",
        "  - hooks/": f"  - {ROOT}/hooks/",
        # Generated trainer pages are not in this two-page nav; that is fine here.
        "    omitted_files: warn": "    omitted_files: info",
    }
    for old, new in replacements.items():
        assert old in config, old
        config = config.replace(old, new)
    config = config[: config.index("\nnav:")] + "\nnav: [index.md, tentang.md]\n"
    config = re.sub(r"(?m)^not_in_nav:.*\n(  .*\n)*", "", config)
    path = folder / "mkdocs.yml"
    path.write_text(config, encoding="utf-8")
    return path


def test_branding_block_reaches_header_footer_and_colours(tmp_path):
    result = build_in_process(rebranded_config(tmp_path), tmp_path / "site")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site/tentang/index.html").read_text(encoding="utf-8")
    header = html[html.index('<header class="md-header') : html.index("</header>")]
    footer = html[html.index('<footer class="md-footer') : html.index("</footer>")]
    assert "Sekolah Medsos" in header and "Akademi Medsos Pemda" not in html
    assert "Diskominfo Kota Uji" in footer and "medsos@kotauji.go.id" in footer
    assert "<title>Tentang - Sekolah Medsos</title>" in html
    assert "--akademi-utama: #7a1f5c" in html


# A module with a quiz, the calendar tool and the trainer page: what carries generated names.
MODULE_PAGES = {
    "modul/index.md": "---\ndescription: Uji.\n---\n# Modul\n",
    "modul/uji/index.md": GOOD.replace("---\n", "---\njalur: inti\n", 1).replace(
        "prasyarat: [perencanaan-konten]", "prasyarat: []"
    ),
    "modul/uji/kuis.md": "---\ntitle: Kuis\ndescription: Uji.\njalur: inti\n---\n\n# Kuis\n\n"
    + "".join(
        f"/// kuis | benar-salah\nid: uji-{n}\ntujuan: {n}\nPernyataan nomor {n}.\n"
        f"- [{'x' if n != 2 else ' '}] Benar\n- [{'x' if n == 2 else ' '}] Salah\n///\n\n"
        for n in (1, 2, 3)
    ),
    "modul/uji/sesi.yml": GOOD_PLANS,
    "alat/kalender-konten.md": "---\ndescription: Uji.\nalat: kalender-konten\n---\n"
    "# Kalender Konten\n\n<!-- alat -->\n",
    "pelatih/index.md": "---\ndescription: Uji.\n---\n# Untuk Pelatih\n\n<!-- paket-luring -->\n",
}


def test_a_rebranded_publish_names_every_generated_file_after_the_brand(tmp_path):
    publishing = load_script("terbitkan")
    config = rebranded_config(tmp_path, MODULE_PAGES)
    (tmp_path / "docs/data/glosarium.yml").unlink()  # Its terms point at the real modules.
    site = tmp_path / "site"
    build = functools.partial(build_in_process, SITE_URL="https://medsos.kotauji.go.id/")
    target = publishing.publish(config, site, tmp_path / "build", build=build)
    # The offline copy: its zip and top folder carry the new code, and the site offers it.
    assert target.name == "sekolah-medsos-kota-uji-luring.zip"
    with zipfile.ZipFile(target) as bundle:
        assert {name.split("/")[0] for name in bundle.namelist()} == {"sekolah-medsos-kota-uji"}
    trainer = (site / "pelatih/index.html").read_text(encoding="utf-8")
    link = re.search(r'<a [^>]*href="([^"]+)"[^>]*data-paket-luring[^>]*>([^<]+)</a>', trainer)
    assert link, "no download link on the trainer page"
    published = (site / "pelatih" / link[1]).resolve()
    assert published.read_bytes() == target.read_bytes()
    assert offline_megabytes(target.stat().st_size) in link[2]
    # Moodle: the category, the comment and the file name.
    moodle = (site / "pelatih/moodle/uji.xml").read_text(encoding="utf-8")
    assert "$course$/Sekolah Medsos/Narasi" in moodle and "Akademi Medsos" not in moodle
    key_index = (site / "pelatih/kunci-jawaban/index.html").read_text(encoding="utf-8")
    assert 'download="sekolah-medsos-kota-uji-uji.xml"' in key_index
    # The service worker's cache and the manifest.
    worker = (site / "sw.js").read_text(encoding="utf-8")
    assert 'const CACHE = "sekolah-medsos-kota-uji" + ":"' in worker
    manifest = json.loads((site / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["name"] == "Sekolah Medsos"
    assert "Diskominfo Kota Uji" in manifest["description"]
    # The calendar: from file:// (no host name) the UIDs' host and the producer are the brand's.
    tool = (site / "alat/kalender-konten/index.html").read_text(encoding="utf-8")
    payload = json.loads(html.unescape(re.search(r'data-isi="([^"]*)"', tool)[1]))
    ics = run_node(
        "const k = load('kalender-konten.js');"
        "return k.toIcs({slot: [{id: 'a', kunci: '0123456789ab', urutan: 0, tanggal: '2026-11-02',"
        " pilar: 'Layanan', platform: 'Instagram', topik: 'Uji'}], token: '0123456789abcdef',"
        " tahun: 2026, bulan: 11, jenis: {}, hari: [], judul: 'Uji', catatan: 'Catatan.',"
        " portal: input.namaPortal, kode: input.kodePortal});",
        payload,
    )
    assert "UID:kalender-0123456789abcdef-0123456789ab@sekolah-medsos-kota-uji.local" in ics
    assert "PRODID:-//Sekolah Medsos//Kalender Konten//ID" in ics
    # No generated file carries the old brand.
    for path in site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".js", ".json", ".webmanifest"):
            text = path.read_text(encoding="utf-8", errors="ignore")
            assert "akademi-medsos-pemda" not in text, path.relative_to(site)


def test_two_builds_of_the_same_commit_are_byte_identical(built_site, served, tmp_path):
    again = tmp_path / "again"
    result = mkdocs_build(ROOT / "mkdocs.yml", again, SITE_URL=served[1])
    assert result.returncode == 0, result.stderr
    first = {
        p.relative_to(built_site): p.read_bytes() for p in built_site.rglob("*") if p.is_file()
    }
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [path for path in first if first[path] != second[path]] == []
