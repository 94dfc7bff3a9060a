"""App benchmark (DESIGN.md §8): ``python -m bench app --json [--cases N] [--notes M]``.

Measures the real desktop app (``desktop.app.Shell``, offscreen) on a vault the size of a busy
caseworker's: ``--cases`` demo cases with their meldinger, undersøkelser, measures and
placements (``desktop.demo.fill_demo_vault``, default 5,000) topped up to ``--notes`` journal
notes (default 100,000). The vault is built first in this process; the app then runs in a
fresh child process so its memory is the app's alone. Figures:

- ``rss_mb``: resident memory after unlock, the full case list, the deadline overview of every
  case, one case opened and one search — the app at work (target ≤ 250 MB)
- ``peak_rss_mb``: the highest resident memory of the child (VmHWM; includes Argon2id's
  transient 64 MiB during unlock and the Qt start-up)
- ``unlock_to_list_ms``: passphrase given → the case list holds every case (KDF + open +
  every case row), through the app's DB thread and signals
- ``deadlines_ms``: passphrase given → the Frister overview is filled (every case's deadlines)
- ``baseline_rss_mb``: the same child with the app built but no vault unlocked (Qt, PySide6,
  the libraries), measured in the same run, so the vault's share is ``rss_mb`` − baseline

Linux only (reads ``/proc/self/status``). Everything lives in a temp folder, deleted at the
end unless ``--keep``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

PASSPHRASE = "benk med lang nok passfrase"
USER = "benk"
TODAY = date(2026, 3, 2)
TIMEOUT_MS = 120_000


def build_vault(folder: Path, cases: int, notes: int, seed: int) -> dict[str, Any]:
    """Demo cases (events and notes) through the storage API, topped up to ``notes`` notes."""
    from bench.vault import bulk_notes
    from desktop.demo import fill_demo_vault
    from storage.vault import Vault

    vault = Vault.create(folder, PASSPHRASE, user=USER)  # default KDF, as a real vault
    try:
        started = time.perf_counter()
        fill_demo_vault(vault, today=TODAY, cases=cases, seed=seed)
        in_demo = _count(vault, "notes")
        case_list = vault.cases.list(limit=cases + 1)
        if in_demo < notes:
            bulk_notes(vault, case_list, notes - in_demo, random.Random(seed), marker="")
        return {
            "cases": len(case_list),
            "notes": _count(vault, "notes"),
            "build_s": round(time.perf_counter() - started, 1),
            "vault_mb": round((folder / "vault.db").stat().st_size / 1e6, 1),
        }
    finally:
        vault.close()


def _count(vault: Any, table: str) -> int:
    """Rows in one of the vault's tables (the bench reads the database directly)."""
    with vault._db.read() as conn:  # noqa: SLF001  (a benchmark's census, not app code)
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608


def _memory_mb() -> tuple[float, float]:
    """(VmRSS, VmHWM) of this process in MB."""
    fields: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0]) * 1024 / 1e6
    return round(fields["VmRSS"], 1), round(fields["VmHWM"], 1)


def probe(folder: Path, cases: int) -> dict[str, Any]:
    """In the child: run the app, do a caseworker's first minute, report memory and times."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app import Shell
    from desktop.context import OSLO, AppContext

    app = QApplication.instance() or QApplication([])
    clock = datetime(TODAY.year, TODAY.month, TODAY.day, 9, 0, tzinfo=OSLO)
    shell = Shell(folder, AppContext(user=USER, clock=lambda: clock))
    window = shell.window
    window.show()
    app.processEvents()
    gc.collect()
    baseline, _ = _memory_mb()

    def wait_until(condition: Any, what: str) -> None:
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: loop.quit() if condition() else None)
        poll.start(5)
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        deadline.start(TIMEOUT_MS)
        loop.exec()
        poll.stop()
        if not condition():
            state = {
                "unlocked": shell.session.is_unlocked,
                "listed": window.case_list.model.rowCount(),
                "frister": len(window.deadlines_view.model.all_rows()),
            }
            raise RuntimeError(f"timed out waiting for {what}: {state}")

    started = time.perf_counter()
    shell.session.unlock(PASSPHRASE)
    marks: dict[str, float] = {}

    def listed() -> bool:
        if window.case_list.model.rowCount() >= cases:
            marks.setdefault("list", time.perf_counter())
        if window.deadlines_view.model.all_rows():
            marks.setdefault("deadlines", time.perf_counter())
        return len(marks) == 2

    wait_until(listed, "the case list and the deadline overview")
    case_id = window.case_list.model.rows()[0].case_id
    shell.open_case(case_id)
    wait_until(lambda: window.case_view.case_id == case_id, "the case view")
    window.search.query.setText("skolen")  # as typed into Ctrl+K; the dialog debounces
    wait_until(lambda: window.search.model.rowCount() > 0, "search results")
    gc.collect()
    app.processEvents()
    rss, peak = _memory_mb()
    shell.shutdown()
    return {
        "rss_mb": rss,
        "peak_rss_mb": peak,
        "baseline_rss_mb": baseline,
        "unlock_to_list_ms": round((marks["list"] - started) * 1000, 1),
        "deadlines_ms": round((marks["deadlines"] - started) * 1000, 1),
        "listed_cases": window.case_list.model.rowCount(),
        "frister_rows": len(window.deadlines_view.model.all_rows()),
    }


def main(argv: list[str]) -> int:
    """Build the vault, run the app on it in a child process, print one JSON object."""
    parser = argparse.ArgumentParser(prog="python -m bench app")
    parser.add_argument("--json", action="store_true", help="print one JSON object (default)")
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    parser.add_argument("--probe", type=Path, help=argparse.SUPPRESS)  # the child's side
    args = parser.parse_args(argv)
    if args.probe is not None:
        print(json.dumps(probe(args.probe, args.cases)))
        return 0
    work = Path(tempfile.mkdtemp(prefix="feltbench-app-"))
    try:
        built = build_vault(work / "vault", args.cases, args.notes, args.seed)
        child = subprocess.run(
            [
                sys.executable,
                *("-m", "bench", "app", "--probe", str(work / "vault")),
                *("--cases", str(built["cases"])),
            ],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        if child.returncode != 0:
            sys.stderr.write(child.stderr)
            return child.returncode
        measured = json.loads(child.stdout.strip().splitlines()[-1])
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps({**built, **measured}))
    return 0
