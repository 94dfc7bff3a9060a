"""The free-text sections of the note editor, each with its own "unntatt innsyn" flag (B3)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from domain.notes import SECTIONS
from ui.form_helpers import named
from ui.note_templates import Template

TEXT_SECTIONS = tuple(s for s in SECTIONS if s != "place")
"""Sections typed in a text box ("place" is a line in the header)."""


class SectionEdit(QWidget):
    """A heading, a text box and an "unntatt innsyn" flag with its basis."""

    edited = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self.text = named(QPlainTextEdit(), f"section_{key}", key)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(70)
        self.heading.setBuddy(self.text)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.exempt = named(QCheckBox(self.tr("Unntatt innsyn")), f"exempt_{key}", "")
        self.basis = named(QLineEdit(), f"exempt_basis_{key}", "")
        self.basis.setPlaceholderText(self.tr("Grunnlag, f.eks. fvl. § 19 første ledd bokstav d"))
        self.basis.setEnabled(False)
        self.exempt.toggled.connect(self.basis.setEnabled)
        row.addWidget(self.exempt)
        row.addWidget(self.basis, 1)
        layout.addLayout(row)
        self.text.textChanged.connect(self.edited)
        self.exempt.toggled.connect(self.edited)
        self.basis.textEdited.connect(self.edited)

    def set_heading(self, heading: str) -> None:
        """Name the section (and its controls, for screen readers)."""
        self.heading.setText(heading)
        self.text.setAccessibleName(heading)
        self.exempt.setAccessibleName(self.tr("Unntatt innsyn: %1").replace("%1", heading))
        self.basis.setAccessibleName(self.tr("Grunnlag for unntak: %1").replace("%1", heading))

    def highlight(self, needle: str) -> bool:
        """Mark every occurrence of ``needle``; True when found."""
        found: list[QTextEdit.ExtraSelection] = []
        if needle:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffe680"))
            cursor = self.text.document().find(needle, 0)
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor  # type: ignore[misc]
                selection.format = fmt  # type: ignore[misc]
                found.append(selection)
                cursor = self.text.document().find(needle, cursor, QTextDocument.FindFlag(0))
        self.text.setExtraSelections(found)
        if found:
            first = QTextCursor(found[0].cursor)
            self.text.setTextCursor(first)
            self.text.ensureCursorVisible()
        return bool(found)


class SectionsPanel(QWidget):
    """All text sections; the template decides which are shown and how they are headed."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sections: dict[str, SectionEdit] = {}
        self._layout = layout

    def apply_template(self, template: Template) -> None:
        """Show the template's sections in its order; hidden ones keep their text."""
        for edit in self.sections.values():
            self._layout.removeWidget(edit)
            edit.hide()
        for key in TEXT_SECTIONS:
            if key not in self.sections:
                edit = SectionEdit(key, self)
                edit.edited.connect(self.edited)
                self.sections[key] = edit
        for key, heading in template.sections:
            edit = self.sections[key]
            edit.set_heading(heading)
            self._layout.addWidget(edit)
            edit.show()

    def texts(self) -> dict[str, str]:
        """Every section's text, shown or not (nothing typed is ever dropped)."""
        return {key: edit.text.toPlainText() for key, edit in self.sections.items()}

    def exemptions(self) -> dict[str, str]:
        """Sections flagged "unntatt innsyn" → their basis as typed."""
        return {
            key: edit.basis.text().strip()
            for key, edit in self.sections.items()
            if edit.exempt.isChecked()
        }

    def load(self, texts: dict[str, str], exemptions: dict[str, str]) -> None:
        """Fill the sections without emitting ``edited``."""
        self.blockSignals(True)
        for key, edit in self.sections.items():
            edit.blockSignals(True)
            edit.text.setPlainText(texts.get(key, ""))
            edit.exempt.setChecked(key in exemptions)
            edit.basis.setText(exemptions.get(key, ""))
            edit.blockSignals(False)
        self.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        """Signed notes are shown read-only (B11)."""
        for edit in self.sections.values():
            edit.text.setReadOnly(read_only)
            edit.exempt.setEnabled(not read_only)
            edit.basis.setEnabled(not read_only and edit.exempt.isChecked())

    def highlight(self, needle: str) -> None:
        """Mark a search hit in every section; focus the first one found."""
        first = None
        for edit in self.sections.values():
            if edit.highlight(needle) and first is None and edit.isVisible():
                first = edit
        if first is not None:
            first.text.setFocus(Qt.FocusReason.OtherFocusReason)
