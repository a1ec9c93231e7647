"""Who hears of something that happens to a unit: its staff, its head, its plan office."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import QuerySet

from pacesetter.accounts.models import User
from pacesetter.orgunits.models import OrgUnit


def staff(
    units: Iterable[OrgUnit], roles: Iterable[str] = ("reporter", "unit_head")
) -> QuerySet[User]:
    """Active users holding one of ``roles`` on one of ``units`` itself."""
    return User.objects.filter(
        is_active=True, roles__role__in=list(roles), roles__orgunit__in=list(units)
    ).distinct()


def offices(orgunit: OrgUnit, *, itself: bool = True) -> QuerySet[User]:
    """The plan office of the nearest unit that has one: the unit itself first (unless
    ``itself`` is False: a unit's report is accepted above it), then its ancestors."""
    above = list(reversed(list(OrgUnit.objects.get_ancestors(orgunit))))
    for unit in [orgunit, *above] if itself else above:
        users = User.objects.filter(is_active=True, roles__role="plan_office", roles__orgunit=unit)
        if users.exists():
            return users
    return User.objects.none()
