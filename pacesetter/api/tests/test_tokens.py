import hashlib
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from pacesetter.api.models import ApiToken
from pacesetter.api.tokens import token_authenticate, token_create, token_revoke

pytestmark = pytest.mark.django_db


def test_only_a_digest_and_a_prefix_of_the_token_are_stored(users):
    token, raw = token_create(user=users["office"], name="sync")
    stored = ApiToken.objects.filter(pk=token.pk).values().get()
    assert raw not in {str(value) for value in stored.values()}
    assert stored["digest"] == hashlib.sha256(raw.encode()).hexdigest()
    assert raw.startswith(stored["prefix"]) and len(stored["prefix"]) < len(raw) // 3


def test_a_token_authenticates_its_user_and_records_its_use(users):
    token, raw = token_create(user=users["leader"])
    assert token_authenticate(raw) == users["leader"]
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_a_valid_token_opens_the_api(call):
    assert call("leader", "GET", "/api/plans").status_code == 200


@pytest.mark.parametrize(
    "header", [None, "Bearer", "Bearer nope", "Token pst_x", "Bearer pst_" + "A" * 43]
)
def test_a_missing_or_wrong_token_is_refused_with_401(client, demo, header):
    headers = {"Authorization": header} if header else {}
    response = client.get("/api/plans", headers=headers)
    assert response.status_code == 401
    assert response.json()["code"] == "unauthenticated"
    assert response["WWW-Authenticate"] == "Bearer"


def test_a_revoked_token_is_refused(client, users):
    token, raw = token_create(user=users["office"])
    token_revoke(prefix=token.prefix)
    assert client.get("/api/plans", headers={"Authorization": f"Bearer {raw}"}).status_code == 401


def test_the_token_of_a_deactivated_user_is_refused(client, users):
    _token, raw = token_create(user=users["office"])
    users["office"].is_active = False
    users["office"].save()
    assert client.get("/api/plans", headers={"Authorization": f"Bearer {raw}"}).status_code == 401


def test_the_console_creates_lists_and_revokes_tokens(client, users):
    out, err = StringIO(), StringIO()
    call_command("token", "create", "reporter-fuxi", "--name", "sync", stdout=out, stderr=err)
    raw = out.getvalue().strip()
    auth = {"Authorization": f"Bearer {raw}"}
    assert client.get("/api/units", headers=auth).status_code == 200
    prefix = ApiToken.objects.get(user=users["reporter-fuxi"]).prefix
    assert prefix in err.getvalue() and raw not in err.getvalue()

    listing = StringIO()
    call_command("token", "list", "reporter-fuxi", stdout=listing)
    assert prefix in listing.getvalue() and raw not in listing.getvalue()

    call_command("token", "revoke", prefix, stdout=StringIO())
    assert client.get("/api/units", headers=auth).status_code == 401


def test_the_console_names_an_unknown_user_or_prefix(demo):
    with pytest.raises(CommandError, match="nobody"):
        call_command("token", "create", "nobody")
    with pytest.raises(CommandError, match="pst_nothing"):
        call_command("token", "revoke", "pst_nothing")
