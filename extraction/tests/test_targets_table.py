"""Targets: (sentence, expected, reason) tables in the style of dateutil's
test_parser. The sentences are written for these tests in ordinary policy
language, not copied from the corpus, so they check the rules in general.

A leading "2025年主要预期目标:" gives each sentence a report year.
"""

from __future__ import annotations

from typing import Any

import pytest
from pacesetter_extraction import extract

H = "2025年全县经济社会发展主要预期目标:"


def one(text: str) -> dict[str, Any]:
    res = extract(text)
    assert len(res.targets) == 1, [t.quote for t in res.targets]
    t = res.targets[0].to_dict()
    assert text[t["start"] : t["end"]] == t["quote"]
    return t


COMPARATORS = [
    (H + "地区生产总值增长6.5%以上。", ">=", "以上"),
    (H + "规上工业企业突破120家。", ">", "突破"),
    (H + "高新技术企业超过85家。", ">", "超过"),
    (H + "城镇登记失业率控制在4.5%以内。", "<=", "控制在…以内"),
    (H + "粮食播种面积稳定在45万亩左右。", "~", "左右"),
    (H + "新增城镇就业3000余人。", ">", "X余"),
    (H + "每天开行公交班次200多次。", ">", "X多"),
    (H + "一般公共预算收入不低于12亿元。", ">=", "不低于"),
    (H + "新建标准化厂房3-5万平方米。", "~", "range"),
    (H + "森林覆盖率达到62%。", "=", "达到"),
    (H + "到2027年地区生产总值迈上500亿元台阶。", ">=", "迈上…台阶"),
    (H + "力争新增市场主体2000户。", "=", "力争 does not change the comparator"),
]


@pytest.mark.parametrize("text,cmp,reason", COMPARATORS)
def test_comparator(text: str, cmp: str, reason: str) -> None:
    assert one(text)["comparator"] == cmp, reason


GROWTH = [
    (H + "地区生产总值增长6%。", True, "增长 X%"),
    (H + "单位生产总值能耗下降3.2%。", True, "下降 is a change word, value positive"),
    (H + "居民消费价格涨幅3%左右。", True, "涨幅"),
    (H + "居民消费价格指数控制在3%以内。", False, "no change word: a level"),
    (H + "人口自然增长率控制在5‰以内。", False, "增长率 is a rate, not a change"),
    (H + "城镇化率达到58%。", False, "a share"),
    (H + "新增城镇就业3000人。", False, "新增X人 is a count"),
    (H + "研发经费投入年均增长12%。", True, "年均增长"),
]


@pytest.mark.parametrize("text,growth,reason", GROWTH)
def test_growth(text: str, growth: bool, reason: str) -> None:
    assert one(text)["growth"] is growth, reason


VALUES = [
    (
        H + "城镇新增就业一千二百万人以上。",
        (1200, None, "万人", 12_000_000),
        "Chinese numeral, 万 prefix",
    ),
    (H + "粮食产量一点三兆斤以上。", (1.3, None, "兆斤", 1.3e12), "兆 = 1e12"),
    (H + "经济增长百分之五左右。", (5, None, "%", 5), "百分之 → %"),
    (H + "经济增长百分之四点五至百分之五。", (4.5, 5, "%", 4.5), "range of percents"),
    (H + "地区生产总值达到236.6亿元。", (236.6, None, "亿元", 236.6e8), "亿元 in yuan"),
    (
        H + "力争汽车产业产值突破万亿元。",
        (1, None, "万亿元", 1e12),
        "bare 万亿 after 突破 is 1 万亿",
    ),
    (H + "培育专精特新企业超万家。", (1, None, "万家", 10_000), "超万家"),
    (H + "新建5G基站1200个。", (1200, None, "个", 1200), "5G is a name, 1200个 the figure"),
    (H + "三十分钟到达市区。", (30, None, "分钟", 30), "Chinese numeral time"),
    (H + "人均可支配收入达到4.2万元。", (4.2, None, "万元", 42_000), "万元"),
]


@pytest.mark.parametrize("text,expected,reason", VALUES)
def test_values(text: str, expected: tuple[Any, ...], reason: str) -> None:
    t = one(text)
    value, value_max, unit, base = expected
    assert t["value"] == pytest.approx(value), reason
    assert t["value_max"] == (pytest.approx(value_max) if value_max is not None else None), reason
    assert t["unit"] == unit, reason
    assert t["base_value"] == pytest.approx(base), reason


NOT_TARGETS = [
    ("截至去年底,全市累计培育高新技术企业560家。", "截至: a result"),
    ("去年,全县地区生产总值增长7.2%。", "去年: a result"),
    ("过去五年,全县地区生产总值年均增长7.2%。", "过去: a result"),
    ("预计全年地区生产总值增长5%左右。", "预计: a forecast"),
    ("如果按照8%的速度增长,到2030年就能超过2000亿元。", "如果…就: a hypothetical"),
    ("全市汽车保有量超过了80万辆。", "超过了: a present fact"),
    ("目前已建成5G基站1200个。", "目前/已: a present fact"),
    ("与全省超过300万户市场主体相比,我市占比仍然偏低。", "与…相比: a comparison"),
    ("打造两个千亿级产业集群。", "两个: enumeration; 千亿级: descriptor"),
    ("聚焦全县20个重点产业链,推动转型升级。", "聚焦 + count: a focus list"),
    ("紧盯全年80个重点项目,狠抓落实。", "紧盯 + count: a focus list"),
    ("今年要重点抓好5个方面的工作。", "方面: heading of a list"),
    ("县委决定办理10件民生实事。", "实事: heading of a list"),
    ("实施“三个一批”和“八大工程”。", "slogans"),
    ("京哈高铁新站十一前开通。", "十一 = National Day, a date"),
    ("轨道交通一期全长28公里。", "全长: an attribute of a named work"),
    ("发布时间:2024-03-05 09:36", "a date"),
]


@pytest.mark.parametrize("text,reason", NOT_TARGETS)
def test_not_targets(text: str, reason: str) -> None:
    assert [t.quote for t in extract(text).targets] == [], reason


def test_descriptor_inside_name_is_not_the_figure() -> None:
    t = one(H + "培育年产值超10亿元的龙头企业5家。")
    assert (t["value"], t["unit"]) == (5, "家")


def test_budget_delta_against_last_year_is_not_labelled() -> None:
    res = extract(H + "拟安排地方政府专项债券3.9万亿元、比上年增加1000亿元。")
    assert [(t.value, t.unit) for t in res.targets] == [(3.9, "万亿元")]


def test_value_and_growth_pair_gives_two_targets() -> None:
    res = extract(H + "地区生产总值达到236.6亿元,增长7%。")
    got = [(t.indicator, t.value, t.unit, t.growth) for t in res.targets]
    assert got == [("地区生产总值", 236.6, "亿元", False), ("地区生产总值", 7, "%", True)]


def test_respectively_gives_one_target_per_indicator() -> None:
    res = extract(H + "城乡居民人均可支配收入分别增长7%、8%左右。")
    got = [(t.indicator, t.value, t.comparator) for t in res.targets]
    assert got == [("城镇居民人均可支配收入", 7, "~"), ("农村居民人均可支配收入", 8, "~")]


YEARS = [
    ("到2027年,全市规上工业企业达到500家。", 2027, "到20XX年"),
    ("力争到二〇二七年培育企业超万家。", 2027, "Chinese-numeral year"),
    (H + "今年新建幼儿园3所。", 2025, "今年 = the report year"),
    (H + "明年新建幼儿园3所。", 2026, "明年 = report year + 1"),
    ("2025年工作安排\n用3年时间新建幼儿园9所。", 2027, "用N年时间 from the report year, inclusive"),
    ("2020年9月\n5年内形成千亿级产业集群3个。", 2025, "N年内 from the report year"),
    ("到“十四五”末,全县规上工业企业达到200家。", 2025, "end of the 14th five-year plan"),
    ("到十五五期末,全市研发投入强度达到3%以上。", 2030, "end of the 15th five-year plan"),
    (
        "2022年3月1日\n“十四五”期间,全省新建污水管网800公里。",
        2025,
        "a plan period running now: its targets are for its last year",
    ),
    ("2008年工作部署\n十一五时期,全市新增供水能力30万吨。", 2010, "十一五 ends in 2010"),
]


def test_a_five_year_period_that_has_ended_is_reviewed_not_planned() -> None:
    text = (
        "2022年3月1日\n“十三五”期间,全省建成污水管网600公里。“十四五”期间,全省新建污水管网800公里。"
    )
    assert [(t.value, t.year) for t in extract(text).targets] == [(800, 2025)]


@pytest.mark.parametrize("text,year,reason", YEARS)
def test_year(text: str, year: int, reason: str) -> None:
    assert one(text)["year"] == year, reason


def test_past_section_then_target_section() -> None:
    text = (
        "2024年工作回顾\n地区生产总值增长5.5%。\n城镇新增就业2100人。\n"
        "2025年主要预期目标\n地区生产总值增长6%左右。\n城镇新增就业2000人以上。\n"
    )
    got = [(t.value, t.unit, t.year) for t in extract(text).targets]
    assert got == [(6, "%", 2025), (2000, "人", 2025)]


def test_past_paragraph_carries_to_next_sentence() -> None:
    text = (
        "2024年全县经济发展取得显著成效。地区生产总值达到180亿元、增长6%。\n"
        "2025年主要预期目标是:地区生产总值增长6.5%。"
    )
    got = [(t.value, t.year) for t in extract(text).targets]
    assert got == [(6.5, 2025)]


def test_traditional_script_works_and_quotes_are_original() -> None:
    text = "2025年主要預期目標:城鎮新增就業1200萬人以上,居民消費價格漲幅2%左右。"
    res = extract(text)
    assert [(t.indicator, t.unit, t.comparator) for t in res.targets] == [
        ("城镇新增就业", "萬人", ">="),
        ("居民消费价格", "%", "~"),
    ]
    for t in res.targets:
        assert text[t.start : t.end] == t.quote


def test_milestones() -> None:
    text = (
        "2025年,全县将加快创建省级全域旅游示范县,开工建设城北污水处理厂,"
        "积极推动城际铁路规划选址,县体育中心将于年底建成投用。"
        "基本建成现代产业体系,建立长效机制,推进产业园区建设。"
    )
    got = [m.indicator for m in extract(text).milestones]
    assert got == [
        "创建省级全域旅游示范县",
        "开工建设城北污水处理厂",
        "城际铁路规划选址",
        "县体育中心建成投用",
    ]


WORK_MILESTONES = [
    (
        "2026年重点工作:年底前完成城南污水处理厂提标改造工程。",
        ["完成城南污水处理厂提标改造工程"],
        "完成 a named work",
    ),
    (
        "2026年重点工作:力争10月底前县档案馆新馆投入使用。",
        ["县档案馆新馆投入使用"],
        "put into use, with a time",
    ),
    (
        "2026年重点工作:尽快启动老城区雨污分流改造。",
        ["启动老城区雨污分流改造"],
        "启动 a named work",
    ),
    (
        "2026年重点工作:动工建设县第三实验学校。",
        ["动工建设县第三实验学校"],
        "动工建设 like 开工建设",
    ),
    ("2026年重点工作:启动实施产业集群培育工程。", [], "a programme, not a work"),
    ("2026年重点工作:完成一批老旧小区改造。", [], "a generic object"),
    ("2026年重点工作:加快推进滨江公园建设。", [], "ongoing, not checkable"),
]


@pytest.mark.parametrize("text,expected,reason", WORK_MILESTONES)
def test_works_started_finished_or_put_into_use(
    text: str, expected: list[str], reason: str
) -> None:
    assert [m.indicator for m in extract(text).milestones] == expected, reason


def test_projects() -> None:
    text = (
        "今年将统筹推动一中、妇幼保健院整体搬迁工作,持续抓好“两园一区”基础设施和公共服务体系建设。"
    )
    names = [p.name for p in extract(text).projects]
    assert names == ["一中整体搬迁", "妇幼保健院整体搬迁", "两园一区基础设施"]


AGES = [
    (H + "人均预期寿命达到79.5岁。", [(79.5, "岁")], "an age is a measured level"),
    (H + "全县人均預期壽命提高到80歲以上。", [(80, "歲")], "traditional script, 以上"),
    (H + "65岁以上老年人健康管理率达到72%。", [(72, "%")], "an age before a noun names a group"),
    (H + "3周岁以下婴幼儿托位新增500个。", [(500, "个")], "周岁 before a noun"),
    (H + "老劳模享年91岁,县里举行追思会。", [], "a person's age is a fact"),
]


@pytest.mark.parametrize("text,expected,reason", AGES)
def test_ages(text: str, expected: list[tuple[float, str]], reason: str) -> None:
    got = [(float(t.value), t.unit) for t in extract(text).targets]
    assert got == expected, reason


SAME_PERIOD = [
    ("1至9月,全县规上工业增加值同比增长8.2%,高于全市平均。", [], "同比: a measured outcome"),
    (H + "力争社会消费品零售总额同比增长9%。", [(9.0, True)], "a goal word before 同比 keeps it"),
    (H + "社会消费品零售总额增长9%。", [(9.0, True)], "a plain change is a goal"),
]


@pytest.mark.parametrize("text,expected,reason", SAME_PERIOD)
def test_same_period_changes_report_outcomes(
    text: str, expected: list[tuple[float, bool]], reason: str
) -> None:
    assert [(float(t.value), t.growth) for t in extract(text).targets] == expected, reason


HORIZONS = [
    (
        H + "\n到2030年,全县5G基站达到800个。森林覆盖率达到70%。",
        [2030, 2030],
        "an opening horizon frames the rest of its paragraph",
    ),
    (
        H + "\n到2030年,全县5G基站达到800个。\n森林覆盖率达到70%。",
        [2030, 2025],
        "a new paragraph starts afresh",
    ),
]


@pytest.mark.parametrize("text,expected,reason", HORIZONS)
def test_an_opening_horizon_scopes_its_paragraph(
    text: str, expected: list[int], reason: str
) -> None:
    assert [t.year for t in extract(text).targets] == expected, reason
