"""Rules written in session 15 (issue 14): indicator names that keep the text's own words.

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from pacesetter_extraction import extract
from rule_table import H, targets

NAMES = [
    (
        H + "明年全县GDP力争增长6.5%,一般公共预算收入增长5%。",
        ["GDP", "一般公共预算收入"],
        "an abbreviation the text uses is the name a plan office reads back (not 地区生产总值)",
    ),
    (
        H + "今年湘潭GDP目标增长5.5%左右。",
        ["湘潭GDP"],
        "a place before GDP stays with it",
    ),
    (
        H + "地铁年底前运营里程达到420公里,2023年-2027年期间计划完成投资600亿元。",
        ["地铁运营里程", "投资"],
        "a deadline and a span of years are times, no part of the name",
    ),
    (
        H + "到2025年,带动全市文旅产业总规模超过800亿元。",
        ["文旅产业总规模"],
        "what a goal drives (带动…) is measured",
    ),
    (
        H + "全年计划完成生产总值520亿元,完成投资300亿元,完成率100%。",
        ["生产总值", "投资", "完成率"],
        "完成 before a quantity is the verb (as 实现 is); 完成率 is a rate",
    ),
    (
        H + "特区政府将增加约三亿元经常拨款,政府投资项目年度投资达到80亿元。",
        ["经常拨款", "政府投资项目年度投资"],
        "who acts (政府将…) and a funding verb are no name, the money's noun is; 政府投资 is one",
    ),
    (
        H + "今年将提供150万平方米、3万套的公租房。",
        ["公租房", "公租房"],
        "what figures without a name count follows them after 的",
    ),
    (
        "发布时间:2022-06-01\n全市口袋公园数量今年底有望达到320个以上,2025年拟达到500个以上。",
        ["口袋公园数量", "口袋公园数量"],
        "a hope (有望) and a plan's 拟 after the name are no part of it",
    ),
    (
        H + "今年优质稻发展到150万亩以上,其中30位所得达100万元以上,建成20个达标村。",
        ["优质稻", "所得", "所得", "建成达标村"],
        "发展到 and a trailing 达 are verbs, not names (达标 stays)",
    ),
    (
        H + "今年中国GDP增长预期目标为5%左右。",
        ["国内生产总值"],
        "the country's GDP keeps its statistical name",
    ),
    (
        H + "城镇居民、农村居民人均消费支出分别增长5%和6.5%。",
        ["城镇居民人均消费支出", "农村居民人均消费支出"],
        "items that end alike share what the last goes on with",
    ),
    (
        H
        + "稻、麦、经济作物面积分别达到30万亩、12万亩、8万亩;菜、果、中药材产量分别增长6%、8%、10%。",
        [
            "稻面积",
            "麦面积",
            "经济作物面积",
            "菜产量",
            "果产量",
            "中药材产量",
        ],
        "a one-character item names a product and takes the measure the last one ends in",
    ),
    (
        H + "城镇居民、农村居民人均可支配收入分别增长6%,、7.5%。",
        ["城镇居民人均可支配收入", "农村居民人均可支配收入"],
        "a stray comma before a list's 、 does not end the list",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), NAMES, ids=[c[2][:40] for c in NAMES])
def test_indicator_names(text: str, expected: list[str], reason: str) -> None:
    assert [t["indicator"] for t in targets(text)] == expected, reason


def test_a_line_ending_on_a_whole_figure_is_an_item_not_a_wrapped_sentence() -> None:
    text = (
        "2024年2月1日\n新增公办幼儿园学位1200个、普惠性托育机构托位300个以上\n改造提升农贸市场4个\n"
    )
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert got == [
        ("新增公办幼儿园学位", 1200),
        ("普惠性托育机构托位", 300),
        ("改造提升农贸市场", 4),
    ], "the next line's verb is no part of the item before it"


def test_a_wrapped_sentence_still_joins_across_the_break() -> None:
    text = (
        "2024年2月1日\n"
        "今年全县将持续推进城乡供水一体化工程建设,计划新建\n"
        "供水管网120公里,农村自来水普及率达到98%。\n"
    )
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert got == [("新建供水管网", 120), ("农村自来水普及率", 98)]


def test_an_undated_headline_takes_the_year_the_story_gives_its_figure() -> None:
    text = (
        "发布时间:2023-06-02\n"
        "规划提出全市森林覆盖率将达68%以上\n"
        "记者 王东\n"
        "根据规划,到2030年,全市森林覆盖率达到68%以上,湿地保护率达到55%。\n"
    )
    assert [t["year"] for t in targets(text)] == [2030, 2030, 2030]


def test_a_headline_with_its_own_year_keeps_it() -> None:
    text = (
        "发布时间:2023-06-02\n"
        "到2025年全市森林覆盖率将达68%以上\n"
        "根据规划,到2025年,全市森林覆盖率达到68%以上;到2035年,全市森林覆盖率达到68%以上。\n"
    )
    assert [t["year"] for t in targets(text)][0] == 2025


OPENINGS = [
    ("2023年10月5日\n新建的社区文体中心预计11月底正式运行。", True, "a centre running for good"),
    ("2023年10月5日\n区里两所新建公办幼儿园将于9月开办。", True, "new schools opened"),
    ("2023年10月5日\n全区供水管网运行平稳。", False, "running smoothly is no event"),
]


@pytest.mark.parametrize(("text", "event", "reason"), OPENINGS, ids=[c[2] for c in OPENINGS])
def test_openings_are_milestones(text: str, event: bool, reason: str) -> None:
    assert bool(extract(text).milestones) is event, reason


SHARES = [
    (
        H + "到2025年,30%的县区、45%的乡镇、60%的村居完成市级文明创建。",
        [
            "完成市级文明创建的县区比例",
            "完成市级文明创建的乡镇比例",
            "完成市级文明创建的村居比例",
        ],
        "each share of a list is of its own noun and they share the last one's verb",
    ),
    (
        H + "到2025年,25%的社区创建成为市级绿色社区。",
        ["创建成为市级绿色社区的社区比例"],
        "创建 and 完成 say what a share of places does",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), SHARES, ids=[c[2][:40] for c in SHARES])
def test_shares_of_places(text: str, expected: list[str], reason: str) -> None:
    assert [t["indicator"] for t in targets(text)] == expected, reason


def test_works_listed_before_respectively_are_one_milestone_each() -> None:
    text = (
        "2024年10月16日\n"
        "东涌站和南港岛线西段分别于今年内和明年动工。"
        "大埔站、北线主线及沙岭站会在今年相继落成。"
        "位于观塘和荃湾的两间康健中心预计分别于未来两年开始营运。\n"
    )
    assert [m.indicator for m in extract(text).milestones] == [
        "东涌站动工",
        "南港岛线西段动工",
        "大埔站落成",
        "北线主线落成",
        "沙岭站落成",
        "两间康健中心开始营运",
    ]


def test_named_works_before_a_count_of_them_are_one_milestone_each() -> None:
    text = "2019年10月16日\n东湖园、西岸园(均为暂定名)等多所公办幼儿园将于2020年开办。\n"
    assert [m.indicator for m in extract(text).milestones] == ["东湖园开办", "西岸园开办"]


DESCRIBED = [
    ("到2025年,把新城建设成为市民的幸福家园。", False, "whose home it is describes, no title"),
    ("今年要打造成为省城的后花园。", False, "what kind of place, no title"),
    ("到2025年,建成国际旅游目的地和国家全域旅游示范区。", True, "目的地 is a word, not X的Y"),
    ("环境局将成立新的碳中和办公室。", True, "新的…办公室 still names one"),
    ("按照启动、推进、提升的思路开展工作。", False, "a way of working is no event"),
]


@pytest.mark.parametrize(("text", "event", "reason"), DESCRIBED, ids=[c[2][:40] for c in DESCRIBED])
def test_kinds_and_ways_are_no_milestones(text: str, event: bool, reason: str) -> None:
    assert bool(extract("2023年3月1日\n" + text).milestones) is event, reason


PUBLISHED = [
    (
        "明年发布及实施《全市防灾减灾中长期规划(2024-2030)》。",
        True,
        "a titled plan to be published",
    ),
    ("年内将出台《全县乡村振兴实施方案》。", True, "a titled scheme to be issued"),
    ("近日,省政府印发《全省乡村振兴实施方案》。", False, "news of a document issued"),
    ("根据《意见》要求,市城管委发布《全市绿地系统规划》。", False, "要求 is no pledge"),
    ("明年建成第三条跨江供水管道。", True, "a pipeline built is a facility"),
    ("屯门项目预计最快在2025年第一季度落成。", True, "a quarter of a year to come is no past"),
    (
        "城区部分雨水管道建设预计在明年汛期前完成。",
        True,
        "a named work's construction completed by a date",
    ),
]


@pytest.mark.parametrize(("text", "event", "reason"), PUBLISHED, ids=[c[2][:40] for c in PUBLISHED])
def test_titled_documents_pipelines_and_works_done(text: str, event: bool, reason: str) -> None:
    assert bool(extract("2023年10月9日\n" + text).milestones) is event, reason


def test_a_text_naming_only_deadlines_is_dated_by_its_name() -> None:
    text = (
        "县交通运输系统将认真贯彻落实会议精神。\n"
        "一是攻坚项目提进度。力争城北快速路2026年建成通车,311国道2027年完工。今年新改建农村公路80公里。\n"
    )
    out = extract(text, name="xx-2026-transport-bureau.txt")
    assert [(m.indicator, m.year) for m in out.milestones] == [
        ("城北快速路建成通车", 2026),
        ("311国道完工", 2027),
    ]
    assert [t.year for t in out.targets] == [2026], "今年 is the name's year, not a deadline's"


def test_a_cited_plan_the_text_names_for_short_is_its_own() -> None:
    text = (
        "发布时间:2023-09-14\n"
        "记者从省政府获悉,该省实施《全省体育强省建设三年行动(2023—2025年)》(以下简称《三年行动》)。"
        "《三年行动》提出,新建体育公园60个,培育体育企业100家以上。\n"
    )
    assert [t["year"] for t in targets(text)] == [2025, 2025]
