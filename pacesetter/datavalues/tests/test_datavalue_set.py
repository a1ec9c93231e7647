from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from pacesetter.accounts.services import user_ensure
from pacesetter.catalogue.services import measure_for
from pacesetter.core.exceptions import ConcurrentEdit, DomainError
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue, DataValueChange
from pacesetter.datavalues.services import datavalue_set
from pacesetter.indicators.models import Indicator
from pacesetter.orgunits.services import orgunit_ensure
from pacesetter.plans.models import Goal, Plan
from pacesetter.reporting import services as reports

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    city = orgunit_ensure(code="C", name="宁德市", kind="city")
    county = orgunit_ensure(code="Z", name="柘荣县", kind="county", parent=city)
    plan = Plan.objects.create(code="p", name="计划", owner=county, first_year=2023, last_year=2023)
    goal = Goal.objects.add_root({"plan": plan, "code": "G", "name": "目标", "level": "goal"})
    measure = measure_for(name="刀剪产业产值", unit="亿元")
    Indicator.objects.create(
        goal=goal, code="I", name="刀剪产业产值", measure=measure, lead_unit=county
    )

    def account(name, unit, role):
        return user_ensure(username=name, password="x", orgunit=unit, roles=[role], validate=False)

    return {
        "county": county,
        "measure": measure,
        "alice": account("alice", county, "reporter"),
        "bob": account("bob", county, "reporter"),
        "leader": account("lee", county, "leader"),
        "office": account("city-office", city, "plan_office"),
    }


def _set(world, who, value, **kw):
    return datavalue_set(
        actor=world[who],
        measure=world["measure"],
        orgunit=world["county"],
        period="202303",
        value=value,
        **kw,
    )


def test_every_change_appends_a_history_row_with_old_and_new(world):
    _set(world, "alice", Decimal("1.5"), reason="首次填报")
    _set(world, "bob", Decimal("1.7"), reason="更正口径")
    rows = list(
        DataValueChange.objects.order_by("version").values_list(
            "changed_by__username", "old_value", "new_value", "reason", "version"
        )
    )
    assert rows == [
        ("alice", None, Decimal("1.5"), "首次填报", 1),
        ("bob", Decimal("1.5"), Decimal("1.7"), "更正口径", 2),
    ]
    assert DataValue.objects.get().value == Decimal("1.7")


def test_saving_the_same_value_again_records_nothing(world):
    _set(world, "alice", Decimal("2"))
    _set(world, "alice", Decimal("2.0000"))
    assert DataValueChange.objects.count() == 1


def test_a_save_based_on_an_old_version_is_refused_and_names_the_other_value(world):
    first = _set(world, "alice", Decimal("1"))
    _set(world, "bob", Decimal("3"), expected_version=first.version)
    with pytest.raises(ConcurrentEdit, match="bob") as err:
        _set(world, "alice", Decimal("2"), expected_version=first.version)
    assert "3" in err.value.message
    assert DataValue.objects.get().value == Decimal("3")
    assert DataValueChange.objects.count() == 2


def test_history_rows_cannot_be_rewritten_or_deleted(world):
    _set(world, "alice", Decimal("1"))
    row = DataValueChange.objects.get()
    row.new_value = Decimal("9")
    with pytest.raises(ValueError, match="append-only"):
        row.save()
    with pytest.raises(ValueError, match="append-only"):
        row.delete()


def test_a_bad_period_is_a_domain_error_naming_the_field(world):
    with pytest.raises(DomainError) as err:
        datavalue_set(
            actor=world["alice"],
            measure=world["measure"],
            orgunit=world["county"],
            period="2023-13",
            value=Decimal(1),
        )
    assert "period" in err.value.fields
    assert DataValue.objects.count() == 0


@pytest.mark.parametrize("who", ["leader", "office"])
def test_only_those_who_may_enter_figures_for_the_unit_set_one(world, who):
    with pytest.raises(PermissionDenied):
        _set(world, who, Decimal(1))
    assert not DataValue.objects.exists() and not DataValueChange.objects.exists()


def test_a_figure_of_a_submitted_or_accepted_month_is_locked(world):
    _set(world, "alice", Decimal(1))
    report = reports.report_submit(
        actor=world["alice"], orgunit=world["county"], period=Period.parse("202303")
    )
    assert report.state == "signed"  # no unit head: straight on to the city's office
    with pytest.raises(DomainError) as err:
        _set(world, "bob", Decimal(2))
    assert err.value.code == "locked"
    reports.report_accept(actor=world["office"], report=report)
    with pytest.raises(DomainError, match="202303"):
        _set(world, "alice", Decimal(3))
    assert DataValue.objects.get().value == Decimal(1)
    assert DataValueChange.objects.count() == 1
    # Reopened with a reason, the month is the unit's to correct again.
    reports.report_reopen(actor=world["office"], report=report, reason="口径更正")
    assert _set(world, "alice", Decimal(3)).value == Decimal(3)
