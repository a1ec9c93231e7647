"""Rules from the ninth hold-out (session 12, issue 14): what a place administers, a level a
change starts from (由…增至), growth against a named year, facilities named by when they
open, works finished at a given time, budget and plan words inside names, counted nouns after
a list of what they are, and a verb that governs a list.

Each case is (text, expected, reason); the sentences are written for these tests, in the
language of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from pacesetter_extraction import extract
from rule_table import targets

FIGURES = [
    (
        "全镇地处山区,下辖19个行政村。今年全镇新建村级服务中心5个。",
        [5],
        "what a place administers (下辖) describes it",
    ),
    (
        "到2030年,全县A级景区数量由12处增至20处。",
        [20],
        "the level a change starts from (由…增至) is a baseline",
    ),
]


@pytest.mark.parametrize("text,expected,reason", FIGURES)
def test_places_and_baselines_are_no_goals(text: str, expected: list[float], reason: str) -> None:
    assert [t["value"] for t in targets(text)] == expected, reason


NAMES = [
    (
        "2026年工作目标:全县粮食产量比2025年增加8%。",
        [("粮食产量", True)],
        "a change against a named year is growth; the year and 比 are no part of the name",
    ),
    (
        "2026年工作目标:在2028年年底前将资助名额增加20%,体育锻炼人数增加5万人。",
        [("资助名额", True), ("体育锻炼人数增加", False)],
        "增加 before a percentage is growth; before a count it names the increase",
    ),
    (
        "2026年工作目标:今年全县城镇将新增就业5000人,全镇计划固定资产投资达到8亿元,年度计划投资30亿元。",
        [("城镇新增就业", False), ("全镇固定资产投资", False), ("年度计划投资", False)],
        "将 and 计划 inside a name are words about the goal; 年度计划投资 is a term",
    ),
    (
        "2026年工作目标:预期地区生产总值增长6%。",
        [("地区生产总值", True)],
        "预期 opens no name",
    ),
    (
        "到2030年,重点培育5家具有地方特色、带动能力强的龙头企业。",
        [("龙头企业", False)],
        "the counted noun comes after a list of what the things are, at its 的",
    ),
    (
        "2026年新建3所小学、2所初中和1所高中。",
        [("新建小学", False), ("新建初中", False), ("新建高中", False)],
        "a creating verb governs every count of its list",
    ),
]


@pytest.mark.parametrize("text,expected,reason", NAMES)
def test_names_of_growth_plans_and_lists(
    text: str, expected: list[tuple[str, bool]], reason: str
) -> None:
    assert [(t["indicator"], t["growth"]) for t in targets(text)] == expected, reason


MILESTONES = [
    (
        "政府表示,明年中落成的市体育中心新馆将承办省运会。",
        ["市体育中心新馆落成"],
        "a facility named by when it opens (明年中落成的…) is an event",
    ),
    (
        "2026年施政要点:北区卫生中心将于明年中投入服务。",
        ["北区卫生中心投入服务"],
        "投入服务 (Hong Kong's 投入使用) puts a facility into use",
    ),
    (
        "2026年施政要点:城西康复中心工程预计明年第一季完成,全部完成。",
        ["城西康复中心工程完成"],
        "a named work finished at a given time; a bare 完成 is none",
    ),
    (
        "今年将开工实施城北片区防洪治理工程。",
        ["开工实施城北片区防洪治理工程"],
        "开工实施 starts a named work",
    ),
]


@pytest.mark.parametrize("text,expected,reason", MILESTONES)
def test_facilities_opened_and_works_finished(text: str, expected: list[str], reason: str) -> None:
    assert [m.indicator for m in extract(text).milestones] == expected, reason
