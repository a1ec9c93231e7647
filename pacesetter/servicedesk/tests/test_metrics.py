from datetime import date

import pytest

from pacesetter.servicedesk import services as sd
from pacesetter.servicedesk.models import Category
from pacesetter.servicedesk.selectors import metrics

pytestmark = pytest.mark.django_db
OCTOBER = (date(2023, 10, 1), date(2023, 10, 31))


@pytest.fixture
def month(desk, clock):
    """Three requests of October 2023 to 审批服务 (4 h / 5 days) and one to 招商引资."""
    approvals = Category.objects.get(code="SPFW")
    investment = Category.objects.get(code="ZSYZ")
    shenpi, shangwu = desk["reporter-shenpi"], desk["reporter-shangwu"]

    def filed(category, *at):
        clock.set(*at)
        return sd.request_file(
            actor=desk["enterprise"], category=category, title="咨询", description="请答复"
        )

    def step(service, user, request, *at):
        clock.set(*at)
        return service(actor=user, request=request, text="答复")

    # Answered after 1 h, resolved after 6 + 6.5 + 0.5 = 13 office hours (2 days): in time.
    a = filed(approvals, 2023, 10, 9, 9, 0)
    step(sd.request_reply, shenpi, a, 2023, 10, 9, 10, 0)
    step(sd.request_resolve, shenpi, a, 2023, 10, 11, 9, 0)
    # Answered after 5 office hours: late; resolved after 6 + 6 × 6.5 + 1 = 46 h: late.
    b = filed(approvals, 2023, 10, 10, 9, 0)
    step(sd.request_reply, shenpi, b, 2023, 10, 10, 16, 30)  # 3 h + 2 h
    step(sd.request_resolve, shenpi, b, 2023, 10, 19, 9, 30)
    # Unanswered, long past both due times.
    filed(approvals, 2023, 10, 12, 9, 0)
    c = filed(investment, 2023, 10, 12, 9, 0)
    step(sd.request_reply, shangwu, c, 2023, 10, 12, 9, 30)
    return desk


def _by(rows, key):
    return next(row for row in rows if row.key == key)


def test_metrics_per_category_give_medians_and_shares_in_time(month):
    figures = metrics(month["office"], *OCTOBER)
    approvals = _by(figures["categories"], "SPFW")
    assert (approvals.count, approvals.answered, approvals.resolved) == (3, 2, 2)
    assert approvals.median_response_hours == 3.0  # median of 1 h and 5 h
    # median of 13 h / 6.5 = 2 days and 46 h / 6.5 = 7.08 days
    assert approvals.median_resolution_days == 4.5
    # Answered in time: one of three (the unanswered one is overdue, so it counts).
    assert approvals.response_in_time == pytest.approx(1 / 3)
    assert approvals.resolution_in_time == pytest.approx(1 / 3)
    investment = _by(figures["categories"], "ZSYZ")
    assert (investment.count, investment.median_response_hours) == (1, 0.5)
    assert investment.response_in_time == 1.0


def test_metrics_per_unit_and_only_of_what_the_reader_may_see(month):
    units = metrics(month["office"], *OCTOBER)["units"]
    assert {row.key: row.count for row in units} == {"ZR-SPJ": 3, "ZR-SWJ": 1}
    own = metrics(month["reporter-shangwu"], *OCTOBER)["units"]
    assert {row.key: row.count for row in own} == {"ZR-SWJ": 1}
    assert metrics(month["enterprise-2"], *OCTOBER) == {"units": [], "categories": []}
    assert metrics(month["office"], date(2023, 11, 1), date(2023, 11, 30))["units"] == []
