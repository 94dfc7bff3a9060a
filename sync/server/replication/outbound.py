"""The one place where content is filtered on its way to a device (B4, B6).

- The reporter entity (and reporter details on meldinger and letters) goes only to those
  the policy lets read the reporter: the case's caseworkers and the unit's leader (B4).
- A *strengt fortrolig* address never leaves the server: a protected person keeps only
  the fields on an allowlist, and address-like fields are stripped from every entity of the
  case (B6). The protection level itself is kept so the app shows the banner.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain.access import Action, Actor, decide
from domain.ops import Entity
from sync.server.policy import CaseInfo

STRENGT = "strengt_fortrolig"

PROTECTED_PERSON_FIELDS = frozenset(
    {
        "role",
        "given_name",
        "family_name",
        "birth_date",
        "identity_number",
        "address_protection",
        "gender",
        "language",
        "interpreter_needed",
        "deceased",
    }
)
"""What a device may know of a person with a strengt fortrolig address."""

ADDRESS_FIELDS = frozenset(
    {
        "address",
        "street",
        "postal_code",
        "postal_place",
        "city",
        "municipality",
        "country",
        "phone",
        "mobile",
        "email",
        "residence",
        "location",
        "coordinates",
        "school",
        "kindergarten",
        "recipient_address",
        "placement_address",
    }
)
"""Stripped from every entity of a case that has a strengt fortrolig person."""

REPORTER_FIELDS = frozenset(
    {
        "reporter",
        "reporter_name",
        "reporter_identity",
        "reporter_phone",
        "reporter_email",
        "reporter_address",
        "reporter_organisation",
        "recipient",
        "recipient_name",
        "recipient_address",
    }
)
"""Reporter details that must not ride along on meldinger or letters (B4)."""


@dataclass(frozen=True)
class CaseView:
    """What one actor may receive of one case."""

    reporter: bool
    protected_address: bool
    strengt_case: bool


def case_view(actor: Actor, info: CaseInfo, now: datetime) -> CaseView:
    """Ask the policy once per case and delivery."""
    return CaseView(
        reporter=decide(actor, Action.READ_REPORTER, info.facts, now).allowed,
        protected_address=decide(actor, Action.READ_PROTECTED_ADDRESS, info.facts, now).allowed,
        strengt_case=info.strengt_fortrolig,
    )


def filter_fields(
    view: CaseView, entity: str, fields: dict[str, Any], person_level: str | None = None
) -> tuple[dict[str, Any] | None, bool]:
    """Fields a device may receive (``None``: nothing at all) and whether any were withheld."""
    if entity == Entity.REPORTER and not view.reporter:
        return None, True
    out = dict(fields)
    if entity in (Entity.REPORT, Entity.LETTER) and not view.reporter:
        out = {k: v for k, v in out.items() if k not in REPORTER_FIELDS}
    if not view.protected_address:
        level = fields.get("address_protection", person_level)
        if entity == Entity.PERSON and STRENGT in (level, person_level):
            out = {k: v for k, v in out.items() if k in PROTECTED_PERSON_FIELDS}
        elif view.strengt_case or level == STRENGT:
            out = {k: v for k, v in out.items() if k not in ADDRESS_FIELDS}
    return out, len(out) != len(fields)
