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
    """The test_rules_* files judge the rules; the learnt screens after them are judged in
    test_plausibility, test_milestone_screen and the corpus scores, and their weights follow
    the corpus, so a rule's test sentence is read by the rules alone (extract(screen=False)):
    no target dropped, no milestone found by its verb alone."""
    if request.module.__name__.rsplit(".", 1)[-1].startswith("test_rules_"):
        from pacesetter_extraction import milestone_screen, plausibility

        monkeypatch.setattr(plausibility, "screen", lambda doc, targets: targets)
        monkeypatch.setattr(milestone_screen, "screen", lambda loose, found: [])
