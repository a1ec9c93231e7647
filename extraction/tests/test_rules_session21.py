"""Rules written in session 21 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from rule_table import targets


def test_a_weighty_result_told_without_le_in_a_goal_list_is_aimed_at() -> None:
    text = (
        "“十五五”生态建设的总体目标是:生态环境质量明显改善。\n"
        "一是治理能力全面提升。污染防治取得明显成效,治理体系更加完善。"
        "城市空气优良天数比例达到90%,地表水优良水体比例达到85%。"
    )
    assert [(t["value"], t["unit"]) for t in targets(text)] == [(90, "%"), (85, "%")], (
        "取得明显成效 told without 了 and followed by more aims is what the goal list sets out "
        "to reach, not a result that makes the figures after it past"
    )


def test_a_term_of_a_three_part_ratio_is_no_level() -> None:
    text = "到2030年,三次产业结构比达到10:45:45,城乡收入比降至1.8:1。"
    assert [t["value"] for t in targets(text)] == [1.8], (
        "a ratio of three terms (10:45:45) is no figure to track; a ratio to one (1.8:1) is"
    )
