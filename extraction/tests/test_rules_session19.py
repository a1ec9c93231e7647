"""Rules written in session 19 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from pacesetter_extraction import extract
from rule_table import targets


def test_an_amount_in_two_magnitudes_split_by_a_space_is_one_figure() -> None:
    text = (
        "縣府施政報告。明年縣府編列預算3億 2,150萬元辦理滯洪池工程,年底前完成12處。"
        "另編列2億 480萬餘元辦理道路拓寬。"
    )
    assert [(t["value"], t["unit"], t["comparator"]) for t in targets(text)] == [
        (3.215, "億元", "="),
        (12, "處", "="),
        (2.048, "億元", ">"),
    ], (
        "Taiwan writes 億 and 萬 apart with a space; 餘 before 元 means more than; money to 辦理 "
        "(carry out) works is spent on them, no size of them"
    )


def test_a_dateline_ends_the_headline_above_it() -> None:
    text = (
        "澳门特区政府明年将在新城区和离岛区新建约3200个公共停车位\n"
        "新华社澳门11月2日电 澳门特区政府运输工务司2日表示,明年将在新城区兴建4座公共停车场。"
    )
    out = targets(text)
    assert [(t["indicator"], t["value"]) for t in out][0] == ("公共停车位", 3200), (
        "a long headline without a full stop is no wrapped line when a story's dateline follows"
    )
    assert "\n" not in out[0]["quote"]


def test_the_day_a_document_was_published_is_told_not_pledged() -> None:
    text = (
        "全省加快发展数字经济\n"
        "本报讯 5月8日,省人民政府办公厅公布关于加快数字经济发展的实施意见。"
        "到2027年,全省将建成5G基站20万个。\n"
        "发展局11日公布本财政年度卖地计划,季内推出两幅住宅用地。\n"
        "房委会将于6月30日前公布西环邨重建计划。"
    )
    out = extract(text)
    assert [m.indicator for m in out.milestones] == ["公布西环邨重建计划"], (
        "a day named before the verb (5月8日, 11日) reports when it was done; a deadline "
        "(6月30日前) with 将 is a pledge"
    )
    assert [t.value for t in out.targets] == [20]


def test_an_index_set_with_a_modal_before_the_verb() -> None:
    out = targets("到2027年,全市农田灌溉水有效利用系数力争达到0.62,森林覆盖率可达到48%以上。")
    assert [(t["value"], t["unit"], t["comparator"]) for t in out] == [
        (0.62, "", "="),
        (48, "%", ">="),
    ], "力争 or 可 between a coefficient and its verb still sets it to a bare number"


def test_money_invested_then_where_and_what_for_is_planned_spending() -> None:
    text = (
        "2026年县政府民生实事。投资860万元,在城南街道建设老年食堂3处;"
        "投资2.3亿元,使全县农村自来水普及率达到95%。"
    )
    assert [(t["value"], t["unit"]) for t in targets(text)] == [
        (860, "万元"),
        (3, "处"),
        (2.3, "亿元"),
        (95, "%"),
    ], "投资 alone before a place and a work (在…建设) or an outcome (使…) is what will be spent"


def test_a_growth_goal_set_by_a_verb_of_fixing() -> None:
    out = targets("2027年全县主要预期目标:财政收入增速锚定6%左右,固定资产投资增速确定为8%。")
    assert [(t["indicator"], t["value"], t["growth"]) for t in out] == [
        ("财政收入", 6, True),
        ("固定资产投资", 8, True),
    ], "锚定 and 确定为 set the goal: no part of its name, and 增速 before them is a change"


def test_an_expressway_by_its_short_name_is_a_named_work() -> None:
    out = extract("2027年交通工作要点。开工建设沿江高速,确保临港高速年底前建成通车。")
    assert [m.indicator for m in out.milestones] == ["开工建设沿江高速", "临港高速建成通车"], (
        "…高速 is how plans name an expressway; starting one is as checkable as its opening"
    )


def test_a_span_of_more_than_n_months_is_no_count() -> None:
    out = targets("2026年消防工作。经过1个多月的排查,今年全县新建消防站5个。")
    assert [(t["value"], t["unit"]) for t in out] == [(5, "个")], (
        "1个多月 is how long something took (个 + 多月), not one of anything"
    )


def test_the_amount_s_own_name_after_a_count_is_not_what_is_counted() -> None:
    out = targets("2026年县府施政报告。今年将推动12件治水工程總經費9億元,年底前完成。")
    assert [(t["indicator"], t["value"]) for t in out] == [("治水工程", 12), ("总经费", 9)], (
        "總經費 right before the next figure names that amount; the count counts the works"
    )


def test_the_breakdown_of_a_counted_list_of_works_is_no_goal() -> None:
    text = (
        "2027年区重点工程安排。全年实施重点工程48项,总投资120亿元,年度计划投资36亿元;"
        "其中民生工程30项,产业项目18项,新开工项目15个。"
        "今年全区将投入40亿元建设48项重点工程。48项重点工程包括教育、卫生等民生项目30项,"
        "年度计划投资20亿元;工业等产业项目18项。"
    )
    assert [(t["value"], t["unit"]) for t in targets(text)] == [
        (48, "项"),
        (36, "亿元"),
        (15, "个"),
        (40, "亿元"),
        (48, "项"),
        (20, "亿元"),
    ], (
        "the list's parts by kind after 其中 / 包括 count what the total counted, and the count "
        "that opens the list (48项重点工程包括…) restates it; the new starts among them are planned"
    )


def test_a_goal_s_kind_or_who_set_it_is_no_name() -> None:
    text = "2027年经济工作。根据中央经济工作会议确定的国内生产总值增长5%左右的宏观调控目标,全省生产总值增长6%。"
    assert [(t["indicator"], t["value"]) for t in targets(text)] == [
        ("国内生产总值", 5),
        ("生产总值", 6),
    ], "宏观调控目标 says what kind of goal it is, 会议确定的 who set it; neither is measured"


def test_progress_against_the_plan_and_the_calendar_is_told() -> None:
    text = (
        "2027年重点项目一季度进展。1-3月累计完成投资313亿元,为年度投资计划的30.9%,"
        "超过时间进度5.9个百分点。全年计划新开工项目270项。"
    )
    assert [t["value"] for t in targets(text)] == [270], (
        "为年度投资计划的X% and 超过时间进度X个百分点 measure what was done so far"
    )


def test_a_tally_of_others_and_the_set_counted_among_are_no_goals() -> None:
    text = (
        "2027年计划报告。在 31 个省、市、自治区中,预期今年 GDP 增长率高于去年的有 23 个,"
        "西部 12 省区有 7 个预期 GDP 增长率在 10%以上。今年全区生产总值增长 12%。"
    )
    assert [t["value"] for t in targets(text)] == [12], (
        "在N个…中 names the set, …的有N个 tallies its members, and what they expect is theirs"
    )


def test_a_size_class_of_projects_and_a_pledge_word() -> None:
    out = targets("2027年区长访谈。全区3000万元以上开工建设项目必保达到80项,争取达到100项。")
    assert [(t["indicator"], t["value"]) for t in out] == [
        ("3000万元以上开工建设项目", 80),
        ("3000万元以上开工建设项目", 100),
    ], "3000万元以上 sizes the class of projects counted (its name); 必保, like 确保, is not"


def test_what_works_due_by_a_forecast_date_will_add_is_planned() -> None:
    text = (
        "丰泽区教育扩容\n区内一批教育建设项目进展顺利,预计将于2028年投入使用,新增学位3200个,"
        "其中小学学位1200个、幼儿园学位400个。"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [
        (3200, 2028),
        (1200, 2028),
        (400, 2028),
    ], "预计将于2028年投入使用 schedules the works; what they add after it is planned, no forecast"


def test_a_page_stamped_years_after_what_it_says_is_to_come_is_a_repost() -> None:
    text = (
        "某新区绿化方案\n时间:2031-05-20 10:12:40 | 来源:新闻网\n"
        "方案提出,2027年将完成造林绿化12万亩。并于2026年完成3万户煤改气工程,"
        "2030年生活垃圾无害化处理率达到95%以上。"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [
        (12, 2027),
        (3, 2026),
        (95, 2030),
    ], "2027年将…, 于2026年完成… are still to come, so the 2031 stamp is a later copy's date"


def test_items_of_a_list_marked_alike_share_their_time() -> None:
    text = (
        "省政府工作报告\n报告指出:\n●2026年全省地区生产总值达到6.2万亿元、增长5.1%;\n"
        "●地方一般公共预算收入达4100亿元、增长4.3%;\n"
        "报告提出,2027年的主要预期目标是:\n◆地区生产总值增长5%;\n◆地方一般公共预算收入增长3%。"
    )
    assert [t["value"] for t in targets(text)] == [5, 3], (
        "the second ● item goes on with the first one's year gone; the ◆ list is this year's"
    )


def test_a_school_by_its_level_is_a_facility_and_a_listed_few_are_not_one() -> None:
    out = extract(
        "2027年教育实事。1.开工建设城东小学,完成实验中学食堂改造项目。2.新建南苑、北湖等幼儿园。"
    )
    assert [m.indicator for m in out.milestones] == [
        "开工建设城东小学",
        "完成实验中学食堂改造项目",
    ], "…小学 names one school to start; 新建A、B等幼儿园 builds several, a count's business"


def test_what_is_still_lacking_is_a_present_fact() -> None:
    text = (
        "2027年房屋供应。政府维持未来10年总房屋供应目标为46万个,但仍有4万多个单位未觅得土地兴建。"
    )
    assert [t["value"] for t in targets(text)] == [46], (
        "仍有…未… tells what is still lacking today, no goal"
    )


def test_money_put_into_counted_works_is_named_by_the_works() -> None:
    out = targets("2027年重点工程。今年我区将投入50亿元建设48项重点工程。")
    assert [(t["indicator"], t["value"]) for t in out] == [("重点工程", 50), ("重点工程", 48)], (
        "the works the money goes to name it; their count (48项) is a figure of its own"
    )


def test_a_list_counted_in_xiang_and_its_total_investment() -> None:
    text = (
        "2027年重点建设项目安排。全市安排重点建设项目520项,项目总投资4800亿元,年度投资计划760亿元。"
    )
    assert [t["value"] for t in targets(text)] == [760], (
        "项 counts a list as 个 does; the list's 总投资 sizes it, its year's plan is the goal"
    )


def test_a_head_alone_names_no_work_to_start() -> None:
    text = "2027年重点项目进展。目前,已有8个重点项目开工建设,其中县第二中学迁建、新型建材厂建设等5个项目为今年新开工项目。"
    assert extract(text).milestones == [], "新开工项目 names no one work: nothing to check"


def test_a_reposted_page_is_dated_by_its_own_framing_before_what_is_to_come() -> None:
    text = (
        "今年教育补短板项目超百个\n更新:2031-09-21 07:50:41 教育网\n"
        "从市教育局了解到,会展南小学项目今年内将正式开建,争取2028年建成招生。\n"
        "市教育局处长:2026年列入为民办实事项目有:建成20所中小学项目,新增2万个学位,都将在年内完成。"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [
        (100, 2026),
        (20, 2026),
        (2, 2026),
    ], (
        "2028年建成 is still to come, so the 2031 stamp is a repost's; the text frames 2026 as its own"
    )


def test_a_year_told_as_done_keeps_the_page_s_stamp() -> None:
    text = "2026年工作报告\n发布时间:2026-01-10\n2023年完成地区生产总值300亿元。今年全县生产总值增长6%。"
    assert [(t["value"], t["year"]) for t in targets(text)] == [(6, 2026)], (
        "2023年完成… tells what was done, no year still to come: the 2026 stamp stands"
    )
