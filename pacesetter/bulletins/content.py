"""The monthly bulletin (通报) of a plan, drafted from the analytics: every figure here is
read from the same functions the dashboard reads (no second computation), and written into
plain data (``document.Bulletin``) that every format draws alike.

Written in the language asked for (gettext), with data (names) in that language's script.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from pacesetter.analytics.selectors import IndicatorRow, PlanStatus, plan_status
from pacesetter.analytics.status import MET, MISSING, RED, YELLOW
from pacesetter.analytics.units import Completeness, UnitRank, reporting_completeness, unit_ranking
from pacesetter.bulletins.document import Bulletin, Cell, Chart, Section, Series, Table
from pacesetter.bulletins.lagging import project_section, task_section, will_miss_section
from pacesetter.bulletins.words import STATUS_WORDS, Words
from pacesetter.core.periods import Period
from pacesetter.forecasts.selectors import PlanForecast, plan_forecasts
from pacesetter.indicators.models import Indicator, Target
from pacesetter.plans.models import Plan
from pacesetter.projects.selectors import ProjectTotals, project_progress, project_totals
from pacesetter.supervision.selectors import TaskPanel, plan_task_panel


def build_bulletin(
    *, plan: Plan, period: Period, language: str = "zh-hans", today: date | None = None
) -> Bulletin:
    """The bulletin of ``plan`` for the month ``period``, as of ``today`` (tasks' overdue
    days and the date of issue)."""
    today = today or timezone.localdate()
    with translation.override(language):
        w = Words(language)
        # Each analytics function is read once; the sections share what they read.
        status = plan_status(plan=plan, upto=period)
        ranking = unit_ranking(plan=plan, parent=plan.owner, upto=period)
        projects = project_progress(plan=plan, upto=period)
        totals = project_totals(rows=projects, plan=plan, upto=period)
        panel = plan_task_panel_system(plan)
        completeness = reporting_completeness(plan=plan, upto=period)
        owner = w.data(plan.owner.label)
        sections = [
            _headline(period, status, totals, panel, completeness, w),
            _indicators(plan, status, w),
            _lagging(status, plan_forecasts(plan=plan, upto=period), w),
            _rankings(plan, period, ranking, w),
            project_section(plan, period, projects, totals, w),
            task_section(plan, period, panel, today, w),
            _reporting(period, completeness, w),
        ]
        return Bulletin(
            plan_code=plan.code,
            plan_name=w.data(plan.name),
            period=str(period),
            masthead=_("%(owner)s work bulletin") % {"owner": owner},
            number=_("%(year)d, No. %(month)d") % {"year": period.year, "month": period.number},
            title=_("Bulletin on the progress of %(plan)s as of %(month)s")
            % {"plan": w.data(plan.name), "month": w.month(period)},
            issuer=_("Plan office of %(owner)s") % {"owner": owner},
            issued=w.day(today),
            language=language,
            sections=sections,
            notes=[
                _(
                    "Figures are those accepted by the plan office by the date of issue; "
                    "expected progress is the share of the year elapsed (or the indicator's "
                    "monthly profile)."
                )
            ],
        )


def _headline(
    period: Period,
    status: PlanStatus,
    totals: ProjectTotals,
    tasks: TaskPanel,
    completeness: list[Completeness],
    w: Words,
) -> Section:
    counts = status.counts
    done = [row for row in completeness if row.reported]
    reporters = len(completeness)
    figures = Table(
        key="headline",
        title=_("Headline figures"),
        columns=[_("Figure"), _("Value")],
        rows=[
            [_("Indicators"), len(status.rows)],
            *[[STATUS_WORDS[s](), n] for s, n in counts.items()],  # type: ignore[list-item]
            [_("Planned investment this year (10k yuan)"), w.number(totals.planned)],
            [_("Invested year to date (10k yuan)"), w.number(totals.invested)],
            [_("Investment completion (%)"), w.percent(totals.completion)],
            [_("Time elapsed (%)"), w.percent(totals.expected)],
            [_("Late milestones"), totals.late_milestones],
            [_("Open problems"), totals.open_problems],
            [_("Open supervision tasks"), tasks.open],
            [_("Overdue supervision tasks"), tasks.overdue],
            [_("Units reporting"), reporters],
            [_("Units whose month is accepted"), len(done)],
        ],
        annex_only=True,
    )
    text = [
        _(
            "As of the end of %(month)s, of the plan's %(n)d indicators %(met)d have met their "
            "target, %(green)d are on schedule, %(yellow)d are slightly behind, %(red)d are "
            "far behind and %(missing)d have no accepted figure yet."
        )
        % {
            "month": w.month(period),
            "n": len(status.rows),
            "met": counts[MET],
            "green": counts["green"],
            "yellow": counts[YELLOW],
            "red": counts[RED],
            "missing": counts[MISSING],
        },
        _(
            "Key projects have invested %(invested)s of the %(planned)s (10k yuan) planned "
            "this year, %(completion)s against %(expected)s of the year elapsed; "
            "%(late)d milestones are late and %(problems)d problems are open."
        )
        % {
            "invested": w.amount(totals.invested),
            "planned": w.amount(totals.planned),
            "completion": w.pct(totals.completion),
            "expected": w.pct(totals.expected),
            "late": totals.late_milestones,
            "problems": totals.open_problems,
        },
        _(
            "%(open)d supervision tasks are open, %(overdue)d of them overdue; %(done)d of "
            "%(units)d reporting units have their month accepted."
        )
        % {"open": tasks.open, "overdue": tasks.overdue, "done": len(done), "units": reporters},
    ]
    return Section("headline", _("Overview"), paragraphs=text, tables=[figures])


def plan_task_panel_system(plan: Plan) -> TaskPanel:
    """The plan's own tasks, whoever reads the bulletin: it is the plan's document."""
    from pacesetter.core.policy import SYSTEM

    return plan_task_panel(SYSTEM, plan)


def _indicators(plan: Plan, status: PlanStatus, w: Words) -> Section:
    rows: list[list[Cell]] = []
    labels: list[str] = []
    groups: list[str] = []
    done: list[float | None] = []
    expected: list[float | None] = []
    pillar = ""
    for goal in status.goals:
        if goal.depth == 0:
            pillar = w.data(goal.goal.name)
        for r in goal.indicators:
            rows.append(
                [
                    pillar,
                    w.data(r.indicator.name),
                    target_text(r, w),
                    w.number(r.actual),
                    w.unit(r.indicator.unit) if r.actual is not None else None,
                    w.number(r.completion),
                    w.number(r.assessment.expected),
                    STATUS_WORDS[r.status](),
                    w.data(r.indicator.lead_unit.label),
                ]
            )
            if r.completion is not None and r.indicator.value_type != Indicator.ValueType.MILESTONE:
                labels.append(w.data(r.indicator.name))
                groups.append(pillar)
                done.append(float(r.completion))
                expected.append(float(r.assessment.expected))
    table = Table(
        key="indicators",
        title=_("Every indicator"),
        columns=[
            _("Pillar"),
            _("Indicator"),
            _("Target"),
            _("Actual (year to date)"),
            _("Unit"),
            _("Completion"),
            _("Expected"),
            _("Status"),
            _("Lead unit"),
        ],
        rows=rows,
        percent_columns=[5, 6],
    )
    chart = Chart(
        key="completion",
        title=_("Completion against time elapsed"),
        kind="bullet",
        labels=labels,
        series=[Series(_("Completion"), done), Series(_("Time elapsed"), expected)],
        groups=groups,
    )
    return Section("indicators", _("Progress of every indicator"), tables=[table], charts=[chart])


def target_text(row: IndicatorRow, w: Words) -> str | None:
    target: Target | None = row.target
    if row.indicator.value_type == Indicator.ValueType.MILESTONE:
        return _("Achieve")
    if target is None:
        return None
    symbol = {">": ">", ">=": "≥", "<": "<", "<=": "≤", "~": "≈"}.get(target.comparator, "")
    upper = f"–{w.amount(target.value_max)}" if target.value_max is not None else ""
    growth = _("growth ") if target.is_growth else ""
    return f"{growth}{symbol}{w.amount(target.value)}{upper} {w.unit(row.indicator.unit)}".strip()


def _lagging(status: PlanStatus, forecasts: PlanForecast, w: Words) -> Section:
    def table(key: str, title: str, rows: list[IndicatorRow]) -> Table:
        return Table(
            key=key,
            title=title,
            columns=[
                _("Indicator"),
                _("Completion"),
                _("Expected"),
                _("Gap (points)"),
                _("Lead unit"),
            ],
            rows=[
                [
                    w.data(r.indicator.name),
                    w.number(r.completion),
                    w.number(r.assessment.expected),
                    w.number(r.assessment.gap_points),
                    w.data(r.indicator.lead_unit.label),
                ]
                for r in rows
            ],
            percent_columns=[1, 2],
        )

    yellow = sorted(
        (r for r in status.rows if r.status == YELLOW), key=lambda r: r.assessment.gap_points or 0
    )
    parts = []
    for key, title, rows in (
        ("red", _("Red: far behind"), status.red_list),
        ("yellow", _("Yellow: slightly behind"), yellow),
    ):
        sub = Section(key, title)
        if rows:
            sub.paragraphs.append(
                _("%(n)d indicators: %(names)s.")
                % {"n": len(rows), "names": w.join(w.data(r.indicator.name) for r in rows)}
            )
            sub.tables.append(table(key, title, rows))
        else:
            sub.paragraphs.append(_("None."))
        parts.append(sub)
    parts.append(will_miss_section(forecasts, w))
    return Section("lagging", _("Indicators behind schedule"), subsections=parts)


def _rank_table(key: str, title: str, rows: list[UnitRank], w: Words) -> Table:
    return Table(
        key=key,
        title=title,
        columns=[_("Rank"), _("Unit"), _("Score"), _("Movement")],
        rows=[
            [r.row.rank, w.data(r.unit.label), w.number(r.row.score), r.row.movement]
            if r.reported
            else [
                None,
                w.data(r.unit.label),
                _("not reported (last: %(month)s)") % {"month": r.last_reported_text or "—"},
                None,
            ]
            for r in rows
        ],
        percent_columns=[2],
        signed_columns=[3],
    )


def _rankings(plan: Plan, period: Period, composite: list[UnitRank], w: Words) -> Section:
    ranked = [r for r in composite if r.reported and r.row.score is not None]
    chart = Chart(
        key="composite",
        title=_("Composite score (progress against time elapsed)"),
        kind="hbar",
        labels=[f"{w.data(r.unit.label)} {w.movement(r.row.movement)}".strip() for r in ranked],
        series=[Series(_("Score"), [float(r.row.score or 0) for r in ranked])],
    )
    movers = [r for r in ranked if r.row.movement]
    text = [
        _("Moved up: %(names)s.")
        % {
            "names": w.join(
                f"{w.data(r.unit.label)}（↑{r.row.movement}）"
                for r in movers
                if (r.row.movement or 0) > 0
            )
            or _("none")
        },
        _("Moved down: %(names)s.")
        % {
            "names": w.join(
                f"{w.data(r.unit.label)}（↓{-(r.row.movement or 0)}）"
                for r in movers
                if (r.row.movement or 0) < 0
            )
            or _("none")
        },
    ]
    section = Section(
        "rankings",
        _("Rankings and movement"),
        paragraphs=text if ranked else [_("No unit holds targets of its own yet.")],
        tables=[_rank_table("composite", _("Composite ranking"), composite, w)],
        charts=[chart] if ranked else [],
    )
    indicators = (
        Indicator.objects.filter(goal__plan=plan, targets__year=period.year)
        .exclude(targets__orgunit=None)
        .distinct()
        .select_related("measure")
        .order_by("code")
    )
    for ind in indicators:
        rows = unit_ranking(plan=plan, parent=plan.owner, upto=period, indicator=ind)
        if rows:
            title = w.data(ind.name)
            section.subsections.append(
                # The subsection's heading names the indicator: the table needs no title.
                Section(
                    f"rank-{ind.code}", title, tables=[_rank_table(f"rank-{ind.code}", "", rows, w)]
                )
            )
    return section


def _reporting(period: Period, rows: list[Completeness], w: Words) -> Section:
    late = [r for r in rows if r.on_time < r.submitted]
    missing = [r for r in rows if not r.reported]
    table = Table(
        key="reporting",
        title=_("Reporting completeness and timeliness"),
        columns=[
            _("Unit"),
            _("Reports due so far"),
            _("Submitted"),
            _("Submitted share"),
            _("On time"),
            _("On-time share"),
            _("This month accepted"),
        ],
        rows=[
            [
                w.data(r.unit.label),
                r.expected,
                r.submitted,
                w.number(r.share),
                r.on_time,
                w.number(r.timely_share),
                _("yes") if r.reported else _("no"),
            ]
            for r in rows
        ],
        percent_columns=[3, 5],
    )
    text = [
        _("%(n)d units report to this plan; %(missing)d have no accepted report for %(month)s.")
        % {"n": len(rows), "missing": len(missing), "month": w.month(period)},
        _("Reported late at least once this year: %(names)s.")
        % {"names": w.join(w.data(r.unit.label) for r in late) or _("none")},
    ]
    return Section("reporting", _("Reporting"), paragraphs=text, tables=[table])


def as_float(value: Decimal | None) -> float | None:
    return float(value) if value is not None else None
