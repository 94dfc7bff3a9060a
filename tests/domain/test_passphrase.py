"""The vault passphrase strength rule (domain/passphrase.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.errors import ErrorKind, ValidationError
from domain.passphrase import PassphraseProblem, passphrase_problems, require_strong


@pytest.mark.parametrize(
    "passphrase",
    ["korrekt hest batteri stift", "Tr0llstigen-2026", "blå bil på fjellet", "x7!kLm9@pQ2z"],
)
def test_accepted(passphrase: str) -> None:
    assert passphrase_problems(passphrase) == []
    require_strong(passphrase)


@pytest.mark.parametrize(
    ("passphrase", "problem"),
    [
        ("kort1!", PassphraseProblem.TOO_SHORT),
        ("abcdefghijklmnop", PassphraseProblem.ONE_CLASS),
        ("123456789012345", PassphraseProblem.ONE_CLASS),
        ("password1234", PassphraseProblem.COMMON),
        ("Passord123", PassphraseProblem.COMMON),
        ("", PassphraseProblem.TOO_SHORT),
        ("a1a1a1a1a1a1a1", PassphraseProblem.COMMON),
    ],
)
def test_refused(passphrase: str, problem: PassphraseProblem) -> None:
    assert problem in passphrase_problems(passphrase)
    with pytest.raises(ValidationError) as info:
        require_strong(passphrase)
    assert info.value.kind is ErrorKind.WEAK_PASSPHRASE
    assert passphrase not in str(info.value) or not passphrase


@given(st.text(max_size=11).filter(lambda t: len(t.split()) < 4))
def test_short_is_always_refused(text: str) -> None:
    assert PassphraseProblem.TOO_SHORT in passphrase_problems(text)
