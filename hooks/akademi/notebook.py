"""Post-processing of notebook pages rendered by mkdocs-jupyter (nbconvert)."""

from __future__ import annotations

import re

# nbconvert's lab template always embeds a module script that imports Mermaid from a CDN when
# a notebook has Mermaid diagrams. Ours have none, and the portal must never reach another
# host, so any inline module script that imports from a remote URL is removed.
REMOTE_MODULE_SCRIPT_RE = re.compile(
    r'<script type="module">(?:(?!</script>).)*?import\("https?://(?:(?!</script>).)*</script>',
    re.DOTALL,
)


def strip_remote_module_scripts(html: str) -> str:
    return REMOTE_MODULE_SCRIPT_RE.sub("", html)
