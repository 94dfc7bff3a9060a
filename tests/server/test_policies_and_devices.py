"""docs/deployment.md §4 (policies from the environment) and §5 (`list-devices`)."""

from __future__ import annotations

import json
import shutil
import warnings
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from domain.access import Role
from sync.server import cli
from sync.server.api.app import create_app
from sync.server.config import Settings, SettingsError
from sync.server.db import transaction
from sync.server.devices import revoke
from tests.server.conftest import FAST_ARGON, Clock, Server

with warnings.catch_warnings():  # starlette's notice about httpx2; the lock pins httpx
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

POLICIES = ("FELT_IDLE_LOCK_MINUTES", "FELT_MAX_OFFLINE_HOURS", "FELT_BREAK_GLASS_MINUTES")


def test_policies_are_read_from_the_environment() -> None:
    base = {"FELT_SERVER_DATA_DIR": "/tmp/x"}
    default = Settings.from_env(base)
    assert (default.idle_lock_minutes, default.max_offline_hours,
            default.break_glass_minutes) == (5, 168, 240)
    settings = Settings.from_env({**base, "FELT_IDLE_LOCK_MINUTES": "3",
                                  "FELT_MAX_OFFLINE_HOURS": " 48 ", "FELT_BREAK_GLASS_MINUTES": "60"})
    assert (settings.idle_lock_minutes, settings.max_offline_hours,
            settings.break_glass_minutes) == (3, 48, 60)
    assert Settings.from_env({**base, "FELT_IDLE_LOCK_MINUTES": ""}).idle_lock_minutes == 5


@pytest.mark.parametrize("variable", POLICIES)
@pytest.mark.parametrize("bad", ["0", "-5", "2.5", "fem", "1e3"])
def test_a_bad_policy_is_a_clear_error(variable: str, bad: str) -> None:
    with pytest.raises(SettingsError, match=variable):
        Settings.from_env({"FELT_SERVER_DATA_DIR": "/tmp/x", variable: bad})


def test_the_cli_refuses_to_start_with_a_bad_policy(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("FELT_SERVER_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("FELT_MAX_OFFLINE_HOURS", "aldri")
    assert cli.main(["migrate"]) == 2
    assert "FELT_MAX_OFFLINE_HOURS must be a positive whole number" in capsys.readouterr().err


def test_devices_get_the_policies_and_break_glass_lasts_as_set(
    sqlite_template: Path, tmp_path: Path
) -> None:
    shutil.copy(sqlite_template, tmp_path / "server.db")
    env = {"FELT_DATABASE_URL": f"sqlite:///{tmp_path / 'server.db'}",
           "FELT_SERVER_DATA_DIR": str(tmp_path), "FELT_IDLE_LOCK_MINUTES": "2",
           "FELT_MAX_OFFLINE_HOURS": "12", "FELT_BREAK_GLASS_MINUTES": "30"}
    clock = Clock()
    settings = replace(Settings.from_env(env), argon2=FAST_ARGON, clock=clock)
    app = create_app(settings)
    with TestClient(app) as client:
        server = Server(settings, client, clock)
        dev = server.person("kari", Role.SAKSBEHANDLER)
        policy = server.get("/v1/session", dev).json()["policy"]
        assert policy == {"idle_lock_minutes": 2, "max_offline_hours": 12}
        leader = server.person("leder", Role.LEDER, "Sør")
        _, created = server.new_case(dev)
        reason = "Akutt plassering i natt, vi trenger planen."
        grant = server.post("/v1/break-glass", {"case_number": created["case_number"],
                                                "reason": reason}, leader)
        assert grant.status_code == 200, grant.text
        expires = datetime.fromisoformat(grant.json()["expires_at"])
        assert expires - clock.now == timedelta(minutes=30)
    app.state.services.engine.dispose()


def _cli(server: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
         *args: str) -> str:
    monkeypatch.setenv("FELT_DATABASE_URL", server.settings.database_url)
    monkeypatch.setenv("FELT_SERVER_DATA_DIR", str(server.settings.data_dir))
    assert cli.main(list(args)) == 0
    return capsys.readouterr().out


def test_list_devices_shows_who_when_and_revoked_never_case_content(
    sqlite_server: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    server = sqlite_server
    kari = server.person("kari", Role.SAKSBEHANDLER)
    second = server.enrol("kari")
    ola = server.person("ola", Role.LEDER)
    case_id, _ = server.new_case(kari)
    with transaction(server.factory) as session:
        revoke(session, server.settings, second.device_id, None)
    server.clock.advance(minutes=5)
    server.get("/v1/session", kari)  # a contact

    table = _cli(server, monkeypatch, capsys, "list-devices", "--user", "kari")
    lines = table.strip().splitlines()
    assert lines[0].split() == ["device", "id", "user", "name", "enrolled", "at", "last",
                                "contact", "revoked"]
    assert len(lines) == 3 and ola.device_id not in table and case_id not in table
    first, revoked = (next(line for line in lines if d.device_id in line) for d in (kari, second))
    assert "kari" in first and first.rstrip().endswith("no") and "2026-03-02 09:05 UTC" in first
    assert revoked.rstrip().endswith("2026-03-02 09:00 UTC")

    listed = json.loads(_cli(server, monkeypatch, capsys, "list-devices", "--json"))
    assert {d["device_id"] for d in listed} == {kari.device_id, second.device_id, ola.device_id}
    assert set(listed[0]) == {"device_id", "user", "name", "enrolled_at", "last_contact",
                              "revoked_at"}
    by_id = {d["device_id"]: d for d in listed}
    assert by_id[second.device_id]["revoked_at"] is not None
    assert by_id[kari.device_id]["revoked_at"] is None
    assert by_id[kari.device_id]["last_contact"].startswith("2026-03-02T09:05")
