"""A party's copy of the journal (partsinnsyn): B3, B4, B6, B8, B10, B11.

``export_for_party`` turns a ``CaseFile`` and its journal notes into a plain value that
``desktop/documents.py`` renders to PDF. What the party never receives, and why:

- Notes and sections marked *unntatt innsyn* (B3, fvl. §§ 18–19): a whole exempt note is left
  out with the line "Notat av <dato> er unntatt innsyn etter <basis>", an exempt section is
  replaced by a line naming its basis, so the party knows something is withheld and why.
  Addenda of a partly exempt note are held back: an addendum has no exemption of its own and
  may repeat what the exemption protects, so it waits for the caseworker's own assessment.
- The reporter's identity (B4): meldinger are included, but without reporter name, type or
  contact details, and every known string of the reporter's identity is replaced in all free
  text by "[melder]" (even a parent's name when that parent reported: the other parent may
  be the one asking).
- Protected addresses (B6): a private party receives neither a fortrolig nor a strengt
  fortrolig address, so no person's address is printed at all (printing only the others'
  would show who is protected), and the registered address of every protected person is
  removed from free text. Addresses written differently from the register cannot be found
  by a machine: such passages must be marked unntatt innsyn by the caseworker.
- Identity numbers (B8): shown masked as ``DDMMYY*****``, also inside free text.
- Drafts: only signed notes are part of the journal (B11).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from domain.casefile import CaseFile
from domain.identity import mask
from domain.investigations import ConclusionCode, Investigation
from domain.measures import EmergencyKind, MeasureKind
from domain.notes import SECTIONS, Addendum, JournalNote, NoteType
from domain.people import AddressProtection, PersonRole
from domain.reports import IntakeOutcome, Report

TITLE = "Partsinnsyn"
"""The export's title, also its PDF metadata title: no personal data."""
REPORTER_REDACTED = "[melder]"
ADDRESS_REDACTED = "[adresse fjernet]"

_NOTE_TYPES = {
    NoteType.HJEMMEBESOK: "Hjemmebesøk",
    NoteType.SAMTALE_BARN: "Samtale med barnet",
    NoteType.SAMTALE_FORELDRE: "Samtale med foreldre",
    NoteType.TELEFONSAMTALE: "Telefonsamtale",
    NoteType.MOTE: "Møte",
    NoteType.INNHENTING: "Innhenting av opplysninger",
    NoteType.OPPSTARTSMOTE: "Oppstartsmøte",
    NoteType.ANNET: "Notat",
}
_SECTIONS = {
    "place": "Sted",
    "child_views": "Barnets synspunkter",
    "observations": "Observasjoner",
    "assessment": "Vurdering",
    "follow_up": "Videre oppfølging",
    "body": "Notat",
}
_ROLES = {
    PersonRole.CHILD: "barn",
    PersonRole.PARENT: "forelder",
    PersonRole.GUARDIAN: "foresatt",
    PersonRole.FOSTER_PARENT: "fosterforelder",
    PersonRole.SIBLING: "søsken",
    PersonRole.OTHER: "annen",
}
_OUTCOMES = {
    IntakeOutcome.HENLAGT: "meldingen henlagt",
    IntakeOutcome.UNDERSOKELSE: "undersøkelse åpnet",
    IntakeOutcome.AKUTT: "akuttvedtak",
}
_CONCLUSIONS = {
    ConclusionCode.HJELPETILTAK: "hjelpetiltak",
    ConclusionCode.BEGJAERING_NEMNDA: "begjæring til barneverns- og helsenemnda",
    ConclusionCode.HENLAGT_VILKAR_IKKE_OPPFYLT: "henlagt, vilkårene for tiltak er ikke oppfylt",
    ConclusionCode.HENLAGT_PARTENS_ONSKE: "henlagt etter partens ønske",
    ConclusionCode.HENVIST_ANNEN_INSTANS: "henvist til annen instans",
    ConclusionCode.FLYTTET_UTLANDET: "avsluttet, barnet har flyttet til utlandet",
    ConclusionCode.FLYTTET_UKJENT: "avsluttet, barnet har flyttet til ukjent adresse",
    ConclusionCode.FLYTTET_ANNEN_KOMMUNE: "avsluttet, barnet har flyttet til en annen kommune",
}
_MEASURES = {
    MeasureKind.HJELPETILTAK: "Hjelpetiltak",
    MeasureKind.OMSORGSTILTAK: "Omsorgstiltak",
    MeasureKind.ETTERVERN: "Ettervern",
}
_EMERGENCIES = {
    EmergencyKind.OMSORG: "midlertidig vedtak om omsorgsovertakelse",
    EmergencyKind.INSTITUSJON_ATFERD: "midlertidig vedtak om plassering i institusjon",
    EmergencyKind.HJELPETILTAK: "midlertidig vedtak om hjelpetiltak",
}
_INTRO = (
    "Dette er en kopi av journalen i saken. Opplysninger som er unntatt innsyn, er tatt ut, "
    "og det står hvilken hjemmel som er brukt (forvaltningsloven §§ 18 og 19).",
    "Opplysninger om hvem som har meldt bekymring, adresser og fullstendige fødselsnumre er "
    "ikke tatt med.",
)

_IDENTITY_NUMBER = re.compile(r"(?<!\d)(?:\d{6} ?\d{5}|\d{12})(?!\d)")


def mask_identity_numbers(text: str) -> str:
    """B8: every 11-digit (``DDMMYY NNNNN``) or 12-digit (DUF) run in ``text``, masked.

    Any such run is masked, valid or not: a mistyped number is still somebody's number.
    """
    return _IDENTITY_NUMBER.sub(lambda match: mask(match.group(0)), text)


def _d(day: date) -> str:
    return day.strftime("%d.%m.%Y")


@dataclass(frozen=True)
class ExportEntry:
    """One item of the copy: a heading and its lines."""

    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class ExportSection:
    """A part of the copy: persons, meldinger, undersøkelser, tiltak, journal notes."""

    title: str
    entries: tuple[ExportEntry, ...]


@dataclass(frozen=True)
class InnsynExport:
    """A party's redacted copy of one case's journal, ready to render."""

    case_number: str
    produced_on: date
    intro: tuple[str, ...]
    sections: tuple[ExportSection, ...]
    withheld_notes: int
    title: str = TITLE

    def printed_text(self) -> str:
        """Everything that is printed, as plain text (preview, tests, search for leaks)."""
        lines = [self.title, f"Sak {self.case_number}", f"Utskrift {_d(self.produced_on)}"]
        lines += self.intro
        for section in self.sections:
            lines.append(section.title)
            for entry in section.entries:
                lines += [entry.heading, *entry.lines]
        return "\n".join(lines)


def _pattern(value: str) -> str:
    """``value`` as a regex tolerant of spacing; digits may be spaced or dashed (phones)."""
    if re.fullmatch(r"[\d\s+\-]+", value):
        return r"[\s\-]?".join(re.escape(ch) for ch in value if ch.isdigit() or ch == "+")
    return r"\s+".join(re.escape(word) for word in value.split())


Redact = Callable[[str], str]


def _redactor(reporter_strings: Iterable[str], address_strings: Iterable[str]) -> Redact:
    """Replace the reporter's identity (B4) and protected addresses (B6), mask numbers (B8)."""
    rules: list[tuple[str, str]] = []
    for values, replacement in (
        (reporter_strings, REPORTER_REDACTED),
        (address_strings, ADDRESS_REDACTED),
    ):
        rules += [(v.strip(), replacement) for v in values if len(v.strip()) >= 3]
    rules.sort(key=lambda rule: -len(rule[0]))  # a whole address before its parts
    compiled = [
        (re.compile(rf"(?<!\w){_pattern(value)}(?!\w)", re.IGNORECASE), replacement)
        for value, replacement in rules
    ]

    def redact(text: str) -> str:
        for pattern, replacement in compiled:
            text = pattern.sub(replacement, text)
        return mask_identity_numbers(text)

    return redact


def _reporter_strings(reports: Iterable[Report]) -> list[str]:
    """Everything stored of the reporters' identity (B4)."""
    found: list[str] = []
    for report in reports:
        who = report.reporter
        if who is not None:
            found += [who.name, who.organisation, who.phone, who.email, who.address]
            found += re.split(r"[,\n]", who.address)
    return found


def _protected_addresses(file: CaseFile) -> list[str]:
    """The registered addresses of persons with fortrolig or strengt fortrolig address (B6).

    A part of an address without a digit (a bare town name) is not removed on its own.
    """
    decided = {
        d.person_id for d in file.address_protections if d.level is not AddressProtection.NONE
    }
    found: list[str] = []
    for person in file.persons:
        if person.address_protection is AddressProtection.NONE and person.id not in decided:
            continue
        found.append(person.address)
        found += [part for part in re.split(r"[,\n]", person.address) if re.search(r"\d", part)]
    return found


def redactor_for(case_file: CaseFile) -> Redact:
    """The case's redaction for anything a party receives: reporter (B4), protected
    addresses (B6) and identity numbers (B8) removed from free text."""
    return _redactor(_reporter_strings(case_file.reports), _protected_addresses(case_file))


def _persons(file: CaseFile) -> ExportSection:
    """Who is in the case: name, role and masked number (B8); no addresses (B6)."""
    entries = []
    for person in file.persons:
        lines = (
            (f"Fødselsnummer: {mask(person.identity_number)}",) if person.identity_number else ()
        )
        entries.append(ExportEntry(f"{person.full_name} ({_ROLES[person.role]})", lines))
    return ExportSection("Personer i saken", tuple(entries))


def _reports(file: CaseFile, redact: Redact) -> ExportSection:
    """Meldinger without any trace of who reported (B4)."""
    entries = []
    for report in sorted(file.reports, key=lambda r: r.received_at):
        lines = [redact(report.content)]
        decision = report.decision
        if decision is not None:
            reason = f": {redact(decision.reason)}" if decision.reason.strip() else ""
            lines.append(
                f"Vurdert {_d(decision.decided_on)}, {_OUTCOMES[decision.outcome]}{reason}"
            )
        entries.append(ExportEntry(f"Melding mottatt {_d(report.received_on)}", tuple(lines)))
    return ExportSection("Meldinger", tuple(entries))


def _investigation_lines(investigation: Investigation, redact: Redact) -> tuple[str, ...]:
    lines = []
    if investigation.extension is not None:
        ext = investigation.extension
        lines.append(f"Fristen forlenget {_d(ext.decided_on)}: {redact(ext.reason)}")
    if investigation.conclusion is not None:
        c = investigation.conclusion
        reason = f" {redact(c.reason)}" if c.reason.strip() else ""
        lines.append(f"Konkludert {_d(c.concluded_on)}: {_CONCLUSIONS[c.code]}.{reason}")
    return tuple(lines)


def _investigations(file: CaseFile, redact: Redact) -> ExportSection:
    """Undersøkelser: opened, extended, concluded (A5, A9)."""
    entries = [
        ExportEntry(f"Undersøkelse åpnet {_d(inv.opened_on)}", _investigation_lines(inv, redact))
        for inv in sorted(file.investigations, key=lambda i: i.opened_on)
    ]
    return ExportSection("Undersøkelser", tuple(entries))


def _decisions(file: CaseFile, redact: Redact) -> ExportSection:
    """Tiltak, akuttvedtak, care orders and placements, as dates and legal bases."""
    entries = []
    for m in sorted(file.measures, key=lambda m: m.decided_on):
        lines = [redact(m.description), f"Vedtatt {_d(m.decided_on)} med hjemmel i {m.legal_basis}"]
        if m.plan_made_on is not None:
            lines.append(f"Tiltaksplan laget {_d(m.plan_made_on)}")
        if m.ended_on is not None:
            lines.append(f"Avsluttet {_d(m.ended_on)}")
        entries.append(ExportEntry(_MEASURES[m.kind], tuple(lines)))
    for e in sorted(file.emergency_decisions, key=lambda e: e.decided_at):
        lines = [f"{_EMERGENCIES[e.kind].capitalize()}, hjemmel {e.legal_basis}"]
        if e.approved_on is not None:
            lines.append(f"Godkjent av nemnda {_d(e.approved_on)}")
        entries.append(ExportEntry(f"Akuttvedtak {_d(e.decided_at.date())}", tuple(lines)))
    for c in file.care_orders:
        done = (f"Gjennomført {_d(c.carried_out_on)}",) if c.carried_out_on else ()
        entries.append(ExportEntry(f"Omsorgsovertakelse vedtatt {_d(c.decided_on)}", done))
    for p in file.placements:
        end = f" til {_d(p.ended_on)}" if p.ended_on else ""
        entries.append(ExportEntry(f"Plassering fra {_d(p.started_on)}{end}", ()))
    return ExportSection("Tiltak og vedtak", tuple(entries))


def _section_lines(note: JournalNote, redact: Redact) -> list[str]:
    """Each free-text section; an exempt one only names its basis (B3)."""
    exempt = {e.section: e.basis for e in note.exemptions if e.section is not None}
    lines = []
    for name in SECTIONS:
        text: str = getattr(note, name)
        if not text.strip():
            continue
        label = _SECTIONS.get(name, name)
        if name in exempt:
            lines.append(f"Avsnittet «{label}» er unntatt innsyn etter {redact(exempt[name])}.")
        else:
            lines.append(f"{label}: {redact(text)}")
    return lines


def _addendum_lines(note: JournalNote, addenda: Sequence[Addendum], redact: Redact) -> list[str]:
    """Signed addenda; held back when the note is partly exempt (see the module docstring)."""
    lines = []
    for addendum in sorted(addenda, key=lambda a: a.created_at):
        if addendum.signed_at is None:
            continue
        day = _d(addendum.created_at.date())
        if note.exemptions:
            lines.append(f"Tillegg av {day} er holdt tilbake til det er vurdert for innsyn.")
        else:
            lines.append(f"Tillegg {day}: {redact(addendum.text)}")
    return lines


def _note_entry(note: JournalNote, addenda: Sequence[Addendum], redact: Redact) -> ExportEntry:
    """One signed note as the party may read it (B3)."""
    day = _d(note.occurred_at.date())
    if note.exempt_whole:
        basis = next(e.basis for e in note.exemptions if e.section is None)
        return ExportEntry(
            f"Notat av {day}", (f"Notat av {day} er unntatt innsyn etter {redact(basis)}.",)
        )
    lines = [f"Skrevet av {note.signed_by or note.author}"]
    if note.participants:
        present = ", ".join(f"{p.name} ({p.role})" if p.role else p.name for p in note.participants)
        lines.append(f"Til stede: {redact(present)}")
    if note.interpreter is not None:
        lines.append(f"Tolk: {redact(note.interpreter.name)}")
    lines += _section_lines(note, redact)
    lines += _addendum_lines(note, addenda, redact)
    return ExportEntry(f"{_NOTE_TYPES[note.note_type]} {day}", tuple(lines))


def export_for_party(
    case_file: CaseFile,
    notes: Iterable[JournalNote],
    addenda: Iterable[Addendum] = (),
    *,
    today: date,
) -> InnsynExport:
    """The copy of the journal a party may receive (B3, B4, B6, B8): see the module docstring.

    Only the case's own signed notes are included, oldest first; drafts are not journal yet.
    """
    case_id = case_file.case.id
    redact = redactor_for(case_file)
    by_note: dict[str, list[Addendum]] = {}
    for addendum in addenda:
        by_note.setdefault(addendum.note_id, []).append(addendum)
    signed = sorted(
        (n for n in notes if n.is_signed and n.case_id == case_id), key=lambda n: n.occurred_at
    )
    journal = ExportSection(
        "Journalnotater", tuple(_note_entry(n, by_note.get(n.id, []), redact) for n in signed)
    )
    sections = (
        _persons(case_file),
        _reports(case_file, redact),
        _investigations(case_file, redact),
        _decisions(case_file, redact),
        journal,
    )
    return InnsynExport(
        case_number=case_file.case.number,
        produced_on=today,
        intro=_INTRO,
        sections=sections,
        withheld_notes=sum(n.exempt_whole for n in signed),
    )
