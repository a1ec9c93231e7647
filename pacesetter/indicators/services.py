"""Targets cascade (目标分解): a plan office splits an indicator's target among the units
below the plan's owner, or adopts the target its unit was given in a parent plan."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from pacesetter.core import policy
from pacesetter.core.exceptions import DomainError
from pacesetter.core.policy import Actor
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan


@dataclass(frozen=True)
class Coverage:
    """How the parts of a split compare with the whole (additive measures only)."""

    whole: Decimal | None
    parts: Decimal
    additive: bool

    @property
    def gap(self) -> Decimal | None:
        """Whole minus parts: positive is still to assign, negative is assigned twice."""
        return None if self.whole is None or not self.additive else self.whole - self.parts

    @property
    def excess(self) -> Decimal | None:
        return -self.gap if self.gap is not None and self.gap < 0 else None

    @property
    def covered(self) -> bool:
        return self.gap is not None and self.gap <= 0


def split_units(*, indicator: Indicator) -> list[OrgUnit]:
    """The units a plan's target is split among: the children of the plan's owner."""
    owner = indicator.goal.plan.owner
    return list(
        OrgUnit.objects.filter(path__startswith=owner.path, depth=owner.depth + 1).order_by("path")
    )


def coverage(*, indicator: Indicator, year: int, parts: dict[int, Decimal | None]) -> Coverage:
    whole = Target.objects.filter(indicator=indicator, year=year, orgunit=None).first()
    total = sum((v for v in parts.values() if v is not None), Decimal(0))
    return Coverage(whole.value if whole else None, total, indicator.measure.additive)


@transaction.atomic
def target_split(
    *, actor: Actor, indicator: Indicator, year: int, parts: dict[int, Decimal | None]
) -> Coverage:
    """Set the units' targets (unit id → value; None removes the unit's target). The parts
    need not cover the whole to be saved — a split is often made in steps — and the
    coverage is returned for the page to show. Each change is kept in the target's history."""
    plan = indicator.goal.plan
    policy.require(actor, policy.MANAGE, plan.owner)
    allowed = {u.pk for u in split_units(indicator=indicator)}
    if unknown := set(parts) - allowed:
        raise DomainError(
            "unknown_unit",
            _("A target can only be split among the units directly under %(owner)s.")
            % {"owner": plan.owner.name},
            {"units": ", ".join(str(u) for u in sorted(unknown))},
        )
    if not plan.first_year <= year <= plan.last_year:
        raise DomainError(
            "invalid_year", _("%(year)s is outside the plan's years.") % {"year": year}
        )
    whole = Target.objects.filter(indicator=indicator, year=year, orgunit=None).first()
    comparator = whole.comparator if whole else Target.Comparator.GTE
    for unit_id, value in parts.items():
        if value is not None and value < 0:
            raise DomainError("negative", _("A target cannot be negative."), {str(unit_id): "<0"})
        current = Target.objects.filter(indicator=indicator, year=year, orgunit_id=unit_id).first()
        if value is None:
            if current is not None:
                current.delete()
            continue
        if current is None:
            Target.objects.create(
                indicator=indicator,
                year=year,
                orgunit_id=unit_id,
                comparator=comparator,
                value=value,
                is_growth=bool(whole and whole.is_growth),
            )
        elif current.value != value:
            current.value = value
            current.save()
    return coverage(indicator=indicator, year=year, parts=parts)


def adoptable(*, indicator: Indicator, year: int) -> Target | None:
    """The target the plan's owning unit holds in another active plan for the same measure
    (the city's share for the county), if any."""
    plan = indicator.goal.plan
    return (
        Target.objects.filter(
            year=year,
            orgunit=plan.owner,
            indicator__measure=indicator.measure,
            indicator__goal__plan__status=Plan.Status.ACTIVE,
        )
        .exclude(indicator__goal__plan=plan)
        .select_related("indicator__goal__plan")
        .order_by("indicator__goal__plan__owner__depth")
        .first()
    )


@transaction.atomic
def target_adopt(*, actor: Actor, indicator: Indicator, year: int) -> Target:
    """Make the parent plan's target for the owning unit this plan's own (shown as adopted);
    later changes to the parent's target are not copied silently: adopt again to follow."""
    plan = indicator.goal.plan
    policy.require(actor, policy.MANAGE, plan.owner)
    source = adoptable(indicator=indicator, year=year)
    if source is None:
        raise DomainError(
            "nothing_to_adopt",
            _("No other plan gives %(unit)s a target for this measure in %(year)s.")
            % {"unit": plan.owner.name, "year": year},
        )
    target = Target.objects.filter(indicator=indicator, year=year, orgunit=None).first()
    fields = {
        "comparator": source.comparator,
        "value": source.value,
        "value_max": source.value_max,
        "is_growth": source.is_growth,
        "stretch_value": source.stretch_value,
        "baseline": source.baseline,
        "adopted_from": source,
    }
    if target is None:
        return Target.objects.create(indicator=indicator, year=year, orgunit=None, **fields)
    for name, value in fields.items():
        setattr(target, name, value)
    target.save()
    return target
