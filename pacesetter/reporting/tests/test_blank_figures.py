"""A figure the unit owes for the month and left empty holds the report back until the unit
either enters it or says in the cell's comment why there is none."""

from decimal import Decimal

import pytest
from django.test import Client

from pacesetter.accounts.models import User
from pacesetter.catalogue.models import Measure
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.orgunits.models import OrgUnit
from pacesetter.reporting import services as rs
from pacesetter.reporting.models import Report
from pacesetter.reporting.selectors import owed_indicators

pytestmark = pytest.mark.django_db
NOV, DEC = Period.parse("202311"), Period.parse("202312")


@pytest.fixture
def fuxi(demo):
    unit = OrgUnit.objects.get(name="富溪镇")
    reporter = User.objects.get(username="reporter-fuxi")
    owed = sorted({i.measure for i in owed_indicators(orgunit=unit, year=2023)}, key=str)
    # A level figure (aggregation "last") left blank is carried over from last month on
    # submit; a cumulative one has no such default.
    blank = next(m for m in owed if m.aggregation == Measure.Aggregation.CUMULATIVE)
    assert len(owed) >= 2
    return unit, reporter, owed, blank


def _give_all_but(reporter, unit, period, owed, blank):
    values = {m: (Decimal("2"), "已核实") for m in owed if m != blank}
    rs.report_save_values(actor=reporter, orgunit=unit, period=period, values=values)


def test_a_blank_owed_figure_is_named_and_the_month_stays_a_draft(fuxi):
    unit, reporter, owed, blank = fuxi
    _give_all_but(reporter, unit, NOV, owed, blank)
    with pytest.raises(rs.ValidationFailed) as refused:
        rs.report_submit(actor=reporter, orgunit=unit, period=NOV)
    assert [i.entry.measure for i in refused.value.issues] == [blank]
    assert blank.name in refused.value.message
    assert Report.objects.get(orgunit=unit, period="202311").state == "draft"


def test_a_reason_in_the_blank_cells_comment_lets_the_month_through(fuxi):
    unit, reporter, owed, blank = fuxi
    _give_all_but(reporter, unit, NOV, owed, blank)
    rs.report_save_values(
        actor=reporter, orgunit=unit, period=NOV, values={blank: (None, "本月无新签约项目")}
    )
    report = rs.report_submit(actor=reporter, orgunit=unit, period=NOV)
    assert report.state in ("submitted", "signed")
    kept = DataValue.objects.get(measure=blank, orgunit=unit, period="202311")
    assert kept.value is None and kept.comment == "本月无新签约项目"


def test_a_quarterly_figure_is_owed_only_at_the_quarters_end(fuxi):
    unit, reporter, owed, blank = fuxi
    Measure.objects.filter(pk=blank.pk).update(frequency=Measure.Frequency.QUARTER)
    _give_all_but(reporter, unit, NOV, owed, blank)
    assert rs.report_submit(actor=reporter, orgunit=unit, period=NOV).state != "draft"
    _give_all_but(reporter, unit, DEC, owed, blank)
    with pytest.raises(rs.ValidationFailed):
        rs.report_submit(actor=reporter, orgunit=unit, period=DEC)


def test_the_page_tells_the_reporter_which_figure_is_missing(fuxi):
    unit, reporter, owed, blank = fuxi
    _give_all_but(reporter, unit, NOV, owed, blank)
    client = Client()
    client.force_login(reporter)
    page = client.post(f"/reports/{unit.code}/202311/submit/", follow=True).content.decode()
    assert blank.name in page
    assert Report.objects.get(orgunit=unit, period="202311").state == "draft"
