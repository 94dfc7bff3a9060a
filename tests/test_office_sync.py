"""Issue 7 against the real server (in-process, its own SQLite file) and the real sync engine.

- B1: a leader assigns a case in the app's overview; the caseworker's device receives it on
  its next sync (a grant), and the caseworker's name follows through the leader's own sync.
- B1: break-glass without a written reason is refused before anything is sent (and the
  server refuses it too); with a reason the server grants it, writes it to its audit log with
  the reason, and the leader's device logs it in its own access log.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.app import Shell
from desktop.office import Mode
from domain.access import Role
from domain.cases import Case
from domain.people import Person, PersonRole
from domain.reports import Channel, Report, ReporterType
from domain.statistics import statistics_by_period
from domain.syncstore import Credentials
from storage.keys import KdfParams
from storage.sync_store import VaultSyncStore
from storage.vault import Vault
from sync.client.engine import SyncEngine
from sync.client.enrol import enrol_device
from sync.client.errors import SyncError, SyncErrorKind
from sync.client.office import OfficeClient
from sync.client.transport import HttpTransport
from sync.server import admin, migrate
from sync.server.api.app import create_app
from sync.server.config import Argon2Params, Settings
from sync.server.db import make_engine, transaction
from sync.server.tables import audit_log
from tests.desktop.office_seed import on_db
from tests.desktop.shell_fixtures import PASSPHRASE, MakeShell, fixed_clock, make_shell

with warnings.catch_warnings():  # starlette's notice about httpx2; the lock pins httpx
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

__all__ = ["make_shell"]  # the shell fixture, used below

URL = "http://testserver"
PASSWORD = "riktig-passord-1"
REASON = "Barnet er plassert akutt hos oss i natt og vi trenger planen."


@dataclass
class Office:
    """The server in-process, with a helper per device."""

    settings: Settings
    client: TestClient

    def user(self, username: str, role: Role, unit: str) -> None:
        with transaction(self.client.app.state.services.factory) as session:  # type: ignore[attr-defined]
            try:
                unit_id = admin.unit_id_by_name(session, unit)
            except Exception:  # noqa: BLE001 - the unit does not exist yet
                unit_id = admin.create_unit(session, self.settings, unit)
            admin.create_user(
                session,
                self.settings,
                username=username,
                password=PASSWORD,
                role=role,
                unit_id=unit_id,
            )

    def transport(self, token: str | None = None) -> HttpTransport:
        return HttpTransport(URL, client=self.client, token=token)

    def office_client(self, credentials: Credentials) -> OfficeClient:
        return OfficeClient(URL, client=self.client, token=credentials.device_token)

    def device(self, folder: Path, username: str) -> tuple[Vault, Credentials]:
        """A new vault enrolled as ``username`` (left open on this thread)."""
        vault = Vault.create(
            folder, PASSPHRASE, user=username, kdf=KdfParams.cheap(), clock=fixed_clock
        )
        outcome = enrol_device(
            VaultSyncStore(vault),
            self.transport(),
            server_url=URL,
            username=username,
            password=PASSWORD,
        )
        return vault, outcome.credentials

    def sync(self, vault: Vault, credentials: Credentials) -> None:
        SyncEngine(VaultSyncStore(vault), self.transport(credentials.device_token)).sync()

    def audit(self, event: str) -> list[dict[str, object]]:
        factory = self.client.app.state.services.factory  # type: ignore[attr-defined]
        with factory() as session:
            rows = session.execute(select(audit_log).where(audit_log.c.event == event)).all()
        return [dict(r._mapping) for r in rows]


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    folder = tmp_path / "server"
    folder.mkdir()
    settings = Settings(
        database_url=f"sqlite:///{folder / 'server.db'}",
        data_dir=folder,
        argon2=Argon2Params(memory_kib=1024, iterations=1, lanes=1),
        clock=lambda: datetime(2026, 11, 24, 9, 0, tzinfo=UTC),
    )
    engine = make_engine(settings)
    migrate.upgrade(engine)
    engine.dispose()
    app = create_app(settings)
    with TestClient(app, base_url=URL) as client:
        yield Office(settings, client)
    app.state.services.engine.dispose()


def new_case(vault: Vault) -> str:
    case = Case(created_at=fixed_clock().replace(tzinfo=None))
    vault.cases.create(case, Person(case.id, PersonRole.CHILD, "Ola", "Nordmann"))
    return case.id


def leader_shell(qtbot, make_shell: MakeShell, office: Office, folder: Path) -> Shell:  # type: ignore[no-untyped-def]
    shell = make_shell(folder)
    shell.office.client_factory = office.office_client
    shell.start()
    with qtbot.waitSignal(shell.session.unlocked, timeout=10_000):
        shell.window.unlock.passphrase.setText(PASSPHRASE)
        shell.window.unlock.unlock_button.click()
    return shell


def test_B1_leader_assigns_and_the_caseworkers_device_receives_the_case_after_sync(
    qtbot,
    make_shell: MakeShell,
    office: Office,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    office.user("leder", Role.LEDER, "Nord")
    office.user("anne", Role.SAKSBEHANDLER, "Nord")
    leader_vault, leader = office.device(tmp_path / "leder", "leder")
    case_id = new_case(leader_vault)
    office.sync(leader_vault, leader)
    leader_vault.close()
    worker_vault, worker = office.device(tmp_path / "anne", "anne")
    office.sync(worker_vault, worker)
    assert worker_vault.cases.count() == 0  # B1: not hers yet

    shell = leader_shell(qtbot, make_shell, office, tmp_path / "leder")
    shell.window.office_menu.overview_action.trigger()
    qtbot.waitUntil(lambda: shell.office.overview is not None, timeout=5_000)
    view = shell.office.overview
    assert view is not None
    qtbot.waitUntil(lambda: view.cases.rowCount() == 1, timeout=10_000)
    assert shell.office.mode is Mode.SERVER
    view.select_case(case_id)
    view.caseworker.setEditText("anne")
    with qtbot.waitSignals([shell.office.assigned, shell.office.sync_wanted], timeout=20_000):
        view.assign_button.click()

    office.sync(worker_vault, worker)  # the caseworker's device: a grant for the case
    assert [c.id for c in worker_vault.cases.list()] == [case_id]
    on_db(qtbot, shell, lambda v: office.sync(v, leader))  # the leader's caseworker field
    office.sync(worker_vault, worker)
    assert worker_vault.cases.get_file(case_id).case.caseworker == "anne"
    worker_vault.close()


def test_B1_break_glass_without_reason_is_refused_and_with_reason_is_logged(
    qtbot,
    make_shell: MakeShell,
    office: Office,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    office.user("leder", Role.LEDER, "Nord")
    office.user("sondre", Role.SAKSBEHANDLER, "Sør")
    other_vault, other = office.device(tmp_path / "sondre", "sondre")
    case_id = new_case(other_vault)
    office.sync(other_vault, other)
    number = other_vault.cases.get_file(case_id).case.number
    other_vault.close()
    leader_vault, leader = office.device(tmp_path / "leder", "leder")
    leader_vault.close()

    shell = leader_shell(qtbot, make_shell, office, tmp_path / "leder")
    shell.window.office_menu.break_glass_action.trigger()
    qtbot.waitUntil(lambda: shell.office.break_glass_dialog is not None, timeout=10_000)
    dialog = shell.office.break_glass_dialog
    assert dialog is not None
    dialog.case_number.setText(number)
    dialog.ask_button.click()  # no reason
    assert dialog.error.isVisible() and "begrunnelse" in dialog.error.text()
    assert office.audit("break_glass") == [] and office.audit("break_glass_denied") == []
    with pytest.raises(SyncError):  # the server refuses a missing reason on its own too
        client = office.office_client(leader)
        client._send(
            "POST", "/v1/break-glass", json={"case_number": number, "reason": " "}, auth=True
        )

    dialog.reason.setPlainText(REASON)
    with qtbot.waitSignal(shell.office.break_glass_granted, timeout=20_000) as granted:
        dialog.ask_button.click()
    assert granted.args == [case_id]
    assert dialog.result.isVisible() and not dialog.ask_button.isVisible()
    [entry] = office.audit("break_glass")
    assert entry["case_id"] == case_id and REASON in str(entry["detail"])
    log = on_db(qtbot, shell, lambda v: v.access_log.after(0, 10_000))
    mine = [e for e in log if e.action == "break_glass"]
    assert len(mine) == 1 and mine[0].case_id == case_id
    assert REASON not in mine[0].detail  # the reason stays in the server's audit


def test_statistics_come_from_the_server_when_enrolled_and_from_the_vault_without_it(
    qtbot,
    make_shell: MakeShell,
    office: Office,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    office.user("leder", Role.LEDER, "Nord")
    office.user("anne", Role.SAKSBEHANDLER, "Nord")
    worker_vault, worker = office.device(tmp_path / "anne", "anne")
    case_id = new_case(worker_vault)
    received = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)  # not reviewed: A1 breach on 17.11
    worker_vault.reports.add(Report(case_id, received, Channel.PHONE, ReporterType.PRIVATE, "X"))
    office.sync(worker_vault, worker)
    files = worker_vault.cases.all_files()
    worker_vault.close()
    server_today = date(2026, 11, 24)  # the office fixture's clock
    expected = statistics_by_period(files, 2026, server_today)
    leader_vault, _leader = office.device(tmp_path / "leder", "leder")
    leader_vault.close()

    shell = leader_shell(qtbot, make_shell, office, tmp_path / "leder")
    shell.window.office_menu.statistics_action.trigger()
    qtbot.waitUntil(lambda: shell.office.overview is not None, timeout=5_000)
    view = shell.office.overview
    assert view is not None
    qtbot.waitUntil(lambda: view.statistics.source.text() == "Tall fra kommunens server",
                    timeout=20_000)
    assert shell.office.mode is Mode.SERVER
    assert shell.office.server_statistics == (2026, expected)
    rows = view.statistics.model.rows()
    assert rows[0].reports_received == 1 and rows[0].reports_over_deadline == 1
    assert [r.period for r in rows] == ["2026", "2026K1", "2026K2", "2026K3", "2026K4"]
    [read] = [e for e in office.audit("read") if "statistics" in str(e["detail"])]
    assert read["case_id"] is None

    target = tmp_path / "statistikk.csv"
    shell.office.save_path = lambda *_args: str(target)
    with qtbot.waitSignal(shell.office.file_saved, timeout=10_000):
        view.statistics.export_button.click()
    assert target.read_bytes().decode("utf-8-sig").splitlines()[1].split(";")[1] == "1"
    log = on_db(qtbot, shell, lambda v: v.access_log.after(0, 10_000))
    assert ("export", "statistikk-csv;kilde=server") in [(e.action, e.detail) for e in log]

    def unreachable(self: OfficeClient, year: int) -> list[object]:
        raise SyncError(SyncErrorKind.OFFLINE, "test")

    monkeypatch.setattr(OfficeClient, "unit_stats", unreachable)
    shell.office.reload_statistics()
    qtbot.waitUntil(lambda: "denne maskinen" in view.statistics.source.text(), timeout=20_000)
    assert "svarte ikke" in view.statistics.source.text()
    assert shell.office.server_statistics is None
