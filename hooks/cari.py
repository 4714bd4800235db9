"""MkDocs hook: Indonesian search. Synonyms, spellings and roots go into the search index.

The search itself runs in the browser (overrides/assets/javascripts/workers/cari.js, which
wraps Material's worker; overrides/main.html points Material at it). This hook only adds to
the index configuration Material writes, where the worker reads them (``config.akademi``):
the glossary's synonym groups and the search-only ones of docs/data/sinonim-cari.yml
(``sinonim``), one-way spellings from the Cek Diksi lists (``ejaan``), words the stemmer keeps
whole (``utuh``), low-weight question words (``pengisi``), the file name of Material's worker,
which ours loads (``material``), and the stemmer's root words, from the dictionary, that the
site's words can reach (``akar``). The offline bundle, which inlines the same index as a
script, has them too. It also ranks pages for learners first (a lower ``boost`` for trainer,
contributor and notebook pages) and keeps quiz source examples out of the index
(akademi.search_rank).
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from site_context import load_glossary

from akademi.akar import load_dictionary, site_roots, vocabulary
from akademi.diksi import load_rules
from akademi.glossary import synonym_groups
from akademi.problems import ContentError
from akademi.search_rank import exclude_quiz_source, rank_documents
from akademi.sinonim import DATA_FILE, SearchVocabulary, parse_vocabulary, spellings

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
    words = vocabulary(data["docs"])
    extra = search_vocabulary(Path(config.docs_dir))
    data["config"]["akademi"] = {
        "material": material_worker(Path(config.site_dir) / WORKERS),
        "sinonim": synonym_groups(load_glossary(config.docs_dir)) + extra.groups,
        "ejaan": search_spellings(Path(config.docs_dir) / "data", words),
        "utuh": extra.whole,
        "pengisi": extra.fillers,
        "akar": site_roots(words, load_dictionary()),
    }
    path.write_text(json.dumps(data, separators=(",", ":"), default=str), encoding="utf-8")


def search_vocabulary(docs_dir: Path) -> SearchVocabulary:
    """docs/data/sinonim-cari.yml (none for a site without it, e.g. a test site)."""
    path = docs_dir / DATA_FILE
    if not path.is_file():
        return SearchVocabulary()
    try:
        return parse_vocabulary(path.read_text(encoding="utf-8"))
    except ContentError as error:
        raise PluginError("Sinonim pencarian perlu diperbaiki:\n" + str(error)) from error


def search_spellings(data_dir: Path, words: set[str]) -> list[list[str]]:
    """One-way spellings from the Cek Diksi lists, when the site has them (test sites don't);
    hooks/diksi.py reports problems in the lists."""
    if not (data_dir / "diksi-baku.yml").is_file():
        return []
    try:
        return spellings(load_rules(data_dir), words)
    except ContentError:
        return []


def material_worker(folder: Path) -> str:
    """The name of Material's search worker file (it carries a hash that changes by release)."""
    found = sorted(path.name for path in folder.glob("search.*.min.js"))
    if len(found) != 1:
        raise PluginError(
            f"Worker pencarian Material tidak ditemukan tepat satu di {WORKERS} ({found}); "
            "periksa versi mkdocs-material di requirements.txt."
        )
    return found[0]
