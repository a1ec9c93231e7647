"""Chinese numerals: (text, expected, reason) tables."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pacesetter_extraction.numerals import parse_chinese_number, parse_year, split_magnitude

NUMBERS = [
    ("二十", 20, "ten-multiple"),
    ("十", 10, "bare ten"),
    ("十一", 11, "teen"),
    ("两", 2, "两 as two"),
    ("兩", 2, "traditional 兩"),
    ("三十", 30, "三十分钟"),
    ("一千兩百", 1200, "thousands and hundreds"),
    ("一千二百万", 12_000_000, "万 magnitude"),
    ("一點四兆", Decimal("1.4e12"), "decimal with 兆"),
    ("四点五", Decimal("4.5"), "decimal"),
    ("万亿", 10**12, "bare 万亿 = 1 万亿"),
    ("三万亿", 3 * 10**12, "万 then 亿 multiply"),
    ("一亿二千万", 120_000_000, "亿 section then 万 section"),
    ("千", 1000, "bare 千 as in 千亿"),
    ("二〇二五", 2025, "digit-by-digit year"),
]


@pytest.mark.parametrize("text,expected,reason", NUMBERS)
def test_parse_chinese_number(text: str, expected: object, reason: str) -> None:
    assert parse_chinese_number(text) == Decimal(expected), reason


YEARS = [
    ("2025", 2025, "arabic"),
    ("二〇二五", 2025, "〇 zero"),
    ("二○二六", 2026, "○ circle zero"),
    ("一九九一", 1991, "1991"),
    ("三十五", None, "not a year"),
    ("1234", None, "out of range"),
]


@pytest.mark.parametrize("text,expected,reason", YEARS)
def test_parse_year(text: str, expected: int | None, reason: str) -> None:
    assert parse_year(text) == expected, reason


@pytest.mark.parametrize(
    "text,expected",
    [
        ("一千两百万", ("一千两百", "万")),
        ("万亿", ("", "万亿")),
        ("千亿", ("千", "亿")),
        ("五", ("五", "")),
    ],
)
def test_split_magnitude(text: str, expected: tuple[str, str]) -> None:
    assert split_magnitude(text) == expected


@pytest.mark.parametrize("bad", ["", "百分", "abc"])
def test_bad_numerals_raise(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_chinese_number(bad)
