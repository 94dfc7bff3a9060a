"""Every "(to confirm)" number of DOMAIN.md §A as a setting, defaulting to the value given there.

Numbers fixed by law (7 days, 3 and 6 months, 6 and 2 weeks, 18 and 25 years) are constants in
the rule modules; what is practice or a secondary source lives here so a municipality can adjust.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DeadlineSettings:
    """Configurable deadline numbers (DOMAIN.md §A, rows marked *to confirm*)."""

    due_soon_days: int = 7  # a not-met deadline this close to its due date is DUE_SOON
    a4_days: int = 21  # A4a–A4c: feedback to the reporter (§ 6-7 a; new § to confirm)
    a4_paragraph_bvl2021: str = "kap. 13"  # A4: the BVL2021 paragraph is to confirm
    a10_months: int = 6  # A10: new look after "henlagt at the party's wish" (practice)
    a11_evaluation_months: int = 3  # A11: tiltaksplan evaluated every quarter (guideline)
    a13_clock_hours: int = 48  # A13: nemnda aims to approve an akuttvedtak within 48 hours
    a14_abroad_months: int = 6  # A14: begjæring limit when the child lives abroad
    a18_weeks: int = 6  # A18: care order carried out (§ 4-13; new § to confirm)
    a18_paragraph_bvl2021: str = "kap. 5"  # A18: the BVL2021 paragraph is to confirm
    a21_visits_per_year: int = 4  # A21: follow-up visits (fosterhjemsforskriften, to confirm)
    a22_visits_per_year: int = 4  # A22: tilsyn visits (fosterhjemsforskriften, to confirm)
    a23_months: int = 12  # A23: protection decision renewed yearly (Folkeregister practice)
    a23_remind_months: tuple[int, ...] = (10, 11)  # A23: remind at 10 and 11 months
    a25_warn_months: int = 6  # A25: first warning this long before the 18th/25th birthday


DEFAULTS = DeadlineSettings()
"""The values DOMAIN.md gives."""
