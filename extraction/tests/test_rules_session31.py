"""Rules of session 31: item numbers and marks around names, a verb that sets a level, a
yardstick told beside a goal. Sentences written for these tests."""

from __future__ import annotations

import pytest
from pacesetter_extraction import extract


def names(text: str) -> list[tuple[str, float]]:
    return [(t.indicator, float(t.value)) for t in extract(text).targets]


def test_a_circled_item_number_opens_no_name() -> None:
    text = "2032年各村补助如下:①图书室每村每年3000元;②、文艺演出每村每年1500元。"
    assert names(text) == [("图书室每村每年", 3000), ("文艺演出每村每年", 1500)]


def test_an_arrow_between_headlines_is_no_name() -> None:
    text = "要闻速览:年内建成充电桩800个→ 全年新增公交线路12条"
    assert [n for n, _ in names(text)] == ["建成充电桩", "新增公交线路"]


def test_a_level_locked_at_names_what_is_locked() -> None:
    text = "全县2032年粮食播种面积目标锁定在85万亩。"
    assert names(text) == [("粮食播种面积", 85)]


@pytest.mark.parametrize(
    ("text", "kept", "why"),
    [
        (
            "到2032年全市人均体育场地面积达到3.2平方米、到2035年达到3.6平方米、"
            "到本世纪中叶达到发达国家平均水平。",
            [3.2, 3.6],
            "the average is the next item's yardstick, after its own time",
        ),
        (
            "2032年全县人均预期寿命力争达到80岁、高于全国平均水平。",
            [80],
            "a goal compared with an average is still a goal",
        ),
        (
            "2032年工作目标:全县每千人口床位数达到3.8张,仍低于5.1张/千人的全省平均水平。",
            [3.8],
            "the figure of the average itself is a yardstick, no goal",
        ),
    ],
)
def test_an_average_is_a_yardstick_only_for_its_own_figure(
    text: str, kept: list[float], why: str
) -> None:
    assert [v for _, v in names(text)] == kept, why


def test_a_sentence_of_parts_keeps_the_time_of_the_one_before() -> None:
    text = (
        "“十五五”期间,全省将完成造林1500万亩。今年全省计划完成造林300万亩。"
        "这当中退化林修复120万亩,封山育林80万亩。"
    )
    got = {(t.indicator, float(t.value)): t.year for t in extract(text).targets}
    assert got[("退化林修复", 120)] == got[("封山育林", 80)] == got[("造林", 300)], (
        "其中/这当中 tells parts of this year's total: this year, not the plan period's end"
    )
    assert got[("造林", 1500)] == 2030


@pytest.mark.parametrize(
    "text",
    ["县图书馆新馆将于2032年6月向读者开放。", "2032年10月,市游泳馆将正式对居民开放。"],
)
def test_a_facility_opened_to_its_users_on_a_date_is_a_milestone(text: str) -> None:
    got = [m.indicator for m in extract(text).milestones]
    assert len(got) == 1 and got[0].endswith("开放"), got


def test_a_year_written_before_nei_is_that_year_not_a_span_of_years() -> None:
    text = "全省2031年内新建5G基站4000个,力争3年内实现乡镇全覆盖率100%。"
    years = [t.year for t in extract(text).targets]
    assert years == [2031, 2034], "2031年内 is within 2031; 3年内 runs three years on"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2032年,5G网络覆盖90%以上行政村。", ["5G网络覆盖行政村比例"]),
        (
            "到2032年,养老服务设施覆盖所有城市社区、90%以上乡镇和60%以上村。",
            ["养老服务设施覆盖乡镇比例", "养老服务设施覆盖村比例"],
        ),
    ],
)
def test_a_share_a_verb_reaches_is_of_the_noun_after_it_with_or_without_de(
    text: str, expected: list[str]
) -> None:
    assert [t.indicator for t in extract(text).targets] == expected


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("2032年全县计划投入卅亿元建设乡村道路。", 30, "亿元"),
        ("2032年全县计划投入十亿元建设乡村道路。", 10, "亿元"),
        ("全縣明年度歲出規模預算增幅約十點七%。", 10.7, "%"),
        ("全縣明年度稅收預算將增加十%。", 10, "%"),
    ],
)
def test_chinese_numerals_of_tens_and_before_a_percent_sign_are_figures(
    text: str, value: float, unit: str
) -> None:
    assert [(float(t.value), t.unit) for t in extract(text).targets] == [(value, unit)]


def test_ten_with_a_magnitude_and_no_unit_stays_a_word() -> None:
    text = "2032年大力实施百亿企业培育、十亿企业倍增行动,十万火急。"
    assert extract(text).targets == []


def test_next_fiscal_year_opens_no_name() -> None:
    names = [t.indicator for t in extract("全縣明年度稅收預算將增加十%。").targets]
    assert names and not names[0].startswith(("度", "明年")), names


def test_the_age_one_must_have_reached_is_no_goal() -> None:
    text = "2032年工作要点 浏览以下内容需满18岁,请确认。全县人均预期寿命达到81岁。"
    assert [(t.indicator, float(t.value)) for t in extract(text).targets] == [("人均预期寿命", 81)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "三、城东小学新校区\n新建教学楼及配套设施,预计2032年秋季投入使用。",
            "城东小学新校区投入使用",
        ),
        ("交通基建——铁路\n预计2032年落成。", "落成"),
    ],
)
def test_an_event_without_its_work_takes_the_facility_the_heading_above_names(
    text: str, expected: str
) -> None:
    assert [m.indicator for m in extract(text, screen=False).milestones] == [expected]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("2032年计划:城南路小学新增学位400个,全县新增公办幼儿园学位3000个。", [3000]),
        ("2032年计划:河西区滨江路幼儿园(暂定名)新增学位180个,新建县第三小学。", []),
        ("2032年计划新建县第三小学,建成后将新增学位1500个。", []),
        ("2032年全县将新增城镇公办中小学学位1.6万个。", [1.6]),
    ],
)
def test_the_places_one_named_school_holds_are_its_size_not_a_goal(
    text: str, kept: list[float]
) -> None:
    assert [float(t.value) for t in extract(text).targets] == kept


@pytest.mark.parametrize(
    ("text", "kept", "why"),
    [
        (
            "报告提出明年的奋斗目标主要是:地区生产总值增长9%,力争10%。",
            [9, 10],
            "主要是 opening a goal list holds no 要是 (if)",
        ),
        (
            "2032年预算增加40亿元,主要是补助款增加近20亿元,配合款也增加2亿元。",
            [40],
            "主要是 tells what explains the increase before it",
        ),
        ("要是按目前速度,2032年全县就能增长12%。", [], "要是 (if): a hypothetical"),
    ],
)
def test_zhuyao_shi_is_neither_a_condition_nor_a_goal_list_s_end(
    text: str, kept: list[float], why: str
) -> None:
    assert [float(t.value) for t in extract(text, screen=False).targets] == kept, why


def test_a_range_written_with_a_doubled_dash_is_one_figure() -> None:
    got = [
        (float(t.value), t.value_max) for t in extract("2032年人均预期寿命达到78--79岁。").targets
    ]
    assert got == [(78, 79)]
    text = "2032年计划:村道路长度2.5公里,宽度4.5--6米。"
    assert [float(t.value) for t in extract(text).targets] == [2.5], "a width sizes the road"


def test_events_counted_by_item_or_run_keep_their_unit_and_name() -> None:
    text = "2032年全市开展各类健身活动700项次以上,开行城乡公交3000班次。"
    got = [(t.indicator, float(t.value), t.unit) for t in extract(text).targets]
    assert got == [("各类健身活动", 700, "项次"), ("开行城乡公交", 3000, "班次")]
