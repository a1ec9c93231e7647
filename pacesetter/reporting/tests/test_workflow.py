from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from pacesetter.accounts.models import User
from pacesetter.core.exceptions import DomainError, InvalidTransition
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.inbox.models import Notification
from pacesetter.indicators.models import Indicator
from pacesetter.orgunits.models import OrgUnit
from pacesetter.reporting import services as rs
from pacesetter.reporting.selectors import review_queue

pytestmark = pytest.mark.django_db
NOV = Period.parse("202311")


@pytest.fixture
def world(demo):
    users = {u.username: u for u in User.objects.all()}
    town = OrgUnit.objects.get(name="双城镇")
    report = rs.report_open(actor=users["reporter-shuangcheng"], plan=demo, orgunit=town, period=NOV)
    investment = Indicator.objects.get(code="I10")
    return users, report, investment


def test_the_full_path_from_draft_to_accepted_is_recorded(world):
    users, report, investment = world
    rs.report_save_values(actor=users["reporter-shuangcheng"], report=report,
                          values={investment: (Decimal("0.6"), "")})
    report = rs.report_submit(actor=users["reporter-shuangcheng"], report=report)
    report = rs.report_sign(actor=users["head-shuangcheng"], report=report)
    report = rs.report_accept(actor=users["office"], report=report)
    assert report.state == "accepted"
    assert [(t.from_state, t.to_state, t.actor.username) for t in report.transitions.all()] == [
        ("draft", "submitted", "reporter-shuangcheng"), ("submitted", "signed", "head-shuangcheng"),
        ("signed", "accepted", "office")]
    assert DataValue.objects.get(indicator=investment, orgunit=report.orgunit, period="202311").state == "accepted"


def test_an_accepted_report_is_locked(world):
    users, report, investment = world
    rs.report_submit(actor=users["reporter-shuangcheng"], report=report)
    rs.report_sign(actor=users["head-shuangcheng"], report=report)
    rs.report_accept(actor=users["office"], report=report)
    with pytest.raises(InvalidTransition, match="不能修改"):
        rs.report_save_values(actor=users["reporter-shuangcheng"], report=report,
                              values={investment: (Decimal("9"), "")})


def test_returning_needs_a_reason_and_tells_the_reporter(world):
    users, report, _ = world
    rs.report_submit(actor=users["reporter-shuangcheng"], report=report)
    rs.report_sign(actor=users["head-shuangcheng"], report=report)
    with pytest.raises(DomainError, match="原因"):
        rs.report_return(actor=users["office"], report=report, reason="  ")
    rs.report_return(actor=users["office"], report=report, reason="签约额与招商台账不符")
    note = Notification.objects.get(user=users["reporter-shuangcheng"])
    assert "签约额与招商台账不符" in note.message


def test_reopening_an_accepted_report_needs_a_reason(world):
    users, report, _ = world
    rs.report_submit(actor=users["reporter-shuangcheng"], report=report)
    rs.report_sign(actor=users["head-shuangcheng"], report=report)
    rs.report_accept(actor=users["office"], report=report)
    with pytest.raises(DomainError):
        rs.report_reopen(actor=users["office"], report=report, reason="")
    report = rs.report_reopen(actor=users["office"], report=report, reason="统计口径更正")
    assert report.state == "returned" and report.transitions.last().reason == "统计口径更正"


def test_skipping_the_unit_heads_signature_is_refused(world):
    users, report, _ = world
    rs.report_submit(actor=users["reporter-shuangcheng"], report=report)
    with pytest.raises(InvalidTransition):
        rs.report_accept(actor=users["office"], report=report)


@pytest.mark.parametrize("who", ["reporter-fuxi", "leader", "reporter-gongxin"])
def test_others_cannot_enter_figures_for_shuangcheng(world, who):
    users, report, investment = world
    with pytest.raises(PermissionDenied):
        rs.report_save_values(actor=users[who], report=report, values={investment: (Decimal(1), "")})
    assert not DataValue.objects.filter(period="202311").exists()


def test_a_negative_figure_is_refused_and_names_the_indicator(world):
    users, report, investment = world
    with pytest.raises(rs.ValidationFailed, match="新签约工业、服务业项目投资") as err:
        rs.report_save_values(actor=users["reporter-shuangcheng"], report=report,
                              values={investment: (Decimal("-1"), "")})
    assert "I10" in err.value.fields
    assert not DataValue.objects.filter(period="202311").exists()


def test_a_large_jump_needs_a_comment_before_submission(world):
    users, report, investment = world
    rs.report_save_values(actor=users["reporter-shuangcheng"], report=report,
                          values={investment: (Decimal("5"), "")})
    with pytest.raises(rs.ValidationFailed, match="请在备注中说明"):
        rs.report_submit(actor=users["reporter-shuangcheng"], report=report)
    rs.report_save_values(actor=users["reporter-shuangcheng"], report=report,
                          values={investment: (Decimal("5"), "签约大项目一个")})
    assert rs.report_submit(actor=users["reporter-shuangcheng"], report=report).state == "submitted"


def test_the_review_queue_shows_each_role_what_waits_for_it(world):
    users, report, _ = world
    rs.report_submit(actor=users["reporter-shuangcheng"], report=report)
    assert report in review_queue(user=users["head-shuangcheng"])
    assert report not in review_queue(user=users["office"])
    rs.report_sign(actor=users["head-shuangcheng"], report=report)
    assert report in review_queue(user=users["office"])
    assert report not in review_queue(user=users["head-shuangcheng"])
