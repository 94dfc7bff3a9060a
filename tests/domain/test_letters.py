"""Letters to reporters (A4a, A4b, A4c) and decision letters (A17), with B6 and B8.

Each test reads the letter's printed text, the only thing the recipient ever sees.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from domain.casefile import CaseFile
from domain.cases import Case
from domain.errors import ErrorKind, ValidationError
from domain.investigations import Conclusion, ConclusionCode
from domain.legal import LawVersion, LegalBasis
from domain.letters import (
    DEFAULT_COMPLAINT_BODY,
    Delivery,
    Letter,
    LetterType,
    decision_letter,
    outcome_letter,
    receipt_letter,
)
from domain.people import AddressProtection, Person, PersonRole
from domain.reports import (
    Channel,
    IntakeDecision,
    IntakeOutcome,
    LetterKind,
    Report,
    ReporterIdentity,
    ReporterType,
)

TODAY = date(2024, 2, 5)
SERVICE = "Barnevernstjenesten i Fjordvik kommune"
CASE_NUMBER = "2019-0042"
CONTENT = "Lisa Hansen (8) kommer ofte sulten på skolen og forteller om slåssing hjemme."


def report(
    reporter_type: ReporterType, outcome: IntakeOutcome | None = IntakeOutcome.UNDERSOKELSE
) -> Report:
    reporter = None
    if reporter_type is ReporterType.PUBLIC_BODY:
        reporter = ReporterIdentity(
            "Per Lærer", "Solsiden skole", address="Skoleveien 1, 6800 Fjordvik"
        )
    elif reporter_type is not ReporterType.ANONYMOUS:
        reporter = ReporterIdentity("Kari Nabo", address="Naboveien 2, 6800 Fjordvik")
    decision = None
    if outcome is not None:
        decision = IntakeDecision(outcome, date(2024, 1, 26), "mottak", reason="Ingen grunn")
    return Report(
        case_id="case-1",
        received_at=datetime(2024, 1, 24, 9, 30),
        channel=Channel.PHONE,
        reporter_type=reporter_type,
        content=CONTENT,
        reporter=reporter,
        decision=decision,
    )


def test_A4a_receipt_is_refused_for_an_anonymous_reporter() -> None:
    """B4: an anonymous reporter has no identity stored, so there is nobody to write to."""
    with pytest.raises(ValidationError) as caught:
        receipt_letter(report(ReporterType.ANONYMOUS), CASE_NUMBER, TODAY, SERVICE)
    assert caught.value.kind is ErrorKind.MISSING_FIELD
    assert caught.value.field == "reporter"


@pytest.mark.parametrize(
    "reporter_type", [ReporterType.PRIVATE, ReporterType.CHILD, ReporterType.PARENTS]
)
def test_A4a_private_receipt_confirms_receipt_and_nothing_more(
    reporter_type: ReporterType,
) -> None:
    """§ 13-1: no case number, no child's name, nothing about what the service did."""
    letter = receipt_letter(report(reporter_type), CASE_NUMBER, TODAY, SERVICE)
    text = letter.printed_text()
    assert "mottatt bekymringsmeldingen av 24.01.2024" in text
    assert "taushetsplikt" in text
    for detail in (CASE_NUMBER, "2019", "lisa", "hansen", "sulten", "undersøkelse", "henlagt"):
        assert detail not in text.lower(), detail
    assert "Kari Nabo" in text  # the address block: the reporter themselves
    assert letter.reference == ""
    assert letter.satisfies == (LetterKind.RECEIPT,)
    assert letter.letter_type is LetterType.RECEIPT


def test_A4b_meldeplikt_receipt_says_an_undersokelse_opened() -> None:
    letter = receipt_letter(report(ReporterType.PUBLIC_BODY), CASE_NUMBER, TODAY, SERVICE)
    text = letter.printed_text()
    assert "åpnet undersøkelse" in text
    assert CASE_NUMBER in letter.reference
    assert "Solsiden skole" in text
    assert "sulten" not in text and "Lisa" not in text
    assert letter.satisfies == (LetterKind.RECEIPT, LetterKind.INVESTIGATION_OPENED)


def test_A4b_meldeplikt_receipt_says_no_undersokelse_after_henleggelse() -> None:
    r = report(ReporterType.PUBLIC_BODY, IntakeOutcome.HENLAGT)
    text = receipt_letter(r, CASE_NUMBER, TODAY, SERVICE).printed_text()
    assert "åpner ikke undersøkelse" in text
    assert "Ingen grunn" not in text  # the reason for closing stays with the service


def test_A4b_undecided_melding_gives_a_receipt_that_owes_the_A4b_answer() -> None:
    r = report(ReporterType.PUBLIC_BODY, outcome=None)
    letter = receipt_letter(r, CASE_NUMBER, TODAY, SERVICE)
    assert "ikke ferdig gjennomgått" in letter.printed_text()
    assert letter.satisfies == (LetterKind.RECEIPT,)


@pytest.mark.parametrize(
    ("code", "says", "never"),
    [
        (ConclusionCode.HJELPETILTAK, "følger opp saken videre", "hjelpetiltak"),
        (ConclusionCode.BEGJAERING_NEMNDA, "følger opp saken videre", "nemnda"),
        (ConclusionCode.HENLAGT_VILKAR_IKKE_OPPFYLT, "Saken er avsluttet", "vilkår"),
        (ConclusionCode.FLYTTET_ANNEN_KOMMUNE, "Saken er avsluttet", "kommune har"),
    ],
)
def test_A4c_outcome_says_only_closed_or_followed_up(
    code: ConclusionCode, says: str, never: str
) -> None:
    conclusion = Conclusion(code, date(2024, 4, 2), reason="Far har rusproblemer")
    r = report(ReporterType.PUBLIC_BODY)
    letter = outcome_letter(r, conclusion, CASE_NUMBER, date(2024, 4, 5), SERVICE)
    text = letter.printed_text()
    assert says in text
    assert never not in text.lower()
    assert "rusproblemer" not in text
    assert letter.satisfies == (LetterKind.OUTCOME,)


@pytest.mark.parametrize("reporter_type", [ReporterType.PRIVATE, ReporterType.PARENTS])
def test_A4c_outcome_letter_is_refused_for_private_reporters(reporter_type: ReporterType) -> None:
    conclusion = Conclusion(ConclusionCode.HJELPETILTAK, date(2024, 4, 2))
    with pytest.raises(ValidationError) as caught:
        outcome_letter(report(reporter_type), conclusion, CASE_NUMBER, TODAY, SERVICE)
    assert caught.value.kind is ErrorKind.ACCESS_DENIED


def parent(protection: AddressProtection = AddressProtection.NONE) -> Person:
    return Person(
        case_id="case-1",
        role=PersonRole.PARENT,
        given_name="Anne",
        family_name="Hansen",
        identity_number="14831551217",
        address="Hemmeligveien 7, 0123 Oslo",
        address_protection=protection,
    )


BASIS = LegalBasis(LawVersion.BVL2021, "§ 3-1")


def decision(
    person: Person,
    basis: LegalBasis = BASIS,
    complaint_body: str = DEFAULT_COMPLAINT_BODY,
    text: str = "Barnet får støttekontakt to dager i uken (fnr 14831551217).",
    case_file: CaseFile | None = None,
) -> Letter:
    return decision_letter(
        person,
        case_number=CASE_NUMBER,
        title="Vedtak om hjelpetiltak",
        decision=[text],
        legal_basis=basis,
        decided_on=date(2024, 3, 8),
        notified_on=date(2024, 3, 11),
        today=date(2024, 3, 8),
        service_name=SERVICE,
        complaint_body=complaint_body,
        case_file=case_file,
    )


def test_A17_decision_letter_shows_the_complaint_deadline_and_body() -> None:
    """fvl. § 29: three weeks from notification (11.03 → 01.04.2024); via the service."""
    letter = decision(parent())
    text = letter.printed_text()
    assert letter.complaint_deadline == date(2024, 4, 1)
    assert "senest 01.04.2024" in text
    assert "forvaltningsloven § 29" in text
    assert DEFAULT_COMPLAINT_BODY in text and "klageinstans" in text
    assert "Send klagen til barnevernstjenesten" in text
    assert "bvl. § 3-1" in text
    assert CASE_NUMBER in text  # the party knows their own case


def test_A17_complaint_body_can_be_named() -> None:
    letter = decision(parent(), complaint_body="Statsforvalteren i Vestland")
    assert "Statsforvalteren i Vestland" in letter.printed_text()


def test_B8_decision_letter_masks_identity_numbers() -> None:
    text = decision(parent()).printed_text()
    assert "14831551217" not in text
    assert "148315*****" in text


def test_B6_strengt_fortrolig_recipient_gets_no_address_block() -> None:
    letter = decision(parent(AddressProtection.STRENGT_FORTROLIG))
    text = letter.printed_text()
    assert "Hemmeligveien" not in text and "0123" not in text
    assert letter.recipient.address_lines == ()
    assert letter.delivery is Delivery.FOLKEREGISTER_FORWARDING
    assert any("Folkeregister" in note for note in letter.meta)
    assert "Anne Hansen" in text


def test_B6_fortrolig_recipient_gets_their_own_address_and_the_sender_a_warning() -> None:
    letter = decision(parent(AddressProtection.FORTROLIG))
    assert letter.recipient.address_lines == ("Hemmeligveien 7", "0123 Oslo")
    assert letter.delivery is Delivery.POST
    assert any("fortrolig adresse" in note for note in letter.meta)
    assert "fortrolig" not in letter.printed_text()


def test_decision_letter_refuses_a_law_not_in_force_on_the_decision_date() -> None:
    with pytest.raises(ValidationError) as caught:
        decision(parent(), LegalBasis(LawVersion.BVL1992, "§ 4-4"))
    assert caught.value.kind is ErrorKind.INVALID_LEGAL_BASIS


def test_B4_B6_decision_text_loses_the_reporter_and_the_case_s_protected_addresses() -> None:
    """A decision names no reporter and no protected address, even when its text does."""
    child = Person(
        "case-1",
        PersonRole.CHILD,
        "Lisa",
        "Hansen",
        address="Fosterveien 3, 6800 Fjordvik",
        address_protection=AddressProtection.STRENGT_FORTROLIG,
    )
    file = CaseFile(Case(created_at=datetime(2024, 1, 2)), [child], [report(ReporterType.PRIVATE)])
    text = "Kari Nabo meldte bekymring. Lisa bor nå i Fosterveien 3, 6800 Fjordvik."
    printed = decision(parent(), text=text, case_file=file).printed_text()
    assert "Kari Nabo" not in printed
    assert "Fosterveien" not in printed and "6800" not in printed
    assert "[melder] meldte bekymring" in printed
