"""Plain rows the storage layer hands to lists and views (no domain logic)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.cases import CaseStatus
from domain.people import AddressProtection


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list. Never an address, and the identity number masked (B6, B8)."""

    id: str
    number: str
    status: CaseStatus
    child_name: str
    child_birth_date: date | None
    child_identity_masked: str
    address_protection: AddressProtection
    updated_at: str


@dataclass(frozen=True)
class SearchHit:
    """A note matching a search; the matched words are wrapped in ``\\x02`` … ``\\x03``."""

    note_id: str
    case_id: str
    case_number: str
    snippet: str
    rank: float


@dataclass(frozen=True)
class AccessLogEntry:
    """One row of the access log (B2)."""

    seq: int
    at: str
    user: str
    device: str
    action: str
    case_id: str
    entity_id: str
    detail: str


def mask_identity_number(number: str | None) -> str:
    """``DDMMYY*****``: the birth date part only, as lists may show it (B8)."""
    if not number:
        return ""
    return number[:6] + "*" * max(0, len(number) - 6)
