"""Rules written in session 14 (issue 14): news subheadings that tell which year a story's part
is about, priorities named in a review, amounts spent on a named work, goals a sentence sets out
for a span, a five-year plan's draft presented, doublings, glosses in brackets, focus verbs
before amounts, counts whose noun follows a threshold, and milestones described rather than named.

Each case is (text, expected, reason) or a test of its own; the sentences are written for these
tests, in the language of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from pacesetter_extraction import extract
from rule_table import H, targets


def _quotes(text: str) -> list[str]:
    return [t["quote"] for t in targets(text)]


def test_a_subheading_about_last_year_makes_its_part_results() -> None:
    text = (
        "发布时间:2019-02-20\n"
        "县农业局局长在接受采访时介绍了今年的打算。\n"
        "去年改造提升\n"
        "高标准农田3.2万亩\n"
        "局长说,2018年全县共建成机耕路41公里。\n"
        "同时,还新建小型泵站12座,配套渠系18公里。\n"
        "今年将新建\n"
        "高效节水灌溉面积1.5万亩\n"
    )
    got = _quotes(text)
    assert got == ["高效节水灌溉面积1.5万亩"], "the paragraphs under 去年… are last year's work"
    assert [t["year"] for t in targets(text)] == [2019]


def test_a_priority_named_in_a_review_sets_no_goal() -> None:
    text = (
        "2020年3月5日 今年,全区计划培训农民工8000人次。"
        "去年,区人社局把稳岗作为首要任务,举办线上招聘会12场,实现城镇新增就业1.6万人。"
    )
    assert _quotes(text) == ["全区计划培训农民工8000人次"]


def test_an_amount_spent_on_a_named_work_is_a_goal() -> None:
    out = targets(H + "全年计划投资5.4亿元实施城区雨污分流改造工程。")
    assert [(t["indicator"], t["value"], t["unit"]) for t in out] == [
        ("城区雨污分流改造工程投资", 5.4, "亿元")
    ], "named by the work it is spent on (session 18)"


def test_a_forecast_word_before_a_planned_amount() -> None:
    out = targets(H + "预计全年计划完成交通投资12亿元。")
    assert [(t["value"], t["unit"]) for t in out] == [(12, "亿元")]


SPANS = [
    (
        "2024年1月18日\n县长表示,我们对今后五年的工作提出了明确的奋斗目标。\n"
        "全县地区生产总值突破300亿元,城镇化率达到62%。\n",
        [2028, 2028],
        "a span set out in January counts that year as its first: 2024–2028",
    ),
    (
        "2024年12月2日\n报告对未来五年的发展确定了以下目标。\n"
        "全市常住人口城镇化率达到70%,新建养老床位3000张。\n",
        [2029, 2029],
        "said in December, the five years start with the next one",
    ),
    (
        "2024年1月18日\n我们对今后五年的工作提出了明确的奋斗目标。\n"
        "工业园区建设实现新突破,力争2026年园区产值占全县比重达到40%。\n"
        "乡村建设展现新面貌,农村自来水普及率达到98%。\n",
        [2026, 2028],
        "a year inside a clause dates its own figure and leaves the span to the next paragraph",
    ),
]


@pytest.mark.parametrize("text,years,reason", SPANS)
def test_goals_set_out_for_a_span_frame_the_paragraphs_after(
    text: str, years: list[int], reason: str
) -> None:
    assert [t["year"] for t in targets(text)] == years, reason


def test_a_plan_draft_presented_dates_its_indicators_by_its_end() -> None:
    text = (
        "2031年3月5日\n今年是“十六五”开局之年,总理在会上介绍了“十六五”规划纲要草案。\n"
        "草案提出,居民人均可支配收入年均增长5%以上,单位国内生产总值能耗累计降低12%。\n"
    )
    assert [t["year"] for t in targets(text)] == [2035, 2035]


def test_a_doubling_is_growth_named_without_its_base() -> None:
    out = targets(H + "为到2030年全县农民人均纯收入比2020年翻一番打下基础。")
    assert [(t["indicator"], t["growth"], t["unit"]) for t in out] == [
        ("农民人均纯收入", True, "番")
    ]


def test_a_gloss_in_brackets_restates_the_figure_before() -> None:
    out = targets(H + "新增造林面积1.5万亩(约1000公顷),森林覆盖率达到68%。")
    assert [(t["value"], t["unit"]) for t in out] == [(1.5, "万亩"), (68, "%")]


def test_yearly_increase_written_with_digeng_is_growth() -> None:
    out = targets("到2030年,全县财政总收入年均递增9%。")
    assert [(t["indicator"], t["growth"]) for t in out] == [("财政总收入", True)]


def test_a_focus_verb_before_an_amount_names_the_goal() -> None:
    out = targets(H + "全县文旅产业瞄准百亿元规模,聚焦三个方向发力。")
    assert [(t["indicator"], t["value"], t["unit"]) for t in out] == [("文旅产业", 100, "亿元")]


def test_a_count_whose_noun_follows_a_threshold() -> None:
    out = targets(H + "新开通20条以上城市公交线路,改造人口5万以上城市的供水管网。")
    assert [(t["comparator"], t["value"], t["unit"]) for t in out] == [(">=", 20, "条")]


def test_a_plan_sets_out_new_results_it_is_to_achieve() -> None:
    out = targets(H + "数字经济发展取得新成效,数字经济核心产业增加值达到45亿元。")
    assert [t["value"] for t in out] == [45]
    done = targets("2025年全县数字经济发展取得了新成效,数字经济核心产业增加值达到38亿元。")
    assert done == [], "取得了… is a result"


MILESTONES = [
    (H + "到2030年,把县城建成宜居宜业的山水城市。", [], "a kind of city described is no milestone"),
    (
        H + "年内成立新的县应急指挥中心。",
        ["成立新的县应急指挥中心"],
        "新的 before a body's name still names it",
    ),
    (H + "年内成功创建国家园林县城。", ["创建国家园林县城"], "a designation's own name"),
]


@pytest.mark.parametrize("text,expected,reason", MILESTONES)
def test_milestones_named_not_described(text: str, expected: list[str], reason: str) -> None:
    got = [m.quote for m in extract(text).milestones]
    assert [g for g in got if any(e in g for e in expected)] == [g for g in got] and len(
        got
    ) == len(expected), reason
