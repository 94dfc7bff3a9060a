"""What the server reported to a leader, recorded on the DB thread: role and break-glass uses.

B1 says a break-glass use "is logged and alerts the leader". The server keeps the log; the
leader's device fetches the unit's uses (``OfficeClient.leader_report``) and this module
decides which of them the leader has not seen yet. What was seen is kept in the vault's
settings under ``breakglass.seen`` (grant ids only: no reason, no name), like the reminders'
state, so a use alerts once per device whatever the number of syncs, restarts and refreshes.
The leader's own uses are listed but never alert the leader who made them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.context import OSLO
from desktop.jobs import Done, atomic
from desktop.user_role import remember_role
from sync.client.office import LeaderReport
from sync.protocol.admin import BreakGlassEntry
from ui.break_glass_uses import BreakGlassUseRow

SEEN = "breakglass.seen"
"""Settings key (inside the vault): grant ids of the break-glass uses the leader has seen."""


@dataclass(frozen=True)
class BreakGlassFindings:
    """The rows to list, and the case numbers of uses to alert about (B8: nothing else)."""

    rows: tuple[BreakGlassUseRow, ...]
    new_numbers: tuple[str, ...]


def _local(moment: datetime) -> datetime:
    """Europe/Oslo wall time without a zone (how the app shows times)."""
    return moment.astimezone(OSLO).replace(tzinfo=None)


def seen_grants(vault: Any) -> frozenset[str]:
    """Grant ids already seen on this device; an unreadable value counts as none seen."""
    stored = vault.settings.get(SEEN, [])
    return frozenset(str(g) for g in stored) if isinstance(stored, list) else frozenset()


def findings(
    uses: Sequence[BreakGlassEntry], seen: frozenset[str], me: str, now: datetime
) -> BreakGlassFindings:
    """Rows for the list and the numbers of cases with uses by others not seen before."""
    ordered = sorted(uses, key=lambda u: u.created_at)
    new = [u for u in ordered if u.grant_id not in seen and u.user_id != me]
    new_ids = {u.grant_id for u in new}
    rows = tuple(
        BreakGlassUseRow(
            grant_id=u.grant_id,
            case_number=u.case_number,
            who=u.username or u.user_id,
            used_at=_local(u.created_at),
            reason=u.reason,
            expires_at=_local(u.expires_at),
            active=now < u.expires_at,
            new=u.grant_id in new_ids,
        )
        for u in ordered
    )
    return BreakGlassFindings(rows, tuple(dict.fromkeys(u.case_number for u in new)))


def record_report(vault: Any, report: LeaderReport, now: datetime) -> Done:
    """Remember the role; for a leader, the uses seen now. Value: findings, or ``None``."""
    with atomic(vault):
        role = remember_role(vault, report.me.role)
        if report.uses is None:
            return Done(role.changes, None)
        found = findings(report.uses, seen_grants(vault), report.me.user_id, now)
        current = sorted(u.grant_id for u in report.uses)
        if frozenset(current) != seen_grants(vault):
            vault.settings.set(SEEN, current)  # the report lists every use: older ids drop
    return Done(role.changes, found)
