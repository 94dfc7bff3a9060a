"""Small helpers shared by the intake, investigation and note forms."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QSize
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDateEdit, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

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


SMALL_SCREEN = QSize(1093, 560)
"""The room a window gets on a 1366×768 laptop at 125 % scaling, less the taskbar (logical
pixels). Every form must fit in it; ``tests/ui/test_small_screens.py`` checks."""
_MIN_FORM_HEIGHT = 160


class FormScrollArea(QScrollArea):
    """A form's boxes, scrolling when the screen is shorter than the form.

    Why: a long form (the intake, the investigation) is taller than a 1366×768 laptop at
    125 % gives a window, and a dialog taller than the screen hides its own Save button.
    The size hint is the whole form, so where there is room the dialog opens without a
    scroll bar; the minimum is small, so the buttons below it always stay on screen.
    """

    def __init__(self, boxes: Iterable[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in boxes:
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def sizeHint(self) -> QSize:  # noqa: N802
        """The whole form (plus a scroll bar's width, should one be needed after all)."""
        body = self.widget().sizeHint()
        return QSize(body.width() + self.verticalScrollBar().sizeHint().width(), body.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """As wide as the form must be, and only a few rows high."""
        return QSize(self.widget().minimumSizeHint().width(), _MIN_FORM_HEIGHT)
