"""Rules written in session 28 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from pacesetter_extraction import extract
from rule_table import targets

_STAGED = (
    "《行动方案》提出,2026年至2028年全市累计改造农村公路900公里、新建候车亭300个。\n"
    "2026年,重点实施县道提档,改造农村公路320公里、新建候车亭100个。\n"
    "2027年,重点实施乡道联网,改造农村公路300公里、新建候车亭110个。\n"
    "2028年,重点实施村道通达,改造农村公路280公里、新建候车亭90个。\n"
)


def test_a_plan_that_stages_its_period_year_by_year_is_written_by_its_first_year() -> None:
    got = sorted((t["year"], t["value"]) for t in targets(_STAGED))
    assert got == [
        (2026, 100),
        (2026, 320),
        (2027, 110),
        (2027, 300),
        (2028, 90),
        (2028, 280),
        (2028, 300),
        (2028, 900),
    ], (
        "a plan that names its period and then opens a paragraph with each of its years in turn "
        "sets each year's stage: it is written by the first year, so the earlier stages are not "
        "past results of a text dated by the last year it names"
    )
    told = _STAGED.replace("2026年,重点实施县道提档,", "2026年,全市已")
    told = told.replace("改造农村公路320公里", "改造农村公路320公里,同比增长12%")
    assert all(t["year"] != 2026 for t in targets(told)), (
        "a first stage told by its results (已, 同比) is over: the text is written later"
    )


def test_a_rules_floor_or_cap_with_a_modal_is_a_bound_not_its_opposite() -> None:
    text = "2027年起,新建小区的绿地率不得低于30%,每百户停车位不应少于80个,住宅楼高度不得超过60米。"
    got = [(t["indicator"], t["comparator"], t["value"]) for t in targets(text)]
    assert got == [
        ("新建小区的绿地率", ">=", 30),
        ("每百户停车位", ">=", 80),
        ("住宅楼高度", "<=", 60),
    ], (
        "不得/不应 before 低于, 少于 or 超过 forbids going past the figure: a floor or a cap "
        "(≥, ≤), not 'less than'; the modal is no part of the name"
    )


def test_a_phase_started_is_a_milestone_not_a_count_of_phases() -> None:
    text = "2026年,滨江湿地公园将启动二期的建设,完成三期扩建,并分两期建设游客中心。"
    res = extract(text)
    assert [t.quote for t in res.targets] == [], (
        "二期 after 启动 and 三期 before 扩建 name a phase of a work, not two or three of "
        "something; 分两期 (in two phases) is how, not a goal"
    )
    assert "启动二期的建设" in [m.quote for m in res.milestones], (
        "starting the second phase of a named work is a dated deliverable"
    )
    assert "滨江湿地公园二期启动建设" in [m.indicator for m in res.milestones], (
        "the phase is the clause subject's: the name says whose second phase starts"
    )


def test_taiwans_names_of_metric_units_and_km_in_letters_are_units() -> None:
    text = (
        "明(116)年將完成堤防加高850公尺、新設滯洪池2公頃,清運廢棄物1.2萬公噸,新闢自行車道12.5km。"
    )
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(850, "公尺"), (2, "公頃"), (1.2, "萬公噸"), (12.5, "km")], (
        "公尺 (metre), 公噸 (tonne) are how Taiwan writes the metric units, and km is the "
        "kilometre in letters: each is a measured goal, as 米, 吨 and 公里 are"
    )


def test_a_capacity_per_day_or_year_keeps_its_time_in_the_unit() -> None:
    text = "到2028年,全县餐厨垃圾处理能力达到300吨/日以上,再生水利用能力达到5万立方米/天,建筑垃圾资源化能力达到80万吨/年。"
    got = [(t["indicator"], t["value"], t["unit"]) for t in targets(text)]
    assert got == [
        ("餐厨垃圾处理能力", 300, "吨/日"),
        ("再生水利用能力", 5, "万立方米/天"),
        ("建筑垃圾资源化能力", 80, "万吨/年"),
    ], (
        "吨/日 is a rate, not a tonnage: the per-day or per-year belongs to the unit, and left "
        "behind it would open the next figure's name"
    )


def test_a_title_naming_a_years_blueprint_dates_a_later_stamped_page() -> None:
    text = (
        "云溪市描绘2019年发展蓝图\n\n发布时间:2020-03-05  来源:云溪日报\n\n"
        "预期目标:地区生产总值增长7%,一般公共预算收入增长6%。\n"
    )
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(7, 2019), (6, 2019)], (
        "a title naming one year's blueprint (2019年发展蓝图), as a year's plan or 工作要点 does, "
        "says whose goals follow; the later stamp is when the page carried them"
    )


def test_a_place_opened_to_the_public_next_month_is_a_milestone_named_without_the_time() -> None:
    text = "2026年,西岸美术馆将于明年5月对公众开放,城南社区食堂预计下个月正式开业。"
    got = [m.indicator for m in extract(text).milestones]
    assert got == ["西岸美术馆对公众开放", "城南社区食堂正式开业"], (
        "opening a named place to the public is a dated event, as 开馆 and 开业 are; 下个月 is "
        "when it comes, no part of its name"
    )
    assert extract("坚持对外开放,扩大服务业开放领域。").milestones == [], (
        "对外开放 is a policy of opening up, not a place opened"
    )


def test_a_size_class_reached_at_the_end_of_a_line_is_a_goal() -> None:
    text = "发展目标\n\n到2028年,全市数字经济规模提升至3000亿级\n\n到2030年,全市数字经济规模迈上5000亿级\n"
    got = [(t["value"], t["comparator"], t["year"]) for t in targets(text)]
    assert got == [(3000, ">=", 2028), (5000, ">=", 2030)], (
        "a class reached (提升至…亿级) that ends its line is the goal, as it is before a comma; "
        "only a class before a noun (千亿级产业集群) describes the noun"
    )


def test_years_each_written_as_still_to_come_date_the_text_by_the_first() -> None:
    text = "全市人均公园绿地面积2027年要达到15平方米,2029年要达到16.5平方米。"
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(15, 2027), (16.5, 2029)], (
        "both years are written as still to come (要达到), so neither is over when the text is "
        "written: the earlier stage is a goal, not last year's result of a text of the later year"
    )


def test_a_count_pointed_back_at_is_no_new_goal() -> None:
    text = (
        "2026年全区新建社区养老服务站12个。上述12个服务站建成后,"
        "将为老人提供助餐服务;在这12个服务站中,优先配置助浴设施。"
    )
    got = [(t["value"], t["indicator"]) for t in targets(text)]
    assert got == [(12, "新建社区养老服务站")], (
        "上述 and 这 point back at a count already given: the stations are the same twelve, not "
        "twelve more, and what is said of them describes the goal"
    )


def test_a_bound_after_a_bracketed_aside_bounds_both_figures() -> None:
    text = "2027年,全县农村自来水普及率达到92%(山区乡镇88%)以上,新增就业岗位3000个(其中返乡创业800个)以上。"
    got = [(t["value"], t["comparator"]) for t in targets(text)]
    assert got == [(92, ">="), (88, ">="), (3000, ">="), (800, ">=")], (
        "以上 after a bracketed aside closes the clause for the figure before the bracket and for "
        "the aside's own figure: both are floors, not exact values"
    )


def test_a_span_written_with_liyong_is_no_part_of_the_name() -> None:
    text = "2026年,全县计划利用三年时间投资25亿元以上,花两年时间新建污水管网120公里。"
    got = [t["indicator"] for t in targets(text)]
    assert got == ["投资", "新建污水管网"], (
        "利用三年时间 and 花两年时间 say how long the work takes, as 用三年时间 does: neither "
        "利 nor 花 is left in front of the name"
    )


def test_a_completion_dated_by_a_year_in_chinese_digits_is_a_milestone() -> None:
    text = "2026年工作要点\n新城区图书馆预计于二○二七年启用。市民服务中心大楼于二〇二八年完成。一九九八年城西大桥通车。"
    got = [(m.indicator, m.year) for m in extract(text).milestones]
    assert got == [("新城区图书馆启用", 2027), ("市民服务中心大楼完成", 2028)], (
        "二○二七年 is a year written in Chinese digits, as Macau and Taiwan texts write it: it "
        "dates the opening as 2027年 would, and is no part of the name; a year long past "
        "(一九九八年) dates an event told, not one to come"
    )


def test_openings_scheduled_for_two_years_date_the_text_before_both() -> None:
    text = "城北图书馆预计于2028年启用,城南体育馆于2029年竣工。"
    got = [(m.indicator, m.year) for m in extract(text).milestones]
    assert got == [("城北图书馆启用", 2028), ("城南体育馆竣工", 2029)], (
        "于2028年启用 is written as still to come, as 于2029年竣工 is: the text is no later than "
        "the first, so the first opening is no event of a past year"
    )
    done = "城北图书馆已于2028年启用,城南体育馆于2029年竣工。"
    assert [m.indicator for m in extract(done).milestones] == ["城南体育馆竣工"], (
        "已于…启用 is done: the year it names is over"
    )


def test_a_two_character_conjunction_opening_a_milestone_is_dropped_whole() -> None:
    text = "2026年工作要点。同时城北大桥将于2027年建成。此外城南隧道将于2028年通车。"
    got = [m.indicator for m in extract(text).milestones]
    assert got == ["城北大桥建成", "城南隧道通车"], (
        "同时 and 此外 link the sentence to the one before; neither is part of the work's name "
        "(not 时城北大桥 with 同 cut alone)"
    )


def test_a_range_written_with_its_unit_twice_and_buduo_is_one_figure() -> None:
    text = "2027年起,低保家庭每月补助调整为800元至2,400元不等。"
    got = [(t["comparator"], t["value"], t["value_max"], t["unit"]) for t in targets(text)]
    assert got == [("~", 800, 2400, "元")], (
        "A元至B元不等 is one amount that varies between the two, not two goals; without 不等, "
        "增加500个至3500个 stays a change and where it ends"
    )


def test_who_runs_a_facility_or_how_is_no_opening() -> None:
    text = "2026年工作要点。新长者中心将由区康复协会营运,并以自负盈亏方式营运;社区食堂将于明年3月运营。"
    got = [m.indicator for m in extract(text).milestones]
    assert got == ["社区食堂运营"], (
        "由…营运 says who runs a place and 以…方式营运 how: neither is the event of its opening, "
        "which 将于明年3月运营 is"
    )
