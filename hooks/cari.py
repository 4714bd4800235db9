"""MkDocs hook: Indonesian search. Glossary synonyms go into the search index.

The search itself runs in the browser (overrides/assets/javascripts/workers/cari.js, which
wraps Material's worker; overrides/main.html points Material at it). This hook only adds the
glossary's synonym groups to the index configuration Material writes, where the worker reads
them (``config.akademi.sinonim``), so the offline bundle, which inlines the same index as a
script, has them too.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from akademi.glossary import synonym_groups
from akademi.site import load_glossary

INDEX = "search/search_index.json"


# Runs after Material's search plugin has written the index (plugins come before hooks) and
# before the offline plugin inlines it (priority -100); listed before hooks/progress.py in
# mkdocs.yml so the service worker's content version covers the synonyms too.
def on_post_build(config: MkDocsConfig) -> None:
    path = Path(config.site_dir) / INDEX
    if not path.is_file():
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    data["config"]["akademi"] = {"sinonim": synonym_groups(load_glossary(config.docs_dir))}
    path.write_text(json.dumps(data, separators=(",", ":"), default=str), encoding="utf-8")
