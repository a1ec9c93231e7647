"""The dry run is set-based like the import it previews: its queries do not grow with its rows,
and a row sent with a version no longer stored is refused in the diff as the write would."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from pacesetter.accounts.services import user_ensure
from pacesetter.catalogue.services import measure_for
from pacesetter.datavalues.bulk import Row, datavalues_import
from pacesetter.datavalues.models import DataValue
from pacesetter.datavalues.preview import datavalues_preview
from pacesetter.orgunits.models import OrgUnit
from pacesetter.orgunits.services import orgunit_ensure

pytestmark = pytest.mark.django_db
MONTH = "202401"


@pytest.fixture
def world():
    county = orgunit_ensure(code="C", name="County", kind=OrgUnit.Kind.COUNTY)
    towns = [
        orgunit_ensure(code=f"T{i}", name=f"Town {i}", kind=OrgUnit.Kind.TOWNSHIP, parent=county)
        for i in range(10)
    ]
    measures = [measure_for(name=f"Output {i}", unit="个", code=f"M{i}") for i in range(5)]
    reporter = user_ensure(
        username="rep", password="x", orgunit=county, roles=["reporter"], validate=False
    )
    with translation.override("en"):
        yield reporter, towns, measures


def _rows(towns, measures, value="10"):
    pairs = [(t, m) for t in towns for m in measures]
    return [Row(m.code, t.code, MONTH, value, line=i + 2) for i, (t, m) in enumerate(pairs)]


def test_the_queries_of_a_dry_run_do_not_grow_with_its_rows(world):
    reporter, towns, measures = world
    datavalues_import(actor=reporter, rows=_rows(towns, measures[:2]), channel="import")
    counts = []
    for few in (measures[:1], measures[:3], measures):  # 10, 30 and 50 rows, old and new
        with CaptureQueriesContext(connection) as queries:
            diff = datavalues_preview(actor=reporter, rows=_rows(towns, few, "11"))
        counts.append(len(queries))
        assert diff.counts["refused"] == 0 and diff.counts["changed"] == 10 * min(len(few), 2)
    assert counts[0] == counts[1] == counts[2], counts


def test_a_row_sent_with_a_stale_version_is_refused_in_the_diff(world):
    reporter, towns, measures = world
    datavalues_import(actor=reporter, rows=_rows(towns[:1], measures[:1]), channel="import")
    stored = DataValue.objects.get()
    rows = [
        Row("M0", "T0", MONTH, "12", line=2, version=stored.version - 1),
        Row("M1", "T0", MONTH, "12", line=3, version=4),  # no such figure any more
        Row("M2", "T0", MONTH, "12", line=4, version=0),
    ]
    diff = datavalues_preview(actor=reporter, rows=rows)
    assert [(r.line, r.state) for r in diff.rows] == [(2, "refused"), (3, "refused"), (4, "new")]
    assert "changed this value to 10 meanwhile" in diff.rows[0].reason
    assert "deleted by someone else" in diff.rows[1].reason
    assert not diff.applicable
