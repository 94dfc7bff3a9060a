"""Guards against Qt binding bugs that would crash the app in the field."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    bare = Signal()
    with_value = Signal(object)


def test_signal_emit_keeps_reference_counts_of_true() -> None:
    """PySide6 6.12.0 dropped a reference to ``True`` on every emit; after a few hundred
    emits (autosave, TaskRunner) the interpreter aborted with ``bool_dealloc``."""
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(50):
        emitter.bare.emit()
        emitter.with_value.emit(1)
    assert sys.getrefcount(True) - before >= 0
