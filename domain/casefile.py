"""A case with everything recorded on it: the input of deadlines and statistics."""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.cases import Case
from domain.investigations import Investigation
from domain.measures import (
    AddressProtectionDecision,
    CareOrder,
    EmergencyDecision,
    Measure,
    Placement,
)
from domain.people import Person, PersonRole
from domain.reports import Report


@dataclass
class CaseFile:
    """One child's case and its recorded events, as plain values."""

    case: Case
    persons: list[Person] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    investigations: list[Investigation] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    emergency_decisions: list[EmergencyDecision] = field(default_factory=list)
    care_orders: list[CareOrder] = field(default_factory=list)
    placements: list[Placement] = field(default_factory=list)
    address_protections: list[AddressProtectionDecision] = field(default_factory=list)

    @property
    def child(self) -> Person | None:
        """The child of the case, if registered."""
        for person in self.persons:
            if person.role is PersonRole.CHILD:
                return person
        return None
