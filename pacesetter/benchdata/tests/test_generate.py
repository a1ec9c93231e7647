from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models import Count, Sum
from django.utils import translation

from pacesetter.accounts.models import User
from pacesetter.benchdata.generate import NotEmpty, generate
from pacesetter.benchdata.scales import KINDS
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue, DataValueChange
from pacesetter.indicators.models import Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan

pytestmark = pytest.mark.django_db(transaction=False)
END = Period.month(2024, 5)


def tiny(**kwargs):
    return generate("tiny", years=2, seed=7, progress=False, end=END, **kwargs)


def fingerprint() -> tuple:
    """What the world holds, named by codes (not keys, which differ between runs)."""
    figures = DataValue.objects.values_list("measure__code", "orgunit__code", "state").annotate(
        total=Sum("value"), n=Count("pk")
    )
    targets = Target.objects.values_list("indicator__goal__plan__code", "orgunit__code").annotate(
        total=Sum("value")
    )
    return sorted(figures), sorted(targets, key=str)


def test_same_seed_same_world_other_seed_other_figures():
    runs = []
    for seed in (7, 7, 8):
        with transaction.atomic():
            generate("tiny", years=2, seed=seed, progress=False, end=END)
            runs.append(fingerprint())
            transaction.set_rollback(True)
    assert runs[0] == runs[1]
    assert runs[0][0] != runs[2][0]


def test_counts_by_kind_and_every_kind_of_measure():
    made = tiny()
    assert made["units"] == {
        "province": 1,
        "city": 2,
        "county": 4,
        "township": 12,
        "department": 4,
    }
    assert made["units"] == dict(
        OrgUnit.objects.values_list("kind").annotate(n=Count("pk")).order_by("kind")
    )
    assert set(made["aggregations"]) == {"cumulative", "last", "average"}
    assert {k.value_type for k in KINDS} == {"number", "percent", "count", "milestone"}
    assert made["plans"] == Plan.objects.count() == 1 + 2 + 4  # province, cities, counties
    # Towns report every measure for 24 months; the units above them their rates and
    # milestones (not additive) only.
    own = sum(not k.additive for k in KINDS)
    assert made["figures"] == DataValue.objects.count() == 24 * (12 * 10 + 7 * own)
    assert made["history"] == DataValueChange.objects.filter(version=1).count() == made["figures"]
    assert made["periods"] == ["202206", "202405"]


def test_figures_are_plausible_and_targets_cascade():
    tiny()
    percents = DataValue.objects.filter(measure__value_type="percent")
    assert percents.filter(value__lt=0).count() == percents.filter(value__gt=100).count() == 0
    milestones = DataValue.objects.filter(measure__value_type="milestone")
    assert set(milestones.values_list("value", flat=True)) <= {Decimal(0), Decimal(1)}
    # Only the latest month is still in review; everything before it is accepted.
    assert set(DataValue.objects.exclude(state="accepted").values_list("period", flat=True)) <= {
        "202405"
    }
    # An additive target of a city plan is the sum of its counties' shares, and each county
    # plan adopts the same total over its towns.
    city = Plan.objects.get(code="bench-bench-c01")
    wide = Target.objects.get(
        indicator__goal__plan=city, indicator__code="I001", year=2024, orgunit=None
    )
    shares = Target.objects.filter(
        indicator__goal__plan=city, indicator__code="I001", year=2024, orgunit__isnull=False
    )
    assert (
        shares.count()
        == OrgUnit.objects.filter(kind="county", code__startswith="BENCH-C01").count()
    )
    assert abs(sum(s.value for s in shares) - wide.value) < Decimal("0.05")


def test_refuses_a_database_with_figures():
    tiny()
    before = OrgUnit.objects.count()
    with pytest.raises(NotEmpty):
        tiny()
    with translation.override("en"), pytest.raises(CommandError, match="already holds figures"):
        call_command("bench", "generate", "--scale", "county", "--no-progress")
    assert OrgUnit.objects.count() == before


def test_command_refuses_an_unknown_scale():
    with translation.override("en"), pytest.raises(CommandError, match="--scale must be one of"):
        call_command("bench", "generate", "--scale", "galaxy")


@pytest.mark.parametrize("username", ["bench-office", "bench-office-city", "bench-office-county"])
def test_dashboards_of_the_generated_plans_answer(client, username):
    made = tiny()
    user = User.objects.get(username=username)
    plan = Plan.objects.get(owner=user.orgunit)
    client.force_login(user)
    response = client.get(f"/plans/{plan.code}/")
    assert response.status_code == 200
    assert plan.name in response.content.decode()
    assert made["accounts"][username] == user.orgunit.code
