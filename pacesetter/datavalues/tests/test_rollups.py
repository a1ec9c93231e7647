"""Kept month totals follow the workflow: a unit's month counts in every total above it from
its acceptance until it is reopened, own figure wins, and a rebuild from the figures finds
nothing to change."""

from decimal import Decimal

import pytest

from pacesetter.accounts.services import user_ensure
from pacesetter.catalogue.services import measure_for
from pacesetter.core.periods import Period
from pacesetter.datavalues import rollups
from pacesetter.datavalues.models import MonthTotal
from pacesetter.datavalues.services import datavalue_set
from pacesetter.orgunits.services import orgunit_ensure
from pacesetter.reporting import services as reports

pytestmark = pytest.mark.django_db
MONTH = "202303"


@pytest.fixture
def world():
    city = orgunit_ensure(code="C", name="宁德市", kind="city")
    county = orgunit_ensure(code="Z", name="柘荣县", kind="county", parent=city)
    towns = [
        orgunit_ensure(code=f"T{i}", name=f"镇{i}", kind="township", parent=county) for i in (1, 2)
    ]
    units = {"city": city, "county": county, "t1": towns[0], "t2": towns[1]}

    def account(name, unit, role):
        return user_ensure(username=name, password="x", orgunit=unit, roles=[role], validate=False)

    return {
        **units,
        "output": measure_for(name="刀剪产业产值", unit="亿元"),
        "rate": measure_for(name="优良天数比例", unit="%", additive=False),
        "reporter": {k: account(f"rep-{k}", u, "reporter") for k, u in units.items()},
        "office": {
            "county": account("office-county", county, "plan_office"),
            "city": account("office-city", city, "plan_office"),
        },
    }


def _report(world, unit, figures):
    for measure, value in figures.items():
        datavalue_set(
            actor=world["reporter"][unit],
            measure=world[measure],
            orgunit=world[unit],
            period=MONTH,
            value=Decimal(value),
            reason="",
        )
    return reports.report_submit(
        actor=world["reporter"][unit], orgunit=world[unit], period=Period.parse(MONTH)
    )


def _accept(world, report, by="county"):
    return reports.report_accept(actor=world["office"][by], report=report)


def _total(world, unit, measure="output"):
    row = MonthTotal.objects.filter(orgunit=world[unit], measure=world[measure], period=MONTH)
    return row.values_list("total", flat=True).first()


def test_totals_follow_acceptance_and_reopening(world):
    first = _report(world, "t1", {"output": "10", "rate": "80"})
    assert _total(world, "county") is None  # submitted: not counted yet
    _accept(world, first)
    second = _accept(world, _report(world, "t2", {"output": "5.5"}))
    assert [_total(world, u) for u in ("t1", "t2", "county", "city")] == [10, Decimal("5.5")] + [
        Decimal("15.5")
    ] * 2
    assert _total(world, "county", "rate") is None  # a rate is not summed over units
    reports.report_reopen(actor=world["office"]["county"], report=second, reason="口径更正")
    assert (_total(world, "t2"), _total(world, "county"), _total(world, "city")) == (None, 10, 10)
    assert rollups.differences() == []


def test_a_units_own_figure_wins_over_the_sum_of_its_units(world):
    _accept(world, _report(world, "t1", {"output": "10"}))
    _accept(world, _report(world, "t2", {"output": "5"}))
    county = _report(world, "county", {"output": "14"})  # the county's own, checked figure
    assert _total(world, "city") == 15
    _accept(world, county, by="city")
    assert (_total(world, "county"), _total(world, "city")) == (14, 14)
    assert rollups.differences() == []


def test_a_kept_total_that_disagrees_with_the_figures_is_found(world):
    _accept(world, _report(world, "t1", {"output": "10"}))
    assert rollups.differences() == []
    MonthTotal.objects.filter(orgunit=world["county"]).update(total=Decimal("11"))
    found = rollups.differences()
    # SQLite hands sums back as floats, PostgreSQL as decimals: compared as numbers.
    assert [(u, Decimal(str(k)), Decimal(str(r))) for _m, u, _p, k, r in found] == [
        (world["county"].pk, 11, 10)
    ]
    assert _total(world, "county") == 11  # only compared, not changed
    rollups.rebuild()
    assert _total(world, "county") == 10 and rollups.differences() == []


def test_the_command_reports_a_disagreement_and_rebuilds(world):
    from io import StringIO

    from django.core.management import CommandError, call_command

    _accept(world, _report(world, "t1", {"output": "10"}))
    call_command("rollups", stdout=StringIO())
    MonthTotal.objects.filter(orgunit=world["city"]).delete()
    with pytest.raises(CommandError):
        call_command("rollups", stdout=StringIO())
    call_command("rollups", "--rebuild", stdout=StringIO())
    assert _total(world, "city") == 10
