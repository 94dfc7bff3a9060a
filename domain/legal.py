"""Legal bases that remember which barnevernlov they cite.

The 1992 and 2021 acts number their paragraphs differently (old § 4-2 and new § 2-1 are
both the review of a melding), so a legal basis is meaningless without its law version,
and the version must match the date of the decision (DOMAIN.md, preamble).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from domain.errors import ErrorKind, ValidationError

BVL2021_IN_FORCE = date(2023, 1, 1)
"""LOV-2021-06-18-97 entered into force on 1 January 2023."""


class LawVersion(StrEnum):
    """The act a paragraph belongs to."""

    BVL1992 = "BVL1992"  # LOV-1992-07-17-100
    BVL2021 = "BVL2021"  # LOV-2021-06-18-97
    FVL = "FVL"  # forvaltningsloven
    OTHER = "OTHER"  # forskrifter, tolkeloven, practice


def law_in_force(on: date) -> LawVersion:
    """The barnevernlov in force on a date."""
    return LawVersion.BVL2021 if on >= BVL2021_IN_FORCE else LawVersion.BVL1992


@dataclass(frozen=True)
class LegalBasis:
    """A paragraph of a named act, e.g. ``LegalBasis(LawVersion.BVL2021, "§ 3-1")``."""

    law: LawVersion
    paragraph: str

    def __str__(self) -> str:
        names = {
            LawVersion.BVL1992: "bvl. (1992)",
            LawVersion.BVL2021: "bvl.",
            LawVersion.FVL: "fvl.",
            LawVersion.OTHER: "",
        }
        return f"{names[self.law]} {self.paragraph}".strip()

    def check_date(self, decided_on: date) -> None:
        """Refuse a barnevernlov basis that was not in force on the decision date."""
        if self.law in (LawVersion.BVL1992, LawVersion.BVL2021):
            expected = law_in_force(decided_on)
            if self.law is not expected:
                raise ValidationError(
                    ErrorKind.INVALID_LEGAL_BASIS,
                    f"{self.law.value} not in force on {decided_on.isoformat()}",
                    field="legal_basis",
                )
