"""domain.access: the taushetsplikt policy (DOMAIN.md B1, B4, B6; BVL2021 § 13-1, fvl § 19)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from domain.access import (
    Action,
    Actor,
    BreakGlassGrant,
    CaseFacts,
    Role,
    case_access,
    decide,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
NORD, SOR = "unit-nord", "unit-sor"
CASE = CaseFacts(case_id="c1", unit_id=NORD, assigned=frozenset({"saks"}), registered_by="mottak")
INTAKE = CaseFacts(case_id="c2", unit_id=NORD, registered_by="mottak", in_intake=True)
REASON = "Akutt: politiet ber om bistand i natt"


def actor(user: str, role: Role, unit: str | None = NORD, **kw: bool) -> Actor:
    return Actor(user, role, unit, **kw)


def with_grant(case: CaseFacts, user: str, expires: datetime) -> CaseFacts:
    grant = BreakGlassGrant(user, case.case_id, REASON, expires)
    return CaseFacts(
        case.case_id, case.unit_id, case.assigned, case.registered_by, case.in_intake, (grant,)
    )


@pytest.mark.parametrize(
    ("who", "case", "allowed", "reason"),
    [
        (actor("saks", Role.SAKSBEHANDLER), CASE, True, "assigned"),
        (actor("other", Role.SAKSBEHANDLER), CASE, False, "not_assigned"),
        (actor("other", Role.SAKSBEHANDLER, SOR), CASE, False, "not_assigned"),
        (actor("leder", Role.LEDER), CASE, True, "unit_leader"),
        (actor("leder", Role.LEDER, SOR), CASE, False, "other_unit"),
        (actor("mottak", Role.MOTTAK), CASE, False, "not_assigned"),
        (actor("mottak", Role.MOTTAK), INTAKE, True, "intake_registered"),
        (actor("mottak2", Role.MOTTAK), INTAKE, True, "intake_queue"),
        (actor("mottak3", Role.MOTTAK, SOR), INTAKE, False, "not_assigned"),
        (actor("admin", Role.ADMIN, None), CASE, False, "admin_no_case_content"),
    ],
)
def test_b1_need_to_know_per_case(who: Actor, case: CaseFacts, allowed: bool, reason: str) -> None:
    for action in (Action.READ_CASE, Action.WRITE_CASE):
        decision = decide(who, action, case, NOW)
        assert (decision.allowed, decision.reason, decision.rule) == (allowed, reason, "B1")


def test_b1_default_deny_without_a_case() -> None:
    assert not decide(actor("saks", Role.SAKSBEHANDLER), Action.READ_CASE, None, NOW)


def test_b1_revoked_device_and_inactive_user_see_nothing() -> None:
    revoked = actor("saks", Role.SAKSBEHANDLER, device_revoked=True)
    assert decide(revoked, Action.READ_CASE, CASE, NOW).reason == "device_revoked"
    inactive = actor("saks", Role.SAKSBEHANDLER, active=False)
    assert decide(inactive, Action.READ_CASE, CASE, NOW).reason == "user_inactive"


def test_b1_break_glass_needs_a_written_reason() -> None:
    leder = actor("leder", Role.LEDER, SOR)
    assert (
        decide(leder, Action.BREAK_GLASS, CASE, NOW, reason="  kort ").reason == "reason_required"
    )
    assert decide(leder, Action.BREAK_GLASS, CASE, NOW, reason=REASON).allowed
    own = actor("leder", Role.LEDER)
    assert decide(own, Action.BREAK_GLASS, CASE, NOW, reason=REASON).reason == "not_needed"
    saks = actor("saks2", Role.SAKSBEHANDLER, SOR)
    assert decide(saks, Action.BREAK_GLASS, CASE, NOW, reason=REASON).reason == "role_forbidden"


def test_b1_break_glass_is_time_limited() -> None:
    leder = actor("leder", Role.LEDER, SOR)
    live = with_grant(CASE, "leder", NOW + timedelta(hours=1))
    assert case_access(leder, live, NOW).reason == "break_glass"
    expired = with_grant(CASE, "leder", NOW)
    assert case_access(leder, expired, NOW).reason == "break_glass_expired"
    someone_elses = with_grant(CASE, "other", NOW + timedelta(hours=1))
    assert case_access(leder, someone_elses, NOW).reason == "other_unit"


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        (actor("saks", Role.SAKSBEHANDLER), True),
        (actor("leder", Role.LEDER), True),
        (actor("other", Role.SAKSBEHANDLER), False),
        (actor("mottak", Role.MOTTAK), False),
        (actor("leder", Role.LEDER, SOR), False),
        (actor("admin", Role.ADMIN, None), False),
    ],
)
def test_b4_reporter_identity_only_to_caseworkers_and_leader(who: Actor, allowed: bool) -> None:
    decision = decide(who, Action.READ_REPORTER, CASE, NOW)
    assert decision.allowed is allowed
    if who.role is not Role.ADMIN:
        assert decision.rule == "B4"


def test_b4_break_glass_does_not_open_the_reporter() -> None:
    leder = actor("leder", Role.LEDER, SOR)
    live = with_grant(CASE, "leder", NOW + timedelta(hours=1))
    assert case_access(leder, live, NOW).allowed
    assert not decide(leder, Action.READ_REPORTER, live, NOW).allowed


@pytest.mark.parametrize("role", list(Role))
def test_b6_strengt_fortrolig_address_never_goes_to_a_device(role: Role) -> None:
    who = actor("saks", role, NORD if role is not Role.ADMIN else None)
    assert not decide(who, Action.READ_PROTECTED_ADDRESS, CASE, NOW).allowed


def test_b1_roles_for_office_actions() -> None:
    assert decide(actor("a", Role.ADMIN, None), Action.MANAGE_USERS, None, NOW)
    assert decide(actor("a", Role.ADMIN, None), Action.MANAGE_DEVICES, None, NOW)
    assert not decide(actor("l", Role.LEDER), Action.MANAGE_USERS, None, NOW)
    assert decide(actor("l", Role.LEDER), Action.VIEW_STATS, None, NOW)
    assert not decide(actor("s", Role.SAKSBEHANDLER), Action.VIEW_STATS, None, NOW)
    assert decide(actor("l", Role.LEDER), Action.ASSIGN, CASE, NOW)
    assert not decide(actor("l", Role.LEDER, SOR), Action.ASSIGN, CASE, NOW)
    assert decide(actor("m", Role.MOTTAK), Action.DECIDE_INTAKE, INTAKE, NOW)
    assert not decide(actor("m", Role.MOTTAK), Action.DECIDE_INTAKE, CASE, NOW)
    assert decide(actor("s", Role.SAKSBEHANDLER), Action.CREATE_CASE, None, NOW)
    assert not decide(actor("a", Role.ADMIN, None), Action.CREATE_CASE, None, NOW)
    assert not decide(actor("s", Role.SAKSBEHANDLER, None), Action.CREATE_CASE, None, NOW)


def test_decide_is_pure() -> None:
    import domain.access as module

    source = Path(str(module.__file__)).read_text(encoding="utf-8")
    for banned in ("sqlalchemy", "fastapi", "datetime.now", "time.time"):
        assert banned not in source
