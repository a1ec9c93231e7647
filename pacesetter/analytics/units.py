"""Sibling units compared: composite and per-indicator rankings, reporting completeness."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from pacesetter.analytics.figures import load_figures
from pacesetter.analytics.progress import actual, completion
from pacesetter.analytics.ranking import RankRow, composite, growth, ranking
from pacesetter.analytics.selectors import time_bound
from pacesetter.analytics.status import expected_share
from pacesetter.core.periods import Period
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.reporting.models import Report

SUBMITTED = ("submitted", "signed", "accepted")


@dataclass
class UnitRank:
    unit: OrgUnit
    row: RankRow
    parts: dict  # indicator id → progress ratio (completion ÷ expected)


def _children(parent: OrgUnit) -> list[OrgUnit]:
    return list(OrgUnit.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
                .order_by("path"))


def _per_child(figures, children: list[OrgUnit]) -> dict[int, dict[int, list]]:
    """indicator id → child id → figures of the child's whole subtree."""
    out: dict[int, dict[int, list]] = defaultdict(lambda: defaultdict(list))
    for indicator_id, items in figures.items():
        for path, figure in items:
            child = next((c for c in children if path.startswith(c.path)), None)
            if child is not None:
                out[indicator_id][child.pk].append(figure)
    return out


def _ratio(indicator: Indicator, target: Target, figures, upto: Period) -> Decimal | None:
    done = completion(actual(figures, aggregation=indicator.aggregation, upto=upto), target.value,
                      lower_is_better=indicator.direction == "lower")
    expected = expected_share(period=upto, year=target.year, profile=target.monthly_profile,
                              time_bound=time_bound(indicator))
    if done is None or not expected:
        return None
    return done / expected


def unit_ranking(*, plan: Plan, parent: OrgUnit, upto: Period,
                 indicator: Indicator | None = None, by: str = "completion") -> list[UnitRank]:
    """Rank ``parent``'s children on their own targets (composite, or one indicator)."""
    children = _children(parent)
    targets = Target.objects.filter(indicator__goal__plan=plan, year=upto.year,
                                    orgunit__in=children).select_related("indicator")
    if indicator is not None:
        targets = targets.filter(indicator=indicator)
    targets = list(targets)
    indicators = {t.indicator_id: t.indicator for t in targets}
    figures = _per_child(load_figures(indicators=list(indicators.values()), root_path=parent.path,
                                      years=[upto.year - 1, upto.year]), children)
    before = upto.previous() if upto.previous().year == upto.year else None

    def scores(at: Period | None) -> tuple[dict, dict]:
        result, parts = {}, {}
        for child in children:
            own = [t for t in targets if t.orgunit_id == child.pk]
            if by == "growth" and indicator is not None:
                result[child.pk] = _growth(indicator, figures[indicator.pk][child.pk], at)
                continue
            ratios = {t.indicator_id: _ratio(indicators[t.indicator_id], t,
                                             figures[t.indicator_id][child.pk], at)
                      for t in own} if at else {}
            parts[child.pk] = ratios
            result[child.pk] = composite([(indicators[i].weight, r) for i, r in ratios.items()])
        return result, parts

    now, parts = scores(upto)
    previous, _ = scores(before)
    # Only units with a target of their own take part (or any unit, ranked by growth).
    taking_part = {t.orgunit_id for t in targets} if by != "growth" else {c.pk for c in children}
    now = {u: s for u, s in now.items() if u in taking_part}
    previous = {u: s for u, s in previous.items() if u in taking_part}
    by_id = {c.pk: c for c in children}
    return [UnitRank(by_id[r.unit_id], r, parts.get(r.unit_id, {})) for r in ranking(now, previous)]


def _growth(indicator: Indicator, figures, at: Period | None) -> Decimal | None:
    if at is None:
        return None
    this_year = actual(figures, aggregation=indicator.aggregation, upto=at)
    last_year = actual(figures, aggregation=indicator.aggregation, upto=at.same_period_last_year())
    return growth(this_year, last_year)


@dataclass
class Completeness:
    unit: OrgUnit
    expected: int
    submitted: int
    on_time: int

    @property
    def share(self) -> Decimal | None:
        return Decimal(self.submitted) / self.expected if self.expected else None

    @property
    def timely_share(self) -> Decimal | None:
        return Decimal(self.on_time) / self.expected if self.expected else None


def reporting_completeness(*, plan: Plan, upto: Period) -> list[Completeness]:
    """Per reporting unit: reports expected so far this year, submitted, and on time."""
    months = [str(m) for m in Period.year_of(upto.year).months() if m <= upto]
    unit_targets = list(Target.objects.filter(indicator__goal__plan=plan, year=upto.year)
                        .exclude(orgunit=None).values_list("indicator_id", "orgunit_id"))
    # Where units hold targets of their own they report; otherwise the lead unit does.
    split = {i for i, _u in unit_targets}
    leads = (Indicator.objects.filter(goal__plan=plan).exclude(pk__in=split)
             .values_list("lead_unit", flat=True))
    reporters = (OrgUnit.objects.filter(path__startswith=plan.owner.path)
                 .filter(pk__in={u for _i, u in unit_targets} | set(leads)).order_by("path"))
    tally: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for unit_id, submitted_at, due in (Report.objects.filter(orgunit__in=reporters,
                                                             period__in=months,
                                                             state__in=SUBMITTED)
                                       .values_list("orgunit_id", "submitted_at", "due_date")):
        tally[unit_id][0] += 1
        if submitted_at and (due is None or submitted_at.date() <= due):
            tally[unit_id][1] += 1
    return [Completeness(u, len(months), *tally[u.pk]) for u in reporters]
