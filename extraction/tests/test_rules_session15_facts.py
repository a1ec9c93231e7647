"""Rules written in session 15 (issue 14) from the thirty-third hold-out: facts told beside
goals (a cause, the sets a thing is one of, who came or who wrote, a shortfall, a plan's own
project list), Chinese years typed with a Latin zero, 廿/卅, ranges that write their unit
twice, and a second share a verb reaches.

Each case is (text, expected quotes' figures, reason); the sentences are written for these
tests, in the language of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from rule_table import H, targets

NOT_GOALS = [
    (
        H + "但由于全县失业率相对稳定,保持在2.1%,是支撑经济的重要因素。今年将新建学校3所。",
        [3],
        "a cause is a fact, and so is what goes on with it",
    ),
    (
        H + "由于人口增长较快,全区新建幼儿园5所。",
        [5],
        "the main clause after a cause keeps its goal",
    ),
    (
        H + "日照港是全国30个沿海主要港口、12个区域枢纽港之一,今年货物吞吐量力争达到5亿吨。",
        [5],
        "the sets a thing is one of are counted facts",
    ),
    (
        H + "推介会在济南召开,60余家金融机构及行业投资人赴会。今年计划签约项目40个。",
        [40],
        "who came to a meeting is a fact of the meeting",
    ),
    (
        H + "方案由市发改委会同市财政局、市住建局等15个部门编制,到2027年新增停车位2万个。",
        [2],
        "who wrote a plan is no goal",
    ),
    (
        H + "今年风电目标缺1.2GW,资金缺口约8亿元,全年将新增风电装机2GW。",
        [2],
        "how far short a goal falls is no goal",
    ),
    (
        H + "今年将统筹资金弥补养老金缺口3.5亿元。",
        [3.5],
        "filling a gap is a goal",
    ),
    (
        H + "“十四五”规划项目共计210个,包括供水工程项目60个,防洪工程项目90个,"
        "总投资300亿元,2021年-2025年期间计划完成投资80亿元。",
        [80],
        "a plan's own project list, its breakdown and total size describe the plan",
    ),
    (
        "2024年5月1日\n屋顶型光电推动顺利,从二〇一五年装机容量仅0.9GW,至2023年底已达6.1GW。"
        "今年将新增屋顶光电1.5GW。",
        [1.5],
        "the level a past span started from is a fact",
    ),
    (
        H
        + "能源局原定2025年风电装机目标12GW、2026年达15GW,现延后一年。按原计划,今年将新建变电站3座。",
        [3],
        "a goal as first set and since moved is no goal; 按原计划 keeps one",
    ),
    (
        H + "行政长官预料每年博彩收益约1800亿元,政府今年将新增公共房屋单位2000个。",
        [2000],
        "预料 foretells",
    ),
    (
        H + "今年将改造老旧小区12个,惠及居民3200户;实施危房改造,涉及住户860户。",
        [12, 3200],
        "the households a work touches describe it (惠及… stays a goal, as the shared corpus has)",
    ),
    (
        "发布时间:2023-03-01\n报告提到,全区污染防治攻坚战成效显著,8名非遗代表性传承人记录成果通过验收。"
        "到2025年,数字基础设施融合发展成效明显,重点项目累计完成投资超500亿元。",
        [500],
        "an appraisal (成效显著) tells work done; after a horizon it is the aim",
    ),
    (
        H + "今年建设城北快速路等26个重点项目,总投资超300亿元,年度计划投资80亿元。",
        [26, 80],
        "a counted list's total size, also when it is 超 a figure",
    ),
    (
        "发布时间:2023-06-01\n数据显示,到2021年底,全国森林覆盖率为24%,但各地不同。"
        "如福建、江西森林覆盖率达到60%以上,而西部部分省份不到10%。到2025年,全国森林覆盖率达到25%。"
        "共0条评论",
        [25],
        "a level as of a year's end gone by, examples (如…、…) and a mark fallen short of are "
        "facts; a page's counters are none",
    ),
    (
        "发布时间:2021-03-01\n“十三五”回顾:各项工作取得显著成绩\n"
        "“十三五”时期,全区出台扶持实体经济系列政策,实施企业培育“十百千计划”。\n"
        "自主创新实力不断增强。高新技术企业达420家。\n",
        [],
        "a programme's quoted name (“…计划”) looks no time ahead; the review goes on",
    ),
    (
        "发布时间:2021-06-01\n文旅收入完成“十三五”规划目标的118.5%。以全市600多万常住人口计算,"
        "千人床位数低于4.6张/千人的全省平均水平。计划实施的6个项目已于8月底全部竣工,"
        "其中实验小学建设面积5200平方米。到2025年,每千常住人口床位数达到6张。",
        [6],
        "how much of a goal was met, a yardstick, works already done and a building's area are "
        "facts",
    ),
    (
        H + "到2025年,农村供水工程新增受益人口20万人。",
        [20],
        "受益人口 named as a quantity stays a goal",
    ),
]


@pytest.mark.parametrize(
    ("text", "values", "reason"), NOT_GOALS, ids=[c[2][:40] for c in NOT_GOALS]
)
def test_facts_beside_goals(text: str, values: list[float], reason: str) -> None:
    assert [t["value"] for t in targets(text)] == values, reason


FIGURES = [
    (
        "2024年5月1日\n能源局表示,风电按规划可在二0二六年达到十二GW装机目标,二0二七年达廿三GW。",
        [(12, None, 2026), (23, None, 2027)],
        "二0二六年 is a year and 廿三 is 23",
    ),
    (
        H + "到2030年,每千名老年人拥有养老床位数达32张~38张。",
        [(32, 38, 2030)],
        "a range that writes its unit twice",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), FIGURES, ids=[c[2][:40] for c in FIGURES])
def test_figures(text: str, expected: list[tuple], reason: str) -> None:
    got = [(t["value"], t["value_max"], t["year"]) for t in targets(text)]
    assert got == expected, reason


def test_a_second_share_the_first_ones_verb_reaches() -> None:
    out = targets(H + "到2030年,居家养老服务覆盖 100% 的城市社区和60%以上的农村社区。")
    assert [t["indicator"] for t in out] == [
        "居家养老服务覆盖城市社区比例",
        "居家养老服务覆盖农村社区比例",
    ]


def test_a_review_that_says_how_well_the_goals_were_met() -> None:
    text = (
        "2014年2月20日上午,县人大会议开幕。\n"
        "县长在政府工作报告中指出,2013年,全县圆满完成县十七届人大一次会议确定的年度目标任务。"
        "全年实现地区生产总值128.6亿元,增长10.2%;固定资产投资96亿元,增长21%。\n"
        "2014年主要预期目标为:地区生产总值增长9%左右。\n"
    )
    assert [t["value"] for t in targets(text)] == [9], "last year's results are no goals"


def test_an_amount_to_spend_on_the_work_the_next_clause_names() -> None:
    text = (
        H
        + "今年办好十件民生实事。投资800万元,新建城南大桥;项目位于城东,总投资3.8亿元,建设内容包括道路。"
    )
    assert [t["value"] for t in targets(text)] == [800], "a project's total size stays a spec"


def test_more_than_told_between_magnitude_and_counting_word() -> None:
    out = targets(H + "今年完成2万多个电动车充电端口建设,改造农户3万余户,全年完成投资1.5亿多元。")
    assert [(t["comparator"], t["value"], t["unit"]) for t in out] == [
        (">", 2, "万个"),
        (">", 3, "万户"),
        (">", 1.5, "亿元"),
    ]
