"""Rules written in session 17 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from pacesetter_extraction import extract
from rule_table import H, targets


def test_at_least_before_a_modal_and_its_verb_is_a_bound() -> None:
    out = targets(H + "今后五年,全市至少能供应20万套保障性住房,每个乡镇至少要建成2个养老服务站。")
    assert [(t["comparator"], t["value"]) for t in out] == [(">=", 20), (">=", 2)]


def test_thousands_of_money_and_of_a_listed_count() -> None:
    out = targets(H + "每名长者可获5千元,东区、西区、南区等区会提供3千户公租房。")
    assert [(t["value"], t["unit"]) for t in out] == [(5, "千元"), (3, "千户")], (
        "千元 is a unit; 3千户 after three names counts thousands, not the names"
    )


def test_concentrations_in_si_letters_and_codes_sharing_a_name() -> None:
    out = targets(H + "SO2、NO2年均浓度分别低于12μg/m3、30μg/m3,总磷浓度低于0.2mg/L。")
    assert [(t["indicator"], t["value"], t["unit"]) for t in out] == [
        ("SO2年均浓度", 12, "μg/m3"),
        ("NO2年均浓度", 30, "μg/m3"),
        ("总磷浓度", 0.2, "mg/L"),
    ]


def test_a_growth_against_a_named_year_is_no_dimension() -> None:
    out = targets(H + "力争全年水利投资超过500亿元,较2025年增长20%以上。")
    assert [(t["value"], t["growth"]) for t in out] == [(500, False), (20, True)], (
        "年增长 ends in 长 but is no length"
    )


def test_works_named_only_by_their_quality_are_no_milestones() -> None:
    text = "2026年重点工作:确保建成精品工程、民心工程;力争城北大桥建成通车。"
    assert [m.indicator for m in extract(text).milestones] == ["城北大桥建成通车"]


def test_a_threshold_after_a_currency_note_and_a_building_number_are_no_goals() -> None:
    text = H + "新增产值超20亿元人民币(下同)的加工园区2个;在东门社区8栋旁空地安装健身器材。"
    assert [(t["indicator"], t["value"]) for t in targets(text)] == [("加工园区", 2)], (
        "超20亿元 names the parks counted; 8栋旁 says where"
    )


def test_a_paragraph_announcing_a_list_gives_its_items_their_plan() -> None:
    text = "2026年,全市要办好这些事:\n推进滨江大道改造\n地铁3号线、轻轨1号线一期建成通车\n"
    assert [(m.indicator, m.year) for m in extract(text).milestones] == [
        ("地铁3号线、轻轨1号线一期建成通车", 2026)
    ]


def test_changes_after_levels_told_are_those_levels_changes() -> None:
    text = H + "全县接待游客800万人次,实现旅游收入90亿元,分别增长10%、12%。"
    got = [(t["indicator"], t["value"], t["growth"]) for t in targets(text)]
    assert got == [
        ("接待游客", 800, False),
        ("旅游收入", 90, False),
        ("接待游客", 10, True),
        ("旅游收入", 12, True),
    ]


def test_rates_listed_before_one_figure_share_one_goal() -> None:
    out = targets(H + "城镇调查失业率和登记失业率均控制在4.5%左右。")
    assert [(t["indicator"], t["value"]) for t in out] == [
        ("城镇调查失业率和登记失业率", 4.5),
    ], "one figure for several listed subjects is one goal naming them (分别 would make one each)"


def test_a_stray_comma_between_a_quantity_s_name_and_its_figure() -> None:
    out = targets(H + "旅游产业增加值达500亿元,完成投资额,120亿元。")
    assert [(t["indicator"], t["value"]) for t in out] == [
        ("旅游产业增加值", 500),
        ("投资额", 120),
    ]


DESIGNATIONS = [
    ("2026年,东山景区要获批挂牌国家5A级旅游景区。", ["获批挂牌国家5A级旅游景区"]),
    ("2026年,西湖湿地公园和北山森林公园要获批挂牌。", ["西湖湿地公园和北山森林公园获批挂牌"]),
    ("2026年,力争南岭古镇景区通过5A级景观质量评审。", ["通过5A级景观质量评审"]),
    ("2026年,通过招商引进企业8家。", []),
]


@pytest.mark.parametrize(("text", "names"), DESIGNATIONS)
def test_designations_won_and_assessments_passed(text: str, names: list[str]) -> None:
    assert [m.indicator for m in extract(text).milestones] == names


def test_plots_of_land_are_counted() -> None:
    out = targets(H + "未来3年把全县约40幅闲置土地改作公共用途。")
    assert [(t["value"], t["unit"], t["year"]) for t in out] == [(40, "幅", 2029)]


def test_an_approximate_length_is_still_a_size() -> None:
    text = H + "拟建的城西至机场快线全长约26公里,力争通车里程达到80公里。"
    assert [t["value"] for t in targets(text)] == [80], "全长约26公里 sizes the line"


def test_a_level_compared_with_and_a_meeting_s_agenda_are_no_goals() -> None:
    text = (
        "县议会定期会明起登场,县府将提3项专案报告。县府提出116年度总预算岁出200亿元,"
        "较本年度预算数180亿元增加20亿元。"
    )
    got = [t["value"] for t in targets(text, year=2026)]
    assert got == [200, 20], "较…预算数180亿元 is what the budget is compared with"


def test_the_plan_as_it_stood_at_the_year_s_start_is_told_with_its_result() -> None:
    text = (
        "发布时间:2026-01-25\n今年全省计划公路投资300亿元。\n"
        "据悉,省交通厅2025年创下开工高速公路里程的纪录。年初计划交工高速公路800公里,"
        "实际交工950公里。其中,一级公路120公里。"
    )
    assert [t["value"] for t in targets(text, year=2026)] == [300]


def test_a_width_before_a_work_is_its_size() -> None:
    out = targets(H + "打造6米宽滨河绿道,新建绿道12公里。")
    assert [t["value"] for t in out] == [12], "6米宽 says how wide the greenway is"


def test_a_space_a_total_s_word_and_a_fiscal_year_written_once() -> None:
    out = targets(H + "今年将开工建设4条高速公路 共计282公里;推进3处以上省级水利风景区的创建。")
    # (开工建设 is kept before a counted noun since session 30, as 新建 always was)
    assert [t["indicator"] for t in out] == [
        "开工建设高速公路",
        "开工建设高速公路",
        "省级水利风景区",
    ]
    text = "县议会审议县府提出的116年度总预算岁出总案300亿元。"
    assert [t["year"] for t in targets(text, year=2026)] == [2027], "116年度 is ROC 2027"


def test_the_part_of_a_total_done_so_far_is_progress() -> None:
    text = H + "总投资8000万元的12个项目完成投资4500万元。"
    assert [t["value"] for t in targets(text)] == [12], "4500万元 is the part done of 8000万元"


def test_now_as_the_level_a_change_starts_from_sets_no_past() -> None:
    text = "“十五五”时期,全区社会体育指导员人数将由现在的3万余人增加到4万人以上,人均体育场地面积达到3平方米。"
    assert [t["value"] for t in targets(text, year=2026)] == [4, 3]


def test_a_budgeted_amount_is_named_without_its_budgeting_verb() -> None:
    out = targets("市长就「116年度总预算案」作专题报告:116年度政策性预算编列600亿元。", year=2026)
    assert [t["indicator"] for t in out] == ["政策性预算"]


NAMES = [
    (
        H + "三年興建兩千間「青年宿舍」。",
        "兴建「青年宿舍」",
        "a span of years before a creating verb leaves only the verb; the quoted noun is counted",
    ),
    (
        H + "新建4个“红色驿站”服务点。",
        "新建“红色驿站”服务点",
        "a quoted name opens the counted noun, which goes on after the quote",
    ),
    (
        H + "县医院床位数亦将增至800张。",
        "县医院床位数",
        "亦 (also) is an adverb of the clause, no part of the name",
    ),
    (
        H + "接待游客达到800万人次「并不容易」。",
        "接待游客",
        "a quoted remark after the figure is no counted noun",
    ),
    (
        H + "城东片区项目年计划投资45亿元。",
        "城东片区项目年计划投资",
        "an annual planned investment is a statistic's name; 计划 after 年 is no modal",
    ),
    (
        H + "新区基础设施项目累计完成投资超过120亿元。",
        "新区基础设施项目累计完成投资",
        "completed investment (累计完成投资) is a statistic's name",
    ),
    (
        H + "全市交通力争完成投资60亿元。",
        "交通投资",
        "完成 after a pledge is the pledge's verb, no part of the name",
    ),
]


@pytest.mark.parametrize(("text", "name", "reason"), NAMES, ids=[c[2][:40] for c in NAMES])
def test_names(text: str, name: str, reason: str) -> None:
    assert [t["indicator"] for t in targets(text)] == [name], reason


@pytest.mark.parametrize(
    ("place", "year"),
    [("澳门特区政府", 2027), ("香港特区政府", 2026)],
)
def test_a_macau_policy_address_dated_only_by_its_name_is_for_the_next_year(
    place: str, year: int
) -> None:
    text = place + "发表新一份施政报告,每名永久性居民将获发现金10000元。"
    assert [t["year"] for t in targets(text, year=2026)] == [year], (
        "Macau's policy address is given in November for the financial year after it"
    )


def test_the_next_financial_year_is_the_year_after() -> None:
    text = "2026年财政预算案:政府下年度起把社区照顾服务券增至9000张。"
    assert [t["year"] for t in targets(text)] == [2027], "下年度起: from the next financial year"


PROGRESS_NOTE = (
    "2026年街道民生实事项目进展\n"
    "☑城南幼儿园扩建工程(2025年度续建项目)\n"
    "该项目于2025年5月开工,目前主体完成约60%。\n"
    "☑北门路东延工程\n"
    "北门路东延:于3月初开工,目前路基已完成。\n"
    "☑建成社区食堂3处;改造提升口袋公园1个项目\n"
    "目前已建成社区食堂1处。\n"
)


def test_a_progress_note_keeps_the_goals_its_items_are_titled_by() -> None:
    got = [(t["indicator"], t["value"], t["year"]) for t in targets(PROGRESS_NOTE)]
    assert got == [("建成社区食堂", 3, 2026), ("改造提升口袋公园", 1, 2026)], (
        "a year in brackets qualifies an item, not the section; a line a check mark opens is "
        "whole; 1个项目 says only what the named park is"
    )


def test_a_progress_note_tells_when_work_started_not_a_milestone() -> None:
    names = [m.indicator for m in extract(PROGRESS_NOTE).milestones]
    assert not any("开工" in n for n in names), "于3月初开工: the early part of a month it happened"


def test_a_growth_after_a_level_is_in_the_level_s_time() -> None:
    text = (
        "2026年全港口力争货物吞吐量达到3亿吨。\n"
        "集装箱吞吐量达到900万标准箱,同比增长5.5%;\n"
        "旅客吞吐量达到800万人次,同比增长8%。\n"
    )
    got = [(t["value"], t["growth"]) for t in targets(text)]
    assert got == [(3, False), (900, False), (5.5, True), (800, False), (8, True)], (
        "同比增长 after a level names that level's change, a goal when the level is one"
    )


BUDGET = (
    "市长到议会就「116年度总预算案」作专题报告。116年度将推动五项重点建设:\n"
    "1. 编列12亿元改善社区道路与人行道。\n"
    "2. 投入8亿元兴建「北区体育中心」及5亿元更新老旧校舍。\n"
)


def test_a_budget_for_the_year_ahead_names_its_works_and_its_year() -> None:
    got = [(t["indicator"], t["value"], t["year"]) for t in targets(BUDGET, year=2026)]
    assert got == [
        ("社区道路与人行道", 12, 2027),
        ("北区体育中心", 8, 2027),
        ("老旧校舍", 5, 2027),
    ], "money put into a work is a goal named by the work, in the budget's year (116 = 2027)"


def test_a_plan_told_as_done_keeps_the_review_going() -> None:
    text = (
        "2026年,全市要办好十件实事。\n"
        "2025年成绩单\n"
        "乡村振兴三年行动计划全面完成。\n"
        "新增城镇就业4.2万人。\n"
        "全市新登记企业超过1.5万户。\n"
    )
    assert targets(text) == [], "…行动计划全面完成: a plan done is a result; the review goes on"


def test_a_change_from_a_past_plan_s_level_keeps_its_subject() -> None:
    text = "到2030年,全市数字经济规模由“十四五”末的800亿元,发展到1500亿元,年均增长12%。"
    got = [(t["indicator"], t["value"], t["year"]) for t in targets(text, year=2026)]
    assert got == [("数字经济规模", 1500, 2030), ("数字经济规模", 12, 2030)], (
        "由“十四五”末的800亿元 is where the change starts (a past plan's level), no goal; "
        "the goals after it keep its subject"
    )


WORK_SIZES = [
    (H + "全县拟启动实施120万平方米老旧小区改造提升工程。", "老旧小区改造提升", True),
    (H + "完成城东路至滨河路2.6公里道路拓宽改造工程。", "城东路至滨河路道路拓宽改造", True),
    (H + "新建50兆瓦光伏发电站项目。", "", False),
]


@pytest.mark.parametrize(("text", "name", "is_goal"), WORK_SIZES)
def test_the_length_or_area_of_a_renewal_is_how_much_is_done(
    text: str, name: str, is_goal: bool
) -> None:
    out = targets(text)
    assert bool(out) == is_goal, "an extent renewed is a goal; a plant's capacity sizes it"
    if name:
        assert out[0]["indicator"] == name, "the amount is of the work, not of 工程"


@pytest.mark.parametrize(("until", "count"), [("2026年二季度", 1), ("2026年1月", 0)])
def test_as_of_a_date_after_the_stamp_is_a_deadline(until: str, count: int) -> None:
    text = f"发布时间:2026-02-20\n截至{until},全市约80个排涝项目将全面开工建设。"
    assert len(targets(text)) == count, "截至 a date still ahead is when it is due"


def test_a_year_naming_which_project_dates_nothing() -> None:
    text = (
        "发布日期:2026-03-10\n3月9日,工作组到村查看2025年实施的一事一议奖补项目开工准备,"
        "该项目计划总投资120万元,主要建设村内道路8条,计划在今年6月完工。"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [(120, 2026), (8, 2026)], (
        "2025年实施的…项目 says which project; its work is this year's"
    )


def test_a_page_s_date_line_is_never_joined_to_the_headline() -> None:
    text = (
        "城东区财政局一事一议财政奖补美丽乡村建设项目开工\n发布日期:2026-03-14 05:17\n作者:王明\n"
    )
    assert [m.quote for m in extract(text).milestones] == [], (
        "a headline telling what started is news; the date line is a line of its own"
    )


def test_a_milestone_names_the_work_an_earlier_clause_builds() -> None:
    text = "2026年,全区将规划建设城南高铁站,目前已启动站房设计,十一前将开通。"
    assert [m.indicator for m in extract(text).milestones] == ["城南高铁站开通"]


def test_items_under_a_heading_of_works_done_are_results() -> None:
    text = (
        "2026年街道民生实事项目进展\n已完工项目\n☑老旧路灯改造工程\n"
        "对滨河路、新华路的320盏路灯进行刷漆出新。\n"
        "已启动实施项目\n☑新增便民停车泊位60个\n目前已新增泊位20个。\n"
    )
    assert [t["value"] for t in targets(text)] == [60], "已完工项目: what is listed is done"


ROC_REVIEW = (
    "市長今(10)日在市議會進行施政報告,明年市府資本支出佔歲出總預算25%,創近10年新高,"
    "本市營業額從104年的1.2兆成長到108年的1.8兆,成長幅度將近50%,自有財源從105年90億"
    "成長至去(108)年的120億;第一期15座公園已全數改造完成。明年將再改造8座公園。"
)


def test_a_taiwan_report_reviewing_since_taking_office() -> None:
    got = [(t["value"], t["year"]) for t in targets(ROC_REVIEW, year=2020)]
    assert got == [(25, 2021), (8, 2021)], (
        "去(108)年 makes the text's year 2020; 近10年 is no year; levels from 104年 and to 108年 "
        "are the past; 将近 is nearly, no will; 已全数改造完成 is done"
    )


def test_an_index_a_life_span_and_a_share_set_to_a_bare_number() -> None:
    out = targets(H + "健康城市发展指数达85,人均健康期望寿命≥72,家庭病床占常住人口比例≥3。")
    assert [(t["value"], t["comparator"], t["unit"]) for t in out] == [
        (85, "=", ""),
        (72, ">=", ""),
        (3, ">=", ""),
    ]


def test_a_headline_figure_the_story_tells_as_a_result_is_none() -> None:
    text = (
        "2026地方两会|某省GDP增长6.8%,连续215天无安全事故\n\n"
        "2025年,全省经济持续恢复,保持了连续215天无安全事故。初步预计,地区生产总值增长6.8%。"
        "今年主要预期目标是经济增长6%以上。"
    )
    assert [t["value"] for t in targets(text)] == [6], "the headline repeats last year's result"
