"""Check the built bundle (DESIGN.md §7, issue 8): self-test, no plaintext left, size, start time.

``python tools/check_bundle.py [dist/feltjournal] [--runs 7]`` runs the bundle's
``--self-test`` with a known marker, then scans the bundle folder and the temp folder for that
marker in plain text (UTF-8 and UTF-16), measures the folder's size, and times the whole
process from start to its first screen (``--quit-when-ready``) several times. Prints one JSON
object; exits 1 if the self-test failed, the marker was found, the folder is larger than
DESIGN.md §8 allows (150 MB, decimal as DESIGN writes it: 150,000,000 bytes; the size is
printed in bytes, MB and MiB, since file managers and ``du -h`` show MiB), a Qt platform
plugin needs a library that is neither bundled nor on the system, or — on Linux with Xvfb —
the bundle does not start on a real X server with the xcb plugin (``FELT_REQUIRE_X11=1``
makes a missing Xvfb a failure too, as CI sets it).
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
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


def unresolved_libraries(bundle: Path) -> list[str]:
    """Shared libraries the Qt platform plugins need that neither the bundle nor the system has.

    Why: PyInstaller bundles only what the build machine has; a plugin whose dependency was
    missing there is shipped anyway and fails on the user's desktop ("could not load the Qt
    platform plugin xcb"), while the offscreen self-test still passes.
    """
    if os.name == "nt" or shutil.which("ldd") is None:
        return []
    qt_libs = sorted({p.parent for p in bundle.rglob("libQt6Core.so*")})
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(str(d) for d in qt_libs)}
    missing: set[str] = set()
    for plugin in sorted(bundle.rglob("plugins/platforms/*.so")):
        linked = subprocess.run(["ldd", str(plugin)], env=env, capture_output=True, text=True)
        for line in linked.stdout.splitlines():
            if "not found" in line:
                missing.add(f"{plugin.name}: {line.split()[0]}")
    return sorted(missing)


def x11_start(binary: Path) -> str:
    """Start the bundle on a real X server (Xvfb) with the xcb plugin, first screen, quit.

    Returns "ok", "skipped: …" (no Xvfb here) or the failure. The offscreen runs above do
    not load the plugin a Linux desktop uses, so only this proves the bundle starts there.
    """
    if os.name == "nt" or sys.platform == "darwin":
        return "skipped: not Linux"
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        return "skipped: no Xvfb"
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as announced:
            display = announced.readline().strip()  # Xvfb writes the number once it listens
        if not display:
            return "Xvfb did not start"
        env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{display}"}
        with tempfile.TemporaryDirectory(prefix="felt-x11-") as data:
            run = subprocess.run(
                [str(binary), "--data-dir", data, "--quit-when-ready"],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )
        if run.returncode != 0:
            return f"exit {run.returncode}: {(run.stdout + run.stderr).strip()[-300:]}"
        return "ok"
    finally:
        server.terminate()
        server.wait(timeout=10)


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
    unresolved = unresolved_libraries(args.bundle)
    x11 = x11_start(binary)
    x11_ok = x11 == "ok" or (x11.startswith("skipped") and not os.environ.get("FELT_REQUIRE_X11"))
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
        "unresolved_platform_libraries": unresolved,
        "x11_start": x11,
    }
    print(json.dumps(result, ensure_ascii=False))
    if size > MAX_BUNDLE_BYTES:
        print(
            f"bundle too large: {size:,} bytes = {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB),"
            f" limit {MAX_BUNDLE_BYTES / 1e6:.0f} MB",
            file=sys.stderr,
        )
    if unresolved:
        print(f"platform plugins need libraries nobody ships: {unresolved}", file=sys.stderr)
    passed = selftest.returncode == 0 and not hits and size <= MAX_BUNDLE_BYTES
    return 0 if passed and not unresolved and x11_ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
