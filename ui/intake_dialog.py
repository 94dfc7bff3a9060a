"""The "Ny melding" dialog: registers a melding as it comes in by phone or letter.

It shows fields and hands the typed values over as an :class:`IntakeForm`; the intake
controller validates them (identity number, B4, B9) and stores the melding.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from domain.reports import ReporterIdentity, ReporterType
from ui.domain_labels import channel_labels, fill_combo, reporter_type_labels
from ui.form_helpers import FormScrollArea, date_edit, error_label, named, show_error


@dataclass(frozen=True)
class IntakeForm:
    """Everything typed into the dialog, as plain values."""

    received_at: datetime
    channel: str
    reporter_type: str
    reporter: ReporterIdentity | None
    content: str
    acute: bool | None
    case_id: str | None = None
    child_given_name: str = ""
    child_family_name: str = ""
    child_identity_number: str = ""
    child_birth_date: date | None = None


class IntakeDialog(QDialog):
    """Register a melding. ``case_label`` set: the melding goes to that known case."""

    save_requested = Signal(object)  # IntakeForm

    def __init__(
        self,
        parent: QWidget | None,
        *,
        received_at: datetime,
        case_id: str | None = None,
        case_label: str = "",
    ) -> None:
        super().__init__(parent)
        self._case_id = case_id
        self.setWindowTitle(self.tr("Ny melding"))
        self.setObjectName("intake_dialog")
        layout = QVBoxLayout(self)
        boxes = (
            self._build_melding_box(received_at),
            self._build_reporter_box(),
            self._build_child_box(case_label),
            self._build_content_box(),
        )
        layout.addWidget(FormScrollArea(boxes), 1)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Lagre melding"))
        self.save_button.setShortcut("Ctrl+S")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Avbryt"))
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._on_reporter_type_changed()

    def _build_melding_box(self, received_at: datetime) -> QGroupBox:
        box = QGroupBox(self.tr("Melding"))
        form = QFormLayout(box)
        self.received = named(
            QDateTimeEdit(QDateTime(received_at)), "received_at", self.tr("Mottatt")
        )
        self.received.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.received.setCalendarPopup(True)
        form.addRow(self.tr("&Mottatt:"), self.received)
        self.channel = named(QComboBox(), "channel", self.tr("Kanal"))
        fill_combo(self.channel, channel_labels())
        form.addRow(self.tr("&Kanal:"), self.channel)
        self.reporter_type = named(QComboBox(), "reporter_type", self.tr("Melder"))
        fill_combo(self.reporter_type, reporter_type_labels())
        self.reporter_type.currentIndexChanged.connect(self._on_reporter_type_changed)
        form.addRow(self.tr("M&elder:"), self.reporter_type)
        return box

    def _build_reporter_box(self) -> QGroupBox:
        self.reporter_box = QGroupBox(
            self.tr("Melders identitet (lagres adskilt, vises bare for saksbehandlere)")
        )
        self.reporter_box.setObjectName("reporter_box")
        form = QFormLayout(self.reporter_box)
        self.meldeplikt_hint = QLabel(
            self.tr(
                "Offentlig ansatte har meldeplikt og kan ikke melde anonymt. Navn må fylles ut."
            )
        )
        self.meldeplikt_hint.setWordWrap(True)
        form.addRow(self.meldeplikt_hint)
        self.reporter_name = named(QLineEdit(), "reporter_name", self.tr("Melders navn"))
        form.addRow(self.tr("&Navn:"), self.reporter_name)
        self.reporter_org = named(QLineEdit(), "reporter_org", self.tr("Virksomhet"))
        form.addRow(self.tr("&Virksomhet:"), self.reporter_org)
        self.reporter_role = named(QLineEdit(), "reporter_role", self.tr("Rolle"))
        form.addRow(self.tr("&Rolle:"), self.reporter_role)
        self.reporter_phone = named(QLineEdit(), "reporter_phone", self.tr("Telefon"))
        form.addRow(self.tr("&Telefon:"), self.reporter_phone)
        self.reporter_email = named(QLineEdit(), "reporter_email", self.tr("E-post"))
        form.addRow(self.tr("E-&post:"), self.reporter_email)
        self.reporter_address = named(QLineEdit(), "reporter_address", self.tr("Adresse"))
        form.addRow(self.tr("A&dresse:"), self.reporter_address)
        return self.reporter_box

    def _build_child_box(self, case_label: str) -> QGroupBox:
        self.child_box = QGroupBox(self.tr("Barnet"))
        form = QFormLayout(self.child_box)
        if self._case_id is not None:
            form.addRow(
                QLabel(self.tr("Meldingen registreres i sak %1.").replace("%1", case_label))
            )
            return self.child_box
        self.child_given = named(QLineEdit(), "child_given_name", self.tr("Barnets fornavn"))
        form.addRow(self.tr("&Fornavn:"), self.child_given)
        self.child_family = named(QLineEdit(), "child_family_name", self.tr("Barnets etternavn"))
        form.addRow(self.tr("&Etternavn:"), self.child_family)
        self.child_number = named(QLineEdit(), "child_identity_number", self.tr("Fødselsnummer"))
        self.child_number.setPlaceholderText(self.tr("11 siffer, eller tomt hvis ukjent"))
        self.child_number.setMaxLength(13)
        form.addRow(self.tr("Fødsels&nummer:"), self.child_number)
        row = QHBoxLayout()
        self.birth_known = named(
            QCheckBox(self.tr("Kjent")), "birth_known", self.tr("Fødselsdato kjent")
        )
        self.birth_date = date_edit(date(2015, 1, 1), "child_birth_date", self.tr("Fødselsdato"))
        self.birth_date.setEnabled(False)
        self.birth_known.toggled.connect(self.birth_date.setEnabled)
        row.addWidget(self.birth_known)
        row.addWidget(self.birth_date)
        birth_label = QLabel(self.tr("Fødsels&dato:"))
        birth_label.setBuddy(self.birth_known)
        form.addRow(birth_label, row)
        return self.child_box

    def _build_content_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Innhold"))
        layout = QVBoxLayout(box)
        self.content = named(QPlainTextEdit(), "content", self.tr("Meldingens innhold"))
        self.content.setTabChangesFocus(True)
        layout.addWidget(self.content)
        acute_row = QHBoxLayout()
        acute_row.addWidget(QLabel(self.tr("Akutt?")))
        self.acute_group = QButtonGroup(self)
        self.acute_yes = named(QRadioButton(self.tr("&Ja")), "acute_yes", self.tr("Akutt: ja"))
        self.acute_no = named(QRadioButton(self.tr("N&ei")), "acute_no", self.tr("Akutt: nei"))
        self.acute_unknown = named(
            QRadioButton(self.tr("Ikke &vurdert")), "acute_unknown", self.tr("Akutt: ikke vurdert")
        )
        self.acute_unknown.setChecked(True)
        for button in (self.acute_yes, self.acute_no, self.acute_unknown):
            self.acute_group.addButton(button)
            acute_row.addWidget(button)
        acute_row.addStretch()
        layout.addLayout(acute_row)
        return box

    def _on_reporter_type_changed(self) -> None:
        kind = ReporterType(self.reporter_type.currentData())
        # B4: nothing is asked (or kept) for an anonymous reporter.
        self.reporter_box.setVisible(kind.identity_known)
        self.meldeplikt_hint.setVisible(kind.has_meldeplikt)

    def _acute(self) -> bool | None:
        if self.acute_yes.isChecked():
            return True
        if self.acute_no.isChecked():
            return False
        return None

    def _reporter(self) -> ReporterIdentity | None:
        if not ReporterType(self.reporter_type.currentData()).identity_known:
            return None
        fields = ReporterIdentity(
            name=self.reporter_name.text().strip(),
            organisation=self.reporter_org.text().strip(),
            role=self.reporter_role.text().strip(),
            phone=self.reporter_phone.text().strip(),
            email=self.reporter_email.text().strip(),
            address=self.reporter_address.text().strip(),
        )
        return fields if any(vars(fields).values()) else None

    def form(self) -> IntakeForm:
        """The typed values."""
        child: dict[str, object] = {}
        if self._case_id is None:
            known = self.birth_known.isChecked()
            qdate: QDate = self.birth_date.date()
            child = {
                "child_given_name": self.child_given.text().strip(),
                "child_family_name": self.child_family.text().strip(),
                "child_identity_number": self.child_number.text().strip(),
                "child_birth_date": qdate.toPython() if known else None,
            }
        return IntakeForm(
            received_at=self.received.dateTime().toPython(),
            channel=str(self.channel.currentData()),
            reporter_type=str(self.reporter_type.currentData()),
            reporter=self._reporter(),
            content=self.content.toPlainText().strip(),
            acute=self._acute(),
            case_id=self._case_id,
            **child,  # type: ignore[arg-type]
        )

    def _on_save(self) -> None:
        show_error(self.error, "")
        self.save_requested.emit(self.form())

    def set_busy(self, busy: bool) -> None:
        """Disable saving while the controller works."""
        self.save_button.setEnabled(not busy)

    def show_error(self, text: str, field: str = "") -> None:
        """Show what to fix; focus the field named ``field`` when there is one."""
        show_error(self.error, text)
        self.set_busy(False)
        target = self.findChild(QWidget, field) if field else None
        if target is not None and target.isVisible():
            target.setFocus()
