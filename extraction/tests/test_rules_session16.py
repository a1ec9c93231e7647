"""Rules written in session 16 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from rule_table import H, targets

FIGURES = [
    (
        H + "全年接待游客1200万至1300万人次,实现旅游收入110亿至120亿元。",
        [(1200, 1300, "万人次"), (110, 120, "亿元")],
        "a range that writes its magnitude twice is one figure",
    ),
    (
        H + "新增城镇就业一万二千至一万三千人。",
        [(12000, 13000, "人")],
        "a range in Chinese numerals whose magnitudes stay inside the numbers",
    ),
    (
        H + "客流量力争达到九百五十万至九百八十万人次。",
        [(950, 980, "万人次")],
        "a Chinese range writing its magnitude twice keeps the first one and the unit",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), FIGURES, ids=[c[2][:40] for c in FIGURES])
def test_figures(text: str, expected: list[tuple], reason: str) -> None:
    got = [(t["value"], t["value_max"], t["unit"]) for t in targets(text)]
    assert got == expected, reason


def test_a_copula_after_a_figure_names_nothing() -> None:
    out = targets(H + "全年新增城镇就业,1.2万人是底线。建设3个便民服务中心。")
    assert [t["indicator"] for t in out] == ["", "便民服务中心"], "是底线 is what the figure is"
