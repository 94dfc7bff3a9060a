"""Every ErrorKind has a clear Norwegian message that says what to do (ui/messages.py)."""

from __future__ import annotations

import errno

import pytest

from domain.errors import ErrorKind, FeltError
from ui.messages import MESSAGES, UNEXPECTED, kind_of, message_for


@pytest.mark.parametrize("kind", list(ErrorKind))
def test_every_kind_has_a_message(kind: ErrorKind) -> None:
    text = message_for(FeltError(kind))
    assert text and text != UNEXPECTED
    assert text.endswith(".")


def test_wrong_passphrase_shows_the_growing_delay() -> None:
    error = FeltError(ErrorKind.WRONG_PASSPHRASE)
    error.delay_s = 4.0  # type: ignore[attr-defined]
    assert "Vent 4 sekunder" in message_for(error)


def test_os_errors_from_a_full_or_read_only_disk() -> None:
    assert kind_of(OSError(errno.ENOSPC, "full")) is ErrorKind.DISK_FULL
    assert kind_of(OSError(errno.EROFS, "ro")) is ErrorKind.READ_ONLY
    assert "Disken er full" in message_for(OSError(errno.ENOSPC, "full"))
    assert "skrivebeskyttet" in message_for(PermissionError(errno.EACCES, "denied"))


def test_bugs_get_a_calm_generic_message() -> None:
    assert "lagret, er trygt" in message_for(KeyError("x"))
    assert set(MESSAGES) == set(ErrorKind)
