"""Error pages in the site's layout and language (Chinese by default), JSON under /api/."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import include, path

from pacesetter.accounts.models import User
from pacesetter.config import urls as site_urls

pytestmark = pytest.mark.django_db


def _explode(request):
    raise RuntimeError("boom")


def _refuse(request):
    raise PermissionDenied


# The site's own URLs, the handlers included, plus two views that fail.
urlpatterns = [
    path("boom/", _explode),
    path("api/boom/", _explode),
    path("refused/", _refuse),
    path("", include(site_urls.urlpatterns)),
]
handler400 = site_urls.handler400
handler403 = site_urls.handler403
handler404 = site_urls.handler404
handler500 = site_urls.handler500

LAYOUT = 'class="topbar"'


@pytest.fixture
def failing(settings, client):
    settings.ROOT_URLCONF = __name__
    client.raise_request_exception = False
    return client


def test_an_unknown_page_is_a_chinese_404_in_the_layout(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    page = response.content.decode()
    assert LAYOUT in page and '<html lang="zh-hans">' in page
    assert "<h1>页面没有找到</h1>" in page
    assert "Not Found</h1>" not in page  # not Django's bare page


def test_a_404_is_wholly_chinese_even_for_an_english_browser(client):
    response = client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="en")
    page = response.content.decode()
    assert "该页面不存在，或您无权查看。" in page and "返回首页</a>" in page
    assert "There is no such page" not in page and "Back to the home page" not in page


def test_a_404_follows_the_chosen_language(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hant"
    page = client.get("/no-such-page/").content.decode()
    assert "<h1>頁面沒有找到</h1>" in page and "該頁面不存在，或您無權查看。" in page


def test_a_signed_in_user_sees_their_menu_on_a_404(client, demo):
    client.force_login(User.objects.get(username="leader"))
    response = client.get("/plans/no-such-plan/")
    assert response.status_code == 404
    header = response.content.decode().split("<main>")[0]
    assert "县领导" in header and 'action="/logout/"' in header


def test_a_refusal_is_a_403_in_the_layout(failing):
    response = failing.get("/refused/")
    assert response.status_code == 403
    assert LAYOUT in response.content.decode()
    assert "403 Forbidden" not in response.content.decode()


def test_a_crash_is_a_500_in_the_layout_without_the_request(failing):
    response = failing.get("/boom/")
    assert response.status_code == 500
    page = response.content.decode()
    assert LAYOUT in page and '<html lang="zh-hans">' in page
    assert "Server Error (500)" not in page


def test_a_crash_under_the_api_answers_json(failing):
    response = failing.get("/api/boom/")
    assert response.status_code == 500
    assert response.json()["code"] == "server_error"


def test_a_failed_csrf_check_is_a_403_page_in_the_layout(demo):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    response = browser.post("/login/", {"username": "office", "password": "x"})
    assert response.status_code == 403
    page = response.content.decode()
    assert LAYOUT in page and "CSRF verification failed" not in page
    assert "表单已过期，或来自其他网站。" in page


def test_a_nul_in_the_address_is_a_400_page_before_any_view(client):
    response = client.get("/plans/zherong-2023/?period=2023%0010")
    assert response.status_code == 400
    assert LAYOUT in response.content.decode()
    assert client.get("/plans/zh%00/").status_code == 400


def test_error_pages_carry_the_content_security_policy(client):
    for url in ("/no-such-page/", "/login/?next=%00"):
        assert "script-src 'self'" in client.get(url)["Content-Security-Policy"], url
