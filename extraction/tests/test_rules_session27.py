"""Rules written in session 27 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from pacesetter_extraction import extract
from rule_table import targets

_LIST = (
    "2024年东山区为民办实事项目清单\n\n"
    "发布时间:2025-03-02 09:15:20\n\n"
    "一、新建社区食堂12家。\n\n"
    "二、完成老旧小区屋面防水改造36个。\n"
)


def test_a_years_plan_copied_onto_a_later_page_keeps_its_year() -> None:
    got = [(t["value"], t["year"]) for t in targets(_LIST)]
    assert got == [(12, 2024), (36, 2024)], (
        "the title names 2024's list of projects; the page's later date is when it was copied, "
        "so the items are 2024's goals, not last year's results of a 2025 text"
    )
    account = _LIST.replace("为民办实事项目清单", "为民办实事项目完成情况")
    account = account.replace("新建", "已建成").replace("完成老旧", "完成了老旧")
    assert targets(account) == [], (
        "a title that gives an account of the year (完成情况) is no plan: what it tells is done"
    )


def test_an_asterisk_opening_an_item_is_a_mark_not_a_name() -> None:
    text = "2026年区级实事项目(标注*的为市级项目)\n\n*新建15公里滨河步道\n\n*改造农贸市场4个\n"
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert got == [("新建滨河步道", 15), ("改造农贸市场", 4)], (
        "a * before an item marks which list it also belongs to; it is no part of the name, and "
        "the verb takes the noun after the figure as it would without the mark"
    )


def test_per_thousand_written_out_is_a_rate_in_per_mille() -> None:
    text = "2027年,全县婴儿死亡率控制在千分之三点八以内,孕产妇死亡率控制在10万分之12以下。"
    got = [(t["indicator"], t["comparator"], t["value"], t["unit"]) for t in targets(text)]
    assert got == [
        ("婴儿死亡率", "<=", 3.8, "‰"),
        ("孕产妇死亡率", "<=", 12, "/10万"),
    ], (
        "千分之 (per thousand) is to ‰ what 百分之 is to %, and its number may be written in "
        "Chinese; a rate per 100,000 keeps its own unit"
    )


def test_a_level_a_change_starts_from_is_no_result_when_written_as_a_rank() -> None:
    text = (
        "到2030年,全市专利授权量要由目前的全省第六位,进入到全省前三位。"
        "每万人高价值发明专利拥有量由目前的4.2件提高到9件。"
    )
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert (9, 2030) in got, (
        "由目前的…第六位 is where a change starts, in words as much as in digits: it tells no "
        "result that would make the next sentence's figures results too"
    )


def test_at_least_bounds_the_figure_after_a_longer_verb() -> None:
    text = "到2028年,全区至少改造提升25个街心公园。"
    got = [(t["comparator"], t["value"]) for t in targets(text)]
    assert got == [(">=", 25)], "至少 (at least) before a verb of four characters still bounds it"


def test_a_title_naming_a_plans_opening_is_about_that_year_not_the_plans_end() -> None:
    text = (
        "“十五五”开局 东湖区交通投资再提速\n\n发布时间:2026-03-10\n\n"
        "全年计划完成交通投资80亿元,新建农村公路120公里。\n"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [(80, 2026), (120, 2026)], (
        "“十五五”开局 in the title names the plan's first year, the page's own; the figures are "
        "for it, not for the plan's last year (2030) as a title naming the plan would say"
    )
    plan = text.replace("“十五五”开局 ", "“十五五”")
    assert [t["year"] for t in targets(plan)] == [2030, 2030], (
        "a title naming the plan itself frames the text's unmarked figures as the plan's"
    )


def test_a_hong_kong_budget_sets_figures_for_the_financial_year_it_ends_in() -> None:
    text = (
        "香港特區政府財政司司長今日發表新一份財政預算案。2027年2月26日\n\n"
        "政府將預留60億元推動生命健康科技發展,並額外撥款8億元增加公營醫院病床。\n"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [(60, 2028), (8, 2028)], (
        "Hong Kong's financial year runs from April to March: a budget given in February, "
        "even one that does not write its financial year, sets its figures for the year that "
        "financial year ends in"
    )
    mainland = text.replace(
        "香港特區政府財政司司長今日發表新一份財政預算案", "市財政局今日公佈預算"
    )
    assert [t["year"] for t in targets(mainland)] == [2027, 2027], (
        "a budget without Hong Kong's financial year is for the calendar year it is given in"
    )


def test_a_batch_of_unnamed_works_is_no_milestone() -> None:
    text = "2027年,全县将开工或建成一批重要的水利项目,确保城南污水处理厂年底前建成投用。"
    got = [m.indicator for m in extract(text).milestones]
    assert got == ["城南污水处理厂建成投用"], (
        "一批 (a batch) names no work whose start or end could be checked; the plant is named"
    )
    named = "2027年,确保北岭水库、东溪引水工程等一批水利项目建成投用。"
    assert extract(named).milestones, "works named before 等一批 are checkable, one by one"


def test_a_designation_whose_creation_is_to_succeed_is_a_milestone() -> None:
    listed = "2027年民生实事\n\n二、确保省级卫生乡镇的创建成功。"
    assert [m.indicator for m in extract(listed).milestones] == ["省级卫生乡镇创建"], (
        "the item's number and the pledge before the designation are no part of its name"
    )
    text = "2027年确保国家生态文明建设示范县的创建成功,力争今年省级园林城市创建成功。"
    got = [m.indicator for m in extract(text).milestones]
    assert got == ["国家生态文明建设示范县创建", "省级园林城市创建"], (
        "…创建成功 (the creation succeeds) is the designation won, with or without 的; the "
        "time and the pledge before it are no part of its name"
    )


def test_a_share_of_a_task_with_its_size_in_brackets_is_progress() -> None:
    text = (
        "2027年全市棚户区改造稳步推进,新开工项目占年度目标任务(1.5万套)的80%,"
        "重点项目完成年度计划开工的75.3%。力争全年新增城镇就业2.4万人。"
    )
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(1.5, "万套"), (2.4, "万人")], (
        "a per cent of the year's task, with the task's size in brackets or the work (开工) "
        "between, tells how far it has got; the task's size is the year's goal, as is the aim"
    )


def test_a_bound_naming_which_things_a_share_is_of_is_no_figure() -> None:
    text = "到2028年,全县45人以上大班额比例降至3%以下,60岁以上老年人的比重保持稳定。"
    got = [(t["indicator"], t["comparator"], t["value"], t["unit"]) for t in targets(text)]
    assert got == [("45人以上大班额比例", "<=", 3, "%")], (
        "45人以上 says which classes the share counts (those of 45 pupils or more): no goal of "
        "its own, nor is 60岁以上 before a share with no figure"
    )


def test_a_lead_naming_a_plan_periods_goals_dates_the_list_after_it() -> None:
    text = (
        "东江新闻网 > 本地要闻\n\n全市经济社会发展目标确定\n\n"
        "http://www.djnews.cn 2026年03月02日07:30 东江日报\n\n"
        "本报讯 昨日,从市人代会上获悉,全市“十五五”经济社会发展的主要目标是:\n\n"
        "1.经济增长。地区生产总值年均增长6%左右,一般公共预算收入达到300亿元。\n"
    )
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(6, 2030), (300, 2030)], (
        "a lead that names the plan period and ends announcing its goals with a colon dates "
        "the numbered items after it to the period's end, not to the page's year"
    )


def test_a_year_named_as_the_base_makes_the_text_a_later_years() -> None:
    text = (
        "东河镇在2024年各项工作取得明显成效的基础上,扎实开好局,"
        "力争全镇地区生产总值增长8%,新增规模以上工业企业4家。"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [(8, 2025), (4, 2025)], (
        "在2024年…的基础上 names the base the goals build on: they are for the year after it"
    )


def test_a_sites_today_banner_is_not_the_writings_date() -> None:
    text = (
        "今天是2026年4月3日 星期五,欢迎光临本站\n\n行业资讯\n\n"
        "全省今年将新增造林90万亩\n\n2019/3/2\n\n"
        "2019年全省将新增造林90万亩,建设森林乡镇40个。\n"
    )
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got and all(year == 2019 for _, year in got), (
        "今天是… 星期五 is the page's clock on the day it was copied; the article's own date "
        "and years say 2019, so its 今年 is 2019"
    )


def test_a_share_give_or_take_is_a_range() -> None:
    text = "到2035年,全市温室气体净排放量较基准年减量32±3%,可再生能源占比提升至40%加减2%。"
    got = [
        (t["comparator"], t["value"], t["value_max"], t["unit"], t["growth"]) for t in targets(text)
    ]
    assert got == [("~", 29, 35, "%", True), ("~", 38, 42, "%", False)], (
        "32±3% (or 40%加减2%) is a goal anywhere from 29% to 35%, not a figure of 3%; 减量 "
        "(a cut against the base year) makes the first a change"
    )


def test_thousands_before_a_length_or_an_area_multiply_it() -> None:
    text = "到2028年,全省新增高速公路通车里程1.2千公里,新增造林5千亩,新建道路3.5千米。"
    got = [(t["value"], t["unit"], t["base_value"]) for t in targets(text)]
    assert got == [(1.2, "千公里", 1200), (5, "千亩", 5000), (3.5, "千米", 3.5)], (
        "千 before 公里 or 亩 is a thousand of them, as before a count or 元; 千米 is a unit "
        "of its own (a kilometre)"
    )


def test_about_so_many_is_an_approximate_figure() -> None:
    text = "到2027年,全市约有120项政务服务实现全程网办,大约有3000户家庭完成适老化改造。"
    got = [(t["comparator"], t["value"]) for t in targets(text)]
    assert got == [("~", 120), ("~", 3000)], (
        "约有/大约有 (there are about) make the figure approximate"
    )


def test_a_facility_made_ready_for_its_use_is_a_milestone() -> None:
    text = "2027年,确保城东水厂二期年底前具备通水条件,滨江公园10月具备开园条件。"
    got = [m.indicator for m in extract(text).milestones]
    assert got == ["城东水厂二期具备通水条件", "滨江公园具备开园条件"], (
        "具备通水/开园条件 (ready to supply water, to open) is the event a works is finished "
        "for, as 具备通车条件 is a road's"
    )
