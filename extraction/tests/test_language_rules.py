"""Rules about language added for texts the extractor had never seen (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the
language of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from typing import Any

import pytest
from pacesetter_extraction import extract

H = "2026年全县主要预期目标:"


def targets(text: str) -> list[dict[str, Any]]:
    out = [t.to_dict() for t in extract(text).targets]
    for t in out:
        assert text[t["start"] : t["end"]] == t["quote"]
    return out


RATE_OF_CHANGE = [
    (H + "经济增长率7%左右。", True, "增长率 of the economy is a change"),
    (H + "消费品零售额成长率不低于8%。", True, "成长率 (Taiwan usage) is a change"),
    (H + "居民消费价格上涨率控制在3%以内。", True, "上涨率 is a change"),
    (H + "人口自然增长率控制在6‰以内。", False, "自然增长率 is a demographic rate"),
]


@pytest.mark.parametrize("text,growth,reason", RATE_OF_CHANGE)
def test_rates_named_by_a_change_are_growth(text: str, growth: bool, reason: str) -> None:
    (t,) = targets(text)
    assert t["growth"] is growth, reason


SPECIFICATIONS = [
    (
        "2026年将开工建设县第二人民医院,占地面积80亩,设置床位500张,总投资6亿元。",
        [],
        "the size of a described facility is not a goal",
    ),
    (
        "2026年新建城东小学,按36个教学班规模建设。",
        [],
        "a count the school is built to",
    ),
    (
        "2026年全县新增床位300张,完成投资12亿元。",
        [(300, "张"), (12, "亿元")],
        "the same nouns after a goal verb are goals",
    ),
    (
        "2026年财政赤字拟按2.8%安排。",
        [(2.8, "%")],
        "a rate 按…安排 is an allocation",
    ),
]


@pytest.mark.parametrize("text,expected,reason", SPECIFICATIONS)
def test_facility_specifications_are_not_targets(
    text: str, expected: list[tuple[float, str]], reason: str
) -> None:
    assert [(t["value"], t["unit"]) for t in targets(text)] == expected, reason


def test_a_forecast_governs_the_clauses_after_it() -> None:
    text = (
        "2026年全市外贸工作要点。据有关部门最新测算,全年外贸总额达到500亿元,较上年增加12%;"
        "全年力争外贸总额增长8%。"
    )
    assert [(t["value"], t["unit"]) for t in targets(text)] == [(8, "%")]


def test_late_year_dateline_dates_this_year_and_next() -> None:
    text = (
        "【本报11月30日讯】(记者王明)市政府今天通报,今年全市旅游收入达到120亿元。"
        "明年全市旅游工作目标为:旅游收入增长10%,接待游客突破3000万人次。"
        "会议还审议了2027年旅游发展计划。"
    )
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(10, 2027), (3000, 2027)], "今年 is the year written, a result"


def test_early_year_dateline_keeps_this_year_as_the_plan_year() -> None:
    text = (
        "【本报2月10日讯】2026年全市旅游工作会议召开。今年全市旅游收入力争达到130亿元,"
        "明年举办全省旅游发展大会。"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [(130, 2026)]


ALTERNATIVE_VERBS = [
    (H + "改(扩)建农村公路120公里。", "改(扩)建农村公路"),
    (H + "新(改)建村级卫生室15个。", "新(改)建村级卫生室"),
]


@pytest.mark.parametrize("text,indicator", ALTERNATIVE_VERBS)
def test_a_verb_with_its_alternative_in_brackets_is_kept(text: str, indicator: str) -> None:
    (t,) = targets(text)
    assert t["indicator"] == indicator


def test_pushing_to_set_up_a_facility_is_a_milestone() -> None:
    text = "2026年重点工作:积极争取省级快递物流园区“就近设点”。"
    assert [m.indicator for m in extract(text).milestones] == ["省级快递物流园区就近设点"]


MILESTONES = [
    (
        "2026年重点工作:扎实推进国家级生态文明示范县创建工作。",
        ["国家级生态文明示范县创建"],
        "a designation won, written as a noun",
    ),
    (
        "2026年重点工作:建成县老年活动中心并投入使用。",
        ["建成县老年活动中心并投入使用"],
        "a completion verb dates the putting into use",
    ),
    (
        "2026年重点工作:创建省级卫生乡镇和完成城西污水管网改造工程。",
        ["创建省级卫生乡镇", "完成城西污水管网改造工程"],
        "two events joined by 和 are two milestones",
    ),
    (
        "2026年重点工作:年内完成北山隧道工程和8个村级污水站建设。",
        ["完成北山隧道工程"],
        "the part before a counted item is still a milestone",
    ),
    (
        "2026年重点工作:县图书馆新馆预计明年上半年投入使用。",
        ["县图书馆新馆预计明年上半年投入使用"],
        "明年上半年 is a part of a year to come",
    ),
    (
        "2026年重点工作:将古城片区建成国家级文化旅游胜地。",
        ["建成国家级文化旅游胜地"],
        "a destination title is a designation",
    ),
    ("2026年重点工作:推进产业体系创建。", [], "a system is not a designation"),
]


@pytest.mark.parametrize("text,expected,reason", MILESTONES)
def test_milestones_of_events_named_in_other_forms(
    text: str, expected: list[str], reason: str
) -> None:
    assert [m.indicator for m in extract(text).milestones] == expected, reason


def test_last_half_year_is_still_a_result() -> None:
    text = "2026年政府工作报告。上半年,全县生产总值增长5%。全年力争生产总值增长6.5%。"
    assert [(t["value"]) for t in targets(text)] == [6.5]


FIGURE_FORMS = [
    (H + "孕产妇死亡率控制在15/10万以下。", [("孕产妇死亡率", 15, "/10万", "<=")], "per 100,000"),
    (H + "结核病发病率降至10万分之50。", [("结核病发病率", 50, "/10万", "=")], "X万分之Y"),
    (
        H + "城镇居民人均可支配收入达到52,000元。",
        [("城镇居民人均可支配收入", 52000, "元", "=")],
        "thousands grouped by commas",
    ),
    (
        H + "农村自来水普及率由86%提高到92%。",
        [("农村自来水普及率", 92, "%", "=")],
        "由X提高到Y: X is the baseline",
    ),
    (
        H + "力争每年新建一个省级森林乡镇。",
        [("新建省级森林乡镇", 1, "个", "=")],
        "a count a creating verb governs, in Chinese numerals",
    ),
    (H + "实施三大工程。", [], "an enumeration in Chinese numerals stays none"),
    (H + "建成城市社区15分钟生活圈。", [], "a reach that names a circle"),
    (
        H + "每周参加1次及以上体育锻炼人数比例达到40%。",
        [("每周参加1次及以上体育锻炼人数比例", 40, "%", "=")],
        "a threshold inside a name is not a figure of its own",
    ),
]


@pytest.mark.parametrize("text,expected,reason", FIGURE_FORMS)
def test_figure_forms(text: str, expected: list[tuple], reason: str) -> None:
    got = [(t["indicator"], t["value"], t["unit"], t["comparator"]) for t in targets(text)]
    assert got == expected, reason


def test_a_hypothetical_if_is_not_a_goal() -> None:
    text = H + "若提前一年建成,可节省资金2亿元;若干重点项目完成投资15亿元。"
    assert [t["value"] for t in targets(text)] == [15]


def test_repeated_pinyin_brackets_are_debris() -> None:
    text = "2026年目標:農(nong)(nong)村(cun)(cun)自來水普及率達(da)(da)到95%。"
    (t,) = targets(text)
    assert (t["indicator"], t["value"]) == ("农村自来水普及率", 95)


def test_a_newspaper_date_with_its_page_dates_the_article() -> None:
    text = (
        "来源:《 某某日报 》( 2019年3月5日 第 02 版)\n"
        "2018年全省新增就业60万人。到2025年,全省城镇新增就业累计达到400万人。"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [(400, 2025)]


def test_republic_of_china_years() -> None:
    text = (
        "【本報訊】2010.12.20\n中華民國100年施政計畫今天公布,100年目標:經濟成長率4.5%,"
        "失業率5%以下;100至103年中期計畫目標,最遲在103年以前失業率降至4%。"
    )
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(4.5, 2011), (5, 2011), (4, 2014)]


def test_a_change_between_two_dated_values_is_a_result() -> None:
    text = (
        "2026年规划纲要印发。全县人均预期寿命从2010年的75.1岁提高至2025年的78.2岁。"
        "到2035年,人均预期寿命达到80岁。"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [(80, 2035)]


def test_life_expectancy_is_a_term_not_an_expectation() -> None:
    text = (
        "2026年世界卫生报告发布。2024年全球人均预期寿命为73.3岁。到2030年全县人均预期寿命达到81岁。"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [(81, 2030)]


MORE_MILESTONES = [
    (
        "2026年重点工作:年内出台县城更新三年行动实施方案。",
        ["出台县城更新三年行动实施方案"],
        "publishing a named document",
    ),
    ("2026年重点工作:出台一批惠企政策。", [], "a batch of policies is not one document"),
    (
        "2026年重点工作:上线运营“一网通办”政务服务平台。",
        ["上线运营一网通办政务服务平台"],
        "a service put online",
    ),
    (
        "2026年重点工作:开工城南水厂二期等项目。",
        ["开工城南水厂二期等项目"],
        "开工 a named work",
    ),
    (
        "2026年重点工作:推动新能源电池等项目签约落地。",
        ["新能源电池等项目签约落地"],
        "a project signed and landed",
    ),
    (
        "2026年重点工作:将东岭村建设成为“金牌旅游”村庄。",
        ["建设成为金牌旅游村庄"],
        "a title in quotation marks before what it names",
    ),
    (
        "2026年重点工作:城东污水处理厂扩容并投入使用。",
        ["城东污水处理厂扩容并投入使用"],
        "a work finished and put into use",
    ),
    (
        "2026年重点工作:北站综合枢纽完成改造。",
        ["北站综合枢纽完成改造"],
        "a named work's change completed",
    ),
    (
        "到2028年,全省高速公路里程达到9000公里,实现省会至各市高速公路贯通。",
        ["实现省会至各市高速公路贯通"],
        "a horizon earlier in the sentence dates a link opened",
    ),
    ("2026年重点工作:实现产业体系贯通。", [], "a system is not a link"),
    ("到2028年,全省5G新型基础设施基本建成。", [], "a system built under a horizon is no milestone"),
]


@pytest.mark.parametrize("text,expected,reason", MORE_MILESTONES)
def test_more_milestone_forms(text: str, expected: list[str], reason: str) -> None:
    assert [m.indicator for m in extract(text).milestones] == expected, reason


def test_paragraphs_under_a_review_opener_are_results() -> None:
    text = (
        "过去一年,全县主要开展了三个方面的工作。\n"
        "完成总投资3亿元的滨河公园工程,争创国家级文明县城。\n"
        "新建农村公路120公里。\n"
        "展望2026年,全县将力争地区生产总值增长6%,创建省级园林县城。"
    )
    res = extract(text)
    assert [t.value for t in res.targets] == [6]
    assert [m.indicator for m in res.milestones] == ["创建省级园林县城"]


NAMES = [
    (
        H + "公共租赁住房供应量将达1.2万个单位。",
        "公共租赁住房供应量",
        "a quantity noun is not replaced by the counted noun",
    ),
    (H + "新增保障性住房2000套……", "新增保障性住房", "an ellipsis ends the counted noun"),
    (
        "2026年工作会议上,省卫生厅提出全省孕产妇死亡率降至12/10万。",
        "孕产妇死亡率",
        "the speaker is not the subject",
    ),
    (
        "全县发展规划 3年后森林覆盖率达到70%。",
        "森林覆盖率",
        "a headline before a space and 3年后 are not the subject",
    ),
    (H + "单位产值能耗比上年下降3%。", "单位产值能耗", "比上年 opens the comparison base"),
    (H + "普惠性幼儿园占比达到85%。", "普惠性幼儿园占比", "占比 keeps its 比"),
    ("2026年在现有基础上新增公交线路10条。", "新增公交线路", "基础上 is not part of the name"),
]


@pytest.mark.parametrize("text,indicator,reason", NAMES)
def test_indicator_names(text: str, indicator: str, reason: str) -> None:
    (t,) = targets(text)
    assert t["indicator"] == indicator, reason


def test_next_years_without_a_suffix_count_from_the_report_year() -> None:
    text = "2026年全市住房工作会议召开。未来五年全市新建保障性住房达到5万套。"
    assert [(t["value"], t["year"]) for t in targets(text)] == [(5, 2031)]


REACHES = [
    (H + "构建都市区1小时通勤、城市群2小时通达的交通圈。", [], "a reach without a destination"),
    (H + "实现县城30分钟到达高铁站。", [(30, "分钟")], "a travel time to a place is a goal"),
    (H + "家庭医生签约服务率≥75%。", [(75, "%")], "≥ is 不低于"),
    (
        "2026年施政报告发布。公营房屋供应较本届政府上任时增加约50%。",
        [],
        "a change since a past moment",
    ),
]


@pytest.mark.parametrize("text,expected,reason", REACHES)
def test_reaches_signs_and_changes_since(
    text: str, expected: list[tuple[float, str]], reason: str
) -> None:
    assert [(t["value"], t["unit"]) for t in targets(text)] == expected, reason
    if expected and "≥" in text:
        assert targets(text)[0]["comparator"] == ">="


def test_a_horizon_after_a_short_lead_scopes_the_paragraph() -> None:
    text = (
        "2026年全省水利工作会议召开。根据相关规划,到2030年,全省将建成灌区50个。"
        "农村自来水普及率达到95%。"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [(50, 2030), (95, 2030)]


def test_a_bare_year_opening_a_sentence_dates_it() -> None:
    text = "2026年1月5日,县长作政府工作报告。报告指出,2026,全县将新建幼儿园8所。"
    assert [(t["value"], t["year"]) for t in targets(text)] == [(8, 2026)]
    text = "2027年1月8日,县长作政府工作报告。2026,全县新建幼儿园8所。2027,全县将新建幼儿园5所。"
    assert [(t["value"], t["year"]) for t in targets(text)] == [(5, 2027)]


def test_a_text_dated_only_by_five_year_plans() -> None:
    text = (
        "“十五五”期间,全省新建5G基站10万个。"
        "“十四五”期间,全省累计建成5G基站8万个,培育百亿元级企业12家。"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [(10, 2030)]


def test_a_question_mark_in_mojibake_does_not_end_the_sentence() -> None:
    text = "2026年目標:到2028年,全省接待游客總?cè)藬?shù)達到5億人次,旅游收入增長8%。"
    assert [(t["value"], t["year"]) for t in targets(text)] == [(5, 2028), (8, 2028)]


def test_three_digit_roc_years_without_the_era_name() -> None:
    text = "行政院通過國家發展計畫,110至113年經濟成長率平均3%,113年失業率3.5%以下。"
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(3, 2024), (3.5, 2024)]


def test_delegates_attending_a_meeting_are_a_fact() -> None:
    text = "2026年镇人代会召开,62名代表出席会议。会议确定全年新建村级养老服务站8个。"
    assert [t["value"] for t in targets(text)] == [8]


PHASES_AND_CENTRES = [
    (
        "2026年重点工作:完成滨江绿道提升工程二期。",
        ["完成滨江绿道提升工程二期"],
        "a phase of a work",
    ),
    ("2026年重点工作:加快建成县应急指挥中心。", ["建成县应急指挥中心"], "a centre is a facility"),
]


@pytest.mark.parametrize("text,expected,reason", PHASES_AND_CENTRES)
def test_phases_and_centres(text: str, expected: list[str], reason: str) -> None:
    assert [m.indicator for m in extract(text).milestones] == expected, reason


def test_hard_line_breaks_inside_a_sentence_are_joined() -> None:
    text = (
        "到2030年,全省生态环境质量保持全国领先水平,细颗\n"
        "粒物年均浓度不高于15微克/立方米,近岸海域水质优良率\n"
        "在98%以上。\n"
    )
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert got == [("细颗粒物年均浓度", 15), ("近岸海域水质优良率", 98)]


MORE_NAMES = [
    (H + "守住120万亩永久基本农田。", "永久基本农田", "守住 is a value verb"),
    (
        H + "新建公交枢纽换乘时间小于5分钟。",
        "新建公交枢纽换乘时间",
        "a comparator word is no part of a name",
    ),
    (
        "“十五五”综合交通运输力争完成投资5000亿元。",
        "综合交通运输投资",
        "a plan period and 力争 are no part of a name",
    ),
]


@pytest.mark.parametrize("text,indicator,reason", MORE_NAMES)
def test_more_indicator_names(text: str, indicator: str, reason: str) -> None:
    (t,) = targets(text)
    assert t["indicator"] == indicator, reason


def test_an_amount_in_two_magnitudes_is_one_figure() -> None:
    (t,) = targets(H + "全年完成交通投资1亿3,000万元。")
    assert (t["value"], t["unit"], t["base_value"]) == (1.3, "亿元", 130000000)


FORECASTS = [
    ("2026年全市经济会议召开。我们预期全市投资将达到500亿元。", [], "we expect: a forecast"),
    (
        "2026年全市经济会议召开。据测算可带动就业2万人;全年将新增就业3万人。",
        [3],
        "a forecast ends at its part of the sentence",
    ),
    (H + "经济成长目标4%。", [4], "成长 is a change word"),
]


@pytest.mark.parametrize("text,values,reason", FORECASTS)
def test_forecasts_and_their_reach(text: str, values: list[float], reason: str) -> None:
    assert [t["value"] for t in targets(text)] == values, reason
    if "成长" in text:
        assert targets(text)[0]["growth"] is True


def test_an_undated_paragraph_takes_the_horizon_of_the_one_before() -> None:
    text = (
        "市政府关于加快发展托育服务的意见\n发布日期:2026-03-01\n"
        "2、推进托育服务普及。\n"
        "2028年,全市每千人口托位数达到4.5个。\n"
        "依托社区开展家庭养育指导,城市家长受训率达到90%以上。\n"
        "3、加强队伍建设。\n"
        "保育人员持证率达到95%。\n"
    )
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(4.5, 2028), (90, 2028), (95, 2026)]


def test_at_least_may_govern_a_short_verb() -> None:
    (t,) = targets(H + "每个乡镇至少建成2个村级托育点。")
    assert (t["value"], t["comparator"]) == (2, ">=")


SHARES = [
    (H + "全县90%的行政村以硬化路连通。", "以硬化路连通的行政村比例"),
    (H + "80%乡镇实现15分钟内上高速。", "15分钟内上高速的乡镇比例"),
    (H + "60%的规上企业有研发机构。", "有研发机构的规上企业比例"),
]


@pytest.mark.parametrize("text,indicator", SHARES)
def test_a_share_told_after_its_figure(text: str, indicator: str) -> None:
    (t,) = targets(text)
    assert t["indicator"] == indicator


RANKS = [
    (
        H + "全县营商环境评价排名全市前五。",
        ("营商环境评价排名", 5, "名", "<="),
        "top five: rank at most 5",
    ),
    (
        H + "县域经济综合排名前进不少于2个位次。",
        ("县域经济综合排名", 2, "个位次", ">="),
        "places to climb",
    ),
    (H + "工业投资增速位居全省第一。", ("工业投资增速排名", 1, "名", "="), "a place to hold"),
    (H + "力争跻身全国百强县前50位。", ("全国百强县排名", 50, "位", "<="), "跻身…前50位"),
]


@pytest.mark.parametrize("text,expected,reason", RANKS)
def test_rank_targets(text: str, expected: tuple, reason: str) -> None:
    (t,) = targets(text)
    assert (t["indicator"], t["value"], t["unit"], t["comparator"]) == expected, reason


def test_a_rank_stated_is_a_fact_not_a_goal() -> None:
    text = "2026年全县经济工作会议召开。2025年全县经济总量排在全市第6位,新增就业800人。"
    assert [t["value"] for t in targets(text)] == []


def test_a_bare_fall_is_growth() -> None:
    (t,) = targets(H + "單位GDP能耗每年降3%。")
    assert (t["indicator"], t["growth"], t["value"]) == ("单位GDP能耗", True, 3)
