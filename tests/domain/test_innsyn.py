"""A party's copy of the journal: B3 (unntatt innsyn), B4 (reporter), B6 (addresses), B8.

One case holds every kind of secret; each test asserts that one kind never reaches the
printed text while the rest of the journal does.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from domain.casefile import CaseFile
from domain.cases import Case
from domain.innsyn import (
    ADDRESS_REDACTED,
    REPORTER_REDACTED,
    TITLE,
    export_for_party,
    mask_identity_numbers,
)
from domain.investigations import Conclusion, ConclusionCode, Investigation
from domain.measures import AddressProtectionDecision
from domain.notes import Addendum, InnsynExemption, JournalNote, NoteType, Participant
from domain.people import AddressProtection, Person, PersonRole
from domain.reports import (
    Channel,
    IntakeDecision,
    IntakeOutcome,
    Report,
    ReporterIdentity,
    ReporterType,
)

TODAY = date(2024, 6, 3)
CHILD_FNR = "14831551217"
CHILD_ADDRESS = "Hemmeligveien 7, 0123 Oslo"  # strengt fortrolig
MOTHER_ADDRESS = "Skjultgata 3, 5003 Bergen"  # fortrolig
GRANNY_ADDRESS = "Bestemorveien 9, 7010 Trondheim"  # protected by a recorded decision (A23)
FATHER_ADDRESS = "Åpen vei 1, 0150 Oslo"  # no protection, still not printed
REPORTER = ReporterIdentity(
    "Kari Nabo", phone="99 88 77 66", email="kari@nabo.no", address="Naboveien 2, 0151 Oslo"
)
FVL19 = "fvl. § 19 første ledd bokstav c"
BVL = "fvl. § 19 annet ledd bokstav a"
AT = datetime(2024, 3, 4, 10, 0)


def person(
    case_id: str,
    role: PersonRole,
    name: str,
    address: str,
    protection: AddressProtection = AddressProtection.NONE,
    identity_number: str | None = None,
) -> Person:
    given, family = name.split()
    return Person(
        case_id,
        role,
        given,
        family,
        identity_number=identity_number,
        address=address,
        address_protection=protection,
    )


def build_file() -> CaseFile:
    """The child (strengt fortrolig), mother (fortrolig), father, grandmother (A23 decision)."""
    case = Case(created_at=AT, number="2024-0142")
    cid = case.id
    persons = [
        person(
            cid,
            PersonRole.CHILD,
            "Lisa Hansen",
            CHILD_ADDRESS,
            AddressProtection.STRENGT_FORTROLIG,
            CHILD_FNR,
        ),
        person(cid, PersonRole.PARENT, "Anne Hansen", MOTHER_ADDRESS, AddressProtection.FORTROLIG),
        person(cid, PersonRole.PARENT, "Ole Hansen", FATHER_ADDRESS),
        person(cid, PersonRole.OTHER, "Guri Hansen", GRANNY_ADDRESS),
    ]
    melding = Report(
        cid,
        datetime(2024, 1, 24, 9, 0),
        Channel.PHONE,
        ReporterType.PRIVATE,
        "Jeg heter Kari Nabo og hører roping fra Hemmeligveien 7 om nettene. Ring meg på 99887766.",
        reporter=REPORTER,
        decision=IntakeDecision(IntakeOutcome.UNDERSOKELSE, date(2024, 1, 26), "mottak"),
    )
    file = CaseFile(case, persons, [melding])
    file.address_protections.append(
        AddressProtectionDecision(cid, persons[3].id, AddressProtection.FORTROLIG, AT.date())
    )
    conclusion = Conclusion(ConclusionCode.HJELPETILTAK, date(2024, 4, 2))
    file.investigations.append(
        Investigation(cid, melding.id, date(2024, 1, 26), conclusion=conclusion)
    )
    return file


def note(
    case_id: str, kind: NoteType, at: datetime, signed: bool = True, **text: Any
) -> JournalNote:
    draft = JournalNote(case_id, kind, at, "saksbehandler", **text)
    return draft.signed("saksbehandler", at.replace(hour=16)) if signed else draft


def addendum(case_id: str, of: JournalNote, text: str, day: int, signed: bool = True) -> Addendum:
    at = datetime(2024, 3, day, 8, 0)
    return Addendum(case_id, of.id, text, "saksbehandler", at, signed_at=at if signed else None)


def build_journal(cid: str) -> tuple[list[JournalNote], list[Addendum]]:
    """A partly exempt visit, a wholly exempt talk, an open note, a draft, another case's note."""
    visit = note(
        cid,
        NoteType.HJEMMEBESOK,
        AT,
        place=MOTHER_ADDRESS,
        observations="Ryddig og varmt hjem.",
        child_views="Lisa sier hun er redd for far.",
        participants=(Participant("Anne Hansen", "mor"),),
        exemptions=(InnsynExemption(FVL19, "leder", section="child_views"),),
    )
    secret = note(
        cid,
        NoteType.SAMTALE_BARN,
        datetime(2024, 3, 6, 13, 0),
        body="Lisa forteller i fortrolighet om slag.",
        exemptions=(InnsynExemption(BVL, "leder"),),
    )
    school = note(
        cid,
        NoteType.TELEFONSAMTALE,
        datetime(2024, 3, 8, 9, 0),
        body=f"Skolen bekrefter fravær. Barnets fnr {CHILD_FNR[:6]} {CHILD_FNR[6:]}. "
        "Kari Nabo har ringt igjen fra kari@nabo.no. Mormor bor i Bestemorveien 9.",
    )
    draft = note(cid, NoteType.ANNET, datetime(2024, 3, 9), signed=False, body="UTKAST her")
    other_case = note("annen-sak", NoteType.ANNET, AT, body="ANNEN SAK")
    addenda = [
        addendum(cid, school, "Rettelse: fraværet gjaldt mars.", 10),
        addendum(cid, school, "USIGNERT tillegg", 11, signed=False),
        addendum(cid, visit, "Lisa gjentok at hun er redd.", 12),
        addendum(cid, secret, "Mer om slagene.", 13),
    ]
    return [school, draft, visit, secret, other_case], addenda


def build() -> tuple[CaseFile, list[JournalNote], list[Addendum]]:
    file = build_file()
    notes, addenda = build_journal(file.case.id)
    return file, notes, addenda


def text() -> str:
    file, notes, addenda = build()
    return export_for_party(file, notes, addenda, today=TODAY).printed_text()


def test_B3_whole_exempt_note_is_left_out_with_a_line_naming_its_basis() -> None:
    printed = text()
    assert "slag" not in printed  # neither the note nor its addendum
    assert f"Notat av 06.03.2024 er unntatt innsyn etter {BVL}." in printed


def test_B3_exempt_section_is_replaced_by_its_basis_and_the_rest_is_kept() -> None:
    printed = text()
    assert "redd for far" not in printed
    assert f"Avsnittet «Barnets synspunkter» er unntatt innsyn etter {FVL19}." in printed
    assert "Observasjoner: Ryddig og varmt hjem." in printed


def test_B3_addenda_of_a_partly_exempt_note_are_held_back() -> None:
    printed = text()
    assert "gjentok" not in printed
    assert "Tillegg av 12.03.2024 er holdt tilbake til det er vurdert for innsyn." in printed
    assert "Rettelse: fraværet gjaldt mars." in printed  # an open note's addendum is kept


def test_B4_reporter_identity_never_appears() -> None:
    printed = text()
    for secret in ("Kari", "Nabo", "99887766", "99 88 77 66", "kari@nabo.no", "Naboveien"):
        assert secret not in printed, secret
    assert REPORTER_REDACTED in printed
    assert "hører roping" in printed  # the melding itself is part of the journal
    assert "privat" not in printed.lower()  # nor the reporter's type


def test_B6_protected_addresses_are_removed_fortrolig_and_strengt_fortrolig() -> None:
    printed = text()
    for secret in ("Hemmeligveien", "0123", "Skjultgata", "5003", "Bestemorveien", "7010"):
        assert secret not in printed, secret
    assert ADDRESS_REDACTED in printed
    assert "Åpen vei" not in printed  # no person's address is printed at all


def test_B8_identity_numbers_are_masked_also_in_free_text() -> None:
    printed = text()
    assert CHILD_FNR not in printed and CHILD_FNR[6:] not in printed
    assert "Fødselsnummer: 148315*****" in printed
    assert "fnr 148315*****" in printed


def test_B11_only_the_case_s_signed_notes_and_addenda_are_exported() -> None:
    printed = text()
    assert "UTKAST" not in printed
    assert "USIGNERT" not in printed
    assert "ANNEN SAK" not in printed


def test_export_structure_counts_withheld_notes_and_keeps_the_order() -> None:
    file, notes, addenda = build()
    export = export_for_party(file, notes, addenda, today=TODAY)
    assert export.title == TITLE
    assert export.case_number == "2024-0142"
    assert export.withheld_notes == 1
    titles = [s.title for s in export.sections]
    assert titles == [
        "Personer i saken",
        "Meldinger",
        "Undersøkelser",
        "Tiltak og vedtak",
        "Journalnotater",
    ]
    journal = export.sections[-1].entries
    assert [e.heading for e in journal] == [
        "Hjemmebesøk 04.03.2024",
        "Notat av 06.03.2024",
        "Telefonsamtale 08.03.2024",
    ]
    assert "Konkludert 02.04.2024: hjelpetiltak." in export.printed_text()


@given(
    st.text(alphabet="abc ,.-", max_size=20),
    st.from_regex(r"\A[0-9]{11}\Z"),
    st.text(alphabet="abc ,.", max_size=20),
)
def test_B8_any_eleven_digit_run_is_masked(before: str, number: str, after: str) -> None:
    masked = mask_identity_numbers(before + number + after)
    assert number not in masked
    assert number[:6] + "*****" in masked
