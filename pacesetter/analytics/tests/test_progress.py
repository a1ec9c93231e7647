from decimal import Decimal as D

from pacesetter.analytics.progress import Figure, actual, completion, latest_period
from pacesetter.core.periods import Period

M = Period.parse


def fig(unit, period, value):
    return Figure(unit, M(period), D(value))


FIGURES = [
    fig(1, "202301", "2"),
    fig(1, "202302", "3"),
    fig(2, "202301", "5"),
    fig(1, "202304", "4"),
    fig(1, "202212", "100"),
]


def test_cumulative_sums_this_year_up_to_the_period():
    assert actual(FIGURES, aggregation="cumulative", upto=M("202302")) == D(10)
    assert actual(FIGURES, aggregation="cumulative", upto=M("202310")) == D(14)


def test_last_value_takes_each_units_latest_figure():
    assert actual(FIGURES, aggregation="last", upto=M("202303")) == D(8)
    assert actual(FIGURES, aggregation="last", upto=M("202304")) == D(9)


def test_average_is_the_mean_of_period_totals():
    assert actual(FIGURES, aggregation="average", upto=M("202302")) == D(5)


def test_no_figures_is_unknown_not_zero():
    assert actual([], aggregation="cumulative", upto=M("202301")) is None
    assert actual(FIGURES, aggregation="cumulative", upto=M("202401")) is None


def test_completion_higher_and_lower_is_better():
    assert completion(D(15), D(20)) == D("0.75")
    assert completion(D(25), D(20)) == D("1.25")  # a target met early shows above 100%
    assert completion(D(4), D(2), lower_is_better=True) == D("0.5")
    assert completion(None, D(20)) is None


def test_latest_period_ignores_other_years_and_later_months():
    assert latest_period(FIGURES, upto=M("202303")) == M("202302")
