"""Rules of session 34: places in a ranking (进前三, 前20强, 力争全市第一, 保三争一).
Sentences written for these tests."""

from __future__ import annotations

from pacesetter_extraction import extract


def ranks(text: str) -> list[tuple[str, str, float]]:
    return [
        (t.indicator, t.comparator, float(t.value))
        for t in extract(text, screen=False).targets
        if t.unit in ("名", "位")
    ]


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


def amounts(text: str) -> list[tuple[float, str]]:
    return [(float(t.value), t.unit) for t in extract(text, screen=False).targets]


def test_a_budget_in_three_parts_and_with_grouped_hundred_millions_is_one_figure() -> None:
    text = "明年度歲入編列52億3,639萬7千元,歲出原列1,276億6,100萬元。"
    assert amounts(text) == [(52.36397, "億元"), (1276.61, "億元")]


def test_a_decimal_point_in_words_between_digits_is_a_point_but_a_clock_time_is_not() -> None:
    text = "明年度資本門歲出編列386點96億元,下午3點30分開會。"
    assert amounts(text) == [(386.96, "億元")]


def test_digits_with_their_places_in_words_are_one_number() -> None:
    text = "明年度總預算歲入6千4百54萬元,歲出6千7百48萬元。"
    assert amounts(text) == [(6454, "萬元"), (6748, "萬元")]


def years(text: str) -> list[int | None]:
    return [t.year for t in extract(text, screen=False).targets]


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
