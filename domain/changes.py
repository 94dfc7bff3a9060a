"""What a mutation changed, so each view refreshes only what it must (STYLE.md rule 3)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """Ids touched by one mutation. Combine with ``|``; empty means nothing to refresh."""

    cases: frozenset[str] = frozenset()
    notes: frozenset[str] = frozenset()
    case_list: bool = False  # a case was added or removed, or a summary column changed
    deadlines: bool = False  # an event that deadlines are computed from changed
    outbox: bool = False  # pending sync operations changed
    access_log: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            cases=self.cases | other.cases,
            notes=self.notes | other.notes,
            case_list=self.case_list or other.case_list,
            deadlines=self.deadlines or other.deadlines,
            outbox=self.outbox or other.outbox,
            access_log=self.access_log or other.access_log,
        )

    def __bool__(self) -> bool:
        return bool(
            self.cases
            or self.notes
            or self.case_list
            or self.deadlines
            or self.outbox
            or self.access_log
        )

    @classmethod
    def for_case(cls, case_id: str, *, deadlines: bool = False, case_list: bool = False) -> Changes:
        """A change to one case, which always means a new outbox row."""
        return cls(
            cases=frozenset({case_id}), deadlines=deadlines, case_list=case_list, outbox=True
        )
