"""What a rule is (``Rule``) and how it becomes a ``Deadline`` (``Context``, ``build``).

The table of rules is ``rules.py``. The law version of a basis is chosen by the date of the
starting event (BVL2021 from 1 January 2023, BVL1992 before), as DOMAIN.md's preamble requires
of every stored legal basis.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

from domain.deadlines.model import Action, Deadline, DeadlineStatus, Progress, Step
from domain.deadlines.settings import DeadlineSettings
from domain.legal import BVL2021_IN_FORCE, LawVersion, LegalBasis

BVL1992 = LawVersion.BVL1992
BVL2021 = LawVersion.BVL2021

_MET_ON_TIME = DeadlineStatus.MET_ON_TIME
_MET_LATE = DeadlineStatus.MET_LATE
_OVERDUE = DeadlineStatus.OVERDUE
_LAPSED = DeadlineStatus.LAPSED
_DUE_SOON = DeadlineStatus.DUE_SOON
_UPCOMING = DeadlineStatus.UPCOMING
_new_tuple = tuple.__new__
"""Builds a ``Deadline`` from its fields in field order without the generated ``__new__``."""


@dataclass(frozen=True, slots=True)
class Rule:
    """A deadline rule: its id, UI title, paragraphs (BVL2021, BVL1992), action and ladder.

    ``law`` is set for rules outside the barnevernlov (fvl., forskrift, practice): then
    ``paragraph_2021`` is used whatever the date.
    """

    rule: str
    title: str
    paragraph_2021: str
    paragraph_1992: str
    action: Action
    ladder: tuple[Step, ...]
    law: LawVersion | None = None
    informational: bool = False
    lapses: bool = False
    basis_1992: LegalBasis = field(init=False, repr=False, compare=False)
    basis_2021: LegalBasis = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.law is not None:
            fixed = legal_basis(self.law, self.paragraph_2021)
            object.__setattr__(self, "basis_1992", fixed)
            object.__setattr__(self, "basis_2021", fixed)
        else:
            object.__setattr__(self, "basis_1992", legal_basis(BVL1992, self.paragraph_1992))
            object.__setattr__(self, "basis_2021", legal_basis(BVL2021, self.paragraph_2021))


@lru_cache(maxsize=256)
def legal_basis(law: LawVersion, paragraph: str) -> LegalBasis:
    """Shared ``LegalBasis`` values (they are immutable)."""
    return LegalBasis(law, paragraph)


def basis_for(rule: Rule, on: date, paragraph_2021: str | None = None) -> LegalBasis:
    """The rule's basis under the law in force on ``on`` (the starting event's date).

    ``paragraph_2021`` overrides the BVL2021 paragraph where it is a setting (A4, A18).
    """
    if on < BVL2021_IN_FORCE or rule.law is not None:
        return rule.basis_1992
    if paragraph_2021 is None:
        return rule.basis_2021
    return legal_basis(BVL2021, paragraph_2021)


class Context:
    """What every rule function needs besides its records: the case, ``today``, the settings.

    Made once per computation (``case_id`` is set per case); holds the settings' day counts
    as ``timedelta`` values, since building a ``timedelta`` costs more than the addition it
    serves. ``include_met`` False leaves met deadlines out (``build`` answers ``None``).
    """

    __slots__ = (
        "a4_basis",
        "a4_limit",
        "case_id",
        "include_met",
        "settings",
        "soon_days",
        "today",
    )

    def __init__(
        self, case_id: str, today: date, settings: DeadlineSettings, include_met: bool = True
    ) -> None:
        self.case_id = case_id
        self.today = today
        self.settings = settings
        self.include_met = include_met
        self.soon_days = settings.due_soon_days
        self.a4_limit = timedelta(days=settings.a4_days)
        self.a4_basis = legal_basis(BVL2021, settings.a4_paragraph_bvl2021)


def build(
    rule: Rule,
    ctx: Context,
    subject_id: str,
    starts_on: date,
    due_on: date,
    met_on: date | None,
    *,
    part: str = "",
    title: str = "",
    basis: LegalBasis | None = None,
    clock_ends_at: datetime | None = None,
    progress: Progress | None = None,
    ladder: tuple[Step, ...] | None = None,
) -> Deadline | None:
    """A ``Deadline`` of ``rule`` with its status on ``ctx.today``.

    ``None`` when it is met and ``ctx.include_met`` is off: most deadlines of a case are
    history, and the views and the scheduler of all cases need only the open ones.
    """
    # The status semantics of DOMAIN.md §A, shared by every rule: the limit is the last day;
    # due soon within ``due_soon_days``; a met deadline is on time or late whatever ``today``.
    # Inline, not a helper: this runs ~40,000 times per recompute of 5,000 cases
    # (DESIGN.md §8: ≤ 100 ms) and a Python call costs as much as the comparisons.
    if met_on is not None:
        if not ctx.include_met:
            return None
        status = _MET_ON_TIME if met_on <= due_on else _MET_LATE
    elif ctx.today > due_on:
        status = _LAPSED if rule.lapses else _OVERDUE
    elif (due_on - ctx.today).days <= ctx.soon_days:
        status = _DUE_SOON
    else:
        status = _UPCOMING
    if basis is None:
        basis = rule.basis_1992 if starts_on < BVL2021_IN_FORCE else rule.basis_2021
    return _new_tuple(
        Deadline,
        (
            rule.rule,
            ctx.case_id,
            subject_id,
            title or rule.title,
            basis,
            starts_on,
            due_on,
            status,
            met_on,
            rule.action,
            rule.informational,
            part,
            clock_ends_at,
            progress,
            rule.ladder if ladder is None else ladder,
        ),
    )


def add(out: list[Deadline], deadline: Deadline | None) -> None:
    """Append ``deadline`` to ``out`` unless it was left out (``None``)."""
    if deadline is not None:
        out.append(deadline)
