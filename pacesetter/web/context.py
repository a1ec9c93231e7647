"""The plan a user is on: the switcher in the top bar and the plan the home page opens.

Both live here because they share one piece of state: the plan last chosen in the switcher,
kept in the session under ``CHOSEN_PLAN``.
"""

from __future__ import annotations

from functools import cached_property

from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.plans.selectors import plan_list_visible

CHOSEN_PLAN = "chosen_plan"


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


class PlanSwitcher:
    """Read by the top bar only when it is drawn: one query, for the plans themselves (the
    user's roles are read once per request by the policy anyway)."""

    def __init__(self, user, current: str | None):
        self._user = user
        self.current = current

    @cached_property
    def plans(self) -> list[Plan]:
        return list(plan_list_visible(user=self._user).exclude(status=Plan.Status.DRAFT))

    @property
    def current_plan(self) -> Plan | None:
        """The plan on screen, when it is one of the listed (not on entry, inbox, … pages)."""
        return next((p for p in self.plans if p.code == self.current), None)


def plan_switcher(request) -> dict:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    match = getattr(request, "resolver_match", None)
    # Every page of a plan is addressed /plans/<code>/…: that plan is the one on screen.
    current = match.kwargs.get("code") if match is not None else None
    return {"plan_switcher": PlanSwitcher(user, current)}
