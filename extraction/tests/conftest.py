"""Shared paths. The corpus lives beside the repo: <repo>/../shared/corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
CORPUS = SHARED / "corpus"
SEED = SHARED / "seed" / "zherong-2023-interview.txt"


@pytest.fixture
def corpus_dir() -> Path:
    if not (CORPUS / "labels.jsonl").is_file():
        pytest.skip("shared corpus not present")
    return CORPUS


@pytest.fixture
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip("seed document not present")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _rules_alone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The test_rules_* files judge the rules; the learnt screen after them is judged in
    test_plausibility and the corpus scores, and its weights follow the corpus, so a rule's
    test sentence is read by the rules alone (extract(screen=False))."""
    if request.module.__name__.rsplit(".", 1)[-1].startswith("test_rules_"):
        from pacesetter_extraction import plausibility

        monkeypatch.setattr(plausibility, "screen", lambda doc, targets: targets)
