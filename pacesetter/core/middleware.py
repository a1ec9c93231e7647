from django.conf import settings
from django.utils import translation


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
