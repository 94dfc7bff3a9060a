"""The investigation panel shows a view and emits what the user asked for."""

from __future__ import annotations

from datetime import date

from domain.investigations import ConclusionCode, PlanItem
from ui.investigation_panel import InvestigationPanel, InvestigationView, PlanRow

TODAY = date(2026, 3, 2)


def view(**kwargs) -> InvestigationView:
    plan = [PlanRow(item.value, item.value, False) for item in PlanItem]
    return InvestigationView("i1", "Undersøkelse i sak 2026-0142", plan, today=TODAY, **kwargs)


def make(qtbot, **kwargs) -> InvestigationPanel:
    panel = InvestigationPanel(None)
    qtbot.addWidget(panel)
    panel.show_view(view(**kwargs))
    return panel


def test_blockers_disable_conclusion(qtbot):
    panel = make(qtbot, blockers=["Barnets medvirkning er ikke dokumentert"])
    assert not panel.conclude_button.isEnabled()
    assert "medvirkning" in panel.blockers.text()
    panel.show_view(view())
    assert panel.conclude_button.isEnabled()


def test_plan_rows_are_emitted(qtbot):
    panel = make(qtbot)
    check, _reason = panel._plan_widgets[PlanItem.HJEMMEBESOK.value]
    check.setChecked(True)
    panel._plan_widgets[PlanItem.INNHENTING.value][1].setText("Ikke samtykke")
    with qtbot.waitSignal(panel.plan_save_requested) as blocker:
        panel.save_plan.click()
    rows = dict((item, (done, reason)) for item, done, reason in blocker.args[0])
    assert rows[PlanItem.HJEMMEBESOK.value] == (True, "")
    assert rows[PlanItem.INNHENTING.value] == (False, "Ikke samtykke")


def test_conclusion_form_and_municipality_field(qtbot):
    panel = make(qtbot)
    assert not panel.municipality.isEnabled()
    code = panel.conclusion_code
    code.setCurrentIndex(code.findData(ConclusionCode.FLYTTET_ANNEN_KOMMUNE.value))
    assert panel.municipality.isEnabled()
    panel.municipality.setText("Demodal kommune")
    with qtbot.waitSignal(panel.conclusion_requested) as blocker:
        panel.conclude_button.click()
    form = blocker.args[0]
    assert (form.code, form.concluded_on, form.notified_municipality) == (
        "flyttet_annen_kommune",
        TODAY,
        "Demodal kommune",
    )


def test_concluded_view_is_locked(qtbot):
    panel = make(qtbot, conclusion="Konkludert 01.03.2026: Hjelpetiltak")
    assert not panel.conclude_button.isEnabled()
    assert not panel.plan_box.isEnabled()
    assert not panel.extend_button.isEnabled()


def test_participation_model_passes_modeltester(qtbot, qtmodeltester):
    panel = make(qtbot, participation=[("02.03.2026", "Samtale"), ("03.03.2026", "Observasjon")])
    qtmodeltester.check(panel.participation_model)
    assert panel.participation_model.rowCount() == 2
