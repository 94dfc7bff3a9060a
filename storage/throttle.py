"""Growing delay between wrong passphrases, kept in ``vault.attempts`` beside the vault.

The file holds only a count and the time of the last failure (nothing sensitive), so the
delay survives an app restart. It slows guessing through the app; Argon2id is what makes
offline guessing expensive.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from storage.keys import write_json_atomic

FREE_ATTEMPTS = 2
"""Typos happen: the first failures cost no wait."""

MAX_DELAY_S = 60.0


def delay_after(failures: int) -> float:
    """Seconds to wait before the next try after ``failures`` wrong passphrases in a row."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_S, 2.0 ** (failures - FREE_ATTEMPTS))


class AttemptThrottle:
    """Reads, enforces and records failed unlock attempts for one vault folder."""

    def __init__(self, path: Path, clock: Callable[[], datetime], sleep: Callable[[float], None]):
        self._path = path
        self._clock = clock
        self._sleep = sleep

    def _load(self) -> tuple[int, float]:
        try:
            data = json.loads(self._path.read_text("utf-8"))
            return int(data["failures"]), float(data["last_failure"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    def wait_turn(self) -> None:
        """Sleep out whatever is left of the delay the last failure earned."""
        failures, last = self._load()
        remaining = delay_after(failures) - (self._clock().timestamp() - last)
        if remaining > 0:
            self._sleep(remaining)

    def record_failure(self) -> tuple[int, float]:
        """Count one more failure; returns (attempts so far, delay before the next try)."""
        failures = self._load()[0] + 1
        write_json_atomic(
            self._path, {"failures": failures, "last_failure": self._clock().timestamp()}
        )
        return failures, delay_after(failures)

    def reset(self) -> None:
        """A successful unlock forgets earlier failures."""
        with contextlib.suppress(FileNotFoundError):
            self._path.unlink()
