"""Rules from the eighth hold-out (session 12, issue 14): unitless levels of rates and the base
a rate is counted per, bounded counts in Chinese numerals, a magnitude alone before a dwelling
count, dates and durations that are no figures, budget verbs, bracketed restatements, names
that keep 数量, the year a text judges as over, horizons in texts that write no other year,
and apps released.

Each case is (text, expected, reason); the sentences are written for these tests, in the
language of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from pacesetter_extraction import extract
from rule_table import targets

FIGURES = [
    (
        "2026年全省安全生产目标:道路交通万车死亡率控制在1.8以下,基尼系数稳定在0.42左右。",
        [("<=", 1.8, ""), ("~", 0.42, "")],
        "a rate or index set to a bare number is a level without a unit",
    ),
    (
        "2026年全市卫生目标:孕产妇每10万人死亡率降至9以下,婴儿死亡率降至4‰。",
        [("<=", 9, ""), ("=", 4, "‰")],
        "the base a rate is counted per (10万人) is part of its name, no figure",
    ),
    (
        "2026年工作要点:每所学校每学期至少开展两次应急演练,建设三个片区。",
        [(">=", 2, "次")],
        "a count in Chinese numerals with a bound is a figure; a bare one enumerates",
    ),
    (
        "2026年工作要点:建成一批美丽乡村示范村,新建村级服务站12个。",
        [("=", 12, "个")],
        "一批 is 'a batch of', no count",
    ),
    (
        "2026年住房计划:三年内新建万套公共租赁住房,筹集万间宿舍,建设万人体育馆一座。",
        [("=", 1, "万套"), ("=", 1, "万间")],
        "a magnitude alone after a building verb counts the dwellings it provides",
    ),
    (
        "2026年工作要点:开展为期45天的集中整治,历时3个月的普查今年完成,全年新增绿地20公顷。",
        [("=", 20, "公顷")],
        "how long an event lasts is no goal",
    ),
    (
        "索引号:11440000/2026-00012 发布机构:市政务服务数据管理局 成文日期:2026-03-18\n"
        "项目组负责全年新增政务服务事项150项。",
        [("=", 150, "项")],
        "the day of a date is no figure, even when a wrapped line joins the next word to it",
    ),
]


@pytest.mark.parametrize("text,expected,reason", FIGURES)
def test_levels_bounds_and_what_is_no_figure(
    text: str, expected: list[tuple[str, float, str]], reason: str
) -> None:
    assert [(t["comparator"], t["value"], t["unit"]) for t in targets(text)] == expected, reason


NAMES = [
    (
        "2026年预算安排:全年一般公共预算收入增幅安排6%,市级财政安排乡村振兴资金3亿元。",
        [("一般公共预算收入", True), ("市级财政乡村振兴资金", False)],
        "安排 is a budget's verb, not part of the name; 增幅 is growth",
    ),
    (
        "到2030年,我国5G基站数量将达500万个,全国规划布局数据中心80个(建成约60个)。",
        [("5G基站数量", False), ("全国规划布局数据中心", False), ("建成", False)],
        "数量 stays in the name, 我国 goes; a bracket bounds the counted noun and the name",
    ),
]


@pytest.mark.parametrize("text,expected,reason", NAMES)
def test_names_of_budgets_quantities_and_bracketed_figures(
    text: str, expected: list[tuple[str, bool]], reason: str
) -> None:
    assert [(t["indicator"], t["growth"]) for t in targets(text)] == expected, reason


def test_a_year_whose_work_is_judged_is_over() -> None:
    text = (
        "本报讯 昨日全县农业工作会议召开。会议提出,今年全县粮食产量稳定在50万吨以上。"
        "县长对全县2025年度农业农村工作成绩表示肯定,要求各乡镇再接再厉。"
    )
    assert [t["year"] for t in targets(text)] == [2026]


def test_a_text_that_writes_only_its_horizon_is_about_it() -> None:
    text = (
        "近日,省里印发关于推进蚕桑产业发展的意见,力争到2030年,全省桑园面积稳定在80万亩。\n"
        "此外,蚕茧收购质量抽检合格率达95%以上。"
    )
    got = [t.year for t in extract(text, name="2026-silk-opinion.txt").targets]
    assert got == [2030, 2030], "the undated figure belongs to the horizon, not the file's year"


def test_releasing_an_app_is_a_milestone_and_a_plan_released_in_news_is_not() -> None:
    text = (
        "2026年工作要点:年底前正式发布全市政务服务手机版,上线运营市民热线平台。"
        "市里发布了城市更新三年行动计划。"
    )
    got = [m.indicator for m in extract(text).milestones]
    assert got == ["发布全市政务服务手机版", "上线运营市民热线平台"]
