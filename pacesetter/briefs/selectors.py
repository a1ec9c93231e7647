"""The morning brief: a plan's standing now, read from the analytics (never recomputed),
and what changed since the latest daily snapshot before today (or since last month)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from pacesetter.analytics.months import default_period
from pacesetter.analytics.selectors import IndicatorRow, PlanStatus, plan_status
from pacesetter.analytics.status import RED
from pacesetter.analytics.units import UnitRank, unit_ranking
from pacesetter.briefs.models import Snapshot
from pacesetter.core import policy
from pacesetter.core.periods import Period
from pacesetter.core.policy import Actor
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.plans.selectors import home_plan, plan_list_visible
from pacesetter.projects.models import Milestone
from pacesetter.projects.selectors import late_milestones
from pacesetter.supervision.models import Task
from pacesetter.supervision.selectors import Due, board, due_of, tasks_visible

SHOWN = 5  # items per list on the phone screen; the rest are one tap away on the full page
# Without a snapshot a task counts as newly overdue when its deadline passed within a month.
MONTH = timedelta(days=30)


def brief_plans(*, user: Actor) -> list[Plan]:
    """The active plans the user follows: those whose owner unit the user may view, the
    user's home plan first (``plans.selectors.home_plan``), then as the switcher lists them."""
    plans = [
        p
        for p in plan_list_visible(user=user).filter(status=Plan.Status.ACTIVE)
        if policy.can(user, policy.VIEW, p.owner)
    ]
    home = home_plan(plans=plans, unit=getattr(user, "orgunit", None), chosen=None)
    return sorted(plans, key=lambda p: p != home)


@dataclass
class Place:
    """The plan owner's composite rank among its siblings in the parent plan."""

    plan: Plan  # the parent plan: owned by the nearest unit above this plan's owner
    period: Period
    unit: OrgUnit
    rank: int | None
    of: int  # units ranked
    movement: int | None  # places gained since the month before (the ranking's own)


def parent_plan(plan: Plan) -> Plan | None:
    """The plan of the nearest unit above ``plan``'s owner that owns an active one."""
    above = OrgUnit.objects.get_parent(plan.owner)
    if above is None:
        return None
    plans = list(Plan.objects.filter(status=Plan.Status.ACTIVE).select_related("owner"))
    return home_plan(plans=plans, unit=above, chosen=None)


def place_in_parent(plan: Plan, today: date) -> Place | None:
    parent = parent_plan(plan)
    siblings_of = OrgUnit.objects.get_parent(plan.owner)
    if parent is None or siblings_of is None:
        return None
    period = default_period(parent, today)
    ranked = [r for r in unit_ranking(plan=parent, parent=siblings_of, upto=period) if r.reported]
    own = next((r for r in ranked if r.unit.pk == plan.owner_id), None)
    if own is None:
        return None  # the parent plan does not rank this unit
    return Place(parent, period, plan.owner, own.row.rank, len(ranked), own.row.movement)


@dataclass
class LiveState:
    """A plan's standing on one day, as the analytics give it (the same for every reader)."""

    plan: Plan
    day: date
    period: Period
    status: PlanStatus
    ranking: list[UnitRank]
    place: Place | None
    late: list[Milestone]
    overdue: list[Task]  # all of the plan's overdue tasks; a reader sees those visible

    def data(self) -> dict[str, Any]:
        """What a snapshot keeps of it."""
        place = self.place
        return {
            "period": str(self.period),
            "statuses": {r.indicator.code: r.status for r in self.status.rows},
            "ranks": {u.unit.code: u.row.rank for u in self.ranking if u.reported},
            "place": None
            if place is None
            else {"plan": place.plan.code, "period": str(place.period), "rank": place.rank},
            "late_milestones": [m.pk for m in self.late],
            "overdue_tasks": [t.code for t in self.overdue],
        }


def live_state(*, plan: Plan, today: date) -> LiveState:
    period = default_period(plan, today)
    return LiveState(
        plan=plan,
        day=today,
        period=period,
        status=plan_status(plan=plan, upto=period),
        ranking=unit_ranking(plan=plan, parent=plan.owner, upto=period),
        place=place_in_parent(plan, today),
        late=list(late_milestones(plan=plan, upto=period)),
        overdue=list(board(policy.SYSTEM, plan=plan, due="overdue", today=today)),
    )


def latest_snapshot(*, plan: Plan, before: date) -> Snapshot | None:
    """The latest snapshot of ``plan`` taken before ``before`` (yesterday's, usually)."""
    return Snapshot.objects.filter(plan=plan, day__lt=before).order_by("-day").first()


@dataclass
class Move:
    rank: UnitRank
    places: int  # positive: moved up

    @property
    def up(self) -> bool:
        return self.places > 0

    @property
    def steps(self) -> int:
        return abs(self.places)


@dataclass
class Brief:
    """One plan's screen: what changed, and the standing figures."""

    plan: Plan
    day: date
    period: Period
    since: date | None  # the snapshot's day; None: compared with last month
    new_reds: list[IndicatorRow]
    moves: list[Move]
    late: list[Milestone]  # newly late milestones
    overdue: list[tuple[Task, Due]]  # newly overdue tasks the reader may see
    place: Place | None
    place_move: int | None  # places gained by the owner in the parent plan
    counts: dict[str, int]
    late_total: int
    overdue_total: int
    ranked: int = 0  # units ranked in this plan
    more: dict[str, int] = field(default_factory=dict)  # items not shown, per list

    @property
    def since_yesterday(self) -> bool:
        return self.since is not None and self.since == self.day - timedelta(days=1)

    @property
    def changed(self) -> bool:
        return bool(self.new_reds or self.moves or self.late or self.overdue or self.place_move)


def _baseline(live: LiveState, snapshot: Snapshot | None) -> dict[str, Any]:
    """What the live state is compared with, in a snapshot's shape. Without a snapshot:
    the previous month's figures and ranks (the ranking's own movement), milestones late by
    the previous month's end, and tasks whose deadline had passed a month ago."""
    if snapshot is not None:
        return snapshot.data
    before = live.period.previous()
    in_plan = live.plan.first_year <= before.year
    statuses = (
        {r.indicator.code: r.status for r in plan_status(plan=live.plan, upto=before).rows}
        if in_plan
        else {}
    )
    ranks = {
        u.unit.code: u.row.previous_rank
        for u in live.ranking
        if u.reported and u.row.previous_rank is not None
    }
    place = live.place
    previous_place = (
        None
        if place is None or place.rank is None or place.movement is None
        else {"plan": place.plan.code, "rank": place.rank + place.movement}
    )
    return {
        "statuses": statuses,
        "ranks": ranks,
        "place": previous_place,
        "late_milestones": [m.pk for m in live.late if m.planned_date <= before.end],
        "overdue_tasks": [t.code for t in live.overdue if t.deadline < live.day - MONTH],
    }


def _cut(items: list, name: str, more: dict[str, int]) -> list:
    if len(items) > SHOWN:
        more[name] = len(items) - SHOWN
    return items[:SHOWN]


def brief_of(*, user: Actor, live: LiveState, snapshot: Snapshot | None) -> Brief:
    """Compare ``live`` with ``snapshot`` (or last month) for ``user``: tasks only where the
    user may see them, the parent plan only where the user may see it."""
    base = _baseline(live, snapshot)
    was = base.get("statuses", {})
    new_reds = [r for r in live.status.red_list if was.get(r.indicator.code) != RED]
    ranks = base.get("ranks", {})
    moves = [
        Move(u, ranks[u.unit.code] - u.row.rank)
        for u in live.ranking
        if u.reported
        and u.row.rank is not None
        and ranks.get(u.unit.code) is not None
        and ranks[u.unit.code] != u.row.rank
    ]
    moves.sort(key=lambda m: (-m.steps, m.rank.row.rank))
    late_before = set(base.get("late_milestones", []))
    overdue_before = set(base.get("overdue_tasks", []))
    seen = set(
        tasks_visible(user).filter(pk__in=[t.pk for t in live.overdue]).values_list("pk", flat=True)
    )
    overdue = [t for t in live.overdue if t.pk in seen]
    place = live.place
    if place is not None and not plan_list_visible(user=user).filter(pk=place.plan.pk).exists():
        place = None
    was_place = base.get("place") or {}
    place_move = (
        was_place["rank"] - place.rank
        if place is not None
        and place.rank is not None
        and was_place.get("plan") == place.plan.code
        and was_place.get("rank") is not None
        else None
    )
    more: dict[str, int] = {}
    return Brief(
        plan=live.plan,
        day=live.day,
        period=live.period,
        since=snapshot.day if snapshot is not None else None,
        new_reds=_cut(new_reds, "reds", more),
        moves=_cut(moves, "moves", more),
        late=_cut([m for m in live.late if m.pk not in late_before], "late", more),
        overdue=_cut(
            [(t, due_of(t, live.day)) for t in overdue if t.code not in overdue_before],
            "overdue",
            more,
        ),
        place=place,
        place_move=place_move or None,
        counts=live.status.counts,
        late_total=len(live.late),
        overdue_total=len(overdue),
        ranked=sum(1 for u in live.ranking if u.reported and u.row.rank is not None),
        more=more,
    )
