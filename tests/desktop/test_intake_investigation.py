"""InvestigationController against a real vault: A7 plan, A8 medvirkning, A5 extension, A9."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.investigation import InvestigationController, changed_plan, status_after_conclusion
from domain.cases import Case, CaseStatus
from domain.investigations import ConclusionCode, Investigation, ParticipationCode, PlanItem
from domain.people import Person, PersonRole
from domain.reports import Channel, Report, ReporterIdentity, ReporterType
from tests import feature_fixtures
from tests.feature_fixtures import NOW, on_vault

# Fixtures shared with the other intake/notes tests (a real vault on a TaskRunner).
clock = feature_fixtures.clock
context = feature_fixtures.context
parent = feature_fixtures.parent
runner = feature_fixtures.runner


@pytest.fixture
def inv_id(qtbot, runner):
    case = Case(created_at=NOW)
    child = Person(case.id, PersonRole.CHILD, "Emil", "Berg", date(2016, 4, 4))
    report = Report(
        case.id,
        NOW,
        Channel.LETTER,
        ReporterType.PUBLIC_BODY,
        "Fravær.",
        reporter=ReporterIdentity("Skolen"),
    )
    inv = Investigation(case.id, report.id, NOW.date())

    def setup(vault):
        vault.cases.create(case, child)
        vault.reports.add(report)
        vault.investigations.open(inv)

    on_vault(qtbot, runner, setup)
    return inv.id


@pytest.fixture
def panel(qtbot, runner, parent, context, inv_id):
    controller = InvestigationController(runner, parent, context)
    controller.open(inv_id)
    qtbot.waitUntil(lambda: inv_id in controller.panels)
    return controller, controller.panels[inv_id]


def wait_reload(qtbot, panel_widget, check):
    qtbot.waitUntil(check, timeout=3000)


def test_A7_A8_conclusion_blocked_with_a_clear_message(qtbot, panel, runner, inv_id):
    """A7 (§ 2-2 (3)) and A8 (§ 1-4): no conclusion while the plan or medvirkning is open."""
    _controller, widget = panel
    assert not widget.conclude_button.isEnabled()
    assert "Hjemmebesøk" in widget.blockers.text()
    assert "medvirkning" in widget.blockers.text()


def test_A7_A8_A9_settle_plan_document_participation_then_conclude(qtbot, panel, runner, inv_id):
    """Done or skipped with a reason settles A7; one A8 record; then A9 conclusion is stored."""
    _controller, widget = panel
    for item in PlanItem:
        check, reason = widget._plan_widgets[item.value]
        if item is PlanItem.SAMTALE_MED_BARNET_ALENE:
            reason.setText("Barnet ønsket ikke samtale alene.")
        else:
            check.setChecked(True)
    widget.save_plan.click()
    wait_reload(qtbot, widget, lambda: "Planpunkt" not in widget.blockers.text())
    combo = widget.participation_code
    combo.setCurrentIndex(combo.findData(ParticipationCode.SAMTALE.value))
    widget.add_participation.click()
    wait_reload(qtbot, widget, lambda: widget.conclude_button.isEnabled())
    assert widget.participation_model.rowCount() == 1
    widget.conclusion_code.setCurrentIndex(
        widget.conclusion_code.findData(ConclusionCode.HJELPETILTAK.value)
    )
    widget.conclude_button.click()
    wait_reload(qtbot, widget, lambda: bool(widget.conclusion_state.text()))
    inv = on_vault(qtbot, runner, lambda v: v.investigations.get(inv_id))
    assert inv.conclusion.code is ConclusionCode.HJELPETILTAK
    status = on_vault(qtbot, runner, lambda v: v.cases.get_file(inv.case_id).case.status)
    assert status is CaseStatus.TILTAK


def test_A7_skipping_without_reason_does_not_settle(qtbot, panel, runner, inv_id):
    _controller, widget = panel
    widget.save_plan.click()
    inv = on_vault(qtbot, runner, lambda v: v.investigations.get(inv_id))
    assert inv.conclusion_blockers()[0].startswith("A7:")


def test_A5_extension_needs_reason_and_timely_decision(qtbot, panel, runner, inv_id):
    """A5 (§ 2-2): extension is a decision with a reason, made before the 3-month limit."""
    _controller, widget = panel
    widget.extension_reason.setText("")
    widget.extend_button.click()
    assert "Forlengelsen" in widget.error.text()
    widget.extension_date.setDate(NOW.date() + timedelta(days=200))
    widget.extension_reason.setText("Venter på sakkyndig.")
    widget.extend_button.click()
    assert "Forlengelsen" in widget.error.text()
    widget.extension_date.setDate(NOW.date() + timedelta(days=30))
    widget.extend_button.click()
    wait_reload(qtbot, widget, lambda: "Forlenget" in widget.extension_state.text())
    inv = on_vault(qtbot, runner, lambda v: v.investigations.get(inv_id))
    assert inv.extension.reason == "Venter på sakkyndig."


def test_changed_plan_sends_only_changes_and_done_drops_skip_reason():
    inv = Investigation("c", "r", NOW.date())
    rows = [
        (item.value, item is PlanItem.HJEMMEBESOK, "grunn" if item is PlanItem.HJEMMEBESOK else "")
        for item in PlanItem
    ]
    [entry] = changed_plan(inv, rows)
    assert entry.item is PlanItem.HJEMMEBESOK and entry.done and entry.skip_reason == ""


@pytest.mark.parametrize("code", list(ConclusionCode))
def test_A9_status_after_conclusion(code):
    status = status_after_conclusion(code, CaseStatus.UNDERSOKELSE)
    expected = {
        ConclusionCode.HJELPETILTAK: CaseStatus.TILTAK,
        ConclusionCode.BEGJAERING_NEMNDA: CaseStatus.UNDERSOKELSE,
    }.get(code, CaseStatus.HENLAGT)
    assert status is expected
