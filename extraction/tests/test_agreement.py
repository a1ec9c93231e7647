"""A second labelling scored against the first with evaluate()'s own matching (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path

from pacesetter_extraction import evaluate
from pacesetter_extraction.evaluate import as_prediction

TEXT = "2027年,全县新建公园12个,新建公园12个的目标写进了报告,城北大桥年底建成通车。"
FIRST = [
    {"quote": "新建公园12个", "indicator": "新建公园", "growth": False, "comparator": "=",
     "value": 12, "value_max": None, "unit": "个", "base_value": 12, "year": 2027, "kind": "target"},
    {"quote": "新建公园12个", "indicator": "新建公园", "growth": False, "comparator": "=",
     "value": 12, "value_max": None, "unit": "个", "base_value": 12, "year": 2027, "kind": "target"},
    {"quote": "城北大桥年底建成通车", "indicator": "城北大桥建成通车", "year": 2027, "kind": "milestone"},
]  # fmt: skip


def _folder(tmp: Path) -> Path:
    (tmp / "docs").mkdir()
    (tmp / "docs" / "a.txt").write_text(TEXT, encoding="utf-8")
    rows = [json.dumps(dict(lab, doc="a.txt"), ensure_ascii=False) for lab in FIRST]
    (tmp / "labels.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp


def test_a_second_labelling_that_agrees_scores_one_and_one_that_differs_scores_less(
    tmp_path: Path,
) -> None:
    folder = _folder(tmp_path)
    same = evaluate(folder, predict=lambda text, name: as_prediction(text, FIRST))
    assert same.targets[2] == 1.0 and same.milestones[2] == 1.0, (
        "the same labels, repeated quote and all, agree completely"
    )
    other = [dict(FIRST[0], year=2026), dict(FIRST[2])]  # one mention left out, a year moved
    differs = evaluate(folder, predict=lambda text, name: as_prediction(text, other))
    assert (differs.target_tp, differs.target_gold, differs.year_ok) == (1, 2, 0), (
        "a mention the second labeller left out is a miss, and a year read otherwise counts"
    )


def test_a_labelled_texts_number_is_not_read_as_its_year(tmp_path: Path) -> None:
    """Docs are named NNNN-place-year-kind.txt; from doc 1950 on the number looks like a year,
    and a text that writes none of its own was dated by its number."""
    (tmp_path / "docs").mkdir()
    text = "今年全县新建公园12个。"
    (tmp_path / "docs" / "1988-county-undated-parks.txt").write_text(text, encoding="utf-8")
    label = dict(FIRST[0], doc="1988-county-undated-parks.txt", year=None)
    (tmp_path / "labels.jsonl").write_text(json.dumps(label, ensure_ascii=False) + "\n", "utf-8")
    rep = evaluate(tmp_path)
    assert (rep.target_tp, rep.year_ok) == (1, 1), "no year in the text or its slug: none read"
