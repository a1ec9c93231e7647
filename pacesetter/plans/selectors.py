from django.db.models import Q, QuerySet

from pacesetter.core import policy
from pacesetter.core.policy import Actor
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Goal, Plan


def plan_goals(*, plan: Plan) -> QuerySet[Goal]:
    """The plan's goal tree in depth-first order (parents before children)."""
    return Goal.objects.filter(plan=plan).order_by("path")


def plan_list_visible(*, user: Actor) -> QuerySet[Plan]:
    """The one rule of who sees which plan. Those who may view units see the plans owned in
    their subtrees or above them (a township reads its county's and its city's plan); drafts
    only where they manage the owner. Everyone else signed in (public, enterprise accounts)
    sees only plans that are published and no longer drafts."""
    qs = Plan.objects.select_related("owner").order_by("-first_year", "name")
    live = ~Q(status=Plan.Status.DRAFT)
    within = Q()
    for path in policy.roots_for(user, policy.VIEW):
        within |= Q(owner__path__startswith=path) | Q(owner__path__in=_ancestor_paths(path))
    managed = Q()
    for path in policy.roots_for(user, policy.MANAGE):
        managed |= Q(owner__path__startswith=path)
    published = (
        Q(is_published=True) & live if getattr(user, "is_authenticated", False) else Q(pk=None)
    )
    visible = (within & live) if within else Q(pk=None)
    if managed:
        visible |= managed
    return qs.filter(visible | published)


def _ancestor_paths(path: str) -> list[str]:
    step = OrgUnit.steplen
    return [path[:i] for i in range(step, len(path) + 1, step)]
