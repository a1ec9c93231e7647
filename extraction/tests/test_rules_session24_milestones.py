"""Milestone rules written in session 24 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from pacesetter_extraction import extract


def _milestones(text: str) -> list[tuple[str, int | None]]:
    return [(m.indicator, m.year) for m in extract(text).milestones]


def test_land_formed_or_cleared_by_a_date_is_a_milestone() -> None:
    text = "2026年1月5日 本報訊\n北區物流園用地將在2028年完成平整,舊廠區亦會於明年完成拆除。"
    got = _milestones(text)
    assert got == [("北区物流园用地完成平整", 2028), ("旧厂区完成拆除", 2027)], (
        "land formed (完成平整) or a site cleared (完成拆除) by a date is a dated deliverable"
    )
    assert _milestones("该厂房已完成验收。") == [], "what is already done is no milestone"


def test_hong_kongs_liao_expected_is_no_part_of_what_opens() -> None:
    text = "2027年1月3日 本報訊\n北區社區會堂料今年第三季投入服務,新材料實驗室預計明年投用。"
    got = _milestones(text)
    assert got == [("北区社区会堂投入服务", 2027), ("新材料实验室投用", 2028)], (
        "料 (expected) says when the hall opens, not what it is; 材料 keeps its 料"
    )
