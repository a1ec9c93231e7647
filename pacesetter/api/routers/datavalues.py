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
    inline_schema,
)
from pacesetter.core import policy
from pacesetter.datavalues.bulk import datavalues_import

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
    response={200: ImportResult, 400: ImportFailedOut, 403: ErrorOut, 409: ErrorOut},
    url_name="import_datavalues",
    openapi_extra=IMPORT_BODY,
)
def import_datavalues(request, plan: str | None = None):
    """Save a set of figures all-or-nothing, as an Excel upload would: JSON
    ``{"plan", "values": [...]}``, or ``text/csv`` (optionally ``?plan=CODE``). ``indicator`` is a
    catalogue measure code, or an indicator code of the plan when one is named. A refused set
    lists every row's problem (line, column, message) and saves nothing."""
    plan_code, rows = payloads.datavalue_rows(request, plan)
    plan = selectors.plan_get(user=request.auth, code=plan_code) if plan_code else None
    if not policy.has_any(request.auth, policy.ENTER):
        raise PermissionDenied
    return {"saved": datavalues_import(actor=request.auth, plan=plan, rows=rows, channel="api")}
