"""One case: overview, meldinger, undersøkelser, tiltak, the journal timeline, deadlines, the
access log and the values sync flagged for review (§5), plus the buttons that ask for work
(new melding, new note, open note, keep or use a value …).

The view shows a :class:`~ui.rows.CaseDetail` built by the shell, so the rules (masking
B8, hiding a strengt fortrolig address B6) are already applied; the banner only says so.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.people import AddressProtection
from ui.history_review import ReviewPanel
from ui.labels import age, label
from ui.models import (
    ID_ROLE,
    AccessLogModel,
    DeadlineModel,
    InvestigationModel,
    MeasureModel,
    PersonModel,
    ReportModel,
    RowModel,
    TimelineModel,
)
from ui.rows import CaseDetail, TimelineRow

BANNER_STYLE = {
    AddressProtection.STRENGT_FORTROLIG: "QLabel { color: #ffffff; background: #7a0000; "
    "padding: 0.5em; font-weight: bold; }",
    AddressProtection.FORTROLIG: "QLabel { color: #000000; background: #ffd54f; "
    "padding: 0.5em; font-weight: bold; }",
}


def _table(model: RowModel, accessible: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


def _page(table: QTableView, *buttons: QPushButton) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    if buttons:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
    layout.addWidget(table, 1)
    return page


def _selected_id(table: QTableView) -> str:
    index = table.currentIndex()
    return str(index.data(ID_ROLE) or "") if index.isValid() else ""


class CaseView(QWidget):
    """Shows one case and emits intents; holds no rules and fetches nothing."""

    new_report_requested = Signal(str)  # case id
    decide_requested = Signal(str)  # report id
    open_investigation_requested = Signal(str)  # investigation id
    new_note_requested = Signal(str)  # case id
    open_note_requested = Signal(str)  # note id
    keep_value_requested = Signal(int)  # flagged history entry id: keep the current value
    restore_value_requested = Signal(int)  # flagged history entry id: use the lost value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_view")
        self._case_id = ""
        self.persons = PersonModel(self)
        self.reports = ReportModel(self)
        self.investigations = InvestigationModel(self)
        self.measures = MeasureModel(self)
        self.timeline = TimelineModel(self)
        self.deadlines = DeadlineModel(self)
        self.access_log = AccessLogModel(self)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("case_subtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.banner = QLabel()
        self.banner.setObjectName("protection_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.review_notice = QLabel()
        self.review_notice.setObjectName("review_notice")
        self.review_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.review_notice.hide()
        self.review = ReviewPanel()
        self.review.keep_requested.connect(self.keep_value_requested)
        self.review.restore_requested.connect(self.restore_value_requested)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Saksmappe"))
        self._build_tabs()
        self.placeholder = QLabel(self.tr("Velg en sak i listen (Enter åpner den)."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self._content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _content(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.banner)
        layout.addWidget(self.review_notice)
        layout.addWidget(self.tabs, 1)
        return content

    def _button(self, text: str, accessible: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def _build_tabs(self) -> None:
        self.person_table = _table(self.persons, self.tr("Personer i saken"))
        self.report_table = _table(self.reports, self.tr("Meldinger"))
        self.investigation_table = _table(self.investigations, self.tr("Undersøkelser"))
        self.measure_table = _table(self.measures, self.tr("Tiltak"))
        self.timeline_table = _table(self.timeline, self.tr("Journal"))
        self.deadline_table = _table(self.deadlines, self.tr("Frister"))
        self.access_table = _table(self.access_log, self.tr("Tilgangslogg"))
        new_report = self._button(
            self.tr("Ny &melding (Ctrl+N)"), self.tr("Ny melding"), self._new_report
        )
        decide = self._button(self.tr("&Vurder melding"), self.tr("Vurder melding"), self._decide)
        open_inv = self._button(
            self.tr("Åpne &undersøkelse"), self.tr("Åpne undersøkelse"), self._open_investigation
        )
        new_note = self._button(
            self.tr("Nytt &notat (Ctrl+Shift+N)"), self.tr("Nytt notat"), self._new_note
        )
        open_note = self._button(self.tr("Å&pne notat"), self.tr("Åpne notat"), self._open_note)
        self.tabs.addTab(_page(self.person_table), self.tr("&Oversikt"))
        self.tabs.addTab(_page(self.report_table, new_report, decide), self.tr("&Meldinger"))
        self.tabs.addTab(_page(self.investigation_table, open_inv), self.tr("&Undersøkelse"))
        self.tabs.addTab(_page(self.measure_table), self.tr("&Tiltak"))
        self.tabs.addTab(_page(self.timeline_table, new_note, open_note), self.tr("&Journal"))
        self.tabs.addTab(_page(self.deadline_table), self.tr("&Frister"))
        self.tabs.addTab(_page(self.access_table), self.tr("Tilgangs&logg"))
        self.review_tab = self.tabs.addTab(self.review, "")
        self._show_review_count(0)
        self.report_table.activated.connect(lambda _i: self._decide())
        self.investigation_table.activated.connect(lambda _i: self._open_investigation())
        self.timeline_table.activated.connect(self._timeline_activated)

    @property
    def case_id(self) -> str:
        """The case shown, or ``""``."""
        return self._case_id

    def set_case(self, detail: CaseDetail) -> None:
        """Show a case (a reload of the same case keeps the open tab)."""
        self._case_id = detail.case_id
        child = detail.child
        name = child.name if child else self.tr("(barn ikke registrert)")
        self.title.setText(f"{detail.number}  {name}")
        parts = [label(detail.status)]
        if child is not None:
            parts += [age(child.age), child.identity_masked]
        self.subtitle.setText("  ·  ".join(p for p in parts if p))
        self._show_banner(detail.address_protection)
        self.persons.set_rows(detail.persons)
        self.reports.set_rows(detail.reports)
        self.investigations.set_rows(detail.investigations)
        self.measures.set_rows(detail.measures)
        self.timeline.set_rows(detail.timeline)
        self.deadlines.set_rows(detail.deadlines)
        self.access_log.set_rows(detail.access_log)
        self.review.set_rows(detail.review)
        self._show_review_count(len(detail.review))
        self.stack.setCurrentIndex(1)

    def set_timeline(self, rows: list[TimelineRow]) -> None:
        """Refresh only the journal (a note was saved or signed)."""
        self.timeline.set_rows(rows)

    def _show_review_count(self, count: int) -> None:
        """The tab says how many values wait for review, and so does a line above the tabs."""
        title = self.tr("Endr&inger til gjennomgang")
        self.tabs.setTabText(self.review_tab, f"{title} ({count})" if count else title)
        text = self.tr("Endringer fra synkronisering som venter på gjennomgang: %1")
        self.review_notice.setText(text.replace("%1", str(count)))
        self.review_notice.setAccessibleName(self.review_notice.text())
        self.review_notice.setVisible(count > 0)

    def show_review(self) -> None:
        """Open the "Endringer til gjennomgang" tab."""
        self.tabs.setCurrentIndex(self.review_tab)

    def _show_banner(self, protection: AddressProtection) -> None:
        if protection is AddressProtection.STRENGT_FORTROLIG:
            text = self.tr(
                "STRENGT FORTROLIG ADRESSE. Adressen vises ikke og skal aldri skrives ut, "
                "eksporteres eller gis videre."
            )
        elif protection is AddressProtection.FORTROLIG:
            text = self.tr(
                "FORTROLIG ADRESSE. Adressen skal ikke stå i noe som sendes til en privat part."
            )
        else:
            self.banner.hide()
            return
        self.banner.setText(text)
        self.banner.setStyleSheet(BANNER_STYLE[protection])
        self.banner.setAccessibleName(text)
        self.banner.show()

    def clear(self) -> None:
        """Forget the case and every row (on lock)."""
        self._case_id = ""
        self.title.clear()
        self.subtitle.clear()
        self.banner.clear()
        self.banner.hide()
        for model in self.all_models():
            model.clear()
        self.review.clear()
        self._show_review_count(0)
        self.stack.setCurrentIndex(0)

    def all_models(self) -> list[RowModel]:
        """Every model of the view (tests check they are all empty after a lock)."""
        return [
            self.persons,
            self.reports,
            self.investigations,
            self.measures,
            self.timeline,
            self.deadlines,
            self.access_log,
            self.review.model,
        ]

    def _new_report(self) -> None:
        if self._case_id:
            self.new_report_requested.emit(self._case_id)

    def _decide(self) -> None:
        report_id = _selected_id(self.report_table)
        if report_id:
            self.decide_requested.emit(report_id)

    def _open_investigation(self) -> None:
        investigation_id = _selected_id(self.investigation_table)
        if investigation_id:
            self.open_investigation_requested.emit(investigation_id)

    def _new_note(self) -> None:
        if self._case_id:
            self.new_note_requested.emit(self._case_id)

    def _open_note(self) -> None:
        note_id = _selected_id(self.timeline_table)
        if note_id:
            self.open_note_requested.emit(note_id)

    def _timeline_activated(self, index: QModelIndex) -> None:
        note_id = index.data(ID_ROLE)
        if note_id:
            self.open_note_requested.emit(str(note_id))
