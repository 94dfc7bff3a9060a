"""The user's role on the municipal server, as this device last heard it (DB thread).

Why kept at all: the reminders are derived on every unlock, often without a network, and a
leader's device holds the whole unit's cases (B1), so the derivation must know the role
without asking the server. The server's answer still wins: the office refreshes the role
after every successful sync (``desktop/leader_watch.py``) and a change re-derives the
reminders. Kept in the vault's settings (never QSettings), like the reminders' state.
"""

from __future__ import annotations

from typing import Any

from desktop.jobs import Done
from desktop.reminder_plan import Audience
from domain.changes import Changes

ROLE = "office.role"
"""Settings key (inside the vault): the server's role name for this device's user."""


def known_role(vault: Any) -> str:
    """The role last heard from the server; ``""`` when never heard."""
    stored = vault.settings.get(ROLE, "")
    return stored if isinstance(stored, str) else ""


def remember_role(vault: Any, role: str) -> Done:
    """Store the server's answer; a changed role re-derives the reminders (``deadlines``)."""
    if known_role(vault) == role:
        return Done(Changes(), role)
    vault.settings.set(ROLE, role)
    return Done(Changes(deadlines=True), role)


def read_audience(vault: Any) -> Audience:
    """Whom this vault's reminders are for: a single-user journal gets every rung."""
    state = getattr(vault, "sync_state", None)  # a stand-in vault (benchmarks) has none
    credentials = state.credentials() if state is not None else None
    if credentials is None:
        return Audience()
    names = frozenset(n for n in (credentials.username, str(vault.user or "")) if n)
    return Audience(known_role(vault), names)
