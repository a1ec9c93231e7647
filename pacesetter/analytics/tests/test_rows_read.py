"""The dashboard, ranking, indicator and unit pages read no figure rows into Python: every
query on the figures table (or the totals kept of them) aggregates, and the rows it returns do not grow when figures are
added that the pages do not show one by one (villages below towns that report their own)."""

import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from pacesetter.accounts.models import User
from pacesetter.core.db import refresh_statistics
from pacesetter.datavalues import rollups
from pacesetter.datavalues.models import DataValue
from pacesetter.demo.loader import load_demo
from pacesetter.demo.scale import scale_plan
from pacesetter.orgunits.models import OrgUnit
from pacesetter.orgunits.services import orgunit_ensure

pytestmark = pytest.mark.django_db
PAGES = [
    "/plans/zherong-2023/?period=202310",
    "/plans/zherong-2023/ranking/?period=202310",
    "/plans/zherong-2023/ranking/?period=202310&indicator=I10",
    "/plans/zherong-2023/ranking/?period=202310&indicator=I10&by=growth",
    "/plans/zherong-2023/indicators/I10/?period=202310",
    "/plans/zherong-2023/indicators/I07/?period=202310",
    "/plans/zherong-2023/units/350926100/?period=202310",
    "/plans/ningde-2023/?period=202310",
    "/plans/ningde-2023/ranking/?period=202310",
]
# The figures, and the totals kept of them (datavalues.rollups).
FIGURES = re.compile(r"\bdatavalues_(datavalue|monthtotal)\b")
AGGREGATES = re.compile(r"\bGROUP BY\b|^SELECT (MAX|MIN|SUM|COUNT|AVG)\(", re.IGNORECASE)


def _rows_read() -> dict[str, int]:
    """Per page: the rows its queries on the figures table return (each run again)."""
    client = Client()
    client.force_login(User.objects.get(username="leader"))
    read = {}
    for url in PAGES:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, url
        on_figures = [q["sql"] for q in queries.captured_queries if FIGURES.search(q["sql"])]
        assert on_figures, url
        for sql in on_figures:
            # Kept totals are read one per group and month shown; figures only aggregated.
            if "datavalues_datavalue" in sql:
                assert AGGREGATES.search(sql), f"{url} reads figure rows: {sql[:300]}"
        with connection.cursor() as cursor:
            read[url] = 0
            for sql in on_figures:
                cursor.execute(sql)
                read[url] += len(cursor.fetchall())
    return read


def _villages_report_below_the_towns(plan) -> int:
    """Two villages under each town report every figure their town reports (accepted):
    the towns' own figures win, so the pages show the same numbers from the same rows."""
    towns = OrgUnit.objects.filter(path__startswith=plan.owner.path, kind="township")
    added = []
    for town in towns:
        figures = list(DataValue.objects.filter(orgunit=town, state="accepted"))
        for k in (1, 2):
            village = orgunit_ensure(
                code=f"{town.code}-v{k}", name=f"{town.name}{k}村", kind="village", parent=town
            )
            added += [
                DataValue(
                    measure_id=f.measure_id,
                    orgunit=village,
                    period=f.period,
                    value=f.value / 3 + Decimal(k),
                    state="accepted",
                    is_demo=True,
                )
                for f in figures
            ]
    DataValue.objects.bulk_create(added)
    rollups.rebuild()  # accepted in bulk here, not month by month through the workflow
    refresh_statistics()
    return len(added)


def test_pages_aggregate_figures_in_the_database():
    plan = load_demo()
    scale_plan(plan, 10)
    before = _rows_read()
    shown_before = Client()
    shown_before.force_login(User.objects.get(username="leader"))
    dashboard = shown_before.get(PAGES[0]).content
    assert _villages_report_below_the_towns(plan) > 10_000
    assert _rows_read() == before
    # The same figures shown: the villages were shadowed by their towns' own figures.
    assert _strip_csrf(shown_before.get(PAGES[0]).content) == _strip_csrf(dashboard)


def _strip_csrf(content: bytes) -> bytes:
    return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", content)
