"""Rules written in session 18 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from pacesetter_extraction import extract
from rule_table import targets


def test_a_first_the_plan_aims_at_is_a_goal() -> None:
    out = targets("2027年,全市将力争旅游总收入首次突破五百亿元,接待游客增长10%以上。")
    assert [(t["indicator"], t["value"]) for t in out] == [("旅游总收入", 500), ("接待游客", 10)], (
        "首次 after 力争 is the novelty aimed at, not a record reached; it is no part of the name"
    )


def test_a_first_reached_is_still_a_result() -> None:
    text = "2027年全市工作安排。去年,全市旅游总收入首次突破四百亿元。今年力争增长12%。"
    assert [t["value"] for t in targets(text)] == [12]


def test_a_numeric_date_opening_a_line_dates_the_page() -> None:
    text = (
        "能源观察报道\n\n风电规模达到多少\n\n方案近日印发,明确了全省风电和光伏发电今后几年的装机规模、"
        "消纳能力和储能建设的主要目标。方案还对电网调峰、应急备用电源和新型储能的配置比例作出安排,"
        "并提出分布式光伏与交通、建筑融合发展的路径。\n\n2024-05-06 2301 能源观察\n"
        "方案提出,全省风电装机2026年达到3000万千瓦,2030年达到5000万千瓦。"
    )
    out = targets(text)
    assert [(t["value"], t["year"]) for t in out] == [(3000, 2026), (5000, 2030)], (
        "the page is of 2024, so 2026 lies ahead; without the date line the latest year (2030) "
        "would make 2026 a year gone"
    )


def test_a_roc_date_stamp_dates_the_page() -> None:
    text = (
        "日期:108-03-15\n資料來源:新聞處\n"
        "交通部表示,107年度列管計畫整體預算執行率達96.2%。108年將完成台61線拓寬等12項工程。"
    )
    out = targets(text)
    assert [(t["value"], t["year"]) for t in out] == [(12, 2019)], (
        "日期:108-03-15 is March 2019; 107年度's rate is the year gone's, told"
    )


def test_a_gone_year_s_plan_is_no_plan_ahead() -> None:
    text = "2026年工作报告。2025年度重点建设计划总体完成率达到98%。2026年计划新开工项目40个。"
    assert [t["value"] for t in targets(text)] == [40], (
        "计划 in 2025年度重点建设计划 names last year's programme, not a time ahead"
    )


def test_progress_against_the_year_s_goal() -> None:
    text = (
        "2026年1-9月招商引资工作通报\n"
        "1-9月,全县引进省外资金额86.4亿元,完成年度目标任务120亿元的72%,同比增长9.5%。"
        "新建工业项目完成投资5.2亿元,占年度投资计划的65%。"
    )
    out = targets(text)
    assert [(t["indicator"], t["value"]) for t in out] == [("省外资金额", 120)], (
        "the year's goal is named by the level the clause before tells; the share done so far "
        "and the year-on-year change of the result are progress"
    )


def test_a_named_plant_s_capacity_before_its_start_is_its_size() -> None:
    result = extract(
        "2026年,全省将新增光伏装机200万千瓦,加快推动第三座抽水蓄能电站140万千瓦开工建设。"
    )
    assert [(t.indicator, t.value) for t in result.targets] == [("新增光伏装机", 200)]
    assert [m.indicator for m in result.milestones] == ["第三座抽水蓄能电站开工建设"], (
        "the plant starting is the event; its capacity only says which plant"
    )


def test_a_class_of_works_starting_is_no_milestone() -> None:
    text = "2026年,全区将力促续建项目如期开工建设。"
    assert extract(text).milestones == []


def test_a_year_s_planned_spending_is_named_by_the_works_counted_before() -> None:
    text = "2026年,全区集中开工项目中,城南水厂等3个市政项目总投资9.6亿元,年计划投资2.4亿元。"
    assert [(t["indicator"], t["value"]) for t in targets(text)] == [("市政项目年计划投资", 2.4)], (
        "年计划投资 alone names no works; the clause before counts them"
    )


def test_a_table_cell_names_the_figure_in_the_next_cell() -> None:
    text = (
        "2026年度绩效目标\n\n衡量指标\n\n年度目标值\n\n"
        "年度新增托育机构数\n\n12家\n\n年度老年食堂覆盖率\n\n85%\n\n评估方式\n\n统计数据\n\n3场\n"
    )
    assert [(t["indicator"], t["value"]) for t in targets(text)] == [
        ("年度新增托育机构数", 12),
        ("年度老年食堂覆盖率", 85),
        ("", 3),
    ], "a cell names the next one when it names a quantity (…数, …率); 统计数据 names none"


def test_a_forecast_word_before_a_plan_s_horizon_introduces_its_goals() -> None:
    text = (
        "2021年,市水务局编制了“十四五”规划。预计到“十四五”末,全市污水处理率达到97%,"
        "再生水利用率达到25%。据估算,全年降水量约为1200毫米。"
    )
    assert [t["value"] for t in targets(text)] == [97, 25], (
        "预计到…末 scopes a plan's goals; a forecast with no horizon stays a forecast"
    )


def test_a_place_where_a_work_is_done_opens_its_name() -> None:
    out = targets("2026年,在东坪镇实施农村公路安全防护工程31.5公里。")
    assert [t["indicator"] for t in out] == ["东坪镇农村公路安全防护工程"], (
        "在…镇实施 says where and that it is done, neither is the work's name"
    )


def test_a_forecast_of_what_the_government_will_invest_is_its_plan() -> None:
    text = "2026年,全市计划改造老旧小区60个,预计投资3.2亿元。据测算,改造后预计带动消费增长5%。"
    assert [t["value"] for t in targets(text)] == [60, 3.2], (
        "预计投资 is the government's own spending planned; 预计带动 an outcome forecast"
    )


def test_money_invested_in_a_work_is_named_by_the_work() -> None:
    text = (
        "2026年重点工作:一是计划投资1200万元进行镇卫生院改扩建,投资600万元用于北岗村文化广场建设;"
        "二是新建公厕8座;三是举办展览面积超2万平米的农产品博览会。"
    )
    assert [(t["indicator"], t["value"]) for t in targets(text)] == [
        ("镇卫生院改扩建投资", 1200),
        ("北岗村文化广场建设投资", 600),
        ("新建公厕", 8),
    ], "一是 enumerates; 用于/进行 name the work; 超2万平米的 博览会 only says which fair"


def test_an_undated_congress_on_next_year_s_budget_reviews_the_year_before() -> None:
    text = (
        "会议审议了青溪镇2025年财政预算执行情况和2026年财政预算的报告。\n"
        "2025年,青溪镇紧紧围绕“工业强镇”奋斗目标,全面落实“六保”任务,全年实现规上工业产值86亿元。\n"
        "今年,青溪镇将争取实现规上工业产值95亿元,比增10%。"
    )
    out = targets(text)
    assert [(t["value"], t["year"]) for t in out] == [(95, 2026), (10, 2026)], (
        "the page tells next year's budget and 今年, so 2025 is the year gone; a task carried out "
        "(落实…任务) and a goal followed (围绕…目标) give the review no time ahead"
    )


def test_water_works_opening_and_a_programme_of_works_finished() -> None:
    text = (
        "2026年,全市将圆满完成城乡供水“三大工程”两年建设任务,力争北干渠引水二期工程建成通水,"
        "全市经济总量向3000亿元冲刺。"
    )
    result = extract(text)
    assert [m.indicator for m in result.milestones] == [
        "完成城乡供水三大工程两年建设任务",
        "北干渠引水二期工程建成通水",
    ]
    assert [(t.indicator, t.value) for t in result.targets] == [("经济总量", 3000)], (
        "通水 opens a water work as 通车 a road; 向 only heads for the figure"
    )


def test_a_milestone_verb_with_le_tells_what_was_done() -> None:
    text = "2026年,我镇申报并启动了“乡村记忆”项目,力争文化礼堂年底前建成投用。"
    assert [m.indicator for m in extract(text).milestones] == ["文化礼堂建成投用"], (
        "启动了 is done; the pledge of what is to be built stays"
    )


def test_a_bulletin_of_last_year_s_figures_is_read_as_results() -> None:
    text = (
        "18日,省交通运输厅发布《2025年全省公路建设数据速报》。\n\n"
        "根据《速报》,截至2025年12月31日,全省公路总里程达到21.6万公里。\n\n"
        "其中,高速公路通车里程8600公里,普通国道12000公里。\n\n"
        "2025年,全省建成了高速公路5条,新增里程320公里。\n\n"
        "统计显示,农村公路优良中等路率达到86%。\n\n"
        "今年还有多条高速公路将建成通车,沿江高速二期今年将建成通车。"
    )
    result = extract(text)
    assert [t.value for t in result.targets] == []
    assert [(m.indicator, m.year) for m in result.milestones] == [("沿江高速二期建成通车", 2026)], (
        "a year told only by what was done (截至…年底, 建成了) is over, so the page is of the next "
        "year; 其中 goes on in the time of the paragraph before; 统计显示 reports; 多条 names no work"
    )


def test_a_plan_period_in_taiwan_s_spelling_and_per_person_money() -> None:
    text = (
        "市長表示,2026年全市GDP則預期增長5%左右。未來十五五規畫設置主要指標,"
        "包括全員勞動生產率達45萬元/人左右,水利建設錨定投資80億元以上。"
    )
    out = targets(text)
    assert [(t["indicator"], t["value"], t["unit"], t["year"]) for t in out] == [
        ("GDP", 5, "%", 2026),
        ("全员劳动生产率", 45, "萬元/人", 2030),
        ("水利建设投资", 80, "億元", 2030),
    ], "規畫 is 規劃; 元/人 is per person; 则 and 锚定 are no part of a name"


def test_a_figure_in_a_quoted_project_s_name_names_it() -> None:
    text = (
        "2026年,对于重点在建项目,像海大种鸭养殖、恒达电子“年产8亿件电子元器件技术改造”等项目,"
        "要紧抓建设进度。建设高标准农田2万亩。"
    )
    assert [t["value"] for t in targets(text)] == [2], (
        "年产8亿件 is the project's name, no goal; the farmland is one"
    )


def test_works_counted_a_pace_and_a_pledge_to_start_soon() -> None:
    text = (
        "2026年,还有多条城际铁路将开通,全省骨干水网建设也将加速贯通,"
        "推动城东快速路、滨江隧道等重大项目尽快开工。"
    )
    assert [m.indicator for m in extract(text).milestones] == [
        "城东快速路、滨江隧道等重大项目开工"
    ], "多条 counts works without naming them; 加速 is a pace; 尽快 only urges the named start"


def test_a_space_ends_a_headline_item_and_etc_names_nothing() -> None:
    text = "到2027年全市将新建口袋公园80个 绿道300公里\n\n到2027年,全市将建设口袋公园80个、城市绿道300公里等。"
    assert [(t["indicator"], t["value"]) for t in targets(text)][:2] == [
        ("新建口袋公园", 80),
        ("绿道", 300),
    ], "a headline's items are set apart by spaces; 等 after a figure is no counted noun"
    assert targets(text)[-1]["indicator"] == "城市绿道"


def test_last_year_after_a_comparative_is_a_base_and_named_thresholds() -> None:
    text = (
        "2026年,全市低保标准增幅不低于上年度居民人均可支配收入增幅;新增助餐服务点80个以上,"
        "打造和美乡村35个,培育10户超千亿企业,启用市儿童福利院新院。"
    )
    result = extract(text)
    assert [(t.indicator, t.value) for t in result.targets] == [
        ("新增助餐服务点", 80),
        ("和美乡村", 35),
        ("超千亿企业", 10),
    ], "不低于上年度 compares, it dates nothing; 和美 is no 和; 超千亿 names the firms counted"
    assert [m.indicator for m in result.milestones] == ["启用市儿童福利院新院"]


def test_a_count_before_etc_and_the_list_s_word_is_counted() -> None:
    text = "2026年,年内完成新增40辆电动公交车和5条公交线路等重点任务。"
    assert [(t["indicator"], t["value"]) for t in targets(text)] == [
        ("新增电动公交车", 40),
        ("新增公交线路", 5),
    ], "等重点任务 sums up the list; the lines before it are counted"


def test_figures_in_as_many_units_as_the_subject_lists_are_each_its_own() -> None:
    text = "2026年,新增港口货物和集装箱吞吐能力800万吨、50万标箱。"
    assert [(t["indicator"], t["unit"]) for t in targets(text)] == [
        ("新增港口货物", "万吨"),
        ("集装箱吞吐能力", "万标箱"),
    ], "tons are the cargo's, boxes the containers', as if 分别 were written"


def test_a_goal_met_first_is_a_result() -> None:
    text = (
        "报告指出,2025年是全区克难奋进的一年。全区率先完成城乡居民医保参保扩面年度目标任务,"
        "完成率排名全市第一。2026年全区地区生产总值增长6%左右。"
    )
    assert [t["value"] for t in targets(text)] == [6], (
        "率先完成…目标任务 tells a goal met before others; its rank is a result"
    )


def test_a_circular_names_itself_in_its_opening() -> None:
    from pacesetter_extraction.outline import document_title

    text = "为做好安全生产工作,現將2026年第一季度全市安全檢查情況通報如下:\n一、总体情况\n全市检查企业120家。"
    assert document_title(text) == "2026年第一季度全市安全檢查情況通報", (
        "现将…通报如下 names the circular when no title line stands above it"
    )


def test_listed_subjects_that_each_name_a_quantity_keep_their_own_names() -> None:
    out = targets("2026年,确保全年游客人数、旅游总收入分别增长12%、15%。")
    assert [t["indicator"] for t in out] == ["游客人数", "旅游总收入"], (
        "游客人数 is a quantity already; 总收入 is no tail to share with it"
    )


def test_a_year_s_level_as_a_yardstick_is_no_horizon() -> None:
    text = (
        "2026年政府工作报告提到,2025年,全省旅游人次基本恢复到2019年水平;"
        "生产型企业进出口占外贸比重71.2%、提高9个百分点。2026年全省地区生产总值增长5%左右。"
    )
    assert [t["value"] for t in targets(text)] == [5], (
        "恢复到2019年水平 compares with a year's level; the review goes on"
    )


def test_size_classes_leaps_and_a_horizon_before_a_forecast_word() -> None:
    text = (
        "2025年全省工作部署。到2027年,全省工业规模稳步提升至8万亿级,全省经济总量跨越7万亿元;"
        "打造五千亿级产业集群3个。到2030年全市生产总值预计突破3000亿元,年均增长8%。"
    )
    out = targets(text)
    assert [(t["indicator"], t["comparator"], t["value"], t["year"]) for t in out] == [
        ("工业规模", ">=", 8, 2027),
        ("经济总量", ">", 7, 2027),
        ("五千亿级产业集群", "=", 3, 2027),
        ("生产总值", ">", 3000, 2030),
        ("生产总值", "=", 8, 2030),
    ], "提升至…级 reaches a class; 跨越 passes a figure; 预计 after a horizon states the plan"


def test_what_was_secured_is_a_result() -> None:
    text = "2026年,我市争取到健身步道8条、体育公园2个,力争到2027年人均体育场地面积达到2.8平方米。"
    assert [t["value"] for t in targets(text)] == [2.8], "争取到 with its object tells what was won"


def test_a_month_s_deadline_is_no_part_of_a_name() -> None:
    out = targets("2026年,6月底前新增公共停车位500个,9月份全市改造农贸市场12个。")
    assert [t["indicator"] for t in out] == ["新增公共停车位", "改造农贸市场"], (
        "6月底前 and 9月份 say when, not what is counted"
    )


def test_a_package_of_measures_named_by_its_count_is_no_goal() -> None:
    text = "2026年,进一步落实“稳增长25条”,全社会研发投入占比达到3%,新建5G基站3000个。"
    assert [t["value"] for t in targets(text)] == [3, 3000], (
        "“稳增长25条” names a package of measures; its count is no goal"
    )


def test_a_heading_that_announces_goals_and_more_of_nothing_named() -> None:
    text = (
        "2026年经济社会发展主要预期目标\n"
        "地区生产总值同比增长5%左右;一般公共预算收入同比增长6%。\n"
        "促进更多科技成果转化落地,推动城南产业园项目落地。"
    )
    result = extract(text)
    assert [t.value for t in result.targets] == [5, 6], "同比 under a goals heading is a goal"
    assert [m.indicator for m in result.milestones] == ["城南产业园项目落地"], (
        "更多…成果 names no work to land"
    )


def test_a_plan_period_s_good_start_is_told_as_done() -> None:
    text = (
        "2027年3月。过去的一年,我们圆满完成了年度目标任务,实现了“十五五”良好开局。"
        "全市实现地区生产总值5200亿元,增长6%。今后五年,全市地区生产总值年均增长6%左右。"
    )
    assert [t["value"] for t in targets(text)] == [6], (
        "“十五五”良好开局 looks back on the plan's first year; the figures after it are results"
    )
