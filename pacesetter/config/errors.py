"""The site's error pages: in the site's layout and language, or JSON under /api/.

Django calls these for any 400/403/404/500 a view did not answer itself (and for a failed
CSRF check), so an API client never receives an HTML page and a person never a bare one.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.template import loader
from django.utils.translation import gettext as _

from pacesetter.api.errors import body, is_api, json_response


def _page(request: HttpRequest, status: int, template: str, context=None) -> HttpResponse:
    html = loader.render_to_string(template, context, request=request)
    return HttpResponse(html, status=status)


def bad_request(request, exception=None):
    if is_api(request.path):
        return json_response(400, body("bad_request", _("The request could not be read.")))
    return _page(request, 400, "400.html")


def permission_denied(request, exception=None):
    if is_api(request.path):
        return json_response(403, body("forbidden", _("You are not allowed to do this.")))
    return _page(request, 403, "403.html")


def page_not_found(request, exception=None):
    if is_api(request.path):
        return json_response(404, body("not_found", _("Not found, or not visible to you.")))
    return _page(request, 404, "404.html")


def server_error(request):
    """Rendered without the request: no context processor (and so no database query) may fail
    while the site is already failing."""
    if is_api(request.path):
        return json_response(500, body("server_error", _("Something went wrong on our side.")))
    return HttpResponse(loader.render_to_string("500.html"), status=500)


def csrf_failure(request, reason: str = "") -> HttpResponse | JsonResponse:
    if is_api(request.path):
        message = _("The request was refused: its CSRF token is missing or wrong.")
        return json_response(403, body("csrf_failed", message))
    return _page(request, 403, "403.html", {"csrf_failed": True})


class RefuseNulMiddleware:
    """A NUL character in the address or query string names nothing and cannot even be sent to
    PostgreSQL in a query: refuse the request (400) before any view runs, rendered without the
    request, as nothing about the user has been read yet."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if "\x00" in request.path or "\x00" in query or "%00" in query:
            message = _("The address must not contain NUL characters.")
            if is_api(request.path):
                return json_response(400, body("bad_request", message))
            return HttpResponseBadRequest(loader.render_to_string("400.html", {"message": message}))
        return self.get_response(request)
