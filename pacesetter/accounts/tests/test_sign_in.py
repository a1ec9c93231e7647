from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from axes.models import AccessAttempt
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _try(client, password, address="10.0.0.1"):
    return client.post(
        reverse("login"), {"username": "office", "password": password}, REMOTE_ADDR=address
    )


def test_five_failures_lock_the_account_and_say_when_to_try_again(client, demo):
    for _ in range(5):
        _try(client, "wrong")
    response = _try(client, "pacesetter-demo")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    # The lock runs 15 minutes from the latest counted failure (axes counts the attempt made
    # while locked too); the page names that clock time in the server's zone (Asia/Shanghai).
    last = AccessAttempt.objects.get(username="office").attempt_time
    opens = (last + timedelta(minutes=15)).astimezone(ZoneInfo("Asia/Shanghai"))
    alert = response.content.decode().split('role="alert">')[1].split("</p>")[0]
    assert opens.strftime("%H:%M") in alert
    assert "分钟" not in alert and "minute" not in alert


def test_the_lock_is_per_account_and_address(client, demo):
    for _ in range(5):
        _try(client, "wrong")
    response = _try(client, "pacesetter-demo", address="10.0.0.2")
    assert response.status_code == 302


def test_sessions_expire_and_forms_carry_csrf(settings, client):
    assert settings.SESSION_COOKIE_AGE <= 12 * 3600
    assert "csrfmiddlewaretoken" in client.get(reverse("login")).content.decode()
