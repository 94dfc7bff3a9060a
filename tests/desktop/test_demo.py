"""The demo filler: counts, every reporter type, valid synthetic numbers, deterministic, fast."""

from __future__ import annotations

import random
import time
from datetime import date
from pathlib import Path

import pytest

from desktop.demo import fill_demo_vault, synthetic_identity_number
from domain.identity import IdentityKind, parse_identity_number
from domain.investigations import ConclusionCode
from domain.measures import EmergencyKind
from domain.notes import NoteType
from domain.people import AddressProtection
from domain.reports import ReporterType
from storage.keys import KdfParams
from storage.vault import Vault

TODAY = date(2026, 3, 2)


def make(folder: Path, *, cases: int = 200, seed: int = 7) -> Vault:
    vault = Vault.create(folder, "demo journal for opplæring", kdf=KdfParams.cheap())
    fill_demo_vault(vault, today=TODAY, cases=cases, seed=seed)
    return vault


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    started = time.perf_counter()
    vault = make(tmp_path_factory.mktemp("demo") / "vault")
    elapsed = time.perf_counter() - started
    files = vault.cases.all_files()
    notes = [n for f in files for n in vault.notes.list_for_case(f.case.id)]
    yield vault, files, notes, elapsed
    vault.close()


def test_counts_and_speed(demo):
    vault, files, notes, elapsed = demo
    assert vault.cases.count() == 200
    assert 2000 <= len(notes) <= 6000
    assert elapsed < 15  # a few seconds on a laptop; generous for CI


def test_every_reporter_type_and_anonymous_have_no_identity(demo):
    """B4: anonymous reporters have no stored identity; B9: public bodies always have one."""
    vault, files, _notes, _ = demo
    reports = [r for f in files for r in f.reports]
    assert {r.reporter_type for r in reports} == set(ReporterType)
    for report in reports:
        who = vault.reports.reporter_of(report.id)
        assert (who is None) == (report.reporter_type is ReporterType.ANONYMOUS)
    lettered = [r for r in reports if r.letters]
    assert lettered and all(
        r.reporter_type.identity_known for r in lettered
    )  # A4a, none for anonymous


def test_C_identity_numbers_are_valid_synthetic(demo):
    """DOMAIN.md C: month + 80, control digits by the 1964 rule; refused outside demo mode."""
    _vault, files, _notes, _ = demo
    numbers = [p.identity_number for f in files for p in f.persons if p.identity_number]
    assert len(numbers) >= 400
    for number in numbers:
        parsed = parse_identity_number(number, allow_synthetic=True)
        assert parsed.kind is IdentityKind.SYNTHETIC
        assert parsed.check_rule.value == "1964+2032"
    assert len(set(numbers)) == len(numbers)


def test_C_generator_gives_valid_numbers_for_many_dates():
    rng = random.Random(1)
    for offset in range(0, 20000, 37):
        born = date(2008, 1, 1).fromordinal(date(2008, 1, 1).toordinal() + offset % 6000)
        number = synthetic_identity_number(born, rng)
        assert parse_identity_number(number, allow_synthetic=True).day == born.day


def test_every_stage_code_and_kind_is_present(demo):
    """A9 codes, extensions, measures with/without plan, akuttvedtak kinds, B6 protections."""
    _vault, files, notes, _ = demo
    invs = [i for f in files for i in f.investigations]
    assert {i.conclusion.code for i in invs if i.conclusion} == set(ConclusionCode)
    assert any(i.extension for i in invs)
    assert any(i.conclusion is None and any(e.settled for e in i.plan) for i in invs)
    measures = [m for f in files for m in f.measures]
    assert {m.plan_made_on is None for m in measures} == {True, False}
    kinds = {d.kind for f in files for d in f.emergency_decisions}
    assert {EmergencyKind.OMSORG, EmergencyKind.INSTITUSJON_ATFERD} <= kinds
    assert any(f.care_orders for f in files)
    assert any(p.visits for f in files for p in f.placements)
    levels = {p.address_protection for f in files for p in f.persons}
    assert {AddressProtection.FORTROLIG, AddressProtection.STRENGT_FORTROLIG} <= levels


def test_notes_of_every_type_signed_drafts_addenda_exempt(demo):
    vault, _files, notes, _ = demo
    assert {n.note_type for n in notes} == set(NoteType)
    assert any(n.is_signed for n in notes) and any(not n.is_signed for n in notes)
    assert any(n.exemptions for n in notes)
    assert any(vault.notes.addenda_for(n.id) for n in notes if n.is_signed)


def test_deadlines_are_alive(demo):
    """Some meldinger are overdue (A1 > 7 days), some still within the week."""
    _vault, files, _notes, _ = demo
    undecided = [r for f in files for r in f.reports if r.decision is None]
    ages = {(TODAY - r.received_on).days for r in undecided}
    assert any(a > 7 for a in ages) and any(a <= 7 for a in ages)


def test_deterministic(tmp_path):
    one = make(tmp_path / "a", cases=20, seed=3)
    two = make(tmp_path / "b", cases=20, seed=3)
    try:

        def snapshot(vault: Vault) -> list[object]:
            files = sorted(vault.cases.all_files(), key=lambda f: f.case.id)
            return [
                (
                    f.case,
                    f.persons,
                    f.reports,
                    [n.text() for n in vault.notes.list_for_case(f.case.id)],
                )
                for f in files
            ]

        assert snapshot(one) == snapshot(two)
    finally:
        one.close()
        two.close()
