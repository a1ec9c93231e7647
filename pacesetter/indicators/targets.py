"""Which target applies: the one rule every page, grid, export and analytics use."""

from __future__ import annotations

from collections.abc import Iterable

from pacesetter.indicators.models import Target


def applicable_target(targets: Iterable[Target], *, orgunit_id: int | None) -> Target | None:
    """Among one indicator's targets for one year, the unit's own wins over the plan-wide one.

    ``orgunit_id`` None (or the plan's owner) asks for the plan-wide target.
    """
    plan_wide = None
    for target in targets:
        if orgunit_id is not None and target.orgunit_id == orgunit_id:
            return target
        if target.orgunit_id is None:
            plan_wide = target
    return plan_wide


def targets_by_indicator(targets: Iterable[Target], *, orgunit_id: int | None) -> dict[int, Target]:
    """indicator id → the applicable target, for targets of several indicators at once."""
    grouped: dict[int, list[Target]] = {}
    for target in targets:
        grouped.setdefault(target.indicator_id, []).append(target)
    found = {pk: applicable_target(group, orgunit_id=orgunit_id) for pk, group in grouped.items()}
    return {pk: t for pk, t in found.items() if t is not None}
