from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext


class LanguageMiddleware:
    """Simplified Chinese unless the user chose another language with the switcher.

    Django's LocaleMiddleware would follow the browser's Accept-Language, and an
    office PC with an English browser would then show an English interface.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.known = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in self.known else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        translation.deactivate()
        return response


class RefuseNulMiddleware:
    """A NUL character in the address or query string names nothing and cannot even be sent to
    PostgreSQL in a query: refuse the request (400) before any view runs.

    The answer is JSON under /api/ (the API's error shape) and the site's 400 page elsewhere,
    rendered without the request, as nothing about the user has been read yet.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if "\x00" in request.path or "\x00" in query or "%00" in query:
            return self.refuse(request)
        return self.get_response(request)

    def refuse(self, request):
        message = gettext("The address must not contain NUL characters.")
        if request.path == "/api" or request.path.startswith("/api/"):
            data = {"code": "bad_request", "message": message, "fields": {}}
            return JsonResponse(data, status=400, json_dumps_params={"ensure_ascii": False})
        html = loader.render_to_string("400.html", {"message": message})
        return HttpResponseBadRequest(html)
