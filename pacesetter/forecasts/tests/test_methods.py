"""The forecast itself (pure): seasonality from earlier years, the straight pace without
them, trend lines for levels, and intervals that hold the outcome at their stated rate."""

from pacesetter.forecasts.backtest import generator_cases, outcome, overall, run
from pacesetter.forecasts.methods import PACE, RATE, SEASONAL, TREND, forecast

EARLY = range(1, 7)  # January to June: where the shape of the year matters most


def _mean_error(cases, *, use_history: bool) -> float:
    errors = []
    for case in cases:
        actual = outcome(case)
        for month in EARLY:
            made = forecast(
                aggregation=case.aggregation,
                months={t: v for t, v in case.year.items() if t <= month},
                history=case.history if use_history else (),
            )
            errors.append(abs(made.value / actual - 1))
    return sum(errors) / len(errors)


def test_a_seasonal_measure_is_forecast_better_than_a_straight_pace():
    """On the generator's data (Spring Festival slows January and February, December rushes)
    the earlier years' shape more than halves the straight pace's error in the first half."""
    cases = [
        c
        for c in generator_cases(units=15, measures=10, years=3)
        if c.aggregation == "cumulative" and c.history
    ]
    assert len(cases) == 15 * 3 * 2  # flow, use, new; two years with an earlier one
    seasonal = _mean_error(cases, use_history=True)
    pace = _mean_error(cases, use_history=False)
    assert seasonal < pace / 2, (seasonal, pace)


def test_without_history_the_forecast_is_the_straight_pace():
    made = forecast(aggregation="cumulative", months={1: 9, 2: 11, 3: 10})
    assert made.method == PACE and made.history == 0
    assert made.value == 30 * 12 / 3
    assert made.low < made.value < made.high


def test_an_earlier_year_shapes_the_forecast():
    last_year = {m: 5.0 if m <= 2 else 10.0 for m in range(1, 13)}  # 110, 10 by February
    made = forecast(aggregation="cumulative", months={1: 5, 2: 5}, history=[last_year])
    assert made.method == SEASONAL and made.history == 1
    assert round(made.value, 6) == 110  # 10 ÷ (10 / 110); the straight pace says 60


def test_an_incomplete_earlier_year_is_not_used():
    partial = {m: 5.0 for m in range(1, 11)}  # no November or December
    made = forecast(aggregation="cumulative", months={1: 5, 2: 5}, history=[partial])
    assert made.method == PACE


def test_a_level_follows_its_trend_line_to_december():
    made = forecast(aggregation="last", months={1: 100, 2: 103, 3: 105, 4: 109, 5: 111})
    assert made.method == TREND
    assert 130 < made.value < 136 and made.low < made.value < made.high


def test_too_few_months_give_no_interval():
    assert not forecast(aggregation="cumulative", months={1: 5}).has_interval
    assert not forecast(aggregation="last", months={1: 5, 2: 6}).has_interval
    assert forecast(aggregation="average", months={}) is None


def test_the_intervals_cover_the_generators_outcomes_at_their_stated_rate():
    results = run(generator_cases(units=20, measures=10, years=3))
    coverage = overall(results).coverage
    assert abs(coverage - RATE) <= 0.05, coverage
