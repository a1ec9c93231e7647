"""Rules written in session 26 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from rule_table import targets


def test_deng_inside_a_word_does_not_close_a_list() -> None:
    text = "到2028年,全省中等职业教育招生规模和高等职业教育毕业生就业率分别达到12万人和95%。"
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert got == [("中等职业教育招生规模", 12), ("高等职业教育毕业生就业率", 95)], (
        "中等 and 高等 are adjectives (secondary, higher), not 等 (etc.) closing a list: each "
        "listed name keeps its whole words"
    )
    etc = "到2028年,全县蔬菜、水果等农产品产量达到40万吨。"
    assert [t["indicator"] for t in targets(etc)] == ["农产品产量"], (
        "等 after listed items closes the list: what follows it is measured"
    )


def test_a_whole_number_of_years_is_a_figure_when_the_sentence_measures_years() -> None:
    text = "到2030年,全市劳动年龄人口平均受教育年限达到12年以上。"
    got = [(t["indicator"], t["value"], t["unit"], t["comparator"]) for t in targets(text)]
    assert got == [("劳动年龄人口平均受教育年限", 12, "年", ">=")], (
        "年限 names a length in years, so 12年以上 is its figure, not the year 2012"
    )
    listed = "到2030年,县域学前教育普及率、平均受教育年限分别达到92%和11年左右。"
    assert [t["value"] for t in targets(listed)] == [92, 11], (
        "the last item of a 分别 list, measured in years, is the second name's figure"
    )
    age = "到2030年,全市改造房龄20年以上的老旧小区45个。"
    assert [t["value"] for t in targets(age)] == [45], (
        "房龄20年以上 describes which estates: no 年限 is measured, so no figure of years"
    )


def test_reaching_or_exceeding_includes_the_figure() -> None:
    text = "到2029年,全县生猪出栏量达到或超过45万头。"
    got = [(t["indicator"], t["comparator"], t["value"]) for t in targets(text)]
    assert got == [("生猪出栏量", ">=", 45)], (
        "达到或超过 (reach or exceed) is met at the figure itself: >=, and no part of the name"
    )


def test_a_year_before_a_place_named_tai_is_no_count_of_machines() -> None:
    text = "为迎接2029台南灯会,市府将新建停车场6处。"
    assert [(t["value"], t["unit"]) for t in targets(text)] == [(6, "处")], (
        "2029台南 is a year and the city 台南, not 2029 machines (台 as a measure word)"
    )
    machines = "2029年全市新增1200台充电桩。"
    assert [(t["value"], t["unit"]) for t in targets(machines)] == [(1200, "台")], (
        "台 after a count and before what is counted stays a measure word"
    )


# A plan's indicator table copied from a web page one cell per line, each cell closed by a bar,
# the row's kind (预期性/约束性) before its values, and a column of yearly averages whose
# bracketed values are the period's totals. Written for this test.
_BAR_TABLE = (
    "附表:某市“十五五”时期经济社会发展主要指标\n"
    "序号 |\n指 标 |\n单位 |\n属性 |\n“十五五”目标 |\n|\n2030年 |\n年均[累计] |\n||||\n"
    "1 |\n地区生产总值增长率 |\n% |\n预期性 |\n- |\n6左右 |\n"
    "2 |\n常住人口城镇化率 |\n% |\n预期性 |\n>72 |\n- |\n"
    "3 |\n新增城镇就业人数 |\n万人 |\n预期性 |\n- |\n[累计达到30] |\n"
    "4 |\n城镇调查失业率 |\n% |\n预期性 |\n- |\n<5.5 |\n"
    "5 |\n居民人均预期寿命 |\n岁 |\n预期性 |\n>80 |\n- |\n"
    "6 |\n每万人口发明专利拥有量[1] |\n件 |\n预期性 |\n25 |\n- |\n"
)


def test_an_indicator_table_copied_cell_by_cell_with_bars() -> None:
    got = [
        (t["indicator"], t["comparator"], t["value"], t["unit"], t["growth"], t["year"])
        for t in targets(_BAR_TABLE)
    ]
    assert got == [
        ("地区生产总值增长率", "~", 6, "%", True, 2030),
        ("常住人口城镇化率", ">", 72, "%", False, 2030),
        ("新增城镇就业人数", "=", 30, "万人", False, 2030),
        ("城镇调查失业率", "<", 5.5, "%", False, 2030),
        ("居民人均预期寿命", ">", 80, "岁", False, 2030),
        ("每万人口发明专利拥有量", "=", 25, "件", False, 2030),
    ], (
        "each row's goal sits under the plan period's 目标 columns after its unit and kind; a "
        "bracketed total keeps the row's unit; a yearly average is a change only where the "
        "row's name is one (增长率), not for a rate such as 失业率; a note's mark ([1]) is no "
        "part of a name"
    )


def test_a_paragraph_opening_in_addition_goes_on_with_the_goals_before_it() -> None:
    text = (
        "2026年4月,省交通运输厅公布了“十五五”综合交通规划的发展目标:高速公路通车里程达到"
        "1.2万公里。\n此外,目标还包括农村公路优良中等路率达到85%。"
    )
    assert [t["year"] for t in targets(text)] == [2030, 2030], (
        "此外 (in addition) opens a paragraph that goes on listing the 十五五 goals of the "
        "paragraph before: the period's end year, not the year of the announcement"
    )
    then = (
        "2026年3月,省交通运输厅表示,到2030年全省将新建高速公路1800公里。\n"
        "届时,全省高速公路通车里程将达到1.2万公里。"
    )
    assert [t["year"] for t in targets(then)] == [2030, 2030], (
        "届时 (by then) opens a paragraph at the time of the paragraph before"
    )
    dated = (
        "2026年4月,省交通运输厅公布了到2030年的发展目标:高速公路通车里程达到1.2万公里。\n"
        "此外,今年计划新增公交线路12条。"
    )
    assert [t["year"] for t in targets(dated)] == [2030, 2026], (
        "a paragraph that writes its own time (今年) keeps it"
    )


def test_an_items_period_in_brackets_after_it_dates_it_by_its_end() -> None:
    text = "2026年全县民生实事进展情况:\n新建农村幼儿园30所(2025—2028年)。上半年已开工12所。"
    assert [(t["value"], t["year"]) for t in targets(text)] == [(30, 2028)], (
        "(2025—2028年) after an item is the period it runs over: its goal is for the end year, "
        "not the year of the progress report"
    )


def test_a_macau_policy_address_stamped_in_november_is_for_the_next_year() -> None:
    text = (
        "2027-11-16 本报讯\n澳门特区行政长官今日在立法会发表施政报告,"
        "宣布继续推行现金分享计划,永久性居民每人获发10000元,敬老金增至10500元。"
    )
    assert {t["year"] for t in targets(text)} == {2028}, (
        "Macau's policy address, given in November, sets the measures of the following year"
    )
    june = "2027-06-16 本报讯\n澳门特区政府今日宣布,永久性居民每人获发10000元。"
    assert {t["year"] for t in targets(june)} == {2027}, "no policy address: the page's own year"


def test_pinyin_debris_in_lenticular_brackets_is_no_part_of_a_name() -> None:
    text = "到2030年,全市充电桩保【bǎo】有量达到【dào】12万个,【重点】推进换电站建设。"
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert got == [("充电桩保有量", 12)], (
        "【bǎo】 after a character is its reading, left by a scraper as (bǎo) often is; "
        "【重点】 holds words, not a reading, and stays"
    )


def test_progress_against_schedule_is_no_goal() -> None:
    text = "截至9月底,污水管网改造工程的计划进度为62%,实际进度为70.5%,全年招商到位资金超进度18%。"
    assert targets(text) == [], (
        "进度为… tells how far a work has got against its schedule (计划进度, 实际进度, 超进度): "
        "a status, not a level to reach"
    )
    goal = "力争年底前污水管网改造工程进度达到90%。"
    assert [t["value"] for t in targets(goal)] == [90], "progress to reach by a date is a goal"


def test_a_size_threshold_before_investment_names_what_is_measured() -> None:
    text = "2029年全县1000万元以上固定资产投资增长12%以上,新建村道40公里。"
    got = [(t["indicator"], t["value"], t["unit"]) for t in targets(text)]
    assert got == [("1000万元以上固定资产投资", 12, "%"), ("新建村道", 40, "公里")], (
        "1000万元以上固定资产投资 is the statistic of investment in projects above that size: "
        "the threshold is part of the name, the growth is the goal"
    )
