"""More rules from the pooled corpus after the eighth hold-out (session 12, issue 14): short
unit forms, creating verbs kept in names, 各 before a share, durations and "one day" that are
no figures, times cut out of names, and events a dated sentence lists at the clause's end.

Each case is (text, expected, reason); the sentences are written for these tests, in the
language of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from pacesetter_extraction import extract
from rule_table import targets

FIGURES = [
    (
        "2026年文化工作要点:人均公共体育场地面积达到2.8方米,县图书馆新增藏书5000册。",
        [(2.8, "方米"), (5000, "册")],
        "方米 (平方米 shortened) and 册 are units",
    ),
    (
        "2026年工作要点:到2028年新增建设用地中工业用地和物流用地各三成。",
        [(3, "成")],
        "各 before a share in tenths: each reaches it",
    ),
    (
        "2026年工作要点:在近2个小时的座谈中,县长提出新建公园4个。",
        [(4, "个")],
        "a duration before 的 and a noun describes an event",
    ),
    (
        "2026年工作要点:政务公众号一天推送一次,审批时间不超过一天,新建驿站6个。",
        [(1, "天"), (6, "个")],
        "一天 alone is 'one day', not a figure; with a bound it is one",
    ),
]


RESULTS = [
    (
        "去年,全县实现了粮食生产稳面积、稳产量目标,全县粮食播种面积52万亩;今年计划播种55万亩。",
        [55],
        "a goal told as reached (实现了…目标) sets no future time for the result after it",
    ),
    (
        "去年全县新造林3.2万亩(完成市定任务108%);今年计划新造林3万亩。",
        [3],
        "a share of a task the county or city set (完成市定任务) is progress",
    ),
    (
        "2026年,对新建的充电站按照每个桩2000元、1500元的标准给予补助,全年新建充电桩800个。",
        [800],
        "a rate per unit a subsidy is paid at (按照每…的标准) is no goal",
    ),
    (
        "本报讯 今天下午,县长做客民生热线,网民共提问120个问题,现场答复45个。"
        "县长表示,今年将新建停车位500个。",
        [500],
        "the news item's own event (今天下午, 昨日, 日前) has happened",
    ),
]


@pytest.mark.parametrize("text,expected,reason", RESULTS)
def test_goals_reached_and_tasks_done_are_results(
    text: str, expected: list[float], reason: str
) -> None:
    assert [t["value"] for t in targets(text)] == expected, reason


@pytest.mark.parametrize("text,expected,reason", FIGURES)
def test_units_shares_and_durations(
    text: str, expected: list[tuple[float, str]], reason: str
) -> None:
    assert [(t["value"], t["unit"]) for t in targets(text)] == expected, reason


NAMES = [
    (
        "2026年工作要点:每个行政村都修建一座文化广场。",
        ["修建文化广场"],
        "修建 is a creating verb kept before the counted noun",
    ),
    (
        "2026年工作要点:两个乡镇的垃圾分类覆盖率各达到90%。",
        ["乡镇的垃圾分类覆盖率"],
        "各 is no part of the name",
    ),
    (
        "2026年教育工作:预计今年底前将交付投用3所幼儿园。",
        ["幼儿园"],
        "预计 before 交付投用 is a plan; 今年底前 is a time, not part of the name",
    ),
]


@pytest.mark.parametrize("text,expected,reason", NAMES)
def test_names_keep_creating_verbs_and_drop_each_and_times(
    text: str, expected: list[str], reason: str
) -> None:
    assert [t["indicator"] for t in targets(text)] == expected, reason


MILESTONES = [
    (
        "2027年,城东客运站启用;体育中心综合馆落成;滨江路改造。",
        ["城东客运站启用", "体育中心综合馆落成"],
        "a facility opened or finished, in a sentence a year dates",
    ),
    (
        "2026年,对建成并网的分布式光伏项目,按装机容量给予奖励;建成县城污水处理厂。",
        ["建成县城污水处理厂"],
        "a verb before 的 describes what it names; it is no event",
    ),
    (
        "记者1月16日了解到,城南水厂建成。",
        [],
        "a day of the news is no schedule",
    ),
    (
        "2027年,老城片区更新规划出台;相关配套政策出台。",
        ["老城片区更新规划出台"],
        "a named plan published, in a dated sentence; a generic one is not",
    ),
]


@pytest.mark.parametrize("text,expected,reason", MILESTONES)
def test_events_listed_in_a_dated_sentence(text: str, expected: list[str], reason: str) -> None:
    assert [m.indicator for m in extract(text).milestones] == expected, reason
