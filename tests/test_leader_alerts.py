"""B1 (§ 13-1 BVL2021, § 6-7 BVL1992): break-glass "is logged and alerts the leader", and A1's
"alert the leader on day 6", through the real app shell against the real server (in-process,
its own SQLite file) and the real sync engine.

- Only leaders may break glass (``domain.access``), so the use the unit's leader must hear of
  is another unit's leader opening one of the unit's cases. After the leader's next sync the
  tray says "Nødtilgang brukt i sak …" once, with the case number and nothing else (B8);
  the overview's "Nødtilgang" tab lists who, when, why and until when.
- The leader's device learns its role from the server and holds the unit's cases, so a
  caseworker's melding on day 6 alerts the leader, while its day-3 nudge stays hers.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.app import Shell
from desktop.break_glass_uses import SEEN
from desktop.user_role import ROLE, remember_role
from domain.access import Role
from domain.cases import Case
from domain.people import Person, PersonRole
from domain.reports import Channel, Report, ReporterType
from domain.syncstore import Credentials
from storage.vault import Vault
from sync.client.backoff import Backoff
from sync.client.errors import SyncError, SyncErrorKind
from sync.client.office import OfficeClient
from tests.desktop.office_seed import on_db
from tests.desktop.shell_fixtures import MakeShell, make_shell
from tests.test_office_sync import REASON, Office, leader_shell, office
from ui.leader_overview import LeaderOverview

__all__ = ["make_shell", "office"]  # fixtures, used below

CHILD = ("Lisa", "Hemmelighaug")
FNR = "14831551217"  # synthetic (month + 80), valid control digits
OTHER_FNR = "01890850096"  # another child: the server joins intakes for the same child
NOW = datetime(2026, 11, 24, 10, 0)  # the shell fixtures' clock, Oslo wall time
WAIT = 20_000


def named_case(vault: Vault, received: datetime | None = None, fnr: str = FNR) -> str:
    """The vault user's case (as the intake makes it) of a child with a name and an identity
    number (neither may reach the tray), with an unreviewed melding when ``received``."""
    case = Case(created_at=NOW - timedelta(days=10), caseworker=vault.user)
    child = Person(case.id, PersonRole.CHILD, *CHILD, date(2016, 3, 14), identity_number=fnr)
    vault.cases.create(case, child)
    if received is not None:
        vault.reports.add(Report(case.id, received, Channel.PHONE, ReporterType.ANONYMOUS, "X"))
    return case.id


def reach(shell: Shell, office: Office) -> None:
    """The shell's sync service talks to the in-process server."""
    service = shell.sync.service
    service.transport_factory = lambda credentials: office.transport(credentials.device_token)
    service.backoff = Backoff(base_s=0.0, cap_s=0.0)


def shown_by(shell: Shell) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    shell.deadlines.notifier.notification_shown.connect(lambda t, x: shown.append((t, x)))
    return shown


def sync_and_check(qtbot: Any, shell: Shell) -> None:
    """Sync now; wait until the leader's check after it has been recorded."""
    with qtbot.waitSignal(shell.office.leader_watch.uses_loaded, timeout=WAIT):
        shell.sync.service.sync_now()


def offline(_credentials: Credentials) -> OfficeClient:
    raise SyncError(SyncErrorKind.OFFLINE, "test")


def test_B1_the_leader_is_alerted_once_of_break_glass_in_the_unit_with_the_case_number_only(
    qtbot: Any, make_shell: MakeShell, office: Office, tmp_path: Path
) -> None:
    office.user("lise", Role.LEDER, "Nord")
    office.user("anne", Role.SAKSBEHANDLER, "Nord")
    office.user("sondre", Role.LEDER, "Sør")
    worker_vault, worker = office.device(tmp_path / "anne", "anne")
    named_case(worker_vault)
    office.sync(worker_vault, worker)
    [case] = worker_vault.cases.list()
    number = case.number
    worker_vault.close()
    other_vault, other = office.device(tmp_path / "sondre", "sondre")
    other_vault.close()
    office.office_client(other).break_glass(number, REASON)  # another unit's leader
    leader_vault, _leader = office.device(tmp_path / "lise", "lise")
    leader_vault.close()

    shell = leader_shell(qtbot, make_shell, office, tmp_path / "lise")
    reach(shell, office)
    shown = shown_by(shell)
    sync_and_check(qtbot, shell)
    assert shown == [("Varsel om nødtilgang", f"Nødtilgang brukt i sak {number}")]
    for secret in (*CHILD, FNR, FNR[:6], REASON, "sondre"):
        assert secret not in shown[0][0] + shown[0][1]
    assert on_db(qtbot, shell, lambda v: v.settings.get(ROLE)) == "leder"
    assert len(on_db(qtbot, shell, lambda v: v.settings.get(SEEN))) == 1

    sync_and_check(qtbot, shell)  # seen: the next sync says nothing more
    shell.window.office_menu.overview_action.trigger()
    qtbot.waitUntil(lambda: shell.office.overview is not None, timeout=5_000)
    view = shell.office.overview
    assert view is not None
    qtbot.waitUntil(lambda: view.break_glass.model.rowCount() == 1, timeout=WAIT)
    [row] = view.break_glass.model.rows()
    assert (row.case_number, row.who, row.reason, row.active) == (number, "sondre", REASON, True)
    assert row.used_at == NOW and row.expires_at > NOW
    assert view.tabs.tabText(LeaderOverview.BREAK_GLASS) == "Nødtil&gang"
    assert len(shown) == 1  # neither the second sync nor the overview alerted again

    shell.office.client_factory = offline  # no contact: the tab says so, nothing breaks
    view.refresh_requested.emit()
    qtbot.waitUntil(lambda: "Uten kontakt" in view.break_glass.note.text(), timeout=WAIT)
    assert view.break_glass.model.rowCount() == 0 and len(shown) == 1


def test_A1_the_leaders_device_alerts_on_day_6_of_a_caseworkers_melding_not_on_day_3(
    qtbot: Any, make_shell: MakeShell, office: Office, tmp_path: Path
) -> None:
    office.user("lise", Role.LEDER, "Nord")
    office.user("anne", Role.SAKSBEHANDLER, "Nord")
    worker_vault, worker = office.device(tmp_path / "anne", "anne")
    day6 = named_case(worker_vault, NOW - timedelta(days=6))  # day 6 today: alert the leader
    day3 = named_case(worker_vault, NOW - timedelta(days=3), OTHER_FNR)  # day 3: anne's only
    office.sync(worker_vault, worker)
    numbers = {c.id: c.number for c in worker_vault.cases.list()}
    worker_vault.close()
    leader_vault, leader = office.device(tmp_path / "lise", "lise")
    remember_role(leader_vault, "leder")  # as the app's enrolment stores it
    office.sync(leader_vault, leader)  # the unit's cases reach the leader's device (B1)
    files = leader_vault.cases.all_files()
    assert len(files) == 2 and {f.case.caseworker for f in files} == {"anne"}
    leader_vault.close()

    shell = make_shell(tmp_path / "lise")
    shell.office.client_factory = office.office_client
    shown = shown_by(shell)
    shell.start()
    with qtbot.waitSignal(shell.deadlines.service.reminders_due, timeout=WAIT) as due:
        shell.window.unlock.passphrase.setText("korrekt hest batteri stift")
        shell.window.unlock.unlock_button.click()
    [alert] = due.args[0]
    assert (alert.case_number, alert.level) == (numbers[day6], "alert_leader")
    assert alert.key.endswith(":day6")
    assert shown == [
        ("Varsel om frist", f"Frist i morgen: vurdering av melding i sak {numbers[day6]}")
    ]
    assert numbers[day3] not in str(shown)
