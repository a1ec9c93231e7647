"""Rules written in session 21 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from pacesetter_extraction import extract
from rule_table import targets


def test_a_weighty_result_told_without_le_in_a_goal_list_is_aimed_at() -> None:
    text = (
        "“十五五”生态建设的总体目标是:生态环境质量明显改善。\n"
        "一是治理能力全面提升。污染防治取得明显成效,治理体系更加完善。"
        "城市空气优良天数比例达到90%,地表水优良水体比例达到85%。"
    )
    assert [(t["value"], t["unit"]) for t in targets(text)] == [(90, "%"), (85, "%")], (
        "取得明显成效 told without 了 and followed by more aims is what the goal list sets out "
        "to reach, not a result that makes the figures after it past"
    )


def test_a_term_of_a_three_part_ratio_is_no_level() -> None:
    text = "到2030年,三次产业结构比达到10:45:45,城乡收入比降至1.8:1。"
    assert [t["value"] for t in targets(text)] == [1.8], (
        "a ratio of three terms (10:45:45) is no figure to track; a ratio to one (1.8:1) is"
    )


def test_an_indicator_table_one_cell_per_line_gives_the_goal_column_named_by_row() -> None:
    text = (
        "“十五五”卫生健康发展主要指标\n\n指标\n\n2025年\n\n2030年\n\n属性\n\n"
        "一、健康水平\n\n1.人均预期寿命(岁)\n\n78.5\n\n80以上\n\n预期性\n\n"
        "2.孕产妇死亡率(1/10万)\n\n9.5\n\n8\n\n约束性\n\n"
        "二、服务能力\n\n3.每千人口执业(助理)医师数(人)\n\n3.2\n\n3.8\n\n预期性\n\n"
        "4.县域就诊率(%)\n\n其中:城区\n\n乡镇\n\n88%\n\n80%\n\n92%以上\n\n85%以上\n\n预期性\n"
    )
    got = [(t["indicator"], t["value"], t["comparator"], t["year"]) for t in targets(text)]
    assert got == [
        ("人均预期寿命", 80, ">=", 2030),
        ("孕产妇死亡率", 8, "=", 2030),
        ("每千人口执业(助理)医师数", 3.8, "=", 2030),
        ("城区", 92, ">=", 2030),
        ("乡镇", 85, ">=", 2030),
    ], (
        "each row's value in the later year's column is its goal, named by the row (numbering "
        "and unit bracket dropped) and dated by the column; the earlier column holds levels "
        "reached; sub-rows (其中:城区, 乡镇) stack their values column by column; a figure in a "
        "row's name (每千人口, 1/10万) is part of the name"
    )


def test_an_html_indicator_table_gives_bare_numbers_the_unit_of_their_row() -> None:
    row = "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>预期性</td></tr>"
    text = (
        "<p>“十五五”林业主要指标</p><table><tr><td>序号</td><td>指标名称</td><td>2025年</td>"
        "<td>2030年</td><td>属性</td></tr>"
        + row.format("1", "湿地保护率(%)", "52", "55")
        + row.format("2", "森林蓄积量(万立方米)", "4600", "5000")
        + "</table>"
    )
    got = [(t["indicator"], t["value"], t["unit"], t["year"]) for t in targets(text)]
    assert got == [("湿地保护率", 55, "%", 2030), ("森林蓄积量", 5000, "万立方米", 2030)], (
        "a table cell with a bare number takes the unit its row's name gives in brackets"
    )


def test_the_share_of_the_years_plan_done_so_far_makes_no_future() -> None:
    text = (
        "今年全市安排重点项目300个,年度计划投资500亿元。1-9月共完成投资420亿元,"
        "占年度投资计划的84%。其中续建项目完成投资260亿元,占年度计划的88%。"
    )
    assert [(t["value"], t["unit"]) for t in targets(text)] == [(500, "亿元")], (
        "占年度计划的84% tells the share of the year's plan done; its 计划 is the plan as a "
        "noun, not a word looking ahead, so the next sentence's progress stays past"
    )


def test_the_first_months_of_this_year_are_counted_already() -> None:
    text = (
        "今年前三月全市交通投资完成52亿元,其中高速公路完成20亿元。"
        "按照年初计划,今年要力争交通建设完成投资300亿元以上。"
    )
    assert [(t["value"], t["unit"]) for t in targets(text)] == [(300, "亿元")], (
        "今年前三月 counts months of this year already gone: what they did is a result"
    )


def test_the_level_a_change_starts_from_today_is_no_goal_and_no_name() -> None:
    text = "规划提出,到2030年,全省湿地保护率将从目前的52.6%提高到56%。"
    got = [(t["indicator"], t["value"], t["year"]) for t in targets(text)]
    assert got == [("湿地保护率", 56, 2030)], (
        "从目前的52.6% is today's level, where the change starts: no goal, and its 目前 does not "
        "make the goal after it past nor enter the goal's name"
    )


def test_a_rank_the_plan_sprints_for_is_a_goal() -> None:
    text = "今年全区将加速冲刺经济总量全市第二,力争财政收入增长8%。"
    got = [(t["indicator"], t["value"], t["unit"]) for t in targets(text)]
    assert got == [("经济总量全市排名", 2, "名"), ("财政收入", 8, "%")], (
        "冲刺 (sprint for) a place among others sets a rank to reach, as 进入 or 跻身 do; the "
        "verb is no part of what is ranked"
    )


def test_how_fast_a_line_is_built_to_run_is_no_goal() -> None:
    text = "今年将开工建设城际铁路120公里。该线路设计时速为350公里,建成后两市间运行时间约为40分钟。"
    assert [(t["value"], t["unit"]) for t in targets(text)] == [(120, "公里")], (
        "设计时速 and 运行时间约为 describe how the line is built to run; the length to start "
        "is the goal"
    )


def test_an_opening_that_sums_up_what_the_body_tells_as_done_is_no_goal() -> None:
    text = (
        "改造老旧小区126个,新建公园绿地35公顷……城市面貌焕然一新。\n"
        "今年,全市下达老旧小区改造任务150个,目前已完成改造126个;"
        "新建公园绿地已完工35公顷。"
    )
    assert [(t["value"], t["unit"]) for t in targets(text)] == [(150, "个")], (
        "the opening's figures, told again in the body as done (已完成改造126个), sum up "
        "results; the task set for the year is the goal"
    )


def test_a_figure_worked_out_from_a_supposition_is_no_goal() -> None:
    text = (
        "到2030年,全省数字经济核心产业增加值占GDP比重达到12%。假定届时GDP总量为20万亿元,"
        "那意味着核心产业增加值将达2.4万亿元。而2024年,这一数据仅为1.1万亿元。"
    )
    assert [(t["value"], t["unit"]) for t in targets(text)] == [(12, "%")], (
        "假定 supposes a figure and 那意味着 works one out from it: commentary, no goal; 仅为 "
        "tells a level as short, a fact"
    )


def test_a_change_from_a_level_is_named_by_what_changes() -> None:
    text = (
        "规划提出主要指标:\n"
        "●充电桩数量:从2024年的1.2万个,增加到2030年的8万个\n"
        "全市公共充电桩数量将从2024年的0.5万个,增加到2030年的3万个。"
    )
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert got == [("充电桩数量", 8), ("公共充电桩数量", 3)], (
        "增加到… is named by what changes: the name before 从, or the list item's name when 从 "
        "opens the clause"
    )


def test_shares_of_the_years_task_reached_so_far_are_progress() -> None:
    text = (
        "今年全市棚户区改造目标任务为5000套。截至6月底,已新开工3500套,基本建成2000套,"
        "分别达到年度目标任务的70%和40%。"
    )
    assert [(t["value"], t["unit"]) for t in targets(text)] == [(5000, "套")], (
        "达到年度目标任务的70% tells how much of the year's task is done; its 目标任务 names "
        "the task, no time ahead"
    )


def test_a_works_schedule_by_part_of_year_and_month_names_the_work() -> None:
    out = extract(
        "投资2亿元的城南物流园项目预计上半年所有土建工程全部竣工,9月底前全部竣工。"
        "投资800万元的纸箱厂二期,新建3000平方米厂房在建,计划6月份竣工。"
    )
    assert [m.indicator for m in out.milestones] == [
        "城南物流园项目土建工程全部竣工",
        "城南物流园项目全部竣工",
        "纸箱厂二期竣工",
    ], (
        "预计上半年 sets when a work is due (not the half-year gone); the work is named after "
        "the size that describes it (投资2亿元的), and a later clause's event is the same work's"
    )
    assert [t.value for t in out.targets] == [], (
        "a work's size while it is being built (在建) is a fact"
    )


def test_a_month_after_those_a_progress_report_counts_is_still_to_come() -> None:
    out = extract(
        "今年1-8月,全市重大项目完成投资300亿元,城北污水厂等项目已开工。"
        "地铁6号线三期基本完成前期工作,11月开工。"
    )
    assert [m.indicator for m in out.milestones] == ["地铁6号线三期开工"], (
        "a report on January to August that says a line starts in November schedules the "
        "start; what it says is done (已开工) is no milestone"
    )


def test_works_told_by_the_event_planned_for_them_are_milestones() -> None:
    out = extract(
        "今年重点推进三类工程:一是水运建设,包括年内将开工的嘉陵江航电枢纽;"
        "二是轨道交通,计划通车的5号线南段等正在抓紧调试。今年计划开工的项目中,已有20个开工。"
    )
    assert [m.indicator for m in out.milestones] == ["嘉陵江航电枢纽开工", "5号线南段通车"], (
        "年内将开工的X and 计划通车的X name works by the event planned for them; 计划开工的"
        "项目中 names no work of its own"
    )


def test_works_a_list_names_after_the_clause_that_counts_them_share_its_event() -> None:
    out = extract("今年还有3个预备项目年内即将开工,分别是城东水厂、轨交9号线、滨江大桥等。")
    assert [m.indicator for m in out.milestones] == ["城东水厂、轨交9号线、滨江大桥开工"], (
        "分别是 names the works the clause before counts; they share its event (开工)"
    )


def test_a_pledge_inside_a_counted_event_is_no_part_of_its_name() -> None:
    got = [t["indicator"] for t in targets("今年,全市30座新建学校都将确保在年内开工。")]
    assert got == ["新建学校年内开工"], (
        "都将确保在 pledges the event; the name is what is counted and when"
    )


def test_a_first_tier_is_no_first_place() -> None:
    got = [
        (t["indicator"], t["value"])
        for t in targets(
            "今年确保各项工作位居全市第一方阵,力争经济总量进入全省第一梯队,GDP增速位居全市第一。"
        )
    ]
    assert got == [("GDP增速全市排名", 1)], "第一方阵 and 第一梯队 are tiers, no place among others"


def test_an_indicator_table_with_unit_and_yearly_growth_columns() -> None:
    text = (
        "“十五五”主要指标\n指标\n单位\n2025年\n2030年\n年均增长(%)\n属性\n"
        "地区生产总值\n亿元\n320\n430\n6\n预期性\n"
        "城镇调查失业率\n%\n5\n5以内\n0\n约束性\n"
    )
    got = [(t["indicator"], t["value"], t["unit"], t["growth"]) for t in targets(text)]
    assert got == [
        ("地区生产总值", 430, "亿元", False),
        ("地区生产总值", 6, "%", True),
        ("城镇调查失业率", 5, "%", False),
        ("城镇调查失业率", 0, "%", True),
    ], (
        "a row's 单位 cell gives its bare numbers their unit (and is no row name); a 年均增长 "
        "column holds each row's yearly change to the goal year, in per cent"
    )


def test_a_year_told_only_by_how_it_outpaced_the_average_is_over() -> None:
    text = (
        "“以拼抢之势赢得全年满堂彩。”县委书记说,2025年,全县8项主要经济指标增速7项超过省、市"
        "平均水平。今年,全县将力争签约项目20个。"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [(20, 2026)], (
        "the only year written is told by its results (增速超过省、市平均水平): the interview "
        "is given the year after, and its 今年 is that year"
    )


def test_a_digests_headline_figure_is_as_its_paragraph_tells_it() -> None:
    text = (
        "数字看民生\n\n就业与保障 2025年12期\n\n300亿元\n\n"
        "全省民政厅日前下发行动计划,2025年全省安排养老服务项目40个,计划总投资300亿元,"
        "当年度计划投资60亿元。\n\n800亿元\n\n"
        "规划提出,到2027年,全省养老服务业营业收入达到800亿元,培育龙头企业20家。\n"
    )
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert ("养老服务业营业收入", 800) in got and ("", 800) not in got, (
        "a figure alone on its line over a paragraph that sets it as a goal is that goal, named"
    )
    assert all(t["value"] != 300 for t in targets(text)), (
        "…and over a paragraph that tells it as a work's total investment it is no goal"
    )
    assert all(t["unit"] != "期" for t in targets(text)), "2025年12期 is a periodical's issue"


def test_progress_as_of_a_months_end_is_a_result() -> None:
    text = (
        "至6月底,全省交通建设完成投资70亿元,达到了全年确保目标的50%。"
        "国省干线公路建设年度计划投资20亿元。"
    )
    assert [(t["value"], t["unit"]) for t in targets(text)] == [(20, "亿元")], (
        "至6月底, (with the comma: as of then, not by then) tells progress made"
    )


def test_a_value_set_to_a_bare_number_is_a_level() -> None:
    got = [
        (t["indicator"], t["value"], t["comparator"])
        for t in targets("到2030年,新建数据中心PUE值降到1.25以下。")
    ]
    assert got == [("新建数据中心PUE值", 1.25, "<=")], (
        "…值降到1.25以下 sets a level with no unit, as …率 and …系数 do"
    )


def test_a_level_told_with_its_share_of_the_years_task_is_progress() -> None:
    text = "2026年全市计划新增停车位1200个,完成投入900个停车位,完成年度任务75%。"
    assert [(t["value"], t["unit"]) for t in targets(text)] == [(1200, "个")], (
        "完成投入900个, told with the share of the year's task it makes, is progress"
    )


def test_energy_in_standard_coal_written_short_is_one_unit() -> None:
    text = "到2030年,能源消费总量控制在60亿t标准煤以内,可再生能源消费量达到15亿吨标煤以上。"
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(60, "亿t标准煤"), (15, "亿吨标煤")], "t标准煤 and 吨标煤 are standard coal"


def test_the_year_a_thing_was_built_does_not_date_the_text() -> None:
    text = (
        "今年,我市继续推进老旧小区改造。飞凤小区建于2002年,路面破损。城东小区改造工程正在加紧"
        "进行,共改造巷道12条,预计9月底完成。"
        "此外,文昌苑等4个老小区改造工程也已全面启动。近年来,我市每年有计划地改造老旧小区5到6个。"
    )
    out = extract(text, year=2026)
    got = [(t.value, t.year) for t in out.targets]
    assert got == [(12, 2026)], (
        "建于2002年 is the estate's history, not the text's year; works 也已全面启动 are under way; "
        "有计划地 (systematically) under 近年来 plans nothing ahead"
    )


def test_funds_to_have_in_place_are_a_goal() -> None:
    got = [
        (t["value"], t["unit"])
        for t in targets("2026年,全县谋划储备水利项目15个,争取到位资金1.2亿元。")
    ]
    assert (1.2, "亿元") in got, (
        "争取到位 (to have in place) looks ahead; 争取到健身步道6条 told what was secured"
    )


def test_a_density_per_head_is_one_unit() -> None:
    got = [
        (t["indicator"], t["value"], t["unit"])
        for t in targets("到2030年,工业机器人密度达到400台/万人。")
    ]
    assert got == [("工业机器人密度", 400, "台/万人")], "台/万人 is a density; /万人 names nothing"


def test_how_a_survey_was_made_is_no_goal() -> None:
    text = "民意调查于全县完成1,126个有效样本,在95%的信心水准下,抽样误差不超过±2.93%。力争明年满意度达到80%。"
    assert [t["value"] for t in targets(text)] == [80], (
        "有效样本, 信心水准 and 抽样误差 tell how a survey was made"
    )


def test_numerals_in_two_magnitudes_and_a_spaced_point_read_whole() -> None:
    text = "四年内将全县工商业营业总额提升到新台币二兆四千亿元。力争经济增长6 . 5%左右。"
    got = [(t["indicator"], t["base_value"], t["value"]) for t in targets(text)]
    assert got == [("工商业营业总额", 2.4e12, 24000), ("经济", 6.5, 6.5)], (
        "二兆四千亿 is 2.4 兆 (the 亿 is the remainder's); 新台币 names the currency, not the "
        "figure; 6 . 5% is six and a half per cent"
    )


def test_a_new_site_and_a_second_task_after_a_list_mark_are_milestones() -> None:
    out = extract(
        "2026年,我们将继续改善民生。建成投用市中医医院南院区,启动区公共卫生服务中心项目。"
        "建成城北路等6条市政道路、建成滨河大道人行天桥。"
    )
    names = [m.indicator for m in out.milestones]
    assert "建成投用市中医医院南院区" in names and "建成滨河大道人行天桥" in names, (
        "a hospital's new 院区 is a facility; 、 before a second 建成 starts a second task"
    )
