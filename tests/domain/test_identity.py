"""Identity numbers: DOMAIN.md C (Folkeregister / Skatteetaten / SSB number rules) and B8
(SSB rule, data minimisation: the number is masked DDMMYY***** outside the person view).

Valid numbers are built by the generators below, which implement the weights independently of
``domain.identity`` (k1 chosen so that the k1 sum leaves a wanted remainder, k2 so that the k2 sum
is 0 mod 11), so the tests do not just mirror the module's own arithmetic.
"""

from __future__ import annotations

import logging
import re
from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from domain.errors import ErrorKind, FeltError, ValidationError
from domain.identity import (
    CheckRule,
    IdentityErrorReason,
    IdentityKind,
    IdentityNumber,
    InvalidIdentityNumber,
    mask,
    parse_identity_number,
)

K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2)
K2_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
DUF_WEIGHTS = (4, 6, 3, 2, 4, 6, 3, 2, 7, 5)


def make_fnr(
    day: int,
    month: int,
    year2: int,
    individ: int,
    *,
    d: bool = False,
    h: bool = False,
    synthetic: bool = False,
    k1_remainder: int = 0,
) -> str | None:
    """An 11-digit number with correct control digits, or None if a control digit would be 10."""
    dd = day + (40 if d else 0)
    mm = month + (40 if h else 0) + (80 if synthetic else 0)
    base = f"{dd:02d}{mm:02d}{year2:02d}{individ:03d}"
    k1 = (k1_remainder - sum(int(c) * w for c, w in zip(base, K1_WEIGHTS, strict=True))) % 11
    if k1 == 10:
        return None
    k2 = -sum(int(c) * w for c, w in zip(base + str(k1), K2_WEIGHTS, strict=True)) % 11
    return None if k2 == 10 else f"{base}{k1}{k2}"


def first_valid(day: int, month: int, year2: int, **flags: bool) -> str:
    """The first individnummer from 100 up that gives usable control digits."""
    for individ in range(100, 1000):
        number = make_fnr(day, month, year2, individ, **flags)
        if number is not None:
            return number
    raise AssertionError("no valid individnummer")  # pragma: no cover


def make_duf(first_ten: str) -> str:
    """A DUF-nummer: the two control digits are the weighted sum mod 11, zero-padded."""
    total = sum(int(c) * w for c, w in zip(first_ten, DUF_WEIGHTS, strict=True))
    return f"{first_ten}{total % 11:02d}"


def k2_holds(number: str) -> bool:
    """The k2 check (unchanged between the 1964 and 2032 rules)."""
    return sum(int(c) * w for c, w in zip(number, (*K2_WEIGHTS, 1), strict=True)) % 11 == 0


def k1_remainder(number: str) -> int:
    """What the k1 sum (control digit included) leaves mod 11: 0 (1964) or 0-3 (2032)."""
    return sum(int(c) * w for c, w in zip(number, (*K1_WEIGHTS, 1), strict=False)) % 11


def reason_of(
    text: str, *, allow_synthetic: bool = False, today: date | None = None
) -> IdentityErrorReason:
    with pytest.raises(InvalidIdentityNumber) as caught:
        parse_identity_number(text, allow_synthetic=allow_synthetic, today=today)
    return caught.value.reason


# --- C: the test vectors from DOMAIN.md (all synthetic, month + 80) ----------------------------

VALID_BOTH = ["14831551217", "54831551200", "01890850096", "02813299952"]
VALID_2032_ONLY = ["02813299960", "02813299898"]


@pytest.mark.parametrize("text", VALID_BOTH)
def test_C_vectors_valid_under_both_rules(text: str) -> None:
    number = parse_identity_number(text, allow_synthetic=True)
    assert number.kind is IdentityKind.SYNTHETIC
    assert number.check_rule is CheckRule.BOTH
    assert number.value == text


@pytest.mark.parametrize("text", VALID_2032_ONLY)
def test_C_vectors_valid_only_under_the_2032_rule(text: str) -> None:
    number = parse_identity_number(text, allow_synthetic=True)
    assert number.check_rule is CheckRule.RULE_2032


def test_C_vector_invalid() -> None:
    assert reason_of("14831551218", allow_synthetic=True) is IdentityErrorReason.CHECKSUM
    # A bad control digit is reported as such even when synthetic numbers are not allowed.
    assert reason_of("14831551218") is IdentityErrorReason.CHECKSUM


@pytest.mark.parametrize("text", VALID_BOTH + VALID_2032_ONLY)
def test_C_synthetic_vectors_refused_without_allow_synthetic(text: str) -> None:
    assert reason_of(text) is IdentityErrorReason.SYNTHETIC_NOT_ALLOWED


def test_C_synthetic_d_number_decodes_both_offsets() -> None:
    number = parse_identity_number("54831551200", allow_synthetic=True)
    assert number.is_d_number
    assert (number.day, number.month, number.year2) == (14, 3, 15)
    assert not parse_identity_number("14831551217", allow_synthetic=True).is_d_number


# --- C: kinds -----------------------------------------------------------------------------------


def test_C_plain_fodselsnummer() -> None:
    text = first_valid(24, 12, 10)
    number = parse_identity_number(text)
    assert number.kind is IdentityKind.FODSELSNUMMER
    assert (number.day, number.month, number.year2) == (24, 12, 10)
    assert not number.is_d_number


def test_C_d_nummer_first_digit_plus_4() -> None:
    number = parse_identity_number(first_valid(31, 1, 5, d=True))
    assert number.kind is IdentityKind.D_NUMMER
    assert number.is_d_number
    assert (number.day, number.month) == (31, 1)


def test_C_h_nummer_third_digit_plus_4() -> None:
    number = parse_identity_number(first_valid(15, 6, 10, h=True))
    assert number.kind is IdentityKind.H_NUMMER
    assert (number.day, number.month) == (15, 6)


def test_C_d_and_h_offsets_together_are_refused() -> None:
    assert reason_of(first_valid(15, 6, 10, d=True, h=True)) is IdentityErrorReason.DATE


def test_C_duf_public_example_from_ssb() -> None:
    # SSB's KOSTRA control program (statisticsnorway/kostra-kontrollprogram, FnrTest).
    number = parse_identity_number("201212345603")
    assert number.kind is IdentityKind.DUF
    assert number.check_rule is CheckRule.NOT_APPLICABLE
    assert (number.day, number.month, number.year2, number.birth_date) == (None,) * 4
    assert number.birth_date_candidates() == ()
    assert reason_of("201234567890") is IdentityErrorReason.CHECKSUM


def test_C_duf_with_control_value_10() -> None:
    first_ten = next(f"2019{n:06d}" for n in range(10**6) if make_duf(f"2019{n:06d}")[10:] == "10")
    assert parse_identity_number(make_duf(first_ten)).kind is IdentityKind.DUF


def test_C_placeholder_due_date_plus_99999() -> None:
    number = parse_identity_number("01012699999", today=date(2026, 1, 1))
    assert number.kind is IdentityKind.PLACEHOLDER
    assert number.check_rule is CheckRule.NOT_APPLICABLE
    assert (number.day, number.month, number.year2) == (1, 1, 26)
    assert number.birth_date is None  # a due date is not a birth date
    assert number.birth_date_candidates() == ()
    assert number.masked() == "010126*****"


def test_C_placeholder_needs_a_real_plain_date() -> None:
    assert reason_of("31042699999") is IdentityErrorReason.DATE
    assert reason_of("41012699999") is IdentityErrorReason.CHECKSUM  # D-shaped: no placeholder
    assert reason_of("01012699998") is IdentityErrorReason.CHECKSUM


# --- C: format and dates ------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "1234567890", "1234567890123", "123"])
def test_C_wrong_length(text: str) -> None:
    assert reason_of(text) is IdentityErrorReason.FORMAT


@pytest.mark.parametrize(
    "text",
    ["1483155121X", "148315-51217", "14.83.15.51217", "１４８３１５５１２１７", "¹4831551217"],
)
def test_C_non_digits(text: str) -> None:
    assert reason_of(text, allow_synthetic=True) is IdentityErrorReason.FORMAT


def test_C_whitespace_is_ignored() -> None:
    for text in (" 14831551217\n", "148315 51217", "14 83 15 512 17"):
        assert parse_identity_number(text, allow_synthetic=True).value == "14831551217"


@pytest.mark.parametrize(
    ("day", "month", "year2"),
    [(31, 4, 10), (30, 2, 12), (29, 2, 1), (0, 5, 10), (32, 1, 10), (10, 13, 10), (10, 0, 10)],
)
def test_C_unreal_dates_are_refused(day: int, month: int, year2: int) -> None:
    for flags in ({}, {"d": True}, {"h": True}):
        assert reason_of(first_valid(day, month, year2, **flags)) is IdentityErrorReason.DATE


@pytest.mark.parametrize("raw", ["801010", "103010", "107010", "109310"])
def test_C_digits_outside_every_offset_range_are_refused(raw: str) -> None:
    assert reason_of(raw + "12345", allow_synthetic=True) is IdentityErrorReason.DATE


def test_C_29_february_accepted_when_some_century_has_it() -> None:
    number = parse_identity_number(first_valid(29, 2, 0))  # 1900 was no leap year, 2000 was
    assert number.birth_date_candidates() == (date(2000, 2, 29),)
    assert parse_identity_number(first_valid(29, 2, 4)).birth_date_candidates() == (
        date(1904, 2, 29),
        date(2004, 2, 29),
    )


# --- C: never derive the century from the individnummer -----------------------------------------


def test_C_birth_date_only_when_today_leaves_one_century() -> None:
    today = date(2026, 6, 1)
    ambiguous = parse_identity_number(first_valid(15, 3, 15), today=today)
    assert ambiguous.birth_date is None
    assert ambiguous.birth_date_candidates(today) == (date(1915, 3, 15), date(2015, 3, 15))
    assert parse_identity_number(first_valid(15, 3, 99), today=today).birth_date == date(
        1999, 3, 15
    )
    assert parse_identity_number(first_valid(15, 3, 15)).birth_date is None  # no today, no guess


def test_C_same_date_part_gives_same_candidates_whatever_the_individnummer() -> None:
    low, high = make_fnr(1, 2, 10, 100), make_fnr(1, 2, 10, 900)
    assert low is not None and high is not None
    a, b = parse_identity_number(low), parse_identity_number(high)
    assert a.birth_date_candidates() == b.birth_date_candidates()


def test_C_birth_date_after_today_is_refused() -> None:
    text = first_valid(1, 1, 60)
    assert reason_of(text, today=date(1950, 1, 1)) is IdentityErrorReason.DATE


def test_C_matches_birth_date() -> None:
    number = parse_identity_number(first_valid(5, 7, 12))
    assert number.matches_birth_date(date(2012, 7, 5))
    assert number.matches_birth_date(date(1912, 7, 5))
    assert not number.matches_birth_date(date(2012, 7, 6))


def test_C_error_is_part_of_the_shared_error_tree() -> None:
    with pytest.raises(InvalidIdentityNumber) as caught:
        parse_identity_number("123")
    error = caught.value
    assert isinstance(error, ValueError)
    assert isinstance(error, ValidationError) and isinstance(error, FeltError)
    assert error.kind is ErrorKind.INVALID_IDENTITY_NUMBER
    assert error.reason is IdentityErrorReason.FORMAT
    assert error.field == "identity_number"


# --- B8: masking ----------------------------------------------------------------------------------


def test_B8_masked_shows_only_the_date_part() -> None:
    number = parse_identity_number("14831551217", allow_synthetic=True)
    assert number.masked() == "148315*****"
    assert str(number) == "148315*****"
    assert f"{number}" == "148315*****"


def test_B8_repr_never_shows_the_number() -> None:
    number = parse_identity_number("14831551217", allow_synthetic=True)
    for text in (repr(number), repr([number]), repr({"n": number})):
        assert "14831551217" not in text
        assert "51217" not in text
        assert "148315*****" in text


def test_B8_logging_never_shows_the_number(caplog: pytest.LogCaptureFixture) -> None:
    number = parse_identity_number("02813299952", allow_synthetic=True)
    with caplog.at_level(logging.INFO):
        logging.getLogger("feltjournal.test").info("person %s %r", number, number)
    assert "02813299952" not in caplog.text
    assert "99952" not in caplog.text


@pytest.mark.parametrize(
    ("text", "allow_synthetic"),
    [
        ("14831551218", True),  # checksum
        ("14831551217", False),  # synthetic_not_allowed
        ("31049912345", False),  # date
        ("1483155121X", False),  # format
        ("148315512170", False),  # 12 digits: DUF checksum
    ],
)
def test_B8_error_messages_never_hold_the_number(text: str, allow_synthetic: bool) -> None:
    with pytest.raises(InvalidIdentityNumber) as caught:
        parse_identity_number(text, allow_synthetic=allow_synthetic)
    error = caught.value
    for message in (str(error), repr(error), error.detail, *map(str, error.args)):
        assert text not in message
        assert not re.search(r"\d{5}", message)


def test_B8_mask_helper() -> None:
    assert mask("14831551217") == "148315*****"
    assert mask(" 148315 51217 ") == "148315*****"
    assert mask("201212345603") == "2012********"
    assert mask("1483155121") == "*" * 10  # not a number we know: starred out entirely
    assert mask("abc") == "***"
    assert mask("") == ""


# --- Properties -------------------------------------------------------------------------------


@st.composite
def generated_numbers(draw: st.DrawFn, remainders: tuple[int, ...] = (0, 1, 2, 3)) -> str:
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
    offset = draw(st.sampled_from(["none", "d", "h", "synthetic", "synthetic_d"]))
    number = make_fnr(
        born.day,
        born.month,
        born.year % 100,
        draw(st.integers(0, 999)),
        d=offset in ("d", "synthetic_d"),
        h=offset == "h",
        synthetic=offset.startswith("synthetic"),
        k1_remainder=draw(st.sampled_from(remainders)),
    )
    assume(number is not None)
    assert number is not None
    return number


@given(generated_numbers())
def test_C_every_generated_number_parses(text: str) -> None:
    number = parse_identity_number(text, allow_synthetic=True)
    assert number.value == text
    expected = CheckRule.BOTH if k1_remainder(text) == 0 else CheckRule.RULE_2032
    assert number.check_rule is expected


@given(generated_numbers(remainders=(0,)))
def test_C_every_1964_valid_number_is_also_2032_valid(text: str) -> None:
    assert parse_identity_number(text, allow_synthetic=True).check_rule is CheckRule.BOTH


@given(generated_numbers(remainders=(4, 5, 6, 7, 8, 9, 10)))
def test_C_k1_remainder_above_3_is_refused(text: str) -> None:
    assume(not text.endswith("99999"))
    assert reason_of(text, allow_synthetic=True) is IdentityErrorReason.CHECKSUM


@given(generated_numbers(), st.integers(0, 10), st.integers(1, 9))
def test_C_single_digit_error_is_never_accepted_as_a_checked_number(
    text: str, position: int, shift: int
) -> None:
    """What is really true: k2 is unchanged by the 2032 rule and every position has a non-zero
    k2 weight, so changing one digit by 1..9 always breaks k2 (11 is prime). The relaxed k1 thus
    costs no single-digit error detection. The changed text may still be accepted, but only as
    an SSB placeholder (date + 99999, which has no control digits), or refused for its date."""
    changed = text[:position] + str((int(text[position]) + shift) % 10) + text[position + 1 :]
    assert not k2_holds(changed)
    try:
        number = parse_identity_number(changed, allow_synthetic=True)
    except InvalidIdentityNumber as error:
        assert error.reason in (IdentityErrorReason.CHECKSUM, IdentityErrorReason.DATE)
    else:
        assert number.kind is IdentityKind.PLACEHOLDER
        assert changed.endswith("99999")


@given(generated_numbers(), st.integers(0, 9))
def test_C_adjacent_transposition_is_never_accepted_as_a_checked_number(
    text: str, position: int
) -> None:
    """Adjacent k2 weights always differ, so swapping two different neighbours breaks k2 too."""
    assume(text[position] != text[position + 1])
    swapped = text[:position] + text[position + 1] + text[position] + text[position + 2 :]
    assert not k2_holds(swapped)
    try:
        number = parse_identity_number(swapped, allow_synthetic=True)
    except InvalidIdentityNumber:
        return
    assert number.kind is IdentityKind.PLACEHOLDER


@given(st.text(alphabet="0123456789", min_size=10, max_size=10))
def test_C_every_generated_duf_parses(first_ten: str) -> None:
    assert parse_identity_number(make_duf(first_ten)).kind is IdentityKind.DUF


@given(st.text(alphabet="0123456789", min_size=10, max_size=10), st.integers(0, 11))
def test_C_single_digit_error_in_a_duf_is_refused(first_ten: str, position: int) -> None:
    text = make_duf(first_ten)
    changed = text[:position] + str((int(text[position]) + 1) % 10) + text[position + 1 :]
    assert reason_of(changed) is IdentityErrorReason.CHECKSUM


@given(generated_numbers())
def test_B8_masked_never_contains_digits_7_to_11(text: str) -> None:
    number = parse_identity_number(text, allow_synthetic=True)
    masked = number.masked()
    assert masked == text[:6] + "*****"
    assert masked[6:] == "*****"
    for shown in (str(number), repr(number)):
        assert text not in shown
        assert all(len(run) <= 6 for run in re.findall(r"\d+", shown))


@given(st.text(max_size=20))
def test_B8_mask_never_returns_more_than_the_date_part(text: str) -> None:
    masked = mask(text)
    assert sum(c.isdigit() for c in masked) <= 6


def test_generators_reproduce_the_domain_vectors() -> None:
    """Guard for the generator itself: it agrees with DOMAIN.md C's published vectors."""
    assert make_fnr(14, 3, 15, 512, synthetic=True) == "14831551217"
    assert make_fnr(14, 3, 15, 512, d=True, synthetic=True) == "54831551200"
    assert make_fnr(2, 1, 32, 999, synthetic=True, k1_remainder=1) == "02813299960"
    assert make_fnr(2, 1, 32, 998, synthetic=True, k1_remainder=2) == "02813299898"
    assert isinstance(parse_identity_number("02813299952", allow_synthetic=True), IdentityNumber)
