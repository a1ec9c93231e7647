"""Every error under /api/ in the API's JSON shape, also those Django answers before any API
view runs: a method the address does not take (405), or an HTML error page of the site."""

from __future__ import annotations

from django.utils.translation import gettext as _

from pacesetter.api.errors import body, is_api, json_response


def _is_json(response) -> bool:
    return response.get("Content-Type", "").startswith("application/json")


class JsonErrorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code < 400 or not is_api(request.path) or _is_json(response):
            return response
        if response.status_code == 405:
            allowed = response.get("Allow", "")
            message = _("This address does not take %(method)s; it takes %(allowed)s.") % {
                "method": request.method,
                "allowed": allowed,
            }
            replaced = json_response(405, body("method_not_allowed", message))
            replaced["Allow"] = allowed
            return replaced
        return json_response(
            response.status_code,
            body(
                "error",
                _("The request could not be answered (HTTP %(status)s).")
                % {"status": response.status_code},
            ),
        )
