"""Year-to-date values aggregated in SQL: own figure wins, branches, time aggregations, and
the same numbers as the plain Python rule (``progress.actual``) on random figures."""

import random
from decimal import Decimal as D

import pytest

from pacesetter.analytics.aggregates import month_series
from pacesetter.analytics.progress import Figure, actual
from pacesetter.analytics.tests import worlds
from pacesetter.core.periods import Period

pytestmark = pytest.mark.django_db
M = Period.parse


@pytest.fixture
def u():
    return worlds.units()


def _ytd(series, measure, unit, upto):
    return series[(measure.pk, unit.path)].ytd(measure.aggregation, M(upto))


def test_a_units_own_figure_wins_over_the_sum_of_the_units_below_it(u):
    m = worlds.measure("X")
    worlds.report(u["Z1"], "202301", {m: 3})
    worlds.report(u["Z2"], "202301", {m: 4})
    worlds.report(u["Z1"], "202302", {m: 1})
    worlds.report(u["Z2"], "202302", {m: 2})
    worlds.report(u["Z"], "202302", {m: 10})  # the county's own February figure
    county = month_series(measures=[m], root=u["Z"], years=[2023])
    assert county[(m.pk, u["Z"].path)].totals == {M("202301"): D(7), M("202302"): D(10)}
    assert _ytd(county, m, u["Z"], "202302") == D(17)
    # Ranked among the city's counties, 柘荣县 counts the same way; its towns are in it.
    city = month_series(measures=[m], root=u["C"], years=[2023], depth=u["C"].depth + 1)
    assert _ytd(city, m, u["Z"], "202302") == D(17)
    assert set(city) == {(m.pk, u["Z"].path)}
    # Among the county's towns, each town counts its own figures.
    towns = month_series(measures=[m], root=u["Z"], years=[2023], depth=u["Z"].depth + 1)
    assert (_ytd(towns, m, u["Z1"], "202302"), _ytd(towns, m, u["Z2"], "202302")) == (D(4), D(6))


def test_only_accepted_figures_count(u):
    m = worlds.measure("X")
    worlds.report(u["Z1"], "202301", {m: 3})
    worlds.report(u["Z2"], "202301", {m: 4}, accept=False)  # signed, waiting for the office
    series = month_series(measures=[m], root=u["Z"], years=[2023])
    assert _ytd(series, m, u["Z"], "202301") == D(3)


def test_rates_are_never_summed(u):
    rate = worlds.measure("R", unit="%", value_type="percent", aggregation="last")
    assert not rate.additive
    worlds.report(u["Z1"], "202301", {rate: 50})
    worlds.report(u["Z2"], "202301", {rate: 70})
    county = month_series(measures=[rate], root=u["Z"], years=[2023], own=[u["Z1"]])
    assert (rate.pk, u["Z"].path) not in county  # the county has no rate of its own
    assert _ytd(county, rate, u["Z1"], "202301") == D(50)  # a lead unit's own figure
    worlds.report(u["Z"], "202301", {rate: 61})
    county = month_series(measures=[rate], root=u["Z"], years=[2023])
    assert _ytd(county, rate, u["Z"], "202301") == D(61)


def test_last_value_carries_each_units_latest_figure(u):
    m = worlds.measure("L", unit="个", value_type="count", aggregation="last")
    worlds.report(u["Z1"], "202301", {m: 2})
    worlds.report(u["Z2"], "202301", {m: 1})
    worlds.report(u["Z1"], "202302", {m: 3})  # 富溪镇 reports nothing new in February
    worlds.report(u["Z2"], "202303", {m: 5})
    series = month_series(measures=[m], root=u["Z"], years=[2023])
    assert [_ytd(series, m, u["Z"], f"20230{n}") for n in (1, 2, 3)] == [D(3), D(4), D(8)]


def test_average_is_the_mean_of_the_month_totals(u):
    m = worlds.measure("A", aggregation="average")
    worlds.report(u["Z1"], "202301", {m: 2})
    worlds.report(u["Z2"], "202301", {m: 4})
    worlds.report(u["Z1"], "202302", {m: 9})
    series = month_series(measures=[m], root=u["Z"], years=[2023])
    assert _ytd(series, m, u["Z"], "202302") == D("7.5")


@pytest.mark.parametrize("aggregation", ["cumulative", "last", "average"])
def test_sql_gives_the_numbers_of_the_plain_rule_on_random_figures(u, aggregation):
    rng = random.Random(aggregation)
    m = worlds.measure("Q", aggregation=aggregation)
    figures = []
    for month in range(1, 7):
        for town in (u["Z1"], u["Z2"]):
            if rng.random() < 0.7:
                value = D(rng.randint(0, 9999)) / 100
                worlds.report(town, f"2023{month:02d}", {m: value})
                figures.append(Figure(town.pk, M(f"2023{month:02d}"), value))
    series = month_series(measures=[m], root=u["Z"], years=[2023])
    for month in range(1, 7):
        upto = M(f"2023{month:02d}")
        assert _ytd(series, m, u["Z"], upto) == actual(
            figures, aggregation=aggregation, upto=upto
        ), upto


def test_only_the_measures_asked_for_are_read(u):
    asked, other = worlds.measure("X"), worlds.measure("R", unit="%", value_type="percent")
    worlds.report(u["Z1"], "202301", {asked: 3, other: 40})
    towns = month_series(measures=[asked], root=u["Z"], years=[2023], depth=u["Z"].depth + 1)
    assert set(towns) == {(asked.pk, u["Z1"].path)}


def test_a_rate_at_chosen_months_is_the_units_latest_figure(u):
    from pacesetter.analytics.aggregates import ytd_at

    rate = worlds.measure("R", unit="%", value_type="percent", aggregation="last")
    worlds.report(u["Z1"], "202301", {rate: 50})
    worlds.report(u["Z1"], "202303", {rate: 60})
    worlds.report(u["Z2"], "202302", {rate: 70})
    months = [M("202301"), M("202302"), M("202303"), M("202212")]
    towns = ytd_at(measures=[rate], root=u["Z"], points=months, depth=u["Z"].depth + 1)
    assert towns[(rate.pk, u["Z1"].path)] == {M("202301"): 50, M("202302"): 50, M("202303"): 60}
    assert towns[(rate.pk, u["Z2"].path)] == {M("202302"): 70, M("202303"): 70}
