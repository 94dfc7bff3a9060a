"""The taushetsplikt policy (DOMAIN.md B1–B11) as one pure function.

The server builds :class:`Actor` and :class:`CaseFacts` from its database and asks
:func:`decide` before every read it delivers and every write it applies; the app calls the
same function for hints. Nothing here touches a database, the network or the clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

MIN_BREAK_GLASS_REASON = 10
"""A break-glass reason shorter than this is not a written reason (B1)."""


class Role(StrEnum):
    """Server roles (DESIGN.md §6)."""

    SAKSBEHANDLER = "saksbehandler"  # sees the cases assigned to them
    LEDER = "leder"  # the unit's cases, assignments, statistics, break-glass
    MOTTAK = "mottak"  # registers meldinger, the unit's intake queue
    ADMIN = "admin"  # users and devices, never case content


class Action(StrEnum):
    """What an actor wants to do."""

    READ_CASE = "read_case"  # receive a case's content on a device
    WRITE_CASE = "write_case"  # push a change to a case
    CREATE_CASE = "create_case"
    READ_REPORTER = "read_reporter"  # the melder's identity (B4)
    READ_PROTECTED_ADDRESS = "read_protected_address"  # strengt fortrolig (B6)
    BREAK_GLASS = "break_glass"  # open a case outside one's own (B1)
    ASSIGN = "assign"
    DECIDE_INTAKE = "decide_intake"
    VIEW_STATS = "view_stats"
    MANAGE_USERS = "manage_users"
    MANAGE_DEVICES = "manage_devices"


CASE_ACTIONS = frozenset(
    {
        Action.READ_CASE,
        Action.WRITE_CASE,
        Action.READ_REPORTER,
        Action.READ_PROTECTED_ADDRESS,
        Action.BREAK_GLASS,
        Action.ASSIGN,
        Action.DECIDE_INTAKE,
    }
)


@dataclass(frozen=True)
class Actor:
    """Who asks: the user behind an authenticated device."""

    user_id: str
    role: Role
    unit_id: str | None
    active: bool = True
    device_revoked: bool = False


@dataclass(frozen=True)
class BreakGlassGrant:
    """A leader's time-limited access to a case outside their unit (B1)."""

    user_id: str
    case_id: str
    reason: str
    expires_at: datetime


@dataclass(frozen=True)
class CaseFacts:
    """What the policy needs to know about one case."""

    case_id: str
    unit_id: str
    assigned: frozenset[str] = frozenset()
    registered_by: str = ""
    in_intake: bool = False
    break_glass: tuple[BreakGlassGrant, ...] = field(default=())


@dataclass(frozen=True)
class Decision:
    """The answer: allowed or not, a stable reason code, and the rule that decided."""

    allowed: bool
    reason: str
    rule: str

    def __bool__(self) -> bool:
        return self.allowed


def _allow(reason: str, rule: str) -> Decision:
    return Decision(True, reason, rule)


def _deny(reason: str, rule: str) -> Decision:
    return Decision(False, reason, rule)


def decide(
    actor: Actor, action: Action, case: CaseFacts | None, now: datetime, reason: str = ""
) -> Decision:
    """Decide one read or write; default deny (B1)."""
    if actor.device_revoked:
        return _deny("device_revoked", "B1")
    if not actor.active:
        return _deny("user_inactive", "B1")
    if action in CASE_ACTIONS:
        if case is None:
            return _deny("no_case", "B1")
        if actor.role is Role.ADMIN:
            return _deny("admin_no_case_content", "B1")
        return _decide_case(actor, action, case, now, reason)
    return _decide_general(actor, action)


def _decide_general(actor: Actor, action: Action) -> Decision:
    if action in (Action.MANAGE_USERS, Action.MANAGE_DEVICES):
        if actor.role is Role.ADMIN:
            return _allow("admin", "B1")
        return _deny("role_forbidden", "B1")
    if action is Action.VIEW_STATS:
        if actor.role is Role.LEDER:
            return _allow("unit_leader", "B1")
        return _deny("role_forbidden", "B1")
    if action is Action.CREATE_CASE:
        if actor.role is Role.ADMIN:
            return _deny("admin_no_case_content", "B1")
        if actor.unit_id is None:
            return _deny("no_unit", "B1")
        return _allow("may_create", "B1")
    return _deny("unknown_action", "B1")


def _decide_case(
    actor: Actor, action: Action, case: CaseFacts, now: datetime, reason: str
) -> Decision:
    if action in (Action.READ_CASE, Action.WRITE_CASE):
        return case_access(actor, case, now)
    if action is Action.READ_REPORTER:
        return _reporter(actor, case)
    if action is Action.READ_PROTECTED_ADDRESS:
        return _deny("protected_address", "B6")
    if action is Action.BREAK_GLASS:
        return _break_glass(actor, case, reason)
    same_unit = actor.unit_id == case.unit_id
    if action is Action.ASSIGN:
        if actor.role is Role.LEDER and same_unit:
            return _allow("unit_leader", "B1")
        return _deny("role_forbidden", "B1")
    # Action.DECIDE_INTAKE
    if same_unit and actor.role is Role.LEDER:
        return _allow("unit_leader", "B1")
    if same_unit and actor.role is Role.MOTTAK and case.in_intake:
        return _allow("intake_queue", "B1")
    return _deny("role_forbidden", "B1")


def case_access(actor: Actor, case: CaseFacts, now: datetime) -> Decision:
    """Read or write one case's content (B1: need-to-know, default deny)."""
    if actor.role is Role.ADMIN:
        return _deny("admin_no_case_content", "B1")
    if actor.user_id in case.assigned:
        return _allow("assigned", "B1")
    same_unit = actor.unit_id is not None and actor.unit_id == case.unit_id
    if actor.role is Role.LEDER:
        if same_unit:
            return _allow("unit_leader", "B1")
        return _break_glass_access(actor, case, now)
    if actor.role is Role.MOTTAK and case.in_intake:
        if case.registered_by == actor.user_id:
            return _allow("intake_registered", "B1")
        if same_unit:
            return _allow("intake_queue", "B1")
    return _deny("not_assigned", "B1")


def _break_glass_access(actor: Actor, case: CaseFacts, now: datetime) -> Decision:
    mine = [g for g in case.break_glass if g.user_id == actor.user_id and g.case_id == case.case_id]
    if any(now < g.expires_at for g in mine):
        return _allow("break_glass", "B1")
    if mine:
        return _deny("break_glass_expired", "B1")
    return _deny("other_unit", "B1")


def _reporter(actor: Actor, case: CaseFacts) -> Decision:
    """B4: the melder's identity only to the case's caseworkers and the unit's leader."""
    if actor.user_id in case.assigned:
        return _allow("assigned", "B4")
    if actor.role is Role.LEDER and actor.unit_id == case.unit_id:
        return _allow("unit_leader", "B4")
    return _deny("reporter_protected", "B4")


def _break_glass(actor: Actor, case: CaseFacts, reason: str) -> Decision:
    if actor.role is not Role.LEDER:
        return _deny("role_forbidden", "B1")
    if actor.unit_id == case.unit_id:
        return _deny("not_needed", "B1")
    if len(reason.strip()) < MIN_BREAK_GLASS_REASON:
        return _deny("reason_required", "B1")
    return _allow("break_glass", "B1")
