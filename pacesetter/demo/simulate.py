"""Deterministic simulated monthly figures: the same numbers on every machine and every run."""

import random
from decimal import Decimal

MONTHS = range(1, 11)  # January–October 2023
_SEASON = {1: 0.85, 2: 0.7, 3: 1.0}  # Spring Festival slows January and February


def _rng(*key: object) -> random.Random:
    return random.Random("/".join(map(str, key)))


def monthly_flow(
    total: Decimal, pace: float, *key: object, drift: float = 0.0
) -> dict[int, Decimal]:
    """Each month's own value of a cumulative figure heading for ``total`` at ``pace``;
    ``drift`` speeds a unit up (or slows it down) through the year, so rankings move."""
    rng = _rng("flow", *key)
    share = float(total) / 12 * pace
    return {
        m: Decimal(
            str(
                round(
                    share
                    * _SEASON.get(m, 1.05)
                    * (1 + drift * (m - 5.5) / 4.5)
                    * rng.uniform(0.9, 1.1),
                    2,
                )
            )
        )
        for m in MONTHS
    }


def running_count(target: Decimal, pace: float) -> dict[int, Decimal]:
    """A count that grows with time at ``pace`` (景区, 民宿 built so far), never falling."""
    return {m: Decimal(int(float(target) * pace * m / 12 + 0.5)) for m in MONTHS}


def milestone(done_month: int | None) -> dict[int, Decimal]:
    return {m: Decimal(1 if done_month is not None and m >= done_month else 0) for m in MONTHS}
