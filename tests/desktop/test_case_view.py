"""Case list and case view against a real vault: filters, masking (B8), protected addresses (B6)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from tests.desktop.shell_fixtures import (
    FORTROLIG_ADDRESS,
    SECRET_ADDRESS,
    MakeShell,
    Seeded,
    open_case,
    unlock,
)


def _visible_text(root: QWidget) -> str:
    """Every label and every cell of every model under ``root``: what a user could see."""
    parts = [label.text() for label in root.findChildren(QLabel)]
    for view in root.findChildren(QWidget):
        model = getattr(view, "model", None)
        model = model() if callable(model) else None
        if model is None:
            continue
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                parts.append(str(model.index(row, col).data(Qt.ItemDataRole.DisplayRole) or ""))
    return "\n".join(parts)


def test_case_list_shows_masked_numbers_and_filters(
    qtbot, make_shell: MakeShell, seeded: Seeded
) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    view = shell.window.case_list
    assert view.proxy.rowCount() == 3
    text = _visible_text(view)
    assert "148315*****" in text and "14831551217" not in text  # B8
    assert "Emma Nordmann" in text and "8 år" in text

    view.overdue.setChecked(True)  # the A1 review is past its 7 days
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == ["2026-0001"]
    view.overdue.setChecked(False)

    view.status.setCurrentIndex(view.status.findData("tiltak"))
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == ["2026-0003"]
    view.status.setCurrentIndex(0)

    qtbot.keyClicks(view.search, "skjult")
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == ["2026-0002"]
    assert "1 av 3 saker" in view.count.text()


def test_case_view_masks_identity_and_never_shows_strengt_fortrolig_address(
    qtbot, make_shell: MakeShell, seeded: Seeded
) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    open_case(qtbot, shell, seeded.secret_case)
    view = shell.window.case_view
    assert view.banner.isVisibleTo(shell.window)
    assert "STRENGT FORTROLIG" in view.banner.text()
    text = _visible_text(shell.window)
    assert SECRET_ADDRESS not in text  # B6
    assert "Hemmeligveien" not in text
    assert "018908*****" in view.subtitle.text()
    assert "01890850096" not in text  # B8


def test_fortrolig_case_has_banner_and_shows_address_to_caseworker(
    qtbot, make_shell: MakeShell, seeded: Seeded
) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    open_case(qtbot, shell, seeded.fortrolig_case)
    view = shell.window.case_view
    assert view.banner.isVisibleTo(shell.window)
    assert view.banner.text().startswith("FORTROLIG ADRESSE")
    assert FORTROLIG_ADDRESS in _visible_text(view)


def test_case_view_tabs_show_meldinger_journal_deadlines_and_access_log(
    qtbot, make_shell: MakeShell, seeded: Seeded
) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    open_case(qtbot, shell, seeded.overdue_case)
    view = shell.window.case_view
    assert not view.banner.isVisibleTo(shell.window)
    assert view.reports.rowCount() == 1
    assert view.reports.index(0, 4).data() == "Ikke vurdert"
    assert view.timeline.rowCount() == 1
    assert view.timeline.index(0, 3).data() == "Signert"
    rules = {view.deadlines.index(r, 0).data() for r in range(view.deadlines.rowCount())}
    assert "A1" in rules
    actions = {view.access_log.index(r, 3).data() for r in range(view.access_log.rowCount())}
    assert "Sak lest" in actions  # opening the case was itself logged (B2)


def test_case_view_buttons_emit_intents(qtbot, make_shell: MakeShell, seeded: Seeded) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    open_case(qtbot, shell, seeded.overdue_case)
    view = shell.window.case_view
    with qtbot.waitSignal(shell.window.new_note_requested) as new_note:
        shell.window.new_note_action.trigger()
    assert new_note.args == [seeded.overdue_case]
    view.timeline_table.setCurrentIndex(view.timeline.index(0, 0))
    with qtbot.waitSignal(view.open_note_requested) as opened:
        view._open_note()
    assert opened.args == [seeded.note_id]
    view.report_table.setCurrentIndex(view.reports.index(0, 0))
    with qtbot.waitSignal(view.decide_requested):
        view._decide()
    assert shell.window.new_note_action.shortcut().toString() == "Ctrl+Shift+N"
    assert shell.window.new_report_action.shortcut().toString() == "Ctrl+N"


def test_a_change_refreshes_the_list(qtbot, make_shell: MakeShell, seeded: Seeded) -> None:
    from domain.cases import CaseStatus

    shell = make_shell()
    unlock(qtbot, shell)
    shell.runner.run(lambda v: v.cases.update(seeded.overdue_case, status=CaseStatus.HENLAGT))
    model = shell.window.case_list.model
    qtbot.waitUntil(
        lambda: any(r.status is CaseStatus.HENLAGT for r in model.rows()), timeout=10_000
    )
