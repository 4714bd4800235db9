"""MkDocs hook: Indonesian search. Glossary synonyms go into the search index.

The search itself runs in the browser (overrides/assets/javascripts/workers/cari.js, which
wraps Material's worker; overrides/main.html points Material at it). This hook only adds to
the index configuration Material writes, where the worker reads them: the glossary's synonym
groups (``config.akademi.sinonim``), the file name of Material's worker, which ours loads
(``config.akademi.material``), and the stemmer's root words, from the dictionary, that the
site's words can reach (``config.akademi.akar``). The offline bundle, which inlines the same
index as a script, has them too. It also ranks pages for learners first (a lower ``boost`` for
trainer, contributor and notebook pages) and keeps quiz source examples out of the index
(akademi.search_rank).
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from akademi.akar import load_dictionary, site_roots, vocabulary
from akademi.glossary import synonym_groups
from akademi.search_rank import exclude_quiz_source, rank_documents
from akademi.site import load_glossary

INDEX = "search/search_index.json"
WORKERS = "assets/javascripts/workers"

# Site paths of the pages built from notebooks (set by on_files, read by on_post_build).
notebook_pages: set[str] = set()


def on_files(files: Files, config: MkDocsConfig) -> None:
    notebook_pages.clear()
    notebook_pages.update(file.url for file in files if file.src_uri.endswith(".ipynb"))


# Before Material's search plugin reads the page (on_page_context).
def on_page_content(html: str, page: Page, **kwargs) -> str:
    return exclude_quiz_source(html)


# Runs after Material's search plugin has written the index (plugins come before hooks) and
# before the offline plugin inlines it (priority -100); listed before hooks/progress.py in
# mkdocs.yml so the service worker's content version covers the synonyms too.
def on_post_build(config: MkDocsConfig) -> None:
    path = Path(config.site_dir) / INDEX
    if not path.is_file():
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    rank_documents(data["docs"], notebook_pages)
    data["config"]["akademi"] = {
        "material": material_worker(Path(config.site_dir) / WORKERS),
        "sinonim": synonym_groups(load_glossary(config.docs_dir)),
        "akar": site_roots(vocabulary(data["docs"]), load_dictionary()),
    }
    path.write_text(json.dumps(data, separators=(",", ":"), default=str), encoding="utf-8")


def material_worker(folder: Path) -> str:
    """The name of Material's search worker file (it carries a hash that changes by release)."""
    found = sorted(path.name for path in folder.glob("search.*.min.js"))
    if len(found) != 1:
        raise PluginError(
            f"Worker pencarian Material tidak ditemukan tepat satu di {WORKERS} ({found}); "
            "periksa versi mkdocs-material di requirements.txt."
        )
    return found[0]
