"""Our site-wide scripts and stylesheets reach the browser as one minified file each
(hooks/bundle.py): the joined script still runs, every page links the bundles instead of the
sources, and a wrong path in mkdocs.yml fails the build with a message that says which."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from mkdocs.config.defaults import MkDocsConfig

from akademi.bundle import BUNDLES, bundle_scripts, bundle_styles, bundled, replace_entries
from conftest import ROOT, mkdocs_build

NODE = shutil.which("node")


@pytest.mark.skipif(NODE is None, reason="Node.js runs the joined script")
def test_joined_scripts_run_even_when_a_file_ends_without_a_semicolon():
    first = "// first file\nvar answer = 40\nvar two = function () { return 2 }"
    second = "/* second file */\n(function () { console.log(answer + two()); })()"
    result = subprocess.run(
        [NODE, "-e", bundle_scripts([first, second])], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "42"


def test_joined_scripts_and_styles_lose_comments_and_spacing():
    script = bundle_scripts(["/* why */\nvar  a = 1;  // note\n"])
    assert "why" not in script and "note" not in script and "var a=1" in script
    style = bundle_styles(["/* why */\n.kuis {\n  color: red;\n}\n", ".b { margin: 0 }"])
    assert style.strip() == ".kuis{color:red}.b{margin:0}"


def test_only_plain_local_files_are_bundled_and_the_bundle_takes_the_first_place():
    config = MkDocsConfig()
    config.load_dict(
        {
            "site_name": "Uji",
            "extra_javascript": [
                "https://example.org/remote.js",
                "assets/javascripts/a.js",
                {"path": "assets/javascripts/modul.js", "type": "module"},
                "assets/javascripts/b.js",
            ],
        }
    )
    assert not config.validate()[0]
    entries = config.extra_javascript
    taken = bundled(entries, ".js")
    assert taken == ["assets/javascripts/a.js", "assets/javascripts/b.js"]
    assert [str(entry) for entry in replace_entries(entries, taken, BUNDLES[".js"])] == [
        "https://example.org/remote.js",
        BUNDLES[".js"],
        "assets/javascripts/modul.js",
    ]


def test_every_page_links_the_bundles_instead_of_the_sources(built_site):
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    sources = re.findall(r"^  - (assets/(?:javascripts|stylesheets)/\S+)$", config, re.MULTILINE)
    assert len(sources) >= 6
    for page in [built_site / "index.html", built_site / "modul/narasi/kuis/index.html"]:
        html = page.read_text(encoding="utf-8")
        for bundle in BUNDLES.values():
            assert html.count(bundle) == 1, f"{page}: {bundle}"
        for source in sources:
            assert f'"{source}"' not in html and f"/{source}" not in html, f"{page}: {source}"
    for suffix, bundle in BUNDLES.items():
        joined = (built_site / bundle).read_text(encoding="utf-8")
        originals = [ROOT / "docs" / s for s in sources if s.endswith(suffix)]
        assert 0 < len(joined) < sum(len(p.read_text(encoding="utf-8")) for p in originals)
    if NODE:
        check = subprocess.run([NODE, "--check", str(built_site / BUNDLES[".js"])])
        assert check.returncode == 0


def test_a_missing_source_fails_the_build_naming_it(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/index.md").write_text("# Beranda\n", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        f"site_name: Uji\nhooks: [{ROOT}/hooks/bundle.py]\n"
        "extra_javascript: [assets/javascripts/hilang.js]\n",
        encoding="utf-8",
    )
    result = mkdocs_build(config, tmp_path / "site")
    assert result.returncode != 0
    assert "assets/javascripts/hilang.js" in result.stderr
    assert "tidak ada di folder docs" in result.stderr
