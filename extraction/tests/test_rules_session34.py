"""Rules of session 34: ranks (进前三, 前20强, 保三争一), Taiwan's written amounts, named goals
and the years of works. Sentences written for these tests."""

from __future__ import annotations

from pacesetter_extraction import extract


def ranks(text: str) -> list[tuple[str, str, float]]:
    return [
        (t.indicator, t.comparator, float(t.value))
        for t in extract(text, screen=False).targets
        if t.unit in ("名", "位")
    ]


def targets_of(text: str) -> list[tuple[str, float, int | None]]:
    return [(t.indicator, float(t.value), t.year) for t in extract(text, screen=False).targets]


def years(text: str) -> list[int | None]:
    return [t[2] for t in targets_of(text)]


def amounts(text: str) -> list[tuple[float, str]]:
    return [(float(t.value), t.unit) for t in extract(text, screen=False).targets]


def test_a_place_in_the_top_n_after_jin_or_among_the_strongest_is_a_rank() -> None:
    text = "2031年,全县旅游强镇竞赛进前三,综合实力力争进入长三角县域前20强。"
    assert ranks(text) == [("旅游强镇竞赛排名", "<=", 3), ("综合实力长三角县域排名", "<=", 20)]


def test_striving_for_first_place_names_the_field_it_is_counted_in() -> None:
    text = "2031年,全县营商环境考核指标力争全市第一。"
    assert ranks(text) == [("营商环境考核指标全市排名", "=", 1)]


def test_keep_third_strive_for_first_is_two_ranks_of_one_subject() -> None:
    text = "2031年,全县粮食产量保三争一。"
    assert ranks(text) == [("粮食产量排名", "<=", 3), ("粮食产量排名", "=", 1)]


def test_before_a_date_or_an_out_of_order_pair_is_no_rank() -> None:
    text = "力争2031年12月底前4个隧道全部贯通,力争第一季度开门红,产品出口保三争五。"
    assert ranks(text) == []


def test_a_budget_in_three_parts_and_with_grouped_hundred_millions_is_one_figure() -> None:
    text = "明年度歲入編列52億3,639萬7千元,歲出原列1,276億6,100萬元。"
    assert amounts(text) == [(52.36397, "億元"), (1276.61, "億元")]


def test_a_decimal_point_in_words_between_digits_is_a_point_but_a_clock_time_is_not() -> None:
    text = "明年度資本門歲出編列386點96億元,下午3點30分開會。"
    assert amounts(text) == [(386.96, "億元")]


def test_digits_with_their_places_in_words_are_one_number() -> None:
    text = "明年度總預算歲入6千4百54萬元,歲出6千7百48萬元。"
    assert amounts(text) == [(6454, "萬元"), (6748, "萬元")]


def test_five_years_of_effort_end_in_the_fifth_year_counted_from_this_one() -> None:
    text = "2031年5月,省里提出计划,将通过5年的努力,力争形成5个营业收入超过千亿元的产业园区。"
    assert years(text) == [2035]


def test_works_named_by_the_year_they_started_are_dated_by_the_text_not_by_that_year() -> None:
    text = (
        "2031年,区里提前行动,对大坝进行了防渗处理,整治了排洪渠。"
        "今年的主要任务包括:基本完成2031年开工的青山河等6条中小河流治理项目,"
        "新开工建设采石河等3条中小河流治理项目。"
    )
    assert years(text) == [2032, 2032]


def test_growths_set_out_before_the_words_main_expected_goals_are_goals() -> None:
    text = (
        "会上,全镇提出了2031年全年生产总值、固定资产投资分别增长9.5%、15%;"
        "农村人均可支配收入增长12%左右的主要预期目标。"
    )
    assert [(t[0], t[1]) for t in targets_of(text)] == [
        ("生产总值", 9.5),
        ("固定资产投资", 15),
        ("农村人均可支配收入", 12),
    ]


def test_a_change_against_the_last_plans_end_neither_dates_nor_makes_a_goal() -> None:
    text = "到2035年,力争实现工业总产值1.1亿元,比“十五五”末增0.3亿元;税收收入突破380万元。"
    assert targets_of(text) == [("工业总产值", 1.1, 2035), ("税收收入", 380, 2035)]


def test_expected_by_a_republic_of_china_year_is_a_plan_not_a_forecast() -> None:
    text = "台鐵啟動10年購車計畫。預計到民國123年,台鐵將採購127輛機車、600輛城際客車。"
    assert [(t[1], t[2]) for t in targets_of(text)] == [(127, 2034), (600, 2034)]


def test_a_rate_of_decline_named_as_one_is_a_change() -> None:
    text = "到2035年,全市单位生产总值能耗年均下降率要求达到4.61%,其中东区下降幅度要达到21%。"
    assert [(t.value, t.growth) for t in extract(text, screen=False).targets] == [
        (4.61, True),
        (21, True),
    ]


def test_the_act_a_listed_total_counts_is_shared_by_every_item() -> None:
    text = "到2035年,化学需氧量和氨氮排放总量分别控制在10.9万吨、0.91万吨以内。"
    assert [t[0] for t in targets_of(text)] == ["化学需氧量排放总量", "氨氮排放总量"]


def test_computing_power_and_network_delay_are_measured_in_their_own_units() -> None:
    text = "到2035年,全市算力总规模超过60EFLOPS,市内单向时延小于1毫秒。"
    assert amounts(text) == [(60, "EFLOPS"), (1, "毫秒")]


def test_a_goal_named_with_its_year_and_spelled_out_later_keeps_that_year() -> None:
    text = (
        "原标题:2035年建成一流先进制造业体系\n12月3日,市政府召开新闻发布会。"
        "到2031年,全市实现产业强、企业强“双强”发展目标;到2035年,工业总产值超过1万亿元。\n"
        "“双强”目标具体为:产业强,形成5个以上千亿级支柱产业;企业强,产值超百亿元企业达到15户。"
    )
    assert [t[2] for t in targets_of(text)] == [2035, 2031, 2031]


def test_a_duty_or_a_hope_around_a_figure_names_nothing() -> None:
    text = "2031年,全县工业投资必须完成80亿元以上,希望机场服务客运量达到8300万人次。"
    assert [t[0] for t in targets_of(text)] == ["工业投资", "机场服务客运量"]


def test_groundbreaking_topping_out_in_hong_kong_words_and_a_plants_first_output_are_events() -> (
    None
):
    text = (
        "2030年12月3日。新竹東區市場水岸市集明年動土。皇后山社區會堂暨社會福利設施大樓"
        "2031年第三季成工。台積電先進封裝廠預計2031年11月裝機,2033年量產。"
    )
    assert [m.year for m in extract(text, screen=False).milestones] == [2031, 2031, 2031, 2033]


def test_a_news_feed_after_the_story_holds_none_of_its_goals() -> None:
    text = (
        "政府將動用200億元在未來五年開展26個工程項目。\n"
        "  1. 更多\n"
        "  3. 美國3月個人消費開支PCE按月升0.3% 符合市場預期\n"
        "    美國3月個人消費開支PCE按月升0.3% 符合市場預期\n"
        "    13分鐘前\n"
        "  4. 美國再向烏克蘭提供額外60億美元軍事援助\n"
        "    12分鐘前\n"
    )
    assert [t[1] for t in targets_of(text)] == [200, 26]
