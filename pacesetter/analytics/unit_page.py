"""A unit's own indicators: its targets (own or plan-wide when it leads) and its figures."""

from django.db.models import Q

from pacesetter.analytics.figures import load_figures
from pacesetter.analytics.selectors import IndicatorRow, indicator_assessment
from pacesetter.core.periods import Period
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan


def unit_indicators(*, plan: Plan, unit: OrgUnit, upto: Period) -> list[IndicatorRow]:
    indicators = list(Indicator.objects.filter(goal__plan=plan)
                      .filter(Q(lead_unit=unit) | Q(targets__orgunit=unit, targets__year=upto.year))
                      .distinct().select_related("lead_unit").order_by("code"))
    targets = {}
    for t in Target.objects.filter(indicator__in=indicators, year=upto.year).filter(
            Q(orgunit=unit) | Q(orgunit=None)).order_by("orgunit"):
        if t.orgunit_id or t.indicator_id not in targets:
            targets[t.indicator_id] = t
    figures = load_figures(indicators=indicators, root_path=unit.path, years=[upto.year])
    rows = []
    for ind in indicators:
        own = [f for _p, f in figures.get(ind.pk, [])]
        value, latest, assessment = indicator_assessment(ind, targets.get(ind.pk), own, upto,
                                                         plan.yellow_tolerance)
        rows.append(IndicatorRow(ind, targets.get(ind.pk), value, latest, assessment))
    return rows
