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


FACTS = [
    (
        "2026年1月10日\n本次会议应到代表300人,实到288人。今年全县地区生产总值增长6%。",
        [6],
        "a congress's roll call counted in 人 is a fact of the meeting",
    ),
    (
        "2026年1月10日\n会议应到委员120人,缺席9人。全县每千人口医疗床位数仅4.2张,今年新增床位300张。",
        [300],
        "who was absent, and a level told as 仅 (only so much), are facts",
    ),
    (
        "2025年12月25日\n政府工作报告指出,2025年,全市地区生产总值增长4%左右(预计数,下同),"
        "规模工业增加值增长3%。2026年全市主要目标:地区生产总值增长5%左右。",
        [5],
        "a figure marked as an estimate (预计数) is last year's result, told in a review",
    ),
    (
        H + "强力推动“双20%”目标实现,力争实现“三个100%”,一般公共预算收入增长6%。",
        [6],
        "a slogan that names goals by their figures (“双20%”) is no goal of its own",
    ),
    (
        H + "以革命老区和12个脱贫县为重点,指导20个脱贫县编制乡村旅游规划。",
        [20],
        "the places work is focused on (以…为重点) are no count to reach",
    ),
    (
        H + "加强重点项目前期工作。新建污水管网30公里。",
        [30],
        "目前 across two words (项目|前期) is no sign of a review",
    ),
    (
        H + "实施甲公司年产5万吨饲料、乙公司2GW光伏组件、丙公司智能装备制造等项目。",
        [],
        "sizes in a list of works ending in 等项目 name the works",
    ),
    (
        "到2025年,建设200万千瓦光伏和80万千瓦风电项目,力争组建15家以上的农民专业合作社。",
        [200, 80, 15],
        "a list's later item is what its first is though a work's name follows; a bound and "
        "的 before what a creating verb counts",
    ),
]


@pytest.mark.parametrize(("text", "values", "reason"), FACTS, ids=[c[2][:40] for c in FACTS])
def test_facts_and_goals(text: str, values: list[float], reason: str) -> None:
    assert [t["value"] for t in targets(text)] == values, reason


def test_names_and_changes() -> None:
    out = targets(
        "到2025年,单位地区生产总值能耗下降幅度达到14%,五星级村级党组织到达50%以上,"
        "力争组建15家以上的农民专业合作社。到十二五末力争生产总值翻一番以上。"
    )
    assert [(t["indicator"], t["growth"]) for t in out] == [
        ("单位地区生产总值能耗下降幅度", True),  # a change named as such is a growth
        ("五星级村级党组织", False),  # 到达 is a verb, no part of the name
        ("农民专业合作社", False),
        ("生产总值", True),  # 到十二五末 is a time
    ]


def test_a_deadline_opening_a_clause_is_a_schedule_in_a_progress_note() -> None:
    text = (
        "2026年街道工作计划\n一是开展河道清淤,目前工程进展顺利。二是做好截污纳管,"
        "至9月底完成老城区二级管网建设。三是开通公交示范线路,并逐步扩大到全市公交线路示范运营。"
    )
    assert [m.indicator for m in extract(text).milestones] == ["完成老城区二级管网建设"]


def test_milestone_names_drop_seasons_stages_and_urging() -> None:
    text = (
        "2026年重点工作:城南排水管道建设预计在明年雨季前完成,督促西关菜市场建成。"
        "首批三个项目年内动工,其余两个项目则预计于2027年第二季度至2028年第一季度分阶段落成。"
        "(三)东湖安置房项目:该项目总投资预计3亿元,占地50亩,该项目预计2027年6月竣工。"
    )
    assert [m.indicator for m in extract(text).milestones] == [
        "城南排水管道建设完成",
        "西关菜市场建成",
        "首批三个项目动工",
        "其余两个项目落成",
        "东湖安置房项目竣工",  # 该项目总投资…: a pointer back is no work's name
    ]


def test_a_text_reviewing_last_year_is_dated_by_the_later_year_its_name_gives() -> None:
    text = (
        "本报2月4日电 记者从自治区政府获悉:2025年,全区文旅产业发展势头强劲,接待游客3.23亿人次,"
        "游客花费3700亿元,同比分别增长8%、8.4%。2025年,全区新增5A级景区2家。"
        "2026年,全区将力争接待游客3.5亿人次。"
    )
    got = [(t.value, t.year) for t in extract(text, name="x-2026-tourism-news.txt").targets]
    assert got == [(3.5, 2026)], "the reviewed year's results are no goals"


def test_goal_names_after_a_count_and_a_sprint() -> None:
    out = targets(
        H + "冲刺旅游接待3亿人次目标。推动旅游业提质,力争完成3亿人次的旅游接待目标。"
        "到2025年,培育创新型中小企业5000家以上的总体目标。"
    )
    assert [t["indicator"] for t in out] == ["旅游接待", "旅游接待", "创新型中小企业"]


DESCRIBED_OR_LISTED = [
    "到2025年,把全市建设成为全国知名、全省一流乡村旅游目的地。",
    "今年积极创建全域旅游示范区、滑雪旅游度假地等国家级品牌。",
    "今年实施品牌创建、周末休闲、商品开发等“十大工程”。",
]


@pytest.mark.parametrize("text", DESCRIBED_OR_LISTED)
def test_praise_kinds_of_distinction_and_programme_lists_are_no_milestones(text: str) -> None:
    assert extract(text).milestones == []


PROGRESS = [
    (
        "2026年5月10日\n2026年,全县安排重点项目90个,年度投资计划300亿元。1-4月,完成投资96亿元,"
        "完成年度计划投资的32%,低于序时进度1.3个百分点。",
        [300],
        "progress so far (1-4月, 完成年度计划投资的32%, 低于序时进度) is no goal",
    ),
    (
        H + "其中市重点项目30个,完成投资18亿元,完成年度计划投资的41%;县重点项目50个。",
        [30, 50],
        "an amount done beside the share of the year's plan it makes is progress",
    ),
    (
        "2026年11月20日\n规划实施中期评估显示,2024年、2025年、2026年上半年,全省城镇新增就业分别为"
        "71万人、73万人和40万人。",
        [],
        "a year-part closing a series of years gone is the part just gone, not one to come",
    ),
    (
        "市经发局施政目标\n推展会展活动(6%)\n年度辅导厂商进驻家数\n35家\n"
        "推动「公有市场竞争型补助计划」 (4%)",
        [35],
        "a weight in brackets after a performance measure's name is no goal",
    ),
]


@pytest.mark.parametrize(("text", "values", "reason"), PROGRESS, ids=[c[2][:40] for c in PROGRESS])
def test_progress_reports_and_weights(text: str, values: list[float], reason: str) -> None:
    assert [t["value"] for t in targets(text)] == values, reason


def test_the_plan_end_is_the_last_year_of_the_plan_the_text_is_about() -> None:
    text = (
        "2018年11月20日\n全省“十三五”规划纲要实施中期评估报告显示,全省劣V类水体比例2017年为4.4%,"
        "规划期末目标为6.1%以内;规划期末全省实施棚户区改造110万套。"
    )
    assert [(t["indicator"], t["value"], t["year"]) for t in targets(text)] == [
        ("", 6.1, 2020),
        ("棚户区改造", 110, 2020),
    ], "规划期末 dates a figure by the plan's end and is no part of its name"


def test_fortieth_forms() -> None:
    text = (
        "2026年预算案:合共拨款三亿一千万元支持动物园发展自然教育项目。(一)地区生产总值增长7%以上。"
        "到2030年,果蔬、肉类产地低温处理率由15%、70%分别提升到35%、90%。"
    )
    assert [(t["indicator"][:6], t["value"]) for t in targets(text)][:2] == [
        ("合共拨款", 31000),  # money given to a work is a goal, not the work's size
        ("地区生产总值", 7),  # (一) is an item's number
    ]
    assert [t["value"] for t in targets(text)][2:] == [35, 90], (
        "由…分别提升到: the start is no goal"
    )


def test_a_road_number_names_the_road_a_milestone_starts() -> None:
    text = "2026年工作计划:开工G347梓潼至江油段,年内开工改建S234临澧段。"
    assert [m.indicator for m in extract(text).milestones] == [
        "开工G347梓潼至江油段",
        "开工改建S234临澧段",
    ]
