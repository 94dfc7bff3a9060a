"""The case (sak): one child's case and journal (B11: one journal per child)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from domain.ids import new_id, provisional_case_number


class CaseStatus(StrEnum):
    """Where a case stands; drives lists and filters, never the deadlines themselves."""

    MOTTAK = "mottak"  # a melding awaits review
    UNDERSOKELSE = "undersokelse"
    TILTAK = "tiltak"  # hjelpetiltak running
    OMSORG = "omsorg"  # care order / placement
    ETTERVERN = "ettervern"
    HENLAGT = "henlagt"
    AVSLUTTET = "avsluttet"


@dataclass
class Case:
    """A child's case. ``number`` is provisional until the server gives the real one."""

    created_at: datetime
    unit_id: str = ""
    caseworker: str = ""
    status: CaseStatus = CaseStatus.MOTTAK
    child_id: str | None = None
    id: str = field(default_factory=new_id)
    number: str = ""

    def __post_init__(self) -> None:
        if not self.number:
            self.number = provisional_case_number(self.id)

    @property
    def is_provisional(self) -> bool:
        """True until the server has given the case its human number."""
        return self.number.startswith("F-")
