"""List every external link in the built site; with --periksa, check each one over the network.

Never run by the tests (they work offline). Usage:
  make tautan            list external links with the pages that use them
  make tautan-periksa    also request each link and report the ones that fail
"""

from __future__ import annotations

import sys
import urllib.error
import urllib.request
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href and urlsplit(href).scheme in ("http", "https"):
            self.found.append(href)


def external_links(site: Path) -> dict[str, list[str]]:
    pages = defaultdict(list)
    for page in sorted(site.rglob("*.html")):
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for url in dict.fromkeys(parser.found):
            pages[url].append(page.relative_to(site).as_posix())
    return dict(sorted(pages.items()))


def status(url: str) -> str:
    request = urllib.request.Request(url, method="HEAD", headers={"User-Agent": "akademi-link"})
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return str(response.status)
    except urllib.error.HTTPError as error:
        return str(error.code)
    except (urllib.error.URLError, TimeoutError) as error:
        return f"gagal ({error})"


def main(site: Path, check: bool) -> None:
    links = external_links(site)
    failed = 0
    for url, pages in links.items():
        line = f"{url}  ({len(pages)} halaman, mis. {pages[0]})"
        if check:
            result = status(url)
            failed += not result.startswith(("2", "3"))
            line = f"{result:>5}  {line}"
        print(line)
    print(f"{len(links)} tautan luar" + (f", {failed} bermasalah" if check else ""))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "site"), "--periksa" in sys.argv)
