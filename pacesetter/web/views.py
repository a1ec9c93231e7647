from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render

from pacesetter.analytics.selectors import plan_progress
from pacesetter.core.periods import InvalidPeriod, Period
from pacesetter.plans.selectors import plan_list_visible
from pacesetter.projects.selectors import project_progress
from pacesetter.web.periods import default_period


@login_required
def home(request):
    plans = list(plan_list_visible(user=request.user))
    if len(plans) == 1:
        return redirect("plan_detail", code=plans[0].code)
    return render(request, "web/plan_list.html", {"plans": plans})


@login_required
def plan_detail(request, code: str):
    plan = plan_list_visible(user=request.user).filter(code=code).first()
    if plan is None:
        raise Http404
    try:
        period = Period.parse(request.GET["period"]) if "period" in request.GET else None
    except InvalidPeriod:
        period = None
    period = period or default_period(plan)
    goals = plan_progress(plan=plan, upto=period)
    return render(request, "web/plan_detail.html", {
        "plan": plan, "period": period, "goals": goals,
        "projects": project_progress(plan=plan, upto=period),
        "periods": [Period.month(period.year, m) for m in range(1, 13)],
    })
