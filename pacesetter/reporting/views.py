from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pacesetter.catalogue.collections import answering_unit
from pacesetter.core import policy
from pacesetter.core.exceptions import ConcurrentEdit, DomainError
from pacesetter.core.periods import InvalidPeriod, Period, parse_month
from pacesetter.datavalues.models import DataValue
from pacesetter.inbox.selectors import notifications_for
from pacesetter.inbox.services import notifications_mark_all_read
from pacesetter.orgunits.models import OrgUnit
from pacesetter.reporting import services
from pacesetter.reporting.collected import collected_rows, collected_save, provided_rows
from pacesetter.reporting.forms import read_grid
from pacesetter.reporting.grid import flag_rows, grid_rows, project_rows
from pacesetter.reporting.rules import accepting_unit, is_editable
from pacesetter.reporting.selectors import (
    entry_units,
    open_months,
    owed_collections,
    report_or_blank,
    return_reasons,
    review_queue,
)


def _place(request, unit_code, period_text, action=policy.VIEW) -> tuple[OrgUnit, Period]:
    """The unit and month, or 404 for anything unknown or out of scope (the two look the same)."""
    unit = OrgUnit.objects.filter(code=unit_code).first()
    try:
        period = parse_month(period_text)
    except InvalidPeriod:
        raise Http404 from None
    if unit is None or not policy.can(request.user, action, unit):
        raise Http404
    return unit, period


@login_required
def entry_home(request):
    rows = [(unit, open_months(orgunit=unit)) for unit in entry_units(user=request.user)]
    return render(request, "reporting/entry_home.html", {"rows": [r for r in rows if r[1]]})


@login_required
def entry_grid(request, unit, period):
    orgunit, month = _place(request, unit, period, policy.ENTER)
    report = report_or_blank(orgunit=orgunit, period=month)
    context = {
        "report": report,
        "rows": grid_rows(orgunit=orgunit, period=month),
        "projects": project_rows(orgunit=orgunit, period=month),
        "return_reason": _return_reason(report),
        "provided": provided_rows(orgunit=orgunit, period=month),
        "collecting": len(owed_collections(collector=orgunit, year=month.year)),
    }
    if request.method == "POST":
        context.update(_save(request, orgunit, month, context))
        context["report"] = report_or_blank(orgunit=orgunit, period=month)
    else:
        flag_rows(context["rows"], orgunit=orgunit, period=month)
    context["editable"] = is_editable(context["report"].state)
    partial = request.headers.get("HX-Request") == "true"
    template = "reporting/partials/_grid.html" if partial else "reporting/entry_grid.html"
    return render(request, template, context)


@login_required
def collected_grid(request, unit, period):
    """The figures an office collects for other units, entered in its own monthly report."""
    collector, month = _place(request, unit, period, policy.ENTER)
    report = report_or_blank(orgunit=collector, period=month)
    rows = collected_rows(collector=collector, period=month)
    if not rows:
        raise Http404
    context = {"report": report, "rows": rows}
    if request.method == "POST":
        by_key = {r.key: r.collection for r in rows}
        grid = read_grid(request.POST, list(by_key.values()), [])
        try:
            if grid.errors:
                raise DomainError("invalid", _("Some figures could not be read."))
            collected_save(
                actor=request.user,
                collector=collector,
                period=month,
                values=grid.values,
                expected_versions=grid.versions,
            )
            context.update(saved=True, rows=collected_rows(collector=collector, period=month))
        except services.ValidationFailed as exc:
            keys = {(c.measure_id, c.orgunit_id): pk for pk, c in by_key.items()}
            for issue in exc.issues:
                pk = keys[issue.entry.measure.pk, issue.entry.orgunit.pk]
                grid.errors[pk] = f"{grid.errors.get(pk, '')} {issue.message}".strip()
        except ConcurrentEdit as exc:
            context["conflict"] = exc.message
        except DomainError as exc:
            context["problem"] = exc.message
        if not context.get("saved"):
            for row in rows:
                row.error = grid.errors.get(row.key, "")
                row.typed = grid.typed.get(row.key)
                row.typed_comment = grid.comments.get(row.key)
        context["report"] = report_or_blank(orgunit=collector, period=month)
    context["editable"] = is_editable(context["report"].state)
    return render(request, "reporting/collected_grid.html", context)


def _return_reason(report) -> str:
    if report.pk is None or report.state != "returned":
        return ""
    return return_reasons([report]).get(report.pk, "")


def _save(request, orgunit, period, context) -> dict:
    rows, projects = context["rows"], context["projects"]
    grid = read_grid(request.POST, [r.measure for r in rows], [p.project.pk for p in projects])
    result = {"saved": False}
    try:
        if grid.errors:
            raise DomainError("invalid", _("Some figures could not be read."))
        led = {p.project.pk: p.project for p in projects}
        services.report_save(
            actor=request.user,
            orgunit=orgunit,
            period=period,
            values=grid.values,
            expected_versions=grid.versions,
            progress={led[pk]: entry for pk, entry in grid.projects.items()},
            problems={led[pk]: text for pk, text in grid.problems.items()},
        )
        result.update(
            saved=True,
            rows=grid_rows(orgunit=orgunit, period=period),
            projects=project_rows(orgunit=orgunit, period=period),
        )
        flag_rows(result["rows"], orgunit=orgunit, period=period)
        return result
    except services.ValidationFailed as exc:
        for issue in exc.issues:  # a figure may break several rules: each is told
            pk = issue.entry.measure.pk
            grid.errors[pk] = (
                f"{grid.errors[pk]} {issue.message}" if pk in grid.errors else issue.message
            )
    except ConcurrentEdit as exc:
        result["conflict"] = exc.message
    except DomainError as exc:
        result["problem"] = exc.message
    flag_rows(rows, orgunit=orgunit, period=period)
    for row in rows:
        row.error = grid.errors.get(row.measure.pk, "")
        row.typed = grid.typed.get(row.measure.pk)
        row.typed_comment = grid.comments.get(row.measure.pk)
        if row.error:  # the stored figure's warning would speak of a value not on screen
            row.warning = ""
    result["project_errors"] = {k: v for k, v in grid.errors.items() if isinstance(k, str)}
    return result


@login_required
@require_POST
def report_action(request, unit, period, action):
    orgunit, month = _place(request, unit, period)
    steps = {
        "sign": services.report_sign,
        "accept": services.report_accept,
        "return": services.report_return,
        "reopen": services.report_reopen,
    }
    if action not in steps and action != "submit":
        raise Http404
    try:
        if action == "submit":
            report = services.report_submit(actor=request.user, orgunit=orgunit, period=month)
        else:
            report = report_or_blank(orgunit=orgunit, period=month)
            if report.pk is None:
                raise DomainError("no_report", _("Nothing has been entered for this month yet."))
            kwargs = (
                {"reason": request.POST.get("reason", "")} if action in ("return", "reopen") else {}
            )
            report = steps[action](actor=request.user, report=report, **kwargs)
        messages.success(
            request, _("Done: the report is now %(state)s.") % {"state": report.get_state_display()}
        )
    except PermissionDenied:
        raise Http404 from None
    except DomainError as exc:
        messages.error(request, exc.message)
    return redirect("report_detail", unit=unit, period=period)


@login_required
def report_detail(request, unit, period):
    orgunit, month = _place(request, unit, period)
    report = report_or_blank(orgunit=orgunit, period=month)
    own = policy.can(request.user, policy.VIEW_DRAFT, orgunit)
    above = accepting_unit(orgunit)
    reviewer = {
        action: above is not None and policy.can(request.user, action, above)
        for action in (policy.ACCEPT, policy.RETURN, policy.REOPEN)
    }
    return render(
        request,
        "reporting/report_detail.html",
        {
            "report": report,
            "rows": grid_rows(orgunit=orgunit, period=month),
            "collected": collected_rows(collector=orgunit, period=month),
            "projects": project_rows(orgunit=orgunit, period=month),
            "transitions": report.transitions.select_related("actor") if report.pk else [],
            "may_see_figures": own or not is_editable(report.state),
            "may_edit": is_editable(report.state)
            and policy.can(request.user, policy.ENTER, orgunit),
            "may_accept": reviewer[policy.ACCEPT],
            "may_return": reviewer[policy.RETURN],
            "may_reopen": reviewer[policy.REOPEN],
        },
    )


@login_required
def reviews(request):
    return render(
        request,
        "reporting/reviews.html",
        {"reports": review_queue(user=request.user), "today": timezone.localdate()},
    )


@login_required
def inbox(request):
    if request.method == "POST":  # "mark all as read"; opening the inbox changes nothing
        notifications_mark_all_read(user=request.user)
        return redirect("inbox")
    return render(request, "reporting/inbox.html", {"notes": notifications_for(user=request.user)})


@login_required
def value_history(request, pk):
    value = get_object_or_404(DataValue.objects.select_related("measure", "orgunit"), pk=pk)
    # A draft's history is the unit's own; once submitted, those above the unit (its head,
    # the plan office, leaders) may read it. Siblings see accepted aggregates on plan pages,
    # never each other's histories or comments: they hold no right over each other's units.
    # A collected figure's draft is its collector's (catalogue.Collection).
    answering = answering_unit(value.measure, value.orgunit)
    if not policy.can(request.user, policy.VIEW_DRAFT, answering) and not (
        value.state != DataValue.State.DRAFT
        and any(policy.can(request.user, policy.VIEW, u) for u in (value.orgunit, answering))
    ):
        raise Http404
    return render(
        request,
        "reporting/value_history.html",
        {
            "value": value,
            "changes": value.changes.select_related("changed_by").order_by("-version"),
        },
    )
