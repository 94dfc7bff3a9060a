"""Tray notifications for reminders ("Frist i dag: undersøkelse i sak 2026-0142") and for a
leader's break-glass alerts ("Nødtilgang brukt i sak 2026-0142", B1).

A notification names the case by its number and the task by a fixed phrase per action,
never by a name, an identity number or any free text from the case (B8): the texts are
built here from ``ReminderEntry`` values, which hold nothing else. Where the platform has
no system tray (the offscreen platform of the tests, some Linux desktops) the message goes
to the status bar instead; ``notification_shown(title, text)`` is emitted either way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from desktop.reminder_plan import ReminderEntry, severity
from domain.deadlines import Action
from ui.labels import day

MAX_LINES = 3
"""More reminders than this at once become one message with a count."""
MESSAGE_MS = 15_000

_WHAT: dict[str, object] = {  # QT_TRANSLATE_NOOP marks the text for lupdate
    Action.DECIDE_INTAKE: QT_TRANSLATE_NOOP("Notifier", "vurdering av melding"),
    Action.SEND_RECEIPT_LETTER: QT_TRANSLATE_NOOP("Notifier", "mottaksbekreftelse til melder"),
    Action.SEND_INVESTIGATION_LETTER: QT_TRANSLATE_NOOP(
        "Notifier", "tilbakemelding til melder om undersøkelse"
    ),
    Action.SEND_OUTCOME_LETTER: QT_TRANSLATE_NOOP(
        "Notifier", "tilbakemelding til melder etter undersøkelse"
    ),
    Action.CONCLUDE_INVESTIGATION: QT_TRANSLATE_NOOP("Notifier", "undersøkelse"),
    Action.SETTLE_PLAN_ITEM: QT_TRANSLATE_NOOP("Notifier", "undersøkelsesplan"),
    Action.DOCUMENT_PARTICIPATION: QT_TRANSLATE_NOOP("Notifier", "barnets medvirkning"),
    Action.REASSESS_CASE: QT_TRANSLATE_NOOP("Notifier", "ny vurdering etter henleggelse"),
    Action.MAKE_PLAN: QT_TRANSLATE_NOOP("Notifier", "tiltaksplan"),
    Action.EVALUATE_PLAN: QT_TRANSLATE_NOOP("Notifier", "evaluering av tiltaksplan"),
    Action.SEND_TO_NEMNDA: QT_TRANSLATE_NOOP("Notifier", "akuttvedtak til nemnda"),
    Action.SEND_BEGJAERING: QT_TRANSLATE_NOOP("Notifier", "begjæring etter akuttvedtak"),
    Action.AWAIT_NEMNDA: QT_TRANSLATE_NOOP("Notifier", "nemndas avgjørelse av klage"),
    Action.AWAIT_COMPLAINT: QT_TRANSLATE_NOOP("Notifier", "klagefrist"),
    Action.CARRY_OUT_CARE_ORDER: QT_TRANSLATE_NOOP(
        "Notifier", "iverksetting av omsorgsovertakelse"
    ),
    Action.VISIT: QT_TRANSLATE_NOOP("Notifier", "oppfølgingsbesøk i fosterhjem"),
    Action.TILSYN_VISIT: QT_TRANSLATE_NOOP("Notifier", "tilsynsbesøk i fosterhjem"),
    Action.RENEW_PROTECTION: QT_TRANSLATE_NOOP("Notifier", "fornyelse av adressesperre"),
    Action.ASSESS_ETTERVERN: QT_TRANSLATE_NOOP("Notifier", "vurdering av ettervern"),
    Action.CLOSE_ETTERVERN: QT_TRANSLATE_NOOP("Notifier", "avslutning av ettervern"),
}


def what(action: str) -> str:
    """The task in a few words (a fixed phrase per action: never text from the case)."""
    source = _WHAT.get(action)
    if source is None:
        return QCoreApplication.translate("Notifier", "frist")
    return QCoreApplication.translate("Notifier", str(source))  # marked in _WHAT above


def when(due_on: date, today: date) -> str:
    """ "Frist i dag", "Frist i morgen", "Frist 03.03.2026" or "Fristbrudd" (past due)."""
    if due_on < today:
        return QCoreApplication.translate("Notifier", "Fristbrudd")
    if due_on == today:
        return QCoreApplication.translate("Notifier", "Frist i dag")
    if (due_on - today).days == 1:
        return QCoreApplication.translate("Notifier", "Frist i morgen")
    return QCoreApplication.translate("Notifier", "Frist %1").replace("%1", day(due_on))


def reminder_line(entry: ReminderEntry, today: date) -> str:
    """One reminder: "Frist i dag: undersøkelse i sak 2026-0142"."""
    text = QCoreApplication.translate("Notifier", "%1: %2 i sak %3")
    return (
        text.replace("%1", when(entry.due_on, today))
        .replace("%2", what(entry.action))
        .replace("%3", entry.case_number)
    )


def break_glass_line(case_number: str) -> str:
    """One break-glass use: the case number only, never who, why or whose child (B1, B8)."""
    text = QCoreApplication.translate("Notifier", "Nødtilgang brukt i sak %1")
    return text.replace("%1", case_number)


def compose_break_glass(case_numbers: Sequence[str]) -> tuple[str, str]:
    """Title and text of one notification for the break-glass uses the leader has not seen."""
    title = QCoreApplication.translate("Notifier", "Varsel om nødtilgang")
    lines = [break_glass_line(n) for n in case_numbers[:MAX_LINES]]
    rest = len(case_numbers) - MAX_LINES
    if rest > 0:  # %1, not %n: see compose()
        more = QCoreApplication.translate("Notifier", "… og %1 til (se Lederoversikt)")
        lines.append(more.replace("%1", str(rest)))
    return title, "\n".join(lines)


def compose(entries: Sequence[ReminderEntry], today: date) -> tuple[str, str]:
    """Title and text of one notification for a batch of reminders (most severe first)."""
    urgent = any(severity(e) >= 2 for e in entries)
    if urgent:
        title = QCoreApplication.translate("Notifier", "Varsel om frist")
    else:
        title = QCoreApplication.translate("Notifier", "Påminnelse om frist")
    lines = [reminder_line(e, today) for e in entries[:MAX_LINES]]
    rest = len(entries) - MAX_LINES
    if rest > 0:
        # Why not %n: pyside6-lupdate does not mark translate(..., n) as plural, so its
        # translation would never be found. "og 5 til" needs no plural form anyway.
        more = QCoreApplication.translate("Notifier", "… og %1 til (se Frister, Ctrl+D)")
        lines.append(more.replace("%1", str(rest)))
    return title, "\n".join(lines)


class Notifier(QObject):
    """Shows reminder batches in the system tray, or in the status bar where there is none.

    Signals: ``notification_shown(title, text)`` for every notification, ``activated()``
    when the user clicks a reminder message or the tray icon (the shell opens the Frister
    view), ``break_glass_activated()`` when the message clicked was a break-glass alert (the
    office opens the leader's list of uses).
    """

    notification_shown = Signal(str, str)
    activated = Signal()
    break_glass_activated = Signal()

    def __init__(
        self,
        status: Callable[[str], None] | None = None,
        *,
        use_tray: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._status = status
        available = QSystemTrayIcon.isSystemTrayAvailable() if use_tray is None else use_tray
        self.tray: QSystemTrayIcon | None = None
        self._last_break_glass = False  # the tray shows one message at a time: the last one
        if available:
            self.tray = QSystemTrayIcon(_icon(), self)
            self.tray.setToolTip(QCoreApplication.translate("Notifier", "Feltjournal"))
            self.tray.messageClicked.connect(self._message_clicked)
            self.tray.activated.connect(self._tray_activated)
            self.tray.show()

    def _message_clicked(self) -> None:
        """A click on the message: the screen that message is about."""
        if self._last_break_glass:
            self.break_glass_activated.emit()
        else:
            self.activated.emit()

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        """A click or double-click on the icon (not the context menu) opens the overview."""
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.activated.emit()

    @property
    def uses_tray(self) -> bool:
        """True when messages go to the system tray."""
        return self.tray is not None

    def notify(self, entries: Sequence[ReminderEntry], today: date) -> None:
        """Show one notification for a batch of reminders (nothing for an empty batch)."""
        if not entries:
            return
        title, text = compose(entries, today)
        self._last_break_glass = False
        self._show(title, text, urgent=any(severity(e) >= 2 for e in entries))

    def _show(self, title: str, text: str, *, urgent: bool) -> None:
        """The tray where there is one, else the status bar; the signal either way."""
        if self.tray is not None:
            icon = (
                QSystemTrayIcon.MessageIcon.Warning
                if urgent
                else QSystemTrayIcon.MessageIcon.Information
            )
            self.tray.showMessage(title, text, icon, MESSAGE_MS)
        elif self._status is not None:
            self._status(f"{title}: {text.replace(chr(10), ' · ')}")
        self.notification_shown.emit(title, text)

    def notify_break_glass(self, case_numbers: Sequence[str]) -> None:
        """One notification for new break-glass uses in the leader's unit (none if empty)."""
        if not case_numbers:
            return
        title, text = compose_break_glass(case_numbers)
        self._last_break_glass = True
        self._show(title, text, urgent=True)

    def notify_locked(self, count: int) -> None:
        """Reminders came due while the app is locked: how many, and nothing else (B8).

        A click on the message shows the window (on its unlock page); the reminders
        themselves, with their case numbers, come once the vault is open again.
        """
        if count <= 0:
            return
        title = QCoreApplication.translate("Notifier", "Påminnelse om frist")
        if count == 1:
            text = QCoreApplication.translate(
                "Notifier", "En påminnelse venter. Lås opp Feltjournal for å se den."
            )
        else:
            text = QCoreApplication.translate(
                "Notifier", "%1 påminnelser venter. Lås opp Feltjournal for å se dem."
            ).replace("%1", str(count))
        self._last_break_glass = False
        self._show(title, text, urgent=False)

    def set_overdue(self, count: int) -> None:
        """The tray tooltip tells how many deadlines are past (a count only)."""
        if self.tray is None:
            return
        tip = QCoreApplication.translate("Notifier", "Feltjournal")
        if count:
            passed = QCoreApplication.translate("Notifier", "Frister passert: %1")
            tip += " – " + passed.replace("%1", str(count))
        self.tray.setToolTip(tip)

    def hide(self) -> None:
        """Remove the tray icon (on quit)."""
        if self.tray is not None:
            self.tray.hide()


def _icon() -> QIcon:
    icon = QApplication.windowIcon()
    if icon.isNull():
        icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    return icon
