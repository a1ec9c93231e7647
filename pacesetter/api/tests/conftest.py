import json

import pytest
from django.core.cache import cache

from pacesetter.accounts.models import User
from pacesetter.api.tokens import token_create


@pytest.fixture(autouse=True)
def fresh_throttle():
    # Throttle counts live in the cache, which outlives a test's database.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def users(demo) -> dict[str, User]:
    return {u.username: u for u in User.objects.all()}


@pytest.fixture
def tokens(users) -> dict[str, str]:
    """A raw token per demo user."""
    return {name: token_create(user=user)[1] for name, user in users.items()}


@pytest.fixture
def call(client, tokens):
    """call(who, method, url, json=... | csv=...): a request as ``who`` (None: no token)."""
    def call(who, method, url, *, json_body=None, csv=None):
        headers = {"Authorization": f"Bearer {tokens[who]}"} if who else {}
        if csv is not None:
            return client.generic(method, url, csv.encode(), content_type="text/csv",
                                  headers=headers)
        if json_body is not None:
            return client.generic(method, url, json.dumps(json_body),
                                  content_type="application/json", headers=headers)
        return client.generic(method, url, headers=headers)

    return call
