"""Server benchmark: simulated devices pushing and pulling at once (DESIGN.md §8).

``python -m bench server --json --devices 200`` starts ``feltjournal-server serve`` in a
subprocess against ``FELT_DATABASE_URL`` (PostgreSQL) or a throwaway SQLite file, enrols the
devices, gives each a case, then lets every device sync ``--rounds`` times (a push of
``--ops`` ops and a pull to the end) with a random pause of up to ``--interval`` seconds
before each sync. Prints one JSON object: devices, requests, errors, p50_ms, p95_ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

import httpx

from domain.access import Role
from sync.protocol import PROTOCOL_HEADER
from sync.server import admin, migrate
from sync.server.config import Argon2Params, Settings
from sync.server.db import make_engine, make_sessionmaker, transaction
from sync.server.demo import OpMaker

PASSWORD = "bench-passord-1"


def _args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench server")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--devices", type=int, default=200)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--ops", type=int, default=5, help="ops per push")
    p.add_argument("--interval", type=float, default=10.0, help="max pause before a sync (s)")
    p.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    return p.parse_args(argv)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _prepare(settings: Settings, n: int) -> list[str]:
    """Migrate, and make one unit and ``n`` caseworkers with cheap password hashes."""
    engine = make_engine(settings)
    migrate.upgrade(engine)
    factory = make_sessionmaker(engine)
    tag = secrets.token_hex(3)
    cheap = Settings(database_url=settings.database_url, data_dir=settings.data_dir,
                     argon2=Argon2Params(memory_kib=1024, iterations=1, lanes=1))
    names = [f"bench-{tag}-{i}" for i in range(n)]
    with transaction(factory) as session:
        unit = admin.create_unit(session, cheap, f"Bench {tag}")
        for name in names:
            admin.create_user(session, cheap, username=name, password=PASSWORD,
                              role=Role.SAKSBEHANDLER, unit_id=unit)
    engine.dispose()
    return names


class Device:
    """One simulated laptop."""

    def __init__(self, client: httpx.AsyncClient, username: str) -> None:
        self.client, self.username = client, username
        self.headers = {PROTOCOL_HEADER: "1"}
        self.cursor = 0
        self.case_id = ""
        self.maker = OpMaker("", "")

    async def enrol(self) -> None:
        r = await self.client.post("/v1/devices/enrol", headers=self.headers,
                                   json={"username": self.username, "password": PASSWORD})
        r.raise_for_status()
        body = r.json()
        self.headers["Authorization"] = f"Bearer {body['device_token']}"
        self.maker = OpMaker(body["user"]["user_id"], body["device_id"])
        self.case_id, create = self.maker.new_case("undersokelse")
        await self.push([create.model_dump(mode="json")])

    async def push(self, ops: list[dict[str, Any]]) -> httpx.Response:
        return await self.client.post("/v1/sync/push", headers=self.headers, json={"ops": ops})

    async def pull(self) -> httpx.Response:
        r = await self.client.get("/v1/sync/pull", headers=self.headers,
                                  params={"cursor": self.cursor, "limit": 500})
        if r.status_code == 200:
            self.cursor = r.json()["next_cursor"]
        return r


async def _timed(samples: list[float], errors: list[int], call: Any) -> Any:
    start = time.perf_counter()
    try:
        r = await call
    except httpx.HTTPError:
        errors.append(1)
        return None
    samples.append((time.perf_counter() - start) * 1000)
    if r.status_code != 200:
        errors.append(r.status_code)
    return r


async def _device_loop(dev: Device, a: argparse.Namespace, samples: list[float],
                       errors: list[int]) -> None:
    from domain.ops import Entity, OpKind

    for _ in range(a.rounds):
        await asyncio.sleep(random.uniform(0, a.interval))
        ops = [dev.maker.op(dev.case_id, Entity.JOURNAL_NOTE, OpKind.CREATE,
                            {"text": "bench " + "x" * 200}).model_dump(mode="json")
               for _ in range(a.ops)]
        r = await _timed(samples, errors, dev.push(ops))
        if r is not None and r.status_code == 200:
            errors.extend(1 for x in r.json()["results"] if x["status"] != "accepted")
        while True:
            r = await _timed(samples, errors, dev.pull())
            if r is None or r.status_code != 200 or not r.json()["has_more"]:
                break


async def _run(base: str, names: list[str], a: argparse.Namespace) -> dict[str, Any]:
    limits = httpx.Limits(max_connections=a.devices + 10)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        devices = [Device(client, n) for n in names]
        for i in range(0, len(devices), 20):
            await asyncio.gather(*(d.enrol() for d in devices[i : i + 20]))
        samples: list[float] = []
        errors: list[int] = []
        start = time.perf_counter()
        await asyncio.gather(*(_device_loop(d, a, samples, errors) for d in devices))
        duration = time.perf_counter() - start
    cuts = statistics.quantiles(samples, n=100) if len(samples) > 1 else [0.0] * 99
    return {
        "devices": a.devices,
        "requests": len(samples),
        "errors": len(errors),
        "p50_ms": round(cuts[49], 1),
        "p95_ms": round(cuts[94], 1),
        "max_ms": round(max(samples, default=0.0), 1),
        "requests_per_s": round(len(samples) / duration, 1),
        "duration_s": round(duration, 1),
        "rounds": a.rounds,
        "ops_per_push": a.ops,
        "backend": "postgresql" if "postgresql" in os.environ.get("FELT_DATABASE_URL", "")
        else "sqlite",
    }


def _wait_ready(base: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("server exited")
        try:
            if httpx.get(base + "/health").status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError("server did not start")


def run(argv: list[str]) -> dict[str, Any]:
    """Run the benchmark; returns the figures."""
    a = _args(argv)
    env = dict(os.environ)
    tmp = tempfile.TemporaryDirectory(prefix="felt-bench-")
    env.setdefault("FELT_SERVER_DATA_DIR", tmp.name)
    settings = Settings.from_env(env)
    names = _prepare(settings, a.devices)
    port = _free_port()
    cmd = [sys.executable, "-m", "sync.server", "serve", "--port", str(port),
           "--workers", str(a.workers)]
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_ready(base, proc)
        return asyncio.run(_run(base, names, a))
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        tmp.cleanup()


def main(argv: list[str]) -> int:
    """``python -m bench server``: print the figures as one JSON object."""
    result = run(argv)
    print(json.dumps(result) if "--json" in argv else json.dumps(result, indent=2))
    return 0 if result["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
