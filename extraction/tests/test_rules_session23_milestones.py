"""Milestone rules written in session 23 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from pacesetter_extraction import extract


def _milestones(text: str) -> list[str]:
    return [m.indicator for m in extract(text).milestones]


def test_entering_a_ranked_list_of_places_is_a_milestone() -> None:
    text = "到2028年,全县综合实力进入全省县域经济十强,工业园区跻身全国开发区50强。"
    assert _milestones(text) == ["进入全省县域经济十强", "跻身全国开发区50强"], (
        "a ranked list (十强, 50强) of places one enters is a checkable designation"
    )
    assert _milestones("到2028年,进入发展快车道。") == [], "no ranked list, no milestone"


def test_a_named_proposal_or_work_with_its_time_before_the_verb_is_a_milestone() -> None:
    text = "2027年,东湖片区规划建议年底公布,滨江新区第三期工程明年中开展,各项工作全面开展。"
    assert _milestones(text) == ["东湖片区规划建议公布", "滨江新区第三期工程开展"], (
        "a named proposal (建议) published and a named work started, each with its time told "
        "before the verb, are events; 各项工作 names nothing"
    )


def test_a_slogan_over_classes_of_projects_names_no_work() -> None:
    text = "2027年,推动签约项目快开工、开工项目快建设、建成项目快投产。滨河大桥将于年底建成通车。"
    assert _milestones(text) == ["滨河大桥建成通车"], (
        "签约项目, 开工项目, 建成项目 are classes of works in a slogan; the bridge is one work"
    )


def test_a_compound_opening_verb_is_read_whole() -> None:
    text = "2027年,西环隧道建成通车,城南污水厂建成投运。"
    assert _milestones(text) == ["西环隧道建成通车", "城南污水厂建成投运"], (
        "建成通车 is one event; read as 通车 alone, 建成 would stick to the work's name"
    )


def test_a_named_housing_estate_finished_or_handed_over_at_a_time_told() -> None:
    text = (
        "2026年,东港社会住宅预计2028年兴建完成,西河安置房预计明年底完工交屋,各项工作预计年底完成。"
    )
    assert _milestones(text) == ["东港社会住宅兴建完成", "西河安置房完工交屋"], (
        "a named estate (住宅, 安置房) built (兴建完成) or handed over (完工交屋) by a time told "
        "is an event; 各项工作 names nothing"
    )
