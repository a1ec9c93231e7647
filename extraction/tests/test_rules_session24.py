"""Rules written in session 24 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from rule_table import targets


def test_goals_said_to_be_set_introduce_the_goals_not_results() -> None:
    text = (
        "2027年全区环卫工作的主要任务目标已经确定。保洁方面,"
        "城区垃圾分类覆盖率达到95%,新建公厕12座。"
    )
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(95, 2027), (12, 2027)], (
        "目标已经确定 says the goals were set: the sentences after it are those goals, not "
        "things already done"
    )
    done = "2027年全区环卫工作已经完成。保洁方面,城区垃圾分类覆盖率达到95%。"
    assert targets(done) == [], "work said to be done makes the figures after it results"


def test_the_parts_a_whole_is_made_of_describe_it() -> None:
    text = "到2030年,省级绿道网由4条环线、9条放射线和20条联络线组成,全省新建绿道1200公里。"
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(1200, "公里")], (
        "由…、…组成 lists the parts a network is made of: a description of it; what is to be "
        "built is the goal"
    )
    whole = "到2030年,全市公交专用道网由45条线路构成。"
    assert [t["value"] for t in targets(whole)] == [45], (
        "one count of what the whole is made of gives its size, a goal"
    )


def test_the_horizontal_bar_some_code_pages_give_for_a_dash_is_a_dash() -> None:
    text = "2027年,全县新增养老床位800张,其中1―6月完成投资2.4亿元。"
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(800, "张")], (
        "1―6月 (U+2015, GB2312's dash in some code pages) is 1—6月: the months gone by, "
        "whose investment is progress, not a goal"
    )


def test_the_roll_of_a_groundbreaking_ceremony_is_what_happened_that_day() -> None:
    text = (
        "3月8日,某县举行2027年一季度重点项目集中开工仪式,本次集中开工项目18个,"
        "总投资46亿元,年度计划投资12亿元,建成后可新增就业岗位2000个。"
    )
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(12, "亿元"), (2000, "个")], (
        "the projects a ceremony starts and their total investment are the day's facts; the "
        "year's planned investment and the jobs they are to bring are goals"
    )
    ahead = "2027年,全县计划集中开工项目30个。"
    assert [t["value"] for t in targets(ahead)] == [30], (
        "a ceremony the plan still means to hold sets goals"
    )


def test_thousands_after_ten_thousands_and_half_a_tenth_are_one_figure() -> None:
    text = "2027年,全市新增就业岗位2万5千个,新供应住房中保障性住房占3成半。"
    got = [(t["value"], t["unit"], t["base_value"]) for t in targets(text)]
    assert got == [(2.5, "万个", 25000), (3.5, "成", 3.5)], (
        "2万5千个 is 25,000 jobs, not 2万 and 5千个; 3成半 is three and a half tenths"
    )
    budget = "2027年,全县投入农田水利资金1亿5千万元。"
    assert [t["base_value"] for t in targets(budget)] == [150000000], "1亿5千万元 is 150 million"


def test_a_pages_markup_raw_or_escaped_is_no_part_of_a_name() -> None:
    text = (
        "2027年全区工作目标\\u003c/p\\u003e\\u003cp\\u003e全区新建口袋公园15个,"
        '<span class="x">城区绿化覆盖率</span>达到45%</p><p>PM2.5<30微克/立方米。'
    )
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert got[:2] == [("新建口袋公园", 15), ("城区绿化覆盖率", 45)], (
        "tags a scraper kept (<span>, or \\u003cp\\u003e escaped as JSON) are no words, and "
        "a paragraph tag still parts the paragraphs"
    )
    assert [t["value"] for t in targets(text)][2:] == [30], "< before a digit is no tag"


def test_a_base_year_written_with_spaces_around_it_still_makes_a_change() -> None:
    text = "到 2027 年,全市单位生产总值能耗比 2020 年下降 13.5%。"
    got = [(t["indicator"], t["value"], t["growth"]) for t in targets(text)]
    assert got == [("单位生产总值能耗", 13.5, True)], (
        "比 2020 年下降 (a page that spaces its digits) is 比2020年下降: a change against a "
        "base year, named by what it changes"
    )


def test_a_budget_as_it_was_before_its_revision_is_no_goal() -> None:
    text = "2027年,城东污水厂扩建工程原预算为3.2亿元,调整后预算4.1亿元。"
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(4.1, "亿元")], "原预算 is the budget the revision replaced; the new one stands"


def test_a_span_and_a_half_a_level_comes_down_to_is_a_figure() -> None:
    text = "到2027年,企业开办时间压缩至1个半工作日以内,项目审批时间缩短到3个半月,公屋轮候时间降至4年半。"
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got[-2:] == [(3.5, "个月"), (4.5, "年")], (
        "3个半月 and 4年半 are three and a half months and four and a half years"
    )
    deadline = "2027年,另外2万个单位将在未来一年半内全部落成。"
    assert [(t["value"], t["unit"]) for t in targets(deadline)] == [(2, "万个")], (
        "在未来一年半内 is the time to a deadline, no level"
    )


def test_how_large_or_spread_a_thing_is_told_with_duoda_is_no_goal() -> None:
    text = "2027年,全县湿地面积多达3万亩,分布于12个乡镇,新建湿地公园2个。"
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(2, "个")], (
        "多达 (as many as) and 分布于 describe what there is; what is to be built is the goal"
    )


def test_a_ratio_to_one_is_a_figure_named_by_the_ratio() -> None:
    text = "到2027年,农产品加工业产值与农业总产值之比达到2.6:1以上,森林覆盖率达到60%。"
    got = [(t["indicator"], t["comparator"], t["value"], t["unit"]) for t in targets(text)]
    assert got[0] == ("农产品加工业产值与农业总产值之比", ">=", 2.6, ":1"), (
        "之比达到2.6:1以上: the colon between digits breaks no clause; the ratio's second "
        "term is its unit, 以上 after it its comparator, and 之比 stays in the name"
    )
    assert got[1][2] == 60


def test_a_count_restating_the_list_its_own_verb_heads_is_no_goal() -> None:
    text = (
        "2027年,全区新建学校3所;投用城东、城西、城南3所幼儿园,启动北苑小学、南苑小学2个项目建设。"
    )
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(3, "所")], (
        "投用甲、乙、丙3所 counts the names its own verb just listed (a creating verb in an "
        "earlier part of the sentence does not govern it); 新建学校3所 is the goal"
    )


def test_a_rate_set_at_a_figure_in_a_paragraph_about_growth_goals_is_a_growth_goal() -> None:
    text = "各县区公布了2027年经济增长目标:东湖区定在6.5%左右,西山县定在6%以上,森林覆盖率定在62%。"
    got = [(t["value"], t["growth"]) for t in targets(text)]
    assert got == [(6.5, True), (6, True), (62, False)], (
        "定在6%以上 beside the growth goals the paragraph is about is a growth rate; a level "
        "named as one (覆盖率) stays a level"
    )


def test_a_count_of_works_already_under_way_is_no_goal() -> None:
    text = "2027年,加快东环路、西环路等12个在建项目建设,新建公路80公里。"
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(80, "公里")], (
        "12个在建项目 counts works under way, what there is; the road to be built is the goal"
    )


def test_a_fiscal_year_written_with_two_digits_each_is_the_year_it_ends_in() -> None:
    text = "2027年1月5日 本報訊\n房委會未來5年將落成公屋5萬個。27/28年度,將推出資助出售單位6千個。"
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(5, 2031), (6, 2028)], (
        "27/28年度 is the fiscal year ending in 2028, not the five years told before it"
    )


def test_the_size_of_the_years_key_project_list_is_no_goal() -> None:
    text = "2027年全市重点建设项目共计86个,年度计划投资320亿元,新建停车位5000个。"
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(320, "亿元"), (5000, "个")], (
        "重点建设项目共计86个 says how long the list is; its year's investment and the works "
        "it is to deliver are goals"
    )


def test_a_budget_revised_from_one_figure_to_another_keeps_only_the_new_one() -> None:
    text = "2027年,全市公共投资计划总额由120亿元下调至112亿元,医保补助标准上调至每人每年700元。"
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert got[0] == ("公共投资总额", 112), (
        "由120亿元下调至112亿元: the revision's start is no goal, and 下调至 no part of the name"
    )
    assert [g[1] for g in got] == [112, 700]


def test_tenths_after_covering_or_exceeding_are_shares() -> None:
    text = "到2027年,城市公交线网覆盖九成以上行政村,绿色出行比例超七成。"
    got = [(t["comparator"], t["value"], t["unit"]) for t in targets(text)]
    assert got == [(">=", 9, "成"), (">", 7, "成")], (
        "覆盖九成以上 and 超七成 are shares in tenths, as after 达 or 占"
    )


def test_who_acts_and_the_act_are_no_part_of_a_shares_name() -> None:
    text = "下一步,东山县将计划实施全县公共机构屋顶可安装光伏比例不低于50%,厂房屋顶可安装光伏比例不低30%。"
    got = [(t["indicator"], t["comparator"], t["value"]) for t in targets(text, year=2027)]
    assert got == [
        ("公共机构屋顶可安装光伏比例", ">=", 50),
        ("厂房屋顶可安装光伏比例", ">=", 30),
    ], "东山县将计划实施 is who acts and how; 不低30% (于 left out) is still at least 30 %"


def test_an_ascii_greater_or_less_sign_before_a_figure_is_its_comparator() -> None:
    text = "2027年主要指标\n| 农村自来水普及率 | >92% |\n| 细颗粒物平均浓度 | <30微克/立方米 |\n"
    got = [(t["comparator"], t["value"]) for t in targets(text)]
    assert got == [(">", 92), ("<", 30)], (
        "a table's >92% and <30 are more than 92 % and less than 30, not bare levels"
    )


def test_a_cut_in_carbon_told_as_a_share_is_a_change() -> None:
    text = "新竹市提出2030年减碳35%的目标,工业园区减排20%。"
    got = [(t["value"], t["growth"], t["year"]) for t in targets(text)]
    assert got == [(35, True, 2030), (20, True, 2030)], (
        "减碳35% and 减排20% are cuts against a base, changes, not levels"
    )


def test_a_headlines_plus_and_bare_year_read_as_more_than_and_no_name() -> None:
    text = "2027新建1万+公共充电桩,改造老旧小区20个。"
    got = [(t["indicator"], t["comparator"], t["base_value"]) for t in targets(text)]
    assert got[0][1:] == (">", 10000) and not got[0][0].startswith("2027"), (
        "1万+ is more than ten thousand, and 2027 without 年 opening a headline is its year, "
        "not part of the name"
    )


def test_a_value_in_a_flattened_table_is_named_by_the_cell_above_it() -> None:
    text = (
        "主要指标 |\n城镇新增就业 | 农村自来水普及率 | 森林覆盖率 |\n2027 年 目 标 值 |\n"
        "1.2万人 | >92% | 61.5% |\n"
    )
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert got == [("城镇新增就业", 1.2), ("农村自来水普及率", 92), ("森林覆盖率", 61.5)], (
        "each value of the row is named by the cell above it in the row of names, across the "
        "row that labels the values"
    )


def test_an_amount_in_three_parts_is_one_figure() -> None:
    text = "2027年,县道改善工程总经费为1亿2957万8000元,地方配合款为2468万2000元。"
    got = [t["base_value"] for t in targets(text)]
    assert got == [129578000, 24682000], (
        "1亿2957万8000元 is one amount (hundred-millions, ten-thousands and units), not two"
    )


def test_a_years_months_told_with_what_was_done_are_gone_by() -> None:
    text = "2027年12月30日 本报讯\n全县重点项目1-12月份完成投资28.8亿元,投资完成率151.5%;明年计划投资30亿元。"
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert got == [("投资", 30)], (
        "1-12月份完成投资 is the year's result, and a completion rate above 100 % can only "
        "be one; next year's planned investment is the goal"
    )


def test_how_long_the_years_list_of_shishi_is_is_no_goal() -> None:
    text = "2027年,全区实施为民办实事项目15项,新建口袋公园10个,改造老旧小区8个。"
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(10, "个"), (8, "个")], (
        "15项 counts the year's 实事 list; what its items build are the goals"
    )


def test_a_range_with_a_space_after_its_word_is_one_figure() -> None:
    text = "到2029年,每千人口执业医师数提升至3.5至 4名。"
    got = [(t["comparator"], t["value"], t["value_max"]) for t in targets(text)]
    assert got == [("~", 3.5, 4)], "3.5至 4名 (a page's space after 至) is the range 3.5 to 4"
