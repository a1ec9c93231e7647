from ninja import Router

from pacesetter.api import selectors
from pacesetter.api.pagination import LimitOffsetPagination, paginate
from pacesetter.api.schemas import GoalOut, IndicatorOut, PlanOut, TargetOut

router = Router(tags=["plans"])


@router.get("", response=list[PlanOut], url_name="list_plans")
@paginate(LimitOffsetPagination, max_limit=1000)
def list_plans(request):
    return selectors.plans_visible(user=request.auth)


@router.get("/{plan}", response=PlanOut, url_name="get_plan")
def get_plan(request, plan: str):
    return selectors.plan_get(user=request.auth, code=plan)


@router.get("/{plan}/goals", response=list[GoalOut], url_name="list_goals")
def list_goals(request, plan: str):
    """The goal tree in depth-first order; ``parent`` links each goal to the one above it."""
    return selectors.goals_of(plan=selectors.plan_get(user=request.auth, code=plan))


@router.get("/{plan}/indicators", response=list[IndicatorOut], url_name="list_indicators")
def list_indicators(request, plan: str):
    return selectors.indicators_of(plan=selectors.plan_get(user=request.auth, code=plan))


@router.get("/{plan}/targets", response=list[TargetOut], url_name="list_targets")
@paginate(LimitOffsetPagination, max_limit=5000)
def list_targets(request, plan: str, year: int | None = None, unit: str | None = None):
    """Plan-wide targets (``unit`` empty) and the unit targets the caller may view."""
    user = request.auth
    return selectors.targets_visible(
        user=user,
        plan=selectors.plan_get(user=user, code=plan),
        year=year,
        unit=selectors.unit_get(user=user, code=unit) if unit else None,
    )
