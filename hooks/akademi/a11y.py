"""Accessibility repairs for markup that third-party extensions generate."""

from __future__ import annotations

import re

# pymdownx.tasklist draws each box as a disabled input whose label holds only a decorative
# indicator, so screen readers announce an unnamed checkbox. The item text follows the label;
# the box itself is decoration in a printed checklist, so it is hidden from assistive technology.
TASK_CHECKBOX_RE = re.compile(r'(<label class="task-list-control"><input type="checkbox" disabled)')


def hide_task_checkboxes(html: str) -> str:
    return TASK_CHECKBOX_RE.sub(r'\1 aria-hidden="true" tabindex="-1"', html)
