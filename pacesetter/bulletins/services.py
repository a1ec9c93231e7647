"""Publishing a bulletin: its content and its three files are kept as they were published."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pacesetter.bulletins.content import build_bulletin
from pacesetter.bulletins.formats import render
from pacesetter.bulletins.models import PublishedBulletin
from pacesetter.core import policy
from pacesetter.core.periods import Period
from pacesetter.core.policy import Actor
from pacesetter.plans.models import Plan


def bulletin_publish(
    actor: Actor,
    *,
    plan: Plan,
    period: Period,
    language: str = "zh-hans",
    today: date | None = None,
) -> PublishedBulletin:
    """Draft the bulletin from today's figures, draw it in every format and keep the lot.
    The plan office publishes (MANAGE on the plan's owner); a draft plan has nothing to
    publish. A second publication of a month is a new row: the first stays as it was."""
    policy.require(actor, policy.MANAGE, plan.owner)
    if plan.status == Plan.Status.DRAFT:
        raise ValidationError(_("A draft plan has no bulletin to publish."))
    if not plan.first_year <= period.year <= plan.last_year:
        raise ValidationError(_("%(period)s is not a month of this plan.") % {"period": period})
    bulletin = build_bulletin(plan=plan, period=period, language=language, today=today)
    files = {fmt: render(bulletin, fmt) for fmt in ("docx", "pdf", "xlsx")}
    with transaction.atomic():
        return PublishedBulletin.objects.create(
            plan=plan,
            period=str(period),
            title=bulletin.title,
            number=bulletin.number,
            content=bulletin.to_json(),
            published_by=actor,
            **files,
        )
