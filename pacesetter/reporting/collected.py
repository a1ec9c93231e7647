"""Figures an office collects for other units (``catalogue.Collection``): the rows it enters
in its own monthly report, the save of those rows, and what the units see of them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from pacesetter.catalogue.models import Collection, Measure
from pacesetter.core.exceptions import InvalidTransition
from pacesetter.core.periods import Period
from pacesetter.core.policy import Actor
from pacesetter.core.progress import Figure, actual
from pacesetter.datavalues.models import DataValue
from pacesetter.datavalues.services import datavalue_set
from pacesetter.indicators.models import Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.reporting.grid import GridRow, PlanTarget
from pacesetter.reporting.models import Report
from pacesetter.reporting.rules import EDITABLE
from pacesetter.reporting.selectors import owed_collections, provided_collections
from pacesetter.reporting.services import ValidationFailed, report_ensure
from pacesetter.validation.checks import Entry, Issue, blocking, check


@dataclass
class CollectedRow(GridRow):
    """One unit's figure of a collected measure, as the collector's grid shows it."""

    collection: Collection | None = None

    @property
    def key(self) -> int:
        return self.collection.pk if self.collection else 0


def _figures(collections: list[Collection], period: Period) -> dict[tuple[int, int], list]:
    """(measure pk, unit pk) → the year's figures up to ``period``: one query."""
    found: dict[tuple[int, int], list[DataValue]] = {}
    if not collections:
        return found
    values = DataValue.objects.filter(
        measure__in={c.measure_id for c in collections},
        orgunit__in={c.orgunit_id for c in collections},
        period__startswith=str(period.year),
        period__lte=str(period),
    )
    for v in values:
        found.setdefault((v.measure_id, v.orgunit_id), []).append(v)
    return found


def _unit_targets(collections: list[Collection], year: int) -> dict[tuple[int, int], list]:
    """(measure pk, unit pk) → each active plan's target the unit holds for the measure."""
    held: dict[tuple[int, int], list[PlanTarget]] = {}
    if not collections:
        return held
    pairs = {(c.measure_id, c.orgunit_id) for c in collections}
    for target in Target.objects.filter(
        year=year,
        orgunit__in={u for _m, u in pairs},
        indicator__measure__in={m for m, _u in pairs},
        indicator__goal__plan__status=Plan.Status.ACTIVE,
    ).select_related("indicator__goal__plan"):
        key = (target.indicator.measure_id, target.orgunit_id)
        if key in pairs:
            held.setdefault(key, []).append(PlanTarget(target.indicator, target))
    return held


def collected_rows(*, collector: OrgUnit, period: Period) -> list[CollectedRow]:
    """The figures the collector gives this month, with each unit's targets, last month's
    figure and the year to date."""
    collections = owed_collections(collector=collector, year=period.year)
    found = _figures(collections, period)
    targets = _unit_targets(collections, period.year)
    rows = []
    for c in collections:
        figures = found.get((c.measure_id, c.orgunit_id), [])
        current = next((v for v in figures if v.period == str(period)), None)
        previous = next((v.value for v in figures if v.period == str(period.previous())), None)
        ytd = actual(
            [
                Figure(v.orgunit_id, Period.parse(v.period), v.value)
                for v in figures
                if v.value is not None
            ],
            aggregation=c.measure.aggregation,
            upto=period,
        )
        level = c.measure.aggregation == Measure.Aggregation.LAST
        rows.append(
            CollectedRow(
                c.measure,
                targets.get((c.measure_id, c.orgunit_id), []),
                previous,
                ytd,
                current,
                previous if level else None,
                collection=c,
            )
        )
    return rows


@dataclass
class Provided:
    """A figure of the unit that another office gives: shown, never asked for."""

    measure: Measure
    collector: OrgUnit
    value: Decimal | None  # None until the collector has submitted it


def provided_rows(*, orgunit: OrgUnit, period: Period) -> list[Provided]:
    """The unit's figures for the month that other offices give. A collector's draft is its
    own: the unit sees a figure once it has been submitted."""
    collections = provided_collections(orgunit=orgunit, year=period.year)
    shown = {
        v.measure_id: v.value
        for v in DataValue.objects.filter(
            orgunit=orgunit,
            period=str(period),
            measure__in=[c.measure_id for c in collections],
        ).exclude(state=DataValue.State.DRAFT)
    }
    return [Provided(c.measure, c.collector, shown.get(c.measure_id)) for c in collections]


@transaction.atomic
def collected_save(
    *,
    actor: Actor,
    collector: OrgUnit,
    period: Period,
    values: dict[Collection, tuple],
    expected_versions: dict[int, int] | None = None,
    channel: str = "web",
) -> list[Issue]:
    """Save figures the collector gives for other units into its own open report:
    ``values`` maps collection → (value, comment). As on the unit's own grid, a figure with an
    error, or a warning and no comment, refuses the whole sitting; nothing is saved."""
    report = report_ensure(actor=actor, orgunit=collector, period=period)
    report = Report.objects.select_for_update().get(pk=report.pk)
    if report.state not in EDITABLE:
        raise InvalidTransition(
            _("This report is %(state)s and cannot be changed.")
            % {"state": report.get_state_display()}
        )
    if any(c.collector_id != collector.pk for c in values):
        raise InvalidTransition(_("Only the collecting office enters these figures."))
    entries = {
        c: Entry(c.measure, c.orgunit, period, value, comment)
        for c, (value, comment) in values.items()
    }
    issues = check(list(entries.values()))
    if refused := blocking(issues):
        raise ValidationFailed(refused)
    versions = expected_versions or {}
    for c, entry in entries.items():
        datavalue_set(
            actor=actor,
            measure=c.measure,
            orgunit=c.orgunit,
            period=period,
            value=entry.value,
            comment=entry.comment,
            channel=channel,
            expected_version=versions.get(c.pk),
        )
    return issues
