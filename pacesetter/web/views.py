from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render

from pacesetter.analytics.selectors import plan_status
from pacesetter.analytics.units import reporting_completeness, unit_ranking
from pacesetter.bulletins.selectors import published_for
from pacesetter.core import policy
from pacesetter.core.periods import InvalidPeriod, Period, parse_month
from pacesetter.forecasts.selectors import plan_forecasts
from pacesetter.plans.selectors import plan_list_visible
from pacesetter.projects.selectors import project_progress, project_totals
from pacesetter.servicedesk.selectors import is_enterprise
from pacesetter.supervision.selectors import plan_task_panel
from pacesetter.web.context import CHOSEN_PLAN, home_plan
from pacesetter.web.dashboard import dashboard_charts
from pacesetter.web.periods import default_period


@login_required
def home(request):
    """Open the user's home plan (the rule: ``web.context.home_plan``). A POST is the top bar's
    plan switcher: the chosen plan is opened and becomes the home page for this session."""
    plans = list(plan_list_visible(user=request.user))
    if not plans and is_enterprise(request.user):
        return redirect("servicedesk:desk")  # an enterprise's home is its requests
    if request.method == "POST":
        chosen = next(
            (p for p in plans if p.code == request.POST.get("plan") and p.status != p.Status.DRAFT),
            None,
        )
        if chosen is None:
            raise Http404
        request.session[CHOSEN_PLAN] = chosen.code
        return redirect("plan_detail", code=chosen.code)
    plan = home_plan(
        plans=plans,
        unit=getattr(request.user, "orgunit", None),
        chosen=request.session.get(CHOSEN_PLAN),
    )
    if plan is not None:
        return redirect("plan_detail", code=plan.code)
    if len(plans) == 1:
        return redirect("plan_detail", code=plans[0].code)
    return render(request, "web/plan_list.html", {"plans": plans})


def visible_plan(request, code: str):
    plan = plan_list_visible(user=request.user).filter(code=code).first()
    if plan is None:
        raise Http404
    return plan


def chosen_period(request, plan) -> Period:
    """The month asked for in ``?period=``, if it is one of the plan's months; else the
    month the page opens on. A page never fails over its period."""
    try:
        period = parse_month(request.GET["period"]) if "period" in request.GET else None
    except InvalidPeriod:
        period = None
    if period is not None and not plan.first_year <= period.year <= plan.last_year:
        period = None
    return period or default_period(plan)


def period_context(plan, period) -> dict:
    years = range(plan.first_year, plan.last_year + 1)
    return {
        "plan": plan,
        "period": period,
        "periods": [Period.month(y, m) for y in years for m in range(1, 13)],
    }


@login_required
def plan_detail(request, code: str):
    """The leader's dashboard (作战图): status, red list, ranking, projects, reporting."""
    plan = visible_plan(request, code)
    period = chosen_period(request, plan)
    status = plan_status(plan=plan, upto=period)
    projects = project_progress(plan=plan, upto=period)
    totals = project_totals(rows=projects, plan=plan, upto=period)
    ranking = unit_ranking(plan=plan, parent=plan.owner, upto=period)
    return render(
        request,
        "web/plan_detail.html",
        {
            **period_context(plan, period),
            "status": status,
            "goals": status.goals,
            "forecasts": plan_forecasts(plan=plan, upto=period),
            "ranking": ranking,
            "projects": projects,
            "projects_total": totals,
            "charts": dashboard_charts(
                goals=status.goals,
                ranking=ranking,
                projects=projects,
                totals=totals,
                plan_code=plan.code,
                period=period,
                may_open=lambda unit: policy.can(request.user, policy.VIEW, unit),
            ),
            "completeness": reporting_completeness(plan=plan, upto=period),
            "tasks": plan_task_panel(request.user, plan),
            "published": published_for(plan)[:12],
            "may_manage": policy.can(request.user, policy.MANAGE, plan.owner),
        },
    )
