"""The session: create or unlock the vault, lock it on demand or after idle (DESIGN.md §4).

Locking closes the vault on its own thread (``TaskRunner.close_vault``), which drops the
data key; the ``locked`` signal tells the shell to clear every view at once. A *gate* (the
offline-time limit, §5) may hold an opened vault back from the user: ``held`` instead of
``unlocked`` until ``release()``, so nothing keyed to ``unlocked`` shows case data early.

Idle means no user input: an application-wide event filter restarts one single-shot timer on
each key, mouse, wheel or touch event, so the cost per event is one timer restart.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from desktop.context import AppContext
from desktop.tasks import TaskRunner
from domain.passphrase import require_strong
from storage.keys import KdfParams
from storage.vault import Vault

log = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = 5
"""Auto-lock after this many minutes without input (a server policy may set it later)."""

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
        QEvent.Type.Shortcut,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``interval_ms`` without user input anywhere in the app."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.idle)
        self._installed = False

    def start(self) -> None:
        """Start watching (on unlock)."""
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (on lock): nothing to protect while locked."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def set_interval(self, interval_ms: int) -> None:
        """Change the idle limit (a running countdown starts over with it).

        The same limit again is a no-op: ``QTimer.setInterval`` restarts a running timer, and
        the server's policy is re-applied after every sync, which must not postpone the lock.
        """
        if interval_ms != self._timer.interval():
            self._timer.setInterval(interval_ms)

    @property
    def interval_ms(self) -> int:
        """The idle limit in milliseconds."""
        return self._timer.interval()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Any input restarts the countdown; events are never swallowed."""
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False


Opener = Callable[[], Any]
Gate = Callable[[Any], bool]
"""Runs on the DB thread right after each open; True holds the vault back from the user."""


class Session(QObject):
    """Owns the locked/held/unlocked state.

    Signals: ``unlocked(user)``, ``held(user)``, ``locked()``, ``failed(exc)``.
    """

    unlocked = Signal(str)
    held = Signal(str)  # user: the vault is open, but the gate keeps it from the user for now
    about_to_lock = Signal()  # last chance to queue saves: they run before the vault closes
    locked = Signal()
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(
        self,
        runner: TaskRunner,
        folder: Path,
        context: AppContext,
        *,
        idle_ms: int = DEFAULT_IDLE_MINUTES * 60_000,
        kdf: KdfParams | None = None,
        sleep: Callable[[float], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.folder = folder
        self.context = context
        self._kdf = kdf
        self._sleep = sleep
        self._vault_open = False  # the vault is open on the DB thread (held or unlocked)
        self._unlocked = False
        self._working = False
        self._opens = 0  # which open a gate answer belongs to (a lock may come in between)
        self._gate: Gate | None = None
        self._default_idle_ms = idle_ms
        self.idle = IdleWatcher(idle_ms, self)
        self.idle.idle.connect(self.lock)

    @property
    def is_unlocked(self) -> bool:
        """True while the vault is open and shown to the user."""
        return self._unlocked

    @property
    def is_held(self) -> bool:
        """True while the vault is open but the gate keeps it from the user."""
        return self._vault_open and not self._unlocked

    def set_gate(self, gate: Gate | None) -> None:
        """Check every open with ``gate(vault)`` (on the DB thread) before it is shown."""
        self._gate = gate

    def set_idle_minutes(self, minutes: float | None) -> None:
        """The idle limit from the server's policy; ``None`` goes back to the app's own."""
        self.idle.set_interval(
            self._default_idle_ms if minutes is None else max(1, int(minutes * 60_000))
        )

    def vault_exists(self) -> bool:
        """True when this machine already has a vault (later starts show the unlock screen)."""
        return Vault.exists(self.folder)

    def create(self, passphrase: str) -> None:
        """Create the vault (first run); refuses a weak passphrase before touching the disk."""
        try:
            require_strong(passphrase)
        except Exception as exc:  # noqa: BLE001 - a ValidationError, shown to the user
            self.failed.emit(exc)
            return
        folder, user, kdf, clock = self.folder, self.context.user, self._kdf, self.context.clock
        self._open_with(lambda: Vault.create(folder, passphrase, user=user, kdf=kdf, clock=clock))

    def unlock(self, passphrase: str) -> None:
        """Open the vault; a wrong passphrase comes back through ``failed`` with its delay."""
        folder, clock = self.folder, self.context.clock
        kwargs: dict[str, Any] = {"clock": clock}
        if self._sleep is not None:
            kwargs["sleep"] = self._sleep
        self._open_with(lambda: Vault.open(folder, passphrase, **kwargs))

    def adopt(self, opener: Opener) -> None:
        """Open a vault made elsewhere (demo mode) as if it had been unlocked."""
        self._open_with(opener)

    def _open_with(self, opener: Opener) -> None:
        if self._working or self._vault_open:
            return
        self._set_working(True)
        self.runner.set_vault(opener, self._opened, self._open_failed)

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.busy_changed.emit(working)

    def _opened(self, vault: Any) -> None:
        self._vault_open = True
        self._opens += 1
        self.context.user = str(getattr(vault, "user", "") or self.context.user)
        self.idle.start()  # a held vault left alone locks too
        if self._gate is None:
            self._admit()
            return
        opens = self._opens
        self.runner.run(
            self._gate,
            lambda hold: self._gate_answered(opens, bool(hold)),
            lambda _error: self._gate_answered(opens, True),  # fail closed: a sync opens it
            label="session.gate",
        )

    def _gate_answered(self, opens: int, hold: bool) -> None:
        if opens != self._opens or not self._vault_open:
            return  # locked while the gate was asked
        if not hold:
            self._admit()
            return
        self._set_working(False)
        log.info("vault held until the server is reached")
        self.held.emit(self.context.user)

    def release(self) -> None:
        """The gate is satisfied (e.g. a sync succeeded): show the held vault."""
        if self.is_held:
            self._admit()

    def _admit(self) -> None:
        if self._working:
            self._set_working(False)
        self._unlocked = True
        log.info("vault unlocked")
        self.unlocked.emit(self.context.user)

    def _open_failed(self, error: BaseException) -> None:
        self._set_working(False)
        log.info("unlock failed: %s", type(error).__name__)
        self.failed.emit(error)

    def lock(self) -> None:
        """Lock now: stop the idle timer, close the vault (dropping the key), tell the views."""
        if not self._vault_open:
            return
        self.about_to_lock.emit()
        self._vault_open = self._unlocked = False
        if self._working:  # locked while the gate was asked: the next unlock may start
            self._set_working(False)
        self.idle.stop()
        self.runner.close_vault()
        log.info("vault locked")
        self.locked.emit()

    def forget(self) -> None:
        """The vault is gone underneath (wiped after revocation): lock without saving anything
        to it, and drop the server's idle policy with it."""
        if not self._vault_open:
            return
        self._vault_open = self._unlocked = False
        if self._working:  # locked while the gate was asked: the next unlock may start
            self._set_working(False)
        self.idle.stop()
        self.set_idle_minutes(None)
        log.info("vault forgotten")
        self.locked.emit()
