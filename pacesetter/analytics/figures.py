"""Load the stored figures analytics read: one query per call, whatever the plan's size."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from django.utils import timezone

from pacesetter.analytics.progress import Figure
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue

VISIBLE_STATES = ("submitted", "accepted")  # drafts stay the unit's own until submitted
REPORTING_DAYS = 5  # a month's figures are due five days after it ends


def load_figures(*, indicators, root_path: str, years: list[int]) -> dict[int, list[tuple[str, Figure]]]:
    """indicator id → [(unit path, figure)] for submitted figures in ``root_path``'s subtree."""
    rows = (DataValue.objects.filter(indicator__in=indicators, orgunit__path__startswith=root_path,
                                     value__isnull=False, state__in=VISIBLE_STATES)
            .filter(period__regex=r"^(" + "|".join(str(y) for y in years) + r")\d{2}$")
            .values_list("indicator_id", "orgunit_id", "orgunit__path", "period", "value"))
    figures: dict[int, list[tuple[str, Figure]]] = defaultdict(list)
    for indicator_id, unit_id, path, period, value in rows:
        figures[indicator_id].append((path, Figure(unit_id, Period.parse(period), value)))
    return figures


def deadline(period: Period) -> date:
    return period.end + timedelta(days=REPORTING_DAYS)


def is_overdue(period: Period, today: date | None = None) -> bool:
    return (today or timezone.localdate()) > deadline(period)
