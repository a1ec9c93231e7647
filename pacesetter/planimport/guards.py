"""Checks and the one way of saving shared by the writes of plan import (drafting, review)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from pacesetter.core import policy
from pacesetter.core.exceptions import DomainError
from pacesetter.orgunits.models import OrgUnit
from pacesetter.planimport.models import Candidate, ImportedPlan
from pacesetter.plans.models import Plan


def require(actor: policy.Actor | None, owner: OrgUnit) -> None:
    """The policy is asked for a signed-in user; ``None`` is the command line (the operator)."""
    if actor is not None:
        policy.require(actor, policy.MANAGE, owner)


def save(candidate: Candidate, actor: policy.Actor | None, reason: str) -> Candidate:
    # Not model fields: django-simple-history reads them when the row is saved.
    candidate._history_user = actor  # type: ignore[attr-defined]
    candidate._change_reason = reason  # type: ignore[attr-defined]
    candidate.save()
    return candidate


def check_open(draft: ImportedPlan) -> None:
    if not draft.is_open or draft.plan.status != Plan.Status.DRAFT:
        raise DomainError(
            "plan_active",
            _("The plan has already been activated; its candidates can no longer change."),
        )
