"""The monthly cycle in Chromium: fill, refuse a bad figure, submit, sign, return, fix, accept;
and a township without a head whose one figure serves the county's and the city's plan."""

from decimal import Decimal

import pytest

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]
GRID = "/entry/350926100/202311/"
REPORT = "/reports/350926100/202311/"
FUXI_GRID = "/entry/350926101/202311/"
FUXI_REPORT = "/reports/350926101/202311/"
DASHBOARD = "/plans/zherong-2023/?period=202311"
CITY_RANKING = "/plans/ningde-2023/ranking/?period=202311&indicator=N1"
INVESTMENT = "新签约工业、服务业项目投资"


def test_a_month_goes_from_the_reporter_to_accepted(demo, page_for, live_server):
    investment, homestays = "#v-" + _pk("ZR-I10"), "#v-" + _pk("ZR-I07")

    reporter = page_for("reporter-shuangcheng")
    reporter.goto(live_server.url + GRID)
    reporter.fill(investment, "-3")
    reporter.fill(homestays, "2")
    reporter.click("#save-draft")
    error = reporter.locator("[role=alert]").first
    error.wait_for()
    assert INVESTMENT in error.inner_text()
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
    reporter.goto(live_server.url + "/entry/")
    assert "签约额与招商台账不符，请核对" in reporter.locator(".open-months").inner_text()
    reporter.goto(live_server.url + GRID)
    assert "签约额与招商台账不符，请核对" in reporter.locator("#return-reason").inner_text()
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

    office.goto(live_server.url + DASHBOARD)
    row = office.locator("tr", has_text=INVESTMENT).first.inner_text()
    assert "2023-11" in row
    assert not [e for e in reporter.errors + head.errors + office.errors if "404" not in e]


def test_one_figure_from_a_township_without_a_head_serves_both_plans(demo, page_for, live_server):
    from pacesetter.datavalues.models import DataValue

    office = page_for("office")
    office.goto(live_server.url + DASHBOARD)
    dashboard_before = office.locator("tr", has_text=INVESTMENT).first.inner_text()
    office.goto(live_server.url + CITY_RANKING)
    ranking_before = office.locator("#ranking-table tr", has_text="柘荣县").inner_text()

    # On a phone: one report for the month, every field labelled, the city plan shown beside.
    reporter = page_for("reporter-fuxi", width=390)
    reporter.goto(live_server.url + FUXI_GRID)
    unlabelled = reporter.evaluate("""() => [...document.querySelectorAll(
        '#grid input:not([type=hidden])')].filter(i => !(i.getAttribute('aria-label') ||
        (i.id && document.querySelector(`label[for="${i.id}"]`)))).map(i => i.name)""")
    assert reporter.locator("#grid input:not([type=hidden])").count() >= 4
    assert unlabelled == []
    row = reporter.locator("#grid tr", has_text=INVESTMENT)
    assert "ningde-2023" in row.inner_text()  # the city plan reads this same figure
    assert reporter.locator("#grid tr", has_text=INVESTMENT).count() == 1
    reporter.fill("#v-" + _pk("ZR-I10"), "0.5")
    reporter.fill("#c-" + _pk("ZR-I10"), "签约两个项目")
    reporter.click("#save-draft")
    reporter.get_by_role("status").wait_for()
    reporter.click("#submit-report")
    # No unit head at 富溪镇: the signing step is skipped, recorded, and the office is told.
    assert reporter.locator("#report-state").inner_text() == "负责人已签批"
    assert "系统" in reporter.locator(".transitions").inner_text()

    office.goto(live_server.url + DASHBOARD)  # submitted is not accepted: nothing moves yet
    assert office.locator("tr", has_text=INVESTMENT).first.inner_text() == dashboard_before
    office.goto(live_server.url + "/inbox/")
    office.locator(".inbox a", has_text="富溪镇").first.click()
    assert office.url.endswith(FUXI_REPORT)
    assert "0.5" in office.locator("table.goals").inner_text()
    office.click("#accept")
    assert office.locator("#report-state").inner_text() == "已审核"

    office.goto(live_server.url + DASHBOARD)
    dashboard_after = office.locator("tr", has_text=INVESTMENT).first.inner_text()
    assert "(2023-11)" not in dashboard_before and "(2023-11)" in dashboard_after
    assert _amount(dashboard_after) - _amount(dashboard_before) == Decimal("0.5")

    # The city reads 柘荣县 once the county's own month is accepted by the city's office: its
    # N1 is the sum of its towns, 富溪镇's accepted figure included, never entered again.
    county = page_for("reporter-zherong")
    county.goto(live_server.url + "/entry/350926/202311/")
    assert county.locator("#grid tr", has_text=INVESTMENT).count() == 0
    county.fill("#v-" + _pk("ND-N2"), "6")
    county.fill("#c-" + _pk("ND-N2"), "按项目台账汇总")
    county.click("#save-draft")
    county.get_by_role("status").wait_for()
    county.click("#submit-report")
    city = page_for("office-ningde")
    city.goto(live_server.url + "/reviews/")
    city.locator("tr", has_text="柘荣县").locator("a").click()
    city.click("#accept")
    assert city.locator("#report-state").inner_text() == "已审核"
    city.goto(live_server.url + CITY_RANKING)
    ranking_after = city.locator("#ranking-table tr", has_text="柘荣县").inner_text()
    city.goto(live_server.url + "/plans/ningde-2023/units/350926/?period=202311")
    n1 = city.locator("tr", has_text="新签约项目投资").first.inner_text()
    assert ranking_after != ranking_before
    assert _amount(n1) == _amount(dashboard_after)  # the county's plan and the city's agree
    # Entered once: one figure, the township's; the county's is the sum of its towns.
    assert list(
        DataValue.objects.filter(measure__code="ZR-I10", period="202311").values_list(
            "orgunit__code", "value"
        )
    ) == [("350926101", Decimal("0.5"))]
    assert not [
        e for e in reporter.errors + office.errors + county.errors + city.errors if "404" not in e
    ]


def _amount(row_text: str) -> Decimal:
    """The year-to-date amount of an indicator row: "23.62 亿元 (2023-11)" → 23.62."""
    import re

    return Decimal(re.search(r"([\d.]+) 亿元 \(", row_text).group(1))


def _pk(code: str) -> str:
    from pacesetter.catalogue.models import Measure

    return str(Measure.objects.get(code=code).pk)
