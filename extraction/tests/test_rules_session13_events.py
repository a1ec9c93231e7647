"""Rules written in session 13 (issue 14) about milestones: works started, finished or opened
(展开, 竣工使用, 主体封顶, 开园, 上路, 试行), Hong Kong's 会 as 将, schedules in progress notes and
tables, and news that reports a plan published or a work started.

The sentences are written for these tests and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from pacesetter_extraction import extract
from rule_table import H, targets


def test_a_counted_work_is_a_target_not_a_milestone() -> None:
    out = extract(H + "年内完成两个片区的雨污分流工程。")
    assert [m.quote for m in out.milestones] == []


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


def test_a_hospitals_beds_and_its_schedule() -> None:
    text = "縣長施政報告指出,縣立醫院預定116年動工、118年啟用,設有60床急性病床。"
    out = extract(text)
    assert [t.value for t in out.targets] == []
    assert [(m.quote, m.year) for m in out.milestones] == [
        ("縣立醫院預定116年動工", 2027),
        ("118年啟用", 2029),
    ]


def test_works_put_into_formal_use_and_installed() -> None:
    text = "2026年为民办实事进展:文化站小剧场计划10月份投入正式使用;路灯项目计划9月份前完成安装。"
    assert len(extract(text).milestones) == 2


def test_a_campaigns_slogan_starting_is_no_milestone() -> None:
    assert extract("2026年六大领域攻坚全面启动。").milestones == []


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


def test_events_opened_by_taiwans_and_counts_built() -> None:
    assert len(extract("园区四家大厂今年底将陆续启用营运。").milestones) == 1
    out = extract("到2027年建成100座体育公园。")
    assert out.milestones == [] and [t.value for t in out.targets] == [100]


def test_delegates_named_by_their_body_and_a_push_to_open() -> None:
    assert targets(H + "组织69名基层议事代表和12名区人大代表投票。") == []
    assert len(extract(H + "力促京雄城际建成通车。").milestones) == 1
