"""Load the stored figures analytics read: one query per call, whatever the plan's size."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from django.utils import timezone

from pacesetter.analytics.progress import Figure
from pacesetter.core import periods
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue

VISIBLE_STATES = ("accepted",)  # plan pages and analytics read accepted figures only


def load_figures(*, indicators, root_path: str, years: list[int]) -> dict[int, list[tuple[str, Figure]]]:
    """indicator id → [(unit path, figure)] for accepted figures in ``root_path``'s subtree.
    Figures belong to measures: every plan's indicator of a measure reads the same ones."""
    indicators = list(indicators)
    by_measure: dict[int, list[int]] = defaultdict(list)
    for ind in indicators:
        by_measure[ind.measure_id].append(ind.pk)
    rows = (DataValue.objects.filter(measure__in=list(by_measure), orgunit__path__startswith=root_path,
                                     value__isnull=False, state__in=VISIBLE_STATES)
            .filter(period__regex=r"^(" + "|".join(str(y) for y in years) + r")\d{2}$")
            .values_list("measure_id", "orgunit_id", "orgunit__path", "period", "value"))
    figures: dict[int, list[tuple[str, Figure]]] = defaultdict(list)
    for measure_id, unit_id, path, period, value in rows:
        for indicator_id in by_measure[measure_id]:
            figures[indicator_id].append((path, Figure(unit_id, Period.parse(period), value)))
    return figures


def is_overdue(period: Period, today: date | None = None) -> bool:
    return periods.is_overdue(period, today or timezone.localdate())
