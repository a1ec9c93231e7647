"""The plan office's data-quality page: a plan's flagged figures of the chosen month and the
two before it, each with its bounds, its reason and a link to its history."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render

from pacesetter.plans.selectors import plan_list_visible
from pacesetter.validation.outliers import HISTORY_YEARS, M_LIMIT, MIN_HISTORY, Z_LIMIT
from pacesetter.validation.quality import flagged_figures, may_review_quality
from pacesetter.web.views import chosen_period, period_context, visible_plan

MONTHS_SHOWN = 3  # the chosen month and the two before it: what a monthly review looks back on


@login_required
def quality_home(request):
    """The plans whose figures the user may question; none is a page that does not exist."""
    plans = [p for p in plan_list_visible(user=request.user) if may_review_quality(request.user, p)]
    if not plans:
        raise Http404
    return render(request, "web/quality_home.html", {"plans": plans})


@login_required
def quality(request, code: str):
    plan = visible_plan(request, code)
    if not may_review_quality(request.user, plan):
        raise Http404
    period = chosen_period(request, plan)
    months = [period.shift(-i) for i in range(MONTHS_SHOWN)]
    return render(
        request,
        "web/quality.html",
        {
            **period_context(plan, period),
            "months": months,
            "flags": flagged_figures(user=request.user, plan=plan, periods=months),
            "z_limit": Z_LIMIT,
            "m_limit": M_LIMIT,
            "min_history": MIN_HISTORY,
            "history_years": HISTORY_YEARS,
        },
    )
