"""Every failure of the API as 4xx JSON ``{"code", "message", "fields"}``, mapped here once.

Refusals are deliberately uniform: an object outside the caller's scope answers exactly
like one that does not exist (404), and a refused action always gets the same 403 body,
so probing the API reveals nothing about other units.
"""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, RequestDataTooBig
from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError

from pacesetter.core.exceptions import DomainError
from pacesetter.datavalues.bulk import ImportFailed

CONFLICTS = {"invalid_transition", "concurrent_edit"}  # the request was fine, the state is not


API_PREFIX = "/api/"


def body(code: str, message: str, fields: dict | None = None) -> dict:
    return {"code": code, "message": message, "fields": fields or {}}


def is_api(path: str) -> bool:
    return path == API_PREFIX.rstrip("/") or path.startswith(API_PREFIX)


def json_response(status: int, data: dict) -> JsonResponse:
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def install(api) -> None:
    def reply(request, status: int, data: dict):
        return api.create_response(request, data, status=status)

    @api.exception_handler(DomainError)
    def domain_error(request, exc: DomainError):
        data = body(exc.code, exc.message, {k: str(v) for k, v in exc.fields.items()})
        if isinstance(exc, ImportFailed):
            data["errors"] = [import_error(e) for e in exc.errors]
        return reply(request, 409 if exc.code in CONFLICTS else 400, data)

    @api.exception_handler(PermissionDenied)
    def forbidden(request, exc):
        return reply(request, 403, body("forbidden", _("You are not allowed to do this.")))

    @api.exception_handler(Http404)
    @api.exception_handler(ObjectDoesNotExist)
    def not_found(request, exc):
        return reply(request, 404, not_found_body())

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request, exc):
        response = reply(
            request,
            401,
            body(
                "unauthenticated",
                _("Send a valid API token in the header Authorization: Bearer <token>."),
            ),
        )
        response["WWW-Authenticate"] = "Bearer"
        return response

    @api.exception_handler(Throttled)
    def throttled(request, exc: Throttled):
        return reply(
            request,
            429,
            body(
                "throttled",
                _("Too many requests: wait %(seconds)s seconds and try again.")
                % {"seconds": int(exc.wait or 1)},
            ),
        )

    @api.exception_handler(ValidationError)
    def invalid(request, exc: ValidationError):
        return reply(
            request,
            400,
            body(
                "invalid_request",
                _("Some fields of the request are missing or malformed: see fields."),
                validation_fields(exc.errors),
            ),
        )

    @api.exception_handler(RequestDataTooBig)
    def too_large(request, exc):
        return reply(
            request,
            413,
            body(
                "too_large",
                _("The request body is too large: send the figures in several smaller sets."),
            ),
        )

    @api.exception_handler(HttpError)
    def http_error(request, exc: HttpError):
        # Ninja raises it when the body is not JSON at all.
        return reply(
            request,
            exc.status_code,
            body(
                "bad_request",
                _("The request could not be read: send JSON, or CSV with Content-Type: text/csv."),
            ),
        )


def not_found_body() -> dict:
    return body("not_found", _("Not found, or not visible to you."))


def unknown_route(request, rest: str = ""):
    """A mistyped API address answers in JSON like every other API error, not with an HTML page."""
    return json_response(404, not_found_body())


def validation_fields(errors: list[dict]) -> dict[str, str]:
    """Pydantic's errors as {"values.0.period": "Field required"}, without the body/query prefix."""
    fields = {}
    for error in errors:
        location = [str(part) for part in error.get("loc", ())]
        while location and location[0] in {"body", "query", "path", "payload"}:
            location = location[1:]
        fields[".".join(location) or "body"] = str(error.get("msg", ""))
    return fields


def import_error(error) -> dict:
    """A bulk row error, with the machine name of the column next to its translated label."""
    names = {
        _("indicator"): "indicator",
        _("org unit"): "unit",
        _("period"): "period",
        _("value"): "value",
    }
    return {
        "line": error.line,
        "column": error.column,
        "field": names.get(error.column, ""),
        "message": error.message,
    }
