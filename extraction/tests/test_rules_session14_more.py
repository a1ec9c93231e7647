"""Rules written in session 14 (issue 14), second part: fiscal years, a task done ahead of time,
one figure given for each of several subjects, the growth a goal level means, a text that names
only the year gone, titles awarded with a year, thresholds and populations in names, slogans,
listings, roll calls, and pledges that a named facility is finished.

Each case is (text, expected, reason) or a test of its own; the sentences are written for these
tests, in the language of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from pacesetter_extraction import extract
from rule_table import H, targets


def test_fiscal_years_date_their_figures_by_the_year_they_end() -> None:
    text = (
        "运输署公布2025/26至2029/30年度的新巴士路线计划。"
        "2026/27年度将开办约40条新路线。"
        "到了2028/29年度,电动巴士将增至1,200部。\n"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [(40, 2027), (1200, 2029)]


def test_a_span_of_fiscal_years_sets_the_end_of_未来5年() -> None:
    text = "当局公布2025/26至2029/30年度的供应量。未来5年合共提供约8.6万个单位。"
    assert [t["year"] for t in targets(text)] == [2030]


def test_a_task_done_ahead_of_time_sets_no_goal() -> None:
    text = (
        "2025年全县主要目标:\n一、2024年1-10月指标完成情况\n"
        "全县工业产值提前两个月完成市下达的80亿元的任务;全县工业用电量完成3.1亿千瓦时。\n"
    )
    assert targets(text) == []


def test_one_figure_given_for_each_of_several_subjects() -> None:
    out = targets(H + "社会消费品零售总额、居民人均消费支出分别增长6%左右。")
    assert [(t["indicator"], t["value"], t["comparator"]) for t in out] == [
        ("社会消费品零售总额", 6, "~"),
        ("居民人均消费支出", 6, "~"),
    ]


def test_a_list_of_figures_cut_by_a_stray_mark_is_not_each_subjects() -> None:
    out = targets(H + "城镇、农村居民人均可支配收入分别增长6%,7%。")
    assert len(out) == 2


def test_the_growth_a_goal_level_means() -> None:
    text = "2025年工作目标任务是:全县农业总产值达到52亿元,预计比上年增长6.5%;新增家庭农场30家。"
    assert [(t["value"], t["growth"]) for t in targets(text)] == [
        (52, False),
        (6.5, True),
        (30, False),
    ]
    told = targets("据统计部门测算,全县农业总产值达到52亿元,预计比上年增长6.5%。")
    assert [t["value"] for t in told if t["growth"]] == [], "no goal list: a forecast"


def test_a_text_naming_only_the_year_gone_is_later() -> None:
    text = (
        "今年春天,县人代会如期召开。\n过去的2024年,是极不平凡的一年。\n"
        "站在新起点上,我们明确目标:地区生产总值增长6%,城镇新增就业3000人。"
    )
    assert [t["year"] for t in targets(text)] == [2025, 2025]


def test_a_year_in_a_title_awarded_does_not_date_the_text() -> None:
    text = (
        "去年全县接待游客420万人次,某村被评为“2023年省级乡村旅游重点村”。"
        "今年全县计划接待游客480万人次。"
    )
    assert [(t["value"], t["year"]) for t in targets(text, year=2024)] == [(480, 2024)]


TOLD = [
    (H + "其中营收过亿元企业达到12家。", [12], "过亿元 before 企业 names which firms are counted"),
    (H + "两会期间,80万全县人民共同关注。新增就业2000人。", [2000], "a population as subject"),
    ("2026年工作计划:本县“四年翻两番”2026年目标任务是:工业产值达到60亿元。", [60], "a slogan"),
    (H + "全县有7个项目被列入省重点项目,新开工项目40个。", [40], "a count a list took in"),
    (H + "全镇52名(共55名)代表出席会议,新建村道8公里。", [8], "a roll call with a bracket"),
]


@pytest.mark.parametrize("text,values,reason", TOLD)
def test_figures_told_not_aimed(text: str, values: list[float], reason: str) -> None:
    assert [t["value"] for t in targets(text)] == values, reason


PLEDGES = [
    (
        H + "街道作出三项承诺:1.力促城西农贸市场竣工落成,督促东关菜市场建成和停车场扩容。",
        ["城西农贸市场竣工落成", "东关菜市场建成"],
    ),
    (H + "积极参与开放合作,争取开通渝新欧冷链专列。", ["开通渝新欧冷链专列"]),
]


@pytest.mark.parametrize("text,expected", PLEDGES)
def test_pledges_that_a_named_facility_is_finished(text: str, expected: list[str]) -> None:
    got = [m.indicator for m in extract(text).milestones]
    assert got == expected


def test_goals_a_congress_passed() -> None:
    text = "会上我们通过了全年新增规上工业企业40家、专精特新企业12家的目标。"
    assert [t["value"] for t in targets(H + text)] == [40, 12]


def test_what_is_already_built_as_an_object_is_no_result() -> None:
    text = H + "推动已建物流园区入驻率提升。全县冷链物流企业达到30家以上。"
    assert [t["value"] for t in targets(text)] == [30]


def test_who_set_a_goal_is_no_part_of_its_name() -> None:
    text = H + "会上我们通过了全年新增规上工业企业40家的目标。"
    assert [t["indicator"] for t in targets(text)] == ["新增规上工业企业"]
