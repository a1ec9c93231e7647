from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pacesetter.core import policy
from pacesetter.core.exceptions import ConcurrentEdit, DomainError
from pacesetter.core.periods import InvalidPeriod, Period
from pacesetter.datavalues.models import DataValue
from pacesetter.inbox.models import Notification
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.projects.models import Project
from pacesetter.projects.services import problem_raise, progress_set
from pacesetter.reporting import services
from pacesetter.reporting.forms import read_grid
from pacesetter.reporting.grid import grid_rows, project_rows
from pacesetter.reporting.models import Report
from pacesetter.reporting.selectors import entry_units, open_period, review_queue


def _report(request, plan_code, unit_code, period_text, action=policy.VIEW) -> Report:
    """The report, or 404 for anything unknown or out of scope (the two look the same)."""
    plan = Plan.objects.filter(code=plan_code).first()
    unit = OrgUnit.objects.filter(code=unit_code).first()
    try:
        period = Period.parse(period_text)
    except InvalidPeriod:
        raise Http404 from None
    if plan is None or unit is None or period.kind != "month" or not policy.can(request.user, action, unit):
        raise Http404
    return services.report_open(actor=request.user, plan=plan, orgunit=unit, period=period)


@login_required
def entry_home(request):
    units = entry_units(user=request.user)
    plans = Plan.objects.filter(status=Plan.Status.ACTIVE).order_by("-first_year")
    rows = [(plan, open_period(plan=plan), units) for plan in plans]
    return render(request, "reporting/entry_home.html", {"rows": rows})


@login_required
def entry_grid(request, plan, unit, period):
    report = _report(request, plan, unit, period, policy.ENTER)
    context = {"report": report, "rows": grid_rows(report=report),
               "projects": project_rows(report=report)}
    if request.method == "POST":
        context.update(_save(request, report, context))
    partial = request.headers.get("HX-Request") == "true"
    template = "reporting/partials/_grid.html" if partial else "reporting/entry_grid.html"
    return render(request, template, context)


def _save(request, report, context) -> dict:
    rows, projects = context["rows"], context["projects"]
    grid = read_grid(request.POST, [r.indicator for r in rows], [p.project.pk for p in projects])
    result = {"saved": False}
    try:
        if grid.errors:
            raise DomainError("invalid", _("Some figures could not be read."))
        issues = services.report_save_values(actor=request.user, report=report, values=grid.values,
                                             expected_versions=grid.versions)
        for pk, (amount, narrative) in grid.projects.items():
            progress_set(actor=request.user, project=Project.objects.get(pk=pk),
                         period=report.period, investment=amount, narrative=narrative)
        for pk, description in grid.problems.items():
            problem_raise(actor=request.user, project=Project.objects.get(pk=pk),
                          description=description)
        warnings = {i.entry.indicator.pk: i.message for i in issues}
        result.update(saved=True, rows=grid_rows(report=report), projects=project_rows(report=report))
        for row in result["rows"]:
            row.warning = warnings.get(row.indicator.pk, "")
        return result
    except services.ValidationFailed as exc:
        grid.errors.update({i.entry.indicator.pk: i.message for i in exc.issues})
    except ConcurrentEdit as exc:
        result["conflict"] = exc.message
    except DomainError as exc:
        result["problem"] = exc.message
    for row in rows:
        row.error = grid.errors.get(row.indicator.pk, "")
        row.typed = grid.typed.get(row.indicator.pk)
    result["project_errors"] = {k: v for k, v in grid.errors.items() if isinstance(k, str)}
    return result


@login_required
@require_POST
def report_action(request, plan, unit, period, action):
    report = _report(request, plan, unit, period)
    steps = {"submit": services.report_submit, "sign": services.report_sign,
             "accept": services.report_accept, "return": services.report_return,
             "reopen": services.report_reopen}
    if action not in steps:
        raise Http404
    kwargs = {"reason": request.POST.get("reason", "")} if action in ("return", "reopen") else {}
    try:
        steps[action](actor=request.user, report=report, **kwargs)
        messages.success(request, _("Done: the report is now %(state)s.") % {
            "state": Report.objects.get(pk=report.pk).get_state_display()})
    except PermissionDenied:
        raise Http404 from None
    except DomainError as exc:
        messages.error(request, exc.message)
    return redirect("report_detail", plan=plan, unit=unit, period=period)


@login_required
def report_detail(request, plan, unit, period):
    report = _report(request, plan, unit, period)
    return render(request, "reporting/report_detail.html", {
        "report": report, "rows": grid_rows(report=report), "projects": project_rows(report=report),
        "transitions": report.transitions.select_related("actor"),
        "may_see_figures": policy.can(request.user, policy.VIEW_DRAFT, report.orgunit)
        or report.state in ("submitted", "signed", "accepted")})


@login_required
def reviews(request):
    return render(request, "reporting/reviews.html", {"reports": review_queue(user=request.user)})


@login_required
def inbox(request):
    notes = Notification.objects.filter(user=request.user)[:100]
    response = render(request, "reporting/inbox.html", {"notes": notes})
    Notification.objects.filter(user=request.user, read_at=None).update(read_at=timezone.now())
    return response


@login_required
def value_history(request, pk):
    value = get_object_or_404(DataValue.objects.select_related("indicator", "orgunit"), pk=pk)
    if not (policy.can(request.user, policy.VIEW_DRAFT, value.orgunit)
            or value.state != "draft" and policy.can(request.user, policy.VIEW, value.orgunit)):
        raise Http404
    return render(request, "reporting/value_history.html", {
        "value": value, "changes": value.changes.select_related("changed_by").order_by("-version")})
