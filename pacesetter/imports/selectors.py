"""Reads for templates and exports; every one is limited by the role policy."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from pacesetter.core import policy
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.imports.workbooks import TemplateLine
from pacesetter.indicators.models import Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.reporting.selectors import report_indicators

SYMBOLS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=", "~": "≈"}


def entry_units(*, user) -> QuerySet[OrgUnit]:
    """Units the user may download a template for and upload figures of."""
    return policy.scope(user, policy.ENTER, OrgUnit.objects.all(), unit_field="").order_by("path")


def template_lines(*, plan: Plan, orgunit: OrgUnit, period: Period) -> list[TemplateLine]:
    """What the unit reports for the month, with its target, last period's and current figures."""
    indicators = list(report_indicators(plan=plan, orgunit=orgunit, year=period.year))
    targets: dict[int, Target] = {}
    # The unit's own target wins over the plan-wide one, whichever is read first.
    for target in (Target.objects.filter(indicator__in=indicators, year=period.year)
                   .filter(Q(orgunit=orgunit) | Q(orgunit=None))):
        if target.orgunit_id == orgunit.pk or target.indicator_id not in targets:
            targets[target.indicator_id] = target
    values = DataValue.objects.filter(indicator__in=indicators, orgunit=orgunit)
    previous = dict(values.filter(period=str(period.previous()))
                    .values_list("indicator_id", "value"))
    current = {i: (v, c) for i, v, c in values.filter(period=str(period))
               .values_list("indicator_id", "value", "comment")}
    lines = []
    for indicator in indicators:
        value, comment = current.get(indicator.pk, (None, ""))
        lines.append(TemplateLine(
            code=indicator.code, name=indicator.name, measure=indicator.unit,
            value_type=indicator.value_type, target=_target_text(targets.get(indicator.pk)),
            previous=previous.get(indicator.pk), value=value, comment=comment))
    return lines


def _target_text(target: Target | None) -> str:
    if target is None:
        return ""
    text = f"{SYMBOLS.get(target.comparator, target.comparator)} {target.value.normalize():f}"
    if target.value_max is not None:
        text += f"–{target.value_max.normalize():f}"
    return f"{text} %" if target.is_growth else text


def exportable_values(*, user, plan: Plan, period: Period) -> QuerySet[DataValue]:
    """The plan's figures for the months of ``period`` the user may read.

    Drafts show only where the user may read drafts (the unit's own staff and the plan office);
    a leader sees what has been submitted.
    """
    months = [str(month) for month in period.months()]
    values = policy.scope(user, policy.VIEW, DataValue.objects.filter(
        indicator__goal__plan=plan, period__in=months))
    visible = ~Q(state=DataValue.State.DRAFT)
    for root in policy.roots_for(user, policy.VIEW_DRAFT):
        visible |= Q(orgunit__path__startswith=root)
    return (values.filter(visible).select_related("indicator", "orgunit")
            .order_by("period", "orgunit__path", "indicator__code"))
