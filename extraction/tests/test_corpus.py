"""Scores on the labelled DEV corpus must meet the acceptance thresholds."""

from __future__ import annotations

from pathlib import Path

from pacesetter_extraction import evaluate


def test_corpus_scores_meet_thresholds(corpus_dir: Path) -> None:
    rep = evaluate(corpus_dir)
    _, _, target_f1 = rep.targets
    _, _, milestone_f1 = rep.milestones
    assert target_f1 >= 0.95, rep.format()
    assert milestone_f1 >= 0.70, rep.format()
    assert rep.indicator_accuracy >= 0.90, rep.format()
    assert rep.year_accuracy >= 0.95, rep.format()


def test_every_quote_is_an_exact_substring(corpus_dir: Path) -> None:
    from pacesetter_extraction import extract

    for path in sorted((corpus_dir / "docs").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        res = extract(text)
        for item in [*res.targets, *res.milestones, *res.projects]:
            assert text[item.start : item.end] == item.quote, (path.name, item)
