"""Figure forms, results and names added in session 11 (issue 14): number forms seen in real
texts (spaced thousands, 万 with a remainder, tenths, thousands before a count), what is not a
goal (progress against a task, a work's span, a streak, a change's starting level, a base,
page furniture, 预计 before an outcome) and indicator names without noise.

Each case is (text, expected, reason); the sentences are written for these tests, in the
language of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from rule_table import targets

PROGRESS_AND_RECORDS = [
    (
        "2026年全县工作要点。上半年全县固定资产投资完成年度任务的62.5%,税收超出年度计划8.3%;"
        "全年力争固定资产投资增长9%。",
        [9],
        "a share of a task already done reports progress",
    ),
    (
        "2026年全县工作要点。城乡供水一体化项目涉及9个乡镇,新建水厂2座。",
        [2],
        "what a work spans describes it",
    ),
    (
        "2026年全县工作要点。我县营商环境评价连续4年排名全市第一,今年力争连续5年保持全市前三。",
        [3],
        "a streak kept is a record; a streak set as a goal is a target",
    ),
]


@pytest.mark.parametrize("text,expected,reason", PROGRESS_AND_RECORDS)
def test_progress_spans_and_records_are_no_goals(
    text: str, expected: list[float], reason: str
) -> None:
    assert [t["value"] for t in targets(text)] == expected, reason


def test_a_share_in_tenths_is_a_figure() -> None:
    text = (
        "2026年全市农业工作要点。到2030年,本地蔬菜产量占本地消费不少于三成,"
        "渔业产量约占一成;政策一成不变,建成两成片区。"
    )
    got = [(t["comparator"], t["value"], t["unit"]) for t in targets(text)]
    assert got == [(">=", 3, "成"), ("~", 1, "成")], "一成不变 and 建成 hold no share"


NUMBER_FORMS = [
    (
        "2026年施政要点:未来五年新增资助安老宿位约3 500个,其中1 200个将于明年投入服务。",
        [(3500, "个"), (1200, "个")],
        "a space between groups of thousands is one number",
    ),
    (
        "2026年工作目标:到2028年全市新增公共租赁住房3万2500户。",
        [(32500, "万户")],
        "ten-thousands and the remainder are one number",
    ),
    (
        "2026年工作目标:明年起高龄津贴将由每月1,500元增加三分之一至2,000元。",
        [(2000, "元")],
        "the level a change starts from and a fraction are no goals",
    ),
    (
        "2026年工作目标:在5个省级试点乡镇的基础上建设20个垃圾分类示范乡镇。",
        [(20, "个")],
        "a figure inside 在…基础上 is what the goal builds on",
    ),
    (
        "县里出台养老新政\n本篇文章420字,读完约2分钟\n2026年,全县将新增养老床位300张。",
        [(300, "张")],
        "a page's reading-time line is furniture",
    ),
    (
        "2026年工作目标。统计至今年3月底,全县建成充电桩860个;今年力争新建充电桩500个。",
        [(500, "个")],
        "a total counted to a date this year is a result",
    ),
]


@pytest.mark.parametrize("text,expected,reason", NUMBER_FORMS)
def test_number_forms_and_where_figures_start(
    text: str, expected: list[tuple[float, str]], reason: str
) -> None:
    assert [(t["base_value"], t["unit"]) for t in targets(text)] == expected, reason


def test_names_drop_enclosing_quotes_and_republic_of_china_years() -> None:
    text = "2026年全区能源工作目标:全年实现“西电东送”1500亿千瓦时。115年至116年再兴办社宅1.8万户。"
    names = [t["indicator"] for t in targets(text)]
    assert names[0] == "西电东送"
    assert len(names) == 2 and "115" not in names[1] and "社宅" in names[1], names


def test_a_change_named_after_its_figure_is_growth() -> None:
    text = (
        "2026年全县工作目标:确保今年地区生产总值实现8%以上的增速,"
        "文化产业增加值保持不低于15%的年平均增长率,森林覆盖率保持在60%以上。"
    )
    got = [(t["indicator"], t["growth"]) for t in targets(text)]
    assert got == [("地区生产总值", True), ("文化产业增加值", True), ("森林覆盖率", False)]


def test_a_most_read_list_heading_is_furniture() -> None:
    text = "2026年全县工作目标:新建幼儿园6所。\n24小时热评排行\n1 某地新闻"
    assert [t["value"] for t in targets(text)] == [6]


PLANNED_AND_THOUSANDS = [
    (
        "2026年住房工作要点。全市预计至2028年新增保障性租赁住房2千户,预计全年房价上涨3%。",
        [(2000, "千户", "新增保障性租赁住房")],
        "预计 before the government's own action is a plan; before an outcome, a forecast",
    ),
    (
        "2026年住房工作要点。预计2029年完成公租房与共有产权房共5万户、租金补贴3万户目标。",
        [(50000, "万户", "公租房与共有产权房"), (30000, "万户", "租金补贴")],
        "a total's word and a goal word are not names",
    ),
]


@pytest.mark.parametrize("text,expected,reason", PLANNED_AND_THOUSANDS)
def test_planned_actions_thousands_and_clean_names(
    text: str, expected: list[tuple[float, str, str]], reason: str
) -> None:
    got = [(t["base_value"], t["unit"], t["indicator"]) for t in targets(text)]
    assert got == expected, reason


NAME_NOISE = [
    (
        "2026年全市养老工作目标:改造升级不少于50栋城市社区综合服务设施和30栋村级综合服务设施。",
        ["城市社区综合服务设施", "村级综合服务设施"],
        "a conjunction ends no name",
    ),
    ("2026年港口工作目标:集装箱方面,力争完成168万标箱。", ["集装箱"], "nor does 方面"),
    (
        "2026年健康工作目标:到2030年,全省人均预期寿命达到79岁,2035年进一步增长到80岁。",
        ["人均预期寿命", "人均预期寿命"],
        "an adverb alone is no name; the subject carries on",
    ),
]


@pytest.mark.parametrize("text,expected,reason", NAME_NOISE)
def test_names_without_noise(text: str, expected: list[str], reason: str) -> None:
    assert [t["indicator"] for t in targets(text)] == expected, reason


def test_power_in_si_letters_and_a_two_year_span_out_of_names() -> None:
    text = "2026年能源工作目标:今明两年储能并网目标为3GW、4GW;5G基站达到800个,年发电量12TWh。"
    got = [(t["value"], t["unit"], t["indicator"]) for t in targets(text)]
    assert got == [
        (3, "GW", "储能并网"),
        (4, "GW", "储能并网"),
        (800, "个", "5G基站"),
        (12, "TWh", "年发电量"),
    ], "5G stays a word, not 5 units of G"
