"""What each kind of rule finds in a plan's month: the causes that hold, with the task's
title and instruction written from the figures; the causes known to have cleared, with the
words recorded on their task; and the causes that cannot be judged this month (figures not
in yet), which neither open nor clear a task.

Statuses and progress come from analytics and the project selectors, as the dashboard
shows them: nothing here recomputes a status.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from pacesetter.analytics.evaluate import month_text
from pacesetter.analytics.reported import reporting
from pacesetter.analytics.selectors import IndicatorRow, plan_status
from pacesetter.analytics.status import MISSING, RED
from pacesetter.analytics.unit_page import unit_indicators
from pacesetter.core.periods import Period
from pacesetter.core.progress import expected_share
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.projects.models import Milestone, Project
from pacesetter.projects.selectors import late_milestones, project_progress
from pacesetter.triggers.models import MAX_MONTHS, Rule


@dataclass(frozen=True)
class Cause:
    key: str  # stable and short: the task's cause
    lead_unit: OrgUnit
    title: str
    instruction: str
    indicator: Indicator | None = None
    project: Project | None = None


@dataclass
class Findings:
    holds: dict[str, Cause] = field(default_factory=dict)
    cleared: dict[str, str] = field(default_factory=dict)  # key → what is recorded on the task
    unknown: set[str] = field(default_factory=set)


def _pct(share: Decimal | None) -> str:
    return "—" if share is None else f"{share * 100:.1f}%"


def _num(value: Decimal | None) -> str:
    return "—" if value is None else f"{value.normalize():f}"


# Indicators ---------------------------------------------------------------------------------

Rows = dict[tuple[int, int], IndicatorRow]  # (indicator id, unit id) → the row judged there


def _target_holders(plan: Plan, month: Period) -> list[OrgUnit]:
    """Units that hold a target of their own in the plan for ``month``'s year."""
    ids = (
        Target.objects.filter(indicator__goal__plan=plan, year=month.year, orgunit__isnull=False)
        .values_list("orgunit_id", flat=True)
        .distinct()
    )
    return list(OrgUnit.objects.filter(pk__in=ids).order_by("path"))


def _rows(plan: Plan, month: Period, *, plan_wide: bool, units: Iterable[OrgUnit]) -> Rows:
    """Each indicator's row at ``month``: plan-wide (the plan page's row, answered by the
    lead unit) and at each of ``units`` on its own target (the unit page's row)."""
    rows: Rows = {}
    for unit in units:
        for row in unit_indicators(plan=plan, unit=unit, upto=month):
            if row.target is not None and row.target.orgunit_id == unit.pk:
                rows[(row.indicator.pk, unit.pk)] = row
    if plan_wide:  # the plan-wide row wins where a lead unit also holds a target of its own
        for row in plan_status(plan=plan, upto=month).rows:
            rows[(row.indicator.pk, row.indicator.lead_unit_id)] = row
    return rows


def _indicator_key(rule: Rule, indicator_id: int, unit_id: int) -> str:
    return f"rule{rule.pk}:ind{indicator_id}:unit{unit_id}"


def _figures(row: IndicatorRow) -> str:
    a = row.assessment
    return _(
        "year to date %(actual)s %(unit)s, completion %(completion)s against %(expected)s expected"
    ) % {
        "actual": _num(row.actual),
        "unit": row.indicator.measure.unit,
        "completion": _pct(a.completion),
        "expected": _pct(a.expected),
    }


def red_months(rule: Rule, month: Period, open_keys: set[str]) -> Findings:
    """An indicator red for ``rule.months`` months in a row up to ``month``, plan-wide (for
    its lead unit) and at each unit on its own target. A cause with an open task holds as
    long as the indicator is red; a new one needs the months in a row."""
    found = Findings()
    plan = rule.plan
    holders = {u.pk: u for u in _target_holders(plan, month)}
    rows = _rows(plan, month, plan_wide=True, units=holders.values())
    units = dict(holders)
    red: Rows = {}
    for (indicator_id, unit_id), row in rows.items():
        key = _indicator_key(rule, indicator_id, unit_id)
        units.setdefault(unit_id, row.indicator.lead_unit)
        if row.status == RED:
            red[(indicator_id, unit_id)] = row
        elif row.status == MISSING:
            found.unknown.add(key)
        else:
            found.cleared[key] = _(
                "Recovered: %(indicator)s is %(status)s in %(month)s (%(figures)s)."
            ) % {
                "indicator": row.indicator.name,
                "status": _status_text(row.status),
                "month": month_text(month),
                "figures": _figures(row),
            }
    months = max(1, min(MAX_MONTHS, rule.months))
    # Causes without a task must have been red in each of the months before, too.
    waiting = {p for p in red if _indicator_key(rule, *p) not in open_keys}
    earlier = month
    for _i in range(months - 1):
        if not waiting:
            break
        earlier = earlier.previous()
        leads = {p for p in waiting if p[1] == rows[p].indicator.lead_unit_id}
        before = _rows(
            plan,
            earlier,
            plan_wide=bool(leads),
            units={holders[u] for p in waiting - leads if (u := p[1]) in holders},
        )
        waiting = {p for p in waiting if p in before and before[p].status == RED}
    for (indicator_id, unit_id), row in red.items():
        key = _indicator_key(rule, indicator_id, unit_id)
        if key in open_keys or (indicator_id, unit_id) in waiting:
            found.holds[key] = _red_cause(key, row, units[unit_id], months, month)
    return found


def _status_text(status: str) -> str:
    return {
        "met": _("met"),
        "green": _("green"),
        "yellow": _("yellow"),
        "red": _("red"),
        "missing": _("missing"),
    }.get(status, status)


def _red_cause(key: str, row: IndicatorRow, unit: OrgUnit, months: int, month: Period) -> Cause:
    indicator, gap = row.indicator, row.assessment.gap_points
    where = (
        indicator.name
        if unit.pk == indicator.lead_unit_id
        else _("%(indicator)s at %(unit)s") % {"indicator": indicator.name, "unit": unit.name}
    )
    return Cause(
        key=key,
        lead_unit=unit,
        indicator=indicator,
        title=_("Red for %(months)d months in a row: %(what)s") % {"months": months, "what": where},
        instruction=_(
            "%(what)s has been red for %(months)d months in a row up to %(month)s: %(figures)s "
            "(%(gap)s points behind). Find the cause, act on it and report what was done."
        )
        % {
            "what": where,
            "months": months,
            "month": month_text(month),
            "figures": _figures(row),
            "gap": "—" if gap is None else f"{-gap:.1f}",
        },
    )


# Projects -----------------------------------------------------------------------------------


def investment_behind(rule: Rule, month: Period, open_keys: set[str]) -> Findings:
    """A project whose investment this year is behind the share of the year elapsed by more
    than ``rule.threshold`` points. A project whose lead unit has not reported the month is
    not judged (its accepted investment would look behind)."""
    found = Findings()
    rows = [r for r in project_progress(plan=rule.plan, upto=month) if r.planned]
    expected = expected_share(period=month, year=month.year)
    status = reporting(unit_ids={r.project.lead_unit_id for r in rows}, upto=month)
    for row in rows:
        project = row.project
        key = f"rule{rule.pk}:proj{project.pk}"
        if not status.has_reported(project.lead_unit_id):
            found.unknown.add(key)
            continue
        completion = row.completion or Decimal(0)
        behind = (expected - completion) * 100
        figures = {
            "project": project.name,
            "month": month_text(month),
            "invested": _num(row.invested),
            "planned": _num(row.planned),
            "completion": _pct(completion),
            "expected": _pct(expected),
            "behind": f"{behind:.1f}",
        }
        if behind > rule.threshold:
            found.holds[key] = Cause(
                key=key,
                lead_unit=project.lead_unit,
                project=project,
                title=_("Investment behind schedule: %(project)s") % figures,
                instruction=_(
                    "By %(month)s %(project)s has invested %(invested)s of the %(planned)s "
                    "(10k yuan) planned this year: %(completion)s against %(expected)s of the "
                    "year elapsed, %(behind)s points behind. Speed the works up and report "
                    "what was done."
                )
                % figures,
            )
        else:
            found.cleared[key] = (
                _(
                    "Caught up: by %(month)s %(project)s has invested %(completion)s of this "
                    "year's plan against %(expected)s of the year elapsed."
                )
                % figures
            )
    return found


def milestone_overdue(rule: Rule, month: Period, open_keys: set[str]) -> Findings:
    """A milestone due by the end of ``month`` and not reached (the dashboard's count)."""
    found = Findings()
    for milestone in late_milestones(plan=rule.plan, upto=month).select_related(
        "project__lead_unit"
    ):
        key = f"rule{rule.pk}:ms{milestone.pk}"
        project = milestone.project
        figures = {
            "milestone": milestone.name,
            "project": project.name,
            "date": milestone.planned_date.isoformat(),
        }
        found.holds[key] = Cause(
            key=key,
            lead_unit=project.lead_unit,
            project=project,
            title=_("Milestone overdue: %(milestone)s (%(project)s)") % figures,
            instruction=_(
                "The milestone “%(milestone)s” of %(project)s was due on %(date)s and is not "
                "reported reached. Reach it, or say what stands in the way, and report."
            )
            % figures,
        )
    # The open ones no longer late: reached, or their date moved.
    ids = {int(k.rsplit("ms", 1)[1]) for k in open_keys - found.holds.keys()}
    for milestone in Milestone.objects.filter(pk__in=ids):
        key = f"rule{rule.pk}:ms{milestone.pk}"
        if milestone.actual_date is not None:
            found.cleared[key] = _("Milestone “%(milestone)s” reached on %(date)s.") % {
                "milestone": milestone.name,
                "date": milestone.actual_date.isoformat(),
            }
        else:
            found.cleared[key] = _("Milestone “%(milestone)s” now planned for %(date)s.") % {
                "milestone": milestone.name,
                "date": milestone.planned_date.isoformat(),
            }
    return found


KINDS: dict[str, Callable[[Rule, Period, set[str]], Findings]] = {
    Rule.Kind.RED_MONTHS: red_months,
    Rule.Kind.INVESTMENT_BEHIND: investment_behind,
    Rule.Kind.MILESTONE_OVERDUE: milestone_overdue,
}
