"""The dry run of an import: every row's fate with nothing written, and an apply that is
refused, writing nothing, when a figure changed since, when it is not the owner's, or twice."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from pacesetter.accounts.services import user_ensure
from pacesetter.catalogue.services import measure_for
from pacesetter.core import policy
from pacesetter.core.exceptions import ConcurrentEdit, DomainError
from pacesetter.datavalues.models import DataValue, DataValueChange
from pacesetter.datavalues.services import datavalue_set
from pacesetter.imports import previews
from pacesetter.imports.models import ImportPreview
from pacesetter.imports.tests.conftest import snapshot
from pacesetter.orgunits.models import OrgUnit
from pacesetter.orgunits.services import orgunit_ensure

pytestmark = pytest.mark.django_db
MONTH = "202401"  # January: no jump against last month asks for a comment


@pytest.fixture
def world():
    """A county with two towns, three measures, a reporter for the county and one for a town;
    T0 already holds M1 = 5 ("old") and M2 = 3 (no comment)."""
    county = orgunit_ensure(code="C", name="County", kind=OrgUnit.Kind.COUNTY)
    towns = [
        orgunit_ensure(code=f"T{i}", name=f"Town {i}", kind=OrgUnit.Kind.TOWNSHIP, parent=county)
        for i in range(2)
    ]
    measures = [measure_for(name=f"Output {i}", unit="个", code=f"M{i}") for i in range(3)]
    reporter = user_ensure(
        username="rep", password="x", orgunit=county, roles=["reporter"], validate=False
    )
    other = user_ensure(
        username="other", password="x", orgunit=county, roles=["reporter"], validate=False
    )
    for measure, value, comment in ((measures[1], 5, "old"), (measures[2], 3, "")):
        datavalue_set(
            actor=policy.SYSTEM,
            measure=measure,
            orgunit=towns[0],
            period=MONTH,
            value=Decimal(value),
            comment=comment,
        )
    return {"reporter": reporter, "other": other, "towns": towns, "measures": measures}


def csv(*lines: str) -> bytes:
    return ("indicator,unit,period,value,comment\n" + "\n".join(lines) + "\n").encode()


GOOD = csv("M0,T0,202401,7,", "M1,T0,202401,6,new", "M2,T0,202401,3,")


def _preview(world, data=GOOD, who="reporter") -> ImportPreview:
    return previews.preview_file(actor=world[who], name="figures.csv", data=data)


def _figure(measure: str, unit: str = "T0") -> DataValue | None:
    return DataValue.objects.filter(measure__code=measure, orgunit__code=unit, period=MONTH).first()


def test_a_dry_run_writes_nothing(world):
    before = snapshot()
    diff = previews.diff_file(actor=world["reporter"], name="figures.csv", data=GOOD)
    preview = _preview(world)
    assert diff.counts == preview.counts == {"refused": 0, "changed": 1, "new": 1, "unchanged": 1}
    assert snapshot() == before
    assert _figure("M0") is None and _figure("M1").value == 5


def test_the_diff_classifies_each_row_and_shows_refusals_first(world):
    data = csv(
        "M0,T0,202401,7,",  # new
        "M1,T0,202401,6,new",  # changed: value and comment
        "M2,T0,202401,3,",  # unchanged
        "M2,T1,202401,-1,",  # refused by a rule
        "M9,T0,202401,1,",  # refused: no such indicator
        "M0,T0,202401,8,",  # refused: the same figure twice
        "M0,T1,2024x,1,",  # refused: not a month
        "M1,T1,202401,2,",  # new
    )
    rows = previews.diff_file(actor=world["reporter"], name="f.csv", data=data).rows
    fates = [(r.line, r.state) for r in rows]
    assert fates == [
        (5, "refused"),
        (6, "refused"),
        (7, "refused"),
        (8, "refused"),
        (3, "changed"),
        (2, "new"),
        (9, "new"),
        (4, "unchanged"),
    ]
    by_line = {r.line: r for r in rows}
    assert "cannot be negative" in by_line[5].reason
    assert "No indicator with code M9" in by_line[6].reason
    assert "appears twice (also row 2)" in by_line[7].reason
    assert "is not a month" in by_line[8].reason
    changed = by_line[3]
    assert (changed.old_value, changed.new_value) == ("5", "6")
    assert (changed.old_comment, changed.new_comment) == ("old", "new")
    assert changed.version == _figure("M1").version
    assert (by_line[2].old_value, by_line[2].new_value, by_line[2].version) == (None, "7", 0)
    assert by_line[4].version == _figure("M2").version


def test_applying_saves_the_previewed_figures_once(world):
    preview = _preview(world)
    assert previews.preview_apply(actor=world["reporter"], preview=preview) == 2
    assert _figure("M0").value == 7 and _figure("M1").value == 6 and _figure("M1").comment == "new"
    assert _figure("M2").version == 1  # unchanged: not written again
    assert set(DataValueChange.objects.values_list("channel", flat=True)) >= {"import"}
    before = snapshot()
    with pytest.raises(DomainError, match="applied already"):
        previews.preview_apply(actor=world["reporter"], preview=preview)
    fresh = ImportPreview.objects.get(pk=preview.pk)
    with pytest.raises(DomainError, match="applied already"):
        previews.preview_apply(actor=world["reporter"], preview=fresh)
    assert snapshot() == before


@pytest.mark.parametrize(
    ("measure", "value"),
    [("M1", "9"), ("M2", "4"), ("M0", "1")],  # a changed, an unchanged and a new figure
)
def test_an_apply_after_a_concurrent_change_is_refused_and_writes_nothing(world, measure, value):
    preview = _preview(world)
    # Between the preview and the apply, another reporter saves one of its figures by hand.
    datavalue_set(
        actor=world["other"],
        measure=world["measures"][int(measure[1])],
        orgunit=world["towns"][0],
        period=MONTH,
        value=Decimal(value),
        comment="by hand",
    )
    before = snapshot()
    with pytest.raises(ConcurrentEdit) as refused:
        previews.preview_apply(actor=world["reporter"], preview=preview)
    assert f"{measure} of T0 in {MONTH} was changed after the preview" in refused.value.message
    assert f"it is now {value}" in refused.value.message
    assert snapshot() == before
    assert ImportPreview.objects.get(pk=preview.pk).status == "open"


def test_another_user_cannot_apply_a_preview(world):
    preview = _preview(world)
    before = snapshot()
    with pytest.raises(ImportPreview.DoesNotExist):
        previews.preview_apply(actor=world["other"], preview=preview)
    assert snapshot() == before
    assert ImportPreview.objects.get(pk=preview.pk).status == "open"


def test_a_preview_with_a_refused_row_or_nothing_to_change_cannot_be_applied(world):
    refused = _preview(world, GOOD + b"M9,T0,202401,1,\n")
    assert refused.counts["refused"] == 1 and not refused.applicable
    before = snapshot()
    with pytest.raises(DomainError, match="1 row\\(s\\) of this file are refused"):
        previews.preview_apply(actor=world["reporter"], preview=refused)
    same = _preview(world, csv("M2,T0,202401,3,"))
    assert same.counts == {"refused": 0, "changed": 0, "new": 0, "unchanged": 1}
    with pytest.raises(DomainError, match="Nothing to apply"):
        previews.preview_apply(actor=world["reporter"], preview=same)
    assert snapshot() == before


def test_an_expired_preview_is_refused(world):
    preview = _preview(world)
    preview.created_at = timezone.now() - timedelta(hours=25)
    preview.save()
    with pytest.raises(DomainError, match="more than 24 hours old"):
        previews.preview_apply(actor=world["reporter"], preview=preview)
    assert _figure("M0") is None


def test_the_apply_runs_the_checks_again(world):
    """A right lost since the preview refuses the apply, as it refuses an import."""
    preview = _preview(world)
    county = world["reporter"].orgunit
    user_ensure(username="rep", password="x", orgunit=county, roles=[], validate=False)
    moved = user_ensure(  # now reports for Town 1 only
        username="rep", password="x", orgunit=world["towns"][1], roles=["reporter"], validate=False
    )
    before = snapshot()
    with pytest.raises(DomainError, match="No unit with code T0 that you may report for"):
        previews.preview_apply(actor=moved, preview=preview)
    assert snapshot() == before


def test_the_command_dry_run_prints_the_counts_and_writes_nothing(world, tmp_path, capsys):
    path = tmp_path / "figures.csv"
    path.write_bytes(GOOD)
    before = snapshot()
    call_command("import_data", str(path), "--user", "rep", "--dry-run")
    out = capsys.readouterr().out
    assert "1 new, 1 changed, 1 unchanged, 0 refused" in out
    path.write_bytes(GOOD + b"M9,T0,202401,1,\n")
    with pytest.raises(CommandError, match="1 row\\(s\\) refused"):
        call_command("import_data", str(path), "--user", "rep", "--dry-run")
    assert "No indicator with code M9" in capsys.readouterr().err
    assert snapshot() == before
    assert not ImportPreview.objects.exists()  # the command keeps no preview
