"""``python -m bench <name> [--json] [...]``: run one benchmark and print its figures as JSON.

Each benchmark is a module ``bench/<name>.py`` with ``main(argv: list[str]) -> int``.
"""

from __future__ import annotations

import importlib
import sys

BENCHMARKS = ("vault", "deadlines", "server", "sync", "app")


def main(argv: list[str]) -> int:
    """Dispatch to ``bench.<name>.main``."""
    if not argv or argv[0] not in BENCHMARKS:
        print(f"usage: python -m bench {{{'|'.join(BENCHMARKS)}}} [--json] [options]")
        return 2
    module = importlib.import_module(f"bench.{argv[0]}")
    result: int = module.main(argv[1:])
    return result


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
