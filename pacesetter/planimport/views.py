"""Plan import pages: upload, review, activate. Thin: the work is in ``services``.

Only the plan office or an admin of the owning unit gets here: the upload page answers 403 to
anyone who manages nothing, and a draft outside the user's subtree is a 404 (unknown and
forbidden look the same, as elsewhere).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from pacesetter.core import policy
from pacesetter.core.exceptions import DomainError
from pacesetter.planimport import selectors, services
from pacesetter.planimport.forms import (
    CandidateForm,
    LeadUnitForm,
    MergeForm,
    PlanNameForm,
    UploadForm,
)
from pacesetter.planimport.models import Candidate, ImportedPlan

Status = Candidate.Status
# Buttons of a candidate's form and the status each one sets (``save`` keeps the status).
_STATUS_OF = {"accept": Status.ACCEPTED, "reject": Status.REJECTED, "reset": Status.PENDING}


def _draft(request, pk: int) -> ImportedPlan:
    draft = selectors.draft_for(user=request.user, pk=pk)
    if draft is None:
        raise Http404
    return draft


def _back(draft: ImportedPlan, candidate: Candidate | None = None):
    anchor = f"#c-{candidate.pk}" if candidate is not None else ""
    return redirect(reverse("planimport:review", args=[draft.pk]) + anchor)


@login_required
def upload(request):
    if not policy.has_any(request.user, policy.MANAGE):
        raise PermissionDenied
    form = UploadForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        common = {
            "actor": request.user,
            "owner": data["owner"],
            "year": data["year"],
            "name": data["name"],
        }
        try:
            if data["document"]:
                draft = services.draft_from_file(
                    source=data["document"].read(), file_name=data["document"].name, **common
                )
            else:
                draft = services.draft_from_text(text=data["text"], **common)
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            return redirect("planimport:review", draft.pk)
    status = 400 if form.errors else 200
    return render(
        request,
        "planimport/upload.html",
        {"form": form, "drafts": selectors.drafts_for(user=request.user)[:50]},
        status=status,
    )


@login_required
@require_GET
def review(request, pk: int):
    return _review_page(request, _draft(request, pk))


def _review_page(request, draft: ImportedPlan, bound: CandidateForm | None = None, status=200):
    candidates = selectors.candidates_of(draft=draft)
    repeats = selectors.duplicates(candidates)
    doubts = selectors.doubtful(candidates)
    rows = []
    for c in candidates:
        c.draft = draft  # the forms read the owning unit through it
        form = CandidateForm(instance=c)
        if bound is not None and bound.instance.pk == c.pk:
            form = bound  # the one just posted, with its errors
        others = [
            o for o in candidates if o.kind == c.kind and o.pk != c.pk and o.status != Status.MERGED
        ]
        rows.append(
            {
                "candidate": c,
                "form": form,
                "merge_into": others,
                "repeats": repeats.get(c.pk),
                "doubt": doubts.get(c.pk),
            }
        )
    return render(
        request,
        "planimport/review.html",
        {
            "draft": draft,
            "plan": draft.plan,
            "rows": rows,
            "sections": selectors.sections(rows, lambda row: row["candidate"]),
            "name_form": PlanNameForm(initial={"name": draft.plan.name}, auto_id="plan-%s"),
            "segments": selectors.document_segments(draft.plan.source_text, candidates),
            "counts": selectors.status_counts(candidates),
            # the first doubted candidate in reading order: where the check starts
            "doubts": len(doubts),
            "first_doubt": next((c.pk for c in candidates if c.pk in doubts), None),
            "lead_form": LeadUnitForm(owner=draft.plan.owner, auto_id="lead-%s"),
        },
        status=status,
    )


@login_required
@require_POST
def candidate(request, pk: int, cid: int):
    draft = _draft(request, pk)
    item = get_object_or_404(draft.candidates, pk=cid)
    action = request.POST.get("action", "save")
    if action not in ("save", *_STATUS_OF):
        raise Http404
    try:
        if action in ("save", "accept"):  # rejecting or resetting needs no valid fields
            form = CandidateForm(request.POST, instance=item)
            if not form.is_valid():
                return _review_page(request, draft, bound=form, status=400)
            services.candidate_update(actor=request.user, candidate=item, changes=form.cleaned_data)
        if action in _STATUS_OF:
            services.candidate_set_status(
                actor=request.user, candidate=item, status=_STATUS_OF[action]
            )
    except DomainError as exc:
        messages.error(request, exc.message)
    return _back(draft, item)


@login_required
@require_POST
def merge(request, pk: int, cid: int):
    draft = _draft(request, pk)
    item = get_object_or_404(draft.candidates, pk=cid)
    form = MergeForm(request.POST, candidate=item)
    if not form.is_valid():
        messages.error(request, _("Choose the candidate to merge into."))
        return _back(draft, item)
    try:
        item = services.candidate_merge(
            actor=request.user, candidate=item, into=form.cleaned_data["into"]
        )
    except DomainError as exc:
        messages.error(request, exc.message)
    return _back(draft, item)


@login_required
@require_POST
def accept_pending(request, pk: int):
    draft = _draft(request, pk)
    try:
        count = services.candidates_accept_pending(actor=request.user, draft=draft)
        messages.success(request, _("Candidates accepted: %(count)s.") % {"count": count})
    except DomainError as exc:
        messages.error(request, exc.message)
    return _back(draft)


@login_required
@require_POST
def section(request, pk: int):
    """Accept or reject the pending candidates under one of the document's headings."""
    draft = _draft(request, pk)
    title, status = request.POST.get("section"), request.POST.get("status", "")
    if title is None:  # "" is a section too: the text before the first heading
        messages.error(request, _("Choose a section; nothing was changed."))
        return _back(draft)
    try:
        count = services.candidates_set_section_status(
            actor=request.user, draft=draft, section=title, status=status
        )
    except DomainError as exc:
        messages.error(request, exc.message)
        return _back(draft)
    # Tagged with the section's anchor: the page opens there, so the section shows them.
    anchor = selectors.section_anchor(title)
    if count:
        if status == Status.REJECTED:
            done = ngettext(
                "%(count)s candidate rejected.", "%(count)s candidates rejected.", count
            )
        else:
            done = ngettext(
                "%(count)s candidate accepted.", "%(count)s candidates accepted.", count
            )
        messages.success(request, done % {"count": count}, extra_tags=anchor)
        messages.info(
            request,
            _("Candidates already decided or merged keep their status."),
            extra_tags=anchor,
        )
    else:
        messages.info(
            request,
            _("This section has no pending candidates; nothing was changed."),
            extra_tags=anchor,
        )
    return redirect(reverse("planimport:review", args=[draft.pk]) + "#" + anchor)


@login_required
@require_POST
def lead_unit(request, pk: int):
    draft = _draft(request, pk)
    form = LeadUnitForm(request.POST, owner=draft.plan.owner)
    if not form.is_valid():
        messages.error(request, _("Choose a lead unit."))
        return _back(draft)
    try:
        count = services.lead_unit_fill(
            actor=request.user, draft=draft, unit=form.cleaned_data["unit"]
        )
        messages.success(
            request,
            _("Lead unit %(unit)s given to the candidates that had none: %(count)s.")
            % {"unit": form.cleaned_data["unit"].label, "count": count},
        )
    except DomainError as exc:
        messages.error(request, exc.message)
    return _back(draft)


@login_required
@require_POST
def rename(request, pk: int):
    draft = _draft(request, pk)
    form = PlanNameForm(request.POST)
    try:
        if not form.is_valid():
            raise DomainError("name", _("Give the plan a name."))
        services.draft_rename(actor=request.user, draft=draft, name=form.cleaned_data["name"])
    except DomainError as exc:
        messages.error(request, exc.message)
    return _back(draft)


@login_required
@require_POST
def activate(request, pk: int):
    draft = _draft(request, pk)
    try:
        plan = services.draft_activate(actor=request.user, draft=draft)
    except services.ActivationRefused as exc:
        for problem in exc.problems:
            messages.error(request, problem)
        return _back(draft)
    except DomainError as exc:
        messages.error(request, exc.message)
        return _back(draft)
    return redirect("plan_detail", code=plan.code)
