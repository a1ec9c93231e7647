"""The report workflow's rules, each in one place: which states may be edited, when a
unit's month is locked, when it is released to readers outside the unit, and who accepts
a unit's report."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _

from pacesetter.orgunits.models import OrgUnit
from pacesetter.reporting.models import Report

S = Report.State
EDITABLE = (S.DRAFT, S.RETURNED)  # the unit's own until it submits; again once returned
AWAITING = (S.SUBMITTED, S.SIGNED)  # waiting for a reviewer
RELEASED = (S.SUBMITTED, S.SIGNED, S.ACCEPTED)  # readable outside the unit (by reviewers)


def is_editable(state: str) -> bool:
    return state in EDITABLE


def locked_reasons(pairs: Iterable[tuple[OrgUnit, str]]) -> dict[tuple[int, str], str]:
    """Why figures of each (unit, month) of ``pairs`` may not change now, keyed by (unit pk,
    month), for the locked ones only: one query however many pairs (per 500 units)."""
    wanted = {(unit.pk, period): unit for unit, period in pairs}
    units = sorted({pk for pk, _period in wanted})
    periods = {period for _pk, period in wanted}
    found: dict[tuple[int, str], str] = {}
    for start in range(0, len(units), 500):
        reports = Report.objects.filter(
            orgunit__in=units[start : start + 500], period__in=periods
        ).exclude(state__in=EDITABLE)
        for unit_pk, period, state in reports.values_list("orgunit_id", "period", "state"):
            if (unit := wanted.get((unit_pk, period))) is not None:
                found[unit_pk, period] = _(
                    "The report of %(unit)s for %(period)s is %(state)s and locked."
                ) % {"unit": unit.name, "period": period, "state": S(state).label}
    return found


def accepting_unit(orgunit: OrgUnit) -> OrgUnit | None:
    """Whose plan office accepts the unit's report: the units above it, never itself."""
    return OrgUnit.objects.get_parent(orgunit)


def month_released(unit_ref: str, period_ref: str, *, accepted_only: bool) -> Exists:
    """For a query over rows carrying a unit and a month (project progress, problems): true
    where that unit's report for the month is accepted (what plan pages read), or — with
    ``accepted_only`` false — at least submitted (drafts stay the unit's own)."""
    states = (S.ACCEPTED,) if accepted_only else RELEASED
    return Exists(
        Report.objects.filter(
            orgunit=OuterRef(unit_ref), period=OuterRef(period_ref), state__in=states
        )
    )
