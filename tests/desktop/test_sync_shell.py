"""Sync through the real app shell (``desktop.app.Shell``) against the real server in-process.

Enrolment from the File menu, "Synkroniser nå" and the status line; "Ikke levert" with export
and retry after the case was given back; a revoked device; the offline-time limit at unlock;
the server's idle policy; and the merge of a draft edited on two devices. Every wait is on a
signal or a condition (pytest-qt), never a sleep.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.app import Shell
from desktop.context import OSLO, AppContext
from desktop.jobs import Done, run_mutation
from domain.changes import Changes
from domain.syncstore import Credentials
from storage.keys import KdfParams
from storage.vault import Vault
from sync.client.backoff import Backoff
from sync.client.errors import SyncError, SyncErrorKind
from sync.client.transport import HttpTransport
from tests.sync.harness import (
    BASE_URL,
    PASSPHRASE,
    PASSWORD,
    ServerHandle,
    TickingClock,
    make_device,
    migrated_template,
    new_case,
    new_note,
)
from ui.main_window import MainWindow

SERVER_URL = "https://barnevern.kommune.test"  # typed by the user; tests reach the app in-process
WAIT = 10_000


class Clock:
    """The app's clock, moved on by hand (the offline-time limit is about days)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 10, 0, tzinfo=OSLO)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return migrated_template(tmp_path_factory.mktemp("server-template"))


@pytest.fixture
def server(template: Path, tmp_path: Path) -> Iterator[ServerHandle]:
    handle = ServerHandle(template, tmp_path / "server", TickingClock())
    handle.user("kari")
    yield handle
    handle.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def shell(qtbot: QtBot, tmp_path: Path, server: ServerHandle, clock: Clock) -> Iterator[Shell]:
    """A Shell whose sync service reaches the in-process server (no TLS, no backoff pauses)."""
    app = Shell(tmp_path / "vault", AppContext(user="kari", clock=clock), idle_ms=60_000,
                kdf=KdfParams.cheap(), sleep=lambda _s: None)
    qtbot.addWidget(app.window)
    reach(app, server)
    yield app
    app.shutdown()


def http(server: ServerHandle, token: str | None = None) -> HttpTransport:
    client = httpx.Client(transport=server.transport, base_url=BASE_URL)
    return HttpTransport(BASE_URL, client=client, token=token)


def reach(app: Shell, server: ServerHandle) -> None:
    service = app.sync.service
    service.transport_factory = lambda credentials: http(server, credentials.device_token)
    service.enrol_transport = lambda _url, _ca: http(server)
    service.backoff = Backoff(base_s=0.0, cap_s=0.0)


def offline(_credentials: Credentials) -> HttpTransport:
    raise SyncError(SyncErrorKind.OFFLINE)


def on_db(qtbot: QtBot, app: Shell, fn: Callable[[Any], Any]) -> Any:
    """Run ``fn(vault)`` on the shell's DB thread; its result, or its exception raised here."""
    box: list[tuple[bool, Any]] = []
    app.runner.run(fn, lambda r: box.append((True, r)), lambda e: box.append((False, e)))
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT)
    ok, value = box[0]
    if not ok:
        raise value
    return value


def write(qtbot: QtBot, app: Shell, fn: Callable[[Any], Any]) -> Any:
    """Write as the app's controllers do: one job, whose ``Changes`` every view then hears."""
    box: list[Any] = []

    def job(vault: Any) -> Done:
        value = fn(vault)
        return Done(Changes(case_list=True, outbox=True), value)

    run_mutation(app.runner, job, box.append, pytest.fail, label="test")
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT)
    return box[0]


def first_run_and_enrol(qtbot: QtBot, app: Shell) -> None:
    """Create the vault on the first-run page, then "Koble til kommunens server …"."""
    app.start()
    page = app.window.first_run
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(app.session.unlocked, timeout=WAIT):
        page.create_button.click()
    assert app.window.enrol_action.isEnabled()
    app.window.enrol_action.trigger()
    dialog = app.sync.enrol_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.url.setText(SERVER_URL)
    dialog.username.setText("kari")
    dialog.password.setText(PASSWORD)
    service = app.sync.service
    with qtbot.waitSignals([service.enrolled, service.sync_finished], timeout=WAIT):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible() and app.sync.enrol_dialog is None


def sync_now(qtbot: QtBot, app: Shell) -> Any:
    """Click "Synkroniser nå" in the status bar; the report, once the status was re-read."""
    service = app.sync.service
    with qtbot.waitSignal(service.sync_finished, timeout=WAIT) as finished:
        app.sync.status.sync_button.click()
    qtbot.waitUntil(lambda: not app.sync.status.progress.isVisibleTo(app.sync.status))
    return finished.args[0]


def unlock(qtbot: QtBot, app: Shell, signal: Any) -> None:
    with qtbot.waitSignal(signal, timeout=WAIT):
        app.window.unlock.passphrase.setText(PASSPHRASE)
        app.window.unlock.unlock_button.click()


def test_enrol_from_the_file_menu_then_sync_now_shows_the_status(
    qtbot: QtBot, shell: Shell
) -> None:
    first_run_and_enrol(qtbot, shell)
    status = shell.sync.status
    assert status.isVisible() and status.sync_button.isEnabled()
    write(qtbot, shell, new_case)
    qtbot.waitUntil(lambda: "venter" in status.pending_label.text(), timeout=WAIT)

    report = sync_now(qtbot, shell)
    assert report.delivered == 2  # the case and its child
    qtbot.waitUntil(lambda: status.pending_label.text() == "Alt er sendt", timeout=WAIT)
    assert status.state_label.text() == "Tilkoblet"
    assert status.last_label.text() == "Sist synkronisert: " + _local(shell)
    assert not status.quarantine_button.isVisible()
    assert shell.window.case_list.model.rowCount() == 1

    shell.session.lock()
    assert not status.isVisible()  # nothing about sync on a locked screen


def _local(app: Shell) -> str:
    return app.context.now().astimezone().strftime("%d.%m.%Y %H:%M")


def test_refused_change_is_shown_exported_and_sent_again_after_reassignment(
    qtbot: QtBot, shell: Shell, server: ServerHandle, tmp_path: Path
) -> None:
    first_run_and_enrol(qtbot, shell)
    case = write(qtbot, shell, new_case)
    sync_now(qtbot, shell)
    server.unassign(case.id, "kari")
    note = write(qtbot, shell, lambda v: new_note(v, case.id, "Skrevet etter at saken gikk."))
    assert sync_now(qtbot, shell).quarantined == 1

    status = shell.sync.status
    qtbot.waitUntil(lambda: status.quarantine_button.isVisible(), timeout=WAIT)
    assert status.quarantine_button.text() == "Ikke levert: 1"
    status.quarantine_button.click()
    view = shell.sync.not_delivered.view
    assert view is not None and view.isVisible()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT)
    assert "ikke lenger tilgang" in view.model.index(0, 2).data()

    target = tmp_path / "til-leder.json"
    shell.sync.not_delivered.save_path = lambda *_args: str(target)
    view.export_button.click()
    qtbot.waitUntil(lambda: "Lagret" in view.message.text(), timeout=WAIT)
    exported = json.loads(target.read_text(encoding="utf-8"))["ikke_levert"]
    assert [e["op"]["entity_id"] for e in exported] == [note.id]
    logged = on_db(qtbot, shell, lambda v: [e.detail for e in v.access_log.after(0, 10_000)])
    assert "ikke_levert" in logged

    server.assign(case.id, "kari")
    view.select(0)
    view.retry_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=WAIT)
    assert sync_now(qtbot, shell).delivered == 1
    qtbot.waitUntil(lambda: not status.quarantine_button.isVisible(), timeout=WAIT)
    notes = on_db(qtbot, shell, lambda v: [n.id for n in v.notes.list_for_case(case.id)])
    assert notes == [note.id]


def test_revoked_device_wipes_the_vault_and_shows_first_run_with_the_reason(
    qtbot: QtBot, shell: Shell, server: ServerHandle, tmp_path: Path
) -> None:
    first_run_and_enrol(qtbot, shell)
    write(qtbot, shell, new_case)
    sync_now(qtbot, shell)
    qtbot.waitUntil(lambda: shell.window.case_list.model.rowCount() == 1, timeout=WAIT)
    device_id = on_db(qtbot, shell, lambda v: v.sync_state.credentials().device_id)
    server.revoke(device_id)

    with qtbot.waitSignal(shell.sync.device_revoked, timeout=WAIT):
        shell.sync.status.sync_button.click()
    window = shell.window
    assert window.stack.currentIndex() == MainWindow.FIRST_RUN
    assert "trukket tilbake" in window.first_run.error.text()
    assert "slettet" in window.first_run.error.text()
    assert window.case_list.model.rowCount() == 0 and window.case_view.case_id == ""
    assert not shell.session.is_unlocked and not shell.sync.status.isVisible()
    assert not (tmp_path / "vault").exists() and not Vault.exists(tmp_path / "vault")


def test_offline_too_long_keeps_the_workspace_hidden_until_a_sync_succeeds(
    qtbot: QtBot, shell: Shell, server: ServerHandle, clock: Clock
) -> None:
    first_run_and_enrol(qtbot, shell)
    write(qtbot, shell, new_case)
    sync_now(qtbot, shell)
    shell.session.lock()
    clock.now += timedelta(hours=server.settings.max_offline_hours + 1)
    shell.sync.service.transport_factory = offline

    with qtbot.waitSignal(shell.sync.service.sync_failed, timeout=WAIT):
        unlock(qtbot, shell, shell.session.held)
    window = shell.window
    assert window.stack.currentIndex() == MainWindow.SYNC_GATE
    assert window.sync_gate.reason.text() == (
        "Enheten har vært frakoblet for lenge – synkroniser før du fortsetter"
    )
    assert window.sync_gate.error.text().startswith("Frakoblet")
    assert not shell.session.is_unlocked and not window.new_note_action.isEnabled()
    assert window.case_list.model.rowCount() == 0

    with qtbot.waitSignal(shell.session.locked, timeout=WAIT):  # "Lås" on the held page
        window.sync_gate.lock_button.click()
    assert window.stack.currentIndex() == MainWindow.UNLOCK
    with qtbot.waitSignal(shell.sync.service.sync_failed, timeout=WAIT):
        unlock(qtbot, shell, shell.session.held)  # still too long offline: held again

    reach(shell, server)
    with qtbot.waitSignal(shell.session.unlocked, timeout=WAIT):
        window.sync_gate.sync_button.click()
    assert window.stack.currentIndex() == MainWindow.WORKSPACE
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1, timeout=WAIT)

    shell.session.lock()  # the sync just now resets the clock: the next unlock is not held
    unlock(qtbot, shell, shell.session.unlocked)
    assert window.stack.currentIndex() == MainWindow.WORKSPACE


def test_server_policy_sets_the_idle_lock_now_and_from_the_next_unlock(
    qtbot: QtBot, shell: Shell, server: ServerHandle
) -> None:
    server.settings = dataclasses.replace(server.settings, idle_lock_minutes=2)
    server.restart()
    first_run_and_enrol(qtbot, shell)
    idle = shell.session.idle
    qtbot.waitUntil(lambda: idle.interval_ms == 2 * 60_000, timeout=WAIT)

    shell.session.lock()
    shell.session.set_idle_minutes(None)  # as a fresh start of the app would have it
    assert idle.interval_ms == 60_000
    shell.sync.service.transport_factory = offline  # no sync: the vault remembers the policy
    unlock(qtbot, shell, shell.session.unlocked)
    qtbot.waitUntil(lambda: idle.interval_ms == 2 * 60_000, timeout=WAIT)


def test_draft_edited_on_two_devices_is_merged_side_by_side_and_saved(
    qtbot: QtBot, shell: Shell, server: ServerHandle, tmp_path: Path
) -> None:
    first_run_and_enrol(qtbot, shell)
    case = write(qtbot, shell, new_case)
    note = write(qtbot, shell, lambda v: new_note(v, case.id, "Felles start."))
    sync_now(qtbot, shell)
    office = make_device(tmp_path / "devices", "kontor", server.transport, TickingClock(),
                         username="kari")
    try:
        office.sync()
        office.vault.notes.save_draft(
            office.vault.notes.get(note.id).edited(body="Versjon fra kontoret."))
        office.sync()
    finally:
        office.close()
    write(qtbot, shell, lambda v: v.notes.save_draft(
        v.notes.get(note.id).edited(body="Versjon fra laptopen.")))
    sync_now(qtbot, shell)

    shell.open_case(case.id)
    timeline = shell.window.case_view.timeline
    qtbot.waitUntil(lambda: timeline.rowCount() == 1, timeout=WAIT)
    assert timeline.index(0, 3).data() == "Utkast – to versjoner"

    shell.notes.open_note(note.id)
    qtbot.waitUntil(lambda: shell.notes.merge_dialog is not None, timeout=WAIT)
    dialog = shell.notes.merge_dialog
    assert dialog is not None and dialog.isVisible()
    body = dialog.section("body")
    assert body.mine.toPlainText() == "Versjon fra laptopen."
    assert body.theirs.toPlainText() == "Versjon fra kontoret."
    body.result.setPlainText("Versjon fra laptopen. Versjon fra kontoret.")
    with qtbot.waitSignal(shell.notes.note_merged, timeout=WAIT):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    qtbot.waitUntil(lambda: note.id in shell.notes.sessions, timeout=WAIT)
    saved = on_db(qtbot, shell, lambda v: (v.notes.get(note.id).body,
                                           v.conflicts.open_drafts(note.id)))
    assert saved == ("Versjon fra laptopen. Versjon fra kontoret.", [])
    qtbot.waitUntil(lambda: timeline.index(0, 3).data() == "Utkast", timeout=WAIT)
    shell.notes.sessions[note.id].editor.close()


def test_interval_sync_waits_longer_after_each_failure_and_sync_now_never_waits(
    qtbot: QtBot, shell: Shell, server: ServerHandle
) -> None:
    """DESIGN §5 backoff: an unreachable server is tried at 1, 2, 4 … intervals, not every 5 min."""
    first_run_and_enrol(qtbot, shell)
    service = shell.sync.service
    service.transport_factory = offline
    tried: list[bool] = []
    service.sync_started.connect(lambda: tried.append(True))

    def tick() -> bool:
        """One interval tick; True when it started a sync (which then ran to its end)."""
        before = len(tried)
        service.interval_tick()
        qtbot.waitUntil(lambda: not service.running, timeout=WAIT)
        return len(tried) > before

    pattern = [tick() for _ in range(1 + 1 + 2 + 4)]
    # fail → try at the next tick (fail) → skip 1 → try (fail) → skip 3 → try
    assert pattern == [True, True, False, True, False, False, False, True]
    assert service.consecutive_failures == 4

    reach(shell, server)
    assert not tick()  # still waiting after the 4th failure …
    sync_now(qtbot, shell)  # … but "Synkroniser nå" never waits, and success resets it
    assert service.consecutive_failures == 0
    assert tick()
