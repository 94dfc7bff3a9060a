"""``python -m desktop --self-test`` exits 0 in a fresh process, and the leak scan works."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from desktop.selftest import scan_for

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_exits_zero_in_a_subprocess() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "self-test OK" in result.stdout


def test_leak_scan_finds_plaintext(tmp_path: Path) -> None:
    (tmp_path / "clean.bin").write_bytes(b"nothing here")
    leak = tmp_path / "sub" / "spill.tmp"
    leak.parent.mkdir()
    leak.write_bytes(b"...merke123...")
    wide = tmp_path / "wide.tmp"
    wide.write_bytes("merke123".encode("utf-16-le"))
    found = scan_for("merke123", [tmp_path], since=time.time() - 60)
    assert sorted(found) == sorted([str(leak), str(wide)])
