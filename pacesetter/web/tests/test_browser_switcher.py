"""The plan switcher on a 390 px phone in Chromium: visible, labelled, inside the screen, and
choosing a plan opens it and keeps it as the home page."""

import re

import pytest

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


def test_a_reporter_switches_plans_on_a_phone(demo, page_for, live_server):
    from playwright.sync_api import expect

    page = page_for("reporter-fuxi", width=390)
    assert page.url.endswith("/plans/zherong-2023/")
    switcher = page.get_by_role("combobox", name="计划")
    expect(switcher).to_be_visible()
    expect(switcher).to_have_value("zherong-2023")
    box = switcher.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert page.evaluate("document.querySelector('header.topbar').scrollWidth") <= 390

    switcher.select_option("ningde-2023")
    page.wait_for_url(re.compile(r"/plans/ningde-2023/$"))
    expect(page.get_by_role("combobox", name="计划")).to_have_value("ningde-2023")
    page.goto(live_server.url + "/")
    assert page.url.endswith("/plans/ningde-2023/")
    assert not [e for e in page.errors if "404" not in e]
