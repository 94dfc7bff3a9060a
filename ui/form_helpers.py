"""Small helpers shared by the intake, investigation and note forms."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible: str) -> W:
    """Give ``widget`` an object name (for tests) and an accessible name (for screen readers)."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    return widget


def shortcut(parent: QWidget, keys: str | QKeySequence.StandardKey, slot: object) -> QShortcut:
    """A window-wide keyboard shortcut calling ``slot``."""
    sequence = QKeySequence(keys)
    item = QShortcut(sequence, parent)
    item.activated.connect(slot)  # type: ignore[arg-type]
    return item


def date_edit(value: date, object_name: str, accessible: str) -> QDateEdit:
    """A calendar date field in Norwegian order."""
    edit = named(QDateEdit(QDate(value)), object_name, accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


def error_label(object_name: str = "error") -> QLabel:
    """A hidden, word-wrapped label for an error message, read out by screen readers."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #a00000; font-weight: bold;")
    label.setAccessibleName(QCoreApplication.translate("Forms", "Feilmelding"))
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label`` (hide it when empty)."""
    label.setText(text)
    label.setVisible(bool(text))
