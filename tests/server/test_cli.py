"""`feltjournal-server migrate && demo && serve` works with no database configured."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from sync.protocol import PROTOCOL_HEADER
from sync.server.demo import DEMO_PASSWORD


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "FELT_DATABASE_URL"}
    env.update(FELT_SERVER_DATA_DIR=str(tmp_path / "data"), FELT_ARGON2_MEMORY_KIB="8192",
               FELT_ARGON2_ITERATIONS="1")
    return env


def _run(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "sync.server", *args], env=env, check=True,
                          capture_output=True, text=True, timeout=60)
    return done.stdout


def test_migrate_demo_serve_on_embedded_sqlite(tmp_path: Path) -> None:
    env = _env(tmp_path)
    assert "schema up to date" in _run(env, "migrate")
    assert "leder.nord" in _run(env, "demo")
    assert "already" in _run(env, "demo")
    assert (tmp_path / "data" / "server.db").exists()
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "sync.server", "serve", "--port", str(port)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(base + "/health").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "server did not start"
            try:
                proc.wait(timeout=0.1)
                raise AssertionError(proc.stderr.read().decode() if proc.stderr else "exited")
            except subprocess.TimeoutExpired:
                pass
        r = httpx.post(base + "/v1/devices/enrol", headers={PROTOCOL_HEADER: "1"},
                       json={"username": "saks.nord", "password": DEMO_PASSWORD})
        assert r.status_code == 200, r.text
        token = r.json()["device_token"]
        pull = httpx.get(base + "/v1/sync/pull", headers={
            PROTOCOL_HEADER: "1", "Authorization": f"Bearer {token}"}).json()
        assert len(pull["grants"]) == 7  # of 10: two are Sør's, one came through mottak
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_audit_verify_and_stats_cli(tmp_path: Path) -> None:
    env = _env(tmp_path)
    _run(env, "migrate")
    _run(env, "demo")
    assert "intact" in _run(env, "audit-verify")
    assert '"cases": 10' in _run(env, "stats")
    assert '"reports_received"' in _run(env, "stats", "--unit", "Barnevern Nord")
