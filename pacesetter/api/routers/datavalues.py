from django.core.exceptions import PermissionDenied
from ninja import Router

from pacesetter.api import payloads, selectors
from pacesetter.api.pagination import LimitOffsetPagination, paginate
from pacesetter.api.schemas import (
    DataValueOut,
    DataValuesIn,
    ErrorOut,
    ImportFailedOut,
    ImportResult,
    PreviewOut,
    inline_schema,
)
from pacesetter.core import policy
from pacesetter.datavalues.bulk import datavalues_import
from pacesetter.imports import previews
from pacesetter.imports.selectors import preview_get

router = Router(tags=["datavalues"])

CSV_EXAMPLE = "indicator,unit,period,value,comment\nZR-I10,350926100,202311,1.2,\n"
# The body is read by hand (JSON or CSV), so its two forms are described here for the docs.
IMPORT_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": inline_schema(DataValuesIn)},
            "text/csv": {"schema": {"type": "string"}, "example": CSV_EXAMPLE},
        },
    }
}


@router.get("", response=list[DataValueOut], url_name="list_datavalues")
@paginate(LimitOffsetPagination, max_limit=10000)
def list_datavalues(request, plan: str, period: str | None = None, unit: str | None = None):
    """Figures of the plan's measures for units under the plan's owner; ``period`` may be a
    year, quarter or month. A figure is stored once per measure, so plans sharing a measure list
    the same figure; ``indicator`` is its catalogue code (see ``/api/measures``). Figures not
    yet submitted show only to those who may see the unit's drafts."""
    user = request.auth
    return selectors.datavalues_visible(
        user=user,
        plan=selectors.plan_get(user=user, code=plan),
        period=selectors.period_parse(period) if period else None,
        unit=selectors.unit_get(user=user, code=unit) if unit else None,
    )


@router.post(
    "",
    response={200: ImportResult | PreviewOut, 400: ImportFailedOut, 403: ErrorOut, 409: ErrorOut},
    url_name="import_datavalues",
    openapi_extra=IMPORT_BODY,
)
def import_datavalues(request, plan: str | None = None, dry_run: bool = False):
    """Save a set of figures all-or-nothing, as an Excel upload would: JSON
    ``{"plan", "values": [...]}``, or ``text/csv`` (optionally ``?plan=CODE``). ``indicator`` is a
    catalogue measure code, or an indicator code of the plan when one is named. A refused set
    lists every row's problem (line, column, message) and saves nothing.

    ``?dry_run=true`` saves nothing and answers with every row's fate (new, changed with the
    old value, unchanged, refused with the reason) and a ``preview`` id; applying that preview
    later is refused if any of its figures was saved by anyone meanwhile."""
    plan_code, rows = payloads.datavalue_rows(request, plan)
    plan = selectors.plan_get(user=request.auth, code=plan_code) if plan_code else None
    if not policy.has_any(request.auth, policy.ENTER):
        raise PermissionDenied
    if dry_run:
        return previews.preview_rows(
            actor=request.auth, rows=rows, plan=plan, name="api", channel="api"
        )
    return {"saved": datavalues_import(actor=request.auth, plan=plan, rows=rows, channel="api")}


@router.post(
    "/previews/{preview}/apply",
    response={200: ImportResult, 400: ImportFailedOut, 409: ErrorOut},
    url_name="apply_datavalues_preview",
)
def apply_datavalues_preview(request, preview: str):
    """Apply a dry run of ``POST /api/datavalues?dry_run=true`` all-or-nothing; ``saved`` is
    the number of figures it changed. Only the user who made it applies it, once, within 24
    hours. 409 when any of its figures was saved by anyone since the dry run (the message names
    it); 400 when it has refused rows, nothing to change, was applied already or expired."""
    found = preview_get(user=request.auth, preview_id=preview)
    return {"saved": previews.preview_apply(actor=request.auth, preview=found)}
