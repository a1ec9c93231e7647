from ninja import Router

from pacesetter.api import selectors
from pacesetter.api.pagination import LimitOffsetPagination, paginate
from pacesetter.api.schemas import ProjectOut

router = Router(tags=["projects"])


@router.get("/{plan}/projects", response=list[ProjectOut], url_name="list_projects")
@paginate(LimitOffsetPagination, max_limit=1000)
def list_projects(request, plan: str, unit: str | None = None):
    """Key projects led by units the caller may view; ``unit`` keeps one lead unit's."""
    user = request.auth
    return selectors.projects_visible(
        user=user,
        plan=selectors.plan_get(user=user, code=plan),
        unit=selectors.unit_get(user=user, code=unit) if unit else None,
    )


@router.get("/{plan}/projects/{code}", response=ProjectOut, url_name="get_project")
def get_project(request, plan: str, code: str):
    user = request.auth
    return selectors.project_get(
        user=user, plan=selectors.plan_get(user=user, code=plan), code=code
    )
