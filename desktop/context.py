"""What every controller needs to know about the running app, with the clock injected.

Nothing in the app reads the clock by itself (DESIGN.md §2): tests and the self-test pass
a fixed clock, the app passes the real one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

OSLO = ZoneInfo("Europe/Oslo")
"""Deadlines are calendar dates in Europe/Oslo (DOMAIN.md A)."""


def _oslo_now() -> datetime:
    return datetime.now(OSLO)


@dataclass
class AppContext:
    """The signed-in user, the clock and the mode; shared by the shell and the controllers."""

    user: str = "lokal"
    clock: Callable[[], datetime] = field(default=_oslo_now)
    demo_mode: bool = False

    def now(self) -> datetime:
        """The current time (time-zone aware, Europe/Oslo unless a test says otherwise)."""
        return self.clock()

    def today(self) -> date:
        """The current calendar day in Europe/Oslo: what deadlines are counted against."""
        now = self.clock()
        if now.tzinfo is not None:
            now = now.astimezone(OSLO)
        return now.date()
