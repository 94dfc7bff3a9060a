"""A caseworker's day, end to end, through the real app (desktop/app.py) on a real vault.

First run → melding from an anonymous reporter and one from a school (same child: one case,
B11) → intake decision (A1) → undersøkelse (A7, A8) → hjemmebesøk note with interpreter (B7)
and the child's views → autosave → sign (B11) → addendum → search finds it → idle auto-lock
→ wrong passphrase refused → unlock shows the same state. Waits on signals; never sleeps.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableView

from desktop.app import Shell
from desktop.context import OSLO, AppContext
from domain.investigations import ParticipationCode, PlanItem
from domain.reports import IntakeOutcome, ReporterType
from storage.keys import KdfParams
from ui.models import ID_ROLE

PASSPHRASE = "blå fjorder og grønne lier 2026"
CHILD_NUMBER = "14831551217"  # synthetic (DOMAIN.md C), allowed in test mode
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=OSLO)


@pytest.fixture
def shell(qtbot, tmp_path: Path):
    context = AppContext(user="kari.saksbehandler", clock=lambda: NOW, demo_mode=True)
    app = Shell(
        tmp_path / "vault", context, idle_ms=60_000, kdf=KdfParams.cheap(), sleep=lambda _s: None
    )
    qtbot.addWidget(app.window)
    yield app
    app.shutdown()


def select_row(table: QTableView, key: str) -> None:
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ID_ROLE) == key:
            table.setCurrentIndex(model.index(row, 0))
            return
    raise AssertionError("row not shown")


def first_run(qtbot, shell: Shell) -> None:
    shell.start()
    page = shell.window.first_run
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(shell.session.unlocked, timeout=10_000):
        page.create_button.click()


def register(
    qtbot,
    shell: Shell,
    trigger: Any,
    kind: ReporterType,
    content: str,
    reporter: str = "",
    child: bool = True,
) -> tuple[str, str]:
    trigger()
    qtbot.waitUntil(lambda: shell.intake.dialog is not None and shell.intake.dialog.isVisible())
    dialog = shell.intake.dialog
    dialog.reporter_type.setCurrentIndex(dialog.reporter_type.findData(kind.value))
    if reporter:
        dialog.reporter_name.setText(reporter)
        dialog.reporter_org.setText("Fiktivby skole")
    if child:
        dialog.child_given.setText("Sara")
        dialog.child_family.setText("Haugen")
        dialog.child_number.setText(CHILD_NUMBER)
    dialog.content.setPlainText(content)
    dialog.acute_no.setChecked(True)
    with qtbot.waitSignal(shell.intake.melding_registered) as blocker:
        dialog.save_button.click()
    shell.intake.dialog = None
    return blocker.args[0], blocker.args[1]


def decide_for_investigation(qtbot, shell: Shell, report_id: str) -> str:
    view = shell.window.case_view
    qtbot.waitUntil(lambda: view.reports.rowCount() == 2)
    select_row(view.report_table, report_id)
    view.report_table.activated.emit(view.report_table.currentIndex())  # Enter on the row
    qtbot.waitUntil(lambda: shell.intake.decision_dialog is not None)
    dialog = shell.intake.decision_dialog
    dialog.select_outcome(IntakeOutcome.UNDERSOKELSE)
    with qtbot.waitSignal(shell.intake.investigation_opened) as blocker:
        dialog.ok_button.click()
    return blocker.args[0]


def work_investigation(qtbot, shell: Shell, inv_id: str) -> None:
    view = shell.window.case_view
    qtbot.waitUntil(lambda: view.investigations.rowCount() == 1)
    select_row(view.investigation_table, inv_id)
    view.investigation_table.activated.emit(view.investigation_table.currentIndex())
    qtbot.waitUntil(lambda: inv_id in shell.investigation.panels)
    panel = shell.investigation.panels[inv_id]
    assert "medvirkning" in panel.blockers.text() and not panel.conclude_button.isEnabled()
    panel._plan_widgets[PlanItem.SAMTALE_MED_FORELDRE.value][0].setChecked(True)
    panel._plan_widgets[PlanItem.INNHENTING.value][1].setText("Venter på samtykke.")
    panel.save_plan.click()
    qtbot.waitUntil(lambda: "Samtale med foreldre" not in panel.blockers.text())
    panel.close()


def write_home_visit(qtbot, shell: Shell) -> Any:
    shell.window.new_note_action.trigger()  # Ctrl+Shift+N
    qtbot.waitUntil(lambda: len(shell.notes.sessions) == 1)
    session = next(iter(shell.notes.sessions.values()))
    editor = session.editor
    box = editor.interpreter
    box.name.setText("Tolk Tolkesen")
    box.qualification.setText("Tolkeregisteret kategori 1")
    box.birth_known.setChecked(True)
    box.birth_date.setDate(QDate(1978, 6, 1))
    box.use_button.click()
    assert "Tolk Tolkesen" in box.state.text()
    editor.participation.setCurrentIndex(
        editor.participation.findData(ParticipationCode.SAMTALE.value)
    )
    with qtbot.waitSignal(shell.notes.note_saved, timeout=3000):  # autosave, ~1 s
        editor.sections.sections["observations"].text.insertPlainText(
            "Kjøkkenet var ryddig, og det var mat i kjøleskapet."
        )
        editor.sections.sections["child_views"].text.insertPlainText(
            "Sara sa at hun liker skolen og bestevennen sin."
        )
    return session


def test_a_caseworkers_day(qtbot, shell: Shell) -> None:
    first_run(qtbot, shell)
    window = shell.window
    # Ctrl+N: melding from an anonymous reporter; a new child gets a case.
    case_id, anon_report = register(
        qtbot,
        shell,
        window.new_report_action.trigger,
        ReporterType.ANONYMOUS,
        "Naboen hører ofte krangling og gråt.",
    )
    qtbot.waitUntil(lambda: window.case_view.case_id == case_id)
    # The school reports the same child: the melding lands on the same case (B11).
    same_case, school_report = register(
        qtbot,
        shell,
        window.new_report_action.trigger,
        ReporterType.PUBLIC_BODY,
        "Sara har mye fravær.",
        reporter="Rektor Rønning",
        child=False,
    )
    assert same_case == case_id

    inv_id = decide_for_investigation(qtbot, shell, anon_report)
    work_investigation(qtbot, shell, inv_id)

    session = write_home_visit(qtbot, shell)
    note_id = session.note.id
    with qtbot.waitSignal(shell.notes.note_signed, timeout=5000):
        session.editor.sign_button.click()
    assert session.editor.sections.sections["observations"].text.isReadOnly()
    session.editor.addendum_button.click()
    dialog = shell.notes.addendum_dialog
    dialog.text.setPlainText("Tillegg: tolken var til stede hele besøket.")
    with qtbot.waitSignal(shell.notes.addendum_added, timeout=5000):
        dialog.save_button.click()

    # Search finds the note.
    window.search_action.trigger()  # Ctrl+K
    window.search.query.setText("kjøkkenet")
    model = window.search.model
    qtbot.waitUntil(lambda: model.rowCount() >= 1, timeout=5000)
    assert note_id in {model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())}
    window.search.hide()

    # Idle auto-lock (the limit shortened for the test; any input restarts the countdown).
    shell.session.idle.set_interval(50)
    with qtbot.waitSignal(shell.session.locked, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_Shift)
    assert window.case_view.case_id == ""
    assert all(m.rowCount() == 0 for m in window.case_view.all_models())
    qtbot.waitUntil(lambda: not session.editor.isVisible())
    shell.session.idle.set_interval(60_000)

    # A wrong passphrase is refused with a message; the right one shows the same state.
    with qtbot.waitSignal(shell.session.failed, timeout=10_000):
        window.unlock.passphrase.setText("feil passordfrase")
        window.unlock.unlock_button.click()
    assert window.unlock.error.text()
    with qtbot.waitSignal(shell.session.unlocked, timeout=10_000):
        window.unlock.passphrase.setText(PASSPHRASE)
        window.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: window.case_view.case_id == case_id, timeout=10_000)
    view = window.case_view
    qtbot.waitUntil(lambda: view.timeline.rowCount() == 2)  # the note and its addendum
    assert view.reports.rowCount() == 2 and view.investigations.rowCount() == 1
    assert window.case_list.model.rowCount() == 1
    shell.notes.open_note(note_id)
    qtbot.waitUntil(lambda: note_id in shell.notes.sessions)
    reopened = shell.notes.sessions[note_id].editor
    assert reopened.sections.sections["child_views"].text.toPlainText().startswith("Sara sa")
    assert reopened.addenda_model.rowCount() == 1
    assert school_report and date(2026, 3, 2) == NOW.date()
