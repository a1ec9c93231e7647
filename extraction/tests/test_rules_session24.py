"""Rules written in session 24 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from rule_table import targets


def test_goals_said_to_be_set_introduce_the_goals_not_results() -> None:
    text = (
        "2027年全区环卫工作的主要任务目标已经确定。保洁方面,"
        "城区垃圾分类覆盖率达到95%,新建公厕12座。"
    )
    got = [(t["value"], t["year"]) for t in targets(text)]
    assert got == [(95, 2027), (12, 2027)], (
        "目标已经确定 says the goals were set: the sentences after it are those goals, not "
        "things already done"
    )
    done = "2027年全区环卫工作已经完成。保洁方面,城区垃圾分类覆盖率达到95%。"
    assert targets(done) == [], "work said to be done makes the figures after it results"
