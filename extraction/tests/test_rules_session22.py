"""Target rules written in session 22 (issue 14); the milestone rules are in
test_rules_session22_milestones.py.

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from rule_table import targets


def test_a_results_margin_over_another_place_is_no_goal_but_an_aimed_margin_is() -> None:
    told = "前三季度,全市工业用电量增长9.1%,快于全省2.6个百分点,高于年初目标1.2个百分点。"
    aimed = "明年力争城镇居民收入增长7%,高于全省平均水平1个百分点。"
    bound = "农村居民收入增速高于城镇居民收入增速2个百分点以上。"
    assert targets(told) == [], (
        "how far a result ran ahead of another place or of its own goal is a comparison told"
    )
    assert [t["value"] for t in targets(aimed)] == [7, 1], (
        "the same margin after 力争 is part of what the plan aims at"
    )
    assert [(t["value"], t["comparator"]) for t in targets(bound)] == [(2, ">=")], (
        "a margin with its bound (以上) is a goal"
    )


def test_a_change_told_beside_the_level_it_ends_at_leaves_the_level_only() -> None:
    text = "到2030年,全区人均预期寿命提高1.5岁,达到81岁;绿化覆盖率提高3个百分点,达到46%。"
    growth = "到2030年,全区旅游总收入年均增长9%,达到120亿元。"
    assert [(t["value"], t["unit"]) for t in targets(text)] == [(81, "岁"), (46, "%")], (
        "a change (提高1.5岁, 提高3个百分点) told beside the level it ends at names that level's "
        "quantity; the level is the goal"
    )
    assert [(t["value"], t["growth"]) for t in targets(growth)] == [(9, True), (120, False)], (
        "a growth rate beside an amount is a goal of its own"
    )


def test_a_rise_written_as_shengfu_is_growth_and_a_delta_in_yuan_is_no_goal() -> None:
    text = "明年预算目标:消费者物价指数升幅 3% 左右,财政赤字比上年增加人民币 1,200 亿元。"
    assert [(t["value"], t["growth"]) for t in targets(text)] == [(3, True)], (
        "升幅 names a rise (growth); a change against last year in 人民币 restates an amount"
    )


def test_a_place_named_with_a_numeral_and_tai_is_no_count() -> None:
    text = "今年新开工三台山路跨河桥等桥梁工程,购置20台洒水车。"
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(20, "台")], "三台山路 names a road; 20台洒水车 counts machines"


def test_a_share_of_places_before_them_without_de_is_a_goal_named_by_what_they_reach() -> None:
    text = "到2028年,85%以上乡镇实现20分钟上国道;全市60%的县实现污水管网连通。"
    got = [(t["indicator"], t["value"], t["comparator"]) for t in targets(text)]
    assert got == [
        ("20分钟上国道的乡镇比例", 85, ">="),
        ("污水管网连通的县比例", 60, "="),
    ], (
        "a share written before the places (85%以上行政村, no rate named before it) is the share "
        "of them that reach what the verb says; the travel time is part of that, no figure"
    )


def test_a_horizon_after_a_run_in_heading_dates_the_next_paragraph() -> None:
    text = (
        "某市人民政府办公室\n2024年3月8日\n"
        "(二)总体目标。到2028年,基本建成区域物流枢纽。物流成本明显下降。\n"
        "(三)主要任务。完成超过800亿元物流设施投资。"
    )
    assert [t["year"] for t in targets(text)] == [2028], (
        "a paragraph opening with a run-in heading ((二)总体目标。) and then its horizon hands "
        "that horizon to the undated task paragraph after it"
    )


def test_the_parts_a_programmes_numbers_stand_for_are_no_goals_but_a_goals_are() -> None:
    programme = "到2028年,全力实施“2210”工程,即实施20个重点专项,推进10项标志性工程。"
    goal = "到2028年,实现“125”目标,即引进500强企业1个,建成旗舰项目2个。"
    assert targets(programme) == [], (
        "after a programme's number slogan, 即 lists the plan's own work lists, no figures to reach"
    )
    assert [t["value"] for t in targets(goal)] == [1, 2], "a goal slogan's parts are its targets"


def test_a_headings_plan_period_dates_the_item_lines_under_it() -> None:
    text = (
        "发布时间:2031-03-05\n一、“十六五”时期主要目标\n研发经费投入年均增长 8% 以上\n"
        "人均预期寿命提高到 82 岁\n二、2031 年主要预期目标\n经济增长 5% 左右\n"
    )
    assert [t["year"] for t in targets(text)] == [2035, 2035, 2031], (
        "a heading naming a five-year plan's period dates each item line under it (no 。, no "
        "time of its own) by the period's end, until the next heading"
    )


def test_a_goal_set_at_the_start_of_a_gone_year_is_told_not_aimed() -> None:
    text = (
        "记者注意到,2023年年初,该市政府工作报告提出的主要预期目标是地区生产总值增长6%左右。"
        "2024年,该市地区生产总值预期增长5.5%左右。"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [(5.5, 2024)], (
        "a year gone by framing the sentence as a clause of its own (2023年年初,…) makes the "
        "goal it names that year's, told as history"
    )


def test_a_places_profile_under_a_basic_situation_heading_is_no_goal() -> None:
    text = (
        "一、基本情况\n青石村距县城38公里,辖5个村民小组,有420户1630人,全村硬化道路16公里。\n"
        "二、发展目标\n到2027年,新建产业道路8公里,发展茶园600亩。"
    )
    assert [t["value"] for t in targets(text)] == [8, 600], (
        "a section headed 基本情况 tells how the place stands; the goals follow under their own"
    )


def test_a_works_design_figure_and_how_a_list_splits_are_no_goals() -> None:
    text = (
        "2026年,开工建设城北水库工程,设计供水规模5万立方米/日。"
        "全区确定民生实事项目12个,其中教育领域3个,养老领域2个;8项工程如下。"
    )
    assert targets(text) == [], (
        "a designed capacity specifies a work; the count of the plan's own list, its counts per "
        "domain and the count heading a list (如下) describe that list"
    )


def test_a_digests_citation_marks_end_its_sentences() -> None:
    text = (
        "2026年民生实事项目概览 - 区人代会票决确定了8项民生实事项目 [1] "
        "教育 - 新建2所幼儿园 新增学位540个 [2][3] 养老 - 建设3个社区食堂 [2]"
    )
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(2, "所"), (540, "个"), (3, "个")], (
        "citation marks ([1], [2][3]) end a digest's sentences, so a result told in one (确定了) "
        "leaves the planned items after it as they are; a spaced dash bounds a clause"
    )


def test_amounts_written_in_groups_or_two_magnitudes_read_whole() -> None:
    text = "住宅目标兴建户数提高到19,000户;申请拨款205亿6000多万元;规划兴建1万1,170户社宅。"
    got = [(t["value"], t["unit"], t["comparator"]) for t in targets(text)]
    assert got == [(19000, "户", "="), (205.6, "亿元", ">"), (1.117, "万户", "=")], (
        "a thousands-grouped number after a level's verb is one number; 205亿6000多万 is one "
        "amount, more than it says; 1万1,170户 is ten-thousands and the rest"
    )


def test_a_works_progress_and_the_works_under_way_are_no_goals() -> None:
    text = (
        "2024年,西环路地道土建结构完成70%,机电安装完成60%;全市在建重点项目共有48个,"
        "力争年底前完成投资的90%。"
    )
    assert [t["value"] for t in targets(text)] == [90], (
        "完成70% of a named work's part tells how far it has got, and a count of works 在建 "
        "counts what is under way; a share to reach (力争…90%) is a goal"
    )


def test_undated_paragraphs_after_one_that_opens_on_a_gone_year_go_on_telling_it() -> None:
    text = (
        "发布时间:2025-03-02\n2024年,全市普通高中在校生5.2万人。\n"
        "初中招生3.1万人,毕业生2.9万人。\n2025年,全市计划新增学位6000个。"
    )
    assert [t["value"] for t in targets(text)] == [6000], (
        "statistics in paragraphs of their own after one that opens on a year gone by are that "
        "year's, until a paragraph looks ahead"
    )


def test_a_design_trade_is_no_design_figure() -> None:
    text = "明年度编列IC设计补助计划12.5亿元,扶植中小企业。"
    assert [t["value"] for t in targets(text)] == [12.5], (
        "IC设计 names a trade; only a work's designed measure (设计…规模/面积) is a specification"
    )


def test_phone_numbers_file_codes_widths_and_formulas_are_no_figures() -> None:
    text = (
        "索引号 11320925/2026-00036 组配分类\n联系电话:023-61520697。"
        "2026年,改造城东路2.1公里,路基宽度24米,断面为2×4.5米+人行道;"
        "另有风电项目8500万千瓦项目已经开工建设。"
    )
    assert [(t["value"], t["unit"]) for t in targets(text)] == [(2.1, "公里")], (
        "a file's code or a telephone number (leading zeros) is no figure; a road's width and the "
        "terms of its cross-section shape it; works told 已经开工 are under way"
    )


def test_a_share_of_the_citys_total_keeps_the_city() -> None:
    text = "2026年,全区地区生产总值占全市比重达到25%以上。"
    assert [t["indicator"] for t in targets(text)] == ["地区生产总值占全市比重"], (
        "the scope word (全区) goes, but 占全市比重 names the whole the share is of"
    )


def test_a_counted_noun_stops_before_the_next_figures_conjunction() -> None:
    text = "2026年将新增约1,900个日间康复服务名额及约2,500个住宿照顾服务名额。"
    assert [t["indicator"] for t in targets(text)] == ["日间康复服务名额", "住宿照顾服务名额"], (
        "及约 before the next figure is that figure's conjunction and bound, no part of the noun"
    )


def test_a_figure_restated_in_brackets_keeps_its_bound_and_counts_once() -> None:
    text = "到2030年,全市风电装机容量达到300万千瓦(3吉瓦)左右,PM2.5年均值降至18 g/m3。"
    got = [(t["value"], t["unit"], t["comparator"]) for t in targets(text)]
    assert got == [(300, "万千瓦", "~"), (18, "g/m3", "=")], (
        "a bracket restating the figure in another unit is the same figure, and 左右 after it "
        "is its bound; g/m3 (a μ lost in copying) is a unit"
    )


def test_a_figure_inside_a_quoted_services_name_is_part_of_the_name() -> None:
    text = "2025年,推出应届毕业生求职“免费住15天”服务,新增就业岗位5000个。"
    assert [t["value"] for t in targets(text)] == [5000], (
        "15天 inside the quoted name of a service names it; it is no figure to reach"
    )


def test_other_places_figures_noted_in_brackets_are_no_goals() -> None:
    text = "2026年,力争实际使用外资增长6%(全国4.5%,全省5%)。"
    assert [t["value"] for t in targets(text)] == [6], (
        "the figures of the country and the province in brackets are noted for comparison"
    )


def test_a_tables_progress_column_tells_how_far_works_got() -> None:
    text = (
        "2025年民生实事项目进度表\n\n序号\n\n项目内容\n\n当前进度\n\n牵头单位\n\n"
        "1\n\n建设农村公路40公里。\n\n85%(部分路段滞后)\n\n县交通局\n\n"
        "2\n\n新建幼儿园3所。\n\n60%\n\n县教育局\n"
    )
    assert [(t["value"], t["unit"]) for t in targets(text)] == [(40, "公里"), (3, "所")], (
        "the cells under a 当前进度 header tell how far each work has got; the tasks are the goals"
    )


def test_a_rate_set_at_or_above_a_figure_is_a_goal_not_a_threshold_in_a_name() -> None:
    text = "2026年,力争主要经济指标保持6%及以上增长率;每周参加1次及以上体育锻炼的人数比例达到40%。"
    got = [(t["value"], t["comparator"], t["growth"]) for t in targets(text)]
    assert got == [(6, ">=", True), (40, "=", False)], (
        "6%及以上增长率 sets the rate to reach; 1次及以上 inside a name is its threshold"
    )


def test_years_written_with_a_space_before_nian_date_the_text_as_closed_up_ones_do() -> None:
    text = (
        "镇党委书记在 2026 年开局动员会上的讲话 2026 年是“十五五”的开局之年。"
        "2025 年的各项经济指标都基本完成任务。今年力争各项经济指标保持6%增长。"
        "生态绿道预计 2027 年完工。"
    )
    assert [t["year"] for t in targets(text)] == [2026], (
        "2026 年是… frames the text's own year and 预计 2027 年 is a deadline ahead, also when a "
        "copied page puts a space before 年"
    )


def test_a_planned_facilitys_beds_told_alone_specify_it() -> None:
    text = "2026年,开工建设市第二儿童医院,规划床位1500张;全市新增床位3000张。"
    assert [t["value"] for t in targets(text)] == [3000], (
        "规划床位 told alone after a named hospital specifies it; 新增床位 across the city is a goal"
    )
