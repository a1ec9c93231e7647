"""The report workflow's rules, each in one place: which states may be edited, when a
unit's month is locked, and who accepts a unit's report."""

from __future__ import annotations

from django.utils.translation import gettext as _

from pacesetter.orgunits.models import OrgUnit
from pacesetter.reporting.models import Report

S = Report.State
EDITABLE = (S.DRAFT, S.RETURNED)  # the unit's own until it submits; again once returned
AWAITING = (S.SUBMITTED, S.SIGNED)  # waiting for a reviewer


def is_editable(state: str) -> bool:
    return state in EDITABLE


def locked_reason(orgunit: OrgUnit, period: str) -> str | None:
    """Why figures of ``orgunit`` for ``period`` may not change now, or None."""
    state = Report.objects.filter(orgunit=orgunit, period=period).values_list("state", flat=True).first()
    if state is None or is_editable(state):
        return None
    return _("The report of %(unit)s for %(period)s is %(state)s and locked.") % {
        "unit": orgunit.name, "period": period, "state": S(state).label}


def accepting_unit(orgunit: OrgUnit) -> OrgUnit | None:
    """Whose plan office accepts the unit's report: the units above it, never itself."""
    return orgunit.get_parent()
