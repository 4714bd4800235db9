"""Print the quiz lint findings and the guesser figure of every quiz page, without a build.

    .venv/bin/python scripts/kuis_lint.py            # the portal's docs/
    .venv/bin/python scripts/kuis_lint.py docs/modul/narasi/kuis.md   # only pages named

Exits with 1 when there is a finding, as ``mkdocs build --strict`` would fail.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from akademi.quiz_lint import portal_reports  # noqa: E402


def main(arguments: list[str]) -> int:
    docs = ROOT / "docs"
    wanted = {Path(a).resolve().relative_to(docs).as_posix() for a in arguments}
    reports = [r for r in portal_reports(docs) if not wanted or r.path in wanted]
    total = 0
    for report in reports:
        for finding in report.findings:
            print(finding)
        total += len(report.findings)
    print()
    print(f"{'halaman':48} {'soal':>4} {'temuan':>6} {'penebak':>8} {'peluang lulus':>14}")
    for report in reports:
        chance = report.guess.pass_chance
        rules = Counter(f.rule for f in report.findings)
        print(
            f"{report.path:48} {report.questions:>4} {len(report.findings):>6} "
            f"{report.guess.expected:>7.1f}% "
            f"{'-' if chance is None else f'{chance * 100:.1f}%':>14}"
            + (
                "  " + ", ".join(f"{rule} {n}" for rule, n in sorted(rules.items()))
                if rules
                else ""
            )
        )
    print(f"\n{total} temuan.")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
