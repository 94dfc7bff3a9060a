"""Letters the service writes: feedback to reporters (A4a–A4c) and decision letters (A17).

A letter is a plain value (title, recipient block, sections of paragraphs, meta for the
sender) in Norwegian bokmål; ``desktop/documents.py`` renders it to PDF. Why the letters say
so little:

- Taushetsplikt (B1, § 13-1): even that a case exists is confidential. A private reporter's
  receipt confirms receipt and nothing else: no case number (its year would tell since when
  the child has had a case), no child's name, nothing the service did (A4a). Only a reporter
  with meldeplikt (B9) is told whether an undersøkelse opened (A4b) and, later, only whether
  the case was closed or is followed up (A4c).
- B8: no identity number in a letter; any 11- or 12-digit number in free text is masked.
  Given the case file, a decision's free text also loses the reporter's identity (B4) and
  every protected address of the case (B6), as a party's innsyn copy does.
- B6: a recipient with a strengt fortrolig address gets a letter without an address block; it
  goes through the Folkeregister's forwarding, and the letter's ``meta`` tells the sender so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from domain.casefile import CaseFile
from domain.deadlines import complaint_deadline
from domain.errors import ErrorKind, ValidationError
from domain.innsyn import mask_identity_numbers, redactor_for
from domain.investigations import Conclusion, ConclusionCode
from domain.legal import LegalBasis
from domain.people import AddressProtection, Person
from domain.reports import IntakeOutcome, LetterKind, Report, ReporterIdentity

DEFAULT_COMPLAINT_BODY = "Statsforvalteren"
"""Klageinstans for the service's enkeltvedtak (A17); complaints go via the service itself."""

FOLLOWED_UP = frozenset({ConclusionCode.HJELPETILTAK, ConclusionCode.BEGJAERING_NEMNDA})
"""Conclusions the A4c letter reports as "followed up"; every other one as "closed"."""


class LetterType(StrEnum):
    """What a letter is; also its PDF metadata title, which must hold no personal data."""

    RECEIPT = "Bekreftelse på mottatt bekymringsmelding"  # A4a (+ A4b)
    OUTCOME = "Tilbakemelding etter undersøkelse"  # A4c
    DECISION = "Vedtak"  # A17


class Delivery(StrEnum):
    """How the letter reaches its recipient."""

    POST = "post"
    FOLKEREGISTER_FORWARDING = "folkeregister_videresending"  # strengt fortrolig (B6)


@dataclass(frozen=True)
class Recipient:
    """The address block; ``address_lines`` is empty when it must not be printed (B6)."""

    name: str
    organisation: str = ""
    address_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class LetterSection:
    """Paragraphs under an optional heading."""

    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Letter:
    """A letter ready to render. ``meta`` is for the sender and is never printed.

    ``satisfies`` lists the reporter feedback (A4a–A4c) the letter gives, so the caller can
    record a ``ReporterLetter`` for each once it is sent.
    """

    letter_type: LetterType
    title: str
    sender: str
    recipient: Recipient
    dated: date
    sections: tuple[LetterSection, ...]
    reference: str = ""
    delivery: Delivery = Delivery.POST
    meta: tuple[str, ...] = ()
    satisfies: tuple[LetterKind, ...] = ()
    complaint_deadline: date | None = None

    def printed_text(self) -> str:
        """Everything that is printed, as plain text (preview, tests, search for leaks)."""
        lines = [self.sender, self.recipient.name, self.recipient.organisation]
        lines += [*self.recipient.address_lines, norwegian_date(self.dated), self.reference]
        lines.append(self.title)
        for section in self.sections:
            lines += [section.heading, *section.paragraphs]
        lines.append(closing(self.sender))
        return "\n".join(line for line in lines if line)


def closing(sender: str) -> str:
    """The greeting under a letter."""
    return f"Med hilsen\n{sender}"


def norwegian_date(day: date) -> str:
    """``24.01.2024``: how Norwegian letters write a date."""
    return day.strftime("%d.%m.%Y")


def _reporter_recipient(report: Report) -> ReporterIdentity:
    """The named reporter; an anonymous melding has nobody to write to (A4a, B4)."""
    if report.reporter is None or not report.reporter_type.identity_known:
        raise ValidationError(
            ErrorKind.MISSING_FIELD, "anonymous reporter: no letter (A4a)", field="reporter"
        )
    return report.reporter


def _address_lines(address: str) -> tuple[str, ...]:
    """``"Storgata 1, 0155 Oslo"`` or multi-line text as address lines."""
    parts = address.replace("\n", ",").split(",")
    return tuple(part.strip() for part in parts if part.strip())


def _reporter_block(reporter: ReporterIdentity) -> Recipient:
    return Recipient(reporter.name, reporter.organisation, _address_lines(reporter.address))


def _investigation_paragraph(report: Report) -> tuple[str, bool]:
    """A4b: whether an undersøkelse opened, and whether that has been decided yet."""
    decision = report.decision
    if decision is None:
        return (
            "Meldingen er ikke ferdig gjennomgått. Dere får egen beskjed om barnevernstjenesten "
            "åpner undersøkelse.",
            False,
        )
    if decision.outcome is IntakeOutcome.HENLAGT:
        return ("Barnevernstjenesten har gjennomgått meldingen og åpner ikke undersøkelse.", True)
    return (
        "Barnevernstjenesten har gjennomgått meldingen og åpnet undersøkelse. Når undersøkelsen "
        "er avsluttet, får dere beskjed om saken er avsluttet eller om den følges opp videre.",
        True,
    )


def receipt_letter(report: Report, case_number: str, today: date, service_name: str) -> Letter:
    """A4a confirmation of receipt to a named reporter; A4b for a reporter with meldeplikt.

    A private reporter (also the child or the parents) is told that the melding arrived and
    nothing more; a public body also learns whether an undersøkelse opened and gets the case
    number to refer to. Anonymous reporters are refused (``ValidationError``): nobody to write to.
    """
    reporter = _reporter_recipient(report)
    received = norwegian_date(report.received_on)
    first = f"Barnevernstjenesten bekrefter at vi har mottatt bekymringsmeldingen av {received}."
    if report.reporter_type.has_meldeplikt:
        told, decided = _investigation_paragraph(report)
        paragraphs = (first, told, "Takk for at dere meldte fra.")
        satisfies = (
            (LetterKind.RECEIPT, LetterKind.INVESTIGATION_OPENED)
            if decided
            else (LetterKind.RECEIPT,)
        )
        reference = f"Vår ref.: {case_number}"
    else:
        paragraphs = (
            first,
            "Barnevernstjenesten har taushetsplikt og kan derfor ikke gi deg opplysninger om "
            "saken eller om hva som skjer videre.",
            "Takk for at du meldte fra om bekymringen din.",
        )
        satisfies, reference = (LetterKind.RECEIPT,), ""
    return Letter(
        LetterType.RECEIPT,
        LetterType.RECEIPT.value,
        service_name,
        _reporter_block(reporter),
        today,
        (LetterSection("", paragraphs),),
        reference=reference,
        satisfies=satisfies,
    )


def outcome_letter(
    report: Report, conclusion: Conclusion, case_number: str, today: date, service_name: str
) -> Letter:
    """A4c second feedback to a reporter with meldeplikt: closed, or followed up; no more.

    Refused for every other reporter (``ACCESS_DENIED``): private reporters are told nothing
    about what the service did (taushetsplikt, § 13-1).
    """
    reporter = _reporter_recipient(report)
    if not report.reporter_type.has_meldeplikt:
        raise ValidationError(
            ErrorKind.ACCESS_DENIED, "A4c: only reporters with meldeplikt", field="reporter"
        )
    if conclusion.code in FOLLOWED_UP:
        result = "Barnevernstjenesten følger opp saken videre."
    else:
        result = "Saken er avsluttet hos barnevernstjenesten."
    received = norwegian_date(report.received_on)
    paragraphs = (
        f"Barnevernstjenesten har avsluttet undersøkelsen etter bekymringsmeldingen av {received}.",
        result,
        "Barnevernstjenesten har taushetsplikt og kan ikke gi flere opplysninger om saken.",
    )
    return Letter(
        LetterType.OUTCOME,
        LetterType.OUTCOME.value,
        service_name,
        _reporter_block(reporter),
        today,
        (LetterSection("", paragraphs),),
        reference=f"Vår ref.: {case_number}",
        satisfies=(LetterKind.OUTCOME,),
    )


def _person_block(person: Person) -> tuple[Recipient, Delivery, tuple[str, ...]]:
    """The address block a party's letter may carry (B6), the delivery and notes for the sender."""
    level = person.address_protection
    if level is AddressProtection.STRENGT_FORTROLIG:
        note = (
            "Mottakeren har strengt fortrolig adresse. Brevet har ingen adresse og sendes via "
            "Folkeregisterets videresending (Skatteetaten). Skriv aldri adressen på konvolutten."
        )
        return Recipient(person.full_name), Delivery.FOLKEREGISTER_FORWARDING, (note,)
    block = Recipient(person.full_name, address_lines=_address_lines(person.address))
    if level is AddressProtection.FORTROLIG:
        note = (
            "Mottakeren har fortrolig adresse. Send brevet bare til mottakeren selv; kopier til "
            "andre må ikke vise adressen."
        )
        return block, Delivery.POST, (note,)
    return block, Delivery.POST, ()


_INNSYN_SECTION = LetterSection(
    "Innsyn", ("Du har rett til å se dokumentene i saken (forvaltningsloven §§ 18 og 19).",)
)


def _complaint_section(deadline: date, complaint_body: str) -> LetterSection:
    """A17: the right to complain, its deadline as a date, and the way a complaint goes."""
    return LetterSection(
        "Du kan klage på vedtaket",
        (
            "Fristen for å klage er tre uker fra du fikk melding om vedtaket "
            f"(forvaltningsloven § 29). Klagen må være sendt senest {norwegian_date(deadline)}.",
            "Send klagen til barnevernstjenesten. Vi vurderer saken på nytt, og hvis vi ikke "
            f"endrer vedtaket, sender vi klagen til {complaint_body}, som er klageinstans.",
            "Klagen skal være skriftlig og underskrevet. Skriv hvilket vedtak du klager på, "
            "hva du mener er feil, og hvilken endring du ønsker (forvaltningsloven § 32).",
            "Du kan be om at vedtaket ikke gjennomføres før klagen er avgjort "
            "(forvaltningsloven § 42).",
        ),
    )


def decision_letter(
    recipient: Person,
    *,
    case_number: str,
    title: str,
    decision: Sequence[str],
    legal_basis: LegalBasis,
    decided_on: date,
    notified_on: date,
    today: date,
    service_name: str,
    complaint_body: str = DEFAULT_COMPLAINT_BODY,
    case_file: CaseFile | None = None,
) -> Letter:
    """An enkeltvedtak to a party, with the A17 complaint deadline (fvl. § 29) as a date.

    ``notified_on`` is when the party is (or will be) told of the decision; the complaint
    deadline runs three weeks from it. The legal basis must be the act in force on
    ``decided_on``. Free text is masked for identity numbers (B8); given the ``case_file``,
    the reporter's identity (B4) and every protected address of the case (B6) are removed
    from it too. The address block follows B6.
    """
    legal_basis.check_date(decided_on)
    deadline = complaint_deadline(notified_on)
    block, delivery, meta = _person_block(recipient)
    redact = redactor_for(case_file) if case_file is not None else mask_identity_numbers
    intro = f"Barnevernstjenesten fattet {norwegian_date(decided_on)} dette vedtaket:"
    body = tuple(redact(p) for p in decision if p.strip())
    sections = (
        LetterSection("", (intro, *body)),
        LetterSection("Hjemmel", (f"Vedtaket er fattet med hjemmel i {legal_basis}.",)),
        _complaint_section(deadline, complaint_body),
        _INNSYN_SECTION,
    )
    return Letter(
        LetterType.DECISION,
        redact(title),
        service_name,
        block,
        today,
        sections,
        reference=f"Vår ref.: {case_number}",
        delivery=delivery,
        meta=meta,
        complaint_deadline=deadline,
    )
