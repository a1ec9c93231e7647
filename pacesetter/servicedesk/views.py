"""The 柘好办 pages: an enterprise files and follows its requests, a unit answers its queue,
the plan office escalates and reads the service-level metrics. Thin: services and selectors
do the work; a refusal reads like a missing page."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pacesetter.core import policy
from pacesetter.core.exceptions import DomainError
from pacesetter.servicedesk import selectors, services, sla
from pacesetter.servicedesk.forms import EscalateForm, FilingForm
from pacesetter.servicedesk.models import ServiceRequest

RECENT = 50


def _with_standing(requests) -> list[ServiceRequest]:
    now = timezone.now()
    rows = list(requests)
    for row in rows:
        row.standing = sla.standing(row, now)
    return rows


def _get(request, code: str) -> ServiceRequest:
    try:
        return selectors.request_get(user=request.user, code=code)
    except ServiceRequest.DoesNotExist:
        raise Http404 from None


@login_required
def desk(request):
    """The desk's front page: the filing form and own requests for an enterprise; the
    requests in view for staff."""
    enterprise = selectors.is_enterprise(request.user)
    form = FilingForm(request.POST or None, request.FILES or None) if enterprise else None
    status = 200
    if request.method == "POST":
        if form is None:
            raise Http404
        if form.is_valid():
            try:
                filed = services.request_file(
                    actor=request.user,
                    category=form.cleaned_data["category"],
                    title=form.cleaned_data["title"],
                    description=form.cleaned_data["description"],
                    upload=form.cleaned_data.get("file"),
                )
            except DomainError as exc:
                for field, message in exc.fields.items():
                    form.add_error(field if field in form.fields else None, message)
                if not exc.fields:
                    form.add_error(None, exc.message)
            else:
                messages.success(
                    request,
                    _("Request %(code)s filed with %(unit)s.")
                    % {"code": filed.code, "unit": filed.unit.name},
                )
                return redirect("servicedesk:detail", code=filed.code)
        status = 400
    requests = selectors.requests_visible(request.user).order_by("-filed_at", "-pk")[:RECENT]
    context = {
        "form": form,
        "enterprise": enterprise,
        "requests": _with_standing(requests),
        "answers": policy.has_any(request.user, policy.ANSWER),
        "views": policy.has_any(request.user, policy.VIEW),
    }
    return render(request, "servicedesk/desk.html", context, status=status)


@login_required
def queue(request):
    if not policy.has_any(request.user, policy.ANSWER):
        raise Http404
    rows = _with_standing(selectors.unit_queue(user=request.user))
    return render(request, "servicedesk/queue.html", {"requests": rows})


@login_required
def detail(request, code: str):
    item = _get(request, code)
    user = request.user
    context = {
        "item": item,
        "standing": sla.standing(item, timezone.now()),
        "response_hours": sla.response_hours(item),
        "resolution_days": sla.resolution_days(item),
        "thread": selectors.thread(item),
        "may_answer": item.is_open and policy.can(user, policy.ANSWER, item.unit),
        "is_filer": item.filed_by_id == user.pk,
        "may_escalate": item.is_open
        and item.task_id is None
        and policy.can(user, policy.SUPERVISE, item.unit),
        "escalate_form": EscalateForm(),
        "answers": policy.has_any(user, policy.ANSWER),
        "views": policy.has_any(user, policy.VIEW),
    }
    return render(request, "servicedesk/detail.html", context)


def _version(request) -> int | None:
    try:
        return int(request.POST["version"])
    except (KeyError, ValueError):
        return None


def _back(request, item: ServiceRequest):
    target = request.POST.get("next", "")
    if target.startswith("/service/") and "//" not in target:
        return redirect(target)
    return redirect("servicedesk:detail", code=item.code)


@login_required
@require_POST
def act(request, code: str, action: str):
    """reply, resolve, note, close or escalate, then back to the page it came from."""
    item = _get(request, code)
    text = request.POST.get("text", "")
    upload = request.FILES.get("file")
    steps = {
        "reply": lambda: services.request_reply(
            actor=request.user,
            request=item,
            text=text,
            upload=upload,
            expected_version=_version(request),
        ),
        "resolve": lambda: services.request_resolve(
            actor=request.user,
            request=item,
            text=text,
            upload=upload,
            expected_version=_version(request),
        ),
        "note": lambda: services.request_note(
            actor=request.user, request=item, text=text, upload=upload
        ),
        "close": lambda: services.request_close(actor=request.user, request=item),
        "escalate": lambda: _escalate(request, item),
    }
    if action not in steps:
        raise Http404
    try:
        done = steps[action]()
        messages.success(
            request, _("Done: the request is now %(state)s.") % {"state": done.get_state_display()}
        )
    except PermissionDenied:
        raise Http404 from None
    except DomainError as exc:
        messages.error(request, exc.message)
    return _back(request, item)


def _escalate(request, item: ServiceRequest) -> ServiceRequest:
    form = EscalateForm(request.POST)
    if not form.is_valid():
        raise DomainError("invalid", _("Give the task a valid deadline and priority."))
    return services.request_escalate(
        actor=request.user,
        request=item,
        deadline=form.cleaned_data["deadline"],
        priority=form.cleaned_data["priority"],
        instruction=form.cleaned_data["instruction"],
        expected_version=_version(request),
    )


def _date(value: str | None, default: date) -> tuple[date, bool]:
    if not value:
        return default, True
    try:
        return date.fromisoformat(value), True
    except ValueError:
        return default, False


@login_required
def metrics(request):
    if not policy.has_any(request.user, policy.VIEW):
        raise Http404
    today = timezone.localdate()
    since, ok_since = _date(request.GET.get("since"), today.replace(month=1, day=1))
    until, ok_until = _date(request.GET.get("until"), today)
    if not (ok_since and ok_until):
        messages.error(request, _("Dates are written like 2023-10-31: showing this year."))
    figures = selectors.metrics(request.user, since, until)
    context = {"since": since, "until": until, **figures}
    return render(request, "servicedesk/metrics.html", context)
