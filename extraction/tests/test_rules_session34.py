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
