"""The age shown in "Mine saker" is counted as dateutil counts it (A25's 29 February rule)."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from desktop.case_service import _age


@given(born=st.dates(date(1990, 1, 1), date(2026, 12, 31)), days=st.integers(0, 12_000))
def test_age_is_whole_years_as_relativedelta_counts_them(born: date, days: int) -> None:
    today = born + timedelta(days=days)
    assert _age(born, today) == relativedelta(today, born).years


def test_a_29_february_child_turns_a_year_older_on_28_february_in_common_years() -> None:
    """A25 (§ 1-2): the engine's ``add_years`` puts the birthday on 28 February."""
    born = date(2008, 2, 29)
    assert [_age(born, date(2026, 2, d)) for d in (27, 28)] == [17, 18]
    assert _age(None, date(2026, 2, 28)) is None
