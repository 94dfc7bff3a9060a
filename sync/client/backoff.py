"""Exponential backoff with full jitter, and a retry loop for transient sync errors.

Jitter keeps two hundred laptops that lost the network together from hammering the server
together when it comes back. Randomness and sleeping are injected, so tests are exact.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from sync.client.errors import SyncError

T = TypeVar("T")


@dataclass
class Backoff:
    """Delays for attempt 0, 1, 2, …: uniform in [0, min(cap, base · 2^attempt)]."""

    base_s: float = 1.0
    cap_s: float = 300.0
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int) -> float:
        """The pause before retry number ``attempt`` (0 is the first retry)."""
        ceiling = min(self.cap_s, self.base_s * (2 ** min(attempt, 30)))
        return self.rng.uniform(0.0, ceiling)


def retrying(
    fn: Callable[[], T],
    backoff: Backoff,
    *,
    attempts: int = 5,
    sleep: Callable[[float], None] = time.sleep,
    on_retry: Callable[[int, SyncError, float], None] | None = None,
) -> T:
    """Call ``fn`` until it succeeds, retrying transient :class:`SyncError`s with backoff.

    Safe because every sync phase is resumable: a retry re-pushes what has no receipt yet
    (the server answers ``duplicate``) and pulls from the cursor stored with the last page.
    """
    for attempt in range(attempts):
        try:
            return fn()
        except SyncError as exc:
            if not exc.transient or attempt == attempts - 1:
                raise
            pause = max(backoff.delay(attempt), exc.retry_after)
            if on_retry is not None:
                on_retry(attempt, exc, pause)
            sleep(pause)
    raise AssertionError("unreachable")  # pragma: no cover
