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


def test_the_parts_a_whole_is_made_of_describe_it() -> None:
    text = "到2030年,省级绿道网由4条环线、9条放射线和20条联络线组成,全省新建绿道1200公里。"
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(1200, "公里")], (
        "由…、…组成 lists the parts a network is made of: a description of it; what is to be "
        "built is the goal"
    )
    whole = "到2030年,全市公交专用道网由45条线路构成。"
    assert [t["value"] for t in targets(whole)] == [45], (
        "one count of what the whole is made of gives its size, a goal"
    )


def test_the_horizontal_bar_some_code_pages_give_for_a_dash_is_a_dash() -> None:
    text = "2027年,全县新增养老床位800张,其中1―6月完成投资2.4亿元。"
    got = [(t["value"], t["unit"]) for t in targets(text)]
    assert got == [(800, "张")], (
        "1―6月 (U+2015, GB2312's dash in some code pages) is 1—6月: the months gone by, "
        "whose investment is progress, not a goal"
    )
