"""Which figures analytics read, and when a month's figures are late."""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from pacesetter.core import periods
from pacesetter.core.periods import Period

VISIBLE_STATES = ("accepted",)  # plan pages and analytics read accepted figures only


def is_overdue(period: Period, today: date | None = None) -> bool:
    return periods.is_overdue(period, today or timezone.localdate())
