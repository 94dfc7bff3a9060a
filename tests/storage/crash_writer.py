"""Helper process for the crash test: saves notes forever, printing each id after its save.

``python -m tests.storage.crash_writer <folder>``; prints ``ready`` once the vault is open.
The parent SIGKILLs it at a random moment; every id printed must survive.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime
from pathlib import Path

from domain.notes import Addendum, JournalNote, NoteType
from storage.vault import Vault

PASSPHRASE = "krasj"


def main(argv: list[str]) -> int:
    """Open the vault and write until killed."""
    vault = Vault.open(Path(argv[0]), PASSPHRASE)
    case_id = vault.cases.list(limit=1)[0].id
    print("ready", flush=True)
    now = datetime.now(UTC)
    while True:
        note = JournalNote(
            case_id=case_id,
            note_type=NoteType.MOTE,
            occurred_at=now,
            author="krasj",
            body="Møtet handlet om skolen. " * random.randint(1, 80),
        )
        for i in range(random.randint(1, 3)):  # autosaves
            vault.notes.save_draft(note.edited(follow_up=f"utkast {i}"))
        if random.random() < 0.3:
            vault.notes.sign(note.id, by="krasj", at=now)
            vault.notes.add_addendum(
                Addendum(
                    case_id=case_id, note_id=note.id, text="tillegg", author="krasj", created_at=now
                )
            )
        print(note.id, flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
