"""Between the note editor's plain values and ``domain.notes`` (no Qt widgets, no vault).

B7: an interpreter is never the child nor under 18 (override only with a reason).
B3: "unntatt innsyn" carries a basis and who decided. B11: a signed note is never edited.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from domain.errors import ErrorKind, ValidationError
from domain.investigations import ParticipationCode
from domain.notes import (
    Addendum,
    InnsynExemption,
    Interpreter,
    JournalNote,
    NoteType,
    Participant,
)
from domain.people import Person
from ui.domain_labels import note_type_labels
from ui.interpreter_box import InterpreterForm
from ui.labels import day, label
from ui.note_editor import NoteForm, NoteView


def local(value: datetime, tz: tzinfo | None) -> datetime:
    """A wall-clock time from a Qt field, in the app's time zone."""
    return value.replace(tzinfo=tz) if value.tzinfo is None else value


def wall_clock(value: datetime, tz: tzinfo | None) -> datetime:
    """A stored time as the wall-clock value a Qt field shows."""
    if value.tzinfo is not None and tz is not None:
        value = value.astimezone(tz)
    return value.replace(tzinfo=None)


def interpreter_of(
    form: InterpreterForm, persons: dict[str, Person], *, on: date, child_id: str | None
) -> Interpreter:
    """B7: the interpreter as typed or picked, refused for the child and anyone under 18."""
    birth = form.birth_date
    name = form.name
    if form.person_id is not None:
        person = persons[form.person_id]
        birth, name = person.birth_date, name or person.full_name
    if not name:
        raise ValidationError(ErrorKind.MISSING_FIELD, field="interpreter_name")
    interpreter = Interpreter(
        name=name,
        qualification=form.qualification,
        birth_date=birth,
        person_id=form.person_id,
        override_reason=form.override_reason,
    )
    interpreter.check(on=on, child_id=child_id)
    return interpreter


def interpreter_text(interpreter: Interpreter | None) -> str:
    """How the editor describes the note's interpreter."""
    if interpreter is None:
        return QCoreApplication.translate("Notes", "Ingen tolk.")
    text = QCoreApplication.translate("Notes", "Tolk: %1").replace("%1", interpreter.name)
    if interpreter.qualification:
        text += f" ({interpreter.qualification})"
    if interpreter.override_reason:
        text += " – " + QCoreApplication.translate("Notes", "nødunntak: %1").replace(
            "%1", interpreter.override_reason
        )
    return text


def exemptions_of(form: NoteForm, user: str) -> tuple[InnsynExemption, ...]:
    """B3 flags as typed (a missing basis is kept in the draft and refused at signing)."""
    found = [
        InnsynExemption(basis, user, section) for section, basis in form.exempt_sections.items()
    ]
    if form.exempt_whole is not None:
        found.append(InnsynExemption(form.exempt_whole, user, None))
    return tuple(found)


def note_from_form(
    note: JournalNote,
    form: NoteForm,
    interpreter: Interpreter | None,
    *,
    user: str,
    tz: tzinfo | None,
) -> JournalNote:
    """The draft with the editor's values; refused for a signed note (B11)."""
    code = form.child_participation
    return note.edited(
        note_type=NoteType(form.note_type),
        occurred_at=local(form.occurred_at, tz),
        place=form.place,
        participants=tuple(Participant(name, role) for name, role in form.participants),
        interpreter=interpreter,
        child_participation=ParticipationCode(code) if code else None,
        exemptions=exemptions_of(form, user),
        **{key: value for key, value in form.sections.items()},
    )


def check_before_signing(note: JournalNote, *, by: str, at: datetime, child_id: str | None) -> None:
    """Everything signing requires: content, interpreter (B7), a basis for each exemption (B3)."""
    note.signed(by, at, child_id=child_id)
    if any(not e.basis.strip() for e in note.exemptions):
        raise ValidationError(ErrorKind.MISSING_FIELD, field="exempt_basis")


def new_addendum(note: JournalNote, text: str, *, user: str, now: datetime) -> Addendum:
    """A signed addendum to a signed note (B11)."""
    if not note.is_signed:
        raise ValidationError(ErrorKind.MISSING_FIELD, field="signed")
    if not text.strip():
        raise ValidationError(ErrorKind.MISSING_FIELD, field="addendum_text")
    return Addendum(note.case_id, note.id, text.strip(), user, now, signed_at=now)


def person_choices(persons: list[Person]) -> list[tuple[str, str]]:
    """The case's persons for the interpreter picker: (id, "name (role)")."""
    return [(p.id, f"{p.full_name} ({label(p.role)})") for p in persons]


def status_text(note: JournalNote, tz: tzinfo | None) -> str:
    """ "Utkast", or who signed the note and when."""
    if not note.is_signed:
        return QCoreApplication.translate("Notes", "Utkast")
    signed = day(wall_clock(note.signed_at, tz)) if note.signed_at else ""
    return (
        QCoreApplication.translate("Notes", "Signert %1 av %2")
        .replace("%1", signed)
        .replace("%2", note.signed_by)
    )


def note_view(
    note: JournalNote,
    *,
    case_number: str,
    persons: list[Person],
    addenda: list[Addendum],
    tz: tzinfo | None,
) -> NoteView:
    """The editor's display values for ``note``."""
    title = (
        QCoreApplication.translate("Notes", "%1 – sak %2")
        .replace("%1", note_type_labels()[note.note_type])
        .replace("%2", case_number)
    )
    return NoteView(
        note_id=note.id,
        title=title,
        note_type=note.note_type.value,
        occurred_at=wall_clock(note.occurred_at, tz),
        place=note.place,
        participants=[(p.name, p.role) for p in note.participants],
        sections={
            key: getattr(note, key)
            for key in ("child_views", "observations", "assessment", "follow_up", "body")
        },
        child_participation=note.child_participation.value if note.child_participation else "",
        exempt_sections={e.section: e.basis for e in note.exemptions if e.section is not None},
        exempt_whole=next((e.basis for e in note.exemptions if e.section is None), None),
        interpreter=interpreter_text(note.interpreter),
        signed=note.is_signed,
        status=status_text(note, tz),
        persons=person_choices(persons),
        addenda=[(a.id, (day(wall_clock(a.created_at, tz)), a.author, a.text)) for a in addenda],
    )
