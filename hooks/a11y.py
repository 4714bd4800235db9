"""MkDocs hook: accessibility repairs to generated markup (see akademi.a11y)."""

from __future__ import annotations

from akademi.a11y import hide_task_checkboxes


def on_page_content(html: str, **kwargs) -> str:
    if "task-list-control" not in html:
        return html
    return hide_task_checkboxes(html)
