from django.db.models import QuerySet

from pacesetter.plans.models import Goal, Plan


def plan_goals(*, plan: Plan) -> QuerySet[Goal]:
    """The plan's goal tree in depth-first order (parents before children)."""
    return Goal.objects.filter(plan=plan).order_by("path")


def plan_list_visible(*, user) -> QuerySet[Plan]:
    # Until the role policy lands (data-collection issue), signed-in users see non-draft plans.
    qs = Plan.objects.select_related("owner").order_by("-first_year", "name")
    return qs if user.is_superuser else qs.exclude(status=Plan.Status.DRAFT)
