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
from pacesetter.reporting.grid import grid_rows

SYMBOLS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=", "~": "≈"}


def entry_units(*, user) -> QuerySet[OrgUnit]:
    """Units the user may download a template for and upload figures of."""
    return policy.scope(user, policy.ENTER, OrgUnit.objects.all(), unit_field="").order_by("path")


def template_lines(*, orgunit: OrgUnit, period: Period) -> list[TemplateLine]:
    """What the unit reports for the month (its one report across plans), with the targets,
    last period's and current figures."""
    rows = grid_rows(orgunit=orgunit, period=period)
    return [TemplateLine(
        code=row.measure.code, name=row.measure.name, measure=row.measure.unit,
        value_type=row.measure.value_type,
        target="; ".join(_target_text(pt.target) for pt in row.plans if pt.target),
        previous=row.previous, value=row.value.value if row.value else None,
        comment=row.value.comment if row.value else "") for row in rows]


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
    measures = plan_measures(plan=plan)
    values = policy.scope(user, policy.VIEW, DataValue.objects.filter(
        measure__in=measures, period__in=months, orgunit__path__startswith=plan.owner.path))
    visible = ~Q(state=DataValue.State.DRAFT)
    for root in policy.roots_for(user, policy.VIEW_DRAFT):
        visible |= Q(orgunit__path__startswith=root)
    return (values.filter(visible).select_related("measure", "orgunit")
            .order_by("period", "orgunit__path", "measure__code"))


def plan_measures(*, plan: Plan) -> QuerySet:
    from pacesetter.catalogue.models import Measure

    return Measure.objects.filter(indicators__goal__plan=plan).distinct()
