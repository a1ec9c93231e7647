"""Drill-down pages under a plan: indicator, ranking, projects, unit."""

from django.contrib.auth.decorators import login_required
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import render

from pacesetter.analytics.detail import indicator_detail as detail_of
from pacesetter.analytics.unit_page import unit_indicators
from pacesetter.analytics.units import reporting_completeness, unit_ranking
from pacesetter.core import policy
from pacesetter.forecasts.selectors import plan_forecasts
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.projects import selectors as projects
from pacesetter.reporting.models import Report
from pacesetter.web.views import chosen_period, period_context, visible_plan


@login_required
def indicator_detail(request, code, indicator):
    plan = visible_plan(request, code)
    period = chosen_period(request, plan)
    ind = (
        Indicator.objects.filter(goal__plan=plan, code=indicator)
        .select_related("goal", "lead_unit", "measure")
        .first()
    )
    if ind is None:
        raise Http404
    detail = detail_of(plan=plan, indicator=ind, upto=period)
    forecasts = plan_forecasts(plan=plan, upto=period, indicator=ind, units=True)
    by_unit = forecasts.units_of(ind)
    chart = {
        "months": [str(m.period) for m in detail["months"]],
        "actual": [float(m.actual) if m.actual is not None else None for m in detail["months"]],
        "target": [
            float(m.target_path) if m.target_path is not None else None for m in detail["months"]
        ],
    }
    return render(
        request,
        "web/indicator_detail.html",
        {
            **period_context(plan, period),
            "indicator": ind,
            **detail,
            "chart": chart,
            "forecast": forecasts.of(ind),
            "rate": forecasts.rate,
            "unit_rows": [(u, by_unit.get(u.unit.pk)) for u in detail["units"]],
        },
    )


@login_required
def ranking(request, code):
    plan = visible_plan(request, code)
    period = chosen_period(request, plan)
    parents = [
        u
        for u in OrgUnit.objects.filter(path__startswith=plan.owner.path).order_by("path")
        if u.numchild
    ]
    parent = next((u for u in parents if u.code == request.GET.get("parent")), plan.owner)
    indicators = list(
        # EXISTS, not a join and DISTINCT: a join sorted every unit target of the plan.
        Indicator.objects.filter(
            Exists(Target.objects.filter(indicator=OuterRef("pk"), orgunit__isnull=False)),
            goal__plan=plan,
        )
        .select_related("measure")
        .order_by("code")
    )
    chosen = next((i for i in indicators if i.code == request.GET.get("indicator")), None)
    by = "growth" if chosen and request.GET.get("by") == "growth" else "completion"
    return render(
        request,
        "web/ranking.html",
        {
            **period_context(plan, period),
            "parents": parents,
            "parent": parent,
            "indicators": indicators,
            "chosen": chosen,
            "by": by,
            "rows": unit_ranking(plan=plan, parent=parent, upto=period, indicator=chosen, by=by),
            "extra_params": {k: v for k, v in request.GET.items() if k != "period"},
        },
    )


@login_required
def project_list(request, code):
    plan = visible_plan(request, code)
    period = chosen_period(request, plan)
    rows = projects.project_progress(plan=plan, upto=period)
    rows = projects.project_filter(
        rows,
        stage=request.GET.get("stage", ""),
        unit=request.GET.get("unit", ""),
        status=request.GET.get("status", ""),
        sort=request.GET.get("sort", "code"),
        expected=projects.project_totals(rows=rows, plan=plan, upto=period).expected,
    )
    return render(
        request,
        "web/project_list.html",
        {
            **period_context(plan, period),
            "projects": rows,
            "projects_total": projects.project_totals(rows=rows, plan=plan, upto=period),
            "stages": projects.Project.Stage.choices,
            "filters": request.GET,
            "lead_units": OrgUnit.objects.filter(led_projects__plan=plan)
            .distinct()
            .order_by("path"),
            "extra_params": {k: v for k, v in request.GET.items() if k != "period"},
        },
    )


@login_required
def project_detail(request, code, project):
    plan = visible_plan(request, code)
    period = chosen_period(request, plan)
    row = next(
        (r for r in projects.project_progress(plan=plan, upto=period) if r.project.code == project),
        None,
    )
    if row is None:
        raise Http404
    totals = projects.project_totals(rows=[row], plan=plan, upto=period)
    return render(
        request,
        "web/project_detail.html",
        {
            **period_context(plan, period),
            "row": row,
            "project": row.project,
            "totals": totals,
            "milestones": row.project.milestones.all(),
            "problems": projects.problems_visible(
                user=request.user, queryset=row.project.problems.all()
            ),
            "progress": projects.progress_history(project=row.project, upto=period),
        },
    )


@login_required
def unit_detail(request, code, unit):
    plan = visible_plan(request, code)
    period = chosen_period(request, plan)
    orgunit = OrgUnit.objects.filter(code=unit, path__startswith=plan.owner.path).first()
    if orgunit is None or not policy.can(request.user, policy.VIEW, orgunit):
        raise Http404
    return render(
        request,
        "web/unit_detail.html",
        {
            **period_context(plan, period),
            "unit": orgunit,
            "indicators": unit_indicators(plan=plan, unit=orgunit, upto=period),
            "projects": [
                r
                for r in projects.project_progress(plan=plan, upto=period)
                if r.project.lead_unit_id == orgunit.pk
            ],
            "reports": Report.objects.filter(
                orgunit=orgunit, period__startswith=str(period.year)
            ).order_by("period"),
            "completeness": next(
                iter(reporting_completeness(plan=plan, upto=period, unit=orgunit)), None
            ),
        },
    )
