import json
from datetime import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from pacesetter.accounts.models import User
from pacesetter.accounts.services import user_ensure
from pacesetter.api.tokens import token_create
from pacesetter.orgunits.models import OrgUnit
from pacesetter.servicedesk import services
from pacesetter.servicedesk.demo import load_demo_desk
from pacesetter.servicedesk.models import Category


@pytest.fixture
def desk(demo):
    """The demo with its desk, and a second enterprise account."""
    county = OrgUnit.objects.get(code="350926")
    load_demo_desk(county)
    user_ensure(
        username="enterprise-2",
        password="pacesetter-demo",
        display_name="另一家企业",
        orgunit=county,
        roles=["enterprise"],
        validate=False,
    )
    return {u.username: u for u in User.objects.all()}


@pytest.fixture
def category(desk) -> Category:
    return Category.objects.get(code="SPFW")  # 县行政审批服务局: 4 working hours, 5 days


@pytest.fixture
def clock(monkeypatch):
    """clock.set(2023, 9, 28, 16): the desk's services see that local time as now."""

    class Clock:
        now = timezone.now()

        def set(self, *args):
            self.now = timezone.make_aware(datetime(*args))

    fake = Clock()
    monkeypatch.setattr(services, "_now", lambda: fake.now)
    return fake


@pytest.fixture
def call(client, desk):
    """call(who, method, url, body=None): an API request with ``who``'s token."""
    cache.clear()  # the throttle's counts outlive a test's database
    tokens: dict[str, str] = {}

    def call(who, method, url, body=None):
        if who not in tokens:
            tokens[who] = token_create(user=desk[who])[1]
        headers = {"Authorization": f"Bearer {tokens[who]}"}
        data = json.dumps(body) if body is not None else ""
        return client.generic(method, url, data, content_type="application/json", headers=headers)

    yield call
    cache.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """``with committed():`` runs what the block leaves for after the commit (the notices)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
