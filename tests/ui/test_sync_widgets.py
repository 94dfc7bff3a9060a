"""pytest-qt: the sync status, the "Ikke levert" list and the draft merge view (offscreen,
waiting on signals, never sleeping)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.draft_merge import DraftMergeDialog
from ui.quarantine_view import QuarantineRow, QuarantineView, reason_text
from ui.sync_status import SyncStatusView, SyncStatusWidget


def test_status_shows_state_pending_and_last_sync(qtbot: QtBot) -> None:
    w = SyncStatusWidget()
    qtbot.addWidget(w)
    assert not w.sync_button.isEnabled()  # not enrolled
    w.set_status(SyncStatusView(enrolled=True, online=True, pending=3, not_delivered=1,
                                last_success="10.03.2026 12:00"))
    assert w.state_label.text() == "Tilkoblet"
    assert "3" in w.pending_label.text()
    assert w.quarantine_button.text() == "Ikke levert: 1"
    assert "10.03.2026 12:00" in w.last_label.text()
    with qtbot.waitSignal(w.sync_requested, timeout=1000):
        w.sync_button.click()
    w.on_started()
    assert w.progress.isVisibleTo(w) and not w.sync_button.isEnabled()
    w.on_progress("push", 5, 10)
    assert (w.progress.maximum(), w.progress.value()) == (10, 5)
    w.on_failed("Frakoblet – prøver igjen senere")
    assert not w.progress.isVisibleTo(w) and w.state_label.text().startswith("Frakoblet")
    w.set_status(SyncStatusView(enrolled=True, online=False, pending=0, not_delivered=0))
    assert w.pending_label.text() == "Alt er sendt" and not w.quarantine_button.isVisibleTo(w)
    with qtbot.waitSignal(w.not_delivered_requested, timeout=1000):
        w.quarantine_button.click()


def test_quarantine_list_actions(qtbot: QtBot) -> None:
    view = QuarantineView()
    qtbot.addWidget(view)
    rows = [
        QuarantineRow("op-1", "2026-0001", "journal_note (create)",
                      reason_text("access_denied"), "2026-03-02T09:00"),
        QuarantineRow("op-2", "2026-0002", "journal_note (update)",
                      reason_text("note_signed"), "2026-03-02T09:01", has_proposal=True),
    ]
    view.set_rows(rows)
    assert view.model.rowCount() == 2 and not view.retry_button.isEnabled()
    view.select(0)
    assert view.retry_button.isEnabled() and not view.addendum_button.isEnabled()
    with qtbot.waitSignal(view.retry_requested, timeout=1000) as sig:
        view.retry_button.click()
    assert sig.args == ["op-1"]
    view.select(1)
    with qtbot.waitSignal(view.addendum_requested, timeout=1000) as sig:
        view.addendum_button.click()
    assert sig.args == ["op-2"]
    with qtbot.waitSignal(view.export_requested, timeout=1000) as sig:
        view.export_button.click()
    assert sig.args == [["op-1", "op-2"]]
    view.set_rows([])
    assert view.empty.isVisibleTo(view) and not view.export_button.isEnabled()


def test_quarantine_model_passes_modeltester(qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = QuarantineView()
    qtbot.addWidget(view)
    view.set_rows([QuarantineRow("op-1", "2026-0001", "x", "y", "z")])
    qtmodeltester.check(view.model)


def test_draft_merge_side_by_side(qtbot: QtBot) -> None:
    mine = {"body": "Min tekst.", "assessment": "Lik.", "observations": "Mine obs."}
    theirs = {"body": "Deres tekst.", "assessment": "Lik.", "observations": "Deres obs."}
    dialog = DraftMergeDialog(mine, theirs)
    qtbot.addWidget(dialog)
    assert [s.name for s in dialog.sections] == ["observations", "body"]  # only what differs
    body = dialog.section("body")
    assert body.mine.toPlainText() == "Min tekst." and body.theirs.isReadOnly()
    body.take_theirs.click()
    obs = dialog.section("observations")
    obs.result.setPlainText("Mine obs. Deres obs.")
    with qtbot.waitSignal(dialog.merged, timeout=1000) as sig:
        from PySide6.QtWidgets import QDialogButtonBox

        buttons = dialog.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert sig.args == [{"observations": "Mine obs. Deres obs.", "body": "Deres tekst."}]


def test_enrol_dialog_asks_and_emits(qtbot: QtBot) -> None:
    from ui.enrol_dialog import EnrolDialog

    dialog = EnrolDialog(server_url="http://usikker.example")
    qtbot.addWidget(dialog)
    dialog.username.setText("kari")
    dialog.password.setText("hemmelig")
    dialog._submit()
    assert "https://" in dialog.error.text()  # plain http is refused before anything is sent
    dialog.url.setText("https://barnevern.kommune.no")
    with qtbot.waitSignal(dialog.enrol_requested, timeout=1000) as sig:
        dialog._submit()
    assert sig.args == ["https://barnevern.kommune.no", "kari", "hemmelig", ""]
    dialog.show_error("Feil brukernavn eller passord")
    assert dialog.password.text() == "" and dialog.buttons.isEnabled()
