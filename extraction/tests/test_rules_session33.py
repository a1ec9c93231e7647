"""Rules of session 33: a year told by its results alone is over. Sentences written for
these tests."""

from __future__ import annotations

from pacesetter_extraction import extract


def targets(text: str) -> list[tuple[str, float, int | None]]:
    return [(t.indicator, float(t.value), t.year) for t in extract(text, screen=False).targets]


def test_a_year_opening_a_sentence_of_plain_results_is_over_and_dates_the_text_later() -> None:
    text = (
        "会上,县长指出,2031年,全县粮食总产量达到41.2万吨,增长2.3%。"
        "今年全县粮食总产量稳定在42万吨以上。"
    )
    assert targets(text) == [("粮食总产量", 42, 2032)]


def test_a_year_whose_sentence_sets_an_aim_is_still_the_texts_own() -> None:
    text = "2031年,全县粮食总产量力争达到42万吨。今年要抓好春耕备耕。"
    assert targets(text) == [("粮食总产量", 42, 2031)]


def test_a_bounded_figure_after_a_year_is_a_stage_goal_not_a_result() -> None:
    text = "2031年全县粮食总产量达到42万吨以上。今年全县新建高标准农田3万亩。"
    assert [t[2] for t in targets(text)] == [2031, 2031]


def test_next_years_expected_goals_in_a_year_end_article_keep_its_year() -> None:
    text = (
        "新华社12月28日电 据介绍,2031年,全国新建农村公路9万公里。"
        "根据明年预期目标,要新改建农村公路18万公里。"
    )
    assert targets(text)[-1] == ("新改建农村公路", 18, 2032)


def test_tenths_after_a_whole_place_or_a_count_of_people_are_a_share() -> None:
    text = "新线通车后,轨道网络将覆盖全市七成五居住人口。明年应届毕业生中有6成投身本地产业。"
    assert [(float(t.value), t.unit) for t in extract(text, screen=False).targets] == [
        (7.5, "成"),
        (6, "成"),
    ]


def test_more_than_told_inside_the_second_magnitude() -> None:
    found = extract("明年公司营业收入可达3亿2千余万元。", screen=False).targets
    assert [(float(t.value), t.unit, t.comparator) for t in found] == [(3.2, "亿元", ">")]


def test_a_forecast_word_after_a_named_goal_words_the_goal() -> None:
    text = "公司提出明年营运目标,日均客流可望提升到3万2500人次,全年客运量力拚1100万人次。"
    assert [(t.indicator, float(t.value)) for t in extract(text, screen=False).targets] == [
        ("日均客流", 3.25),
        ("客运量", 1100),
    ]


def test_chinese_digits_in_a_row_before_a_counting_word_are_a_number() -> None:
    text = "今年下半年将有三處、一二六八戶社會住宅陸續開工。"
    assert [(float(t.value), t.unit) for t in extract(text, screen=False).targets] == [(1268, "戶")]


def test_a_hundred_or_more_in_chinese_numerals_counts_things_not_a_list() -> None:
    text = "明年計劃聘請一千二百三十名醫護人員。"
    assert [float(t.value) for t in extract(text, screen=False).targets] == [1230]


def test_a_lone_digit_after_a_magnitude_is_the_next_place_down() -> None:
    text = "明年擬增聘千二名人手,並推出三千四個公屋單位。"
    assert [float(t.value) for t in extract(text, screen=False).targets] == [1200, 3400]


def test_so_many_years_after_the_text_dates_the_event() -> None:
    found = extract("2031年5月8日 城西大桥获批立项。城西大桥预计3年后建成通车。").milestones
    assert [(m.indicator, m.year) for m in found] == [("城西大桥建成通车", 2034)]


def test_letting_a_named_work_to_contractors_is_a_milestone() -> None:
    text = "縣府表示,溪洲運動公園新建工程預計明年三月發包。"
    assert [m.indicator for m in extract(text).milestones] == ["溪洲运动公园新建工程发包"]


def test_a_text_carrying_out_a_cited_plan_with_no_year_of_its_own_aims_at_its_end() -> None:
    text = (
        "为贯彻落实《城乡供水提升三年行动方案(2031—2033年)》精神,结合我县实际,制定本方案。"
        "\n全县新建农村集中供水工程12处。"
    )
    assert targets(text) == [("新建农村集中供水工程", 12, 2033)]


def test_a_text_that_speaks_of_this_year_keeps_it_beside_a_cited_plan() -> None:
    text = "今年全县将新建农村集中供水工程12处,全面落实《城乡供水提升规划(2031—2035年)》。"
    assert [t[2] for t in targets(text)] != [2035]


def test_a_calendar_year_is_no_look_back() -> None:
    text = "2032年,牧业年度全旗牛存栏将达到90万头;日历年度肉牛出栏35万头。"
    assert targets(text) == [("牧业年度牛存栏", 90, 2032), ("日历年度肉牛出栏", 35, 2032)]


def test_a_rate_named_whole_process_is_no_length() -> None:
    text = "到2032年底,政务服务事项全程网办率提高至95%以上。"
    assert [(t[0], t[1]) for t in targets(text)] == [("政务服务事项全程网办率", 95)]


def test_what_a_count_adds_keeps_its_xinzeng() -> None:
    assert targets("力争2032年全旗肉羊存栏新增12万只。") == [("肉羊存栏新增", 12, 2032)]


def test_the_seats_one_named_building_gives_are_its_size() -> None:
    text = "城南小学建成后将提供1800个学位。全县公办幼儿园将新增1200个学位。"
    assert [float(t.value) for t in extract(text, screen=False).targets] == [1200]


def test_a_finished_tender_is_named_without_its_month() -> None:
    found = extract("2031年工作安排。县档案馆新馆6月完成招标。").milestones
    assert [(m.indicator, m.year) for m in found] == [("县档案馆新馆完成招标", 2031)]


def test_the_year_of_a_goal_set_before_a_praise_is_the_texts() -> None:
    text = (
        "本报讯 今年确保完成销售收入12.5亿元。2月13日,公司提出了2032年发展目标,"
        "公司表彰了120名先进工作者。去年,公司销售收入11.2亿元。"
    )
    assert targets(text) == [("销售收入", 12.5, 2032)]


def test_next_years_budget_sets_the_year_of_its_figures() -> None:
    text = "雲林明年度總預算增59億。縣府2032年達成國中小班班有冷氣目標。河川、排水建設增逾15億元。"
    assert [t[2] for t in targets(text)] == [2033, 2033]
