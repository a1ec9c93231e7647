"""A unit's own indicators: its targets (own or plan-wide when it leads) and its figures."""

from django.db.models import Exists, OuterRef, Q

from pacesetter.analytics.selectors import IndicatorRow, evaluate_indicators
from pacesetter.core.periods import Period
from pacesetter.indicators.models import Indicator, Target
from pacesetter.indicators.targets import targets_by_indicator
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan


def unit_indicators(*, plan: Plan, unit: OrgUnit, upto: Period) -> list[IndicatorRow]:
    indicators = list(
        Indicator.objects.filter(goal__plan=plan)
        .filter(
            Q(lead_unit=unit)
            | Exists(Target.objects.filter(indicator=OuterRef("pk"), orgunit=unit, year=upto.year))
        )
        .select_related("lead_unit", "measure")
        .order_by("code")
    )
    targets = targets_by_indicator(
        Target.objects.filter(indicator__in=indicators, year=upto.year).filter(
            Q(orgunit=unit) | Q(orgunit=None)
        ),
        orgunit_id=unit.pk,
    )
    return evaluate_indicators(
        indicators=indicators,
        targets=targets,
        scope=unit,
        upto=upto,
        tolerance=plan.yellow_tolerance,
    )
