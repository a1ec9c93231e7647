"""The brief on a phone: the leader's screen fits 390 px without sideways scrolling, and the
first item opens its detail page, which offers the instruction one tap further."""

import os

import pytest

from pacesetter.demo.supervision import load_demo_supervision

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]
SHOTS = os.environ.get("PACESETTER_BRIEF_SHOTS", "")  # a folder: screenshots for a look


def test_the_leaders_brief_on_a_phone(demo, page_for, live_server):
    load_demo_supervision(demo)
    page = page_for("leader", width=390)
    with page.expect_navigation():
        page.click("#brief-link")
    assert page.url.endswith("/brief/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/brief-390.png", full_page=True)
    first = page.locator(".brief-place, .brief-item").first
    href = first.get_attribute("href")
    box = first.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 300  # a thumb's target
    with page.expect_navigation():
        first.click()
    assert page.url == live_server.url + href and "/plans/" in href
    assert page.locator("h1").count() == 1
    assert page.locator("a.instruct").count() >= 1  # one tap to write an instruction
    assert page.errors == []

    wide = page_for("leader", width=1366)
    wide.goto(live_server.url + "/brief/")
    assert wide.evaluate("document.documentElement.scrollWidth") <= 1366
    if SHOTS:
        wide.screenshot(path=f"{SHOTS}/brief-1366.png", full_page=True)
