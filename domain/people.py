"""Persons of a case: the child, parents and foresatte, foster parents and others."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from domain.ids import new_id


class PersonRole(StrEnum):
    """A person's relation to the child of the case."""

    CHILD = "barn"
    PARENT = "forelder"
    GUARDIAN = "foresatt"
    FOSTER_PARENT = "fosterforelder"
    SIBLING = "sosken"
    OTHER = "annen"


class AddressProtection(StrEnum):
    """Folkeregister address protection (B6), formerly "kode 7" and "kode 6"."""

    NONE = "ingen"
    FORTROLIG = "fortrolig"  # kode 7: hidden in everything a private party receives
    STRENGT_FORTROLIG = "strengt_fortrolig"  # kode 6: never shown, printed, exported or synced


@dataclass
class Person:
    """A person in one case. ``identity_number`` holds digits only; show it masked (B8)."""

    case_id: str
    role: PersonRole
    given_name: str
    family_name: str
    birth_date: date | None = None
    identity_number: str | None = None
    address: str = ""
    phone: str = ""
    address_protection: AddressProtection = AddressProtection.NONE
    id: str = field(default_factory=new_id)

    @property
    def full_name(self) -> str:
        """Given and family name."""
        return f"{self.given_name} {self.family_name}".strip()

    def age_on(self, today: date) -> int | None:
        """Whole years on ``today``; ``None`` when the birth date is unknown."""
        if self.birth_date is None:
            return None
        return relativedelta(today, self.birth_date).years

    def shown_address(self) -> str:
        """The address as the caseworker's own screens may show it (B6)."""
        if self.address_protection is AddressProtection.STRENGT_FORTROLIG:
            return ""
        return self.address
