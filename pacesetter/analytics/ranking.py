"""Rankings among sibling units with their movement since the previous period (晋位)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

# A unit far ahead on one indicator cannot hide being behind on others.
SCORE_CAP = Decimal("1.2")


@dataclass(frozen=True)
class RankRow:
    unit_id: int
    score: Decimal | None
    rank: int | None
    previous_rank: int | None

    @property
    def movement(self) -> int | None:
        """Places gained since last period (positive = moved up)."""
        if self.rank is None or self.previous_rank is None:
            return None
        return self.previous_rank - self.rank


def ranks(scores: Mapping[int, Decimal | None]) -> dict[int, int | None]:
    """Competition ranking, higher score first: ties share a rank (1, 1, 3)."""
    ordered = sorted((s for s in scores.values() if s is not None), reverse=True)
    position: dict[Decimal, int] = {}
    for index, score in enumerate(ordered, start=1):
        position.setdefault(score, index)
    return {unit: (position[s] if s is not None else None) for unit, s in scores.items()}


def ranking(
    current: Mapping[int, Decimal | None], previous: Mapping[int, Decimal | None]
) -> list[RankRow]:
    now, before = ranks(current), ranks(previous)
    rows = [RankRow(u, current[u], now[u], before.get(u)) for u in current]
    return sorted(rows, key=lambda r: (r.rank is None, r.rank or 0, r.unit_id))


def composite(parts: list[tuple[Decimal, Decimal | None]]) -> Decimal | None:
    """Weighted mean of progress ratios (completion ÷ expected, capped) over (weight, ratio)."""
    known = [(w, min(r, SCORE_CAP)) for w, r in parts if r is not None and w > 0]
    total = sum((w for w, _r in known), Decimal(0))
    if not total:
        return None
    return sum((w * r for w, r in known), Decimal(0)) / total


def growth(current: Decimal | None, base: Decimal | None) -> Decimal | None:
    """Rate of change against a base (同比 / 环比), as a fraction; None when unknowable."""
    if current is None or base is None or base == 0:
        return None
    return (current - base) / abs(base)
