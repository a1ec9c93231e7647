"""Rules written in session 13 (issue 14): counts of works finished or started in Chinese
numerals, and growth goals "set at" a figure.

Each case is (text, expected, reason); the sentences are written for these tests, in the
language of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from pacesetter_extraction import extract
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


def test_a_counted_work_is_a_target_not_a_milestone() -> None:
    out = extract(H + "年内完成两个片区的雨污分流工程。")
    assert [m.quote for m in out.milestones] == []


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


MILESTONES = [
    (
        H + "政府将于2028年展开屯门医院扩建工程。",
        "展开屯门医院扩建工程",
        "展开 (Hong Kong's 开展) before a named work starts it",
    ),
    (
        H + "当局会在明年或之前完成洪水桥新发展区第一期的土地平整。",
        "完成洪水桥新发展区第一期的土地平整",
        "land formation (土地平整) is a work that can be finished",
    ),
    (
        H + "深入开展国家卫生乡镇创建工作。",
        "国家卫生乡镇创建",
        "开展…创建工作 names a designation sought",
    ),
    (
        H + "积极开展省级森林乡村创建工作。",
        "省级森林乡村创建",
        "a title at a named level is a designation whatever its last word",
    ),
]


@pytest.mark.parametrize("text,expected,reason", MILESTONES)
def test_milestones(text: str, expected: str, reason: str) -> None:
    got = [m.indicator for m in extract(text).milestones]
    assert any(expected in g for g in got), (reason, got)


@pytest.mark.parametrize(
    "text",
    [
        H + "各部门要展开调查研究。",
        H + "我们将展开新一轮招商竞争。",
        H + "加强国家标准体系创建工作。",
    ],
)
def test_no_milestone_without_a_named_work_or_title(text: str) -> None:
    assert extract(text).milestones == []


def test_a_count_framed_as_a_task_counts_its_things() -> None:
    text = H + "全年将完成改造80个老旧小区和新建120个社区食堂的任务。"
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert ("社区食堂", 120) in [(i.removeprefix("新建"), v) for i, v in got], got


def test_a_count_of_aspects_stays_a_heading() -> None:
    assert targets(H + "重点抓好以下5个方面的工作任务。") == []


def test_a_reviewed_year_is_not_the_reports_own() -> None:
    text = (
        "市长作政府工作报告。报告首先回顾了2025年工作。2025年,全市经济稳中向好,"
        "完成固定资产投资800亿元,增长6%。对于2026年工作,市长表示,"
        "今年经济社会发展主要预期目标是:地区生产总值增长6%左右。"
    )
    got = [(t["indicator"], t["value"], t["year"]) for t in targets(text)]
    assert got == [("地区生产总值", 6, 2026)]


def test_same_period_change_in_a_goal_list_is_a_goal() -> None:
    text = (
        "会议还确定了以下几项主要目标:分别是实际利用外资同比增长12%,达到60亿美元;"
        "跨境电商交易额增长20%。"
    )
    got = [(t["comparator"], t["value"], t["unit"], t["growth"]) for t in targets(H + text)]
    assert got == [("=", 12, "%", True), ("=", 60, "亿美元", False), ("=", 20, "%", True)]


def test_same_period_change_reported_stays_a_result() -> None:
    text = "2025年,全市实际利用外资同比增长12%,达到60亿美元。2026年力争增长8%。"
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(8, 2026)]


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


def test_works_listed_under_a_year_are_milestones() -> None:
    text = (
        "今年,全县重点工程安排如下:城南污水处理厂要竣工使用;县人民医院门诊楼要主体封顶;"
        "城东安置小区主体及配套设施完工;滨江公园二期动工建设。"
    )
    got = [m.quote for m in extract(text).milestones]
    assert len(got) == 4 and got[1] == "县人民医院门诊楼要主体封顶", got


def test_a_dated_news_item_is_no_schedule() -> None:
    text = "记者从1月10日召开的会议上了解到,去年,全省一批农村供水工程完工。"
    assert extract(text).milestones == []


def test_this_year_before_later_stages() -> None:
    text = (
        "今年,全省将新建乡镇快递网点300个。2027年,全省80%以上的行政村通快递,"
        "快递业务量增长15%。2028至2030年,快递业务量年均增长10%。"
    )
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(300, 2026), (80, 2027), (15, 2027), (10, 2030)]


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


OPENINGS = [
    ("镇中心幼儿园预计9月份开园。", "镇中心幼儿园预计9月份开园"),
    ("城东湿地公园去年已开园。", None),
    ("城北卫生院已完成设计,即将开工建设。", "即将开工建设"),
]


@pytest.mark.parametrize("text,expected", OPENINGS)
def test_facilities_opened_and_works_about_to_start(text: str, expected: str | None) -> None:
    got = [m.quote for m in extract(text).milestones]
    assert (expected in got) if expected else got == [], got


def test_a_work_started_on_a_past_day_is_reported() -> None:
    text = "上半年工作总结:二期工程于2026年3月1日开工建设,进展顺利。"
    assert extract(text).milestones == []


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
    (H + "年内完成污水处理厂(二期)建设的60%。", "完成污水处理厂(二期)建设"),
]


@pytest.mark.parametrize("text,expected", CLEAN_NAMES)
def test_names_lose_pledges_verbs_and_empty_brackets(text: str, expected: str) -> None:
    assert [t["indicator"] for t in targets(text)] == [expected]


def test_a_schedule_in_a_progress_note_is_a_milestone() -> None:
    text = (
        "今年以来,全镇项目进展顺利。续建项目均已复工,其中,镇卫生院门诊楼预计8月份建成投用;"
        "文化广场预计10月底前完工;敬老院改造已完成主体。"
    )
    got = [m.quote for m in extract(text).milestones]
    assert got == ["镇卫生院门诊楼预计8月份建成投用", "文化广场预计10月底前完工"]


HK_TW_EVENTS = [
    ("未来五年的工作包括:东涌线延线工程会展开;小蚝湾站启用。", "东涌线延线工程会展开"),
    ("在2030至2032年,屯门南站就会启用。", "屯门南站就会启用"),
    ("到2031年,将军澳第137区的填海工程亦会完成。", "将军澳第137区的填海工程亦会完成"),
    ("2027年新制医疗补助上路。", "2027年新制医疗补助上路"),
    ("政府明年会在元朗试行首个社区回收中心。", "试行首个社区回收中心"),
]


@pytest.mark.parametrize("text,expected", HK_TW_EVENTS)
def test_hong_kong_and_taiwan_event_forms(text: str, expected: str) -> None:
    assert expected in [m.quote for m in extract(text).milestones]


@pytest.mark.parametrize(
    "text", ["本届大会启用。", "《管理办法(试行)》自印发之日起施行。", "各地积极试行河长制。"]
)
def test_no_event_from_a_meeting_or_a_documents_label(text: str) -> None:
    assert extract(text).milestones == []


def test_not_less_and_not_more_than() -> None:
    got = targets(H + "护理型床位占比不小于55%,空置率不大于8%。")
    assert [(t["indicator"], t["comparator"], t["value"]) for t in got] == [
        ("护理型床位占比", ">=", 55),
        ("空置率", "<=", 8),
    ]


def test_the_last_kilometre_is_a_saying() -> None:
    assert targets(H + "打通农村物流“最后一公里”,新增村级服务站120个。") != []
    assert [t["value"] for t in targets(H + "打通农村物流“最后一公里”。")] == []


def test_a_subject_before_the_horizon_still_frames_the_paragraph() -> None:
    text = (
        "《全市托育服务设施专项规划(2023—2035年)》正式印发。\n"
        "《规划》提出,全市到2027年建成托位2万个,其中普惠托位占比不小于60%。"
        "每千人口托位数达到4.5个。"
    )
    assert [t["year"] for t in targets(text)] == [2027, 2027, 2027]


def test_before_a_day_is_no_news_day() -> None:
    text = (
        "2026年工作计划:体育馆改造计划10月1日前完成项目建设;城西小学完成主体结顶;"
        "城南幼儿园、城东幼儿园投入使用。"
    )
    got = [m.quote for m in extract(text).milestones]
    assert got == ["完成项目建设", "城西小学完成主体结顶", "城南幼儿园、城东幼儿园投入使用"]


def test_a_table_cell_opening_with_spaces() -> None:
    text = (
        "2026年民生实事计划表\n项目 | 任务 | 时间\n1.市场改造 |  建成城北农贸市场并投入运行 | 9月"
    )
    assert [m.quote for m in extract(text).milestones] == ["建成城北农贸市场并投入运行"]


def test_results_to_be_ranked_are_no_past() -> None:
    text = (
        "到2030年,全省体育强省建设取得突破。人均体育场地面积达到3平方米以上;"
        "竞技体育成绩位居全国前列;体育产业总规模达到8000亿元以上。"
    )
    assert [t["value"] for t in targets(text)] == [3, 8000]


def test_a_speaker_before_the_horizon() -> None:
    text = (
        "2026-03-02 发布\n市卫健委主任在发布会上表示,到2030年,全市健康城市建设取得新进展。"
        "每千人口执业医师数达到4人。"
    )
    assert [(t["value"], t["year"]) for t in targets(text)] == [(4, 2030)]


def test_at_least_before_a_space() -> None:
    got = targets(H + "到2028年 每个乡镇至少建成 一所养老服务中心。")
    assert [(t["comparator"], t["value"]) for t in got] == [(">=", 1)]


def test_a_count_of_those_who_each_act_is_no_goal() -> None:
    assert targets(H + "市级和12个区县分别建立家庭教育指导中心。") == []


def test_a_hospitals_beds_and_its_schedule() -> None:
    text = "縣長施政報告指出,縣立醫院預定116年動工、118年啟用,設有60床急性病床。"
    out = extract(text)
    assert [t.value for t in out.targets] == []
    assert [(m.quote, m.year) for m in out.milestones] == [
        ("縣立醫院預定116年動工", 2027),
        ("118年啟用", 2029),
    ]


def test_a_headline_that_names_the_goals_year() -> None:
    text = (
        "市长作报告:2027年全市经济社会发展预期目标\n"
        "本报讯 市长昨日在报告中提出2026年政府工作总体要求和2026年经济发展的预期目标。"
        "今年全市地区生产总值增长7%。"
    )
    assert [t["year"] for t in targets(text)] == [2027]


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


def test_works_put_into_formal_use_and_installed() -> None:
    text = "2026年为民办实事进展:文化站小剧场计划10月份投入正式使用;路灯项目计划9月份前完成安装。"
    assert len(extract(text).milestones) == 2


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


def test_a_campaigns_slogan_starting_is_no_milestone() -> None:
    assert extract("2026年六大领域攻坚全面启动。").milestones == []


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


@pytest.mark.parametrize(
    "text,expected",
    [
        ("晋中市出台推进文旅融合发展实施方案\n日前,市政府印发了该方案。", 0),
        ("我省印发“十四五”数字经济发展规划\n近日,省政府办公厅印发了规划。", 0),
        ("今年年内出台文旅融合发展实施方案。", 1),
        ("市政府今年内会公布老城区更新计划。", 1),
    ],
)
def test_a_headline_reporting_a_plan_published(text: str, expected: int) -> None:
    assert len(extract(text).milestones) == expected


def test_a_space_before_the_comparator() -> None:
    got = targets(H + "地区生产总值增长 6% 以上,城镇调查失业率 5.5% 左右。")
    assert [(t["comparator"], t["value"]) for t in got] == [(">=", 6), ("~", 5.5)]


DURATIONS_AND_DOUBLING = [
    (
        "到2030年,劳动年龄人口平均受教育年限提高到11.8年,人均国内生产总值比2025年翻一番。",
        [("劳动年龄人口平均受教育年限", 11.8, "年"), ("人均国内生产总值比翻", 1, "番")],
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


def test_a_five_year_plan_the_text_presents_dates_its_targets() -> None:
    text = (
        "2031年3月5日,国务院编制了《国民经济和社会发展第十六个五年规划纲要(草案)》。"
        "纲要提出,居民人均可支配收入增长与经济增长同步,研发经费投入年均增长7%以上。"
    )
    assert [t["year"] for t in targets(text)] == [2035]


def test_a_hong_kong_waiting_time_goal_in_fiscal_years() -> None:
    got = targets("公屋轮候时间,迈向2027-28年度下降至4.5年的目标。")
    assert [t["indicator"] for t in got] == ["公屋轮候时间"]


def test_events_opened_by_taiwans_and_counts_built() -> None:
    assert len(extract("园区四家大厂今年底将陆续启用营运。").milestones) == 1
    out = extract("到2027年建成100座体育公园。")
    assert out.milestones == [] and [t.value for t in out.targets] == [100]


def test_a_count_worked_on_is_no_threshold() -> None:
    got = targets(H + "全县改造60所以上的薄弱学校。支持人口20万以上的城市建设地铁。")
    assert [(t["comparator"], t["value"]) for t in got] == [(">=", 60)]


def test_a_base_in_brackets() -> None:
    text = "到2030年,学前教育阶段公办园在园幼儿占比力争达到60%以上(2025年为54%)。"
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(60, 2030)]


def test_delegates_named_by_their_body_and_a_push_to_open() -> None:
    assert targets(H + "组织69名基层议事代表和12名区人大代表投票。") == []
    assert len(extract(H + "力促京雄城际建成通车。").milestones) == 1


def test_about_is_and_square_metres_in_one_sign() -> None:
    got = targets(H + "到2030年,风电年发电量约为1.2万亿千瓦时,人均公园绿地面积达15㎡。")
    assert [(t["comparator"], t["value"], t["unit"]) for t in got] == [
        ("~", 1.2, "万亿千瓦时"),
        ("=", 15, "㎡"),
    ]
