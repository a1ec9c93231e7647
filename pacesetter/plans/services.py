"""Changes to a plan made by its office: what the plan shows to the public."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from pacesetter.core import policy
from pacesetter.core.exceptions import ConcurrentEdit, DomainError
from pacesetter.core.policy import Actor
from pacesetter.plans.models import Plan

PUBLISHING = (
    "is_published",
    "publish_targets",
    "publish_status",
    "publish_rankings",
    "publish_bulletins",
)


def plan_version(plan: Plan) -> int:
    """The plan's latest history row: what an editor saw, to detect a change made since."""
    latest = plan.history.order_by("-history_id").values_list("history_id", flat=True).first()
    return latest or 0


@transaction.atomic
def plan_publishing_set(
    actor: Actor,
    plan: Plan,
    *,
    published: bool,
    targets: bool,
    status: bool,
    rankings: bool,
    bulletins: bool,
    version: int | None = None,
) -> Plan:
    """Switch the plan's public page on or off and choose its parts. A draft cannot be
    published (its figures and targets are not settled); the change is kept in the plan's
    history, and ``version`` (from ``plan_version``) refuses to overwrite a newer change."""
    policy.require(actor, policy.MANAGE, plan.owner)
    plan = Plan.objects.select_for_update().get(pk=plan.pk)
    if version is not None and version != plan_version(plan):
        raise ConcurrentEdit(
            _("Someone changed this plan since you opened the page: check it and save again."),
            current=plan,
        )
    if published and plan.status == Plan.Status.DRAFT:
        raise DomainError(
            "draft_plan",
            _("A draft plan cannot be published: activate it first."),
            {"published": "draft"},
        )
    wanted = dict(zip(PUBLISHING, (published, targets, status, rankings, bulletins), strict=True))
    if all(getattr(plan, field) == value for field, value in wanted.items()):
        return plan
    for field, value in wanted.items():
        setattr(plan, field, value)
    # Not model fields: django-simple-history reads them when the row is saved.
    plan._history_user = actor if getattr(actor, "pk", None) else None  # type: ignore[attr-defined]
    plan._change_reason = _("Public page settings changed")  # type: ignore[attr-defined]
    plan.save(update_fields=list(wanted))
    return plan
