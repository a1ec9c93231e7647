"""Rules written in session 20 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from pacesetter_extraction import extract
from rule_table import targets


def test_a_schools_size_in_classes_is_no_goal() -> None:
    text = (
        "明年新建城东小学,占地40亩,建成后办学规模达48个班。"
        "城南中学扩建工程争取年底竣工,规划为24个班。全县新增学位3000个。"
    )
    assert [(t["value"], t["unit"]) for t in targets(text)] == [(3000, "个")], (
        "how many classes a school is built for (办学规模, 规划为) specifies the work; the places "
        "added are the goal"
    )


def test_a_pledge_that_a_named_line_opens_for_service() -> None:
    out = extract("明年,全市将推动地铁5号线开通运营,推进城西快速路通车运营。")
    assert [m.indicator for m in out.milestones] == ["地铁5号线开通运营", "城西快速路通车运营"], (
        "开通运营 and 通车运营 are one event, the opening of a named line or road, whichever "
        "pledge word (推动, 推进) leads to it"
    )


def test_a_list_line_opening_with_a_task_verb_is_no_wrapped_line() -> None:
    text = (
        "今年全区定下这些具体目标:\n"
        "交通建设◢\n"
        "加快地铁8号线北延、12号线西延及城东、城南两条城际铁路建设\n"
        "推动地铁9号线开通运营\n"
        "新增公共停车泊位5000个以上\n"
    )
    out = extract(text)
    assert [m.indicator for m in out.milestones] == ["地铁9号线开通运营"], (
        "a long item without a full stop and a next line that opens with a task's verb (推动) "
        "are two items of a list, not one sentence wrapped by the page"
    )
    assert [(t.value, t.comparator) for t in out.targets] == [(5000, ">=")]


def test_what_a_count_counts_before_what_is_done_for_it() -> None:
    text = (
        "今年县政府将新打机井20眼,改善3万人口的饮水安全问题;"
        "完成城东管网改造,提高1.2万户居民的供热质量;新建8个有托育需求的社区托育点。"
    )
    assert [t["indicator"] for t in targets(text)] == [
        "新打机井",
        "人口",
        "居民",
        "新建有托育需求的社区托育点",
    ], (
        "3万人口 counts people (the unit's 人 opens 人口) and 1.2万户居民的供热质量 counts "
        "households: what is improved for them names nothing; a clause describing the counted "
        "thing (有托育需求的) stays in its name"
    )


def test_where_a_work_is_done_and_the_places_it_reaches_again() -> None:
    text = (
        "2026年县政府十件实事:在12个行政村(社区)铺设污水管网35公里,惠及12个行政村(社区);"
        "在20个村新建文化广场,受益群众3万人。"
    )
    assert [(t["indicator"], t["value"]) for t in targets(text)] == [
        ("铺设污水管网", 35),
        ("村新建文化广场", 20),
        ("受益群众", 3),
    ], (
        "在12个行政村 before the work's own measure tells where it is done, and 惠及 the same 12 "
        "villages restates it; 在20个村 with no other measure of the work is the goal"
    )


def test_the_goal_a_work_is_organised_around_is_named_without_the_verb() -> None:
    out = targets("2026年,一是紧紧围绕全市地区生产总值增长6%左右目标,全力抓开局。")
    assert [(t["indicator"], t["value"]) for t in out] == [("地区生产总值", 6)], (
        "围绕 frames the goal; it is no part of the quantity's name"
    )


def test_a_named_facility_moved_or_its_greening_upgraded_is_an_event() -> None:
    out = extract("2026年民生实事:完成城关小学整体搬迁,完成滨河公园绿化提升,加快推进全域绿化提升。")
    assert [m.indicator for m in out.milestones] == [
        "完成城关小学整体搬迁",
        "完成滨河公园绿化提升",
    ], (
        "完成 a named school's move or a named park's upgrade is one event to check; an "
        "ongoing push (加快推进…) is not"
    )


def test_a_list_of_years_pairs_with_the_list_of_figures() -> None:
    out = targets("到2027年、2030年,全市森林覆盖率分别达到45%、48%以上,湿地保护率达到60%。")
    assert [(t["value"], t["year"]) for t in out] == [(45, 2027), (48, 2030), (60, 2030)], (
        "分别 pairs each year of the list with the figure in the same place; a figure after "
        "the list keeps the sentence's last year"
    )


def test_this_year_and_next_pair_with_two_figures() -> None:
    out = targets("2026年3月5日 行政院会议\n今明两年离岸风电并网目标为3GW、5GW,2030年达到13GW。")
    assert [(t["value"], t["year"]) for t in out] == [(3, 2026), (5, 2027), (13, 2030)], (
        "今明两年 with two figures gives the first this year and the second the next"
    )


def test_a_news_lead_names_the_plan_it_reports() -> None:
    from pacesetter_extraction.outline import document_title

    text = (
        "(本台讯)在全县第九届人民代表大会第三次会议上,经过代表无记名投票表决,"
        "县政府2026年度十件民生实事项目正式出炉!\n一、城乡道路提升工程\n新建道路12公里。\n"
    )
    assert document_title(text) == "县政府2026年度十件民生实事项目", (
        "with no title line, the plan the lead says was voted on (…出炉) names the plan, "
        "from after the verb that chose it"
    )


def test_how_many_places_set_a_goal_is_no_goal() -> None:
    text = "2026年,全省14个地级市均将GDP目标增速设定在6%以上。14个地级市中,有8个目标增速设置在6.5%左右。"
    out = targets(text)
    assert [(t["value"], t["comparator"], t["growth"]) for t in out] == [
        (6, ">=", True),
        (6.5, "~", True),
    ], "14个地级市均… and …中,有8个… count the places that set the goal; the goal is the growth"
    assert out[0]["indicator"] == "GDP"


def test_a_quote_does_not_open_with_the_conjunction_that_joins_it() -> None:
    out = targets("2026年,全县新建道路10公里,并安装路灯500盏,以及改造公厕20座。")
    assert [t["quote"] for t in out] == ["全县新建道路10公里", "安装路灯500盏", "改造公厕20座"], (
        "并 and 以及 join a clause to the one before; the quote shown for review starts at the work"
    )
