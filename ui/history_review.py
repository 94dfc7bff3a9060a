""" "Endringer til gjennomgang": values that lost a per-field sync merge (DESIGN.md §5).

When two devices changed the same field, the newer change holds and the other value is kept
in the case history, flagged. This tab lists each one beside the value the field has now,
and emits the caseworker's answer ("Behold gjeldende verdi" / "Bruk denne verdien"); the
shell's controller carries it out. Rows arrive with B4/B6/B8 applied (``ui.rows.ReviewRow``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelection,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.labels import day, label, yes_no
from ui.models import ROW_ROLE, Column, RowModel
from ui.rows import ReviewRow

CTX = "HistoryReview"

EXCERPT_CHARS = 80
"""How much of a value the table shows; the pane below the table shows it whole."""

_ENTITIES: dict[str, str] = {
    "case": QT_TRANSLATE_NOOP("HistoryReview", "Sak"),
    "person": QT_TRANSLATE_NOOP("HistoryReview", "Person"),
    "report": QT_TRANSLATE_NOOP("HistoryReview", "Melding"),
    "reporter": QT_TRANSLATE_NOOP("HistoryReview", "Melder"),
    "investigation": QT_TRANSLATE_NOOP("HistoryReview", "Undersøkelse"),
    "measure": QT_TRANSLATE_NOOP("HistoryReview", "Tiltak"),
    "emergency_decision": QT_TRANSLATE_NOOP("HistoryReview", "Akuttvedtak"),
    "care_order": QT_TRANSLATE_NOOP("HistoryReview", "Omsorgsovertakelse"),
    "placement": QT_TRANSLATE_NOOP("HistoryReview", "Plassering"),
    "address_protection": QT_TRANSLATE_NOOP("HistoryReview", "Vedtak om adressesperre"),
    "journal_note": QT_TRANSLATE_NOOP("HistoryReview", "Journalnotat"),
    "addendum": QT_TRANSLATE_NOOP("HistoryReview", "Tilleggsnotat"),
}

_FIELDS: dict[str, str] = {
    # case
    "status": QT_TRANSLATE_NOOP("HistoryReview", "Status"),
    "caseworker": QT_TRANSLATE_NOOP("HistoryReview", "Saksbehandler"),
    "unit_id": QT_TRANSLATE_NOOP("HistoryReview", "Enhet"),
    "child_id": QT_TRANSLATE_NOOP("HistoryReview", "Barn"),
    "created_at": QT_TRANSLATE_NOOP("HistoryReview", "Opprettet"),
    # person, reporter
    "role": QT_TRANSLATE_NOOP("HistoryReview", "Rolle"),
    "given_name": QT_TRANSLATE_NOOP("HistoryReview", "Fornavn"),
    "family_name": QT_TRANSLATE_NOOP("HistoryReview", "Etternavn"),
    "name": QT_TRANSLATE_NOOP("HistoryReview", "Navn"),
    "birth_date": QT_TRANSLATE_NOOP("HistoryReview", "Fødselsdato"),
    "identity_number": QT_TRANSLATE_NOOP("HistoryReview", "Fødselsnummer"),
    "address": QT_TRANSLATE_NOOP("HistoryReview", "Adresse"),
    "phone": QT_TRANSLATE_NOOP("HistoryReview", "Telefon"),
    "email": QT_TRANSLATE_NOOP("HistoryReview", "E-post"),
    "organisation": QT_TRANSLATE_NOOP("HistoryReview", "Organisasjon"),
    "address_protection": QT_TRANSLATE_NOOP("HistoryReview", "Adressesperre"),
    # melding
    "received_at": QT_TRANSLATE_NOOP("HistoryReview", "Mottatt"),
    "channel": QT_TRANSLATE_NOOP("HistoryReview", "Kanal"),
    "reporter_type": QT_TRANSLATE_NOOP("HistoryReview", "Melder"),
    "content": QT_TRANSLATE_NOOP("HistoryReview", "Innhold"),
    "acute": QT_TRANSLATE_NOOP("HistoryReview", "Akutt"),
    "decision": QT_TRANSLATE_NOOP("HistoryReview", "Vurdering av meldingen"),
    "letters": QT_TRANSLATE_NOOP("HistoryReview", "Brev til melder"),
    "registered_by": QT_TRANSLATE_NOOP("HistoryReview", "Registrert av"),
    # undersøkelse
    "opened_on": QT_TRANSLATE_NOOP("HistoryReview", "Åpnet"),
    "plan": QT_TRANSLATE_NOOP("HistoryReview", "Undersøkelsesplan"),
    "participation": QT_TRANSLATE_NOOP("HistoryReview", "Barnets medvirkning"),
    "extension": QT_TRANSLATE_NOOP("HistoryReview", "Forlengelse"),
    "conclusion": QT_TRANSLATE_NOOP("HistoryReview", "Konklusjon"),
    "reassessed_on": QT_TRANSLATE_NOOP("HistoryReview", "Ny vurdering"),
    # tiltak and vedtak
    "kind": QT_TRANSLATE_NOOP("HistoryReview", "Type"),
    "description": QT_TRANSLATE_NOOP("HistoryReview", "Beskrivelse"),
    "legal_basis": QT_TRANSLATE_NOOP("HistoryReview", "Hjemmel"),
    "decided_on": QT_TRANSLATE_NOOP("HistoryReview", "Vedtatt"),
    "decided_at": QT_TRANSLATE_NOOP("HistoryReview", "Vedtatt"),
    "plan_made_on": QT_TRANSLATE_NOOP("HistoryReview", "Tiltaksplan laget"),
    "notified_on": QT_TRANSLATE_NOOP("HistoryReview", "Partene varslet"),
    "evaluations": QT_TRANSLATE_NOOP("HistoryReview", "Evalueringer"),
    "ended_on": QT_TRANSLATE_NOOP("HistoryReview", "Avsluttet"),
    "sent_to_nemnda_at": QT_TRANSLATE_NOOP("HistoryReview", "Sendt til nemnda"),
    "approved_on": QT_TRANSLATE_NOOP("HistoryReview", "Godkjent"),
    "begjaering_sent_on": QT_TRANSLATE_NOOP("HistoryReview", "Begjæring sendt"),
    "complaint_received_on": QT_TRANSLATE_NOOP("HistoryReview", "Klage mottatt"),
    "complaint_decided_on": QT_TRANSLATE_NOOP("HistoryReview", "Klage avgjort"),
    "child_abroad": QT_TRANSLATE_NOOP("HistoryReview", "Barnet i utlandet"),
    "carried_out_on": QT_TRANSLATE_NOOP("HistoryReview", "Iverksatt"),
    "started_on": QT_TRANSLATE_NOOP("HistoryReview", "Startet"),
    "visits": QT_TRANSLATE_NOOP("HistoryReview", "Besøk"),
    "level": QT_TRANSLATE_NOOP("HistoryReview", "Nivå"),
    "renewed_on": QT_TRANSLATE_NOOP("HistoryReview", "Fornyet"),
    # journal note
    "note_type": QT_TRANSLATE_NOOP("HistoryReview", "Notattype"),
    "occurred_at": QT_TRANSLATE_NOOP("HistoryReview", "Dato og tid"),
    "author": QT_TRANSLATE_NOOP("HistoryReview", "Forfatter"),
    "place": QT_TRANSLATE_NOOP("HistoryReview", "Sted"),
    "participants": QT_TRANSLATE_NOOP("HistoryReview", "Deltakere"),
    "interpreter": QT_TRANSLATE_NOOP("HistoryReview", "Tolk"),
    "child_views": QT_TRANSLATE_NOOP("HistoryReview", "Barnets synspunkter"),
    "child_participation": QT_TRANSLATE_NOOP("HistoryReview", "Barnets medvirkning"),
    "observations": QT_TRANSLATE_NOOP("HistoryReview", "Observasjoner"),
    "assessment": QT_TRANSLATE_NOOP("HistoryReview", "Vurdering"),
    "follow_up": QT_TRANSLATE_NOOP("HistoryReview", "Videre oppfølging"),
    "body": QT_TRANSLATE_NOOP("HistoryReview", "Tekst"),
    "exemptions": QT_TRANSLATE_NOOP("HistoryReview", "Unntatt innsyn"),
    "text": QT_TRANSLATE_NOOP("HistoryReview", "Tekst"),
}

CODED = frozenset(
    {
        "status",
        "role",
        "address_protection",
        "level",
        "channel",
        "reporter_type",
        "outcome",
        "code",
        "kind",
        "note_type",
        "child_participation",
    }
)
"""Fields holding an enum value, shown through ``ui.labels.label``; other text as written."""


def _tr(text: str) -> str:
    """A text of the tables above (marked with ``QT_TRANSLATE_NOOP``) in the user's language."""
    return QCoreApplication.translate(CTX, text)


def what(row: ReviewRow) -> str:
    """ "Person (Emma Nordmann): Telefon": the record and the field, in words."""
    entity = _ENTITIES.get(row.entity)
    record = _tr(entity) if entity else row.entity
    if row.subject:
        record = f"{record} ({row.subject})"
    field = _FIELDS.get(row.field)
    return f"{record}: {_tr(field) if field else row.field}"


def _string(field: str, value: str) -> str:
    if field in CODED:
        return label(value)
    if field.endswith(("_on", "_at", "_date")) or field == "evaluations":
        try:
            parsed: date = (
                datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
            )
        except ValueError:
            return value
        return day(parsed)
    return value


def _text(field: str, value: Any) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return QCoreApplication.translate("HistoryReview", "(tom)")
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return _string(field, value)
    if isinstance(value, list):
        return "; ".join(_text(field, item) for item in value)
    if isinstance(value, dict):  # a nested value (a decision, a conclusion …): its parts
        parts = [_text(k, v) for k, v in value.items() if v not in (None, "", [], {})]
        return ", ".join(parts) or QCoreApplication.translate("HistoryReview", "(tom)")
    return str(value)


def value_text(row: ReviewRow, value: Any) -> str:
    """A value in words; one that may not be shown here (B4, B6) says so instead."""
    if row.hidden:
        return QCoreApplication.translate("HistoryReview", "(skjult)")
    return _text(row.field, value)


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT_CHARS else flat[: EXCERPT_CHARS - 1] + "…"


def device_text(device: str, here: bool) -> str:
    """ "denne enheten" or "annen enhet (…3f9a2c)": the devices have no names here."""
    if not device:
        return ""
    if here:
        return QCoreApplication.translate("HistoryReview", "denne enheten")
    return QCoreApplication.translate("HistoryReview", "annen enhet (%1)").replace(
        "%1", device[-6:]
    )


def source_text(row: ReviewRow) -> str:
    """Who wrote the losing value (when known) and on which device."""
    device = device_text(row.lost_device, row.lost_here)
    return ", ".join(part for part in (row.lost_by, device) if part)


class ReviewModel(RowModel):
    """The flagged values of one case: what, the value now, the value that lost, when, whence."""

    context = CTX
    columns = (
        Column(QT_TRANSLATE_NOOP("HistoryReview", "Hva"), what),
        Column(
            QT_TRANSLATE_NOOP("HistoryReview", "Gjeldende verdi"),
            lambda r: _excerpt(value_text(r, r.kept)),
        ),
        Column(
            QT_TRANSLATE_NOOP("HistoryReview", "Verdi som tapte"),
            lambda r: _excerpt(value_text(r, r.lost)),
        ),
        Column(
            QT_TRANSLATE_NOOP("HistoryReview", "Skrevet"),
            lambda r: day(r.lost_at),
            lambda r: r.lost_at,
        ),
        Column(QT_TRANSLATE_NOOP("HistoryReview", "Fra"), source_text),
    )

    def id_of(self, row: ReviewRow) -> str:
        """The history entry's id (what the answer names)."""
        return str(row.lost_id)


class ReviewPanel(QWidget):
    """The tab: the list, the selected entry in full, and the two answers."""

    keep_requested = Signal(int)  # history entry id
    restore_requested = Signal(int)  # history entry id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_review")
        self.model = ReviewModel(self)
        intro = QLabel(
            self.tr(
                "Når to enheter har endret det samme feltet, gjelder den nyeste endringen. "
                "Verdien som tapte, er tatt vare på her. Velg hvilken verdi som skal gjelde."
            )
        )
        intro.setWordWrap(True)
        self.empty = QLabel(self.tr("Ingen endringer venter på gjennomgang."))
        self.table = self._table()
        self.detail = QPlainTextEdit()  # a long note section scrolls rather than grows
        self.detail.setObjectName("history_detail")
        self.detail.setAccessibleName(self.tr("Valgt endring"))
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(self.fontMetrics().lineSpacing() * 12)
        self.keep_button = QPushButton(self.tr("&Behold gjeldende verdi"))
        self.keep_button.setAccessibleName(self.tr("Behold gjeldende verdi"))
        self.restore_button = QPushButton(self.tr("B&ruk denne verdien"))
        self.restore_button.setAccessibleName(self.tr("Bruk denne verdien"))
        self.keep_button.clicked.connect(self._keep)
        self.restore_button.clicked.connect(self._restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self._show_selected()

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Endringer til gjennomgang"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for value_column in (1, 2):  # the values share what is left, elided
            header.setSectionResizeMode(value_column, QHeaderView.ResizeMode.Stretch)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    def set_rows(self, rows: list[ReviewRow]) -> None:
        """Show these entries; the selected one stays selected while it is still there."""
        chosen = self.selected()
        self.model.set_rows(rows)
        ids = [r.lost_id for r in rows]
        if rows:
            at = ids.index(chosen.lost_id) if chosen and chosen.lost_id in ids else 0
            self.table.selectRow(at)
        self._show_selected()

    def clear(self) -> None:
        """Drop every row (on lock)."""
        self.model.clear()
        self._show_selected()

    def selected(self) -> ReviewRow | None:
        """The entry the answers apply to."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.index(index.row(), 0).data(ROW_ROLE)
        return row if isinstance(row, ReviewRow) else None

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        row = self.selected()
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.table.setVisible(has_rows)
        self.keep_button.setEnabled(row is not None)
        self.restore_button.setEnabled(row is not None and row.restorable)
        self.detail.setPlainText(self.describe(row) if row else "")

    def describe(self, row: ReviewRow) -> str:
        """The selected entry in full: both values, when and where each was written."""
        kept = self.tr("Gjeldende verdi") + _stamp_text(row.kept_at, row.kept_device, row.kept_here)
        lost = self.tr("Verdi som tapte") + _stamp_text(
            row.lost_at, row.lost_device, row.lost_here, row.lost_by
        )
        if row.arrived:
            why = self.tr("Verdien kom fra en annen enhet, men en nyere endring av feltet gjelder.")
        else:
            why = self.tr("Verdien ble erstattet av en nyere endring fra en annen enhet.")
        parts = [
            what(row),
            f"{kept}:\n{value_text(row, row.kept)}",
            f"{lost}:\n{value_text(row, row.lost)}",
            why,
        ]
        if not row.restorable:
            parts.append(
                self.tr(
                    "Denne verdien kan ikke tas i bruk igjen her (for eksempel fordi notatet er "
                    "signert). Den er tatt vare på i sakens historikk."
                )
            )
        return "\n\n".join(parts)

    def _keep(self) -> None:
        row = self.selected()
        if row is not None:
            self.keep_requested.emit(row.lost_id)

    def _restore(self) -> None:
        row = self.selected()
        if row is not None and row.restorable:
            self.restore_requested.emit(row.lost_id)


def _stamp_text(at: datetime | None, device: str, here: bool, by: str = "") -> str:
    """ " (skrevet 24.11.2026 10:00 av kari på denne enheten)", or "" when unknown."""
    if at is None:
        return ""
    where = device_text(device, here)
    text = QCoreApplication.translate("HistoryReview", "skrevet %1").replace("%1", day(at))
    if by:
        text += " " + QCoreApplication.translate("HistoryReview", "av %1").replace("%1", by)
    if where:
        text += " " + QCoreApplication.translate("HistoryReview", "på %1").replace("%1", where)
    return f" ({text})"
