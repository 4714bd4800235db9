"""Run a browser script's pure functions under Node, so Python and JavaScript share test data."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "docs" / "assets" / "javascripts"


def run_node(script: str, payload) -> object:
    """Run ``script`` with ``input`` (the JSON payload) and ``load(name)`` (a browser script's
    exports) in scope; the script returns a value, which comes back parsed from JSON."""
    node = os.environ.get("NODE") or shutil.which("node")
    if not node:
        pytest.fail("Node.js not found: install it (Debian: apt-get install nodejs) or set NODE.")
    program = (
        "const fs = require('fs');\n"
        f"const dir = {json.dumps(str(SCRIPTS))};\n"
        "const load = (name) => require(dir + '/' + name);\n"
        "const input = JSON.parse(fs.readFileSync(0, 'utf8'));\n"
        f"const result = (() => {{ {script} }})();\n"
        "process.stdout.write(JSON.stringify(result));\n"
    )
    done = subprocess.run(
        [node, "-e", program],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)
