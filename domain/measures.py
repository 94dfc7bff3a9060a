"""Measures and decisions: hjelpetiltak with tiltaksplan (A11), akuttvedtak (A13–A15),
care orders (A18), placements with visits (A21, A22) and address protection (A23)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from domain.ids import new_id
from domain.legal import LegalBasis
from domain.people import AddressProtection


class MeasureKind(StrEnum):
    """The kind of a measure."""

    HJELPETILTAK = "hjelpetiltak"
    OMSORGSTILTAK = "omsorgstiltak"
    ETTERVERN = "ettervern"


@dataclass
class Measure:
    """A tiltak. A hjelpetiltak needs a tiltaksplan from the day it is decided (A11, § 8-1)."""

    case_id: str
    kind: MeasureKind
    description: str
    legal_basis: LegalBasis
    decided_on: date
    plan_made_on: date | None = None
    notified_on: date | None = None  # A17: the parties were notified of the enkeltvedtak
    evaluations: list[date] = field(default_factory=list)
    ended_on: date | None = None
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        self.legal_basis.check_date(self.decided_on)


class EmergencyKind(StrEnum):
    """What an akuttvedtak decided; the begjæring limits differ (A14, A15)."""

    OMSORG = "omsorg"  # § 4-2 (§ 4-6 second paragraph): 6 weeks to begjæring
    INSTITUSJON_ATFERD = "institusjon_atferd"  # § 4-4 (§ 4-25): 2 weeks
    HJELPETILTAK = "hjelpetiltak"  # § 4-1 (§ 4-6 first paragraph)


@dataclass
class EmergencyDecision:
    """An akuttvedtak, sent to nemnda at once for approval (A13)."""

    case_id: str
    kind: EmergencyKind
    decided_at: datetime
    legal_basis: LegalBasis
    sent_to_nemnda_at: datetime | None = None
    approved_on: date | None = None
    begjaering_sent_on: date | None = None
    complaint_received_on: date | None = None
    complaint_decided_on: date | None = None  # A16: nemnda decided the complaint
    child_abroad: bool = False
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        self.legal_basis.check_date(self.decided_at.date())


@dataclass
class CareOrder:
    """Omsorgsovertakelse decided by nemnda; to be carried out within 6 weeks (A18)."""

    case_id: str
    decided_on: date
    carried_out_on: date | None = None
    id: str = field(default_factory=new_id)


class VisitKind(StrEnum):
    """Visits counted per year in a foster home (A21, A22)."""

    OPPFOLGING = "oppfolging"  # the service's follow-up visits (A21)
    TILSYN = "tilsyn"  # tilsyn visits (A22)


@dataclass(frozen=True)
class Visit:
    """One recorded visit to a placement."""

    kind: VisitKind
    visited_on: date
    report_received_on: date | None = None


@dataclass
class Placement:
    """A placement in a foster home; visits are counted per year (A21, A22)."""

    case_id: str
    started_on: date
    ended_on: date | None = None
    visits: list[Visit] = field(default_factory=list)
    reduced_followup_per_year: int | None = None  # recorded decision to visit less often
    id: str = field(default_factory=new_id)


@dataclass
class AddressProtectionDecision:
    """A protection decision for a person's address, renewed yearly (A23)."""

    case_id: str
    person_id: str
    level: AddressProtection
    decided_on: date
    renewed_on: date | None = None
    ended_on: date | None = None  # protection lifted: no more renewals (A23)
    id: str = field(default_factory=new_id)
