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
