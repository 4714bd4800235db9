"""Browser libraries from npm (package.json, package-lock.json) that the site serves itself.

``npm ci`` installs them into node_modules/; the build copies only the files listed here into
``assets/vendor/``, so nothing is committed as a vendored copy and nothing comes from a CDN.
"""

from __future__ import annotations

from pathlib import Path

VENDOR_DIR = "assets/vendor"
# (package, file inside the package, name in the site under VENDOR_DIR/<package>/)
FILES = (
    ("reveal.js", "dist/reveal.js", "reveal.js"),
    ("reveal.js", "dist/reveal.css", "reveal.css"),
    ("reveal.js", "dist/plugin/notes.js", "notes.js"),
    ("reveal.js", "LICENSE", "LICENSE.txt"),
    # The MIT notice of qrcode-generator is inside qrcode.js (the package has no LICENSE file).
    ("qrcode-generator", "dist/qrcode.js", "qrcode.js"),
    ("iframe-worker", "shim/index.js", "shim.js"),
    ("iframe-worker", "LICENSE", "LICENSE.txt"),
)
IFRAME_WORKER = f"{VENDOR_DIR}/iframe-worker/shim.js"


def vendor_files(node_modules: Path) -> tuple[dict[str, Path], list[str]]:
    """Site path → source file for every vendored file, and the files that are missing."""
    found: dict[str, Path] = {}
    missing: list[str] = []
    for package, inside, name in FILES:
        source = node_modules / package / inside
        if source.is_file():
            found[f"{VENDOR_DIR}/{package}/{name}"] = source
        else:
            missing.append(f"{package}/{inside}")
    return found, missing


def offline_polyfills(polyfills: list) -> list:
    """Polyfills for the file:// copy: the local iframe-worker shim instead of the CDN copy."""
    kept = [entry for entry in polyfills if "iframe-worker" not in str(entry)]
    return [*kept, IFRAME_WORKER]
