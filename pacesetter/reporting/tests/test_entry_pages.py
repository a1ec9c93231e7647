"""The monthly report as a unit fills it in: one report holding every measure it owes across
the active plans, each once, with what it needs beside each field; and the unit's open
months, returned and overdue first."""

import re
from datetime import date
from decimal import Decimal

import pytest
from django.db.models import Sum
from django.test import Client

from pacesetter.accounts.models import User
from pacesetter.catalogue.models import Measure
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Goal, Plan
from pacesetter.projects.models import Project
from pacesetter.reporting import services as rs
from pacesetter.reporting.grid import grid_rows, project_rows
from pacesetter.reporting.selectors import open_months
from pacesetter.reporting.tests.filling import fill_owed

pytestmark = pytest.mark.django_db
NOV = Period.parse("202311")


def _text(response) -> str:
    html = response.content.decode()
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html[html.find("<main") :]))


def _fuxi():
    return OrgUnit.objects.get(name="富溪镇"), User.objects.get(username="reporter-fuxi")


def test_fuxis_november_holds_each_measure_once_with_what_it_needs(demo):
    fuxi, _ = _fuxi()
    rows = {r.measure.code: r for r in grid_rows(orgunit=fuxi, period=NOV)}
    # Zherong's plan gives 富溪镇 its own targets for I07 and I10. The Ningde plan's N1 counts
    # the same measure as I10 but holds its target at county level (柘荣县): 富溪镇 owes the
    # figure once, and the grid shows which city target it adds up to.
    assert set(rows) == {"ZR-I07", "ZR-I10"}
    investment = rows["ZR-I10"]
    assert [(p.indicator.goal.plan.code, p.target.value) for p in investment.plans] == [
        ("zherong-2023", Decimal(5))
    ]
    assert [(p.indicator.code, p.via.name, p.target.value) for p in investment.also] == [
        ("N1", "柘荣县", Decimal(40))
    ]
    figures = DataValue.objects.filter(measure__code="ZR-I10", orgunit=fuxi)
    assert investment.previous == figures.get(period="202310").value
    assert (
        investment.year_to_date
        == figures.filter(period__lte="202310").aggregate(s=Sum("value"))["s"]
    )
    assert investment.prefill is None and investment.shown == ""  # a flow starts empty
    homestays = rows["ZR-I07"]  # a level (built so far) starts from last month's figure
    assert (
        homestays.prefill
        == homestays.previous
        == DataValue.objects.get(measure__code="ZR-I07", orgunit=fuxi, period="202310").value
    )
    assert homestays.shown == f"{homestays.previous.normalize():f}"


def test_a_measure_two_plans_give_the_unit_shows_once_with_both_targets(demo):
    fuxi, _ = _fuxi()
    county = OrgUnit.objects.get(code="350926")
    special = Plan.objects.create(
        code="zr-invest-2023",
        name="招商专项",
        owner=county,
        first_year=2023,
        last_year=2023,
        status=Plan.Status.ACTIVE,
    )
    goal = Goal.objects.add_root({"plan": special, "code": "G", "name": "招商", "level": "goal"})
    again = Indicator.objects.create(
        goal=goal,
        code="S1",
        name="新签约项目投资（专项）",
        measure=Measure.objects.get(code="ZR-I10"),
        lead_unit=county,
    )
    Target.objects.create(indicator=again, year=2023, orgunit=fuxi, value=Decimal(6))
    rows = [r for r in grid_rows(orgunit=fuxi, period=NOV) if r.measure.code == "ZR-I10"]
    assert len(rows) == 1
    assert sorted((p.indicator.goal.plan.code, p.target.value) for p in rows[0].plans) == [
        ("zherong-2023", Decimal(5)),
        ("zr-invest-2023", Decimal(6)),
    ]
    client = Client()
    client.force_login(User.objects.get(username="reporter-fuxi"))
    page = _text(client.get("/entry/350926101/202311/"))
    assert page.count("新签约工业、服务业项目投资") == 1
    assert "zherong-2023 ≥ 5" in page and "zr-invest-2023 ≥ 6" in page


def test_a_leading_unit_reports_its_projects_progress_in_the_same_report(demo):
    gongxin = OrgUnit.objects.get(code="ZR-GXJ")
    projects = project_rows(orgunit=gongxin, period=NOV)
    led = set(Project.objects.filter(lead_unit=gongxin).values_list("code", flat=True))
    assert {p.project.code for p in projects} == led and led
    assert all(p.progress is None for p in projects)  # November not yet reported


def test_open_months_put_returned_then_overdue_first(demo):
    fuxi, reporter = _fuxi()
    office = User.objects.get(username="office")
    # September was accepted; the office reopens it with a reason: it is back on the list.
    september = fuxi.reports.get(period="202309")
    rs.report_reopen(actor=office, report=september, reason="口径更正：请按签约合同额填报")
    months = open_months(orgunit=fuxi, today=date(2023, 11, 20))
    assert [str(m.period) for m in months] == ["202309", "202311"]
    assert months[0].return_reason == "口径更正：请按签约合同额填报"
    assert [m.overdue for m in months] == [True, False]
    # A month later November is overdue too and December is the month being reported.
    later = open_months(orgunit=fuxi, today=date(2023, 12, 20))
    assert [(str(m.period), m.overdue) for m in later] == [
        ("202309", True),
        ("202311", True),
        ("202312", False),
    ]

    client = Client()
    client.force_login(reporter)
    home = _text(client.get("/entry/"))
    assert home.index("2023-09") < home.index("2023-11")
    assert "口径更正：请按签约合同额填报" in home
    grid = client.get("/entry/350926101/202309/").content.decode()
    reason = grid.index('id="return-reason"')
    assert "口径更正：请按签约合同额填报" in grid[reason : reason + 200]
    assert reason < grid.index('id="grid"')  # at the top, above the figures


def test_a_submitted_month_leaves_the_list_and_a_returned_one_comes_back(demo):
    fuxi, reporter = _fuxi()
    today = date(2023, 12, 20)
    fill_owed(reporter, fuxi, NOV)
    rs.report_submit(actor=reporter, orgunit=fuxi, period=NOV)
    assert [str(m.period) for m in open_months(orgunit=fuxi, today=today)] == ["202312"]
    report = fuxi.reports.get(period="202311")
    rs.report_return(actor=User.objects.get(username="office"), report=report, reason="请补充说明")
    months = open_months(orgunit=fuxi, today=today)
    assert [(str(m.period), m.return_reason) for m in months] == [
        ("202311", "请补充说明"),
        ("202312", ""),
    ]


def test_a_submitted_month_is_shown_read_only_to_its_unit(demo):
    fuxi, reporter = _fuxi()
    client = Client()
    client.force_login(reporter)
    assert 'id="save-draft"' in client.get("/entry/350926101/202311/").content.decode()
    fill_owed(reporter, fuxi, NOV)
    rs.report_submit(actor=reporter, orgunit=fuxi, period=NOV)
    page = client.get("/entry/350926101/202311/").content.decode()
    assert 'id="save-draft"' not in page and 'id="submit-report"' not in page
    assert re.search(r"<fieldset[^>]* disabled>", page)
