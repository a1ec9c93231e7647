"""A plan's forecasts from its accepted figures: the measure's own earlier year shapes them,
a target out of reach is flagged, and the number of queries does not grow with the plan."""

from decimal import Decimal as D

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pacesetter.analytics.tests import worlds
from pacesetter.core.periods import Period
from pacesetter.forecasts.selectors import plan_forecasts

pytestmark = pytest.mark.django_db
M = Period.parse


@pytest.fixture
def u():
    return worlds.units()


def test_last_years_shape_lifts_a_slow_start(u):
    output = worlds.measure("OUT")
    p = worlds.plan(u["Z"])
    worlds.indicator(p, "I1", output, u["Z1"], target=100)
    for month in range(1, 13):  # Spring Festival: January and February at half speed
        worlds.report(u["Z1"], f"2022{month:02d}", {output: 5 if month <= 2 else 10})
    for month, value in ((1, 5.5), (2, 4.5), (3, 10)):
        worlds.report(u["Z1"], f"2023{month:02d}", {output: value})
    (row,) = plan_forecasts(plan=p, upto=M("202303")).rows
    assert row.forecast.method == "seasonal" and row.forecast.history == 1
    assert row.value == D("110.0000")  # 20 ÷ (20 / 110): the straight pace says 80
    assert row.completion == D("1.1")
    assert not row.will_miss


def test_a_target_out_of_reach_will_be_missed_and_one_within_it_will_not(u):
    output, energy = worlds.measure("OUT"), worlds.measure("USE", direction="lower")
    p = worlds.plan(u["Z"])
    worlds.indicator(p, "I1", output, u["Z1"], target=200)
    worlds.indicator(p, "I2", energy, u["Z1"], target=125)
    for month in range(1, 7):
        worlds.report(u["Z1"], f"2023{month:02d}", {output: 10 + month % 2, energy: 10})
    forecasts = plan_forecasts(plan=p, upto=M("202306"))
    missed, kept = forecasts.rows
    assert missed.forecast.method == "pace" and 120 < missed.value < 130
    assert missed.high < 200 and missed.will_miss
    low, high = missed.completion_range
    assert low < missed.completion < high < 1
    # Lower is better: 120 forecast against at most 125 — made, the interval reaching it.
    assert kept.value == D("120.0000") and not kept.will_miss
    assert forecasts.will_miss == [missed]


def test_a_growth_target_is_forecast_against_last_years_total_grown(u):
    output = worlds.measure("OUT")
    p = worlds.plan(u["Z"])
    worlds.indicator(p, "I1", output, u["Z1"], target=10, is_growth=True)
    for month in range(1, 13):
        worlds.report(u["Z1"], f"2022{month:02d}", {output: 10})
    worlds.report(u["Z1"], "202301", {output: 11})
    (row,) = plan_forecasts(plan=p, upto=M("202301")).rows
    assert row.goal == D(132)  # 120 grown by 10 %
    assert row.value == D("132.0000")


def test_units_with_targets_of_their_own_are_forecast_on_request(u):
    output = worlds.measure("OUT")
    p = worlds.plan(u["Z"])
    ind = worlds.indicator(
        p, "I1", output, u["Z"], target=240, unit_targets={u["Z1"]: 120, u["Z2"]: 120}
    )
    for month in range(1, 4):
        worlds.report(u["Z1"], f"2023{month:02d}", {output: 10})
        worlds.report(u["Z2"], f"2023{month:02d}", {output: 5})
    found = plan_forecasts(plan=p, upto=M("202303"), indicator=ind, units=True)
    assert found.of(ind).value == D(180)
    units = found.units_of(ind)
    assert {k: r.completion for k, r in units.items()} == {u["Z1"].pk: 1, u["Z2"].pk: D("0.5")}


def test_the_queries_do_not_grow_with_the_indicators(u):
    p = worlds.plan(u["Z"])
    measures = [worlds.measure(f"M{i}") for i in range(6)]
    for i, m in enumerate(measures[:2]):
        worlds.indicator(p, f"I{i}", m, u["Z1"], target=100)
    worlds.report(u["Z1"], "202301", {m: 5 for m in measures})

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            plan_forecasts(plan=p, upto=M("202301"), units=True)
        return len(queries)

    few = count()
    for i, m in enumerate(measures[2:], start=2):
        worlds.indicator(p, f"I{i}", m, u["Z1"], target=100)
    assert count() == few
