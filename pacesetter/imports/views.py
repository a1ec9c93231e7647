"""The data page: entry template, upload, export. Thin: the work is in ``services``."""

from __future__ import annotations

import io
from dataclasses import astuple

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_POST

from pacesetter.core import policy
from pacesetter.core.exceptions import ConcurrentEdit, DomainError
from pacesetter.datavalues.bulk import ImportFailed, RowError
from pacesetter.imports import guards, previews, selectors, services
from pacesetter.imports.forms import ExportForm, TemplateForm, UploadForm
from pacesetter.imports.models import ImportPreview
from pacesetter.web.periods import default_period

ERRORS_KEY = "imports.errors"  # the last refused upload's problems, for the .xlsx download
FORM_OVERHEAD = 64 * 1024  # multipart boundaries and the other fields around the file


def _download(name: str, data: bytes, content_type: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _page(request, status: int = 200, **context) -> HttpResponse:
    user = request.user
    can_enter = policy.has_any(user, policy.ENTER)
    if can_enter and "template_form" not in context:
        # Open on the month the unit has yet to report, not on one it has already sent.
        unit, month = selectors.entry_default(user=user)
        context["template_form"] = TemplateForm(
            user=user, initial={"unit": unit.code if unit else None, "period": str(month)}
        )
    context.setdefault("upload_form", UploadForm(user=user))
    if "export_form" not in context:
        export = ExportForm(user=user)
        plan = export.fields["plan"].queryset.first()
        if plan is not None:
            export.initial = {
                "plan": plan.code,
                "period": str(default_period(plan)),
                "format": "xlsx",
            }
        context["export_form"] = export
    context.update(
        can_enter=can_enter,
        can_view=policy.has_any(user, policy.VIEW),
        max_mb=guards.max_upload_bytes() // 1024 // 1024,
    )
    return render(request, "imports/data.html", context, status=status)


@login_required
@require_GET
def data_page(request):
    return _page(request)


@login_required
@require_GET
def template_download(request):
    form = TemplateForm(request.GET, user=request.user)
    if not form.is_valid():
        return _page(request, status=400, template_form=form)
    data = form.cleaned_data
    try:
        name, content = services.entry_template(
            user=request.user, orgunit=data["unit"], period=data["period"]
        )
    except DomainError as exc:
        return _page(request, status=400, template_form=form, refused=exc.message)
    return _download(name, content, services.XLSX_TYPE)


@csrf_exempt  # CSRF is checked in _upload, after the size gate: see below
@login_required
@require_POST
def upload(request):
    if not policy.has_any(request.user, policy.ENTER):
        raise PermissionDenied
    # Judge the size from Content-Length before Django reads the body: an oversized upload is
    # refused without being spooled to disk. (The CSRF middleware would read the body first,
    # hence the exemption above and the explicit check below.)
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0  # a malformed header: the form below finds no file
    if length > guards.max_upload_bytes() + FORM_OVERHEAD:
        try:
            guards.check_size(length - FORM_OVERHEAD)
        except guards.UploadRefused as exc:
            return _page(request, status=413, refused=exc.message)
    return _upload(request)


@csrf_protect
def _upload(request):
    """Nothing is written here: the file's diff is stored as a preview and shown first."""
    form = UploadForm(request.POST, request.FILES, user=request.user)
    if not form.is_valid():
        return _page(request, status=400, upload_form=form)
    upload_file = form.cleaned_data["file"]
    try:
        guards.check_size(upload_file.size)
        preview = previews.preview_file(
            actor=request.user, name=upload_file.name, data=upload_file.read()
        )
    except ImportFailed as failed:
        request.session[ERRORS_KEY] = [list(astuple(e)) for e in failed.errors]
        return _page(
            request, status=422, upload_form=form, summary=failed.message, errors=failed.errors
        )
    except DomainError as exc:
        return _page(request, status=422, upload_form=form, refused=exc.message)
    if preview.errors:
        request.session[ERRORS_KEY] = preview.errors
    else:
        request.session.pop(ERRORS_KEY, None)
    return redirect("imports:preview", preview.pk)


SHOWN_ROWS = 1000  # rows of a diff listed on the page; the counts and the error report hold all


def _preview_page(request, preview, status: int = 200, **context) -> HttpResponse:
    context.update(
        preview=preview,
        counts=preview.counts,
        rows=preview.rows[:SHOWN_ROWS],
        hidden=max(0, len(preview.rows) - SHOWN_ROWS),
        expired=preview.expired,
    )
    return render(request, "imports/preview.html", context, status=status)


@login_required
@require_GET
def preview_page(request, pk):
    try:
        preview = selectors.preview_get(user=request.user, preview_id=pk)
    except ImportPreview.DoesNotExist:
        raise Http404 from None
    return _preview_page(request, preview)


@login_required
@require_POST
def preview_apply(request, pk):
    try:
        preview = selectors.preview_get(user=request.user, preview_id=pk)
    except ImportPreview.DoesNotExist:
        raise Http404 from None
    try:
        previews.preview_apply(actor=request.user, preview=preview)
    except ImportFailed as failed:
        request.session[ERRORS_KEY] = [list(astuple(e)) for e in failed.errors]
        return _preview_page(
            request, preview, status=422, summary=failed.message, errors=failed.errors
        )
    except ConcurrentEdit as exc:
        return _preview_page(request, preview, status=409, refused=exc.message)
    except DomainError as exc:
        return _preview_page(request, preview, status=422, refused=exc.message)
    request.session.pop(ERRORS_KEY, None)
    return redirect("imports:preview", preview.pk)


@login_required
@require_GET
def errors_download(request):
    stored = request.session.get(ERRORS_KEY) or []
    errors = [RowError(*fields) for fields in stored]
    if not errors:
        return _page(
            request,
            status=404,
            refused=_("There is no error report to download: the last upload had no problems."),
        )
    return _download("import-errors.xlsx", services.error_report(errors), services.XLSX_TYPE)


@login_required
@require_GET
def export_download(request):
    form = ExportForm(request.GET, user=request.user)
    if not form.is_valid():
        return _page(request, status=400, export_form=form)
    plan, period = form.cleaned_data["plan"], form.cleaned_data["period"]
    name = f"{plan.code}-{period}.{form.cleaned_data['format']}"
    if form.cleaned_data["format"] == "xlsx":
        content = services.export_xlsx(user=request.user, plan=plan, period=period)
        return _download(name, content, services.XLSX_TYPE)
    text = io.StringIO()
    services.export_csv(user=request.user, plan=plan, period=period, out=text)
    return _download(name, text.getvalue().encode("utf-8-sig"), "text/csv; charset=utf-8")
