"""Calendar arithmetic for deadlines: plain calendar days, months clamped to the month's end.

DOMAIN.md §A: 31 January + 1 month = 28/29 February; nothing moves for weekends or holidays.
``add_months`` gives exactly what ``date + dateutil.relativedelta(months=n)`` gives (a test
proves it) at a tenth of the cost, which the 5,000-case budget of DESIGN.md §8 needs.
"""

from __future__ import annotations

from datetime import date, timedelta

_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

DAY = timedelta(days=1)
WEEK = timedelta(days=7)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    """Length of a month in days."""
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def add_months(start: date, months: int) -> date:
    """``start`` plus whole months, clamped to the last day of the target month."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    day = start.day
    if day > 28:
        day = min(day, days_in_month(year, month))
    return date(year, month, day)


def add_days(start: date, days: int) -> date:
    """``start`` plus calendar days."""
    return start + timedelta(days=days)


def add_years(start: date, years: int) -> date:
    """Anniversary ``years`` after ``start``; 29 February falls on 28 February in common years."""
    return add_months(start, 12 * years)


def days_in_year(year: int) -> int:
    """365 or 366."""
    return 366 if _is_leap(year) else 365
