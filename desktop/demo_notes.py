"""Journal notes for the demo vault: every note type, signed and drafts, a few addenda,
some "unntatt innsyn" (B3), some with an interpreter and the child's participation (A8)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from desktop import demo_text as txt
from desktop.context import OSLO
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

NOTES_PER_STAGE = {
    "mottak": (1, 4),
    "henlagt": (2, 6),
    "undersokelse": (8, 20),
    "konkludert": (12, 26),
    "tiltak": (15, 30),
    "omsorg": (18, 34),
    "akutt": (4, 10),
}
"""How many notes a case at each stage has (about 15 on average)."""

CHILD_TYPES = (NoteType.HJEMMEBESOK, NoteType.SAMTALE_BARN, NoteType.OPPSTARTSMOTE)


class NoteMaker:
    """Writes a case's journal through ``vault.notes``."""

    def __init__(
        self, vault: Any, rng: random.Random, new_id: Callable[[], str], today: date
    ) -> None:
        self.vault = vault
        self.rng = rng
        self.new_id = new_id
        self.today = today
        self.count = 0

    def journal(self, case_id: str, child: Person, since: date, stage: str) -> None:
        """Notes spread from ``since`` to today; the newest may still be drafts."""
        low, high = NOTES_PER_STAGE[stage]
        total = self.rng.randint(low, high)
        span = max((self.today - since).days, 1)
        days = sorted(self.rng.randint(0, span) for _ in range(total))
        for n, offset in enumerate(days):
            occurred = datetime.combine(
                since + timedelta(days=offset),
                time(self.rng.randint(8, 16), self.rng.choice((0, 15, 30, 45))),
                OSLO,
            )
            note = self.note(case_id, child, occurred)
            draft = n >= total - 1 and self.rng.random() < 0.5
            self.vault.notes.save_draft(note)
            if not draft:
                self.sign(note)

    def note(self, case_id: str, child: Person, occurred: datetime) -> JournalNote:
        types = list(NoteType)
        note_type = types[self.count % len(types)]
        self.count += 1
        rng, name = self.rng, child.given_name

        def pick(options: tuple[str, ...]) -> str:
            return rng.choice(options).format(child=name)

        with_child = note_type in CHILD_TYPES
        return JournalNote(
            case_id,
            note_type,
            occurred,
            author=rng.choice(txt.CASEWORKERS),
            place=rng.choice(("Hjemme hos familien", "Barnevernstjenesten", "Skolen", "Telefon")),
            participants=(
                Participant(f"{rng.choice(txt.ADULTS)} {child.family_name}", "forelder"),
            ),
            interpreter=self.interpreter() if rng.random() < 0.08 else None,
            child_views=pick(txt.CHILD_VIEWS) if with_child else "",
            child_participation=rng.choice(list(ParticipationCode)) if with_child else None,
            observations=pick(txt.OBSERVATIONS) if note_type is NoteType.HJEMMEBESOK else "",
            assessment=pick(txt.ASSESSMENTS) if rng.random() < 0.6 else "",
            follow_up=pick(txt.FOLLOW_UPS),
            body=pick(txt.BODIES),
            exemptions=self.exemptions(with_child),
            id=self.new_id(),
        )

    def interpreter(self) -> Interpreter:
        born = date(self.rng.randint(1955, 1995), self.rng.randint(1, 12), self.rng.randint(1, 28))
        return Interpreter(
            f"{self.rng.choice(txt.ADULTS)} {self.rng.choice(txt.FAMILIES)}",
            "Tolkeregisteret kategori 1",
            born,
        )

    def exemptions(self, with_child: bool) -> tuple[InnsynExemption, ...]:
        roll = self.rng.random()
        if with_child and roll < 0.12:
            return (
                InnsynExemption("fvl. § 19 første ledd bokstav d", "ingrid.leder", "child_views"),
            )
        if roll > 0.98:
            return (InnsynExemption("bvl. § 12-4 jf. fvl. § 19", "ingrid.leder", None),)
        return ()

    def sign(self, note: JournalNote) -> None:
        signed_at = min(
            note.occurred_at + timedelta(hours=self.rng.randint(1, 48)),
            datetime.combine(self.today, time(8, 0), OSLO),
        )
        signed_at = max(signed_at, note.occurred_at)
        self.vault.notes.sign(note.id, by=note.author, at=signed_at)
        if self.rng.random() < 0.03:
            self.vault.notes.add_addendum(
                Addendum(
                    note.case_id,
                    note.id,
                    "Tillegg: opplysningene om skolefravær er korrigert.",
                    note.author,
                    signed_at + timedelta(days=1),
                    signed_at + timedelta(days=1),
                    id=self.new_id(),
                )
            )
