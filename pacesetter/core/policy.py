"""Who may do what to which object: the only place web views, the API and imports ask.

A role is held over an org unit and applies to that unit's whole subtree
(PRODUCT.md "Users and roles"). Objects are placed in the tree by the unit they
belong to; anything outside every matching subtree is refused.
"""

from __future__ import annotations

from typing import Any, TypeAlias, TypeVar

from django.core.exceptions import PermissionDenied
from django.db.models import Model, Q, QuerySet

_M = TypeVar("_M", bound=Model)

VIEW = "view"  # read figures, reports and pages of a unit
VIEW_DRAFT = "view_draft"  # read a unit's figures, progress and problems before it submits
ENTER = "enter"  # enter figures and project progress
SUBMIT = "submit"
SIGN = "sign"  # unit head's sign-off
ACCEPT = "accept"  # plan office's acceptance
RETURN = "return"
REOPEN = "reopen"
MANAGE = "manage"  # define plans, indicators, projects, users
INSTRUCT = "instruct"  # write a leader's instruction (批示): it becomes a supervision task
SUPERVISE = "supervise"  # issue, urge, verify, return supervision tasks; grant extensions
ANSWER = "answer"  # sign for, work on and report a unit's tasks and service requests

ROLE_ACTIONS: dict[str, frozenset[str]] = {
    "admin": frozenset(
        {VIEW, VIEW_DRAFT, ENTER, SUBMIT, SIGN, ACCEPT, RETURN, REOPEN, MANAGE}
        | {INSTRUCT, SUPERVISE, ANSWER}
    ),
    # Drafts are the unit's own until submitted (PRODUCT.md "Report"): the plan office
    # reviews what is submitted and never reads a unit's unfinished figures.
    "plan_office": frozenset({VIEW, ACCEPT, RETURN, REOPEN, MANAGE, INSTRUCT, SUPERVISE}),
    "unit_head": frozenset({VIEW, VIEW_DRAFT, ENTER, SIGN, RETURN, ANSWER}),
    "reporter": frozenset({VIEW, VIEW_DRAFT, ENTER, SUBMIT, ANSWER}),
    "leader": frozenset({VIEW, INSTRUCT}),
    "public": frozenset(),
    "enterprise": frozenset(),
}
ACTIONS = frozenset().union(*ROLE_ACTIONS.values())


class _System:
    """The actor of the system's own writes (demo load, migrations): allowed everything,
    recorded as nobody. Never reachable from a request."""

    is_authenticated = True
    is_active = True
    pk = None

    def __str__(self) -> str:
        return "system"


SYSTEM = _System()

# Who acts: an accounts.User, Django's AnonymousUser or SYSTEM, read by duck typing. Not a
# union of the classes because core sits below accounts and imports nothing of it.
Actor: TypeAlias = Any


def assignments(user: Actor) -> list[tuple[str, str]]:
    """(role, unit path) pairs of the user, read once per user object."""
    if user is SYSTEM:
        return [("admin", "")]
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return []
    cached = getattr(user, "_policy_assignments", None)
    if cached is None:
        cached = list(user.roles.values_list("role", "orgunit__path"))
        if user.is_superuser:
            cached.append(("admin", ""))  # the empty path is the prefix of every unit
        user._policy_assignments = cached
    return cached


def roots_for(user: Actor, action: str) -> list[str]:
    """Paths of the subtrees where ``user`` may do ``action``."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    return [path for role, path in assignments(user) if action in ROLE_ACTIONS.get(role, ())]


def unit_of(obj: Any) -> Any:
    """The org unit an object belongs to, for the subtree check."""
    if getattr(getattr(obj, "_meta", None), "label", "") == "orgunits.OrgUnit":
        return obj  # named, not imported: core sits below every app
    for attribute in ("orgunit", "owner", "lead_unit"):
        unit = getattr(obj, attribute, None)
        if unit is not None:
            return unit
    if hasattr(obj, "plan"):
        return obj.plan.owner
    raise TypeError(f"the policy cannot place a {type(obj).__name__} in the unit tree")


def can(user: Actor, action: str, obj: Any) -> bool:
    path = unit_of(obj).path
    return any(path.startswith(root) for root in roots_for(user, action))


def require(user: Actor, action: str, obj: Any) -> None:
    if not can(user, action, obj):
        raise PermissionDenied(action)


def scope(
    user: Actor, action: str, queryset: QuerySet[_M], unit_field: str = "orgunit"
) -> QuerySet[_M]:
    """``queryset`` limited to objects whose ``unit_field`` lies in the user's subtrees."""
    roots = roots_for(user, action)
    if not roots:
        return queryset.none()
    lookup = f"{unit_field}__path__startswith" if unit_field else "path__startswith"
    condition = Q()
    for root in roots:
        condition |= Q(**{lookup: root})
    return queryset.filter(condition)


def has_any(user: Actor, action: str) -> bool:
    return bool(roots_for(user, action))
