"""The bulletin's sections on what lags outside the indicators: key projects (investment
behind time, late milestones, open problems), supervision tasks and the service desk."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.utils.translation import gettext as _

from pacesetter.bulletins.document import Chart, Section, Series, Table
from pacesetter.bulletins.words import Words
from pacesetter.core.periods import Period
from pacesetter.core.policy import SYSTEM
from pacesetter.forecasts.selectors import PlanForecast
from pacesetter.plans.models import Plan
from pacesetter.projects.models import Problem
from pacesetter.projects.selectors import (
    ProjectRow,
    ProjectTotals,
    late_milestones,
    problems_released,
)
from pacesetter.servicedesk.selectors import metrics
from pacesetter.supervision.selectors import TaskPanel, board


def project_section(
    plan: Plan, period: Period, rows: list[ProjectRow], totals: ProjectTotals, w: Words
) -> Section:
    behind = sorted(
        (r for r in rows if r.completion is not None and r.completion < totals.expected),
        key=lambda r: r.completion or 0,
    )
    investment = Table(
        key="investment",
        title=_("Projects whose investment is behind time elapsed"),
        columns=[
            _("Project"),
            _("Lead unit"),
            _("Planned this year (10k yuan)"),
            _("Invested (year to date)"),
            _("Completion"),
            _("Time elapsed"),
        ],
        rows=[
            [
                w.data(r.project.name),
                w.data(r.project.lead_unit.label),
                w.number(r.planned),
                w.number(r.invested),
                w.number(r.completion),
                w.number(totals.expected),
            ]
            for r in behind
        ],
        percent_columns=[4, 5],
    )
    late = list(late_milestones(plan=plan, upto=period).select_related("project__lead_unit"))
    milestones = Table(
        key="milestones",
        title=_("Late milestones"),
        columns=[_("Project"), _("Milestone"), _("Planned date"), _("Lead unit")],
        rows=[
            [
                w.data(m.project.name),
                w.data(m.name),
                m.planned_date.isoformat(),
                w.data(m.project.lead_unit.label),
            ]
            for m in late
        ],
    )
    open_problems = list(
        problems_released(Problem.objects.filter(project__plan=plan))
        .exclude(status=Problem.Status.RESOLVED)
        .select_related("project", "owner")
        .order_by("deadline", "pk")
    )
    problems = Table(
        key="problems",
        title=_("Open problems"),
        columns=[_("Project"), _("Problem"), _("Level"), _("Owner"), _("Deadline")],
        rows=[
            [
                w.data(p.project.name) if p.project else None,
                w.data(p.description),
                p.get_level_display(),
                w.data(p.owner.label),
                p.deadline.isoformat() if p.deadline else None,
            ]
            for p in open_problems
        ],
    )
    chart = Chart(
        key="investment",
        title=_("Investment completion of lagging projects against time elapsed"),
        kind="bullet",
        labels=[w.data(r.project.name) for r in behind],
        series=[
            Series(_("Completion"), [float(r.completion or 0) for r in behind]),
            Series(_("Time elapsed"), [float(totals.expected)] * len(behind)),
        ],
    )
    text = _(
        "%(behind)d of %(n)d key projects have invested less than the share of the year "
        "elapsed; %(late)d milestones are late; %(problems)d problems are open."
    ) % {"behind": len(behind), "n": len(rows), "late": len(late), "problems": len(open_problems)}
    return Section(
        "projects",
        _("Key projects"),
        paragraphs=[text],
        tables=[t for t in (investment, milestones, problems) if t.rows],
        charts=[chart] if behind else [],
    )


def task_section(plan: Plan, period: Period, panel: TaskPanel, today: date, w: Words) -> Section:
    """Tasks as they stand on the day of issue; the service desk over the bulletin's month."""
    overdue = list(board(SYSTEM, plan=plan, due="overdue", today=today))
    tasks = Table(
        key="overdue",
        title=_("Overdue supervision tasks"),
        columns=[_("Task"), _("Title"), _("Lead unit"), _("Deadline"), _("Days overdue")],
        rows=[
            [
                t.code,
                w.data(t.title),
                w.data(t.lead_unit.label),
                t.deadline.isoformat(),
                (today - t.deadline).days,
            ]
            for t in overdue
        ],
    )
    desk = metrics(SYSTEM, period.start, period.end, within=plan.owner)["units"]
    service = Table(
        key="service",
        title=_("Service desk by unit"),
        columns=[
            _("Unit"),
            _("Requests"),
            _("Answered"),
            _("Resolved"),
            _("Median response (working hours)"),
            _("Median resolution (working days)"),
            _("Answered in time"),
            _("Resolved in time"),
        ],
        rows=[
            [
                w.data(m.label),
                m.count,
                m.answered,
                m.resolved,
                m.median_response_hours,
                m.median_resolution_days,
                m.response_in_time,
                m.resolution_in_time,
            ]
            for m in desk
        ],
        percent_columns=[6, 7],
    )
    text = [
        _(
            "As of %(day)s, %(open)d supervision tasks of the plan are open and %(overdue)d "
            "are overdue; %(closed)d are closed, %(on_time)d of them on time."
        )
        % {
            "day": w.day(today),
            "open": panel.open,
            "overdue": len(overdue),
            "closed": panel.closed,
            "on_time": panel.on_time,
        },
        _("The service desk received %(n)d requests in %(month)s.")
        % {"n": sum(m.count for m in desk), "month": w.month(period)},
    ]
    return Section("tasks", _("Supervision and service"), paragraphs=text, tables=[tasks, service])


def will_miss_section(forecasts: PlanForecast, w: Words) -> Section:
    """The indicators forecast to miss the year's target: even the favourable end of the
    interval falls short (``forecasts.selectors``)."""
    rows = forecasts.will_miss
    sub = Section("will-miss", _("Forecast to miss the year's target"))
    if not rows:
        sub.paragraphs.append(_("None."))
        return sub
    sub.paragraphs.append(
        _(
            "At the pace so far (shaped by earlier years where they exist), %(n)d indicators "
            "will miss their target by December even at the favourable end of the %(rate)s "
            "interval: %(names)s."
        )
        % {
            "n": len(rows),
            "rate": w.pct(Decimal(str(forecasts.rate))),
            "names": w.join(w.data(r.indicator.name) for r in rows),
        }
    )
    sub.tables.append(
        Table(
            key="will-miss",
            title=_("Forecast to miss the year's target"),
            columns=[
                _("Indicator"),
                _("Forecast completion"),
                _("Interval, low"),
                _("Interval, high"),
                _("Lead unit"),
            ],
            rows=[
                [
                    w.data(r.indicator.name),
                    w.number(r.completion),
                    w.number((r.completion_range or (None, None))[0]),
                    w.number((r.completion_range or (None, None))[1]),
                    w.data(r.indicator.lead_unit.label),
                ]
                for r in rows
            ],
            percent_columns=[1, 2, 3],
        )
    )
    return sub
