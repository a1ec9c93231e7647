"""Writes of plan import: the review of a draft's candidates, and activation.

Making a draft from a document is in ``drafting`` (imported here, so ``services.draft_from_file``
still works).

``actor`` is the signed-in user, or ``None`` for the command line (the server's operator), in
which case the policy is not asked. Every candidate change is saved one row at a time so
django-simple-history records who changed what and why.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pacesetter.core import policy
from pacesetter.core.exceptions import DomainError
from pacesetter.orgunits.models import OrgUnit
from pacesetter.planimport.activation import build_plan, problems_of
from pacesetter.planimport.drafting import (  # noqa: F401 (the import API lives here too)
    ImportRefused,
    draft_from_file,
    draft_from_text,
    read_limits,
)
from pacesetter.planimport.guards import check_open as _open
from pacesetter.planimport.guards import require as _require
from pacesetter.planimport.guards import save as _save
from pacesetter.planimport.models import Candidate, ImportedPlan
from pacesetter.plans.models import Plan

Status = Candidate.Status
# What the plan office may edit, per kind; anything else in ``changes`` is ignored.
EDITABLE: dict[str, tuple[str, ...]] = {
    Candidate.Kind.TARGET: (
        "name",
        "comparator",
        "is_growth",
        "value",
        "value_max",
        "unit",
        "year",
        "lead_unit",
    ),
    Candidate.Kind.MILESTONE: ("name", "year", "lead_unit"),
    Candidate.Kind.PROJECT: ("name", "lead_unit"),
}


class ActivationRefused(DomainError):
    """The plan stays a draft; ``problems`` lists every candidate that needs attention."""

    def __init__(self, problems: list[str]):
        super().__init__("activation_refused", problems[0])
        self.problems = problems


def draft_rename(*, actor: policy.Actor | None, draft: ImportedPlan, name: str) -> Plan:
    """Give the draft plan another name (the proposed one comes from the document's title)."""
    _require(actor, draft.plan.owner)
    _open(draft)
    name = (name or "").strip()[:200]
    if not name:
        raise DomainError("name", _("Give the plan a name."))
    draft.plan.name = name
    draft.plan.save(update_fields=["name"])
    return draft.plan


# --- reviewing candidates ---------------------------------------------------------------------


def candidate_update(
    *, actor: policy.Actor | None, candidate: Candidate, changes: dict
) -> Candidate:
    draft = candidate.draft
    _require(actor, draft.plan.owner)
    _open(draft)
    for field in EDITABLE[candidate.kind]:
        if field in changes:
            setattr(candidate, field, changes[field])
    _check_lead_unit(candidate.lead_unit, draft)
    return _save(candidate, actor, "edited")


def candidate_set_status(
    *, actor: policy.Actor | None, candidate: Candidate, status: str
) -> Candidate:
    """Accept, reject or set back to pending; pending also undoes a merge."""
    _require(actor, candidate.draft.plan.owner)
    _open(candidate.draft)
    if status not in (Status.PENDING, Status.ACCEPTED, Status.REJECTED):
        raise DomainError("invalid_status", _("Unknown status."))
    if candidate.status == Status.MERGED and status != Status.PENDING:
        raise DomainError(
            "merged",
            _("Candidate %(label)s was merged into another: set it back to pending first.")
            % {"label": label(candidate)},
        )
    candidate.status, candidate.merged_into = status, None
    return _save(candidate, actor, status)


def candidate_merge(
    *, actor: policy.Actor | None, candidate: Candidate, into: Candidate
) -> Candidate:
    """Fold ``candidate`` into ``into``: one object will be created, quoting both sentences."""
    _require(actor, candidate.draft.plan.owner)
    _open(candidate.draft)
    if into.draft_id != candidate.draft_id or into.pk == candidate.pk:
        raise DomainError(
            "merge", _("A candidate can only be merged into another candidate of the same plan.")
        )
    if into.kind != candidate.kind:
        raise DomainError("merge", _("Only candidates of the same kind can be merged."))
    if Status.MERGED in (into.status, candidate.status):
        raise DomainError(
            "merge",
            _("Candidate %(label)s is already merged into another.")
            % {"label": label(into if into.status == Status.MERGED else candidate)},
        )
    with transaction.atomic():
        for absorbed in candidate.absorbed.all():  # keep one level: everything points at the keeper
            absorbed.merged_into = into
            _save(absorbed, actor, f"merged into #{into.number}")
        if into.lead_unit_id is None and candidate.lead_unit_id is not None:
            into.lead_unit = candidate.lead_unit
            _save(into, actor, f"lead unit taken from #{candidate.number}")
        candidate.status, candidate.merged_into = Status.MERGED, into
        _save(candidate, actor, f"merged into #{into.number}")
    return into


@transaction.atomic
def candidates_accept_pending(*, actor: policy.Actor | None, draft: ImportedPlan) -> int:
    _require(actor, draft.plan.owner)
    _open(draft)
    pending = list(draft.candidates.filter(status=Status.PENDING))
    for candidate in pending:
        candidate.status = Status.ACCEPTED
        _save(candidate, actor, Status.ACCEPTED)
    return len(pending)


def candidates_set_section_status(
    *, actor: policy.Actor | None, draft: ImportedPlan, section: str, status: str
) -> int:
    """Accept or reject every pending candidate under one level-1 heading of the document
    (exact title; "" = before the first heading), so a section of background (a review of last
    year, a facility's description) costs one click. Candidates already decided or merged are
    left as they are. Returns how many changed."""
    _require(actor, draft.plan.owner)
    if status not in (Status.ACCEPTED, Status.REJECTED):
        raise DomainError(
            "invalid_status",
            _("A section's candidates can only be accepted or rejected; nothing was changed."),
        )
    with transaction.atomic():
        # The draft's row is locked, as activation locks it, so the two cannot interleave.
        locked = (
            ImportedPlan.objects.select_for_update(of=("self",))
            .select_related("plan__owner")
            .get(pk=draft.pk)
        )
        _open(locked)
        in_section = locked.candidates.filter(section=section)
        if not in_section.exists():
            raise DomainError(
                "section",
                _("No candidate is in the section “%(section)s”; nothing was changed.")
                % {"section": section},
            )
        pending = list(in_section.filter(status=Status.PENDING).order_by("number"))
        for candidate in pending:
            candidate.status = status
            _save(candidate, actor, f"{status} with its section")
    return len(pending)


@transaction.atomic
def lead_unit_fill(*, actor: policy.Actor | None, draft: ImportedPlan, unit: OrgUnit) -> int:
    """Give ``unit`` to every pending or accepted candidate that has no lead unit yet."""
    _require(actor, draft.plan.owner)
    _open(draft)
    _check_lead_unit(unit, draft)
    waiting = list(
        draft.candidates.filter(status__in=[Status.PENDING, Status.ACCEPTED], lead_unit=None)
    )
    for candidate in waiting:
        candidate.lead_unit = unit
        _save(candidate, actor, "lead unit")
    return len(waiting)


def _check_lead_unit(unit: OrgUnit | None, draft: ImportedPlan) -> None:
    owner = draft.plan.owner
    if unit is not None and not unit.path.startswith(owner.path):
        raise DomainError(
            "lead_unit",
            _("The lead unit must be %(owner)s or one of its units.") % {"owner": owner},
        )


def label(candidate: Candidate) -> str:
    return f"#{candidate.number} “{candidate.name}”"


# --- activation -------------------------------------------------------------------------------


def draft_activate(*, actor: policy.Actor | None, draft: ImportedPlan) -> Plan:
    """Create the goal tree, indicators, targets and projects of the accepted candidates, in one
    transaction, and make the plan active. Refused (nothing written) while any is incomplete."""
    _require(actor, draft.plan.owner)
    given = draft
    with transaction.atomic():
        # Locks the draft so two clicks on "activate" cannot both build the plan.
        draft = (
            ImportedPlan.objects.select_for_update(of=("self",))
            .select_related("plan__owner")
            .get(pk=given.pk)
        )
        _open(draft)
        candidates = list(draft.candidates.select_related("lead_unit"))
        accepted = [c for c in candidates if c.status == Status.ACCEPTED]
        if not accepted:
            raise ActivationRefused(
                [_("Accept at least one candidate before activating the plan.")]
            )
        problems = [p for c in accepted for p in problems_of(c, draft.plan.owner)]
        if problems:
            raise ActivationRefused(problems)
        merged = [c for c in candidates if c.status == Status.MERGED]
        plan = build_plan(draft.plan, accepted, merged)
        draft.activated_at = given.activated_at = timezone.now()
        draft.save(update_fields=["activated_at"])
    given.plan = plan
    return plan
