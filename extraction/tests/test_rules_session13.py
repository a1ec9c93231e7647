"""Rules written in session 13 (issue 14) about figures and their names: counts of works in
Chinese numerals, goals set at a figure, units (标准箱, 分, 倍, 番, 盏, ㎡, decimal years), figures a
text tells rather than aims at, and names without pledges, verbs, spans or brackets.

Each case is (text, expected, reason) or a test of its own; the sentences are written for these
tests, in the language of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from rule_table import H, targets

COUNTS = [
    (
        H + "年内完成两个片区的雨污分流工程。",
        [("=", 2, "个")],
        "a count of works finished is a figure even in Chinese numerals",
    ),
    (
        H + "明年上半年开工四个安置房项目。",
        [("=", 4, "个")],
        "a count of works started is a figure",
    ),
    (
        H + "全力打好三大攻坚战,完成五项重点改革。",
        [("=", 5, "项")],
        "三大 stays a slogan; the counted reforms after 完成 are a figure",
    ),
]


@pytest.mark.parametrize("text,expected,reason", COUNTS)
def test_counts_of_works(text: str, expected: list[tuple[str, float, str]], reason: str) -> None:
    got = [(t["comparator"], t["value"], t["unit"]) for t in targets(text)]
    assert got == expected, reason


GOALS_SET_AT = [
    (
        "会议明确,今年全市规模以上工业增加值增长目标确定为9%左右。",
        ("规模以上工业增加值", "~", 9, True),
        "a growth goal 确定为 a figure is growth, named by what grows",
    ),
    (
        "各乡镇一般公共预算收入预期增长目标均定为6%以上。",
        ("各乡镇一般公共预算收入", ">=", 6, True),
        "均定为 after the goal word; 预期 is the kind of goal, not part of the name",
    ),
    (
        "全市城乡居民人均可支配收入的增速目标设为7%。",
        ("城乡居民人均可支配收入", "=", 7, True),
        "设为 sets the goal as well; the change word leaves the name",
    ),
]


@pytest.mark.parametrize("text,expected,reason", GOALS_SET_AT)
def test_growth_goals_set_at_a_figure(
    text: str, expected: tuple[str, str, float, bool], reason: str
) -> None:
    got = [(t["indicator"], t["comparator"], t["value"], t["growth"]) for t in targets(text)]
    assert got == [expected], reason


def test_a_count_framed_as_a_task_counts_its_things() -> None:
    text = H + "全年将完成改造80个老旧小区和新建120个社区食堂的任务。"
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert ("社区食堂", 120) in [(i.removeprefix("新建"), v) for i, v in got], got


def test_a_count_of_aspects_stays_a_heading() -> None:
    assert targets(H + "重点抓好以下5个方面的工作任务。") == []


def test_container_throughput_in_standard_boxes() -> None:
    got = targets(H + "到2030年,港口集装箱吞吐量达到3000万标准箱以上。")
    assert [(t["comparator"], t["value"], t["unit"]) for t in got] == [(">=", 3000, "万标准箱")]


def test_shares_of_places_a_link_reaches_are_named_after_the_figure() -> None:
    text = H + "电商交易额增长15%;85%以上自然村通硬化路,70%的行政村通客车。"
    got = [(t["indicator"], t["value"], t["growth"]) for t in targets(text)]
    assert got == [
        ("电商交易额", 15, True),
        ("通硬化路的自然村比例", 85, False),
        ("通客车的行政村比例", 70, False),
    ]


def test_the_time_since_an_event_is_no_goal() -> None:
    text = "本报讯 时隔4个月又3天,这支救援队再次出征。" + H + "审批时限压缩至2个月以内。"
    got = [(t["indicator"], t["comparator"], t["value"], t["unit"]) for t in targets(text)]
    assert got == [("审批时限", "<=", 2, "个月")]


NAMES = [
    (H + "全市力争3年新增规模以上工业企业120家。", "新增规模以上工业企业"),
    (H + "未来十年公营房屋供应目标为30 000个单位。", "公营房屋供应"),
    (H + "全区至少能供应2000套人才公寓。", "人才公寓"),
]


@pytest.mark.parametrize("text,expected", NAMES)
def test_names_without_spans_and_with_supplies(text: str, expected: str) -> None:
    assert [t["indicator"] for t in targets(text)] == [expected]


SET_GOALS = [
    (
        "2026年,全区社会消费品零售总额可比增长6%。",
        [("社会消费品零售总额", "=", 6, "%", True)],
        "可比 (on a comparable basis) is no part of the name",
    ),
    (
        "到2030年,全市政务服务好评率保持在95分以上。",
        [("政务服务好评率", ">=", 95, "分", False)],
        "a score in 分",
    ),
    (
        "这件事十分重要。会议于上午9时30分开幕。",
        [],
        "十分 is 'very' and 9时30分 a clock time",
    ),
    (
        "今年全区旅游业已定下接待游客增长12%的目标。",
        [("旅游业接待游客", "=", 12, "%", True)],
        "a goal already set (已定下…的目标) is a goal, not a result",
    ),
    (
        "我县已经确定了今年粮食总产量达到200万吨的目标。",
        [("粮食总产量", "=", 200, "万吨", False)],
        "确定了…目标: setting the goal is no past result and no part of the name",
    ),
]


@pytest.mark.parametrize("text,expected,reason", SET_GOALS)
def test_goals_set_and_scores(
    text: str, expected: list[tuple[str, str, float, str, bool]], reason: str
) -> None:
    got = [
        (t["indicator"], t["comparator"], t["value"], t["unit"], t["growth"]) for t in targets(text)
    ]
    assert got == expected, reason


def test_a_goal_reached_stays_a_result() -> None:
    text = "2025年,全市已完成地区生产总值增长6%的目标。2026年力争增长6.5%。"
    assert [(t["value"], t["year"]) for t in targets(text)] == [(6.5, 2026)]


NOT_GOALS = [
    ("今年首九个月的旅游收入达到860亿元,明年预算旅游收入为1200亿元。", [1200]),
    ("前10个月全县完成工业投资45亿元。明年工业投资达到60亿元。", [60]),
    ("申报项目必须同时满足4个条件。明年新增项目12个。", [12]),
    ("违者由县政府处以2万元以上10万元以下罚款。明年执法检查覆盖率达到100%。", [100]),
]


@pytest.mark.parametrize("text,expected", NOT_GOALS)
def test_months_counted_conditions_and_fines_are_no_goals(text: str, expected: list[int]) -> None:
    assert [t["value"] for t in targets(text)] == expected


CLEAN_NAMES = [
    (H + "全年做到一般公共预算收入增长8%。", "一般公共预算收入"),
    (H + "今年棚户区改造要解决1.2万户。", "棚户区改造"),
    (H + "每名长者获派三千元。", "每名长者"),
    (H + "目标于2030年(民国119年)达成社会住宅完工2万户。", "达成社会住宅完工"),
    (H + "于都县新增城镇就业5000人。", "于都县新增城镇就业"),
    (H + "年内完成污水处理厂(二期)建设的60%。", "污水处理厂(二期)建设"),  # 完成 as 实现
]


@pytest.mark.parametrize("text,expected", CLEAN_NAMES)
def test_names_lose_pledges_verbs_and_empty_brackets(text: str, expected: str) -> None:
    assert [t["indicator"] for t in targets(text)] == [expected]


def test_not_less_and_not_more_than() -> None:
    got = targets(H + "护理型床位占比不小于55%,空置率不大于8%。")
    assert [(t["indicator"], t["comparator"], t["value"]) for t in got] == [
        ("护理型床位占比", ">=", 55),
        ("空置率", "<=", 8),
    ]


def test_the_last_kilometre_is_a_saying() -> None:
    assert targets(H + "打通农村物流“最后一公里”,新增村级服务站120个。") != []
    assert [t["value"] for t in targets(H + "打通农村物流“最后一公里”。")] == []


def test_at_least_before_a_space() -> None:
    got = targets(H + "到2028年 每个乡镇至少建成 一所养老服务中心。")
    assert [(t["comparator"], t["value"]) for t in got] == [(">=", 1)]


def test_a_count_of_those_who_each_act_is_no_goal() -> None:
    assert targets(H + "市级和12个区县分别建立家庭教育指导中心。") == []


RATE_NAMES = [
    (H + "到2030年,智慧医疗服务实现率超过85%。", "智慧医疗服务实现率"),
    (H + "到2030年,全县80%以上的污染地块得到修复。", "得到修复的污染地块比例"),
    (H + "今后每千人口拥有注册护士4人。", "每千人口拥有注册护士"),
    (H + "到2030年,村级文化服务中心100%覆盖。", "村级文化服务中心覆盖率"),
]


@pytest.mark.parametrize("text,expected", RATE_NAMES)
def test_names_of_rates_and_shares(text: str, expected: str) -> None:
    assert [t["indicator"] for t in targets(text)] == [expected]


MULTIPLES_AND_NOISE = [
    (
        "到2030年,以2025年为基点,入境游客人次增长1倍。",
        [("入境游客人次", "=", 1, "倍", True, 2030)],
        "倍 is a unit of change; the year a change is measured from is no target year",
    ),
    (
        "到2035年,城镇开发边界扩展倍数控制在基于2025年城镇建设用地规模的1.2倍以内。",
        [("城镇开发边界扩展倍数", "<=", 1.2, "倍", False, 2035)],
        "基于…的 is the base, neither the name nor the year",
    ),
    (
        "到2030年,火电平均供电煤耗控制在295克标准煤/千瓦时以下,新装路灯800盏。",
        [
            ("火电平均供电煤耗", "<=", 295, "克标准煤/千瓦时", False, 2030),
            ("新装路灯", "=", 800, "盏", False, 2030),
        ],
        "coal per kWh and lamps",
    ),
    (
        "2026年全县民生实事:城乡低保标准提高8%,城镇化率提高1.5个百分点。",
        [
            ("城乡低保标准", "=", 8, "%", True, 2026),
            ("城镇化率", "=", 1.5, "个百分点", False, 2026),
        ],
        "提高 a per cent is a change; 提高 percentage points is not growth (the rule book)",
    ),
    (
        "报告中“改革”出现41次。大会应到代表230名,实到221名。2026年全县将实现24小时供水,"
        "形成“3横5纵”路网。",
        [],
        "word counts, a roll call, around the clock and a network's shape are no goals",
    ),
]


@pytest.mark.parametrize("text,expected,reason", MULTIPLES_AND_NOISE)
def test_multiples_bases_units_and_noise(
    text: str, expected: list[tuple[str, str, float, str, bool, int]], reason: str
) -> None:
    got = [
        (t["indicator"], t["comparator"], t["value"], t["unit"], t["growth"], t["year"])
        for t in targets(text)
    ]
    assert got == expected, reason


def test_what_ba_moves_and_an_items_number() -> None:
    got = targets(H + "3.政府明年起把社区康复服务名额增加500个至3500个。")
    assert [t["indicator"] for t in got] == ["社区康复服务名额增加"] * 2
    assert [t["value"] for t in got] == [500, 3500]


def test_a_rates_name_does_not_count_people() -> None:
    got = targets(H + "到2030年,农村供水覆盖率达95%,惠及300万人。")
    assert [(t["indicator"], t["unit"]) for t in got] == [("农村供水覆盖率", "%"), ("", "万人")]


def test_a_rate_passes_its_name_to_a_change_in_points() -> None:
    got = targets(H + "到2030年,全省规模化供水率达70%、提升8个百分点。")
    assert [(t["indicator"], t["unit"]) for t in got] == [
        ("规模化供水率", "%"),
        ("规模化供水率", "个百分点"),
    ]


NO_GOALS_MORE = [
    "规划的30项骨干工程中,有25项已完工或正在建设。",
    "普及率今年6月底为71.2%。",
    "首度亮相 2027台湾灯会在台中登场。",
]


@pytest.mark.parametrize("text", NO_GOALS_MORE)
def test_parts_done_levels_to_date_and_a_year_before_taiwan(text: str) -> None:
    assert targets(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        (H + "到2030年,燃煤消费比重降低至35%。", "燃煤消费比重"),
        (H + "到2030年,林业总产值增长至500亿元。", "林业总产值"),
        (H + "在5年内培育2万名高素质农民。", "高素质农民"),
    ],
)
def test_more_verbs_and_spans_leave_names(text: str, expected: str) -> None:
    assert [t["indicator"] for t in targets(text)] == [expected]


def test_a_space_before_the_comparator() -> None:
    got = targets(H + "地区生产总值增长 6% 以上,城镇调查失业率 5.5% 左右。")
    assert [(t["comparator"], t["value"]) for t in got] == [(">=", 6), ("~", 5.5)]


DURATIONS_AND_DOUBLING = [
    (
        "到2030年,劳动年龄人口平均受教育年限提高到11.8年,人均国内生产总值比2025年翻一番。",
        [("劳动年龄人口平均受教育年限", 11.8, "年"), ("人均国内生产总值", 1, "番")],
    ),
    ("1.2026年 2.2027年 城区道路完成改造。", []),
    ("三年前平均轮候6.1年。", []),
    ("我担任县长五年四个月,纲要细化提出20项主要指标。", []),
]


@pytest.mark.parametrize("text,expected", DURATIONS_AND_DOUBLING)
def test_durations_in_years_doubling_and_lengths_of_time(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert [(t["indicator"], t["value"], t["unit"]) for t in targets(text)] == expected


def test_a_hong_kong_waiting_time_goal_in_fiscal_years() -> None:
    got = targets("公屋轮候时间,迈向2027-28年度下降至4.5年的目标。")
    assert [t["indicator"] for t in got] == ["公屋轮候时间"]


def test_a_count_worked_on_is_no_threshold() -> None:
    got = targets(H + "全县改造60所以上的薄弱学校。支持人口20万以上的城市建设地铁。")
    assert [(t["comparator"], t["value"]) for t in got] == [(">=", 60)]


def test_about_is_and_square_metres_in_one_sign() -> None:
    got = targets(H + "到2030年,风电年发电量约为1.2万亿千瓦时,人均公园绿地面积达15㎡。")
    assert [(t["comparator"], t["value"], t["unit"]) for t in got] == [
        ("~", 1.2, "万亿千瓦时"),
        ("=", 15, "㎡"),
    ]


def test_a_goal_named_after_its_figure_and_bullets() -> None:
    got = targets("2026年政府工作报告:设置2%的CPI涨幅目标。\n●粮食产量1.4万亿斤左右")
    assert [(t["indicator"], t["growth"]) for t in got] == [("CPI涨幅", True), ("粮食产量", False)]
