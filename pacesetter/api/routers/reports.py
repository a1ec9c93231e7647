"""Monthly report transitions (one report per unit and month, across plans); each calls
the same service the web pages use."""

from ninja import Router

from pacesetter.api import selectors
from pacesetter.api.schemas import ErrorOut, ReasonIn, ReportOut
from pacesetter.reporting import services

router = Router(tags=["reports"])
PLACE = "/{unit}/{period}"
REFUSALS = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}


@router.get(PLACE, response=ReportOut, url_name="get_report")
def get_report(request, unit: str, period: str):
    """The unit's month and its steps so far; a month nobody has written to is a draft."""
    return selectors.report_read(user=request.auth, unit=unit, period=period)


@router.post(PLACE + "/submit", response={200: ReportOut, **REFUSALS}, url_name="submit_report")
def submit_report(request, unit: str, period: str):
    """Submit the month's figures; straight to the plan office where the unit has no head."""
    place = selectors.report_place(user=request.auth, unit=unit, period=period)
    return services.report_submit(actor=request.auth, **place)


@router.post(PLACE + "/sign", response={200: ReportOut, **REFUSALS}, url_name="sign_report")
def sign_report(request, unit: str, period: str):
    report = selectors.report_get(user=request.auth, unit=unit, period=period)
    return services.report_sign(actor=request.auth, report=report)


@router.post(PLACE + "/accept", response={200: ReportOut, **REFUSALS}, url_name="accept_report")
def accept_report(request, unit: str, period: str):
    report = selectors.report_get(user=request.auth, unit=unit, period=period)
    return services.report_accept(actor=request.auth, report=report)


@router.post(PLACE + "/return", response={200: ReportOut, **REFUSALS}, url_name="return_report")
def return_report(request, unit: str, period: str, payload: ReasonIn):
    report = selectors.report_get(user=request.auth, unit=unit, period=period)
    return services.report_return(actor=request.auth, report=report, reason=payload.reason)


@router.post(PLACE + "/reopen", response={200: ReportOut, **REFUSALS}, url_name="reopen_report")
def reopen_report(request, unit: str, period: str, payload: ReasonIn):
    report = selectors.report_get(user=request.auth, unit=unit, period=period)
    return services.report_reopen(actor=request.auth, report=report, reason=payload.reason)
