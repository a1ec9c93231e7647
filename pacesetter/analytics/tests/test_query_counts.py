"""Pages read a fixed number of queries whatever the plan's size: the demo and a plan ten
times larger (indicators, townships, projects, figures) take the same count."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from pacesetter.accounts.models import User
from pacesetter.demo.loader import load_demo
from pacesetter.demo.scale import scale_plan
from pacesetter.indicators.models import Indicator

pytestmark = pytest.mark.django_db
PAGES = [
    "/plans/zherong-2023/?period=202310",
    "/plans/zherong-2023/indicators/I10/?period=202310",
    "/plans/zherong-2023/ranking/?period=202310",
    "/plans/zherong-2023/ranking/?period=202310&indicator=I10",
    "/plans/zherong-2023/projects/?period=202310",
    "/plans/zherong-2023/projects/XM04/?period=202310",
    "/plans/zherong-2023/units/350926100/?period=202310",
]


def _counts() -> dict:
    client = Client()
    client.force_login(User.objects.get(username="leader"))
    counts = {}
    for url in PAGES:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, url
        counts[url] = len(queries)
    return counts


def test_page_queries_do_not_grow_with_the_plan():
    plan = load_demo()
    _counts()  # warms the per-process caches (content types) that later requests skip
    small = _counts()
    scale_plan(plan, 10)
    assert Indicator.objects.filter(goal__plan=plan).count() == 120
    assert _counts() == small
