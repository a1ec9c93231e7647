"""A database made by the previous version (figures per plan indicator, one report per plan)
upgrades with ``pacesetter migrate`` without losing a figure, a history row or a transition.

The old shape is built with the historical models of the old migration state, then the
ordinary ``migrate`` command (what ``pacesetter migrate`` runs) brings it forward. Slow:
keep these few."""

from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

# The last migrations of the previous version; catalogue did not exist.
OLD = [
    ("indicators", "0001_initial"),
    ("datavalues", "0001_initial"),
    ("reporting", "0002_history"),
    ("projects", "0002_problem_level_label"),
    ("plans", "0001_initial"),
]
PERIOD = "202303"

pytestmark = pytest.mark.django_db(transaction=True)


def _migrate_back():
    executor = MigrationExecutor(connection)
    executor.migrate([*OLD, ("catalogue", None)])
    executor.loader.build_graph()
    return executor.loader.project_state(OLD).apps


@pytest.fixture
def old_apps():
    """The schema of the previous version; whatever happens, the latest schema afterwards
    (the test database is shared with every other test)."""
    try:
        yield _migrate_back()
    finally:
        call_command("migrate", verbosity=0)


def _node(apps, path, **fields):
    OrgUnit = apps.get_model("orgunits", "OrgUnit")
    depth = len(path) // 4
    return OrgUnit.objects.create(path=path, depth=depth, **fields)


def _old_world(apps):
    """Two plans (city and county) each tracking 刀剪产业产值 (亿元) under their own code,
    each with a rate of its own that happens to share the code I02 and the unit %."""
    User = apps.get_model("accounts", "User")
    Plan = apps.get_model("plans", "Plan")
    Goal = apps.get_model("plans", "Goal")
    Indicator = apps.get_model("indicators", "Indicator")
    HistoricalIndicator = apps.get_model("indicators", "HistoricalIndicator")
    DataValue = apps.get_model("datavalues", "DataValue")
    DataValueChange = apps.get_model("datavalues", "DataValueChange")
    Report = apps.get_model("reporting", "Report")
    ReportTransition = apps.get_model("reporting", "ReportTransition")

    city = _node(apps, "0001", numchild=1, code="3509", name="宁德市", kind="city")
    county = _node(apps, "00010001", numchild=2, code="350926", name="柘荣县", kind="county")
    shuangcheng = _node(apps, "000100010001", code="350926100", name="双城镇", kind="township")
    fuxi = _node(apps, "000100010002", code="350926101", name="富溪镇", kind="township")
    alice = User.objects.create(username="alice", password="!")
    office = User.objects.create(username="office", password="!")

    def plan(code, owner, goal_path):
        p = Plan.objects.create(
            code=code, name=code, owner=owner, first_year=2023, last_year=2023, status="active"
        )
        goal = Goal.objects.create(
            plan=p, path=goal_path, depth=1, code="G1", name="目标", level="goal"
        )
        return p, goal

    county_plan, county_goal = plan("zherong-2023", county, "0001")
    city_plan, city_goal = plan("ningde-2023", city, "0002")
    ind = {
        "county_output": Indicator.objects.create(
            goal=county_goal, code="I01", name="刀剪产业产值", unit="亿元", lead_unit=county
        ),
        "city_output": Indicator.objects.create(
            goal=city_goal, code="N1", name="刀剪产业产值", unit="亿元", lead_unit=county
        ),
        "county_rate": Indicator.objects.create(
            goal=county_goal,
            code="I02",
            name="森林覆盖率",
            unit="%",
            value_type="percent",
            aggregation="last",
            lead_unit=county,
        ),
        "city_rate": Indicator.objects.create(
            goal=city_goal,
            code="I02",
            name="城镇调查失业率",
            unit="%",
            value_type="percent",
            aggregation="last",
            direction="lower",
            lead_unit=city,
        ),
    }
    HistoricalIndicator.objects.create(
        id=ind["city_rate"].pk,
        code="I02",
        name="城镇调查失业率",
        unit="%",
        value_type="percent",
        aggregation="last",
        direction="lower",
        goal_id=city_goal.pk,
        lead_unit_id=city.pk,
        history_date=timezone.now(),
        history_type="+",
    )

    def figure(indicator, unit, state, *values):
        dv = DataValue.objects.create(
            indicator=indicator,
            orgunit=unit,
            period=PERIOD,
            value=values[-1],
            state=state,
            version=len(values),
            updated_by=alice,
        )
        old = None
        for version, value in enumerate(values, start=1):
            DataValueChange.objects.create(
                datavalue=dv,
                version=version,
                changed_by=alice,
                old_value=old,
                new_value=value,
                reason=f"v{version}",
            )
            old = value
        return dv

    # The county's copy was accepted; the city's copy of the same figure is a newer draft.
    figure(ind["county_output"], shuangcheng, "accepted", Decimal("1.2"), Decimal("1.5"))
    figure(ind["city_output"], shuangcheng, "draft", Decimal("9.9"))
    figure(ind["county_output"], fuxi, "accepted", Decimal("2.0"))
    figure(ind["county_rate"], shuangcheng, "accepted", Decimal("60.5"))
    figure(ind["city_rate"], shuangcheng, "draft", Decimal("4.2"))

    def report(p, unit, state, *steps):
        r = Report.objects.create(
            plan=p, orgunit=unit, period=PERIOD, state=state, version=len(steps) + 1
        )
        for from_state, to_state in steps:
            ReportTransition.objects.create(
                report=r,
                from_state=from_state,
                to_state=to_state,
                actor=office,
                reason=f"{p.code} {to_state}",
            )
        return r

    report(
        county_plan,
        shuangcheng,
        "accepted",
        ("draft", "submitted"),
        ("submitted", "signed"),
        ("signed", "accepted"),
    )
    report(city_plan, shuangcheng, "submitted", ("draft", "submitted"))
    report(county_plan, fuxi, "submitted", ("draft", "submitted"))
    return {
        "indicators": {key: i.pk for key, i in ind.items()},
        "units": {"shuangcheng": shuangcheng.pk, "fuxi": fuxi.pk},
    }


def test_previous_version_database_upgrades_keeping_every_figure_and_history(old_apps):
    old = _old_world(old_apps)
    call_command("migrate", verbosity=0)

    from pacesetter.catalogue.models import Measure
    from pacesetter.datavalues.models import DataValue, DataValueChange
    from pacesetter.indicators.models import Indicator
    from pacesetter.reporting.models import Report, ReportTransition

    ind = {key: Indicator.objects.get(pk=pk) for key, pk in old["indicators"].items()}
    shared = ind["county_output"].measure
    assert ind["city_output"].measure == shared
    assert (shared.name, shared.unit, shared.additive) == ("刀剪产业产值", "亿元", True)
    # Same plan-local code, different quantities: never merged.
    assert ind["county_rate"].measure != ind["city_rate"].measure
    assert ind["county_rate"].measure.name == "森林覆盖率"
    city_rate = ind["city_rate"].measure
    assert (
        city_rate.name,
        city_rate.unit,
        city_rate.value_type,
        city_rate.aggregation,
        city_rate.direction,
        city_rate.additive,
    ) == ("城镇调查失业率", "%", "percent", "last", "lower", False)
    assert Measure.objects.count() == 3
    assert len(set(Measure.objects.values_list("code", flat=True))) == 3
    # The indicator's history keeps what it counted.
    assert list(ind["city_rate"].history.values_list("measure_id", flat=True)) == [city_rate.pk]

    # One figure per measure × unit × period; the accepted copy is the one kept.
    assert DataValue.objects.count() == 4
    kept = DataValue.objects.get(
        measure=shared, orgunit_id=old["units"]["shuangcheng"], period=PERIOD
    )
    assert (kept.value, kept.state) == (Decimal("1.5"), "accepted")
    assert sum(DataValue.objects.values_list("value", flat=True)) == Decimal("68.2")

    # Every history row survives, on a figure that exists, numbered without gaps.
    assert DataValueChange.objects.count() == 6
    assert not DataValueChange.objects.exclude(datavalue__in=DataValue.objects.all()).exists()
    history = list(kept.changes.order_by("version").values_list("version", "new_value"))
    assert history == [(1, Decimal("1.2")), (2, Decimal("1.5")), (3, Decimal("9.9"))]
    assert kept.version == 3
    assert kept.changes.get(version=3).reason == "v1 [merged from ningde-2023 N1]"
    for dv in DataValue.objects.exclude(pk=kept.pk):
        assert list(dv.changes.values_list("version", flat=True)) == list(range(1, dv.version + 1))

    # One report per unit and month; every transition kept on it.
    assert Report.objects.count() == 2
    merged = Report.objects.get(orgunit_id=old["units"]["shuangcheng"], period=PERIOD)
    assert merged.state == "accepted"
    assert ReportTransition.objects.count() == 5
    assert sorted(merged.transitions.values_list("reason", flat=True)) == [
        "ningde-2023 submitted [merged from the report of plan ningde-2023]",
        "zherong-2023 accepted",
        "zherong-2023 signed",
        "zherong-2023 submitted",
    ]
    assert not ReportTransition.objects.exclude(report__in=Report.objects.all()).exists()


def test_empty_previous_version_database_migrates_forward(old_apps):
    call_command("migrate", verbosity=0)

    executor = MigrationExecutor(connection)
    assert executor.migration_plan(executor.loader.graph.leaf_nodes()) == []
    with connection.cursor() as cursor:
        constraints = {
            table: connection.introspection.get_constraints(cursor, table)
            for table in ("datavalues_datavalue", "reporting_report")
        }
    unique = {
        table: {tuple(c["columns"]) for c in found.values() if c["unique"]}
        for table, found in constraints.items()
    }
    assert ("measure_id", "orgunit_id", "period") in unique["datavalues_datavalue"]
    assert ("orgunit_id", "period") in unique["reporting_report"]
