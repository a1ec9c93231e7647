"""The dashboard's charts (作战图): pure functions turning the rows the plan page already holds
into chart series. Nothing is computed twice: every figure, status, rank and movement comes
from the analytics rows; here they are only ordered, labelled and given their drill-down URL.
Labels are built with gettext so the charts speak the reader's language."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from django.urls import reverse
from django.utils.translation import gettext as _

from pacesetter.analytics.selectors import GoalRow
from pacesetter.analytics.status import GREEN, MET, MISSING, RED, YELLOW
from pacesetter.analytics.units import UnitRank
from pacesetter.core.periods import Period
from pacesetter.orgunits.models import OrgUnit
from pacesetter.projects.selectors import ProjectRow, ProjectTotals
from pacesetter.web.templatetags.figures import data_text, pct

BAR_CAP = Decimal("1.5")  # bars stop at 150 %: one runaway figure must not flatten the rest
GLYPHS = {MET: "✔", GREEN: "●", YELLOW: "▲", RED: "✖", MISSING: "?"}


def status_words() -> dict[str, str]:
    """The same words as the status badges (partials/_status.html)."""
    return {
        MET: _("met"),
        GREEN: _("on track"),
        YELLOW: _("slightly behind"),
        RED: _("behind"),
        MISSING: _("missing"),
    }


def movement_text(movement: int | None) -> str:
    """As partials/_movement.html: ↑2, ↓1, ＝, or — when there is nothing to compare."""
    if movement is None:
        return "—"
    if movement > 0:
        return f"↑{movement}"
    if movement < 0:
        return f"↓{-movement}"
    return "＝"


def _percent(ratio: Decimal | None) -> float | None:
    """A ratio as a bar length in percent, clamped to 0..150."""
    if ratio is None:
        return None
    return float(round(max(Decimal(0), min(BAR_CAP, ratio)) * 100, 1))


def _url(name: str, plan_code: str, code: str, period: Period) -> str:
    return f"{reverse(name, args=[plan_code, code])}?period={period}"


def indicator_chart(*, goals: list[GoalRow], plan_code: str, period: Period) -> dict:
    """Chart 1: each indicator's completion (bar) against the share expected by now
    (marker), in the goal tree's order, under a heading row for its pillar (top level)."""
    words = status_words()
    rows: list[dict] = []
    pillar: dict | None = None
    for goal_row in goals:
        if goal_row.depth == 0:
            pillar = {"kind": "pillar", "label": data_text(goal_row.goal.name)}
        for item in goal_row.indicators:
            if pillar is not None:  # a pillar is shown only once it has an indicator
                rows.append(pillar)
                pillar = None
            status = item.status
            rows.append(
                {
                    "kind": "indicator",
                    "label": data_text(item.indicator.name),
                    "code": item.indicator.code,
                    "status": status,
                    "value": _percent(item.completion),
                    "expected": _percent(item.assessment.expected),
                    "text": f"{GLYPHS[status]} {pct(item.completion)}",
                    "tip": f"{words[status]} · {pct(item.completion)} / "
                    f"{_('expected')} {pct(item.assessment.expected)}",
                    "url": _url("indicator_detail", plan_code, item.indicator.code, period),
                }
            )
    return {"rows": rows}


def ranking_chart(
    *,
    ranking: list[UnitRank],
    plan_code: str,
    period: Period,
    may_open: Callable[[OrgUnit], bool] = lambda unit: True,
) -> dict:
    """Chart 2: the composite ranking in its own order, movement in the label; a unit whose
    month is not accepted yet is listed as such, without a bar. A unit's bar opens its page
    only for those ``may_open`` lets see it (siblings may not), as its link in the table."""
    waiting = _("not yet reported")
    rows = []
    for r in ranking:
        ranked = r.reported and r.row.rank is not None
        move = movement_text(r.row.movement) if ranked else ""
        rows.append(
            {
                "label": f"{r.row.rank or '—'} {data_text(r.unit.label)}",
                "code": r.unit.code,
                "rank": r.row.rank,
                "movement": r.row.movement,
                "value": _percent(r.row.score) if ranked else None,
                "text": f"{pct(r.row.score)} {move}" if ranked else f"◔ {waiting}",
                "url": _url("unit_detail", plan_code, r.unit.code, period)
                if may_open(r.unit)
                else None,
            }
        )
    return {"rows": rows}


def _lag(row: ProjectRow, expected: Decimal) -> tuple[int, Decimal]:
    """Sort key: furthest behind the time share first; projects without a plan last."""
    if row.completion is None:
        return (1, Decimal(0))
    return (0, row.completion - expected)


def project_chart(
    *, projects: list[ProjectRow], totals: ProjectTotals, plan_code: str, period: Period
) -> dict:
    """Chart 3: each project's investment this year against its plan (bar) and the share of
    the year elapsed (line), lagging projects first."""
    behind, on_time = _("behind time"), _("on time")
    rows = []
    for r in sorted(projects, key=lambda r: _lag(r, totals.expected)):
        late = r.completion is not None and r.completion < totals.expected
        rows.append(
            {
                "label": data_text(r.project.name),
                "code": r.project.code,
                "behind": late,
                "value": _percent(r.completion),
                "text": f"{'✖' if late else '●'} {pct(r.completion)}"
                if r.completion is not None
                else _("no plan this year"),
                "tip": f"{behind if late else on_time} · {pct(r.completion)}",
                "url": _url("project_detail", plan_code, r.project.code, period),
            }
        )
    return {"rows": rows, "expected": _percent(totals.expected)}


def dashboard_charts(
    *,
    goals: list[GoalRow],
    ranking: list[UnitRank],
    projects: list[ProjectRow],
    totals: ProjectTotals,
    plan_code: str,
    period: Period,
    may_open: Callable[[OrgUnit], bool] = lambda unit: True,
) -> dict:
    """The payload of web/static/web/dashboard.js (via json_script), labels included."""
    return {
        "indicators": indicator_chart(goals=goals, plan_code=plan_code, period=period),
        "ranking": ranking_chart(
            ranking=ranking, plan_code=plan_code, period=period, may_open=may_open
        ),
        "projects": project_chart(
            projects=projects, totals=totals, plan_code=plan_code, period=period
        ),
        "labels": {
            "completion": _("Completion"),
            "expected": _("Expected by now"),
            "score": _("Score"),
            "elapsed": _("Time elapsed"),
        },
    }
