"""The plan a user is on: the switcher in the top bar and the plan the home page opens.

Both live here because they share one piece of state: the plan last chosen in the switcher,
kept in the session under ``CHOSEN_PLAN``.
"""

from __future__ import annotations

from functools import cached_property

from pacesetter.plans.models import Plan

# The home-plan rule lives beside the visibility rule (the morning brief orders by it too).
from pacesetter.plans.selectors import home_plan, plan_list_visible

CHOSEN_PLAN = "chosen_plan"
__all__ = ["CHOSEN_PLAN", "home_plan", "PlanSwitcher", "plan_switcher"]


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
