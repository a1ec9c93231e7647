"""The plan office's quality page: the figures of a plan's months that lie outside what their
own history makes usual (``outliers``), with the reason each unit gave."""

from __future__ import annotations

from dataclasses import dataclass

from pacesetter.core import policy
from pacesetter.core.periods import Period
from pacesetter.core.policy import Actor
from pacesetter.datavalues.models import DataValue
from pacesetter.datavalues.selectors import values_visible
from pacesetter.indicators.models import Indicator
from pacesetter.plans.models import Plan
from pacesetter.validation.outliers import (
    M_LIMIT,
    Z_LIMIT,
    Bounds,
    checked,
    history_bounds,
    usual_range,
)


def may_review_quality(user: Actor, plan: Plan) -> bool:
    """Who sees a plan's flagged figures: those who accept its units' reports (its plan
    office, the offices above it, admins), as they are the ones to question a figure."""
    return policy.can(user, policy.ACCEPT, plan.owner)


@dataclass(frozen=True)
class Flag:
    value: DataValue  # with its measure and unit
    indicators: list[Indicator]  # the plan's indicators that read the figure's measure
    bounds: Bounds

    @property
    def period(self) -> Period:
        return Period.parse(self.value.period)

    @property
    def zscore(self) -> float:
        return self.bounds.zscore(self.value.value or 0)

    @property
    def modified_zscore(self) -> float:
        return self.bounds.modified_zscore(self.value.value or 0)

    @property
    def times(self) -> float:
        return self.bounds.times(self.value.value or 0)

    @property
    def is_high(self) -> bool:
        # Not the z-score's sign: a past spike can lift the mean above a figure flagged high.
        return float(self.value.value or 0) > self.bounds.high

    @property
    def strength(self) -> float:
        """How far beyond its test's limit the figure lies, whichever test flagged it."""
        value = self.value.value or 0
        return max(abs(self.zscore) / Z_LIMIT, abs(self.bounds.modified_zscore(value)) / M_LIMIT)

    @property
    def usual(self) -> str:
        return usual_range(self.bounds)


def flagged_figures(*, user: Actor, plan: Plan, periods: list[Period]) -> list[Flag]:
    """The figures of ``plan`` in ``periods`` that the user may read and that lie outside their
    bounds, the most unusual first within each month (latest month first). Drafts stay their
    unit's own: the plan office sees a figure once it is submitted (``values_visible``)."""
    indicators: dict[int, list[Indicator]] = {}
    for indicator in Indicator.objects.filter(goal__plan=plan).select_related("measure"):
        if checked(indicator.measure):
            indicators.setdefault(indicator.measure_id, []).append(indicator)
    if not indicators:
        return []
    flags: list[Flag] = []
    for period in sorted(periods, reverse=True):
        values = list(
            values_visible(
                user=user,
                values=DataValue.objects.filter(
                    measure__in=indicators,
                    orgunit__path__startswith=plan.owner.path,
                    period=str(period),
                    value__isnull=False,
                ),
            ).select_related("measure", "orgunit")
        )
        bounds = history_bounds({(v.measure_id, v.orgunit_id) for v in values}, period)
        found = [
            Flag(v, indicators[v.measure_id], b)
            for v in values
            if (b := bounds.get((v.measure_id, v.orgunit_id))) is not None and b.is_outlier(v.value)
        ]
        flags += sorted(found, key=lambda f: -f.strength)
    return flags
