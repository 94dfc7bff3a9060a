"""Norwegian identity numbers (DOMAIN.md C) and how they may be shown (B8).

Why this module is strict about what it says: a fødselsnummer identifies a child in a barnevern
case, so the full number must never reach a list, a log line or an error message (B8). Every
printable form here (``str``, ``repr``, exception text) is masked as ``DDMMYY*****``.

Why it is modest about what it knows: DOMAIN.md C says never derive gender or century from a
number (the individnummer ranges stop meaning anything once the 2032 rule is in use). So the
date part is exposed as day, month and a two-digit year; a full ``birth_date`` is only given when
``today`` leaves exactly one possible century, and ``birth_date_candidates()`` lists the options.

Pure Python: no Qt, no database, no network, no hidden clock (``today`` is always passed in).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from domain.errors import ErrorKind, ValidationError

# Control-digit weights (DOMAIN.md C). The trailing 1 is the control digit's own weight.
_K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2, 1)
_K2_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
# From 2032 the k1 sum may leave remainder 0, 1, 2 or 3 (k2 unchanged). 0 is the 1964 rule, so
# every 1964-valid number is also 2032-valid; "1964 only" cannot happen.
_K1_REMAINDERS_2032 = frozenset({0, 1, 2, 3})
# DUF-nummer (12 digits: registration year + 6 digits + 2 control digits). The two control digits
# are the weighted sum of the first ten digits mod 11, zero-padded ("00".."10"). Confirmed against
# SSB's own control program: statisticsnorway/kostra-kontrollprogram, no.ssb.kostra.utils.Fnr
# .isValidDUFnr, whose FnrTest accepts "201212345603" and rejects "201234567890".
_DUF_WEIGHTS = (4, 6, 3, 2, 4, 6, 3, 2, 7, 5)
# SSB placeholder for a child not yet given a number: a (due) date + 99999.
PLACEHOLDER_SUFFIX = "99999"
# Centuries a birth date may fall in. 18xx is left out on purpose: nobody born then is alive.
_CENTURIES = (1900, 2000)


class IdentityKind(StrEnum):
    """What sort of number it is; the UI and the sync layer treat them differently."""

    FODSELSNUMMER = "fodselsnummer"
    D_NUMMER = "d_nummer"  # day + 40: people without a fødselsnummer (temporary)
    H_NUMMER = "h_nummer"  # month + 40: given by health services
    SYNTHETIC = "synthetic"  # month + 80 (Skatteetaten Tenor); may also carry the D offset
    DUF = "duf"  # 12 digits, from UDI's DUF register
    PLACEHOLDER = "placeholder"  # SSB: (due) date + 99999, e.g. for an unborn child


class CheckRule(StrEnum):
    """Which control-digit rule an 11-digit number satisfies."""

    BOTH = "1964+2032"  # k1 remainder 0: valid under the 1964 rule and therefore also 2032
    RULE_2032 = "2032"  # k1 remainder 1-3: valid only under the 2032 rule
    NOT_APPLICABLE = "n/a"  # DUF (own rule) and placeholders (no control digits)


class IdentityErrorReason(StrEnum):
    """Why a number was refused; finer than ``ErrorKind`` so the UI can say what to fix."""

    FORMAT = "format"
    CHECKSUM = "checksum"
    DATE = "date"
    SYNTHETIC_NOT_ALLOWED = "synthetic_not_allowed"


class InvalidIdentityNumber(ValidationError, ValueError):
    """The text is not an acceptable identity number.

    ``kind`` is ``ErrorKind.INVALID_IDENTITY_NUMBER`` (the shared error tree's contract, so the
    UI's message table works unchanged); ``reason`` says which check failed. The message is a
    fixed English sentence and never contains the number (B8).
    """

    kind = ErrorKind.INVALID_IDENTITY_NUMBER

    def __init__(self, reason: IdentityErrorReason, message: str) -> None:
        self.reason = reason
        super().__init__(
            ErrorKind.INVALID_IDENTITY_NUMBER, f"{reason.value}: {message}", field="identity_number"
        )


def mask(text: str) -> str:
    """The number as it may be shown outside the person view (B8).

    11 digits become ``DDMMYY*****``; a 12-digit DUF keeps only its registration year
    (``YYYY********``). Anything else is starred out entirely, so a typo cannot leak into a log.
    """
    digits = "".join(text.split())
    if _is_digits(digits) and len(digits) == 11:
        return digits[:6] + "*" * 5
    if _is_digits(digits) and len(digits) == 12:
        return digits[:4] + "*" * 8
    return "*" * len(digits)


@dataclass(frozen=True, repr=False)
class IdentityNumber:
    """A parsed, valid identity number. Make one with ``parse_identity_number``.

    ``day``/``month``/``year2`` are the decoded date part (offsets removed; for a placeholder it
    is the due date); all three are ``None`` for DUF. ``birth_date`` is set only when ``today``
    was given and left one century; it takes no part in equality.
    """

    value: str
    kind: IdentityKind
    check_rule: CheckRule
    day: int | None = None
    month: int | None = None
    year2: int | None = None
    birth_date: date | None = field(default=None, compare=False)

    def masked(self) -> str:
        """``DDMMYY*****`` (B8); use this everywhere except the person view."""
        return mask(self.value)

    def __str__(self) -> str:
        return self.masked()

    def __repr__(self) -> str:
        # Masked too: reprs end up in logs, tracebacks and debugger output.
        return (
            f"IdentityNumber(kind={self.kind.value!r}, number={self.masked()!r}, "
            f"check_rule={self.check_rule.value!r})"
        )

    @property
    def is_d_number(self) -> bool:
        """True for a D-nummer, including a synthetic one with the D offset."""
        return self.kind in (IdentityKind.D_NUMMER, IdentityKind.SYNTHETIC) and self.value[0] > "3"

    def birth_date_candidates(self, today: date | None = None) -> tuple[date, ...]:
        """Every real birth date the number allows (1900s, 2000s), oldest first.

        With ``today``, dates after it are dropped. Empty for DUF and placeholders (a
        placeholder's date is a due date, not a birth date).
        """
        if self.kind in (IdentityKind.DUF, IdentityKind.PLACEHOLDER):
            return ()
        assert self.day is not None and self.month is not None and self.year2 is not None
        return _candidates(self.day, self.month, self.year2, today)

    def matches_birth_date(self, born: date) -> bool:
        """Whether a birth date known from elsewhere agrees with the number's date part."""
        return born in self.birth_date_candidates()


def parse_identity_number(
    text: str, *, allow_synthetic: bool = False, today: date | None = None
) -> IdentityNumber:
    """Validate and classify an identity number typed or imported as ``text``.

    Whitespace is ignored. Synthetic (Tenor) numbers are refused unless ``allow_synthetic``
    (demo and test mode only, DOMAIN.md C). ``today`` is used only to settle the century of
    ``birth_date`` and to refuse a birth date that lies after it. Raises
    ``InvalidIdentityNumber``; the checks run format, date, control digits, synthetic.
    """
    digits = "".join(text.split())
    if not _is_digits(digits):
        raise InvalidIdentityNumber(IdentityErrorReason.FORMAT, "only digits are allowed")
    if len(digits) == 12:
        return _parse_duf(digits)
    if len(digits) != 11:
        raise InvalidIdentityNumber(IdentityErrorReason.FORMAT, "expected 11 digits (DUF: 12)")

    day, month, year2, d_offset, h_offset, synthetic = _decode_date_part(digits)
    rule = _control_rule(digits)
    if rule is None:
        plain = not (d_offset or h_offset or synthetic)
        if plain and digits.endswith(PLACEHOLDER_SUFFIX):
            return IdentityNumber(
                digits, IdentityKind.PLACEHOLDER, CheckRule.NOT_APPLICABLE, day, month, year2
            )
        raise InvalidIdentityNumber(IdentityErrorReason.CHECKSUM, "control digits do not match")
    if synthetic and not allow_synthetic:
        raise InvalidIdentityNumber(
            IdentityErrorReason.SYNTHETIC_NOT_ALLOWED, "synthetic test numbers are not allowed"
        )

    if synthetic:
        kind = IdentityKind.SYNTHETIC
    elif d_offset:
        kind = IdentityKind.D_NUMMER
    elif h_offset:
        kind = IdentityKind.H_NUMMER
    else:
        kind = IdentityKind.FODSELSNUMMER
    birth_date: date | None = None
    if today is not None:
        options = _candidates(day, month, year2, today)
        if not options:
            raise InvalidIdentityNumber(IdentityErrorReason.DATE, "birth date lies in the future")
        birth_date = options[0] if len(options) == 1 else None
    return IdentityNumber(digits, kind, rule, day, month, year2, birth_date)


def _is_digits(text: str) -> bool:
    """ASCII 0-9 only: ``str.isdigit`` alone would accept e.g. Arabic-Indic or superscripts."""
    return text.isascii() and text.isdigit()


def _weighted_sum(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False))


def _control_rule(digits: str) -> CheckRule | None:
    """The rule an 11-digit number's control digits satisfy, or ``None``."""
    if _weighted_sum(digits, _K2_WEIGHTS) % 11 != 0:
        return None
    remainder = _weighted_sum(digits[:10], _K1_WEIGHTS) % 11
    if remainder == 0:
        return CheckRule.BOTH
    return CheckRule.RULE_2032 if remainder in _K1_REMAINDERS_2032 else None


def _decode_date_part(digits: str) -> tuple[int, int, int, bool, bool, bool]:
    """Day, month, two-digit year and the D / H / synthetic flags; refuses unreal dates."""
    raw_day, raw_month, year2 = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    d_offset = raw_day > 40
    month_offset = 80 if raw_month > 80 else 40 if raw_month > 40 else 0
    day, month = raw_day - (40 if d_offset else 0), raw_month - month_offset
    h_offset, synthetic = month_offset == 40, month_offset == 80
    if d_offset and h_offset:
        raise InvalidIdentityNumber(IdentityErrorReason.DATE, "both day and month are offset")
    # 20yy is a leap year whenever 19yy is, so this accepts 29 Feb if any century allows it.
    if not _candidates(day, month, year2, None):
        raise InvalidIdentityNumber(IdentityErrorReason.DATE, "the date part is not a real date")
    return day, month, year2, d_offset, h_offset, synthetic


def _candidates(day: int, month: int, year2: int, today: date | None) -> tuple[date, ...]:
    found: list[date] = []
    for century in _CENTURIES:
        try:
            candidate = date(century + year2, month, day)
        except ValueError:
            continue
        if today is None or candidate <= today:
            found.append(candidate)
    return tuple(found)


def _parse_duf(digits: str) -> IdentityNumber:
    control = _weighted_sum(digits[:10], _DUF_WEIGHTS) % 11
    if digits[10:] != f"{control:02d}":
        raise InvalidIdentityNumber(IdentityErrorReason.CHECKSUM, "DUF control digits do not match")
    return IdentityNumber(digits, IdentityKind.DUF, CheckRule.NOT_APPLICABLE)


def synthetic_identity_number(born: date, rng: random.Random) -> str:
    """A Tenor-style synthetic number (month + 80) with valid 1964-rule control digits.

    For demo and test data only (DOMAIN.md C): the app's demo vault and the server's demo.
    """
    while True:
        base = f"{born.day:02d}{born.month + 80:02d}{born.year % 100:02d}{rng.randrange(1000):03d}"
        k1 = (
            11
            - sum(int(d) * w for d, w in zip(base, (3, 7, 6, 1, 8, 9, 4, 5, 2), strict=True)) % 11
        )
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        with_k1 = base + str(k1)
        k2 = (
            11
            - sum(int(d) * w for d, w in zip(with_k1, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
            % 11
        )
        k2 = 0 if k2 == 11 else k2
        if k2 != 10:
            return with_k1 + str(k2)
