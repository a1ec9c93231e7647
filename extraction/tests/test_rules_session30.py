"""Rules of session 30: target names. Sentences written for these tests."""

from __future__ import annotations

import pytest
from pacesetter_extraction import extract


@pytest.mark.parametrize(
    ("text", "expected", "why"),
    [
        (
            "2031年工作安排。全市现有8家专精特新企业,力争2032年增至15家,2035年增至25家。",
            [("专精特新企业", 15), ("专精特新企业", 25)],
            "counts in the same classifier name no noun: they count the firms counted before",
        ),
        (
            "2031年工作安排。全区现有3万辆以上的新能源汽车,力争年底达到5万辆。",
            [("新能源汽车", 5)],
            "a bound (以上的) after the earlier count is no part of the noun",
        ),
        (
            "2031年工作安排。全县有4所公办养老院,新建3个项目,今年增至6所。",
            [("新建项目", 3), ("公办养老院", 6)],
            "the nearest earlier count in the same classifier (所), not the nearest count",
        ),
    ],
)
def test_a_count_naming_nothing_counts_what_an_earlier_count_named(
    text: str, expected: list[tuple[str, int]], why: str
) -> None:
    assert [(t.indicator, t.value) for t in extract(text).targets] == expected, why


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2031年,全省计划新开工9个项目420公里,续建12个项目约860公里。",
            ["新开工里程", "续建里程"],
        ),
        ("2031年,全市开工建设滨海大道、环湖路等5个项目38公里。", ["开工建设里程"]),
        ("2031年,全县建成6条道路12万平方米。", ["建成面积"]),
    ],
)
def test_the_length_or_area_after_a_count_of_works_is_named_by_their_verb(
    text: str, expected: list[str]
) -> None:
    found = [t.indicator for t in extract(text).targets if t.unit not in ("个", "条")]
    assert found == expected


def test_a_count_of_works_keeps_the_verb_that_starts_or_continues_them() -> None:
    text = "2031年,全省计划新开工9个项目420公里,续建12个项目约860公里。"
    names = [t.indicator for t in extract(text).targets if t.unit == "个"]
    assert names == ["新开工项目", "续建项目"], "新开工 and 续建 are the works' verbs, as 新建"


@pytest.mark.parametrize(
    ("text", "expected", "why"),
    [
        (
            "2031年,全港公营房屋建屋量合共约8.6万个单位。",
            "全港公营房屋建屋量",
            "合共 (Hong Kong's 'in all') is the total's word, as 合计; the quantity stays the name",
        ),
        (
            "2031年,区内绿化覆盖率目标维持于45%。",
            "区内绿化覆盖率",
            "维持于 is the verb of the level, as 维持在",
        ),
        (
            "2031年,政府因此将长者服务券名额增加至8000个。",
            "长者服务券名额",
            "the government, and why it acts, are no part of what is measured",
        ),
    ],
)
def test_words_of_the_total_and_the_actor_are_no_part_of_a_name(
    text: str, expected: str, why: str
) -> None:
    assert [t.indicator for t in extract(text).targets] == [expected], why


@pytest.mark.parametrize(
    ("text", "expected", "why"),
    [
        (
            "2031年,全县共新建村级文化广场45个。",
            "新建村级文化广场",
            "共 before the verb totals the count; it is no part of the name",
        ),
        (
            "2031年,全市推广共享单车3000辆。",
            "推广共享单车",
            "共 inside a word (共享) stays",
        ),
        (
            "2031年,城乡供水一体化项目完成投资12亿元。",
            "城乡供水一体化项目完成投资",
            "what the works have put in (完成投资) is the statistic's name, as 累计完成投资",
        ),
    ],
)
def test_totals_and_completed_investment_in_names(text: str, expected: str, why: str) -> None:
    assert [t.indicator for t in extract(text).targets] == [expected], why


@pytest.mark.parametrize(
    ("text", "expected", "why"),
    [
        (
            "2031年工作安排。力争年底达到农村卫生厕所普及率98%。",
            "农村卫生厕所普及率",
            "年底 says when and 达到 is the verb: neither is part of what is measured",
        ),
        (
            "2031年工作安排。届时将新增普惠托位1200个。",
            "新增普惠托位",
            "届时 (by then) says when",
        ),
        (
            "2031年工作安排。年末常住人口达到52万人。",
            "年末常住人口",
            "年末 opens a statistic's name (the population at the year's end)",
        ),
    ],
)
def test_a_deadline_before_a_name_is_no_part_of_it(text: str, expected: str, why: str) -> None:
    assert [t.indicator for t in extract(text).targets] == [expected], why


def test_secondary_is_a_word_not_a_count_of_times() -> None:
    """二次供水 is "secondary water supply"; twice is 两次. Written for this test."""
    text = "2031年,全市完成320个小区的二次供水设施改造。"
    assert [(t.indicator, t.value) for t in extract(text).targets] == [("小区的二次供水设施", 320)]
