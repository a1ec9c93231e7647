"""Milestones found by their event verb alone: which clauses are candidates, what the learnt
screen keeps, and that its weights are the corpus's own."""

from __future__ import annotations

import pytest
from pacesetter_extraction import extract, read_rules
from pacesetter_extraction.milestone_screen import WEIGHTS
from pacesetter_extraction.milestone_training import examples, train
from pacesetter_extraction.plausibility_training import Examples
from weights_checks import assert_follows_corpus, assert_no_thin_weights, folders

# (text, the candidates' names, why). Written for this test, not taken from a corpus.
CANDIDATES = [
    (
        "2031年工作安排。县档案馆新馆6月完成设备安装。",
        ["县档案馆新馆完成设备安装"],
        "an installation finished by a month: an event the rules have no form for",
    ),
    ("2031年工作安排。县档案馆新馆已完成设备安装。", [], "已: told as done"),
    (
        "2031年工作安排。3月底前完成城北水厂扩建项目前期工作。",
        ["完成城北水厂扩建项目前期工作"],
        "项目前期 holds no 目前 (now): 目 ends 项目, 前期 is the next word",
    ),
    ("2031年工作安排。目前完成城北水厂扩建项目前期工作。", [], "目前: told as it stands"),
    ("去年县档案馆新馆完成设备安装。", [], "a year gone by: told as done"),
    (
        "2031年工作安排。县档案馆新馆于3月初完成设备安装。",
        [],
        "the early part of a month it happened",
    ),
    ("2031年工作安排。年底前全部完成。", [], "the event without anything named"),
    (
        "2031年工作安排。一批重点项目年内完成设备安装。",
        [],
        "a class of works, no one of them named",
    ),
    ("2031年工作安排。将展开新一轮营商环境竞赛。", [], "an activity carried out, no work"),
    ("2031年工作安排。推进全县乡村道路提质。", [], "no event verb: ongoing work"),
]


@pytest.mark.parametrize(("text", "names", "why"), CANDIDATES)
def test_candidates_are_clauses_with_an_event_that_names_something(
    text: str, names: list[str], why: str
) -> None:
    reading = read_rules(text)
    assert reading.milestones == [], "the rules find none here: the screen's case"
    assert [c.milestone.indicator for c in reading.loose] == names, why


def test_a_kept_candidate_carries_its_probability_and_repeats_no_rule_event(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Written for this test: the rules find the first completion (预计…完成), the second
    clause (全部完成) only repeats it; 完成设备安装 is found by its verb alone. The screen is
    told to keep every candidate (0.6), so only the repeat rule can drop one."""
    from pacesetter_extraction import milestone_screen

    monkeypatch.setattr(milestone_screen, "probability", lambda feats: 0.6)
    text = (
        "2031年工作安排。城西康复中心工程预计明年第一季完成,全部完成。县档案馆新馆6月完成设备安装。"
    )
    assert len(read_rules(text).loose) == 2
    found = extract(text).milestones
    assert [m.indicator for m in found] == ["城西康复中心工程完成", "县档案馆新馆完成设备安装"]
    assert [m.confidence for m in found] == [1.0, 0.6]
    assert found[1].quote == "县档案馆新馆6月完成设备安装", "the clause without its full stop"


@pytest.fixture(scope="module")
def corpus_examples() -> Examples:
    pytest.importorskip("sklearn")
    return examples(*folders())[0]


def test_the_shipped_weights_are_what_the_corpus_trains(corpus_examples: Examples) -> None:
    assert_follows_corpus(WEIGHTS, corpus_examples, train(corpus_examples))


def test_no_weight_stands_for_fewer_than_ten_texts(corpus_examples: Examples) -> None:
    assert_no_thin_weights(WEIGHTS, corpus_examples)
