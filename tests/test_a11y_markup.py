"""Accessibility repairs to generated markup."""

from __future__ import annotations

import markdown

from akademi.a11y import hide_task_checkboxes


def test_task_list_boxes_are_hidden_from_assistive_technology():
    html = markdown.markdown(
        "- [ ] Cek ejaan\n- [x] Cek tautan\n",
        extensions=["pymdownx.tasklist"],
        extension_configs={"pymdownx.tasklist": {"custom_checkbox": True}},
    )
    repaired = hide_task_checkboxes(html)
    assert repaired.count('aria-hidden="true" tabindex="-1"') == 2
    assert "Cek ejaan" in repaired and "Cek tautan" in repaired
    assert hide_task_checkboxes("<p>tanpa daftar</p>") == "<p>tanpa daftar</p>"
