"""Rules from the eleventh hold-out (session 12, issue 14): a cited plan's years, percentage
ranges that write % twice, 增加…至 names, changes in tenths (减少三至四成), two magnitudes in
Chinese numerals, and Taiwan's digits with a full stop.

Each case is (text, expected, reason); the sentences are written for these tests, in the
language of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from pacesetter_extraction import extract
from rule_table import targets

FIGURES = [
    (
        "2026年工作要点:到2030年,将风电在电力装机中的比例提高至20%至25%。",
        [("~", 20, 25, "%")],
        "a percentage range may write % twice; the object between 提高 and 至 is the name",
    ),
    (
        "到2040年,全市公共建筑用电量较2020年减少二至三成。",
        [("~", 2, 3, "成")],
        "a change in tenths is a range and growth; the base and the verb leave the name",
    ),
    (
        "2026年施政要点:政府将增加约二亿三千五百万元的拨款。",
        [("~", 23500, None, "万元")],
        "亿 before the 万 of a Chinese numeral: the 万 counts the remainder only",
    ),
    (
        "115年施政重点:治理工程总经费约二三.四五亿元。",
        [("~", 23.45, None, "亿元")],
        "Chinese digits with a full stop are a decimal",
    ),
]


@pytest.mark.parametrize("text,expected,reason", FIGURES)
def test_ranges_changes_and_numerals(
    text: str, expected: list[tuple[str, float, float | None, str]], reason: str
) -> None:
    got = [(t["comparator"], t["value"], t["value_max"], t["unit"]) for t in targets(text)]
    assert got == expected, reason


def test_names_of_ranges_and_changes() -> None:
    text = (
        "到2030年,将风电在电力装机中的比例提高至20%至25%。"
        "到2040年,全市公共建筑用电量较2020年减少二至三成。"
    )
    got = [(t["indicator"], t["growth"]) for t in targets(text)]
    assert got == [("风电在电力装机中的比例", False), ("公共建筑用电量", True)]


def test_a_cited_plans_period_does_not_date_the_text() -> None:
    text = (
        "记者从会议上获悉,今年全省将完成造林80万亩。\n"
        "全面落实《全省国土绿化规划(2021年-2025年)》,森林覆盖率达到18%。"
    )
    got = [t.year for t in extract(text, name="2022-forestry-news.txt").targets]
    assert got == [2022, 2022], "the cited plan's 2021 is not the year of the text"


MILESTONES = [
    (
        "2026年施政要点:环境局将成立新的碳中和办公室。",
        ["成立新的碳中和办公室"],
        "成立 sets up a body; an office is a thing set up",
    ),
    (
        "2026年施政要点:两间社区康健中心预计于未来两年开始营运。",
        ["两间社区康健中心开始营运"],
        "开始营运 puts a facility into use; 未来两年 gives its time",
    ),
]


@pytest.mark.parametrize("text,expected,reason", MILESTONES)
def test_bodies_set_up_and_facilities_opened(text: str, expected: list[str], reason: str) -> None:
    assert [m.indicator for m in extract(text).milestones] == expected, reason


def test_a_year_a_work_is_expected_in_does_not_date_the_text() -> None:
    text = (
        "2025年12月召开镇人代会,票决出2件民生实事项目。\n"
        "1.滨河路建设项目:目前已完成路基,预计2027年完工。\n"
        "2.镇卫生院改造项目:目前已完成主体,预计2026年6月完工。"
    )
    got = [m.year for m in extract(text).milestones]
    assert got == [2027, 2026], "预计2027年 is when a work ends, not the year the text is written"
