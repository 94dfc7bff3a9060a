"""Two versions of one draft (DESIGN.md §5): the author merges them before editing on.

When the same draft was edited on two devices, sync keeps both (``vault.conflicts``). Opening
such a draft shows the side-by-side merge first; saving the merge is an ordinary draft save
(a new op that wins everywhere) and closes the conflict, in one transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.jobs import Done, atomic
from domain.notes import SECTIONS, JournalNote
from domain.ops import JSONValue


@dataclass(frozen=True)
class DraftVersions:
    """The text sections of both versions, as the merge dialog shows them."""

    mine: dict[str, str]
    theirs: dict[str, str]


def sections_of(fields: Mapping[str, JSONValue]) -> dict[str, str]:
    """The text sections of a stored version of a note."""
    return {name: str(fields.get(name) or "") for name in SECTIONS}


def versions_to_merge(vault: Any, note: JournalNote) -> DraftVersions | None:
    """On the DB thread: the newest open conflict of a draft, or None (signed notes never)."""
    if note.is_signed:
        return None
    conflicts = vault.conflicts.open_drafts(note.id)
    if not conflicts:
        return None
    newest = conflicts[-1]
    return DraftVersions(sections_of(newest.mine), sections_of(newest.theirs))


def save_merge(vault: Any, note_id: str, sections: Mapping[str, str]) -> Done:
    """On the DB thread: save the merged sections as the draft and close its conflicts."""
    known = {name: text for name, text in sections.items() if name in SECTIONS}
    with atomic(vault):
        note = vault.notes.get(note_id)
        changes = vault.notes.save_draft(note.edited(**known))
        changes |= vault.conflicts.resolve_draft(note_id)
    return Done(changes, note_id)
