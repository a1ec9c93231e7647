"""Rules written in session 27 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from rule_table import targets

_LIST = (
    "2024年东山区为民办实事项目清单\n\n"
    "发布时间:2025-03-02 09:15:20\n\n"
    "一、新建社区食堂12家。\n\n"
    "二、完成老旧小区屋面防水改造36个。\n"
)


def test_a_years_plan_copied_onto_a_later_page_keeps_its_year() -> None:
    got = [(t["value"], t["year"]) for t in targets(_LIST)]
    assert got == [(12, 2024), (36, 2024)], (
        "the title names 2024's list of projects; the page's later date is when it was copied, "
        "so the items are 2024's goals, not last year's results of a 2025 text"
    )
    account = _LIST.replace("为民办实事项目清单", "为民办实事项目完成情况")
    account = account.replace("新建", "已建成").replace("完成老旧", "完成了老旧")
    assert targets(account) == [], (
        "a title that gives an account of the year (完成情况) is no plan: what it tells is done"
    )


def test_an_asterisk_opening_an_item_is_a_mark_not_a_name() -> None:
    text = "2026年区级实事项目(标注*的为市级项目)\n\n*新建15公里滨河步道\n\n*改造农贸市场4个\n"
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert got == [("新建滨河步道", 15), ("改造农贸市场", 4)], (
        "a * before an item marks which list it also belongs to; it is no part of the name, and "
        "the verb takes the noun after the figure as it would without the mark"
    )
