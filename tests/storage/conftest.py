"""Fixtures: real SQLCipher vaults in ``tmp_path`` with cheap KDF parameters."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from domain.cases import Case
from domain.notes import JournalNote, NoteType
from domain.people import Person, PersonRole
from storage.vault import KdfParams, Vault

PASSPHRASE = "korrekt hest batteri stift"
CHEAP = KdfParams.cheap()


class FakeClock:
    """A settable clock, so time is injected as everywhere else."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "hvelv"


@pytest.fixture
def vault(folder: Path, clock: FakeClock) -> Iterator[Vault]:
    v = Vault.create(folder, PASSPHRASE, user="kari", kdf=CHEAP, clock=clock)
    yield v
    v.close()


def make_case(vault: Vault, *, given: str = "Åse", family: str = "Bø", **person: object) -> Case:
    """A case with its child, stored."""
    case = Case(created_at=datetime(2026, 3, 1, 8, 0, tzinfo=UTC), caseworker="kari")
    child = Person(
        case_id=case.id,
        role=PersonRole.CHILD,
        given_name=given,
        family_name=family,
        birth_date=date(2015, 5, 17),
        **person,  # type: ignore[arg-type]
    )
    vault.cases.create(case, child)
    return vault.cases.get_file(case.id).case


def make_note(case: Case, body: str = "Hjemmebesøk hos familien.", **kw: object) -> JournalNote:
    return JournalNote(
        case_id=case.id,
        note_type=NoteType.HJEMMEBESOK,
        occurred_at=datetime(2026, 3, 2, 10, 0, tzinfo=UTC),
        author="kari",
        body=body,
        **kw,  # type: ignore[arg-type]
    )


NoteFactory = Callable[..., JournalNote]
