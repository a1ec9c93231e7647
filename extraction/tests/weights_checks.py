"""Shared by the learnt screens' tests: shipped weights follow the corpus, and no weight stands
for fewer than ten texts."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from pacesetter_extraction.plausibility_training import MIN_TEXTS, Examples

DEV = Path(__file__).resolve().parents[1] / "corpus" / "dev"
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"


def folders() -> list[Path]:
    return [DEV] + ([SHARED] if (SHARED / "labels.jsonl").is_file() else [])


def assert_follows_corpus(weights: Path, ex: Examples, fresh: dict[str, Any]) -> None:
    """Retrained on the corpus as it is, the model decides as the shipped one: a set that joins
    dev, or a rule that changes what is found, means retraining (the command is in the file)."""
    shipped = json.loads(weights.read_text(encoding="utf-8"))
    assert shipped["texts"]["dev"] == len(list((DEV / "docs").glob("*.txt")))
    line = math.log(shipped["threshold"] / (1 - shipped["threshold"]))  # as log-odds
    agree = 0
    judged = [feats for i, feats in enumerate(ex.feats) if i not in ex.filtered]
    for feats in judged:  # what extract keeps, not what the rules' filters drop
        z_old = shipped["bias"] + sum(shipped["weights"].get(f, 0.0) for f in feats)
        z_new = fresh["bias"] + sum(fresh["weights"].get(f, 0.0) for f in feats)
        agree += (z_old >= line) == (z_new >= line)
    assert agree >= 0.995 * len(judged)


def assert_no_thin_weights(weights: Path, ex: Examples) -> None:
    shipped = json.loads(weights.read_text(encoding="utf-8"))
    if "corpus" in shipped["texts"] and not (SHARED / "labels.jsonl").is_file():
        pytest.skip("the weights were trained with the shared corpus, which is not here")
    seen_in: dict[str, set[str]] = {}
    for feats, text in zip(ex.feats, ex.texts, strict=True):
        for f in feats:
            seen_in.setdefault(f, set()).add(text)
    thin = [f for f in shipped["weights"] if len(seen_in.get(f, ())) < MIN_TEXTS]
    # a rule changed since training may move a feature across the line; not more than a few
    assert len(thin) <= 0.01 * len(shipped["weights"]), thin[:20]
