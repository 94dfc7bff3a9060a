"""Side-by-side merge of two versions of one draft (DESIGN.md §5).

When the same draft was edited on two devices, both versions are kept; the author sees,
per text section, their own version next to the other, picks one or edits the result,
and saves. ``merged`` carries the chosen sections; the desktop saves them as the draft.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

CONTEXT = "DraftMergeDialog"

SECTION_TITLES = {
    "place": QT_TRANSLATE_NOOP("DraftMergeDialog", "Sted"),
    "child_views": QT_TRANSLATE_NOOP("DraftMergeDialog", "Barnets synspunkter"),
    "observations": QT_TRANSLATE_NOOP("DraftMergeDialog", "Observasjoner"),
    "assessment": QT_TRANSLATE_NOOP("DraftMergeDialog", "Vurdering"),
    "follow_up": QT_TRANSLATE_NOOP("DraftMergeDialog", "Oppfølging"),
    "body": QT_TRANSLATE_NOOP("DraftMergeDialog", "Notat"),
}


def section_title(name: str) -> str:
    """A section's heading in the user's language."""
    return QCoreApplication.translate(CONTEXT, str(SECTION_TITLES.get(name, name)))


class _SectionRow:
    """Mine | theirs | result, with a button to take either side."""

    def __init__(self, grid: QGridLayout, row: int, name: str, mine: str, theirs: str) -> None:
        self.name = name
        self.mine = self._read_only(
            mine, QCoreApplication.translate("DraftMergeDialog", "Min versjon"))
        self.theirs = self._read_only(
            theirs, QCoreApplication.translate("DraftMergeDialog", "Den andre versjonen"))
        self.result = QPlainTextEdit(mine)
        self.result.setAccessibleName(
            QCoreApplication.translate("DraftMergeDialog", "Sammenslått") + ": "
            + section_title(name))
        self.take_mine = QPushButton(QCoreApplication.translate("DraftMergeDialog", "Bruk min"))
        self.take_theirs = QPushButton(
            QCoreApplication.translate("DraftMergeDialog", "Bruk den andre"))
        self.take_mine.clicked.connect(lambda: self.result.setPlainText(self.mine.toPlainText()))
        self.take_theirs.clicked.connect(
            lambda: self.result.setPlainText(self.theirs.toPlainText()))
        grid.addWidget(QLabel(section_title(name)), row, 0, 1, 3)
        grid.addWidget(self.mine, row + 1, 0)
        grid.addWidget(self.theirs, row + 1, 1)
        grid.addWidget(self.result, row + 1, 2)
        grid.addWidget(self.take_mine, row + 2, 0)
        grid.addWidget(self.take_theirs, row + 2, 1)

    @staticmethod
    def _read_only(text: str, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setReadOnly(True)
        edit.setAccessibleName(name)
        return edit


class DraftMergeDialog(QDialog):
    """Two versions of one draft; emits ``merged(dict[section, text])`` on save."""

    merged = Signal(dict)

    def __init__(
        self, mine: Mapping[str, str], theirs: Mapping[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Slå sammen to versjoner av utkastet"))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Min versjon")), 0, 0)
        grid.addWidget(QLabel(self.tr("Den andre versjonen")), 0, 1)
        grid.addWidget(QLabel(self.tr("Resultat")), 0, 2)
        names = [n for n in SECTION_TITLES if (mine.get(n) or "") != (theirs.get(n) or "")]
        self.sections = [
            _SectionRow(grid, 1 + 3 * i, n, mine.get(n) or "", theirs.get(n) or "")
            for i, n in enumerate(names)
        ]
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)

    def section(self, name: str) -> _SectionRow:
        """One section row (keyboard navigation and tests)."""
        return next(s for s in self.sections if s.name == name)

    def _save(self) -> None:
        self.merged.emit({s.name: s.result.toPlainText() for s in self.sections})
        self.accept()
