"""The bulk path works in sets: its queries do not grow with the rows, and what it records is
what one save at a time records (the same history, the same refusals)."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from pacesetter.accounts.services import user_ensure
from pacesetter.catalogue.services import measure_for
from pacesetter.core.exceptions import ConcurrentEdit
from pacesetter.datavalues.bulk import ImportFailed, Row, datavalues_import
from pacesetter.datavalues.models import DataValue, DataValueChange
from pacesetter.datavalues.services import datavalue_set
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


def _rows(towns, measures, value="10", **fields):
    return [
        Row(m.code, t.code, MONTH, value, line=i + 2, **fields)
        for i, (t, m) in enumerate((t, m) for t in towns for m in measures)
    ]


def _state():
    return (
        sorted(DataValue.objects.values_list("pk", "value", "comment", "version")),
        DataValueChange.objects.count(),
    )


def test_the_queries_of_an_import_do_not_grow_with_its_rows(world):
    reporter, towns, measures = world
    counts = []
    # 10 new rows; then 20 (10 changed, 10 new) and 50 (20 changed, 30 new) of the same units
    # and month. (The report lock is read once per unit and month: queries may grow with
    # those, never with the rows.)
    for few, value in ((measures[:1], "10"), (measures[:2], "11"), (measures, "12")):
        with CaptureQueriesContext(connection) as queries:
            datavalues_import(actor=reporter, rows=_rows(towns, few, value), channel="import")
        counts.append(len(queries))
    assert counts[1] == counts[2]
    assert DataValue.objects.filter(value=12).count() == 50


def test_bulk_history_is_what_a_single_save_records(world):
    reporter, towns, measures = world
    m = measures[0]
    datavalue_set(
        actor=reporter,
        measure=m,
        orgunit=towns[0],
        period=MONTH,
        value=Decimal(5),
        channel="import",
    )
    datavalue_set(
        actor=reporter,
        measure=m,
        orgunit=towns[0],
        period=MONTH,
        value=Decimal(6),
        comment="revised",
        channel="import",
    )
    datavalues_import(actor=reporter, rows=[Row(m.code, "T1", MONTH, "5")], channel="import")
    datavalues_import(
        actor=reporter, rows=[Row(m.code, "T1", MONTH, "6", "revised", version=1)], channel="import"
    )

    def history(town):
        return list(
            DataValueChange.objects.filter(datavalue__orgunit=town)
            .order_by("version")
            .values_list(
                "version",
                "changed_by",
                "old_value",
                "new_value",
                "old_comment",
                "new_comment",
                "reason",
                "channel",
            )
        )

    assert history(towns[1]) == history(towns[0])
    assert len(history(towns[1])) == 2
    one, other = (DataValue.objects.get(measure=m, orgunit=t) for t in towns[:2])
    assert (other.value, other.comment, other.version, other.updated_by) == (
        one.value,
        one.comment,
        one.version,
        one.updated_by,
    )


def test_unchanged_rows_record_nothing(world):
    reporter, towns, measures = world
    datavalues_import(actor=reporter, rows=_rows(towns[:2], measures), channel="import")
    before = _state()
    assert datavalues_import(actor=reporter, rows=_rows(towns[:2], measures), channel="import")
    assert _state() == before


def test_a_stale_row_refuses_the_set_naming_the_row_and_the_value_now(world):
    reporter, towns, measures = world
    datavalues_import(actor=reporter, rows=_rows(towns[:2], measures), channel="import")
    other = user_ensure(
        username="head", password="x", orgunit=towns[1], roles=["reporter"], validate=False
    )
    datavalue_set(
        actor=other,
        measure=measures[2],
        orgunit=towns[1],
        period=MONTH,
        value=Decimal(12),
        expected_version=1,
    )
    before = _state()
    with pytest.raises(ConcurrentEdit) as refused:
        datavalues_import(
            actor=reporter, rows=_rows(towns[:2], measures, "13", version=1), channel="import"
        )
    assert refused.value.fields["line"] == 9 and refused.value.fields["value"] == "12"
    assert "Row 9" in refused.value.message
    assert _state() == before


def test_a_version_for_a_figure_never_stored_is_refused(world):
    reporter, towns, measures = world
    with pytest.raises(ConcurrentEdit, match="deleted by someone else"):
        datavalues_import(
            actor=reporter, rows=_rows(towns[:1], measures[:1], version=3), channel="import"
        )
    assert _state() == ([], 0)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("12345678901234567", "at most 16 digits before the decimal point"),
        ("0.00001", "at most 4 digits after the decimal point"),
        ("1e400", "is not a number"),
    ],
)
def test_a_refused_figure_names_the_limit_it_broke(world, value, reason):
    reporter, towns, measures = world
    with pytest.raises(ImportFailed) as refused:
        datavalues_import(
            actor=reporter, rows=_rows(towns[:1], measures[:1], value), channel="import"
        )
    assert reason in refused.value.errors[0].message
    assert _state() == ([], 0)


def test_a_comment_with_a_nul_is_a_row_problem(world):
    reporter, towns, measures = world
    rows = [Row("M0", "T0", MONTH, "1", "a\x00b", line=7)]
    with pytest.raises(ImportFailed) as refused:
        datavalues_import(actor=reporter, rows=rows, channel="import")
    assert [(e.line, e.column) for e in refused.value.errors] == [(7, "comment")]
    assert _state() == ([], 0)


def test_a_month_submitted_while_the_set_was_being_read_refuses_the_whole_set(world, monkeypatch):
    """The checks run before the short write transaction; a unit that submits its month in
    between must not find figures slipped into the report it just sent."""
    from pacesetter.core.periods import Period
    from pacesetter.datavalues import bulk
    from pacesetter.reporting.services import report_submit

    reporter, towns, measures = world
    datavalues_import(actor=reporter, rows=_rows(towns[:1], measures[:1], "5"), channel="import")
    before = _state()
    opened = bulk.locked_reasons
    sent = []

    def submitted_meanwhile(pairs):
        pairs = list(pairs)
        why = opened(pairs)  # open when read …
        if not sent:
            month = next(month for unit, month in pairs if unit == towns[0])
            sent.append(report_submit(actor=reporter, orgunit=towns[0], period=Period.parse(month)))
        return why  # … submitted before the write

    monkeypatch.setattr(bulk, "locked_reasons", submitted_meanwhile)
    with pytest.raises(ImportFailed) as failed:
        datavalues_import(
            actor=reporter, rows=_rows(towns[:2], measures[:1], "6"), channel="import"
        )
    assert {(e.line, e.column) for e in failed.value.errors} == {(2, "period")}
    assert _state() == before
