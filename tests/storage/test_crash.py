"""Power-cut safety: a writer SIGKILLed at random points never loses a saved note (§3).

A helper process saves notes and prints each id after ``save_draft`` returned (a durable
commit: WAL + synchronous=FULL). We kill it at ``FELT_CRASH_POINTS`` (≥ 50) random moments,
reusing one vault, then every printed note must be there and both integrity checks clean.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from storage.vault import KdfParams, Vault
from tests.storage.conftest import make_case
from tests.storage.crash_writer import PASSPHRASE

REPO = Path(__file__).parents[2]


def _one_run(folder: Path, rng: random.Random) -> list[str]:
    """Start a writer, kill it at a random point, return the ids it reported saved.

    The point is chosen by progress, not by a clock: at once (start-up or while the vault
    opens), or right after a random number of reported saves, when the next save (random
    size, autosaves, sometimes a signature and an addendum) is in flight.
    """
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.crash_writer", str(folder)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    seen: list[bytes] = []
    if rng.random() >= 0.1:
        assert proc.stdout.readline() == b"ready\n", proc.stderr.read() if proc.stderr else ""
        for _ in range(rng.randint(0, 12)):
            seen.append(proc.stdout.readline())
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate()
    assert proc.returncode == -signal.SIGKILL, err.decode(errors="replace")
    lines = (b"".join(seen) + out).decode().split("\n")[:-1]  # a cut last line has no "\n"
    return [line for line in lines if line != "ready"]


def test_sigkill_never_loses_a_saved_note(tmp_path: Path) -> None:
    folder = tmp_path / "krasj"
    vault = Vault.create(folder, PASSPHRASE, kdf=KdfParams.cheap())
    case = make_case(vault)
    vault.close()
    rng = random.Random(int(os.environ.get("FELT_CRASH_SEED", time.time_ns())))
    points = max(50, int(os.environ.get("FELT_CRASH_POINTS", "50")))
    saved: list[str] = []
    for kill in range(1, points + 1):
        saved += _one_run(folder, rng)
        if kill % 10 == 0 or kill == points:
            _check(folder, case.id, saved)
    assert len(saved) > points  # the kills did land among saves


def _check(folder: Path, case_id: str, saved: list[str]) -> None:
    vault = Vault.open(folder, PASSPHRASE, clock=lambda: datetime.now(UTC))
    try:
        present = {n.id for n in vault.notes.list_for_case(case_id)}
        missing = [i for i in saved if i not in present]
        assert missing == []
        assert vault.check_integrity() == []
        assert vault.access_log.verify() is None
    finally:
        vault.close()
