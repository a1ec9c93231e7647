"""The entry grid and the data page on a 390 px phone in Chromium: every field named (a label or
an aria-label naming the indicator), nothing wider than the screen, every button reachable."""

import pytest

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

WIDTH = 390
# Every field a person fills, with the name a screen reader gives it.
FIELDS = "main input:not([type=hidden]), main select, main textarea"
NAMES = """(q) => [...document.querySelectorAll(q)].map(e => [e.name,
  (e.getAttribute('aria-label') || [...(e.labels || [])].map(l => l.textContent).join(' ')).trim()])"""
OUTSIDE = """(w) => [...document.querySelectorAll('main button, main input, main select, main a')]
  .filter(e => e.offsetParent !== null && e.getBoundingClientRect().right > w + 1)
  .map(e => e.outerHTML.slice(0, 80))"""


def _check_fits(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH
    assert page.evaluate(OUTSIDE, WIDTH) == []
    unnamed = [name for name, label in page.evaluate(NAMES, FIELDS) if not label]
    assert unnamed == []


def test_a_reporter_enters_figures_on_a_phone(demo, page_for, live_server):
    from playwright.sync_api import expect

    page = page_for("reporter-gongxin", width=WIDTH)
    page.goto(live_server.url + "/entry/ZR-GXJ/202311/")
    _check_fits(page)
    first = page.locator("input.cell[id^=v-]").first
    label = page.locator(f"label[for={first.get_attribute('id')}]").inner_text()
    assert label.strip()  # the indicator's own name, not a bare input
    first.fill("1.5")
    save = page.locator("#save-draft")
    save.scroll_into_view_if_needed()
    expect(save).to_be_in_viewport()
    save.click()
    expect(page.get_by_role("status").filter(has_text="已保存")).to_be_visible()
    _check_fits(page)
    submit = page.locator("#submit-report")
    submit.scroll_into_view_if_needed()
    expect(submit).to_be_in_viewport()
    page.screenshot(path="/tmp/polish-entry-390.png", full_page=True)
    assert not [e for e in page.errors if "404" not in e]


def test_the_data_page_fits_a_phone(demo, page_for, live_server):
    from playwright.sync_api import expect

    page = page_for("reporter-gongxin", width=WIDTH)
    page.goto(live_server.url + "/data/")
    _check_fits(page)
    for button in page.locator("main button").all():
        button.scroll_into_view_if_needed()
        expect(button).to_be_in_viewport()
    page.screenshot(path="/tmp/polish-data-390.png", full_page=True)
    assert not [e for e in page.errors if "404" not in e]
