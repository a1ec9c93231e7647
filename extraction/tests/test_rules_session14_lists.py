"""Rules written in session 14 (issue 14), fourth part: what a project list's totals, a change
against last year named by its year, strings of Chinese digits, a document's own length and
parts, roll calls that gather, and volumes in 方 are, and are not.

Each case is (text, expected, reason); the sentences are written for these tests, in the
language of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from pacesetter_extraction import extract
from rule_table import H, targets

CASES = [
    (
        "2030年,全县计划实施重点项目88个,计划总投资320亿元,年度计划投资95亿元。",
        [88, 95],
        "the total of a counted project list describes it; the year's investment is the goal",
    ),
    (
        H + "实施龙湾、溪口等6个文旅项目总投资18亿元,年计划投资4亿元。",
        [6, 4],
        "a named group's total beside its count",
    ),
    (
        "2030年,全区重点项目年计划投资120亿元,较2029年增加15亿元。",
        [120],
        "a change against last year named by its year",
    ),
    (H + "三五七八九天天好彩,全县新建公厕20座。", [20], "a string of Chinese digits is no number"),
    (H + "完成老旧小区120组智能门禁加装。", [120], "组 counts sets"),
    (H + "来自各村的30名议事代表齐聚一堂,新建村道12公里。", [12], "a gathering's roll"),
    (H + "建成日供水5万方水厂,新建供水管网30公里。", [30], "a size before the facility it names"),
    (H + "规划共12章、6万字,设置18个专栏,新建学校5所。", [5], "a document's own length and parts"),
]


@pytest.mark.parametrize("text,values,reason", CASES)
def test_figures_kept_and_dropped(text: str, values: list[float], reason: str) -> None:
    assert [t["value"] for t in targets(text)] == values, reason


def test_a_facility_sized_by_its_figure_is_a_milestone() -> None:
    out = extract(H + "年内建成日处理能力3万吨污水处理厂。")
    assert [m.indicator for m in out.milestones] == ["建成日处理能力3万吨污水处理厂"]
    assert out.targets == []


def test_fang_is_a_volume_after_digits_only() -> None:
    out = targets(H + "全县水库蓄水达到260万方,形成三方合力,抓好2方面工作。")
    assert [(t["value"], t["unit"]) for t in out] == [(260, "万方")]


def test_a_report_that_names_only_the_year_it_reviews_is_for_the_next() -> None:
    text = (
        "3月1日,县第十八届人民代表大会第二次会议开幕。\n"
        "2029年,全县实现地区生产总值120亿元,同比增长5%。\n"
        "县政府提出发展预期目标,地区生产总值增长6%,城镇新增就业3000人。\n"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [(6, 2030), (3000, 2030)]


def test_a_level_recovered_to_a_past_years_share_is_a_result() -> None:
    text = "2030年,全县旅游人次、旅游收入分别恢复到2029年的108%、112%。\n2031年主要目标:地区生产总值增长6%。"
    assert [t["value"] for t in targets(text)] == [6]


def test_a_rise_past_a_bound_is_growth() -> None:
    out = targets(H + "全县公共机构整体能源效率提升超过8%。")
    assert [(t["value"], t["growth"]) for t in out] == [(8, True)]


def test_the_figure_compared_with_is_no_goal() -> None:
    out = targets(H + "新建保障房1.2万套,比去年计划提出的1.5万套房源少。")
    assert [t["value"] for t in out] == [1.2]
