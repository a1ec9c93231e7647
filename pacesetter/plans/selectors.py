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


def home_plan(*, plans: list[Plan], unit: OrgUnit | None, chosen: str | None) -> Plan | None:
    """The plan ``/`` opens, from the plans the user may see.

    1. The plan last chosen in the switcher this session, while the user may still see it.
    2. Else the plan of the user's own unit, or of the nearest unit above it that owns one.
       Where that unit owns several, an active plan before a closed one, and then the one
       established first. So a plan imported later (another year, a special campaign) never
       takes over anyone's home page: users move to it with the switcher, and it becomes
       everyone's home once the older plan is closed.
    Drafts are never a home page: they are reviewed on the plan import pages.
    """
    live = [p for p in plans if p.status != Plan.Status.DRAFT]
    picked = next((p for p in live if p.code == chosen), None) if chosen else None
    if picked is not None or unit is None:
        return picked
    above = [p for p in live if unit.path.startswith(p.owner.path)]
    if not above:
        return None
    nearest = max(len(p.owner.path) for p in above)
    return min(
        (p for p in above if len(p.owner.path) == nearest),
        key=lambda p: (p.status != Plan.Status.ACTIVE, p.pk),
    )
