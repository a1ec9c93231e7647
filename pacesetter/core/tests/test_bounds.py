"""Figures and periods the database can hold: the one rule every channel reads through."""

from decimal import Decimal

import pytest
from django.utils import translation

from pacesetter.core.numbers import DECIMAL_PLACES, MAX_WHOLE_DIGITS, parse_number
from pacesetter.core.periods import InvalidPeriod, Period, parse_month
from pacesetter.datavalues.models import DataValue


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def test_the_limits_are_those_of_the_value_column():
    field = DataValue._meta.get_field("value")
    assert (MAX_WHOLE_DIGITS, DECIMAL_PLACES) == (
        field.max_digits - field.decimal_places,
        field.decimal_places,
    )


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1,234.5", Decimal("1234.5")),
        ("１２３．５", Decimal("123.5")),  # full-width, as a Chinese input method types it
        ("１，２３４", Decimal("1234")),
        (" -0.0001 ", Decimal("-0.0001")),
        ("+3", Decimal(3)),
        (".5", Decimal("0.5")),
        ("1.50000", Decimal("1.5")),  # trailing zeros lose nothing
        ("9" * 16 + ".9999", Decimal("9" * 16 + ".9999")),
        (2, Decimal(2)),
        (0.1 + 0.2, Decimal("0.3")),  # a spreadsheet's float, read as the spreadsheet shows it
        (Decimal("7.25"), Decimal("7.25")),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_figures_as_people_type_them(raw, value):
    assert parse_number(raw) == value


@pytest.mark.parametrize(
    "raw",
    [
        "inf",
        "-Infinity",
        "nan",
        "NaN",
        "sNaN",
        "1e400",
        "1e16",
        "1E-5",
        "1_000",
        "١٢٣",
        "۱۲۳",
        "१२३",
        "12 345",
        "1.2.3",
        "--1",
        "0x10",
        "abc",
        "½",
        True,
        float("inf"),
        float("nan"),
        Decimal("Infinity"),
        Decimal("NaN"),
    ],
)
def test_anything_else_is_refused(raw):
    with pytest.raises(ValueError, match="not a number"):
        parse_number(raw)


@pytest.mark.parametrize(
    "raw",
    ["1" + "0" * 16, "9" * 5000, -(10**16), 10**5000, 1e16, Decimal("1e16"), "-99999999999999999"],
    ids=lambda v: type(v).__name__,
)
def test_too_large_names_the_limit(raw):
    with pytest.raises(ValueError, match="at most 16 digits before the decimal point"):
        parse_number(raw)


@pytest.mark.parametrize("raw", ["0.00001", "1.23456", 1 / 3, Decimal("0.00005")])
def test_more_decimals_than_kept_are_refused_never_rounded_to_zero(raw):
    with pytest.raises(ValueError, match="at most 4 digits after the decimal point"):
        parse_number(raw)


@pytest.mark.parametrize("text", ["000101", "189912", "999912", "0001", "9999Q4", "210101"])
def test_periods_outside_a_sane_calendar_are_refused(text):
    with pytest.raises(InvalidPeriod, match="1900 to 2100"):
        Period.parse(text)


def test_the_calendar_ends_are_periods_and_can_be_stepped_beyond():
    first, last = parse_month("190001"), parse_month("210012")
    assert (str(first), str(last)) == ("190001", "210012")
    assert str(first.previous()) == "189912" and str(last.same_period_last_year()) == "209912"
    assert str(last.next().end) == "2101-01-31"


def test_arithmetic_never_leaves_what_a_date_can_hold():
    with pytest.raises(InvalidPeriod):
        Period.month(9999, 1)
    with pytest.raises(InvalidPeriod):
        Period.month(1, 1).previous()
