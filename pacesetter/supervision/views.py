"""The task pages: inbox and board, one task with its record and the steps open to the user,
the instruction form. Every change is a POST through the services; a task the user may not
see is "not found", whatever its number."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from pacesetter.core import policy
from pacesetter.core.exceptions import DomainError
from pacesetter.core.redirects import local_path
from pacesetter.indicators.models import Indicator
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.plans.selectors import plan_list_visible
from pacesetter.projects.models import Problem, Project
from pacesetter.projects.selectors import problems_visible
from pacesetter.supervision import selectors, services
from pacesetter.supervision.forms import (
    DecisionForm,
    ExtensionForm,
    StepForm,
    TaskForm,
    may_extend,
    open_steps,
)
from pacesetter.supervision.models import Extension, Task

S = Task.State
DONE = {
    "sign": gettext_lazy("Signed for."),
    "feedback": gettext_lazy("Progress recorded."),
    "report": gettext_lazy("Reported done: the plan office will verify it."),
    "return": gettext_lazy("Returned to the unit."),
    "close": gettext_lazy("Verified and closed."),
    "urge": gettext_lazy("The unit has been urged."),
}


def _task(request, code: str) -> Task:
    task = selectors.task_for(request.user, code)
    if task is None:
        raise Http404
    return task


def _back(request, task: Task) -> str:
    """Where a step returns to: the page it was posted from (a monthly report), else the task."""
    back = local_path(request, request.POST.get("next", ""))
    return back or reverse("supervision:task_detail", args=[task.code])


def _supervises(user) -> bool:
    return policy.has_any(user, policy.SUPERVISE) or policy.has_any(user, policy.INSTRUCT)


@login_required
def task_list(request):
    """The unit's inbox for those who answer tasks; the board for the plan office and leaders."""
    if not _supervises(request.user):
        rows = selectors.inbox(request.user).prefetch_related("co_units")
        return render(request, "supervision/inbox.html", {"tasks": rows})
    return render(request, "supervision/board.html", _board(request))


BOARD_ROWS = 200


def _filter_units(user) -> list[OrgUnit]:
    """The units a board filters by: the user's own units and two levels below them (a
    county's departments and townships; a province's cities and counties)."""
    roots = policy.scope(user, policy.VIEW, OrgUnit.objects.all(), unit_field="")
    top = roots.order_by("depth").values_list("depth", flat=True).first()
    if top is None:
        return []
    return list(
        roots.filter(depth__lte=top + 2).exclude(kind=OrgUnit.Kind.VILLAGE).order_by("path")
    )


def _board(request) -> dict:
    """Counts per state from the database; at most BOARD_ROWS tasks listed (nearest deadline
    first), so the page costs what it shows whatever the province holds."""
    user, today = request.user, timezone.localdate()
    plans = list(plan_list_visible(user=user).exclude(status=Plan.Status.DRAFT))
    units = _filter_units(user)
    plan = next((p for p in plans if p.code == request.GET.get("plan")), None)
    # Any unit the user may view (a dashboard links deeper than the filter's list reaches).
    unit = (
        policy.scope(user, policy.VIEW, OrgUnit.objects.all(), unit_field="")
        .filter(code=request.GET.get("unit", ""))
        .first()
    )
    if unit is not None and unit not in units:
        units.append(unit)  # so that the filter shows what the list is filtered by
    due = request.GET.get("due", "")
    tasks = selectors.board(user, plan=plan, unit=unit, due=due, today=today)
    counts = dict(tasks.values_list("state").annotate(n=Count("pk")).order_by())
    state = request.GET.get("state", "")
    if state in S.values:
        tasks = tasks.filter(state=state)
    shown = list(tasks[: BOARD_ROWS + 1])
    return {
        "tasks": shown[:BOARD_ROWS],
        "more": len(shown) > BOARD_ROWS,
        "states": [(value, label, counts.get(value, 0)) for value, label in S.choices],
        "total": sum(counts.values()),
        "plans": plans,
        "units": units,
        "chosen": {"plan": plan, "unit": unit, "state": state, "due": due},
        "may_issue": bool(_sources(user)),
    }


def _detail_context(request, task: Task, drafts: dict | None = None) -> dict:
    user = request.user
    extensions = list(task.extensions.select_related("requested_by", "decided_by"))
    pending = next((e for e in extensions if e.decision == Extension.Decision.PENDING), None)
    return {
        "task": task,
        "due": selectors.due_of(task),
        "co_units": list(task.co_units.order_by("path")),
        "events": task.events.select_related("actor", "unit"),
        "extensions": extensions,
        "pending": pending,
        "steps": open_steps(user, task),
        "may_extend": may_extend(user, task, pending),
        "may_decide": pending is not None and policy.can(user, policy.SUPERVISE, task.lead_unit),
        "drafts": drafts or {},
    }


@login_required
def task_detail(request, code):
    task = _task(request, code)
    return render(request, "supervision/task_detail.html", _detail_context(request, task))


def _again(request, code: str, exc: DomainError, drafts: dict, period: str = ""):
    """The task page again, as it is now, with the message and what the user typed kept (and,
    when it came from a monthly report, that report's month and page for the retry)."""
    messages.error(request, exc.message)
    task = _task(request, code)
    context = _detail_context(request, task, drafts)
    if request.POST.get("next"):
        context.update(period=period, next=_back(request, task))
    return render(request, "supervision/task_detail.html", context, status=409)


@login_required
@require_POST
def task_step(request, code, step):
    task = _task(request, code)
    if step not in services.STEPS:
        raise Http404
    form = StepForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The form could not be read: reload the page and try again."))
        return redirect(_back(request, task))
    data = form.cleaned_data
    try:
        services.task_step(
            actor=request.user,
            task=task,
            step=step,
            text=data["text"],
            version=data["version"],
            period=data["period"],
        )
    except PermissionDenied:
        messages.error(request, _("You may not take this step on this task."))
    except DomainError as exc:
        return _again(request, code, exc, {step: data["text"]}, data["period"])
    else:
        messages.success(request, DONE[step])
    return redirect(_back(request, task))


@login_required
@require_POST
def task_extend(request, code):
    task = _task(request, code)
    form = ExtensionForm(request.POST)
    drafts = {"reason": request.POST.get("reason", ""), "deadline": request.POST.get("deadline")}
    if not form.is_valid():
        exc = DomainError("invalid", _("Give the new deadline as a date and a reason."))
        return _again(request, code, exc, drafts)
    try:
        services.extension_request(
            actor=request.user,
            task=task,
            deadline=form.cleaned_data["deadline"],
            reason=form.cleaned_data["reason"],
            version=form.cleaned_data["version"],
        )
    except PermissionDenied:
        messages.error(request, _("Only the lead unit may ask for more time."))
    except DomainError as exc:
        return _again(request, code, exc, drafts)
    else:
        messages.success(request, _("Extension requested: the plan office will decide."))
    return redirect("supervision:task_detail", code=task.code)


@login_required
@require_POST
def task_decide(request, code, pk):
    task = _task(request, code)
    extension = task.extensions.filter(pk=pk).first()
    if extension is None:
        raise Http404
    form = DecisionForm(request.POST)
    note = request.POST.get("note", "")
    if not form.is_valid():
        return _again(request, code, DomainError("invalid", _("Grant or refuse.")), {"note": note})
    try:
        services.extension_decide(
            actor=request.user,
            extension=extension,
            grant=form.cleaned_data["grant"],
            note=form.cleaned_data["note"],
        )
    except PermissionDenied:
        messages.error(request, _("Only the plan office decides extensions."))
    except DomainError as exc:
        return _again(request, code, exc, {"note": note})
    else:
        messages.success(request, _("Decision recorded."))
    return redirect("supervision:task_detail", code=task.code)


def _sources(user) -> list[str]:
    """Leaders write instructions; the plan office also meeting decisions and problems."""
    if policy.has_any(user, policy.SUPERVISE):
        return [Task.Source.INSTRUCTION, Task.Source.MEETING, Task.Source.PROBLEM]
    return [Task.Source.INSTRUCTION] if policy.has_any(user, policy.INSTRUCT) else []


@dataclass
class Subject:
    """What the instruction is written on: the links the task keeps and the form's defaults."""

    links: dict = field(default_factory=dict)
    initial: dict = field(default_factory=dict)
    name: str = ""


def _pk(request, key: str) -> int:
    value = request.GET.get(key, "")
    if not value.isdigit():
        raise Http404
    return int(value)


def _subject(request) -> Subject:
    """The page the form was opened from (``?indicator=``, ``project=``, ``problem=``,
    ``unit=``, ``plan=``); anything unknown or out of the user's sight is "not found"."""
    user, subject = request.user, Subject()
    plans = plan_list_visible(user=user)
    if "plan" in request.GET:
        plan = plans.filter(code=request.GET["plan"]).first()
        if plan is None:
            raise Http404
        subject.links["plan"] = plan
    thing, lead = None, None
    if "indicator" in request.GET:
        thing = Indicator.objects.filter(pk=_pk(request, "indicator"), goal__plan__in=plans)
        thing = thing.select_related("goal__plan", "lead_unit").first()
        if thing is not None:
            subject.links.update(indicator=thing, plan=thing.goal.plan)
            lead = thing.lead_unit or thing.goal.plan.owner
    elif "project" in request.GET:
        thing = Project.objects.filter(pk=_pk(request, "project"), plan__in=plans)
        thing = thing.select_related("plan", "lead_unit").first()
        if thing is not None:
            subject.links.update(project=thing, plan=thing.plan)
            lead = thing.lead_unit
    elif "problem" in request.GET:
        found = Problem.objects.filter(pk=_pk(request, "problem"))
        thing = problems_visible(user=user, queryset=found).first()
        if thing is not None and not policy.can(user, policy.VIEW, thing.owner):
            thing = None
        if thing is not None:
            project, indicator = thing.project, thing.indicator
            plan = project.plan if project else indicator.goal.plan if indicator else None
            subject.links.update(problem=thing, project=project, indicator=indicator)
            if plan is not None:
                subject.links["plan"] = plan
            subject.initial["source"] = Task.Source.PROBLEM
            lead = thing.owner
    elif "unit" in request.GET:
        thing = OrgUnit.objects.filter(code=request.GET["unit"]).first()
        if thing is not None and not policy.can(user, policy.VIEW, thing):
            thing = None
        lead = thing
    else:
        return subject
    if thing is None:
        raise Http404
    subject.name = getattr(thing, "name", "") or thing.description
    subject.initial["title"] = Truncator(subject.name).chars(60)
    if lead is not None:
        subject.initial["lead_unit"] = lead.pk
    return subject


def _issuable_units(user):
    """Units the user may give a task to: instruct over, or supervise."""
    instruct = policy.scope(user, policy.INSTRUCT, OrgUnit.objects.all(), unit_field="")
    supervise = policy.scope(user, policy.SUPERVISE, OrgUnit.objects.all(), unit_field="")
    return (instruct | supervise).exclude(kind=OrgUnit.Kind.VILLAGE).order_by("path")


@login_required
def task_new(request):
    sources = _sources(request.user)
    if not sources:
        raise Http404
    subject = _subject(request)
    if subject.initial.get("source") not in sources:
        subject.initial.pop("source", None)
    # A week, the usual 督办 turn-around: one tap issues it, the leader may change it.
    subject.initial.setdefault("deadline", timezone.localdate() + timedelta(days=7))
    form = TaskForm(
        request.POST or None,
        units=_issuable_units(request.user),
        sources=sources,
        initial=subject.initial,
    )
    if request.method == "POST" and form.is_valid():
        try:
            task = services.task_create(actor=request.user, **form.cleaned_data, **subject.links)
        except PermissionDenied:
            form.add_error("lead_unit", _("You may not give this unit a task of this kind."))
        except DomainError as exc:
            for name, message in exc.fields.items():
                form.add_error(name if name in form.fields else None, message)
            if not exc.fields:
                form.add_error(None, exc.message)
        else:
            messages.success(request, _("Task %(code)s issued.") % {"code": task.code})
            return redirect("supervision:task_detail", code=task.code)
    return render(request, "supervision/task_new.html", {"form": form, "subject": subject})
