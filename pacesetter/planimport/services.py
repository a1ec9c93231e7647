"""Writes of plan import: a draft from a document, the review of its candidates, activation.

``actor`` is the signed-in user, or ``None`` for the command line (the server's operator), in
which case the policy is not asked. Every candidate change is saved one row at a time so
django-simple-history records who changed what and why.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from pacesetter_extraction import (
    ExtractionError,
    LimitExceeded,
    Milestone,
    Project,
    ReadLimits,
    Target,
    extract,
    read_document,
)

from pacesetter.core import policy
from pacesetter.core.exceptions import DomainError
from pacesetter.core.periods import FIRST_YEAR, LAST_YEAR
from pacesetter.orgunits.models import OrgUnit
from pacesetter.planimport import mapping
from pacesetter.planimport.activation import build_plan, problems_of
from pacesetter.planimport.models import Candidate, ImportedPlan
from pacesetter.plans.models import Plan

Status = Candidate.Status
_KIND_ORDER = {Candidate.Kind.TARGET: 0, Candidate.Kind.MILESTONE: 1, Candidate.Kind.PROJECT: 2}
_COMPARATORS = {">=", ">", "<=", "<", "=", "~"}
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


def read_limits() -> ReadLimits:
    """The bounds of reading a plan document; settings may lower them (tests do)."""
    default = ReadLimits()
    return ReadLimits(
        max_chars=getattr(settings, "PLAN_IMPORT_MAX_CHARS", default.max_chars),
        max_pages=getattr(settings, "PLAN_IMPORT_MAX_PAGES", default.max_pages),
        seconds=getattr(settings, "IMPORT_SECONDS", default.seconds),
    )


def _beyond(name: str, exc: LimitExceeded) -> str:
    """The refusal of a document beyond a bound of reading, naming the bound."""
    messages = {
        "total": _("%(name)s would expand to more than %(limit)s MB when opened; it was not read."),
        "ratio": _(
            "%(name)s holds a part that would expand %(found)s times when opened (at most "
            "%(limit)s times); it was not read."
        ),
        "members": _("%(name)s holds %(found)s parts (at most %(limit)s); it was not read."),
        "damaged": _("%(name)s is damaged or holds other data than it declares; it was not read."),
        "seconds": _(
            "Reading %(name)s took longer than the %(limit)s seconds allowed; nothing was "
            "imported. Split the document and import the parts."
        ),
        "chars": _(
            "%(name)s holds more than %(limit)s characters of text; nothing was imported. "
            "Split the document and import the parts."
        ),
        "pages": _("%(name)s has %(found)s pages (at most %(limit)s); nothing was imported."),
    }
    limit = exc.bound
    if exc.limit == "total" and exc.bound is not None:  # the total always has a bound
        limit = exc.bound // 1024 // 1024
    return messages.get(exc.limit, "%(name)s: %(reason)s") % {
        "name": name,
        "limit": limit,
        "found": exc.found,
        "reason": exc,
    }


class ImportRefused(DomainError):
    """Nothing was created; ``message`` says why."""

    def __init__(self, message: str):
        super().__init__("import_refused", message)


class ActivationRefused(DomainError):
    """The plan stays a draft; ``problems`` lists every candidate that needs attention."""

    def __init__(self, problems: list[str]):
        super().__init__("activation_refused", problems[0])
        self.problems = problems


def _require(actor: policy.Actor | None, owner: OrgUnit) -> None:
    if actor is not None:
        policy.require(actor, policy.MANAGE, owner)


def _save(candidate: Candidate, actor: policy.Actor | None, reason: str) -> Candidate:
    # Not model fields: django-simple-history reads them when the row is saved.
    candidate._history_user = actor  # type: ignore[attr-defined]
    candidate._change_reason = reason  # type: ignore[attr-defined]
    candidate.save()
    return candidate


def _open(draft: ImportedPlan) -> None:
    if not draft.is_open or draft.plan.status != Plan.Status.DRAFT:
        raise DomainError(
            "plan_active",
            _("The plan has already been activated; its candidates can no longer change."),
        )


# --- creating a draft -------------------------------------------------------------------------


def draft_from_file(
    *,
    actor: policy.Actor | None,
    source: str | Path | bytes,
    file_name: str,
    owner: OrgUnit,
    year: int,
    name: str = "",
    code: str = "",
) -> ImportedPlan:
    """Read a document (text, HTML, .docx, PDF) and make a draft of it; unreadable → refused."""
    _require(actor, owner)
    try:
        text = read_document(source, name=file_name or None, limits=read_limits())
    except LimitExceeded as exc:
        raise ImportRefused(_beyond(file_name or _("The file"), exc)) from None
    except ExtractionError as exc:
        raise ImportRefused(
            _("%(name)s could not be read: %(reason)s")
            % {"name": file_name or _("The file"), "reason": exc}
        ) from None
    return draft_from_text(
        actor=actor,
        text=text,
        owner=owner,
        year=year,
        name=name or Path(file_name).stem,
        code=code,
        file_name=Path(file_name).name,
    )


@transaction.atomic
def draft_from_text(
    *,
    actor: policy.Actor | None,
    text: str,
    owner: OrgUnit,
    year: int,
    name: str,
    code: str = "",
    file_name: str = "",
) -> ImportedPlan:
    """A draft plan holding the document as read and every candidate found in it."""
    _require(actor, owner)
    text = text.replace("\x00", "")  # PostgreSQL cannot store NUL; offsets are taken after this
    name = (name or "").strip()[:200]
    if not text.strip():
        raise ImportRefused(_("The text is empty: paste the plan or upload a file."))
    if not name:
        raise ImportRefused(_("Give the plan a name."))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ImportRefused(_("%(year)s is not a plan year.") % {"year": year})
    try:
        result = extract(text)
    except ExtractionError as exc:
        raise ImportRefused(str(exc)) from None
    records = (
        [(Candidate.Kind.TARGET, r) for r in result.targets]
        + [(Candidate.Kind.MILESTONE, r) for r in result.milestones]
        + [(Candidate.Kind.PROJECT, r) for r in result.projects]
    )
    if not records:
        raise ImportRefused(
            _("No targets, milestones or projects were found in the text; nothing was created.")
        )
    plan = Plan.objects.create(
        code=_plan_code(owner, year, code),
        name=name,
        owner=owner,
        first_year=year,
        last_year=year,
        status=Plan.Status.DRAFT,
        source_text=text,
    )
    draft = ImportedPlan.objects.create(plan=plan, file_name=file_name[:255], created_by=actor)
    records.sort(key=lambda kr: (kr[1].start, _KIND_ORDER[kr[0]], kr[1].end))
    for number, (kind, record) in enumerate(records, start=1):
        _save(_candidate(draft, number, kind, record, year), actor, "extracted")
    return draft


def _plan_code(owner: OrgUnit, year: int, wanted: str) -> str:
    if wanted:
        code = slugify(wanted)
        if not code or Plan.objects.filter(code=code).exists():
            raise ImportRefused(
                _("A plan with the code %(code)s already exists; choose another.")
                % {"code": wanted}
            )
        return code
    base = slugify(f"{owner.code}-{year}-import")[:58]
    code, n = base, 1
    while Plan.objects.filter(code=code).exists():
        n += 1
        code = f"{base}-{n}"
    return code


def _decimal(value: float | None) -> Decimal | None:
    """The extractor's number as the model stores it (4 decimals, 16 integer digits), else None."""
    if value is None:
        return None
    try:
        number = Decimal(str(value)).quantize(Decimal("0.0001"))
    except InvalidOperation:
        return None
    return number if abs(number) < Decimal(10) ** 16 else None


def _candidate(
    draft: ImportedPlan, number: int, kind: str, record: Target | Milestone | Project, year: int
) -> Candidate:
    candidate = Candidate(
        draft=draft,
        number=number,
        kind=kind,
        quote=record.quote,
        start=record.start,
        end=record.end,
        extracted=record.to_dict(),
    )
    if isinstance(record, Project):  # the kind of a record is its class
        candidate.name = record.name[:200]
        return candidate
    candidate.name = record.indicator[:200]
    candidate.year = record.year or year
    if isinstance(record, Target):
        candidate.comparator = record.comparator if record.comparator in _COMPARATORS else ">="
        candidate.is_growth = bool(record.growth)
        candidate.value = _decimal(record.value)
        candidate.value_max = _decimal(record.value_max)
        candidate.unit = mapping.unit_code(record.unit)
        candidate.confidence = record.confidence
    return candidate


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
