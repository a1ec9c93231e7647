"""The monthly cycle in Chromium: fill, refuse a bad figure, submit, sign, return, fix, accept."""


import pytest

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]
GRID = "/entry/zherong-2023/350926100/202311/"
REPORT = "/reports/zherong-2023/350926100/202311/"


def test_a_month_goes_from_the_reporter_to_accepted(demo, page_for, live_server):
    investment, homestays = "#v-" + _pk("I10"), "#v-" + _pk("I07")

    reporter = page_for("reporter-shuangcheng")
    reporter.goto(live_server.url + GRID)
    reporter.fill(investment, "-3")
    reporter.fill(homestays, "2")
    reporter.click("#save-draft")
    error = reporter.locator("[role=alert]").first
    error.wait_for()
    assert "新签约工业、服务业项目投资" in error.inner_text()
    reporter.fill(investment, "0.62")
    reporter.click("#save-draft")
    reporter.get_by_role("status").wait_for()
    reporter.click("#submit-report")
    assert reporter.locator("#report-state").inner_text() == "已提交"

    head = page_for("head-shuangcheng")
    head.goto(live_server.url + "/reviews/")
    head.locator("tr", has_text="202311").locator("a").click()
    head.click("#sign")
    assert head.locator("#report-state").inner_text() == "负责人已签批"

    office = page_for("office")
    office.goto(live_server.url + REPORT)
    office.fill("#return-reason", "签约额与招商台账不符，请核对")
    office.click("#return")
    assert office.locator("#report-state").inner_text() == "已退回"

    reporter.goto(live_server.url + "/inbox/")
    assert "签约额与招商台账不符，请核对" in reporter.locator(".inbox").inner_text()
    reporter.goto(live_server.url + GRID)
    reporter.fill(investment, "0.58")
    reporter.click("#save-draft")
    reporter.get_by_role("status").wait_for()
    reporter.click("#submit-report")
    head.goto(live_server.url + REPORT)
    head.click("#sign")
    office.goto(live_server.url + REPORT)
    office.click("#accept")
    assert office.locator("#report-state").inner_text() == "已审核"
    history = office.locator(".transitions").inner_text()
    assert history.count("→") == 6 and "签约额与招商台账不符" in history

    office.goto(live_server.url + "/plans/zherong-2023/?period=202311")
    row = office.locator("tr", has_text="新签约工业、服务业项目投资").inner_text()
    assert "2023-11" in row
    assert not [e for e in reporter.errors + head.errors + office.errors if "404" not in e]


def _pk(code: str) -> str:
    from pacesetter.indicators.models import Indicator

    return str(Indicator.objects.get(code=code).pk)
