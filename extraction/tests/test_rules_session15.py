"""Rules written in session 15 (issue 14): indicator names that keep the text's own words.

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from rule_table import H, targets

NAMES = [
    (
        H + "明年全县GDP力争增长6.5%,一般公共预算收入增长5%。",
        ["GDP", "一般公共预算收入"],
        "an abbreviation the text uses is the name a plan office reads back (not 地区生产总值)",
    ),
    (
        H + "今年湘潭GDP目标增长5.5%左右。",
        ["湘潭GDP"],
        "a place before GDP stays with it",
    ),
    (
        H + "今年中国GDP增长预期目标为5%左右。",
        ["国内生产总值"],
        "the country's GDP keeps its statistical name",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), NAMES, ids=[c[2][:40] for c in NAMES])
def test_indicator_names(text: str, expected: list[str], reason: str) -> None:
    assert [t["indicator"] for t in targets(text)] == expected, reason
