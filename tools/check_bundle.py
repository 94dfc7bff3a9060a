"""Check the built bundle (DESIGN.md §7, issue 8): self-test, no plaintext left, size, start time.

``python tools/check_bundle.py [dist/feltjournal] [--runs 7]`` runs the bundle's
``--self-test`` with a known marker, then scans the bundle folder and the temp folder for that
marker in plain text (UTF-8 and UTF-16), measures the folder's size, and times the whole
process from start to its first screen (``--quit-when-ready``) several times. Prints one JSON
object; exits 1 if the self-test failed, the marker was found, or the folder is larger than
DESIGN.md §8 allows (150 MB, decimal as DESIGN writes it: 150,000,000 bytes; the size is
printed in bytes, MB and MiB, since file managers and ``du -h`` show MiB).
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MAX_BUNDLE_BYTES = 150_000_000
"""DESIGN.md §8: installed bundle (one folder) <= 150 MB, decimal megabytes."""


def folder_bytes(folder: Path) -> int:
    """Size of every file under ``folder`` in bytes; links are not counted twice."""
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files)


def marker_hits(marker: str, roots: list[Path]) -> list[str]:
    """Files under ``roots`` holding ``marker`` as UTF-8 or UTF-16 text.

    Other programs create and remove files in the temp folder while we walk it, so a file or
    folder that vanishes is skipped rather than failing the check.
    """
    needles = (marker.encode("utf-8"), marker.encode("utf-16-le"))
    hits = []
    for root in roots:
        for folder, _dirs, files in os.walk(root, onerror=lambda _e: None):
            for name in files:
                path = Path(folder, name)
                try:
                    if path.is_file() and any(n in path.read_bytes() for n in needles):
                        hits.append(str(path))
                except OSError:
                    continue
    return hits


def start_times_ms(binary: Path, runs: int, env: dict[str, str]) -> list[float]:
    """Wall time of whole processes from exec to the first screen shown, then quit."""
    times = []
    with tempfile.TemporaryDirectory(prefix="felt-start-") as data:
        for _ in range(runs):
            began = time.perf_counter()
            subprocess.run(
                [str(binary), "--data-dir", data, "--quit-when-ready"],
                env=env,
                check=True,
                capture_output=True,
                timeout=60,
            )
            times.append((time.perf_counter() - began) * 1000)
    return times


def main(argv: list[str]) -> int:
    """Run the checks and print the figures."""
    parser = argparse.ArgumentParser(prog="check_bundle")
    parser.add_argument("bundle", nargs="?", default="dist/feltjournal", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    binary = args.bundle / ("feltjournal.exe" if os.name == "nt" else "feltjournal")
    marker = "bundlemerke" + secrets.token_hex(8)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FELT_SELFTEST_MARKER": marker}
    selftest = subprocess.run(
        [str(binary), "--self-test"], env=env, capture_output=True, text=True, timeout=300
    )
    hits = marker_hits(marker, [args.bundle, Path(tempfile.gettempdir())])
    times = start_times_ms(binary, args.runs, env)
    size = folder_bytes(args.bundle)
    result = {
        "selftest_exit": selftest.returncode,
        "selftest_output": (selftest.stdout + selftest.stderr).strip()[-400:],
        "plaintext_marker_hits": len(hits),
        "bundle_bytes": size,
        "bundle_mb": round(size / 1e6, 1),
        "bundle_mib": round(size / 2**20, 1),
        "bundle_limit_mb": MAX_BUNDLE_BYTES / 1e6,
        "bundle_within_limit": size <= MAX_BUNDLE_BYTES,
        "start_to_first_screen_median_ms": round(statistics.median(times), 1),
        "start_runs_ms": [round(t, 1) for t in times],
    }
    print(json.dumps(result, ensure_ascii=False))
    if size > MAX_BUNDLE_BYTES:
        print(
            f"bundle too large: {size:,} bytes = {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB),"
            f" limit {MAX_BUNDLE_BYTES / 1e6:.0f} MB",
            file=sys.stderr,
        )
    return 0 if selftest.returncode == 0 and not hits and size <= MAX_BUNDLE_BYTES else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
