"""Journal notes: drafts, signing (immutable, B11), addenda, interpreters (B7), innsyn (B3)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from dateutil.relativedelta import relativedelta

from domain.errors import ErrorKind, ValidationError
from domain.ids import new_id
from domain.investigations import ParticipationCode


class NoteType(StrEnum):
    """Note templates; each has its own structured sections in the editor."""

    HJEMMEBESOK = "hjemmebesok"
    SAMTALE_BARN = "samtale_med_barnet"
    SAMTALE_FORELDRE = "samtale_med_foreldre"
    TELEFONSAMTALE = "telefonsamtale"
    MOTE = "mote"
    INNHENTING = "innhenting_av_opplysninger"
    OPPSTARTSMOTE = "oppstartsmote"
    ANNET = "annet"


class NoteStatus(StrEnum):
    """draft → signed; a signed note never changes again (B11)."""

    DRAFT = "utkast"
    SIGNED = "signert"


@dataclass(frozen=True)
class Participant:
    """Someone present at the visit or conversation."""

    name: str
    role: str = ""


@dataclass(frozen=True)
class Interpreter:
    """A qualified interpreter. Never a person under 18, never the child (B7, tolkeloven § 4)."""

    name: str
    qualification: str = ""
    birth_date: date | None = None
    person_id: str | None = None
    override_reason: str = ""  # emergency override, logged

    def check(self, *, on: date, child_id: str | None) -> None:
        """Refuse the child of the case, and anyone under 18 without an override reason."""
        if child_id is not None and self.person_id == child_id:
            raise ValidationError(ErrorKind.INTERPRETER_IS_CHILD, field="interpreter")
        if self.birth_date is None:
            return
        if relativedelta(on, self.birth_date).years < 18 and not self.override_reason.strip():
            raise ValidationError(ErrorKind.INTERPRETER_UNDER_18, field="interpreter")


@dataclass(frozen=True)
class InnsynExemption:
    """Part or all of a note kept from a party's access (B3), with basis and who decided.

    ``section`` names the exempt section (e.g. ``"child_views"``); ``None`` exempts the note.
    """

    basis: str
    decided_by: str
    section: str | None = None


SECTIONS = ("place", "child_views", "observations", "assessment", "follow_up", "body")
"""Free-text sections of a note, in the order the editor and exports show them."""


@dataclass(frozen=True)
class JournalNote:
    """A journal note. Immutable value: edits make a new value, refused once signed."""

    case_id: str
    note_type: NoteType
    occurred_at: datetime
    author: str
    place: str = ""
    participants: tuple[Participant, ...] = ()
    interpreter: Interpreter | None = None
    child_views: str = ""
    child_participation: ParticipationCode | None = None
    observations: str = ""
    assessment: str = ""
    follow_up: str = ""
    body: str = ""
    exemptions: tuple[InnsynExemption, ...] = ()
    status: NoteStatus = NoteStatus.DRAFT
    signed_at: datetime | None = None
    signed_by: str = ""
    id: str = field(default_factory=new_id)

    @property
    def is_signed(self) -> bool:
        """Signed notes never change (B11)."""
        return self.status is NoteStatus.SIGNED

    def edited(self, **changes: Any) -> JournalNote:
        """A copy with ``changes``; refused for a signed note (B11)."""
        if self.is_signed:
            raise ValidationError(ErrorKind.SIGNED_NOTE_IMMUTABLE)
        if {"status", "signed_at", "signed_by", "id", "case_id"} & changes.keys():
            raise ValueError("use sign(); ids never change")
        return dataclasses.replace(self, **changes)

    def signed(self, by: str, at: datetime, *, child_id: str | None = None) -> JournalNote:
        """Sign the note: checks the interpreter (B7) and that it has content."""
        if self.is_signed:
            raise ValidationError(ErrorKind.SIGNED_NOTE_IMMUTABLE)
        if not self.text().strip():
            raise ValidationError(ErrorKind.MISSING_FIELD, field="body")
        if self.interpreter is not None:
            self.interpreter.check(on=self.occurred_at.date(), child_id=child_id)
        return dataclasses.replace(self, status=NoteStatus.SIGNED, signed_at=at, signed_by=by)

    def text(self) -> str:
        """All free text of the note, for search and display."""
        return "\n".join(getattr(self, name) for name in SECTIONS if getattr(self, name))

    @property
    def exempt_whole(self) -> bool:
        """True when the whole note is unntatt innsyn (B3)."""
        return any(e.section is None for e in self.exemptions)


@dataclass(frozen=True)
class Addendum:
    """A correction or addition to a signed note; references it and is itself signed (B11)."""

    case_id: str
    note_id: str
    text: str
    author: str
    created_at: datetime
    signed_at: datetime | None = None
    id: str = field(default_factory=new_id)
