"""Reads for templates and exports; every one is limited by the role policy."""

from __future__ import annotations

import uuid
from datetime import date

from django.db.models import QuerySet
from django.utils import timezone

from pacesetter.catalogue.models import Measure
from pacesetter.core import policy
from pacesetter.core.periods import Period, latest_closed_month
from pacesetter.datavalues.models import DataValue
from pacesetter.datavalues.selectors import values_visible
from pacesetter.imports.models import ImportPreview
from pacesetter.imports.workbooks import TemplateLine
from pacesetter.indicators.models import Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.plans.selectors import plan_list_visible
from pacesetter.reporting.collected import collected_rows
from pacesetter.reporting.grid import GridRow, grid_rows
from pacesetter.reporting.selectors import entry_units, open_months

SYMBOLS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=", "~": "≈"}


def entry_default(
    *, user: policy.Actor, today: date | None = None
) -> tuple[OrgUnit | None, Period]:
    """The unit and month the template form opens on: the user's own unit (else the first it
    may report for) and that unit's first open month, else the latest closed month."""
    units = entry_units(user=user)
    unit = units.filter(pk=user.orgunit_id).first() if user.orgunit_id else None
    unit = unit or units.first()
    months = open_months(orgunit=unit, today=today) if unit is not None else []
    if months:
        return unit, months[0][0]
    return unit, latest_closed_month(today or timezone.localdate())


def template_lines(*, orgunit: OrgUnit, period: Period) -> list[TemplateLine]:
    """What the unit reports for the month (its one report across plans), with the targets,
    last period's and current figures; then the figures it collects for other units."""
    rows = grid_rows(orgunit=orgunit, period=period)
    return [
        TemplateLine(
            code=row.measure.code,
            name=row.measure.name,
            measure=row.measure.unit,
            value_type=row.measure.value_type,
            target=_targets_text(row),
            previous=row.previous,
            value=row.value.value if row.value else None,
            comment=row.value.comment if row.value else "",
        )
        for row in rows
    ] + [
        TemplateLine(
            code=row.measure.code,
            name=row.measure.name,
            measure=row.measure.unit,
            value_type=row.measure.value_type,
            target="",
            previous=row.previous,
            value=row.value.value if row.value else None,
            comment=row.value.comment if row.value else "",
            unit_code=row.collection.orgunit.code,
            unit_name=row.collection.orgunit.name,
        )
        for row in collected_rows(collector=orgunit, period=period)
        if row.collection is not None
    ]


def _targets_text(row: GridRow) -> str:
    """One plan's target as is; several plans' each after its plan code, as the grid shows."""
    if len(row.plans) == 1:
        return _target_text(row.plans[0].target)
    return "; ".join(
        f"{pt.indicator.goal.plan.code} {_target_text(pt.target) or '—'}" for pt in row.plans
    )


def _target_text(target: Target | None) -> str:
    if target is None:
        return ""
    text = f"{SYMBOLS.get(target.comparator, target.comparator)} {target.value.normalize():f}"
    if target.value_max is not None:
        text += f"–{target.value_max.normalize():f}"
    return f"{text} %" if target.is_growth else text


def exportable_values(*, user: policy.Actor, plan: Plan, period: Period) -> QuerySet[DataValue]:
    """The plan's figures for the months of ``period`` the user may read.

    Drafts show only to the unit's own people (``datavalues.selectors.values_visible``).
    """
    months = [str(month) for month in period.months()]
    if not plan_list_visible(user=user).filter(pk=plan.pk).exists():
        return DataValue.objects.none()  # a plan the user may not see shows nothing
    measures = Measure.objects.filter(indicators__goal__plan=plan)
    values = values_visible(
        user=user,
        values=DataValue.objects.filter(
            measure__in=measures, period__in=months, orgunit__path__startswith=plan.owner.path
        ),
    )
    return values.select_related("measure", "orgunit").order_by(
        "period", "orgunit__path", "measure__code"
    )


def preview_get(*, user: policy.Actor, preview_id: object) -> ImportPreview:
    """The user's own preview; anyone else's, or a malformed id, reads as missing
    (``ImportPreview.DoesNotExist``)."""
    try:
        pk = uuid.UUID(str(preview_id))
    except ValueError:
        raise ImportPreview.DoesNotExist from None
    return ImportPreview.objects.get(pk=pk, owner_id=getattr(user, "pk", None))
