"""The leader's overview on a single-user journal (DESIGN.md §2): every role held locally.

Cases with caseworker, status and fristbrudd per rule and per caseworker; assigning a case
writes the vault (and its outbox op, so it syncs once enrolled); the statistics CSV; and
break-glass, which needs the server, is refused with a message.
"""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

from desktop import office_data
from desktop.app import Shell
from desktop.office import Mode
from domain.cases import Case
from domain.people import Person, PersonRole
from domain.reports import Channel, Report, ReporterType
from domain.statistics import CSV_HEADERS
from tests.desktop.office_seed import (
    LOCAL_NOW,
    NOW_DATE,
    TEACHER,
    OfficeSeed,
    on_db,
    open_vault,
    seed_office_vault,
)
from tests.desktop.shell_fixtures import MakeShell, unlock
from ui.leader_overview import LeaderOverview


def opened(
    qtbot, make_shell: MakeShell, tmp_path: Path
) -> tuple[Shell, OfficeSeed, LeaderOverview]:  # type: ignore[no-untyped-def]
    seed = seed_office_vault(tmp_path / "vault")
    shell = make_shell()
    unlock(qtbot, shell)
    shell.window.office_menu.overview_action.trigger()
    qtbot.waitUntil(lambda: shell.office.overview is not None, timeout=5_000)
    view = shell.office.overview
    assert view is not None
    qtbot.waitUntil(lambda: view.cases.rowCount() == 3, timeout=10_000)
    return shell, seed, view


def test_B1_local_overview_lists_every_case_with_caseworker_and_fristbrudd(
    qtbot,
    make_shell: MakeShell,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    shell, _seed, view = opened(qtbot, make_shell, tmp_path)
    assert shell.office.mode is Mode.LOCAL
    assert "Lokal journal" in view.mode.text()
    rows = {r.number: r for r in view.cases.rows()}
    assert rows["2026-0101"].caseworker == "anne"
    assert rows["2026-0102"].overdue == 1  # A1: melding 10 days old, not reviewed
    assert rows["2026-0103"].caseworker == ""
    assert [(r.key, r.count) for r in view.by_rule.rows()] == [("A1", 1)]
    assert [(r.key, r.count) for r in view.by_caseworker.rows()] == [("bjorn", 1)]
    assert not view.break_glass_button.isEnabled()  # other units exist only on a server
    qtbot.waitUntil(lambda: view.statistics.model.rowCount() == 5, timeout=10_000)
    # Not enrolled: the figures are counted here, and the view says so.
    qtbot.waitUntil(lambda: view.statistics.source.text() == "Tall fra denne maskinen")
    assert shell.office.server_statistics is None


def test_B1_assigning_locally_updates_the_case_and_queues_it_for_sync(
    qtbot,
    make_shell: MakeShell,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    shell, seed, view = opened(qtbot, make_shell, tmp_path)
    unassigned = seed.other_cases[1]
    view.select_case(unassigned)
    view.caseworker.setEditText("carl")
    with qtbot.waitSignal(shell.office.assigned, timeout=10_000) as done:
        view.assign_button.click()
    assert done.args == [unassigned, "carl"]
    qtbot.waitUntil(
        lambda: any(r.case_id == unassigned and r.caseworker == "carl" for r in view.cases.rows()),
        timeout=10_000,
    )
    assert "carl" in view.caseworker.itemText(view.caseworker.findText("carl"))
    pending = on_db(qtbot, shell, lambda v: v.outbox.pending())
    assert any(op.case_id == unassigned and op.fields.get("caseworker") == "carl" for op in pending)


def test_assigning_nobody_is_refused_with_a_message(
    qtbot,
    make_shell: MakeShell,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    shell, seed, view = opened(qtbot, make_shell, tmp_path)
    view.select_case(seed.case_id)
    view.caseworker.setEditText("")
    with qtbot.assertNotEmitted(shell.office.assigned):
        view.assign_button.click()
    assert "hvem som skal ha saken" in view.message.text()


def test_statistics_csv_has_norwegian_headers_semicolons_and_is_logged(
    qtbot,
    make_shell: MakeShell,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    shell, _seed, view = opened(qtbot, make_shell, tmp_path)
    target = tmp_path / "statistikk.csv"
    shell.office.save_path = lambda *_args: str(target)
    with qtbot.waitSignal(shell.office.file_saved, timeout=10_000):
        view.statistics.export_button.click()
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert tuple(rows[0]) == CSV_HEADERS
    assert [r[0] for r in rows[1:]] == ["2026", "2026K1", "2026K2", "2026K3", "2026K4"]
    assert rows[1][1] == "4"  # meldinger received in 2026: three in 2026-0101, one in 0102
    entries = on_db(qtbot, shell, lambda v: v.access_log.after(0, 10_000))
    assert ("export", "statistikk-csv") in [(e.action, e.detail) for e in entries]


def test_B1_break_glass_without_a_server_is_refused_with_a_message(
    qtbot,
    make_shell: MakeShell,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    seed_office_vault(tmp_path / "vault")
    shell = make_shell()
    unlock(qtbot, shell)
    with qtbot.waitSignal(shell.office.failed, timeout=10_000) as failed:
        shell.window.office_menu.break_glass_action.trigger()
    assert "server" in failed.args[0]
    assert shell.office.break_glass_dialog is None


def test_lock_closes_the_overview_and_drops_its_rows(
    qtbot,
    make_shell: MakeShell,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    shell, _seed, view = opened(qtbot, make_shell, tmp_path)
    with qtbot.waitSignal(shell.session.locked, timeout=10_000):
        shell.session.lock()
    assert not view.isVisible()
    assert all(model.rowCount() == 0 for model in view.all_models())


def test_statistics_count_an_overdue_public_body_melding_without_its_reporter(
    tmp_path: Path,
) -> None:
    """The vault hands out meldinger without the reporter (B4); a public body's must count."""
    seed_office_vault(tmp_path / "vault")
    vault = open_vault(tmp_path / "vault")
    try:
        case = Case(created_at=LOCAL_NOW, number="2026-0104")
        vault.cases.create(case, Person(case.id, PersonRole.CHILD, "Per", "Sen"))
        received = LOCAL_NOW - timedelta(days=10)
        vault.reports.add(
            Report(
                case.id,
                received,
                Channel.LETTER,
                ReporterType.PUBLIC_BODY,
                "Bekymring fra skolen.",
                reporter=TEACHER,
            )
        )
        rows = office_data.statistics_rows(vault, 2026, NOW_DATE)
    finally:
        vault.close()
    assert rows[0].reports_received == 5
    assert rows[0].reports_over_deadline == 2  # 2026-0102 and 2026-0104 (A1)
