"""Rules written in session 14 (issue 14), third part: a five-year plan's results told before
its next plan's goals, the goals a department sets out for a period, a lead that says how the
news was learnt, slogans in quotes, cited titles, a plan's name in quotes as a time, a day due
near a page's top, design standards, effects of a work, per-head bases, a project list's
breakdown, and praise in quotes before a city's kind.

Each case is (text, expected, reason) or a test of its own; the sentences are written for these
tests, in the language of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from pacesetter_extraction import extract
from rule_table import H, targets

PLAN_AFTER_REVIEW = (
    "“十三五”期间,全省交通事业加快发展,取得了明显成效。\n"
    "——公路总里程达到8.2万公里,较“十二五”末增长12%。\n"
    "——新建农村公路1.6万公里。\n"
    "为推动交通强省建设,交通运输厅制定了“十四五”主要目标。\n"
    "——公路总里程达到9万公里。\n"
    "——新改建农村公路2万公里。\n"
)


def test_results_listed_after_a_review_then_the_next_plans_goals() -> None:
    out = targets(PLAN_AFTER_REVIEW)
    assert [(t["value"], t["year"]) for t in out] == [(9, 2025), (2, 2025)]


def test_a_lead_saying_how_the_news_was_learnt_before_the_horizon() -> None:
    text = (
        "2019-03-02 10:20 来源:本台\n"
        "本台讯:记者从省体育局冬季运动管理中心了解到,到2025年,全省滑雪场达到60个以上。"
        "冬季运动学校达到300所。\n"
    )
    assert [t["year"] for t in targets(text)] == [2025, 2025]


TOLD = [
    (H + "为落实“两亿人游乡村”的目标,全县新建民宿50家。", [50], "a slogan in quotes"),
    (
        H
        + "依据《关于印发“十四五”新增5000万亩高标准农田建设方案的通知》,全县新建高标准农田3万亩。",
        [3],
        "a figure inside a cited document's title",
    ),
    (
        H + "原则上每个口袋公园占地面积不小于400平方米。全县新建口袋公园30个。",
        [30],
        "a design standard in principle",
    ),
    (H + "大桥通车后,两镇之间车程可缩短40分钟。", [], "what a work will save, no goal"),
    (H + "全县建设项目中有3个省重点项目,新开工项目40个。", [40], "a project list's breakdown"),
]


@pytest.mark.parametrize("text,values,reason", TOLD)
def test_figures_that_are_no_goals(text: str, values: list[float], reason: str) -> None:
    assert [t["value"] for t in targets(text)] == values, reason


def test_a_count_per_head_is_counted_per_a_power_of_ten() -> None:
    out = targets(H + "每10万人拥有体育公园个数不小于1.5个。")
    assert [(t["value"], t["unit"]) for t in out] == [(1.5, "个")]


def test_a_plans_name_in_quotes_dates_what_follows() -> None:
    text = "2024年3月1日\n“十五五”清洁能源消费比重目标是30%,到2035年达到45%。\n"
    assert [(t["value"], t["year"]) for t in targets(text)] == [(30, 2030), (45, 2035)]


def test_a_day_due_near_the_top_is_no_page_date() -> None:
    text = "据了解,计划于2031年9月1日投入使用的城东小学进展顺利。今年全区新增学位2400个。"
    assert [t["year"] for t in targets(text, year=2030)] == [2030]


def test_praise_in_quotes_before_a_citys_kind_is_no_milestone() -> None:
    out = extract(H + "到2035年,建成“水清岸绿、美丽宜居”的滨江园林城市。")
    assert out.milestones == []


def test_what_can_be_done_is_no_part_of_a_name() -> None:
    out = targets(H + "全区能够新增普惠性托位600个。")
    assert [t["indicator"] for t in out] == ["新增普惠性托位"]


SPACED_AND_DUE = [
    (
        "发布时间:2026-09-01\n到 2030 年,全市生物医药产业营业收入达到 900 亿元。",
        [(900, 2030)],
        "a year written with spaces (到 2030 年) is a year",
    ),
    (
        "2026年施政报告\n约 300 个黑点于 2025 年底前消除至少 80%。",
        [(300, 2025), (80, 2025)],
        "a deadline looks forward even when its year is before the text's",
    ),
    (
        "当局会于 2027 年或之前完成 12 个公园的改善工程。明年新建 5 个口袋公园。",
        [(12, 2027), (5, 2027)],
        "…年或之前 is a deadline, not the text's own year",
    ),
]


@pytest.mark.parametrize("text,expected,reason", SPACED_AND_DUE)
def test_spaced_years_and_deadlines(text: str, expected: list, reason: str) -> None:
    got = [(t["value"], t["year"]) for t in targets(text, year=2026)]
    assert got == expected, reason


def test_a_vision_year_in_a_published_title_is_not_the_texts() -> None:
    text = (
        "《青石市国民经济和社会发展第十五个五年规划和二〇四〇年远景目标纲要》全文公布。\n"
        "“十五五”期间,地区生产总值年均增长6%以上。"
    )
    assert [t["year"] for t in targets(text)] == [2030]


def test_a_share_of_what_the_clause_before_measures() -> None:
    out = targets(H + "数字经济核心产业增加值突破80亿元,占全县GDP8%以上。")
    assert [t["indicator"] for t in out] == [
        "数字经济核心产业增加值",
        "数字经济核心产业增加值占全县GDP比重",
    ]
