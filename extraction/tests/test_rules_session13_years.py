"""Rules written in session 13 (issue 14) about years: a year reviewed, goal lists, stages after
this year, horizons behind a subject or a speaker, headlines and five-year plans that date a text,
and bases that date nothing.

The sentences are written for these tests and are not taken from any corpus text.
"""

from __future__ import annotations

from rule_table import H, targets


def test_a_reviewed_year_is_not_the_reports_own() -> None:
    text = (
        "市长作政府工作报告。报告首先回顾了2025年工作。2025年,全市经济稳中向好,"
        "完成固定资产投资800亿元,增长6%。对于2026年工作,市长表示,"
        "今年经济社会发展主要预期目标是:地区生产总值增长6%左右。"
    )
    got = [(t["indicator"], t["value"], t["year"]) for t in targets(text)]
    assert got == [("地区生产总值", 6, 2026)]


def test_same_period_change_in_a_goal_list_is_a_goal() -> None:
    text = (
        "会议还确定了以下几项主要目标:分别是实际利用外资同比增长12%,达到60亿美元;"
        "跨境电商交易额增长20%。"
    )
    got = [(t["comparator"], t["value"], t["unit"], t["growth"]) for t in targets(H + text)]
    assert got == [("=", 12, "%", True), ("=", 60, "亿美元", False), ("=", 20, "%", True)]


def test_same_period_change_reported_stays_a_result() -> None:
    text = "2025年,全市实际利用外资同比增长12%,达到60亿美元。2026年力争增长8%。"
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(8, 2026)]


def test_this_year_before_later_stages() -> None:
    text = (
        "今年,全省将新建乡镇快递网点300个。2027年,全省80%以上的行政村通快递,"
        "快递业务量增长15%。2028至2030年,快递业务量年均增长10%。"
    )
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(300, 2026), (80, 2027), (15, 2027), (10, 2030)]


def test_a_subject_before_the_horizon_still_frames_the_paragraph() -> None:
    text = (
        "《全市托育服务设施专项规划(2023—2035年)》正式印发。\n"
        "《规划》提出,全市到2027年建成托位2万个,其中普惠托位占比不小于60%。"
        "每千人口托位数达到4.5个。"
    )
    assert [t["year"] for t in targets(text)] == [2027, 2027, 2027]


def test_results_to_be_ranked_are_no_past() -> None:
    text = (
        "到2030年,全省体育强省建设取得突破。人均体育场地面积达到3平方米以上;"
        "竞技体育成绩位居全国前列;体育产业总规模达到8000亿元以上。"
    )
    assert [t["value"] for t in targets(text)] == [3, 8000]


def test_a_speaker_before_the_horizon() -> None:
    text = (
        "2026-03-02 发布\n市卫健委主任在发布会上表示,到2030年,全市健康城市建设取得新进展。"
        "每千人口执业医师数达到4人。"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [(4, 2030)]


def test_a_headline_that_names_the_goals_year() -> None:
    text = (
        "市长作报告:2027年全市经济社会发展预期目标\n"
        "本报讯 市长昨日在报告中提出2026年政府工作总体要求和2026年经济发展的预期目标。"
        "今年全市地区生产总值增长7%。"
    )
    assert [t["year"] for t in targets(text)] == [2027]


def test_a_five_year_plan_the_text_presents_dates_its_targets() -> None:
    text = (
        "2031年3月5日,国务院编制了《国民经济和社会发展第十六个五年规划纲要(草案)》。"
        "纲要提出,居民人均可支配收入增长与经济增长同步,研发经费投入年均增长7%以上。"
    )
    assert [t["year"] for t in targets(text)] == [2035]


def test_a_base_in_brackets() -> None:
    text = "到2030年,学前教育阶段公办园在园幼儿占比力争达到60%以上(2025年为54%)。"
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(60, 2030)]


def test_the_year_whose_goals_the_report_sets() -> None:
    text = (
        "报告提出,2025年全区地区生产总值增长4.1%,2026年全区生产总值增长目标为6%以上。"
        "2025年全区固定资产投资增长3.2%。2025年,全区工作取得扎实成效。"
        "2026年全区社会消费品零售总额增长7%。"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [(6, 2026), (7, 2026)]
