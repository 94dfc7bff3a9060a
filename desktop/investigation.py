"""The undersøkelse: plan checklist (A7), barnets medvirkning (A8), extension (A5) and
conclusion (A9), worked through the investigation panel on the TaskRunner."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.context import AppContext
from desktop.jobs import Done, atomic, message, run_mutation
from desktop.tasks import TaskRunner
from domain.cases import CaseStatus
from domain.changes import Changes
from domain.deadlines import investigation_limits, validate_extension
from domain.errors import ValidationError
from domain.investigations import (
    ChildParticipation,
    Conclusion,
    ConclusionCode,
    Extension,
    Investigation,
    ParticipationCode,
    PlanEntry,
    PlanItem,
)
from domain.reports import Report
from ui.domain_labels import conclusion_labels, participation_labels, plan_item_labels
from ui.investigation_panel import ConclusionForm, InvestigationPanel, InvestigationView, PlanRow
from ui.labels import day


@dataclass(frozen=True)
class Loaded:
    """An undersøkelse with what its view needs from the case."""

    investigation: Investigation
    report: Report | None
    case_number: str
    case_status: CaseStatus


def load(vault: Any, investigation_id: str) -> Loaded:
    """On the DB thread: the undersøkelse, its melding and the case number."""
    investigation = vault.investigations.get(investigation_id)
    case_file = vault.cases.get_file(investigation.case_id)
    report = next((r for r in case_file.reports if r.id == investigation.report_id), None)
    return Loaded(investigation, report, case_file.case.number, case_file.case.status)


def blocker_texts(investigation: Investigation) -> list[str]:
    """A7/A8 blockers as the user reads them."""
    items = plan_item_labels()
    texts = []
    for blocker in investigation.conclusion_blockers():
        rule, _, code = blocker.partition(":")
        if rule == "A7":
            texts.append(
                QCoreApplication.translate(
                    "Investigation", "Planpunkt «%1»: utført, eller begrunn hvorfor ikke"
                ).replace("%1", items[PlanItem(code)])
            )
        else:
            texts.append(
                QCoreApplication.translate(
                    "Investigation", "Barnets medvirkning er ikke dokumentert"
                )
            )
    return texts


def view_of(loaded: Loaded, today: date) -> InvestigationView:
    """The panel's display values."""
    inv = loaded.investigation
    items = plan_item_labels()
    limits = investigation_limits(inv, loaded.report)
    codes = participation_labels()
    extension = ""
    if inv.extension is not None:
        extension = (
            QCoreApplication.translate("Investigation", "Forlenget %1: %2")
            .replace("%1", day(inv.extension.decided_on))
            .replace("%2", inv.extension.reason)
        )
    conclusion = ""
    if inv.conclusion is not None:
        conclusion = (
            QCoreApplication.translate("Investigation", "Konkludert %1: %2")
            .replace("%1", day(inv.conclusion.concluded_on))
            .replace("%2", conclusion_labels()[inv.conclusion.code])
        )
    return InvestigationView(
        investigation_id=inv.id,
        title=QCoreApplication.translate("Investigation", "Undersøkelse i sak %1, åpnet %2")
        .replace("%1", loaded.case_number)
        .replace("%2", day(inv.opened_on)),
        plan=[PlanRow(e.item.value, items[e.item], e.done, e.skip_reason) for e in inv.plan],
        participation=[(day(p.recorded_on), codes[p.code]) for p in inv.participation],
        extension=extension,
        conclusion=conclusion,
        blockers=[] if inv.conclusion else blocker_texts(inv),
        deadline=QCoreApplication.translate("Investigation", "Frist for konklusjon: %1").replace(
            "%1", day(limits.due_on)
        ),
        today=today,
    )


def changed_plan(inv: Investigation, rows: list[tuple[str, bool, str]]) -> list[PlanEntry]:
    """The checklist entries the user changed; a done item keeps no skip reason (A7)."""
    current = {e.item: e for e in inv.plan}
    changed = []
    for item, done, reason in rows:
        entry = PlanEntry(PlanItem(item), done=done, skip_reason="" if done else reason)
        if current.get(entry.item) != entry:
            changed.append(entry)
    return changed


def status_after_conclusion(code: ConclusionCode, current: CaseStatus) -> CaseStatus:
    """A9: measures mean tiltak; closures and moves close the case; a begjæring waits."""
    if code is ConclusionCode.HJELPETILTAK:
        return CaseStatus.TILTAK
    if code is ConclusionCode.BEGJAERING_NEMNDA:
        return current
    return CaseStatus.HENLAGT


class InvestigationController(QObject):
    """One panel per open undersøkelse; every change goes through the TaskRunner."""

    failed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self._runner = runner
        self._parent = parent
        self._context = context
        self.panels: dict[str, InvestigationPanel] = {}
        self._loaded: dict[str, Loaded] = {}

    def open(self, investigation_id: str) -> None:
        """Show the panel of an undersøkelse (raised when already open)."""
        self._reload(investigation_id)

    def _reload(self, investigation_id: str) -> None:
        self._runner.run(
            lambda vault: load(vault, investigation_id),
            self._show,
            lambda exc: self._fail(investigation_id, exc),
            label="investigation.load",
        )

    def _show(self, loaded: Loaded) -> None:
        inv_id = loaded.investigation.id
        self._loaded[inv_id] = loaded
        panel = self.panels.get(inv_id)
        if panel is None:
            panel = InvestigationPanel(self._parent)
            panel.plan_save_requested.connect(lambda rows: self._save_plan(inv_id, rows))
            panel.participation_requested.connect(
                lambda code, on: self._add_participation(inv_id, code, on)
            )
            panel.extension_requested.connect(lambda on, why: self._extend(inv_id, on, why))
            panel.conclusion_requested.connect(lambda form: self._conclude(inv_id, form))
            self.panels[inv_id] = panel
        panel.show_view(view_of(loaded, self._context.today()))
        panel.show()
        panel.raise_()

    def _fail(self, inv_id: str, exc: BaseException) -> None:
        panel = self.panels.get(inv_id)
        if panel is not None:
            panel.show_error(message(exc))
        else:
            self.failed.emit(message(exc))

    def _mutate(self, inv_id: str, fn: Any, label: str) -> None:
        run_mutation(
            self._runner,
            fn,
            lambda _v: self._reload(inv_id),
            lambda exc: self._fail(inv_id, exc),
            label=label,
        )

    def _save_plan(self, inv_id: str, rows: list[tuple[str, bool, str]]) -> None:
        entries = changed_plan(self._loaded[inv_id].investigation, rows)

        def work(vault: Any) -> Done:
            changes = Changes()
            with atomic(vault):
                for entry in entries:
                    changes |= vault.investigations.update_plan(inv_id, entry)
            return Done(changes)

        self._mutate(inv_id, work, "investigation.plan")

    def _add_participation(self, inv_id: str, code: str, on: date) -> None:
        item = ChildParticipation(ParticipationCode(code), on)
        self._mutate(
            inv_id,
            lambda vault: Done(vault.investigations.add_participation(inv_id, item)),
            "investigation.participation",
        )

    def _extend(self, inv_id: str, on: date, reason: str) -> None:
        loaded = self._loaded[inv_id]
        extension = Extension(on, reason, decided_by=self._context.user)
        try:
            validate_extension(loaded.investigation, loaded.report, extension)
        except ValidationError as exc:
            self._fail(inv_id, exc)
            return
        self._mutate(
            inv_id,
            lambda vault: Done(vault.investigations.extend(inv_id, extension)),
            "investigation.extend",
        )

    def _conclude(self, inv_id: str, form: ConclusionForm) -> None:
        loaded = self._loaded[inv_id]
        conclusion = Conclusion(
            ConclusionCode(form.code), form.concluded_on, form.reason, form.notified_municipality
        )
        try:  # the domain's A7/A8/A9 checks, on a copy, before anything is stored
            copy.deepcopy(loaded.investigation).conclude(conclusion)
        except ValidationError as exc:
            self._fail(inv_id, exc)
            return
        status = status_after_conclusion(conclusion.code, loaded.case_status)
        case_id = loaded.investigation.case_id

        def work(vault: Any) -> Done:
            with atomic(vault):
                changes = vault.investigations.conclude(inv_id, conclusion)
                if status is not loaded.case_status:
                    changes |= vault.cases.update(case_id, status=status)
            return Done(changes)

        self._mutate(inv_id, work, "investigation.conclude")
