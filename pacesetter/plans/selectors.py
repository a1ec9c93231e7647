from django.db.models import Q, QuerySet

from pacesetter.core import policy
from pacesetter.orgunits.models import OrgUnit

from pacesetter.plans.models import Goal, Plan


def plan_goals(*, plan: Plan) -> QuerySet[Goal]:
    """The plan's goal tree in depth-first order (parents before children)."""
    return Goal.objects.filter(plan=plan).order_by("path")


def plan_list_visible(*, user) -> QuerySet[Plan]:
    """Plans owned inside the user's subtrees or above them (a township reads its county's
    plan); drafts only for those who may manage the owner."""
    qs = Plan.objects.select_related("owner").order_by("-first_year", "name")
    within = Q()
    for role, path in policy.assignments(user):
        within |= Q(owner__path__startswith=path) | Q(owner__path__in=_ancestor_paths(path))
    if not within:
        return qs.none()
    managed = Q()
    for path in policy.roots_for(user, policy.MANAGE):
        managed |= Q(owner__path__startswith=path)
    visible = qs.filter(within)
    return visible.filter(~Q(status=Plan.Status.DRAFT) | (managed if managed else Q(pk=None)))


def _ancestor_paths(path: str) -> list[str]:
    step = OrgUnit.steplen
    return [path[:i] for i in range(step, len(path), step)]
