"""B1 (§ 13-1 BVL2021, § 6-7 BVL1992): break-glass "is logged and alerts the leader".

What counts as new (not seen on this device, not the leader's own use), the tray text (the
case number only, B8), the "Nødtilgang" tab's rows, and what a device without a server
shows; the server round trip is in ``tests/test_leader_alerts.py``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.break_glass_uses import findings
from desktop.notifier import Notifier, compose_break_glass
from desktop.reminder_plan import ReminderEntry
from desktop.user_role import ROLE
from domain.syncstore import Credentials
from sync.client.enrol import EnrolOutcome
from sync.protocol import Policy
from sync.protocol.admin import BreakGlassEntry
from tests.desktop.office_seed import on_db, seed_office_vault
from tests.desktop.shell_fixtures import MakeShell, make_shell, unlock
from ui.break_glass_uses import BreakGlassUseRow, BreakGlassUses
from ui.leader_overview import LeaderOverview
from ui.models import WARN_ROLE

__all__ = ["make_shell"]  # the shell fixture, used below

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
REASON = "Barnet er plassert akutt hos oss i natt og vi trenger planen."


def use(grant: str, number: str, user: str, hours_ago: int, minutes: int = 60) -> BreakGlassEntry:
    created = NOW - timedelta(hours=hours_ago)
    return BreakGlassEntry(
        grant_id=grant,
        case_number=number,
        user_id=f"id-{user}",
        username=user,
        reason=REASON,
        created_at=created,
        expires_at=created + timedelta(minutes=minutes),
    )


def test_B1_new_means_not_seen_here_and_not_the_leaders_own() -> None:
    uses = [
        use("g3", "2026-0103", "sondre", 0),  # new, still open
        use("g1", "2026-0101", "sondre", 30),  # seen before
        use("g2", "2026-0102", "lise", 2),  # the leader's own
        use("g4", "2026-0103", "tove", 1),  # a second new use on the same case
    ]
    found = findings(uses, frozenset({"g1"}), "id-lise", NOW)
    assert found.new_numbers == ("2026-0103",)  # one line per case
    assert [r.grant_id for r in found.rows] == ["g1", "g2", "g4", "g3"]  # oldest first
    rows = {r.grant_id: r for r in found.rows}
    assert rows["g3"].active and not rows["g1"].active
    assert rows["g3"].new and rows["g4"].new and not rows["g1"].new and not rows["g2"].new
    assert rows["g3"].used_at == datetime(2026, 11, 24, 10, 0)  # Oslo wall time
    assert findings(uses, frozenset({"g1", "g2", "g3", "g4"}), "id-lise", NOW).new_numbers == ()


def test_B1_B8_the_alert_holds_the_case_numbers_only() -> None:
    assert compose_break_glass(["2026-0142"]) == (
        "Varsel om nødtilgang",
        "Nødtilgang brukt i sak 2026-0142",
    )
    title, text = compose_break_glass([f"2026-01{n:02}" for n in range(5)])
    assert text.splitlines()[:3] == [f"Nødtilgang brukt i sak 2026-01{n:02}" for n in range(3)]
    assert text.splitlines()[3] == "… og 2 til (se Lederoversikt)"


def test_B1_the_notifier_shows_one_message_and_nothing_for_no_uses(qtbot: Any) -> None:
    status: list[str] = []
    notifier = Notifier(status.append, use_tray=False)
    with qtbot.assertNotEmitted(notifier.notification_shown):
        notifier.notify_break_glass([])
    with qtbot.waitSignal(notifier.notification_shown) as shown:
        notifier.notify_break_glass(["2026-0142"])
    assert shown.args == ["Varsel om nødtilgang", "Nødtilgang brukt i sak 2026-0142"]
    assert status == ["Varsel om nødtilgang: Nødtilgang brukt i sak 2026-0142"]


def test_B1_a_click_on_the_alert_opens_the_list_and_on_a_reminder_the_frister(
    qtbot: Any,
) -> None:
    notifier = Notifier(use_tray=True)  # offscreen: the icon exists, unseen
    assert notifier.tray is not None
    notifier.notify_break_glass(["2026-0142"])
    with (
        qtbot.assertNotEmitted(notifier.activated),
        qtbot.waitSignal(notifier.break_glass_activated),
    ):
        notifier.tray.messageClicked.emit()
    today = date(2026, 11, 24)
    reminder = ReminderEntry(
        "k", "d", "c", "2026-0143", "r", "A1", "decide_intake", "info", today, today
    )
    notifier.notify([reminder], today)
    with (
        qtbot.assertNotEmitted(notifier.break_glass_activated),
        qtbot.waitSignal(notifier.activated),
    ):
        notifier.tray.messageClicked.emit()
    notifier.hide()


ROWS = [
    BreakGlassUseRow(
        "g1",
        "2026-0101",
        "sondre",
        datetime(2026, 11, 20, 9),
        REASON,
        datetime(2026, 11, 20, 10),
        active=False,
    ),
    BreakGlassUseRow(
        "g2",
        "2026-0102",
        "tove",
        datetime(2026, 11, 24, 9),
        REASON,
        datetime(2026, 11, 24, 10),
        active=True,
        new=True,
    ),
]


def test_the_list_shows_newest_first_and_open_access_stands_out(
    qtbot: Any, qtmodeltester: Any
) -> None:
    widget = BreakGlassUses()
    qtbot.addWidget(widget)
    assert "Henter" in widget.note.text()
    widget.set_rows(ROWS)
    qtmodeltester.check(widget.model)
    model = widget.model
    assert [model.index(0, c).data() for c in range(5)] == [
        "2026-0102",
        "tove",
        "24.11.2026 09:00",
        REASON,
        "24.11.2026 10:00",
    ]
    assert model.index(0, 0).data(WARN_ROLE) is True and model.index(1, 0).data(WARN_ROLE) is False
    assert widget.table.accessibleName()
    widget.set_unavailable("Uten kontakt")
    assert model.rowCount() == 0 and widget.note.text() == "Uten kontakt"
    widget.set_rows([])
    assert widget.note.text() == "Ingen har brukt nødtilgang i enhetens saker."


def test_B1_a_local_journal_opens_the_list_which_says_it_needs_the_server(
    qtbot: Any, make_shell: MakeShell, tmp_path: Path
) -> None:
    seed_office_vault(tmp_path / "vault")
    shell = make_shell()
    unlock(qtbot, shell)
    shell.deadlines.notifier.break_glass_activated.emit()  # a click on an alert: the list
    qtbot.waitUntil(lambda: shell.office.overview is not None, timeout=5_000)
    view = shell.office.overview
    assert view is not None
    qtbot.waitUntil(lambda: "ikke koblet" in view.break_glass.note.text(), timeout=10_000)
    assert view.tabs.currentIndex() == LeaderOverview.BREAK_GLASS
    assert view.break_glass.model.rowCount() == 0


@pytest.mark.parametrize("role", ["leder", "saksbehandler"])
def test_the_role_from_the_enrolment_is_kept_in_the_vault(
    qtbot: Any, make_shell: MakeShell, tmp_path: Path, role: str
) -> None:
    """Stored at once, so the first sync's cases are planned for the right user."""
    seed_office_vault(tmp_path / "vault")
    shell = make_shell()
    unlock(qtbot, shell)
    outcome = EnrolOutcome(
        Credentials("https://barnevern.kommune.test", "dev", "token", "id-lise", "lise"),
        Policy(idle_lock_minutes=5, max_offline_hours=72),
        escrowed=False,
        role=role,
    )
    with qtbot.waitSignal(shell.office.leader_watch.role_known, timeout=10_000) as known:
        shell.sync.service.enrolled.emit(outcome)
    assert known.args == [role]
    assert on_db(qtbot, shell, lambda v: v.settings.get(ROLE)) == role
