"""Growth targets judged against the same period last year; an incomplete month shown as
incomplete, never as a failure, and never hiding a red."""

from decimal import Decimal as D

import pytest

from pacesetter.analytics.selectors import plan_status
from pacesetter.analytics.status import GREEN, MISSING, RED, YELLOW
from pacesetter.analytics.tests import worlds
from pacesetter.analytics.units import unit_ranking
from pacesetter.core.periods import Period

pytestmark = pytest.mark.django_db
M = Period.parse


@pytest.fixture
def u():
    return worlds.units()


def _row(plan, upto):
    (row,) = plan_status(plan=plan, upto=M(upto)).rows
    return row


@pytest.mark.parametrize(
    ("this_year", "status"),
    [
        (102, RED),  # +2%: 6 points below 8%, beyond the plan's 5-point tolerance
        (105, YELLOW),  # +5%: 3 points below
        (109, GREEN),  # +9%
    ],
)
def test_a_growth_target_is_judged_on_the_year_to_date_against_last_year(u, this_year, status):
    gdp = worlds.measure("GDP")
    p = worlds.plan(u["Z"])
    worlds.indicator(p, "I1", gdp, u["Z1"], target=8, is_growth=True)  # 增长8%以上
    for month in (1, 2, 3):
        worlds.report(u["Z1"], f"2022{month:02d}", {gdp: 100})
        worlds.report(u["Z1"], f"2023{month:02d}", {gdp: this_year})
    row = _row(p, "202303")
    assert row.status == status
    assert row.growth == D(this_year - 100) / 100
    assert row.assessment.expected == 1  # a rate holds all year: no time path


def test_a_growth_target_below_pace_is_red_from_the_first_month(u):
    gdp = worlds.measure("GDP")
    p = worlds.plan(u["Z"])
    worlds.indicator(p, "I1", gdp, u["Z1"], target=8, is_growth=True)
    worlds.report(u["Z1"], "202201", {gdp: 100})
    worlds.report(u["Z1"], "202301", {gdp: 95})  # shrinking while 8% growth is asked
    row = _row(p, "202301")
    assert row.status == RED and row.assessment.gap_points == -13


def _towns_world(u, *, january, february):
    """Two towns with a share of 60 each of 120; both report January, 双城镇 February."""
    m = worlds.measure("X")
    p = worlds.plan(u["Z"])
    worlds.indicator(p, "I1", m, u["Z"], target=120, unit_targets={u["Z1"]: 60, u["Z2"]: 60})
    worlds.report(u["Z1"], "202301", {m: january[0]})
    worlds.report(u["Z2"], "202301", {m: january[1]})
    worlds.report(u["Z1"], "202302", {m: february})
    return p, m


def test_a_unit_that_has_not_reported_is_listed_not_ranked(u):
    p, m = _towns_world(u, january=(5, 5), february=5)
    worlds.report(u["Z2"], "202302", {m: 5}, accept=False)  # waiting for the office
    rows = unit_ranking(plan=p, parent=u["Z"], upto=M("202302"))
    assert [(r.unit.code, r.row.rank, r.reported) for r in rows] == [
        ("Z1", 1, True),
        ("Z2", None, False),
    ]
    assert rows[1].last_reported == M("202301")


def test_an_incomplete_month_is_missing_not_red(u):
    p, m = _towns_world(u, january=(5, 5), february=3)  # January on schedule: 10 of 120
    worlds.report(u["Z2"], "202302", {m: 3}, accept=False)
    row = _row(p, "202302")  # 13 of 120 accepted at a sixth of the year: red if complete
    assert row.status == MISSING
    assert (row.gap.month, row.gap.waiting, row.gap.assessed_to) == (M("202302"), 1, None)


def test_missing_never_hides_a_red(u):
    p, m = _towns_world(u, january=(1, 0), february=1)  # January far behind: 1 of 120
    worlds.report(u["Z2"], "202302", {m: 3}, accept=False)
    row = _row(p, "202302")
    assert row.status == RED
    assert (row.gap.waiting, row.gap.assessed_to) == (1, M("202301"))


def test_a_complete_month_is_judged_as_it_stands(u):
    p, m = _towns_world(u, january=(5, 5), february=3)
    worlds.report(u["Z2"], "202302", {m: 3})
    row = _row(p, "202302")
    assert row.gap is None and row.status == YELLOW  # 16 of 120: 3.3 points behind
