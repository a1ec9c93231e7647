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


def offices(orgunit: OrgUnit) -> QuerySet[User]:
    """The plan office of the nearest ancestor unit that has one (or of the unit itself)."""
    for unit in [orgunit, *reversed(list(OrgUnit.objects.get_ancestors(orgunit)))]:
        users = User.objects.filter(is_active=True, roles__role="plan_office", roles__orgunit=unit)
        if users.exists():
            return users
    return User.objects.none()
