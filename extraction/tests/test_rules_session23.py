"""Rules written in session 23 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from rule_table import targets


def test_a_scrapers_gloss_in_title_marks_is_no_part_of_the_name() -> None:
    text = "2027年,全县改扩建乡镇卫《繁:衛》生院6所,新建农村书《拼音:shū》屋20个。"
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert got == [("改扩建乡镇卫生院", 6), ("新建农村书屋", 20)], (
        "a page's gloss of a character (its traditional form or its reading) inside a word is "
        "debris; the quote keeps it, the name does not"
    )
    titled = "2027年,全面落实《乡村振兴促进法》,建成示范村15个。"
    assert [t["value"] for t in targets(titled)] == [15], "a real title in 《》 stays text"


def test_roc_years_in_a_news_item_dated_in_western_years_are_years() -> None:
    text = (
        "2026 年 3 月 2 日 地方新聞\n"
        "據統計113年市區公車電動化比例達21.5%、114年再提高到30.2%;"
        "115年預計再汰換40輛柴油公車為電動公車。"
    )
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(40, 2026)], (
        "113年 and 114年 beside a 2026 dateline are ROC years (2024, 2025): their shares are "
        "results; 115年 (2026) is the plan"
    )
    history = "2023 年 5 月 4 日 本報訊\n這座有100年歷史、110年前建成的老街,今年將改造店面30間。"
    assert [(t["value"], t["year"]) for t in targets(history)] == [(30, 2023)], (
        "100年 and 110年 far from the dateline's year are spans of time, not ROC years"
    )


def test_a_forecast_word_before_a_verb_acting_on_things_counted_introduces_planned_work() -> None:
    text = "明年,区交通局预计更换120台老旧出租车,预计接待游客300万人次,预计达到15家。"
    got = [(t["value"], t["unit"]) for t in targets(text, year=2026)]
    assert got == [(120, "台")], (
        "预计更换120台: the office's own work on things counted is planned; 预计 before an "
        "outcome (接待游客, 达到) is an estimate"
    )


def test_two_neighbouring_numerals_are_a_loose_range_not_one_number() -> None:
    text = "2027年,每个街道新增一两个社区食堂,全区新建三五座口袋公园。"
    got = [(t["value"], t["value_max"], t["comparator"]) for t in targets(text)]
    assert got == [(1, 2, "~"), (3, 5, "~")], (
        "一两个 is one or two and 三五座 three to five, never 12 or 35"
    )


def test_a_bound_keeps_its_figure_across_the_currencys_name() -> None:
    text = "2027年,全区招商引资到位资金不少于人民币80亿元。"
    got = [(t["value"], t["comparator"]) for t in targets(text)]
    assert got == [(80, ">=")], "人民币 between 不少于 and the figure leaves the bound in force"


def test_a_reach_within_a_rates_name_is_part_of_the_name() -> None:
    text = "到2028年,城区300米内公交站点覆盖率达到100%,20分钟以内通勤人口比例达到75%。"
    got = [(t["indicator"], t["value"], t["unit"]) for t in targets(text)]
    assert got == [
        ("城区300米内公交站点覆盖率", 100, "%"),
        ("20分钟以内通勤人口比例", 75, "%"),
    ], "300米内 and 20分钟以内 say which stops and which commuters the rate counts"


def test_the_measure_a_work_is_laid_out_by_is_no_amount_to_reach() -> None:
    text = "2027年,各镇以2公里为服务半径布局便民服务点40个。"
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(40, "个")], "以2公里为服务半径 says how the points are spaced; 40个 is the goal"


def test_working_days_and_hours_within_are_bounds_of_a_service_time() -> None:
    text = (
        "2027年,不动产登记办理时间压缩至3个工作日内,企业开办时间不超1.5个工作日,"
        "公共法律服务热线24小时内回复率达到98%。"
    )
    got = [(t["indicator"], t["comparator"], t["value"], t["unit"]) for t in targets(text)]
    assert got == [
        ("不动产登记办理时间", "<=", 3, "个工作日"),
        ("企业开办时间", "<=", 1.5, "个工作日"),
        ("公共法律服务热线24小时内回复率", "=", 98, "%"),
    ], "个工作日 is a unit of time; 内 after a span and 不超 before it bound it from above"


def test_energy_per_ten_thousand_yuan_and_a_cap_written_with_wei() -> None:
    text = "到2027年,万元地区生产总值能耗降至0.42吨标准煤/万元以下;每户补助上限为3,000元。"
    got = [(t["value"], t["unit"], t["comparator"]) for t in targets(text)]
    assert got == [(0.42, "吨标准煤/万元", "<="), (3000, "元", "<=")], (
        "吨标准煤/万元 is one unit (energy per output); 上限为 caps the figure"
    )


def test_a_task_word_after_a_concrete_count_is_no_list_heading() -> None:
    text = "2027年,全县完成1500户危旧房改造任务,落实8项民生实事,完成3个方面的任务。"
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(1500, "户")], (
        "1500户…任务 counts households to renovate; 8项民生实事 and 3个方面 head lists"
    )


def test_a_year_end_account_of_the_years_items_is_about_that_year() -> None:
    text = (
        "2025年区十件民生实事完成情况\n"
        "新建社区养老服务站8个,已全部建成。\n"
        "改造老旧小区12个,其中2个转入2026年实施。\n"
        "2025年12月20日"
    )
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert (8, 2025) in got, (
        "a December account of how the year's items were done (完成情况) is about that year, "
        "though it names the next"
    )
    assert all(y == 2025 for _, y in got), got


def test_a_threshold_right_after_a_count_says_which_things_are_counted() -> None:
    text = "2027年,全省新增1200个20户以上自然村通客车。"
    got = [(t["indicator"], t["value"], t["unit"]) for t in targets(text)]
    assert got == [("新增20户以上自然村通客车", 1200, "个")], (
        "20户以上 names which villages (those of 20 households or more); 1200个 is the goal"
    )


def test_a_line_labelled_as_progress_tells_results() -> None:
    text = (
        "2026年民生实事\n"
        "一、新建城市书房12个,改造背街小巷30条。\n"
        "进展情况:已签约城市书房5个,完成改造背街小巷18条。\n"
        "二、新增公办幼儿园学位1500个。\n"
        "完成进度:新增学位620个。"
    )
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(12, "个"), (30, "条"), (1500, "个")], (
        "a line opened by 进展情况: or 完成进度: reports how far an item has got; only the "
        "items themselves are goals"
    )


def test_a_base_year_this_years_goal_is_compared_with_is_gone_by() -> None:
    text = (
        "2月10日,全市召开节能工作会议。\n"
        "2021年,全市单位GDP能耗下降3.2%,完成省定任务。\n"
        "今年,全市单位GDP能耗较2021年下降3%以上,新增光伏装机20万千瓦。"
    )
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(3, 2022), (20, 2022)], (
        "今年…较2021年下降: the year this year's goal is compared with is gone by, so 2021's "
        "figure is a result and 今年 is 2022"
    )


def test_a_clause_closing_on_yi_and_a_done_verb_tells_work_done() -> None:
    text = "2026年,全区新建口袋公园15个;8月底,12个社区卫生服务站改造方案已发布,5座公厕已竣工。"
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(15, "个")], (
        "…改造方案已发布 and 5座公厕已竣工 say what is done; 新建口袋公园15个 is the goal"
    )


def test_a_headings_span_dates_its_items_and_a_labelled_date_beats_the_pages_today() -> None:
    text = (
        "2026年03月02日\n"
        "首页 > 新闻 > 正文\n"
        "来源: 发布日期:2023-11-28\n"
        "今后五年主要目标\n"
        "●全市生产总值年均增长6.5%以上\n"
        "●城镇新增就业每年3万人\n"
        "“十四五”期间,全市累计新增就业12万人。"
    )
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got[:2] == [(6.5, 2028), (3, 2028)], (
        "发布日期:2023-11-28 is the writing's date (the page's date of today at its top is "
        "not); 今后五年 said late in 2023 runs to 2028, and the items under it keep that year"
    )


def test_a_hong_kong_fiscal_year_written_with_zhi_ends_in_its_second_year() -> None:
    text = "大會通過2026至27年度的工作計劃,將會在不同聯網增加約300張住院病床。"
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(300, 2027)], "2026至27年度 is the fiscal year that ends in 2027"


def test_a_total_since_a_year_is_told() -> None:
    text = "2021年全省计划新开工保障房5万套。自2015年以来,全省保障房开工38万套,90多万居民实现安居。"
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(5, 2021)], "自2015年以来 tells what was done since then, not what is planned"


def test_a_date_a_sentence_counts_from_does_not_date_the_text() -> None:
    text = "自2017年5月24日确定三年计划以来,各地加快棚户区改造。今年全国计划新开工棚户区289万套。2019年7月,国务院召开会议。"
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(289, 2019)], "自2017年5月24日 starts a span; it is no date stamp of the text"


def test_each_share_of_a_plan_done_in_a_list_is_progress() -> None:
    text = "2026年,全县工业投资、技改投资分别完成年度计划的82.5%、76.1%和69.4%。"
    assert targets(text) == [], (
        "each share after 完成年度计划的 tells how much was done, the later ones too"
    )


def test_roc_years_written_with_a_space_and_taiwans_school_count() -> None:
    text = (
        "本市 113 年空氣品質良率達 78.2%,較 112 年改善 3.1%;"
        "114 年預計完成 120 校冷氣裝設,第 2 階段並擴及幼兒園。"
    )
    got = [(t["value"], t["unit"], t["year"]) for t in targets(text)]
    assert got == [(120, "校", 2025)], (
        "113 年 and 112 年 are ROC years (results); 120 校 counts schools; 第 2 is an ordinal"
    )


def test_a_saving_for_the_public_purse_is_an_effect_not_a_goal() -> None:
    text = "2027年,全案可为市库节省公帑约8亿元,新建社会住宅600户。"
    assert [t["value"] for t in targets(text)] == [600], "可为市库节省 tells the work's effect"


def test_a_middle_dot_between_long_phrases_parts_items() -> None:
    text = "2024年下半年,推动滨江商务楼宇招商·力争新增规上服务业企业12家·启动建设人才公寓。"
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert got == [("新增规上服务业企业", 12)], (
        "· between long phrases parts items as a comma would, so the name starts after it"
    )


def test_hong_kong_counts_flats_in_huo() -> None:
    text = "房委會計劃2030年在東涌第99區興建約4,200伙公屋。"
    got = [(t["value"], t["unit"], t["comparator"]) for t in targets(text)]
    assert got == [(4200, "伙", "~")], "伙 is the measure word Hong Kong counts flats in"


def test_a_level_from_when_someone_took_office_is_a_baseline() -> None:
    text = "2026年,平均审批时间由新局长上任时的45天,缩短到20天。"
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert got == [("平均审批时间", 20)], (
        "由…上任时的45天 is where the change starts; the level it is brought to is the goal, "
        "named by what the clause before measures"
    )


def test_an_article_on_the_breadcrumbs_line_is_read_after_the_breadcrumb() -> None:
    text = (
        "您的位置:首页 > 新闻 > 本地 > 全市建成口袋公园60个 来源:日报 2026-03-02 09:15 "
        "记者获悉,截至2月底全市已建成口袋公园60个。2026年全市将新建口袋公园120个。"
    )
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(120, 2026)], (
        "the breadcrumb and the page's title go, the article after them on the same line stays"
    )


def test_a_threshold_naming_which_villages_and_a_length_brought_to_a_level() -> None:
    text = (
        "2027年,实现20户以上自然村通硬化路;全市轨道交通总长度将从目前的约120公里增加至近200公里。"
    )
    got = [(t["indicator"], t["value"], t["comparator"]) for t in targets(text)]
    assert got == [("轨道交通总长度", 200, "~")], (
        "20户以上 says which villages are to be reached; a length brought to a level (增加至) "
        "is a goal named by what the baseline measured"
    )


def test_a_shortfall_and_a_listed_works_total_investment_are_no_goals() -> None:
    text = "2027年,全县公租房需求缺额约400户;新建农村供水工程5处,项目总投资1860万元。"
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(5, "处")], (
        "缺额 tells how far short things are; 项目总投资 sizes the listed works (a specification)"
    )


def test_a_completion_rate_told_bare_is_progress_and_pm25_keeps_its_name() -> None:
    text = "截至6月底,年度新开工目标完成率58.3%。2026年3月PM2.5月均值不高于45μg/m3,投资完成率达到90%以上。"
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert got == [("PM2.5月均值", 45), ("投资完成率", 90)], (
        "完成率58.3% tells how much is done so far (达到90%以上 aims); 5月 inside PM2.5 is no month"
    )


def test_symbols_a_spam_page_scatters_go_and_performances_count_in_changci() -> None:
    text = "2026年,力争全年过夜游客增长✅12%以上,举办大型演出□□、音乐节60场次以上。"
    got = [(t["value"], t["unit"], t["growth"]) for t in targets(text)]
    assert got == [(12, "%", True), (60, "场次", False)], (
        "✅ and □ inside words are a spam page's litter; 场次 counts performances"
    )


def test_kinds_counted_in_zhong_and_a_level_cut_to_with_jian() -> None:
    text = "到2028年,医保大病救治病种不少于40种,全市出版物品种从5200种减至4800种。"
    got = [(t["value"], t["unit"], t["comparator"]) for t in targets(text)]
    assert got == [(40, "种", ">="), (4800, "种", "=")], (
        "种 counts kinds; 从5200种减至 is where the cut starts, 4800种 where it ends"
    )


def test_dan_weighs_tobacco_and_grain() -> None:
    got = [(t["value"], t["unit"]) for t in targets("2027年,全县烟叶收购量稳定在12万担以上。")]
    assert got == [(12, "万担")], "担 (50 kg) is a unit of weight"


def test_a_full_stop_typed_for_a_decimal_point() -> None:
    got = [(t["value"], t["unit"]) for t in targets("2027年,签约项目达产后新增年产值86。5亿元。")]
    assert got == [(86.5, "亿元")], "。 between digits before a magnitude is a decimal point"


def test_a_year_naming_things_by_their_history_is_no_deadline() -> None:
    text = "年内对35个于2000年前交付的老旧小区实施改造,新增停车位2000个。"
    got = [(t["value"], t["year"]) for t in targets(text, year=2026)]
    assert got == [(35, 2026), (2000, 2026)], (
        "于2000年前交付的 says which estates, by when they were built; it dates no goal"
    )
