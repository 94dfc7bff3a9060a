"""Meldinger (reports of concern), their reporters and the intake decision.

B4: the reporter's identity is stored apart from the melding text. B9: a public body with
meldeplikt cannot be anonymous. B10: meldinger are never deleted, even when closed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from domain.errors import ErrorKind, ValidationError
from domain.ids import new_id


class ReporterType(StrEnum):
    """Who reported; drives the feedback letters of A4a–A4c."""

    PRIVATE = "privat"
    PUBLIC_BODY = "offentlig"  # public employee with meldeplikt (B9)
    CHILD = "barnet"
    PARENTS = "foreldre"
    ANONYMOUS = "anonym"

    @property
    def has_meldeplikt(self) -> bool:
        """Public bodies must report and are owed more feedback (A4b, A4c)."""
        return self is ReporterType.PUBLIC_BODY

    @property
    def identity_known(self) -> bool:
        """Anonymous reporters have no identity stored at all (B4)."""
        return self is not ReporterType.ANONYMOUS


class Channel(StrEnum):
    """How the melding came in."""

    PHONE = "telefon"
    LETTER = "brev"
    DIGITAL = "digital"
    IN_PERSON = "oppmote"


class IntakeOutcome(StrEnum):
    """The decision after review of a melding (A1, § 2-1)."""

    HENLAGT = "henlagt"
    UNDERSOKELSE = "undersokelse"
    AKUTT = "akutt"


@dataclass(frozen=True)
class ReporterIdentity:
    """Who the reporter is. Stored apart from the melding; never in a party's export (B4)."""

    name: str
    organisation: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""


@dataclass(frozen=True)
class IntakeDecision:
    """Closing a melding needs a written reason (A1)."""

    outcome: IntakeOutcome
    decided_on: date
    decided_by: str
    reason: str = ""

    def __post_init__(self) -> None:
        if self.outcome is IntakeOutcome.HENLAGT and not self.reason.strip():
            raise ValidationError(ErrorKind.CLOSURE_NEEDS_REASON, field="reason")


class LetterKind(StrEnum):
    """Feedback owed to a reporter (A4a–A4c)."""

    RECEIPT = "mottaksbekreftelse"  # A4a
    INVESTIGATION_OPENED = "undersokelse_apnet"  # A4b (meldeplikt only)
    OUTCOME = "utfall"  # A4c (meldeplikt only)


@dataclass(frozen=True)
class ReporterLetter:
    """A letter recorded as sent to the reporter."""

    kind: LetterKind
    sent_on: date


@dataclass
class Report:
    """A melding. ``acute`` records the answer to "akutt?" asked at intake (A1)."""

    case_id: str
    received_at: datetime
    channel: Channel
    reporter_type: ReporterType
    content: str
    acute: bool | None = None
    reporter: ReporterIdentity | None = None
    decision: IntakeDecision | None = None
    letters: list[ReporterLetter] = field(default_factory=list)
    registered_by: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """B4 and B9: anonymous means no identity; meldeplikt means not anonymous."""
        if self.reporter_type is ReporterType.ANONYMOUS and self.reporter is not None:
            raise ValidationError(ErrorKind.ANONYMOUS_WITH_IDENTITY, field="reporter")
        if self.reporter_type is ReporterType.PUBLIC_BODY and self.reporter is None:
            raise ValidationError(ErrorKind.MELDEPLIKT_NOT_ANONYMOUS, field="reporter")
        if not self.content.strip():
            raise ValidationError(ErrorKind.MISSING_FIELD, field="content")

    @property
    def received_on(self) -> date:
        """The calendar day the melding came in (deadlines count from it)."""
        return self.received_at.date()
