"""Rules from the tenth hold-out (session 12, issue 14): comparators after a list, a count
that is no year, caps and floors, Hong Kong and Macau currencies, a team's size (11人制),
person-years, a change written as 调整为, rank verbs, a task's done share and 开局之年.

Each case is (text, expected, reason); the sentences are written for these tests, in the
language of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from pacesetter_extraction import extract
from rule_table import targets

FIGURES = [
    (
        "到2030年,全县生猪、肉牛存栏量分别达到80万头、12万头以上。",
        [("=", 80, "万头"), (">=", 12, "万头")],
        "以上 after a list's last item is that item's own",
    ),
    (
        "2026年,城乡居民人均可支配收入分别增长6%、7%左右。",
        [("~", 6, "%"), ("~", 7, "%")],
        "左右 after a list makes every item approximate",
    ),
    (
        "2026年施政要点:长者生活津贴上限3,000港元,最低工资不低于40港元,新建11人制足球场4块。",
        [("<=", 3000, "港元"), (">=", 40, "港元"), ("=", 4, "块")],
        "上限 is a cap; 港元 a unit; 11人制 sizes the pitch, no figure",
    ),
    (
        "到2030年,全区每万名就业人员中研发人员达到150人年,科技创新指数跃居全省前20位。",
        [("=", 150, "人年"), ("<=", 20, "位")],
        "人年 is a unit; 跃居 sets a rank",
    ),
    (
        "2026年施政要点:置业印花税豁免门槛由原来的300万澳门元调整为500万澳门元。",
        [("=", 500, "万澳门元")],
        "a change written 由原来…调整为 starts from a baseline",
    ),
    (
        "去年全县新造林3.1万亩(完成市定任务103%),森林覆盖率提高到62%。今年计划新造林3万亩。",
        [("=", 3, "万亩")],
        "完成…任务 before a figure is a share done, no goal that makes later figures plans",
    ),
]


@pytest.mark.parametrize("text,expected,reason", FIGURES)
def test_lists_caps_units_and_baselines(
    text: str, expected: list[tuple[str, float, str]], reason: str
) -> None:
    assert [(t["comparator"], t["value"], t["unit"]) for t in targets(text)] == expected, reason


NAMES = [
    (
        "到2030年,小麦、玉米、中药材总产量分别达到30万吨、45万吨、8万吨。",
        ["小麦总产量", "玉米总产量", "中药材总产量"],
        "a total's word starts the tail the items share, whatever their lengths",
    ),
    (
        "2026年,压紧压实耕地保护责任,今年建设12万亩高标准农田。",
        ["高标准农田"],
        "a figure that names its own noun borrows no subject from the clause before",
    ),
]


@pytest.mark.parametrize("text,expected,reason", NAMES)
def test_names_of_lists_and_own_nouns(text: str, expected: list[str], reason: str) -> None:
    assert [t["indicator"] for t in targets(text)] == expected, reason


def test_a_count_dates_no_text_and_the_opening_year_is_the_periods_first() -> None:
    text = (
        "市长表示,“十二五”期间,全市每年新开工保障房不少于1000万平方米。"
        "开局之年,全市将有17万套保障房投入使用。去年,全市试点为2000多户家庭提供了租金补贴。"
    )
    got = [t.year for t in extract(text).targets]
    assert 2000 not in got and got[-1] == 2011, ("2000多户 is a count, not the year", got)
