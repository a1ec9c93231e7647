"""Rules written in session 16 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from pacesetter_extraction import extract
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


MILESTONE_NAMES = [
    (
        "2026年重点工作:力争东湖大桥2027年建成通车。",
        "东湖大桥建成通车",
        "the pledge and the year are no part of the work's name",
    ),
    (
        "2026年重点工作:西区体育馆主体工程将于明年6月底前全面完工。",
        "西区体育馆主体工程全面完工",
        "a deadline and 将于 go; the manner (全面) stays with the event",
    ),
    (
        "2026年重点工作:南山公园游客中心已完成主体施工,预计10月投入使用。",
        "南山公园游客中心投入使用",
        "a clause giving only the event takes the work its sentence opens with",
    ),
    (
        "2026年重点项目进展:\n3.城东污水处理厂扩建项目:总投资1.2亿元,日处理能力提升一倍,"
        "预计2026年9月竣工。",
        "城东污水处理厂扩建项目竣工",
        "…or the title of the list item it belongs to",
    ),
    (
        "2026年重点项目进展:北城学校改造工程目前已完成八成,但因雨季施工暂停,该工程预计12月完工。",
        "北城学校改造工程完工",
        "a cause (但因…) names no work; 该工程 points back to the one named",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "reason"), MILESTONE_NAMES, ids=[c[2][:40] for c in MILESTONE_NAMES]
)
def test_milestone_names(text: str, name: str, reason: str) -> None:
    assert [m.indicator for m in extract(text).milestones] == [name], reason
