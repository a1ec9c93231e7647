"""Time rules added for texts the extractor had never seen (issue 14): past results, forecasts,
conditions, report years, plan periods and horizons.

Each case is (text, expected, reason); the sentences are written for these tests, in the
language of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from pacesetter_extraction import extract
from rule_table import H, targets


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


def test_last_half_year_is_still_a_result() -> None:
    text = "2026年政府工作报告。上半年,全县生产总值增长5%。全年力争生产总值增长6.5%。"
    assert [(t["value"]) for t in targets(text)] == [6.5]


def test_a_hypothetical_if_is_not_a_goal() -> None:
    text = H + "若提前一年建成,可节省资金2亿元;若干重点项目完成投资15亿元。"
    assert [t["value"] for t in targets(text)] == [15]


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


def test_next_years_without_a_suffix_count_from_the_report_year() -> None:
    text = "2026年全市住房工作会议召开。未来五年全市新建保障性住房达到5万套。"
    assert [(t["value"], t["year"]) for t in targets(text)] == [(5, 2031)]


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


def test_a_rank_stated_is_a_fact_not_a_goal() -> None:
    text = "2026年全县经济工作会议召开。2025年全县经济总量排在全市第6位,新增就业800人。"
    assert [t["value"] for t in targets(text)] == []


def test_a_plan_naming_its_own_period_sets_unmarked_targets_for_its_end() -> None:
    text = (
        "市政府印发《数字乡村建设三年行动计划(2026—2028年)》。\n"
        "行动计划提出,建成数字乡村示范村100个,农村电商交易额年均增长15%。"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [(100, 2028), (15, 2028)]


# Report years of plan documents (session 9). Each case fails without its rule.
PLAN_YEARS = [
    (
        "全省实施新一轮养老服务三年行动计划(2027年—2029年),计划三年内新建100个社区食堂。",
        [(100, 2029)],
        "a span as long as the plan period it is written in is that period (years with 年 twice)",
    ),
    (
        "市政府印发数字乡村行动计划(2026-2028年)。未来3年,全市建成50个数字乡村示范村。",
        [(50, 2028)],
        "未来N年 counted from a plan's first year ends in the plan's last year",
    ),
    (
        "2027年第三季度全市交通工作会议召开。会议提出,在今年底通车里程500公里的基础上,"
        "到“十五五”末新增高速公路通车里程300公里。",
        [(300, 2030)],
        "a time inside 在…的基础上 dates the base, not the goal",
    ),
    (
        "“十五五”规划看民生\n发布时间:2026-03-15\n全国居民人均可支配收入增长与经济增长同步,"
        "城镇调查失业率控制在5.5%以内。",
        [(5.5, 2030)],
        "a title naming a five-year plan: unmarked targets are the plan's",
    ),
    (
        "date 2026-10-08 行政长官发表施政报告。今年底前会有约5000个过渡房单位落成。"
        "2028年,其余3000个单位全部落成。",
        [(5000, 2026), (3000, 2028)],
        "a date at the very top of the page is its dateline, whatever it is labelled",
    ),
    (
        "全县乡村旅游工作要点\n日期:2024/06/30 09:12:45\n"
        "2021年全县乡村旅游工作要点出台。今年全县力争接待游客300万人次。",
        [(300, 2021)],
        "a stamp years after every year the text names is a later copy's, not the writing's",
    ),
    (
        "县人代会开幕。“2025年,全县实现生产总值310亿元,增长7%。2026年我县经济社会发展的"
        "主要预期目标是:生产总值增长7.5%以上。”",
        [(7.5, 2026)],
        "a year framed as the county's own (2026年我县) is the report's: the earlier is reviewed",
    ),
    (
        "卫健委发布统计公报\n2027-05-20  来源:某某报\n公报显示,人均预期寿命由2025年的79.1岁提高到"
        "2026年的79.4岁。规划提出,到2030年人均预期寿命达到80岁。",
        [(80, 2030)],
        "a date before the source line is the page's; a 由 year is a base, not the report's",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), PLAN_YEARS)
def test_plan_document_years(text: str, expected: list, reason: str) -> None:
    assert [(t["value"], t["year"]) for t in targets(text)] == expected, reason


def test_a_horizon_closing_a_paragraph_dates_the_targets_of_the_next() -> None:
    text = (
        "《规划》提出:到2027年,全省养老服务体系基本健全,养老机构床位达到30万张。"
        "到2035年,养老服务高质量发展格局全面形成。\n"
        "护理型床位占比达到80%以上;社区养老服务设施覆盖率达到100%。\n"
    )
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(30, 2027), (80, 2035), (100, 2035)], "the last horizon speaks on"


def test_a_paragraph_opening_on_a_horizon_still_lends_it_when_it_ends_without_one() -> None:
    text = "到2028年,全市新建改建农村公路500公里,其中县道100公里。\n建成客货邮融合站点60个。\n"
    assert [(t["value"], t["year"]) for t in targets(text)] == [
        (500, 2028),
        (100, 2028),
        (60, 2028),
    ]


def test_the_change_of_a_goal_told_against_last_year_is_a_growth_goal() -> None:
    text = (
        "2026年全市港口工作要点。今年力争集装箱吞吐量完成200万标箱,同比增长8%;"
        "港口建设投资完成20亿元,比增12%。"
    )
    got = [(t["value"], t["growth"]) for t in targets(text)]
    assert got == [(200, False), (8, True), (20, False), (12, True)], "比增 is 同比增长"


def test_a_result_told_against_last_year_stays_a_result() -> None:
    text = (
        "2026年全市港口工作要点。去年集装箱吞吐量完成180万标箱,同比增长6%。"
        "今年力争集装箱吞吐量完成200万标箱。"
    )
    assert [t["value"] for t in targets(text)] == [200]


def test_a_span_gone_through_reviews_the_past() -> None:
    text = (
        "2026年全省养老服务工作会议召开。省民政厅负责人表示,社区食堂建设历经5年,"
        "数量从300个增加到2100个。今年力争新增社区食堂500个。"
    )
    assert [t["value"] for t in targets(text)] == [500], "历经 looks back"


def test_a_title_framed_by_a_quoted_five_year_plan_dates_its_unmarked_targets() -> None:
    text = (
        "“十五五”全省新建养老床位5万张\n"
        "2026年3月2日08:10 | 来源:省广电新闻中心\n"
        "【新建养老床位5万张】\n"
        "《规划》提出,全省新建养老床位5万张,护理型床位占比达到70%以上。\n"
    )
    assert {t["year"] for t in targets(text)} == {2030}, "the title's plan is the horizon"


def test_a_five_year_plan_told_as_done_dates_the_text_after_it() -> None:
    text = (
        "记者近日专访了县长。“十四五”期间,全县建成了12所学校,新增学位8000个。"
        "今年,全县将新建幼儿园3所,新增就业5000人以上。"
    )
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(3, 2026), (5000, 2026)], "the reviewed plan is over: 今年 is 2026"


def test_a_text_without_a_year_is_dated_by_its_name_or_the_year_given() -> None:
    text = "区长在会上说,今年全区将新建幼儿园8所,改造农村公路120公里。"
    assert {t.year for t in extract(text).targets} == {None}
    assert {t.year for t in extract(text, name="某区2027年民生实事清单.docx").targets} == {2027}
    assert {t.year for t in extract(text, name="07-mouqu-2027-news.txt").targets} == {2027}
    # A span names no one year; the year given (the plan imported into) wins over the name.
    assert {t.year for t in extract(text, name="规划2026-2030.txt").targets} == {None}
    assert {t.year for t in extract(text, name="2027.txt", year=2028).targets} == {2028}


def test_a_year_the_text_writes_wins_over_its_name() -> None:
    text = "2026年全区工作目标:新建幼儿园8所。"
    assert [t.year for t in extract(text, name="某区2031年文件.txt").targets] == [2026]


PRESENT = [
    (
        "2026年全县文旅工作要点。现在全县每年接待游客约200万人次,到2030年力争达到400万人次。",
        [400],
        "现在 tells the present",
    ),
    (
        "2026年全县文旅工作要点。从现在起到2030年,全县接待游客力争达到400万人次。",
        [400],
        "从现在起 opens the plan's span",
    ),
    (
        "2026年全县政务工作要点。到2027年,政务服务事项实现在线办理率达到95%。",
        [95],
        "实现在线 holds no 现在",
    ),
]


@pytest.mark.parametrize("text,expected,reason", PRESENT)
def test_the_present_is_no_goal(text: str, expected: list[float], reason: str) -> None:
    assert [t["value"] for t in targets(text)] == expected, reason


def test_a_year_told_only_as_a_finished_result_is_before_today() -> None:
    text = (
        "部长在全国会议上介绍,今年1至10月全国新增就业980万人。数据显示,2015年以来,"
        "全国每年新增就业超过1000万人,2019年达1352万人。明年全国新增就业目标为1100万人。"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [(1100, 2021)]


def test_a_total_to_a_date_this_year_is_a_result() -> None:
    text = (
        "2026年全市就业工作要点。截至今年9月底,全市累计帮助1.2万名困难人员实现就业,"
        "占登记人数的96%。今年力争新增就业5万人。"
    )
    assert [t["value"] for t in targets(text)] == [5]


def test_a_deadline_is_no_report_year_and_a_time_after_the_figure_dates_it() -> None:
    text = (
        "政府会在2030年年底前把资助托位增加到9 000个,当中1 500个将于明年投入服务;"
        "明年起托育津贴增加到每月3,000元。"
    )
    got = [
        (t["value"], t["year"]) for t in extract(text, name="2026施政报告.txt").to_dict()["targets"]
    ]
    assert got == [(9000, 2030), (1500, 2027), (3000, 2027)], "2030 is a deadline, 2026 the report"


def test_a_total_held_is_the_present() -> None:
    text = "2026年全市民政工作要点。全市共有养老服务设施1200个;今年新增社区养老服务站80个。"
    assert [t["value"] for t in targets(text)] == [80]


def test_a_clause_ending_on_a_forecast_introduces_its_content() -> None:
    text = (
        "2026年全省经济工作要点。按照国际机构的最新预测,明年全省经济增长4.2%。全年力争经济增长6%。"
    )
    assert [t["value"] for t in targets(text)] == [6]


def test_these_years_look_back() -> None:
    text = (
        "2026年全区工作要点。这五年是全区发展最快的五年,生产总值年均增长7.1%,"
        "财政收入突破200亿元。今年全区生产总值力争增长6%。"
    )
    assert [t["value"] for t in targets(text)] == [6]


def test_one_months_record_is_a_result() -> None:
    text = "2026年全省外贸工作要点。今年3月单月出口突破80亿元;全年力争出口增长5%。"
    assert [t["value"] for t in targets(text)] == [5]
