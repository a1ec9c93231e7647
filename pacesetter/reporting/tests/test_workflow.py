from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from pacesetter.accounts.models import User
from pacesetter.catalogue.models import Measure
from pacesetter.core.exceptions import DomainError, InvalidTransition
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.inbox.models import Notification
from pacesetter.orgunits.models import OrgUnit
from pacesetter.reporting import services as rs
from pacesetter.reporting.models import Report
from pacesetter.reporting.selectors import review_queue
from pacesetter.reporting.tests.filling import fill_owed

pytestmark = pytest.mark.django_db
NOV = Period.parse("202311")


@pytest.fixture
def world(demo):
    users = {u.username: u for u in User.objects.all()}
    town = OrgUnit.objects.get(name="双城镇")
    investment = Measure.objects.get(code="ZR-I10")
    return users, town, investment


def _inbox(user) -> list[str]:
    return list(Notification.objects.filter(user=user).values_list("message", flat=True))


def _steps(report) -> list[tuple]:
    return [
        (t.from_state, t.to_state, t.actor.username if t.actor else None)
        for t in report.transitions.all()
    ]


def test_the_full_path_from_draft_to_accepted_is_recorded(world):
    users, town, investment = world
    rs.report_save_values(
        actor=users["reporter-shuangcheng"],
        orgunit=town,
        period=NOV,
        values={investment: (Decimal("0.6"), "")},
    )
    report = rs.report_submit(actor=users["reporter-shuangcheng"], orgunit=town, period=NOV)
    report = rs.report_sign(actor=users["head-shuangcheng"], report=report)
    report = rs.report_accept(actor=users["office"], report=report)
    assert report.state == "accepted"
    assert _steps(report) == [
        ("draft", "submitted", "reporter-shuangcheng"),
        ("submitted", "signed", "head-shuangcheng"),
        ("signed", "accepted", "office"),
    ]
    assert (
        DataValue.objects.get(measure=investment, orgunit=town, period="202311").state == "accepted"
    )


def test_each_step_tells_the_next_person(world):
    users, town, _ = world
    fill_owed(users["reporter-shuangcheng"], town, NOV)
    report = rs.report_submit(actor=users["reporter-shuangcheng"], orgunit=town, period=NOV)
    assert any("双城镇" in m and "202311" in m for m in _inbox(users["head-shuangcheng"]))
    assert not _inbox(users["office"])  # the office hears of it once the head has signed
    rs.report_sign(actor=users["head-shuangcheng"], report=report)
    assert any("双城镇" in m and "202311" in m for m in _inbox(users["office"]))
    assert not _inbox(users["reporter-shuangcheng"])
    rs.report_accept(actor=users["office"], report=report)
    assert any("202311" in m for m in _inbox(users["reporter-shuangcheng"]))
    assert not _inbox(users["reporter-fuxi"])  # only the unit's own reporters


def test_a_unit_without_a_head_goes_straight_to_the_office(world):
    users, _, investment = world
    fuxi = OrgUnit.objects.get(name="富溪镇")
    rs.report_save_values(
        actor=users["reporter-fuxi"],
        orgunit=fuxi,
        period=NOV,
        values={investment: (Decimal("0.5"), "")},
    )
    report = rs.report_submit(actor=users["reporter-fuxi"], orgunit=fuxi, period=NOV)
    assert report.state == "signed"
    skipped = report.transitions.get(to_state="signed")
    assert skipped.actor is None and skipped.reason  # recorded as the system's, with why
    assert _steps(report) == [
        ("draft", "submitted", "reporter-fuxi"),
        ("submitted", "signed", None),
    ]
    assert any("富溪镇" in m for m in _inbox(users["office"]))
    assert report in review_queue(user=users["office"])
    rs.report_accept(actor=users["office"], report=report)
    assert any("202311" in m for m in _inbox(users["reporter-fuxi"]))
    assert (
        DataValue.objects.get(measure=investment, orgunit=fuxi, period="202311").state == "accepted"
    )


def test_an_office_accepts_the_units_below_it_never_its_own(world):
    users, _, _ = world
    county = OrgUnit.objects.get(name="柘荣县")
    pipeline = Measure.objects.get(code="ND-N2")  # the city plan's target for the county itself
    rs.report_save_values(
        actor=users["reporter-zherong"],
        orgunit=county,
        period=NOV,
        values={pipeline: (Decimal("7"), "")},
    )
    report = rs.report_submit(actor=users["reporter-zherong"], orgunit=county, period=NOV)
    assert report.state == "signed"
    assert report not in review_queue(user=users["office"])
    assert report in review_queue(user=users["office-ningde"])
    assert any("柘荣县" in m for m in _inbox(users["office-ningde"]))
    with pytest.raises(PermissionDenied):
        rs.report_accept(actor=users["office"], report=report)
    with pytest.raises(PermissionDenied):
        rs.report_return(actor=users["office"], report=report, reason="自己退自己")
    assert rs.report_accept(actor=users["office-ningde"], report=report).state == "accepted"


def test_an_accepted_report_is_locked(world):
    users, town, investment = world
    fill_owed(users["reporter-shuangcheng"], town, NOV)
    stored = DataValue.objects.get(measure=investment, orgunit=town, period="202311").value
    report = rs.report_submit(actor=users["reporter-shuangcheng"], orgunit=town, period=NOV)
    rs.report_sign(actor=users["head-shuangcheng"], report=report)
    rs.report_accept(actor=users["office"], report=report)
    with pytest.raises(InvalidTransition, match="不能修改"):
        rs.report_save_values(
            actor=users["reporter-shuangcheng"],
            orgunit=town,
            period=NOV,
            values={investment: (Decimal("9"), "")},
        )
    kept = DataValue.objects.get(measure=investment, orgunit=town, period="202311").value
    assert kept == stored != Decimal("9")


def test_returning_needs_a_reason_and_tells_the_reporter(world):
    users, town, investment = world
    fill_owed(users["reporter-shuangcheng"], town, NOV)
    report = rs.report_submit(actor=users["reporter-shuangcheng"], orgunit=town, period=NOV)
    rs.report_sign(actor=users["head-shuangcheng"], report=report)
    with pytest.raises(DomainError, match="原因"):
        rs.report_return(actor=users["office"], report=report, reason="  ")
    rs.report_return(actor=users["office"], report=report, reason="签约额与招商台账不符")
    note = Notification.objects.get(user=users["reporter-shuangcheng"])
    assert "签约额与招商台账不符" in note.message
    # Returned, the month is the unit's to edit again.
    rs.report_save_values(
        actor=users["reporter-shuangcheng"],
        orgunit=town,
        period=NOV,
        values={investment: (Decimal("0.4"), "")},
    )


def test_reopening_an_accepted_report_needs_a_reason(world):
    users, town, _ = world
    fill_owed(users["reporter-shuangcheng"], town, NOV)
    report = rs.report_submit(actor=users["reporter-shuangcheng"], orgunit=town, period=NOV)
    rs.report_sign(actor=users["head-shuangcheng"], report=report)
    rs.report_accept(actor=users["office"], report=report)
    with pytest.raises(DomainError):
        rs.report_reopen(actor=users["office"], report=report, reason="")
    report = rs.report_reopen(actor=users["office"], report=report, reason="统计口径更正")
    assert report.state == "returned" and report.transitions.last().reason == "统计口径更正"


def test_skipping_the_unit_heads_signature_is_refused(world):
    users, town, _ = world
    fill_owed(users["reporter-shuangcheng"], town, NOV)
    report = rs.report_submit(actor=users["reporter-shuangcheng"], orgunit=town, period=NOV)
    with pytest.raises(InvalidTransition):
        rs.report_accept(actor=users["office"], report=report)


@pytest.mark.parametrize("who", ["reporter-fuxi", "leader", "reporter-gongxin", "office"])
def test_others_cannot_enter_figures_for_shuangcheng(world, who):
    users, town, investment = world
    with pytest.raises(PermissionDenied):
        rs.report_save_values(
            actor=users[who], orgunit=town, period=NOV, values={investment: (Decimal(1), "")}
        )
    with pytest.raises(PermissionDenied):
        rs.report_submit(actor=users[who], orgunit=town, period=NOV)
    assert not DataValue.objects.filter(period="202311").exists()
    assert not Report.objects.filter(period="202311").exists()


def test_a_negative_figure_is_refused_and_names_the_indicator(world):
    users, town, investment = world
    with pytest.raises(rs.ValidationFailed, match="新签约工业、服务业项目投资") as err:
        rs.report_save_values(
            actor=users["reporter-shuangcheng"],
            orgunit=town,
            period=NOV,
            values={investment: (Decimal("-1"), "")},
        )
    assert "ZR-I10" in err.value.fields
    assert not DataValue.objects.filter(period="202311").exists()


def test_a_large_jump_needs_a_comment_before_it_is_saved(world):
    users, town, investment = world
    # A warning without its reason is refused on the grid as on every other channel.
    with pytest.raises(rs.ValidationFailed, match="请在备注中说明"):
        rs.report_save_values(
            actor=users["reporter-shuangcheng"],
            orgunit=town,
            period=NOV,
            values={investment: (Decimal("5"), "")},
        )
    assert not DataValue.objects.filter(measure=investment, orgunit=town, period="202311").exists()
    rs.report_save_values(
        actor=users["reporter-shuangcheng"],
        orgunit=town,
        period=NOV,
        values={investment: (Decimal("5"), "签约大项目一个")},
    )
    report = rs.report_submit(actor=users["reporter-shuangcheng"], orgunit=town, period=NOV)
    assert report.state == "submitted"


def test_the_review_queue_shows_each_role_what_waits_for_it(world):
    users, town, _ = world
    fill_owed(users["reporter-shuangcheng"], town, NOV)
    report = rs.report_submit(actor=users["reporter-shuangcheng"], orgunit=town, period=NOV)
    assert report in review_queue(user=users["head-shuangcheng"])
    assert report not in review_queue(user=users["office"])
    rs.report_sign(actor=users["head-shuangcheng"], report=report)
    assert report in review_queue(user=users["office"])
    assert report not in review_queue(user=users["head-shuangcheng"])
    for bystander in ("leader", "reporter-fuxi", "reporter-shuangcheng"):
        assert report not in review_queue(user=users[bystander])


def test_the_review_queue_puts_overdue_reports_first(world):
    users, _, investment = world
    fuxi = OrgUnit.objects.get(name="富溪镇")
    for month in ("202311", "202312"):
        rs.report_save_values(
            actor=users["reporter-fuxi"],
            orgunit=fuxi,
            period=Period.parse(month),
            values={investment: (Decimal("0.5"), "")},
        )
        fill_owed(users["reporter-fuxi"], fuxi, Period.parse(month))
    # December is submitted first, November later: on 20 December November is overdue
    # (due 5 December) and December is not (due 5 January), so November leads.
    rs.report_submit(actor=users["reporter-fuxi"], orgunit=fuxi, period=Period.parse("202312"))
    rs.report_submit(actor=users["reporter-fuxi"], orgunit=fuxi, period=NOV)
    queue = [
        (r.orgunit.name, r.period)
        for r in review_queue(user=users["office"], today=date(2023, 12, 20))
    ]
    assert queue.index(("富溪镇", "202311")) < queue.index(("富溪镇", "202312"))
    assert queue[-1] == ("富溪镇", "202312")
    assert ("黄柏乡", "202310") in queue  # the demo's October report still waits too
