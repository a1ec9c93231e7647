"""Milestone rules added for texts the extractor had never seen (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the
language of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from pacesetter_extraction import extract


def test_pushing_to_set_up_a_facility_is_a_milestone() -> None:
    text = "2026年重点工作:积极争取省级快递物流园区“就近设点”。"
    assert [m.indicator for m in extract(text).milestones] == ["省级快递物流园区就近设点"]


MILESTONES = [
    (
        "2026年重点工作:扎实推进国家级生态文明示范县创建工作。",
        ["国家级生态文明示范县创建"],
        "a designation won, written as a noun",
    ),
    (
        "2026年重点工作:建成县老年活动中心并投入使用。",
        ["建成县老年活动中心并投入使用"],
        "a completion verb dates the putting into use",
    ),
    (
        "2026年重点工作:创建省级卫生乡镇和完成城西污水管网改造工程。",
        ["创建省级卫生乡镇", "完成城西污水管网改造工程"],
        "two events joined by 和 are two milestones",
    ),
    (
        "2026年重点工作:年内完成北山隧道工程和8个村级污水站建设。",
        ["完成北山隧道工程"],
        "the part before a counted item is still a milestone",
    ),
    (
        "2026年重点工作:县图书馆新馆预计明年上半年投入使用。",
        ["县图书馆新馆投入使用"],
        "明年上半年 is a part of a year to come",
    ),
    (
        "2026年重点工作:将古城片区建成国家级文化旅游胜地。",
        ["建成国家级文化旅游胜地"],
        "a destination title is a designation",
    ),
    ("2026年重点工作:推进产业体系创建。", [], "a system is not a designation"),
]


@pytest.mark.parametrize("text,expected,reason", MILESTONES)
def test_milestones_of_events_named_in_other_forms(
    text: str, expected: list[str], reason: str
) -> None:
    assert [m.indicator for m in extract(text).milestones] == expected, reason


MORE_MILESTONES = [
    (
        "2026年重点工作:年内出台县城更新三年行动实施方案。",
        ["出台县城更新三年行动实施方案"],
        "publishing a named document",
    ),
    ("2026年重点工作:出台一批惠企政策。", [], "a batch of policies is not one document"),
    (
        "2026年重点工作:上线运营“一网通办”政务服务平台。",
        ["上线运营一网通办政务服务平台"],
        "a service put online",
    ),
    (
        "2026年重点工作:开工城南水厂二期等项目。",
        ["开工城南水厂二期等项目"],
        "开工 a named work",
    ),
    (
        "2026年重点工作:推动新能源电池等项目签约落地。",
        ["新能源电池等项目签约落地"],
        "a project signed and landed",
    ),
    (
        "2026年重点工作:将东岭村建设成为“金牌旅游”村庄。",
        ["建设成为金牌旅游村庄"],
        "a title in quotation marks before what it names",
    ),
    (
        "2026年重点工作:城东污水处理厂扩容并投入使用。",
        ["城东污水处理厂扩容并投入使用"],
        "a work finished and put into use",
    ),
    (
        "2026年重点工作:北站综合枢纽完成改造。",
        ["北站综合枢纽完成改造"],
        "a named work's change completed",
    ),
    (
        "到2028年,全省高速公路里程达到9000公里,实现省会至各市高速公路贯通。",
        ["实现省会至各市高速公路贯通"],
        "a horizon earlier in the sentence dates a link opened",
    ),
    ("2026年重点工作:实现产业体系贯通。", [], "a system is not a link"),
    ("到2028年,全省5G新型基础设施基本建成。", [], "a system built under a horizon is no milestone"),
]


@pytest.mark.parametrize("text,expected,reason", MORE_MILESTONES)
def test_more_milestone_forms(text: str, expected: list[str], reason: str) -> None:
    assert [m.indicator for m in extract(text).milestones] == expected, reason


PHASES_AND_CENTRES = [
    (
        "2026年重点工作:完成滨江绿道提升工程二期。",
        ["完成滨江绿道提升工程二期"],
        "a phase of a work",
    ),
    ("2026年重点工作:加快建成县应急指挥中心。", ["建成县应急指挥中心"], "a centre is a facility"),
]


@pytest.mark.parametrize("text,expected,reason", PHASES_AND_CENTRES)
def test_phases_and_centres(text: str, expected: list[str], reason: str) -> None:
    assert [m.indicator for m in extract(text).milestones] == expected, reason


SCHEDULES = [
    (
        "2026年民生项目。由县水利局负责的城南防洪堤加固工程,新建堤防3公里,预计2026年10月份完成。",
        ["城南防洪堤加固工程完成"],
        "a bare schedule clause completes the work its list item names",
    ),
    (
        "2026年民生项目。全县道路保洁工作,预计2026年10月份完成。",
        [],
        "a schedule without a named work is no milestone",
    ),
]


@pytest.mark.parametrize("text,expected,reason", SCHEDULES)
def test_scheduled_completion_of_a_listed_work(text: str, expected: list[str], reason: str) -> None:
    assert [m.indicator for m in extract(text).milestones] == expected, reason


FACILITIES_AND_RELEASES = [
    (
        "2026年重点工作:新建县非遗展示馆。",
        ["新建县非遗展示馆"],
        "新建 with one named facility is an event",
    ),
    (
        "2026年重点工作:新建改建一批村级卫生室,新建或租用社区养老用房。",
        [],
        "新建 with a programme or an alternative is no single event",
    ),
    (
        "2026年重点工作:力争开工建设城北水库,年内开工滨湖温泉酒店。",
        ["开工建设城北水库", "开工滨湖温泉酒店"],
        "starting a facility's construction",
    ),
    ("2026年重点工作:开工一批商贸项目。", [], "a generic object is no milestone"),
    (
        "2026年重点工作:上半年推出中小企业数字化转型行动计划。",
        ["推出中小企业数字化转型行动计划"],
        "推出 publishes a named document",
    ),
    (
        "2026年重点工作:城东农贸市场将于年底前交付使用,西环路桥梁工程将动工建设。",
        ["城东农贸市场交付使用", "西环路桥梁工程动工建设"],
        "a work handed over or started at a time said before it",
    ),
    (
        "到2027年,实现全市乡镇5G网络连续覆盖和规模商用,各县全部实现城际快速路连接。",
        ["实现全市乡镇5G网络连续覆盖和规模商用", "各县全部实现城际快速路连接"],
        "a network reaching named places",
    ),
    (
        "到2027年,实现农村养老服务全覆盖。",
        [],
        "全覆盖 of a service is a coverage rate, not an event",
    ),
    (
        "2026年重点工作:建成全县统一的政务数据共享平台。",
        ["建成全县统一的政务数据共享平台"],
        "a platform built is a facility",
    ),
]


@pytest.mark.parametrize("text,expected,reason", FACILITIES_AND_RELEASES)
def test_facilities_started_built_and_documents_released(
    text: str, expected: list[str], reason: str
) -> None:
    assert [m.indicator for m in extract(text).milestones] == expected, reason


SERVICES_ONLINE = [
    (
        "2026年重点工作:全市统一的公共租赁住房登记平台预计年底上线。",
        ["公共租赁住房登记平台上线"],
        "a service put online at a time said before it",
    ),
    (
        "2026年重点工作:设立一站式照护者资讯网站和支援热线。",
        ["设立一站式照护者资讯网站和支援热线"],
        "setting up a named site or line",
    ),
    ("2026年重点工作:设立专项扶持机制。", [], "a mechanism is no facility"),
]


@pytest.mark.parametrize("text,expected,reason", SERVICES_ONLINE)
def test_services_put_online_and_set_up(text: str, expected: list[str], reason: str) -> None:
    assert [m.indicator for m in extract(text).milestones] == expected, reason


def test_a_facility_opened_or_housing_moved_into_is_a_milestone() -> None:
    text = "2026年重点工作:城北地铁站将于年底启用,滨江公租房首批单位明年入伙。"
    assert [m.indicator for m in extract(text).milestones] == [
        "城北地铁站启用",
        "滨江公租房首批单位入伙",
    ]
