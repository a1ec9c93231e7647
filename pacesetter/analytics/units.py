"""Sibling units compared: composite and per-indicator rankings, reporting completeness."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from pacesetter.analytics.aggregates import NO_POINTS, MonthSeries, Points, ytd_at
from pacesetter.analytics.evaluate import month_text, time_bound
from pacesetter.analytics.progress import completion
from pacesetter.analytics.ranking import RankRow, composite, growth, ranking
from pacesetter.analytics.reported import reporting
from pacesetter.analytics.status import expected_share
from pacesetter.core.periods import Period
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.reporting.models import Report
from pacesetter.supervision.stats import on_time_rates

SUBMITTED = ("submitted", "signed", "accepted")


@dataclass
class UnitRank:
    unit: OrgUnit
    row: RankRow
    parts: dict  # indicator id → progress ratio (completion ÷ expected)
    # False: the unit reports but its month is not accepted yet; it is listed, not ranked.
    reported: bool = True
    last_reported: Period | None = field(default=None)

    @property
    def last_reported_text(self) -> str:
        return month_text(self.last_reported)


class Terms(NamedTuple):
    """What a ranking reads of a unit's target: tuples, not models (a county ranks a dozen
    towns on hundreds of targets each)."""

    indicator_id: int
    orgunit_id: int
    year: int
    value: Decimal
    is_growth: bool
    monthly_profile: list | None


def _children(parent: OrgUnit) -> list[OrgUnit]:
    return list(
        OrgUnit.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by(
            "path"
        )
    )


def progress_ratio(
    indicator: Indicator, target: Terms, series: MonthSeries | Points, at: Period
) -> Decimal | None:
    """How far along a unit is against where it should be (1 = on schedule). A growth
    target compares the level reached with the level its rate asks for at the same month."""
    value = series.ytd(indicator.aggregation, at)
    if target.is_growth:
        rate = growth(value, series.ytd(indicator.aggregation, at.same_period_last_year()))
        return None if rate is None else (1 + rate) / (1 + target.value / 100)
    done = completion(value, target.value, lower_is_better=indicator.direction == "lower")
    expected = expected_share(
        period=at,
        year=target.year,
        profile=target.monthly_profile,
        time_bound=time_bound(indicator),
    )
    if done is None or not expected:
        return None
    return done / expected


def unit_ranking(
    *,
    plan: Plan,
    parent: OrgUnit,
    upto: Period,
    indicator: Indicator | None = None,
    by: str = "completion",
) -> list[UnitRank]:
    """Rank ``parent``'s children on their own targets (composite, or one indicator), or
    on one indicator's growth. Units that report but have not reported ``upto`` are listed
    after the ranked ones as not yet reported, never ranked as failures; movement compares
    the ranked units' places with their places among themselves a month before."""
    children = _children(parent)
    wanted = Target.objects.filter(indicator__goal__plan=plan, year=upto.year, orgunit__in=children)
    if indicator is not None:
        wanted = wanted.filter(indicator=indicator)
    targets = [Terms(*row) for row in wanted.values_list(*Terms._fields)]
    indicators = {
        i.pk: i
        for i in Indicator.objects.filter(pk__in={t.indicator_id for t in targets}).select_related(
            "measure"
        )
    }
    measures = [i.measure for i in indicators.values()]
    if by == "growth" and indicator is not None:
        measures = [indicator.measure]
    before = upto.previous() if upto.previous().year == upto.year else None
    # Last year's months only where a growth is asked for (同比 ranking, growth targets).
    growths = by == "growth" or any(t.is_growth for t in targets)
    points = [
        p
        for at in (upto, before)
        if at
        for p in ((at, at.same_period_last_year()) if growths else (at,))
    ]
    series = ytd_at(measures=measures, root=parent, depth=parent.depth + 1, points=points)
    by_id = {c.pk: c for c in children}
    own: dict[int, list[Terms]] = defaultdict(list)
    for t in targets:
        own[t.orgunit_id].append(t)  # only the children's targets were read
    # Only units with a target of their own take part (or any unit, ranked by growth).
    taking_part = list(own) if by != "growth" else list(by_id)
    status = reporting(unit_ids=taking_part, upto=upto)

    def of(unit_id: int, measure_id: int) -> Points:
        return series.get((measure_id, by_id[unit_id].path), NO_POINTS)

    def ratio(unit_id: int, target: Terms, at: Period) -> Decimal | None:
        ind = indicators[target.indicator_id]
        return progress_ratio(ind, target, of(unit_id, ind.measure_id), at)

    def scores(
        at: Period | None, units: list[int]
    ) -> tuple[dict[int, Decimal | None], dict[int, dict[int, Decimal | None]]]:
        result: dict[int, Decimal | None] = {}
        parts: dict[int, dict[int, Decimal | None]] = {}
        # A plan may count its units' on-time task closure (1 = all on time, the scale of
        # "on schedule") beside the indicators, with its own weight.
        tasks = plan.task_weight > 0 and by != "growth" and indicator is None and at is not None
        rates = (
            on_time_rates([by_id[u] for u in units], plan=plan, until=at.end)
            if tasks and at is not None
            else {}
        )
        for unit_id in units:
            if at is None:
                result[unit_id] = None
            elif by == "growth" and indicator is not None:
                s = of(unit_id, indicator.measure_id)
                result[unit_id] = growth(
                    s.ytd(indicator.aggregation, at),
                    s.ytd(indicator.aggregation, at.same_period_last_year()),
                )
            else:
                ratios = {t.indicator_id: ratio(unit_id, t, at) for t in own[unit_id]}
                parts[unit_id] = ratios
                weighted = [(indicators[i].weight, r) for i, r in ratios.items()]
                if tasks:
                    weighted.append((plan.task_weight, rates[unit_id]))
                result[unit_id] = composite(weighted)
        return result, parts

    ranked = [u for u in taking_part if status.has_reported(u)]
    now, parts = scores(upto, ranked)
    previous, _ = scores(before, ranked)
    rows = [UnitRank(by_id[r.unit_id], r, parts.get(r.unit_id, {})) for r in ranking(now, previous)]
    waiting = sorted(status.waiting(taking_part), key=lambda u: by_id[u].path)
    return rows + [
        UnitRank(
            by_id[u],
            RankRow(u, None, None, None),
            {},
            reported=False,
            last_reported=status.last.get(u),
        )
        for u in waiting
    ]


@dataclass
class Completeness:
    unit: OrgUnit
    expected: int
    submitted: int
    on_time: int
    # The month shown is accepted for this unit (False: not yet reported).
    reported: bool = True

    @property
    def share(self) -> Decimal | None:
        return Decimal(self.submitted) / self.expected if self.expected else None

    @property
    def timely_share(self) -> Decimal | None:
        return Decimal(self.on_time) / self.expected if self.expected else None


def reporting_completeness(
    *, plan: Plan, upto: Period, unit: OrgUnit | None = None
) -> list[Completeness]:
    """Per reporting unit (or for ``unit`` alone): reports expected so far this year,
    submitted, and on time, and whether ``upto`` is accepted."""
    months = [str(m) for m in Period.year_of(upto.year).months() if m <= upto]
    unit_targets = list(
        Target.objects.filter(indicator__goal__plan=plan, year=upto.year)
        .exclude(orgunit=None)
        .values_list("indicator_id", "orgunit_id")
    )
    # Where units hold targets of their own they report; otherwise the lead unit does.
    split = {i for i, _u in unit_targets}
    leads = (
        Indicator.objects.filter(goal__plan=plan)
        .exclude(pk__in=split)
        .values_list("lead_unit", flat=True)
    )
    reporters = OrgUnit.objects.filter(path__startswith=plan.owner.path)
    if unit is not None:
        reporters = reporters.filter(pk=unit.pk)
    reporters = list(
        reporters.filter(pk__in={u for _i, u in unit_targets} | set(leads)).order_by("path")
    )
    tally: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    accepted: set[int] = set()
    for unit_id, period, state, submitted_at, due in Report.objects.filter(
        orgunit__in=reporters, period__in=months, state__in=SUBMITTED
    ).values_list("orgunit_id", "period", "state", "submitted_at", "due_date"):
        tally[unit_id][0] += 1
        if submitted_at and (due is None or submitted_at.date() <= due):
            tally[unit_id][1] += 1
        if period == str(upto) and state == Report.State.ACCEPTED:
            accepted.add(unit_id)
    return [
        Completeness(
            u,
            len(months),
            submitted=tally[u.pk][0],
            on_time=tally[u.pk][1],
            reported=u.pk in accepted,
        )
        for u in reporters
    ]
