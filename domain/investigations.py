"""Undersøkelser: plan checklist (A7), child participation (A8), extension (A5), conclusion (A9)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from domain.errors import ErrorKind, ValidationError
from domain.ids import new_id


class PlanItem(StrEnum):
    """Checklist of the undersøkelsesplan (A7, § 2-2 (3))."""

    SAMTALE_MED_BARNET = "samtale_med_barnet"
    SAMTALE_MED_BARNET_ALENE = "samtale_med_barnet_alene"
    SAMTALE_MED_FORELDRE = "samtale_med_foreldre"
    HJEMMEBESOK = "hjemmebesok"
    INNHENTING = "innhenting_av_opplysninger"


class ParticipationCode(StrEnum):
    """How the child took part (A8, § 1-4)."""

    SAMTALE = "samtale"
    REPRESENTANT = "representant"
    OBSERVASJON = "observasjon"
    ANDRE_UTTRYKK = "andre_uttrykk"
    IKKE_FATT_ANLEDNING = "ikke_fatt_anledning"
    ONSKET_IKKE = "onsket_ikke"


class ConclusionCode(StrEnum):
    """The outcomes of an undersøkelse (A9, §§ 2-2, 3-1, 5-1)."""

    HJELPETILTAK = "hjelpetiltak"
    BEGJAERING_NEMNDA = "begjaering_nemnda"
    HENLAGT_VILKAR_IKKE_OPPFYLT = "henlagt_vilkar_ikke_oppfylt"
    HENLAGT_PARTENS_ONSKE = "henlagt_partens_onske"
    HENVIST_ANNEN_INSTANS = "henvist_annen_instans"
    FLYTTET_UTLANDET = "flyttet_utlandet"
    FLYTTET_UKJENT = "flyttet_ukjent"
    FLYTTET_ANNEN_KOMMUNE = "flyttet_annen_kommune"

    @property
    def is_closure(self) -> bool:
        """True when the case is closed without measures (SSB counts these as henlagt)."""
        return self in (
            ConclusionCode.HENLAGT_VILKAR_IKKE_OPPFYLT,
            ConclusionCode.HENLAGT_PARTENS_ONSKE,
        )


@dataclass(frozen=True)
class PlanEntry:
    """One checklist item: done, or skipped with a reason (A7)."""

    item: PlanItem
    done: bool = False
    skip_reason: str = ""

    @property
    def settled(self) -> bool:
        """Done, or skipped with a written reason."""
        return self.done or bool(self.skip_reason.strip())


@dataclass(frozen=True)
class ChildParticipation:
    """A documented instance of barnets medvirkning (A8)."""

    code: ParticipationCode
    recorded_on: date
    note_id: str | None = None


@dataclass(frozen=True)
class Extension:
    """Extension of an undersøkelse to 6 months: decided before the 3-month limit (A5)."""

    decided_on: date
    reason: str
    decided_by: str = ""


@dataclass(frozen=True)
class Conclusion:
    """How and when the undersøkelse ended; closure without a reason is refused."""

    code: ConclusionCode
    concluded_on: date
    reason: str = ""
    notified_municipality: str = ""


def default_plan() -> list[PlanEntry]:
    """Every checklist item, unsettled."""
    return [PlanEntry(item) for item in PlanItem]


@dataclass
class Investigation:
    """An undersøkelse opened after a melding."""

    case_id: str
    report_id: str
    opened_on: date
    plan: list[PlanEntry] = field(default_factory=default_plan)
    participation: list[ChildParticipation] = field(default_factory=list)
    extension: Extension | None = None
    conclusion: Conclusion | None = None
    reassessed_on: date | None = None  # A10: new look after "henlagt at the party's wish"
    id: str = field(default_factory=new_id)

    def conclusion_blockers(self) -> list[str]:
        """What stands in the way of concluding: unsettled plan items (A7), no A8 record."""
        blockers = [f"A7:{entry.item.value}" for entry in self.plan if not entry.settled]
        if not self.participation:
            blockers.append("A8:barnets_medvirkning")
        return blockers

    def conclude(self, conclusion: Conclusion) -> None:
        """Record the conclusion (A9) once A7 and A8 are satisfied."""
        blockers = self.conclusion_blockers()
        if blockers:
            raise ValidationError(ErrorKind.CONCLUSION_BLOCKED, ",".join(blockers))
        if conclusion.code.is_closure and not conclusion.reason.strip():
            raise ValidationError(ErrorKind.CLOSURE_NEEDS_REASON, field="reason")
        if conclusion.code is ConclusionCode.FLYTTET_ANNEN_KOMMUNE and not (
            conclusion.notified_municipality.strip()
        ):
            raise ValidationError(ErrorKind.MISSING_FIELD, field="notified_municipality")
        self.conclusion = conclusion
