"""Rules written in session 17 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from rule_table import H, targets

NAMES = [
    (
        H + "三年興建兩千間「青年宿舍」。",
        "兴建「青年宿舍」",
        "a span of years before a creating verb leaves only the verb; the quoted noun is counted",
    ),
    (
        H + "新建4个“红色驿站”服务点。",
        "新建“红色驿站”服务点",
        "a quoted name opens the counted noun, which goes on after the quote",
    ),
    (
        H + "县医院床位数亦将增至800张。",
        "县医院床位数",
        "亦 (also) is an adverb of the clause, no part of the name",
    ),
    (
        H + "接待游客达到800万人次「并不容易」。",
        "接待游客",
        "a quoted remark after the figure is no counted noun",
    ),
    (
        H + "城东片区项目年计划投资45亿元。",
        "城东片区项目年计划投资",
        "an annual planned investment is a statistic's name; 计划 after 年 is no modal",
    ),
    (
        H + "新区基础设施项目累计完成投资超过120亿元。",
        "新区基础设施项目累计完成投资",
        "completed investment (累计完成投资) is a statistic's name",
    ),
    (
        H + "全市交通力争完成投资60亿元。",
        "交通投资",
        "完成 after a pledge is the pledge's verb, no part of the name",
    ),
]


@pytest.mark.parametrize(("text", "name", "reason"), NAMES, ids=[c[2][:40] for c in NAMES])
def test_names(text: str, name: str, reason: str) -> None:
    assert [t["indicator"] for t in targets(text)] == [name], reason


@pytest.mark.parametrize(
    ("place", "year"),
    [("澳门特区政府", 2027), ("香港特区政府", 2026)],
)
def test_a_macau_policy_address_dated_only_by_its_name_is_for_the_next_year(
    place: str, year: int
) -> None:
    text = place + "发表新一份施政报告,每名永久性居民将获发现金10000元。"
    assert [t["year"] for t in targets(text, year=2026)] == [year], (
        "Macau's policy address is given in November for the financial year after it"
    )


def test_the_next_financial_year_is_the_year_after() -> None:
    text = "2026年财政预算案:政府下年度起把社区照顾服务券增至9000张。"
    assert [t["year"] for t in targets(text)] == [2027], "下年度起: from the next financial year"
