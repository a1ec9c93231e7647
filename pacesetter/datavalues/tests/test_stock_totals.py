"""Stocks (additive ``last`` measures) read from kept totals: each unit's latest accepted
figure of the year, summed up the tree, kept current by acceptance and reopening, and equal
to a rebuild from the figures."""

from decimal import Decimal as D

import pytest

from pacesetter.analytics.aggregates import month_series, ytd_at
from pacesetter.analytics.tests import worlds
from pacesetter.core import policy
from pacesetter.core.periods import Period
from pacesetter.datavalues import rollups
from pacesetter.reporting.models import Report
from pacesetter.reporting.services import report_reopen

pytestmark = pytest.mark.django_db
M = Period.parse


@pytest.fixture
def u():
    return worlds.units()


@pytest.fixture
def stock():
    return worlds.measure("S", unit="户", value_type="count", aggregation="last")


def _values(root, measure, months, depth=None):
    series = month_series(measures=[measure], root=root, years=[2023], depth=depth)
    found = series.get((measure.pk, root.path))
    return [found.ytd("last", M(m)) if found else None for m in months]


def test_a_stock_sums_each_units_latest_figure_at_every_level(u, stock):
    worlds.report(u["Z1"], "202301", {stock: 2})
    worlds.report(u["Z2"], "202301", {stock: 1})
    worlds.report(u["Z2"], "202302", {stock: 4})  # 双城镇 reports nothing new in February
    worlds.report(u["Z1"], "202303", {stock: 5})
    worlds.report(u["F"], "202302", {stock: 10})
    months = ["202301", "202302", "202303", "202306"]
    assert _values(u["Z"], stock, months) == [D(3), D(6), D(9), D(9)]
    assert _values(u["C"], stock, months) == [D(3), D(16), D(19), D(19)]
    assert _values(u["P"], stock, months) == [D(3), D(16), D(19), D(19)]
    # The same at chosen months, as a ranking reads it; and per county below the city.
    points = ytd_at(measures=[stock], root=u["C"], points=[M("202302"), M("202303")], depth=3)
    assert points[(stock.pk, u["Z"].path)] == {M("202302"): D(6), M("202303"): D(9)}
    assert points[(stock.pk, u["F"].path)] == {M("202302"): D(10), M("202303"): D(10)}
    # The month's value on an indicator page is the stock at that month, not its change.
    series = month_series(measures=[stock], root=u["Z"], years=[2023])
    assert series[(stock.pk, u["Z"].path)].month(M("202302")) == D(6)
    assert rollups.differences() == []


def test_reopening_a_month_takes_its_figure_out_of_every_later_month(u, stock):
    worlds.report(u["Z1"], "202301", {stock: 2})
    worlds.report(u["Z1"], "202302", {stock: 7})
    worlds.report(u["Z1"], "202303", {stock: 8})
    february = Report.objects.get(orgunit=u["Z1"], period="202302")
    report_reopen(actor=policy.SYSTEM, report=february, reason="口径更正")
    # February falls back to January's figure; March still has its own.
    assert _values(u["C"], stock, ["202301", "202302", "202303"]) == [D(2), D(2), D(8)]
    january = Report.objects.get(orgunit=u["Z1"], period="202301")
    report_reopen(actor=policy.SYSTEM, report=january, reason="口径更正")
    assert _values(u["C"], stock, ["202301", "202302", "202303"]) == [None, None, D(8)]
    assert rollups.differences() == []


def test_a_unit_reporting_its_own_stock_answers_for_the_year(u, stock):
    worlds.report(u["Z1"], "202301", {stock: 2})
    worlds.report(u["Z2"], "202302", {stock: 3})
    worlds.report(u["Z"], "202303", {stock: 20})  # the county's own, checked count
    worlds.report(u["Z1"], "202304", {stock: 4})
    # The county's figure, not its towns' (which would count the same households twice).
    assert _values(u["Z"], stock, ["202302", "202303", "202304"]) == [None, D(20), D(20)]
    assert _values(u["C"], stock, ["202303", "202304"]) == [D(20), D(20)]
    towns = month_series(measures=[stock], root=u["Z"], years=[2023], depth=4)
    assert towns[(stock.pk, u["Z1"].path)].ytd("last", M("202304")) == D(4)
    # A new year starts from nothing: last year's figures do not carry into it.
    worlds.report(u["Z1"], "202401", {stock: 1})
    series = month_series(measures=[stock], root=u["Z"], years=[2024])
    assert series[(stock.pk, u["Z"].path)].ytd("last", M("202401")) == D(1)
    assert rollups.differences() == []
