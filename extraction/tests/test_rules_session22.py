"""Rules written in session 22 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from rule_table import targets


def test_a_results_margin_over_another_place_is_no_goal_but_an_aimed_margin_is() -> None:
    told = "前三季度,全市工业用电量增长9.1%,快于全省2.6个百分点,高于年初目标1.2个百分点。"
    aimed = "明年力争城镇居民收入增长7%,高于全省平均水平1个百分点。"
    bound = "农村居民收入增速高于城镇居民收入增速2个百分点以上。"
    assert targets(told) == [], (
        "how far a result ran ahead of another place or of its own goal is a comparison told"
    )
    assert [t["value"] for t in targets(aimed)] == [7, 1], (
        "the same margin after 力争 is part of what the plan aims at"
    )
    assert [(t["value"], t["comparator"]) for t in targets(bound)] == [(2, ">=")], (
        "a margin with its bound (以上) is a goal"
    )
