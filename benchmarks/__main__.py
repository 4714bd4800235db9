"""Run every benchmark (or those named on the command line) and print their figures."""

from __future__ import annotations

import importlib
import sys

# Lighthouse (benchmarks/lighthouse.py) runs only when named: it takes many minutes.
BENCHMARKS = ("quiz", "weight", "scaling", "search", "rapor")


def main(names: list[str]) -> None:
    for name in names or BENCHMARKS:
        print(f"\n== {name} ==", flush=True)
        importlib.import_module(f"benchmarks.{name}").run()


if __name__ == "__main__":
    main(sys.argv[1:])
