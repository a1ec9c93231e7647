"""Rules of session 29: milestones' names. Sentences written for these tests."""

from __future__ import annotations

import pytest
from pacesetter_extraction import extract, read_rules


@pytest.mark.parametrize(
    ("text", "expected", "why"),
    [
        (
            "2031年工作安排。南湖净水厂力争年底前建成投用。",
            ["南湖净水厂建成投用"],
            "a pledge that holds only a time (力争年底前) follows the work, which names the event",
        ),
        (
            "2031年工作安排。全县将推动城南客运站开通运营。",
            ["城南客运站开通运营"],
            "a pledge whose object is the work (推动城南客运站) starts the name there",
        ),
    ],
)
def test_the_work_a_pledge_comes_after_is_named(text: str, expected: list[str], why: str) -> None:
    assert [m.indicator for m in extract(text).milestones] == expected, why


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2031年工作安排。沿江绿道三期二季度完成栈道铺设。", ["沿江绿道三期完成栈道铺设"]),
        ("2031年工作安排。沿江绿道三期第三季度完成栈道铺设。", ["沿江绿道三期完成栈道铺设"]),
        ("2031年工作安排。沿江绿道三期预计9月底前完成栈道铺设。", ["沿江绿道三期完成栈道铺设"]),
    ],
)
def test_a_time_inside_a_clause_is_no_part_of_a_name_found_by_its_verb(
    text: str, expected: list[str]
) -> None:
    assert [c.milestone.indicator for c in read_rules(text).loose] == expected


def test_what_a_count_totals_is_no_counted_noun() -> None:
    """计 (amounting to) before a figure says what the count comes to (its length), not what is
    counted: both figures are the roads'. Written for this test."""
    text = "2031年计划新建机耕路12条计38.5公里,改造山塘7座。"
    assert [(t.indicator, t.unit) for t in extract(text).targets] == [
        ("新建机耕路", "条"),
        ("新建机耕路", "公里"),
        ("改造山塘", "座"),
    ]


def test_a_bound_before_the_next_figure_is_no_part_of_the_counted_noun() -> None:
    """8个村约4600户: 约 bounds the households, it is no part of what the 8 count (合约 and 附近
    stay words). Written for this test."""
    text = "2031年完成农村供水管网改造9个村约2800户。"
    assert [t.indicator for t in extract(text).targets] == ["改造村"] * 2


def test_how_fully_a_work_is_done_is_no_part_of_a_name() -> None:
    """全面 (fully) says how the work is done; the measured work follows. Written for this
    test."""
    text = "2031年全面完成180公里农村公路提质改造。"
    assert [t.indicator for t in extract(text).targets] == ["农村公路提质"]
