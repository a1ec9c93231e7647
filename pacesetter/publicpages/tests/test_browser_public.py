"""The issue's check in Chromium, without signing in: a published plan's public page opens and
shows no draft figure; an unpublished plan's public page is not found."""

import pytest

from pacesetter.accounts.models import User
from pacesetter.catalogue.models import Measure
from pacesetter.datavalues.models import DataValue
from pacesetter.datavalues.services import datavalue_set
from pacesetter.orgunits.models import OrgUnit
from pacesetter.publicpages.tests.helpers import PLAN, publish
from pacesetter.reporting.models import Report
from pacesetter.reporting.services import report_reopen

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


@pytest.fixture
def visitor(browser):
    contexts = []

    def make(width: int):
        context = browser.new_context(viewport={"width": width, "height": 900}, locale="zh-CN")
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
        return page

    yield make
    for context in contexts:
        context.close()


def _reopen() -> None:
    """富溪镇's October goes back to the town for a correction."""
    report = Report.objects.get(orgunit__name="富溪镇", period="202310")
    report_reopen(actor=User.objects.get(username="office"), report=report, reason="核对口径")


def _draft_figure() -> None:
    """A bigger investment figure typed into the reopened month, not submitted."""
    fuxi, measure = OrgUnit.objects.get(name="富溪镇"), Measure.objects.get(code="ZR-I10")
    october = DataValue.objects.get(measure=measure, orgunit=fuxi, period="202310")
    datavalue_set(
        actor=User.objects.get(username="reporter-fuxi"),
        measure=measure,
        orgunit=fuxi,
        period="202310",
        value=october.value + 50,
        comment="补录签约项目",
    )


def test_the_published_plan_opens_without_login_and_shows_no_draft(demo, visitor, live_server):
    publish(rankings=True)
    _reopen()
    page = visitor(390)
    url = f"{live_server.url}/public/{PLAN}/"
    assert page.goto(url).status == 200
    assert "柘荣县2023年" in page.locator("h1").inner_text()
    goals = page.locator("#public-goals")
    assert "≥ 130 个" in goals.inner_text()
    before = goals.inner_text()
    # The phone reads it without scrolling sideways.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.screenshot(path="/tmp/public-390.png", full_page=True)

    _draft_figure()
    page.reload()
    assert page.locator("#public-goals").inner_text() == before
    assert page.locator("a[href^='/plans/'], a[href^='/entry/']").count() == 0
    assert page.locator("form").count() == 1  # the language switch only
    assert not page.errors

    wide = visitor(1366)
    wide.goto(url)
    wide.screenshot(path="/tmp/public-1366.png", full_page=True)
    assert not wide.errors


def test_an_unpublished_plans_public_page_is_not_found(demo, visitor, live_server):
    publish()
    page = visitor(1366)
    assert page.goto(f"{live_server.url}/public/ningde-2023/").status == 404
