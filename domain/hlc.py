"""Hybrid logical clock: ordering of changes that survives clock skew between devices.

A timestamp is (wall milliseconds, counter, device). Its string form sorts like the tuple,
so the server and the client can compare clocks as plain strings (DESIGN.md §5).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from threading import Lock


@dataclass(frozen=True, order=True)
class Timestamp:
    """One HLC reading; ordered by wall time, then counter, then device id."""

    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        """Lexically sortable text form: ``0001732457000123-0000-<device>``."""
        return f"{self.wall_ms:016d}-{self.counter:04x}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        """Parse the text form made by :meth:`encode`."""
        wall, counter, device = text.split("-", 2)
        return cls(int(wall), int(counter, 16), device)


class HybridLogicalClock:
    """Issues monotone timestamps for one device and absorbs the clocks it receives.

    ``now_ms`` is injected (time is never read implicitly in ``domain/``).
    """

    def __init__(self, device: str, now_ms: Callable[[], int], last: Timestamp | None = None):
        self._device = device
        self._now_ms = now_ms
        self._last = last or Timestamp(0, 0, device)
        self._lock = Lock()

    @property
    def last(self) -> Timestamp:
        """The latest timestamp issued or observed."""
        return self._last

    def tick(self) -> Timestamp:
        """A timestamp for a local change, later than everything seen so far."""
        with self._lock:
            wall = max(self._now_ms(), self._last.wall_ms)
            counter = self._last.counter + 1 if wall == self._last.wall_ms else 0
            self._last = Timestamp(wall, counter, self._device)
            return self._last

    def observe(self, remote: Timestamp) -> Timestamp:
        """Merge a received timestamp so later local ticks sort after it."""
        with self._lock:
            wall = max(self._now_ms(), self._last.wall_ms, remote.wall_ms)
            if wall == self._last.wall_ms == remote.wall_ms:
                counter = max(self._last.counter, remote.counter) + 1
            elif wall == self._last.wall_ms:
                counter = self._last.counter + 1
            elif wall == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            self._last = Timestamp(wall, counter, self._device)
            return self._last
