"""First run (create the vault) and unlock: the two screens shown before any case data.

They are pages of the main window rather than modal dialogs, so locking never leaves a
nested event loop behind and tests drive them like any widget. They only ask: the shell
does the work and answers with ``set_busy()`` and ``show_error()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.passphrase import PassphraseProblem, passphrase_problems

ERROR_STYLE = "QLabel { color: #ffffff; background: #a00000; padding: 0.4em; }"
"""Errors stand out the same way on every screen (white on dark red reads in any theme)."""


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _wrapped(text: str = "", *, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)  # for tests and style; screen readers read the text
    if name.endswith("error"):
        label.setStyleSheet(ERROR_STYLE)
    return label


def _busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)  # indeterminate: the key derivation has no progress to report
    bar.setTextVisible(False)
    bar.hide()
    return bar


def _password_field(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    field.setClearButtonEnabled(True)
    return field


def _centred(inner: QVBoxLayout) -> QVBoxLayout:
    """Keep the form readable on wide screens without fixing any pixel size."""
    box = QWidget()
    box.setLayout(inner)
    box.setMaximumWidth(box.fontMetrics().horizontalAdvance("M") * 48)
    outer = QVBoxLayout()
    outer.addStretch(1)
    outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
    outer.addStretch(2)
    return outer


def passphrase_hint(problem: PassphraseProblem) -> str:
    """One short hint per strength problem (first run and "Endre passordfrase")."""
    if problem is PassphraseProblem.TOO_SHORT:
        return QCoreApplication.translate("FirstRunView", "Bruk minst 12 tegn eller fire ord.")
    if problem is PassphraseProblem.ONE_CLASS:
        return QCoreApplication.translate(
            "FirstRunView", "Bland bokstaver med tall, mellomrom eller tegn."
        )
    return QCoreApplication.translate(
        "FirstRunView", "Dette er en vanlig passordfrase som er lett å gjette."
    )


class FirstRunView(QWidget):
    """Create the vault: passphrase twice, strength hints, the honest recovery warning."""

    create_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run")
        self.passphrase = _password_field(self.tr("Passordfrase"))
        self.repeat = _password_field(self.tr("Gjenta passordfrase"))
        self.hints = _wrapped(name="passphrase_hints")
        self.error = _wrapped(name="first_run_error")
        self.error.hide()
        self.create_button = QPushButton(self.tr("&Opprett hvelv"))
        self.create_button.setDefault(True)
        self.create_button.setAccessibleName(self.tr("Opprett hvelv"))
        self.busy = _busy_bar()
        self.setLayout(_centred(self._build()))
        self.passphrase.textChanged.connect(self._update_hints)
        self.create_button.clicked.connect(self.submit)
        self.repeat.returnPressed.connect(self.submit)
        self._update_hints()

    def _build(self) -> QVBoxLayout:
        layout = QVBoxLayout()
        layout.addWidget(_heading(self.tr("Velkommen til Feltjournal")))
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Journalen lagres kryptert på denne maskinen. Velg en passordfrase: minst "
                    "12 tegn eller fire ord, med mer enn én type tegn."
                )
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("&Passordfrase:"), self.passphrase)
        form.addRow(self.tr("&Gjenta:"), self.repeat)
        layout.addLayout(form)
        layout.addWidget(self.hints)
        warning = _wrapped(
            self.tr(
                "Viktig: Glemmer du passordfrasen, kan ingen åpne hvelvet før maskinen er "
                "registrert hos kommunen. Etter registreringen kan bare kommunen gjenopprette "
                "tilgangen. Skriv den ikke ned på maskinen."
            ),
            name="recovery_warning",
        )
        layout.addWidget(warning)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        return layout

    def _update_hints(self) -> None:
        problems = passphrase_problems(self.passphrase.text())
        if not self.passphrase.text():
            self.hints.setText("")
        elif problems:
            self.hints.setText(" ".join(self.hint(p) for p in problems))
        else:
            self.hints.setText(self.tr("Passordfrasen er sterk nok."))

    def hint(self, problem: PassphraseProblem) -> str:
        """One short hint per strength problem."""
        return passphrase_hint(problem)

    def submit(self) -> None:
        """Refuse a mismatch or a weak passphrase here; otherwise ask the shell to create."""
        first, second = self.passphrase.text(), self.repeat.text()
        if first != second:
            self.show_error(self.tr("Passordfrasene er ikke like. Skriv den samme to ganger."))
            return
        problems = passphrase_problems(first)
        if problems:
            text = self.tr("Passordfrasen er for svak.")
            self.show_error(" ".join([text, *(self.hint(p) for p in problems)]))
            return
        self.error.hide()
        self.create_requested.emit(first)

    def set_busy(self, busy: bool) -> None:
        """Show the busy bar and block input while the vault is being created."""
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.repeat, self.create_button):
            widget.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        """Show a message that says what to do."""
        self.error.setText(message)
        self.error.show()

    def clear(self) -> None:
        """Forget what was typed (the passphrase never stays in a widget)."""
        self.passphrase.clear()
        self.repeat.clear()
        self.error.hide()


class UnlockView(QWidget):
    """Ask for the passphrase; after a wrong one, wait the growing delay before the next try."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock")
        self.passphrase = _password_field(self.tr("Passordfrase"))
        self.unlock_button = QPushButton(self.tr("&Lås opp"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Lås opp"))
        self.error = _wrapped(name="unlock_error")
        self.error.hide()
        self.busy = _busy_bar()
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._wait_over)
        layout = QVBoxLayout()
        layout.addWidget(_heading(self.tr("Feltjournal er låst")))
        layout.addWidget(_wrapped(self.tr("Skriv passordfrasen for å låse opp journalen.")))
        form = QFormLayout()
        form.addRow(self.tr("&Passordfrase:"), self.passphrase)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setLayout(_centred(layout))
        self.unlock_button.clicked.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit)

    def submit(self) -> None:
        """Ask the shell to unlock, unless still waiting after a wrong attempt."""
        if self._wait.isActive() or not self.passphrase.text():
            return
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        self.unlock_requested.emit(passphrase)

    def set_busy(self, busy: bool) -> None:
        """Show the busy bar while the key is derived and the vault opened."""
        self.busy.setVisible(busy)
        waiting = self._wait.isActive()
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and not waiting)
        if not busy:
            self.passphrase.setFocus()

    def show_error(self, message: str, retry_after_s: float = 0.0) -> None:
        """Show the message; keep the button disabled for ``retry_after_s`` seconds."""
        self.error.setText(message)
        self.error.show()
        if retry_after_s > 0:
            self.unlock_button.setEnabled(False)
            self._wait.start(int(retry_after_s * 1000))

    def _wait_over(self) -> None:
        self.unlock_button.setEnabled(self.passphrase.isEnabled())

    @property
    def waiting(self) -> bool:
        """True while the delay after a wrong passphrase runs."""
        return self._wait.isActive()

    def clear(self) -> None:
        """Forget what was typed and any old message."""
        self.passphrase.clear()
        self.error.hide()


class SyncGateView(QWidget):
    """Shown instead of the workspace while the device must reach its server first (§5).

    Past the municipality's offline-time limit the vault is open (a sync needs it) but
    nothing of it is shown until a sync succeeds; the page says why and offers the two ways
    on: "Synkroniser nå", or lock.
    """

    sync_requested = Signal()
    lock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_gate")
        self.reason = _wrapped(name="gate_reason")
        self.error = _wrapped(name="gate_error")
        self.error.hide()
        self.busy = _busy_bar()
        self.sync_button = QPushButton(self.tr("&Synkroniser nå"))
        self.sync_button.setAccessibleName(self.tr("Synkroniser nå"))
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(self.sync_requested)
        self.lock_button = QPushButton(self.tr("&Lås"))
        self.lock_button.setAccessibleName(self.tr("Lås"))
        self.lock_button.clicked.connect(self.lock_requested)
        layout = QVBoxLayout()
        layout.addWidget(_heading(self.tr("Synkronisering kreves")))
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.lock_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setLayout(_centred(layout))

    def show_reason(self, text: str) -> None:
        """Why the workspace waits (a Norwegian sentence from the desktop)."""
        self.reason.setText(text)
        self.error.hide()
        self.sync_button.setFocus()

    def show_error(self, message: str) -> None:
        """What the last try answered (offline, server down …); the page stays."""
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        """A sync is running: one click is enough."""
        self.busy.setVisible(busy)
        self.sync_button.setEnabled(not busy)
