"""Rules written in session 19 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from rule_table import targets


def test_an_amount_in_two_magnitudes_split_by_a_space_is_one_figure() -> None:
    text = (
        "縣府施政報告。明年縣府編列預算3億 2,150萬元辦理滯洪池工程,年底前完成12處。"
        "另編列2億 480萬餘元辦理道路拓寬。"
    )
    assert [(t["value"], t["unit"], t["comparator"]) for t in targets(text)] == [
        (3.215, "億元", "="),
        (12, "處", "="),
        (2.048, "億元", ">"),
    ], (
        "Taiwan writes 億 and 萬 apart with a space; 餘 before 元 means more than; money to 辦理 "
        "(carry out) works is spent on them, no size of them"
    )
