from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pacesetter.core.periods import InvalidPeriod, Period, iterate

years = st.integers(min_value=1950, max_value=2050)  # a shift of 40 years stays in range
periods = st.one_of(
    st.builds(Period.year_of, years),
    st.builds(lambda y, q: Period.of("quarter", y, q), years, st.integers(1, 4)),
    st.builds(Period.month, years, st.integers(1, 12)),
)


@pytest.mark.parametrize(
    ("text", "kind", "year", "number"),
    [
        ("2023", "year", 2023, 1),
        ("2023Q1", "quarter", 2023, 1),
        ("2023q4", "quarter", 2023, 4),
        ("202301", "month", 2023, 1),
        ("202312", "month", 2023, 12),
    ],
)
def test_parse_reads_the_three_forms(text, kind, year, number):
    period = Period.parse(text)
    assert (period.kind, period.year, period.number) == (kind, year, number)


@pytest.mark.parametrize(
    "text", ["", "23", "2023Q5", "2023Q0", "202313", "202300", "2023-01", "abc"]
)
def test_parse_refuses_what_is_not_a_period(text):
    with pytest.raises(InvalidPeriod, match="is not a period"):
        Period.parse(text)


@given(periods)
def test_format_and_parse_round_trip(period):
    assert Period.parse(str(period)) == period


@given(periods, st.integers(-40, 40))
def test_shift_is_reversible_and_keeps_the_kind(period, steps):
    moved = period.shift(steps)
    assert moved.kind == period.kind
    assert moved.shift(-steps) == period
    assert (moved > period) == (steps > 0) or steps == 0


@given(periods)
def test_next_starts_the_day_after_the_end(period):
    assert (period.next().start - period.end).days == 1


@given(periods)
def test_months_cover_the_period_exactly(period):
    months = period.months()
    assert len(months) == period.month_count
    assert months[0].start == period.start and months[-1].end == period.end
    assert all(period.contains(m) for m in months)


@given(st.builds(Period.month, years, st.integers(1, 12)))
def test_share_elapsed_of_the_year_is_months_over_twelve(month):
    assert month.share_elapsed(Period.year_of(month.year)) == Fraction(month.number, 12)


@given(periods, periods)
def test_share_elapsed_is_between_zero_and_one_and_never_falls(a, target):
    share = a.share_elapsed(target)
    assert 0 <= share <= 1
    assert a.next().share_elapsed(target) >= share


def test_share_elapsed_before_and_after_the_target():
    year = Period.parse("2023")
    assert Period.parse("202212").share_elapsed(year) == 0
    assert Period.parse("2024Q1").share_elapsed(year) == 1
    assert Period.parse("2023Q2").share_elapsed(year) == Fraction(1, 2)


@given(st.builds(Period.month, years, st.integers(1, 12)), st.integers(0, 40))
def test_iterate_yields_each_month_once_in_order(first, steps):
    last = first.shift(steps)
    got = list(iterate(first, last))
    assert len(got) == steps + 1
    assert got == sorted(got) and got[0] == first and got[-1] == last


def test_iterate_refuses_mixed_kinds():
    with pytest.raises(InvalidPeriod):
        list(iterate("2023", "202301"))


def test_ends_of_months_know_leap_years():
    assert str(Period.parse("202402").end) == "2024-02-29"
    assert str(Period.parse("202302").end) == "2023-02-28"
    assert str(Period.parse("2023Q4").end) == "2023-12-31"
