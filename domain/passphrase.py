"""The passphrase strength rule for the vault (DESIGN.md §3–4: first run refuses weak ones).

A pure function so the first-run screen can give live hints and the session can enforce the
same rule before anything is created. Deliberately simple and explainable to a caseworker:
long enough (12 characters, or four words), not all one kind of character, not a known
common passphrase. The key derivation (Argon2id) does the rest of the work.
"""

from __future__ import annotations

import re
from enum import StrEnum

from domain.errors import ErrorKind, ValidationError

MIN_LENGTH = 12
"""Shortest accepted passphrase that is not a four-word passphrase."""

MIN_WORDS = 4
"""A passphrase of this many words (of 3+ letters each) is long enough whatever its length."""

COMMON = frozenset(
    {
        "passord",
        "passord123",
        "passord1234",
        "passordpassord",
        "password",
        "password123",
        "password1234",
        "123456789012",
        "qwertyuiopå",
        "qwertyuiop123",
        "sommer2024",
        "sommer2025",
        "sommer2026",
        "vinter2025",
        "vinter2026",
        "barnevern123",
        "barnevernet1",
        "barnevernet123",
        "feltjournal1",
        "feltjournal123",
        "iloveyou1234",
        "letmein12345",
        "abcdefghijkl",
        "abc123abc123",
        "hemmelig1234",
        "hemmeligpassord",
        "norge1234567",
        "kommune12345",
    }
)
"""Passphrases (lower-cased) refused whatever their length: the first ones any attacker tries."""


class PassphraseProblem(StrEnum):
    """Why a passphrase is refused; the UI shows one Norwegian hint per problem."""

    TOO_SHORT = "too_short"
    ONE_CLASS = "one_class"
    COMMON = "common"


_WORD = re.compile(r"[^\W\d_]{3,}")


def _classes(text: str) -> int:
    """How many kinds of character the text mixes: letters, digits, spaces, symbols."""
    kinds = {
        "letter"
        if ch.isalpha()
        else "digit"
        if ch.isdigit()
        else "space"
        if ch.isspace()
        else "sym"
        for ch in text
    }
    return len(kinds)


def _long_enough(text: str) -> bool:
    """12 characters, or a passphrase of four words."""
    return len(text) >= MIN_LENGTH or len(_WORD.findall(text)) >= MIN_WORDS


def passphrase_problems(passphrase: str) -> list[PassphraseProblem]:
    """Every reason ``passphrase`` is too weak, in display order; ``[]`` means accepted."""
    problems: list[PassphraseProblem] = []
    text = passphrase.strip()
    if not _long_enough(text):
        problems.append(PassphraseProblem.TOO_SHORT)
    if text and _classes(text) < 2:
        problems.append(PassphraseProblem.ONE_CLASS)
    if not text or text.lower() in COMMON or len(set(text.lower())) <= 2:
        problems.append(PassphraseProblem.COMMON)
    return problems


def require_strong(passphrase: str) -> None:
    """Raise ``ValidationError(WEAK_PASSPHRASE)`` unless the passphrase is accepted.

    ``detail`` holds only the problem codes, never the passphrase.
    """
    problems = passphrase_problems(passphrase)
    if problems:
        raise ValidationError(
            ErrorKind.WEAK_PASSPHRASE, ",".join(p.value for p in problems), field="passphrase"
        )
