"""Every Qt model of the shell passes pytest-qt's model tester, empty and with rows."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from domain.cases import CaseStatus
from domain.people import AddressProtection
from ui.case_list import CaseFilterProxy
from ui.models import ALL_MODELS, ID_ROLE, SORT_ROLE, WARN_ROLE, CaseListModel, RowModel
from ui.rows import (
    AccessRow,
    CaseRow,
    DeadlineRow,
    InvestigationRow,
    MeasureRow,
    PersonRow,
    ReportRow,
    SearchRow,
    TimelineRow,
)

AT = datetime(2026, 11, 20, 9, 30)
DEADLINE = DeadlineRow("A1", "Gjennomgang av melding", date(2026, 11, 27), "due_soon")
SAMPLES = {
    "CaseListModel": [
        CaseRow(
            "c1",
            "2026-0001",
            "Emma N",
            8,
            "140318*****",
            CaseStatus.MOTTAK,
            next_deadline=DEADLINE,
            overdue=True,
        ),
        CaseRow(
            "c2",
            "2026-0002",
            "Ola S",
            None,
            "",
            CaseStatus.TILTAK,
            AddressProtection.STRENGT_FORTROLIG,
        ),
    ],
    "PersonModel": [
        PersonRow(
            "p1",
            "barn",
            "Emma N",
            8,
            "140318*****",
            "Storgata 1",
            "",
        )
    ],
    "ReportModel": [ReportRow("r1", AT, "telefon", "privat", None, "")],
    "InvestigationModel": [InvestigationRow("i1", date(2026, 10, 1), False, "", 3)],
    "MeasureModel": [
        MeasureRow("m1", "hjelpetiltak", "Støttekontakt", date(2026, 1, 5), None, None)
    ],
    "TimelineModel": [
        TimelineRow("n1", "n1", False, AT, "hjemmebesok", "tester", True, True, "Tekst")
    ],
    "DeadlineModel": [DEADLINE],
    "AccessLogModel": [AccessRow(AT, "tester", "dev1", "case.read", "c1")],
    "SearchModel": [SearchRow("n1", "c1", "2026-0001", "før \x02treff\x03 etter", 1.0)],
}


@pytest.mark.parametrize("model_class", ALL_MODELS, ids=lambda c: c.__name__)
def test_model_passes_qtmodeltester(qtmodeltester, model_class: type[RowModel]) -> None:
    model = model_class()
    model.set_rows(SAMPLES[model_class.__name__])
    qtmodeltester.check(model, force_py=True)  # keeps watching every later change
    assert model.rowCount() == len(SAMPLES[model_class.__name__])
    assert model.index(0, 0).data(ID_ROLE)
    model.clear()
    assert model.rowCount() == 0
    model.set_rows(SAMPLES[model_class.__name__])


def test_case_filter_proxy_passes_qtmodeltester(qtmodeltester) -> None:
    model = CaseListModel()
    model.set_rows(SAMPLES["CaseListModel"])
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_overdue_only(True)
    assert proxy.rowCount() == 1
    proxy.set_overdue_only(False)
    proxy.set_status(CaseStatus.TILTAK)
    assert proxy.rowCount() == 1
    proxy.set_text("ola")
    assert proxy.rowCount() == 1
    proxy.set_text("")
    proxy.set_status(None)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)  # the tester checks persistent indexes follow
    assert [proxy.index(r, 1).data() for r in range(proxy.rowCount())] == ["Ola S", "Emma N"]


def test_case_list_model_columns() -> None:
    model = CaseListModel()
    model.set_rows(SAMPLES["CaseListModel"])
    assert model.index(0, 2).data() == "8 år"
    assert model.index(0, 3).data() == "140318*****"
    assert model.index(0, 4).data() == "Mottak"
    assert model.index(0, 5).data() == "27.11.2026 Gjennomgang av melding"
    assert model.index(0, 0).data(WARN_ROLE) is True
    assert model.index(1, 2).data(SORT_ROLE) == -1
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Saksnr."


def test_case_list_sorts_in_the_model_keeps_the_selection_and_the_order_on_new_rows(
    qtbot,
) -> None:
    """A header click sorts by one ``list.sort`` in the source model (the proxy passes it on),
    the selected case stays selected, and rows handed in later come in that order."""
    from ui.case_list import CaseListView

    view = CaseListView()
    qtbot.addWidget(view)
    rows = [
        dataclasses.replace(
            SAMPLES["CaseListModel"][0],
            case_id=f"c{n}",
            number=f"2026-00{n}",
            child_name=name,
            child_age=age_,
        )
        for n, name, age_ in ((10, "bård", 3), (11, "Åse", 12), (12, "anna", None))
    ]
    view.set_rows(rows)

    def shown(column: int) -> list[str]:
        return [view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())]

    assert shown(0) == ["2026-0010", "2026-0011", "2026-0012"]  # number, ascending
    view.select_case("c11")
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # child's name, case-insensitive
    assert shown(1) == ["anna", "bård", "Åse"]
    assert view.table.currentIndex().row() == 2 or view.table.selectionModel().isRowSelected(2)
    view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # age: unknown sorts last
    assert shown(1) == ["Åse", "bård", "anna"]
    view.set_rows(list(reversed(rows)))  # a reload keeps the chosen order
    assert shown(1) == ["Åse", "bård", "anna"]
