"""Figure and name rules added for texts the extractor had never seen (issue 14): forms of
figures, what is not a goal, growth, shares, ranks and indicator names.

Each case is (text, expected, reason); the sentences are written for these tests, in the
language of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from rule_table import H, targets

RATE_OF_CHANGE = [
    (H + "经济增长率7%左右。", True, "增长率 of the economy is a change"),
    (H + "消费品零售额成长率不低于8%。", True, "成长率 (Taiwan usage) is a change"),
    (H + "居民消费价格上涨率控制在3%以内。", True, "上涨率 is a change"),
    (H + "人口自然增长率控制在6‰以内。", False, "自然增长率 is a demographic rate"),
]


@pytest.mark.parametrize("text,growth,reason", RATE_OF_CHANGE)
def test_rates_named_by_a_change_are_growth(text: str, growth: bool, reason: str) -> None:
    (t,) = targets(text)
    assert t["growth"] is growth, reason


SPECIFICATIONS = [
    (
        "2026年将开工建设县第二人民医院,占地面积80亩,设置床位500张,总投资6亿元。",
        [],
        "the size of a described facility is not a goal",
    ),
    (
        "2026年新建城东小学,按36个教学班规模建设。",
        [],
        "a count the school is built to",
    ),
    (
        "2026年全县新增床位300张,完成投资12亿元。",
        [(300, "张"), (12, "亿元")],
        "the same nouns after a goal verb are goals",
    ),
    (
        "2026年财政赤字拟按2.8%安排。",
        [(2.8, "%")],
        "a rate 按…安排 is an allocation",
    ),
]


@pytest.mark.parametrize("text,expected,reason", SPECIFICATIONS)
def test_facility_specifications_are_not_targets(
    text: str, expected: list[tuple[float, str]], reason: str
) -> None:
    assert [(t["value"], t["unit"]) for t in targets(text)] == expected, reason


ALTERNATIVE_VERBS = [
    (H + "改(扩)建农村公路120公里。", "改(扩)建农村公路"),
    (H + "新(改)建村级卫生室15个。", "新(改)建村级卫生室"),
]


@pytest.mark.parametrize("text,indicator", ALTERNATIVE_VERBS)
def test_a_verb_with_its_alternative_in_brackets_is_kept(text: str, indicator: str) -> None:
    (t,) = targets(text)
    assert t["indicator"] == indicator


FIGURE_FORMS = [
    (H + "孕产妇死亡率控制在15/10万以下。", [("孕产妇死亡率", 15, "/10万", "<=")], "per 100,000"),
    (H + "结核病发病率降至10万分之50。", [("结核病发病率", 50, "/10万", "=")], "X万分之Y"),
    (
        H + "城镇居民人均可支配收入达到52,000元。",
        [("城镇居民人均可支配收入", 52000, "元", "=")],
        "thousands grouped by commas",
    ),
    (
        H + "农村自来水普及率由86%提高到92%。",
        [("农村自来水普及率", 92, "%", "=")],
        "由X提高到Y: X is the baseline",
    ),
    (
        H + "力争每年新建一个省级森林乡镇。",
        [("新建省级森林乡镇", 1, "个", "=")],
        "a count a creating verb governs, in Chinese numerals",
    ),
    (H + "实施三大工程。", [], "an enumeration in Chinese numerals stays none"),
    (H + "建成城市社区15分钟生活圈。", [], "a reach that names a circle"),
    (
        H + "每周参加1次及以上体育锻炼人数比例达到40%。",
        [("每周参加1次及以上体育锻炼人数比例", 40, "%", "=")],
        "a threshold inside a name is not a figure of its own",
    ),
]


@pytest.mark.parametrize("text,expected,reason", FIGURE_FORMS)
def test_figure_forms(text: str, expected: list[tuple], reason: str) -> None:
    got = [(t["indicator"], t["value"], t["unit"], t["comparator"]) for t in targets(text)]
    assert got == expected, reason


def test_repeated_pinyin_brackets_are_debris() -> None:
    text = "2026年目標:農(nong)(nong)村(cun)(cun)自來水普及率達(da)(da)到95%。"
    (t,) = targets(text)
    assert (t["indicator"], t["value"]) == ("农村自来水普及率", 95)


NAMES = [
    (
        H + "公共租赁住房供应量将达1.2万个单位。",
        "公共租赁住房供应量",
        "a quantity noun is not replaced by the counted noun",
    ),
    (H + "新增保障性住房2000套……", "新增保障性住房", "an ellipsis ends the counted noun"),
    (
        "2026年工作会议上,省卫生厅提出全省孕产妇死亡率降至12/10万。",
        "孕产妇死亡率",
        "the speaker is not the subject",
    ),
    (
        "全县发展规划 3年后森林覆盖率达到70%。",
        "森林覆盖率",
        "a headline before a space and 3年后 are not the subject",
    ),
    (H + "单位产值能耗比上年下降3%。", "单位产值能耗", "比上年 opens the comparison base"),
    (H + "普惠性幼儿园占比达到85%。", "普惠性幼儿园占比", "占比 keeps its 比"),
    ("2026年在现有基础上新增公交线路10条。", "新增公交线路", "基础上 is not part of the name"),
    (
        "2026年全市体育工作。到2030年,经常参加体育锻炼人数在2025年的基础之上增加50万人。",
        "经常参加体育锻炼人数增加",
        "a dated base (在…的基础之上) is cut out of the name, whatever stands before it",
    ),
    (
        "2026年全市健康规划。到2030年,全市人均预期寿命从2025年的80.1岁增长到81岁。",
        "人均预期寿命",
        "where a change starts from (从2025年的80.1岁) is no part of the name",
    ),
    (
        "2026年。省交通集团长远目标是2030年高速公路里程达到1.2万公里。",
        "高速公路里程",
        "whose goal it is stands before 目标是; what is measured after it",
    ),
    (H + "人均GDP超过9万元。", "人均GDP", "per-capita GDP is not the region's product"),
    (
        H + "城际铁路覆盖70%以上的县城。",
        "城际铁路覆盖县城比例",
        "a share of what a coverage verb reaches, named after the figure",
    ),
    (
        "2026年主要目标:到2030年,地表水达到或好于Ⅲ类水体比例达到90%。",
        "地表水达到或好于Ⅲ类水体比例",
        "a standard met (达到或好于) is part of the name",
    ),
    ("2026年主要目标:力拼电动公交车占比达到80%。", "电动公交车占比", "力拼 strives, like 力争"),
]


@pytest.mark.parametrize("text,indicator,reason", NAMES)
def test_indicator_names(text: str, indicator: str, reason: str) -> None:
    (t,) = targets(text)
    assert t["indicator"] == indicator, reason


def test_a_part_is_named_without_its_share_verb() -> None:
    text = "2026年主要目标:全年铁路投资8000亿元,其中国家铁路占7000亿元。"
    assert [t["indicator"] for t in targets(text)] == ["铁路投资", "国家铁路"]


REACHES = [
    (H + "构建都市区1小时通勤、城市群2小时通达的交通圈。", [], "a reach without a destination"),
    (H + "实现县城30分钟到达高铁站。", [(30, "分钟")], "a travel time to a place is a goal"),
    (H + "家庭医生签约服务率≥75%。", [(75, "%")], "≥ is 不低于"),
    (
        "2026年施政报告发布。公营房屋供应较本届政府上任时增加约50%。",
        [],
        "a change since a past moment",
    ),
]


@pytest.mark.parametrize("text,expected,reason", REACHES)
def test_reaches_signs_and_changes_since(
    text: str, expected: list[tuple[float, str]], reason: str
) -> None:
    assert [(t["value"], t["unit"]) for t in targets(text)] == expected, reason
    if expected and "≥" in text:
        assert targets(text)[0]["comparator"] == ">="


def test_hard_line_breaks_inside_a_sentence_are_joined() -> None:
    text = (
        "到2030年,全省生态环境质量保持全国领先水平,细颗\n"
        "粒物年均浓度不高于15微克/立方米,近岸海域水质优良率\n"
        "在98%以上。\n"
    )
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert got == [("细颗粒物年均浓度", 15), ("近岸海域水质优良率", 98)]


MORE_NAMES = [
    (H + "守住120万亩永久基本农田。", "永久基本农田", "守住 is a value verb"),
    (
        H + "新建公交枢纽换乘时间小于5分钟。",
        "新建公交枢纽换乘时间",
        "a comparator word is no part of a name",
    ),
    (
        "“十五五”综合交通运输力争完成投资5000亿元。",
        "综合交通运输投资",
        "a plan period and 力争 are no part of a name",
    ),
]


@pytest.mark.parametrize("text,indicator,reason", MORE_NAMES)
def test_more_indicator_names(text: str, indicator: str, reason: str) -> None:
    (t,) = targets(text)
    assert t["indicator"] == indicator, reason


def test_an_amount_in_two_magnitudes_is_one_figure() -> None:
    (t,) = targets(H + "全年完成交通投资1亿3,000万元。")
    assert (t["value"], t["unit"], t["base_value"]) == (1.3, "亿元", 130000000)


def test_at_least_may_govern_a_short_verb() -> None:
    (t,) = targets(H + "每个乡镇至少建成2个村级托育点。")
    assert (t["value"], t["comparator"]) == (2, ">=")


SHARES = [
    (H + "全县90%的行政村以硬化路连通。", "以硬化路连通的行政村比例"),
    (H + "80%乡镇实现15分钟内上高速。", "15分钟内上高速的乡镇比例"),
    (H + "60%的规上企业有研发机构。", "有研发机构的规上企业比例"),
]


@pytest.mark.parametrize("text,indicator", SHARES)
def test_a_share_told_after_its_figure(text: str, indicator: str) -> None:
    (t,) = targets(text)
    assert t["indicator"] == indicator


RANKS = [
    (
        H + "全县营商环境评价排名全市前五。",
        ("营商环境评价排名", 5, "名", "<="),
        "top five: rank at most 5",
    ),
    (
        H + "县域经济综合排名前进不少于2个位次。",
        ("县域经济综合排名", 2, "个位次", ">="),
        "places to climb",
    ),
    (H + "工业投资增速位居全省第一。", ("工业投资增速全省排名", 1, "名", "="), "a place to hold"),
    (H + "力争跻身全国百强县前50位。", ("全国百强县排名", 50, "位", "<="), "跻身…前50位"),
]


@pytest.mark.parametrize("text,expected,reason", RANKS)
def test_rank_targets(text: str, expected: tuple, reason: str) -> None:
    (t,) = targets(text)
    assert (t["indicator"], t["value"], t["unit"], t["comparator"]) == expected, reason


def test_a_bare_fall_is_growth() -> None:
    (t,) = targets(H + "單位GDP能耗每年降3%。")
    assert (t["indicator"], t["growth"], t["value"]) == ("单位GDP能耗", True, 3)


COMPARED_ATTRIBUTES = [
    (H + "新建公交枢纽换乘距离小于200米。", [(200, "米", "<")], "a distance compared is a goal"),
    (H + "新建滨江公路全长30公里。", [], "a length told is an attribute"),
    (H + "全年经济增长目标订在5%。", [(5, "%", "=")], "订在 sets a level"),
]


@pytest.mark.parametrize("text,expected,reason", COMPARED_ATTRIBUTES)
def test_compared_attributes(text: str, expected: list[tuple], reason: str) -> None:
    assert [(t["value"], t["unit"], t["comparator"]) for t in targets(text)] == expected, reason


# Figures read in their place (session 9). Each case fails without its rule.
IN_PLACE = [
    (H + "城市生活垃圾回收利用率逾40%。", [(">", 40)], "逾 is more than"),
    (
        H + "力争数字经济核心产业产值过千亿元,经过3年努力,培育营业收入过百亿的企业5家。",
        [(">", 1000), ("=", 5)],
        "过 a sum is more than it; 经过 is not, and 过百亿的企业 names the firms",
    ),
    (
        "2025年全省林业工作意见。到2030年,生态保护修复取得明显成效,全省森林覆盖率达到52%。",
        [("=", 52)],
        "an achievement word after a horizon is what the plan aims at, not a result",
    ),
    (
        "2026年。集团总长远规划全省高速公路里程达到1.2万公里。全长30公里的滨江大道今年建成通车。",
        [("=", 1.2)],
        "an attribute word (全长) stands by its figure; one far before it is another word",
    ),
    (
        "2026年全县公路建设目标:在现有通车里程800公里的基础上新增农村公路120公里。",
        [("=", 120)],
        "the figure a 在…基础上 clause builds on is a base",
    ),
    (
        "2026年镇人代会召开,经过各村86名人大代表的票决,全年新建村级养老服务站6个。",
        [("=", 6)],
        "a count of delegates is a fact of the meeting",
    ),
    (
        "2026年全市健康规划。到2035年,孕产妇死亡率从2020年的12/10万降到2035年的≤8/10万。",
        [("<=", 8)],
        "a dated start (从2020年的…) is a base; 降到 the goal year is a level",
    ),
    (
        H + "全县城镇登记失业率由去年4.1%降至今年3.9%,全年城镇登记失业率控制在4.5%以内。",
        [("<=", 4.5)],
        "this year's value told as a change from last year's is a result",
    ),
    (
        H + "今年全县规上工业产值前3季增长9.2%,全年力争规上工业产值增长8%。",
        [("=", 8)],
        "the first quarters of the year are gone",
    ),
    (
        H + "县长曾提出在任内实现生产总值翻番、年均增长9%。今年生产总值增长7%。",
        [("=", 7)],
        "曾 tells what was once said",
    ),
    (
        H + "实施老旧小区改造项目,将投入资金600万元,改造老旧小区12个;完成旅游总投入5亿元。",
        [("=", 12), ("=", 5)],
        "money put into a work is its budget; 完成总投入 is a goal",
    ),
    (
        H + "举办桃花节、荷花节、丰收节等节庆活动3个,新建甲村、乙村等5个村级公园,"
        "形成纺织、机械等2个百亿级产业。",
        [("=", 5), ("=", 2)],
        "a count equal to the names listed restates them, unless it counts more or is created",
    ),
    (
        H + "全县共安排重点项目60个,其中交通项目20个;在60个重点项目中,产业项目30个。"
        "全年完成重点项目投资90亿元。",
        [("=", 90)],
        "the plan's own project list and its breakdown are no goals",
    ),
    (
        H + "新建城北幼儿园,设计面积约8000平方米,可满足540名幼儿入园;新建50兆瓦风电场项目;"
        "建设长800米宽12米的滨河步道;全县新增学位2000个。",
        [("=", 2000)],
        "a facility's capacity, dimensions and sizing figure are its description",
    ),
    (
        "2026年全国健康规划解读。人均预期寿命在2020年至2025年,从78.2岁提高至79岁。"
        "到2030年人均预期寿命达到80岁。",
        [("=", 80)],
        "the end of a past span (2020年至2025年) is no horizon",
    ),
    (
        "2026年施政报告。现时全港有15间独角兽企业,目标由现时的2%,到2030年增至5%。",
        [("=", 5)],
        "现时 tells the present, also as a base",
    ),
    (
        H + "新建6所小学,共计72个标准班级,6所小学均为公办学校;其中城东、城西等2个片区各1所;"
        "全县500万元以上项目开工120个。",
        [("=", 6), ("=", 120)],
        "what a set of facilities all are, its classes, the breakdown of its total and a "
        "threshold naming what is counted are no goals",
    ),
]


@pytest.mark.parametrize("text,expected,reason", IN_PLACE)
def test_figures_read_in_their_place(
    text: str, expected: list[tuple[str, float]], reason: str
) -> None:
    assert [(t["comparator"], t["value"]) for t in targets(text)] == expected, reason


def test_a_count_sizing_the_set_a_thing_belongs_to_is_no_goal() -> None:
    text = (
        "2026年全县文旅工作要点。县城古街是全省12条历史文化名街之一,今年力争接待游客突破300万人次。"
    )
    assert [t["value"] for t in targets(text)] == [300], "12 sizes the set (之一)"
