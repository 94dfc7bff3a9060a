"""Helpers the intake, investigation and notes controllers share for work on the TaskRunner."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from typing import Any

from desktop.tasks import TaskRunner
from domain.changes import Changes
from domain.errors import ErrorKind, FeltError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Done:
    """What a mutation job hands back: what changed, and a value for the caller."""

    changes: Changes
    value: Any = None


def run_mutation(
    runner: TaskRunner,
    fn: Callable[[Any], Done],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    label: str,
) -> int:
    """Run ``fn(vault)`` on the DB thread; broadcast its changes, then call ``on_done(value)``."""

    def finished(result: Done) -> None:
        if result.changes:
            runner.changes_applied.emit(result.changes)
        on_done(result.value)

    return runner.run(fn, finished, on_error, label=label)


@contextmanager
def atomic(vault: Any) -> Iterator[None]:
    """One transaction around several repository calls, when the vault offers one."""
    begin = getattr(vault, "batch", None)
    with begin() if callable(begin) else nullcontext():
        yield


def message(error: BaseException) -> str:
    """The one Norwegian message for ``error`` (``ui.messages``); bugs get a generic one."""
    if not isinstance(error, FeltError):
        # Type name only: a bug's message may quote personal data.
        log.warning("unexpected error: %s", type(error).__name__)
    try:
        from ui.messages import message_for
    except ImportError:  # the shell's message table not there yet
        kind = getattr(error, "kind", None)
        return str(kind.value if isinstance(kind, ErrorKind) else "unexpected_error")
    return message_for(error)


FIELD_WIDGETS = {
    "reporter": "reporter_name",
    "content": "content",
    "reason": "reason",
    "identity_number": "child_identity_number",
    "interpreter": "interpreter_name",
}
"""Domain field names → the object name of the widget to focus."""


def field_widget(error: BaseException) -> str:
    """The widget to focus for ``error`` (empty when none)."""
    name = str(getattr(error, "field", "") or "")
    return FIELD_WIDGETS.get(name, name)
