"""pytest-qt: the desktop sync service against the real server app in-process.

Enrols through the service, syncs ("Synkroniser nå"), shows the status, and wipes the vault
when the server revokes the device. Waits on signals only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytestqt.qtbot import QtBot

from desktop.sync_service import SyncService, must_reach_server
from desktop.tasks import TaskRunner
from storage.vault import Vault
from sync.client.backoff import Backoff
from sync.client.transport import HttpTransport
from tests.sync.harness import (
    BASE_URL,
    CHEAP,
    PASSPHRASE,
    PASSWORD,
    ServerHandle,
    TickingClock,
    migrated_template,
    new_case,
)
from ui.sync_status import SyncStatusWidget


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerHandle]:
    handle = ServerHandle(migrated_template(tmp_path), tmp_path / "srv", TickingClock())
    handle.user("kari")
    yield handle
    handle.close()


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.shutdown()


def _client(server: ServerHandle, token: str | None = None) -> HttpTransport:
    http = httpx.Client(transport=server.transport, base_url=BASE_URL)
    return HttpTransport(BASE_URL, client=http, token=token)


def test_enrol_sync_status_and_revocation(
    qtbot: QtBot, runner: TaskRunner, server: ServerHandle, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    clock = TickingClock()
    with qtbot.waitSignal(runner.busy_changed, timeout=10_000, check_params_cb=lambda b: not b):
        runner.set_vault(lambda: Vault.create(folder, PASSPHRASE, user="kari", kdf=CHEAP,
                                              clock=clock), lambda _v: None, pytest.fail)
    service = SyncService(runner, transport_factory=lambda c: _client(server, c.device_token),
                          backoff=Backoff(base_s=0.0, cap_s=0.0), attempts=2)
    status = SyncStatusWidget()
    qtbot.addWidget(status)
    service.status_changed.connect(status.set_status)
    service.sync_started.connect(status.on_started)
    service.sync_finished.connect(lambda _r: status.on_finished())
    status.sync_requested.connect(service.sync_now)

    with qtbot.waitSignal(service.enrolled, timeout=10_000):
        service.enrol(BASE_URL, "kari", PASSWORD, transport=_client(server))
    with qtbot.waitSignal(service.status_changed, timeout=10_000):
        pass
    assert status.sync_button.isEnabled()

    done: list[Any] = []
    runner.run(lambda v: new_case(v), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    with qtbot.waitSignal(service.sync_finished, timeout=20_000) as finished:
        status.sync_button.click()
    assert finished.args[0].delivered == 2
    with qtbot.waitSignal(service.status_changed, timeout=10_000) as shown:
        service.refresh()
    view = shown.args[0]
    assert view.enrolled and view.online and view.pending == 0 and view.last_success

    checked: list[bool] = []
    runner.run(lambda v: must_reach_server(v, clock()), checked.append)
    qtbot.waitUntil(lambda: bool(checked), timeout=10_000)
    assert checked == [False]

    device_id = _device_id(server)
    server.revoke(device_id)
    with qtbot.waitSignal(service.device_revoked, timeout=20_000) as revoked:
        service.sync_now()
    assert "trukket tilbake" in revoked.args[0]
    assert not Vault.exists(folder) and not (folder / "vault.db").exists()


def _device_id(server: ServerHandle) -> str:
    from sqlalchemy import select

    from sync.server.db import transaction
    from sync.server.tables import devices

    with transaction(server.factory) as s:
        return str(s.execute(select(devices.c.id)).scalar_one())
