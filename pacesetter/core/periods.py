"""Reporting periods: a year ``2023``, a quarter ``2023Q1`` or a month ``202301``.

Periods are plain values (hashable, ordered) so they can be used as dictionary
keys and stored as their canonical string in the database.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

YEAR, QUARTER, MONTH = "year", "quarter", "month"
_MONTHS_IN = {YEAR: 12, QUARTER: 3, MONTH: 1}
_PATTERNS = (
    (re.compile(r"^(\d{4})$"), YEAR),
    (re.compile(r"^(\d{4})Q([1-4])$"), QUARTER),
    (re.compile(r"^(\d{4})(0[1-9]|1[0-2])$"), MONTH),
)


# A sane calendar: a period read from text (a page's ?period=, a form, a file, the API) lies
# within it, so no plan or figure lies outside it. Arithmetic may step beyond it (the month
# before 190001, the same month a year earlier) as long as ``date`` can hold the result.
FIRST_YEAR, LAST_YEAR = 1900, 2100
_DATE_YEARS = range(1, 9999)  # 9999 has no month after its last


class InvalidPeriod(ValueError):
    pass


@dataclass(frozen=True, order=True)
class Period:
    """A calendar period. Ordered by first month, then longer periods first."""

    first_month: int  # months since year 0, the period's first month: orders periods
    kind_rank: int  # 0 year, 1 quarter, 2 month
    kind: str
    year: int
    number: int  # quarter 1-4, month 1-12, 1 for a year

    @classmethod
    def of(cls, kind: str, year: int, number: int = 1) -> Period:
        if kind not in _MONTHS_IN:
            raise InvalidPeriod(f"unknown period kind {kind!r}")
        limit = {YEAR: 1, QUARTER: 4, MONTH: 12}[kind]
        if not 1 <= number <= limit or year not in _DATE_YEARS:
            raise InvalidPeriod(f"no {kind} {number} in year {year}")
        first = year * 12 + (number - 1) * _MONTHS_IN[kind]
        return cls(first, (YEAR, QUARTER, MONTH).index(kind), kind, year, number)

    @classmethod
    def parse(cls, text: str | Period) -> Period:
        if isinstance(text, Period):
            return text
        value = str(text).strip().upper()
        for pattern, kind in _PATTERNS:
            if match := pattern.match(value):
                year = int(match.group(1))
                number = int(match.group(2)) if kind != YEAR else 1
                if not FIRST_YEAR <= year <= LAST_YEAR:
                    raise InvalidPeriod(
                        f"{text!r}: the year is out of range, use a year "
                        f"from {FIRST_YEAR} to {LAST_YEAR}"
                    )
                return cls.of(kind, year, number)
        raise InvalidPeriod(f"{text!r} is not a period: use 2023, 2023Q1 or 202301")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls.of(MONTH, year, month)

    @classmethod
    def year_of(cls, year: int) -> Period:
        return cls.of(YEAR, year)

    def __str__(self) -> str:
        if self.kind == YEAR:
            return f"{self.year:04d}"
        if self.kind == QUARTER:
            return f"{self.year:04d}Q{self.number}"
        return f"{self.year:04d}{self.number:02d}"

    @property
    def month_count(self) -> int:
        return _MONTHS_IN[self.kind]

    @property
    def last_month(self) -> int:
        return self.first_month + self.month_count - 1

    @property
    def start(self) -> date:
        return date(self.first_month // 12, self.first_month % 12 + 1, 1)

    @property
    def end(self) -> date:
        after = self.last_month + 1
        return date.fromordinal(date(after // 12, after % 12 + 1, 1).toordinal() - 1)

    def shift(self, steps: int) -> Period:
        """The period ``steps`` periods of the same kind later (earlier if negative)."""
        first = self.first_month + steps * self.month_count
        year, offset = divmod(first, 12)
        return Period.of(self.kind, year, offset // self.month_count + 1)

    def next(self) -> Period:
        return self.shift(1)

    def previous(self) -> Period:
        return self.shift(-1)

    def same_period_last_year(self) -> Period:
        return Period.of(self.kind, self.year - 1, self.number)

    def contains(self, other: Period) -> bool:
        return self.first_month <= other.first_month and other.last_month <= self.last_month

    def months(self) -> list[Period]:
        return [_month_at(m) for m in range(self.first_month, self.last_month + 1)]

    def share_elapsed(self, target: Period) -> Fraction:
        """Share of ``target`` elapsed at the end of this period (时序进度): June of 2023 → 1/2."""
        done = min(self.last_month, target.last_month) - target.first_month + 1
        return Fraction(max(0, done), target.month_count)


def _month_at(first_month: int) -> Period:
    year, offset = divmod(first_month, 12)
    return Period.of(MONTH, year, offset + 1)


def iterate(first: Period | str, last: Period | str) -> Iterator[Period]:
    """Every period from ``first`` to ``last`` inclusive; both must be of the same kind."""
    first, last = Period.parse(first), Period.parse(last)
    if first.kind != last.kind:
        raise InvalidPeriod(f"cannot iterate from a {first.kind} to a {last.kind}")
    current = first
    while current <= last:
        yield current
        current = current.next()


REPORTING_DAYS = 5  # a month's figures are due five days after it ends


def deadline(period: Period) -> date:
    """The reporting deadline of a period: the one rule every page and reminder uses."""
    return period.end + timedelta(days=REPORTING_DAYS)


def is_overdue(period: Period, today: date) -> bool:
    return today > deadline(period)


def latest_closed_month(today: date) -> Period:
    """The latest month whose reporting deadline has passed by ``today``."""
    month = Period.month(today.year, today.month).previous()
    while is_overdue(month, today) is False:
        month = month.previous()
    return month


def parse_month(text: str | Period) -> Period:
    """A reporting month (202311): the one place that says what a month is. Reports, entry
    grids, imports and the API all read their month through here."""
    period = Period.parse(text)
    if period.kind != MONTH:
        raise InvalidPeriod(f"{text!r} is not a month: use one such as 202311")
    return period
