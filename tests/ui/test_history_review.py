""" "Endringer til gjennomgang": the model passes qtmodeltester, the tab words values and emits
the caseworker's answer, and nothing hidden (B6) reaches a cell."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.context import OSLO
from ui.history_review import ReviewModel, ReviewPanel
from ui.models import ID_ROLE, SORT_ROLE
from ui.rows import ReviewRow

AT = datetime(2026, 11, 20, 9, 30, tzinfo=OSLO)
HERE, THERE = "0190aaaa-0000-7000-8000-laptop000001", "0190bbbb-0000-7000-8000-kontor3f9a2c"

STATUS = ReviewRow(
    lost_id=7,
    entity="case",
    field="status",
    subject="",
    kept="henlagt",
    lost="undersokelse",
    lost_at=AT,
    lost_device=HERE,
    lost_here=True,
    lost_by="kari",
    kept_at=AT.replace(hour=10),
    kept_device=THERE,
    kept_here=False,
    arrived=False,
    restorable=True,
)
ADDRESS = dataclasses.replace(
    STATUS,
    lost_id=8,
    entity="person",
    field="address",
    subject="Ola Skjult",
    kept=None,
    lost=None,
    hidden=True,
)
DECISION = dataclasses.replace(
    STATUS,
    lost_id=9,
    entity="report",
    field="decision",
    subject="20.11.2026",
    kept={"outcome": "henlagt", "decided_on": "2026-11-21", "decided_by": "ola", "reason": ""},
    lost=None,
    lost_by="",
    lost_device=THERE,
    lost_here=False,
    arrived=True,
)
SIGNED = dataclasses.replace(
    STATUS,
    lost_id=10,
    entity="journal_note",
    field="body",
    kept="Kort.\nTekst",
    lost="x" * 200,
    restorable=False,
    kept_at=None,
    kept_device="",
)
ROWS = [STATUS, ADDRESS, DECISION, SIGNED]


def test_review_model_passes_qtmodeltester(qtmodeltester) -> None:  # noqa: ANN001
    model = ReviewModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4 and model.columnCount() == 5
    model.clear()
    assert model.rowCount() == 0
    model.set_rows(ROWS[:1])


def test_review_model_words_each_value() -> None:
    model = ReviewModel()
    model.set_rows(ROWS)
    cells = [[model.index(r, c).data() for c in range(5)] for r in range(4)]
    assert cells[0] == [
        "Sak: Status",
        "Henlagt",
        "Undersøkelse",
        "20.11.2026 09:30",
        "kari, denne enheten",
    ]
    assert cells[1][:3] == ["Person (Ola Skjult): Adresse", "(skjult)", "(skjult)"]
    assert cells[2][0] == "Melding (20.11.2026): Vurdering av meldingen"
    assert cells[2][1:3] == ["Henlagt, 21.11.2026, ola", "(tom)"]
    assert cells[2][4] == "annen enhet (3f9a2c)"
    assert cells[3][1] == "Kort. Tekst" and cells[3][2].endswith("…") and len(cells[3][2]) == 80
    assert model.index(0, 0).data(ID_ROLE) == "7"
    assert model.index(0, 3).data(SORT_ROLE) == AT.isoformat()
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Verdi som tapte"


def test_panel_emits_the_answer_for_the_selected_value(qtbot: QtBot) -> None:
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    assert not panel.keep_button.isEnabled() and not panel.restore_button.isEnabled()
    panel.set_rows(ROWS)
    assert panel.selected() == STATUS and panel.restore_button.isEnabled()
    assert (
        "Undersøkelse" in panel.detail.toPlainText()
        and "av kari på denne enheten" in panel.detail.toPlainText()
    )
    with qtbot.waitSignal(panel.restore_requested) as used:
        panel.restore_button.click()
    assert used.args == [7]

    panel.table.selectRow(3)
    assert panel.selected() == SIGNED
    assert panel.keep_button.isEnabled() and not panel.restore_button.isEnabled()
    assert "signert" in panel.detail.toPlainText()
    panel.set_rows([STATUS, SIGNED])  # a refresh keeps the entry being read
    assert panel.selected() == SIGNED
    with qtbot.waitSignal(panel.keep_requested) as kept:
        panel.keep_button.click()
    assert kept.args == [10]

    panel.set_rows([])
    assert panel.selected() is None and panel.empty.isVisibleTo(panel)
    assert not panel.keep_button.isEnabled() and panel.detail.toPlainText() == ""
