"""Counts (``last`` measures in whole numbers): lines rounded to whole steps, whose 80 %
intervals should hold the year-end count about 80 % of the time."""

from random import Random

from pacesetter.forecasts.methods import RATE, forecast


def _step_series(rng: Random) -> dict[int, float]:
    """Things done so far, a few a year: a line with a random start and pace, rounded."""
    start, pace = rng.random(), rng.uniform(0.05, 0.6)
    return {m: float(int(start + pace * m)) for m in range(1, 13)}


def test_a_counts_interval_holds_the_year_end_count_at_its_stated_rate():
    rng = Random(15)
    intervals = covered = 0
    for _ in range(300):
        year = _step_series(rng)
        for month in range(3, 12):
            made = forecast(aggregation="last", months={m: year[m] for m in range(1, month + 1)})
            assert made.has_interval  # also for a count that has not moved yet
            intervals += 1
            covered += made.low <= year[12] <= made.high
    assert intervals == 300 * 9
    assert abs(covered / intervals - RATE) <= 0.05, covered / intervals


def test_a_count_that_has_only_risen_is_not_expected_below_its_latest_figure():
    made = forecast(aggregation="last", months={1: 0, 2: 0, 3: 1}, horizon=10)
    assert made.low == 1
    assert made.high < 11.59  # Student's t on one degree of freedom reached 11.6


def test_a_count_that_has_not_moved_yet_gets_an_interval():
    made = forecast(aggregation="last", months={1: 2, 2: 2, 3: 2, 4: 2})
    assert made.value == 2 and made.low == 2
    assert 2 < made.high < 4
