"""Under the content security policy, Chromium blocks nothing on the dashboard, the indicator
chart (ECharts styles its elements from JavaScript, which the policy allows) and the entry grid."""

import pytest

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

# Runs before the page's own scripts; injected by the browser's tooling, so not itself blocked.
RECORD = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", e =>
  window.__violations.push(e.violatedDirective + " " + (e.blockedURI || "inline")));
"""


def _watched(page):
    page.context.add_init_script(RECORD)
    page.csp_messages = []
    page.on(
        "console",
        lambda m: page.csp_messages.append(m.text) if "Content Security Policy" in m.text else None,
    )
    return page


def _violations(page) -> list[str]:
    return page.evaluate("window.__violations") + page.csp_messages


def test_the_dashboard_and_its_chart_break_no_rule(demo, page_for, live_server):
    page = _watched(page_for("leader"))
    page.goto(live_server.url + "/plans/zherong-2023/?period=202310")
    # Completion bars are sized by classes (style attributes would be blocked): w-100 is full.
    full = page.locator(".bar .w-100").first
    assert full.evaluate("e => e.getBoundingClientRect().width") == pytest.approx(
        full.evaluate("e => e.parentElement.getBoundingClientRect().width")
    )
    with page.expect_navigation():  # the month picker submits from autosubmit.js
        page.select_option("#period", "202306")
    assert _violations(page) == []
    page.locator("#red-list a").first.click()
    page.wait_for_selector("#indicator-chart svg path", state="attached")
    assert page.locator("#indicator-chart svg path").count() > 10
    assert _violations(page) == []
    assert not page.errors


def test_the_entry_grid_breaks_no_rule(demo, page_for, live_server):
    page = _watched(page_for("reporter-fuxi"))
    page.goto(live_server.url + "/entry/350926101/202311/")
    page.locator("input.cell").first.wait_for()
    assert _violations(page) == []
    assert not page.errors


def test_a_blocked_inline_script_would_be_seen(demo, page_for, live_server):
    # The recorder works: an inline handler injected into the page is reported.
    page = _watched(page_for("leader"))
    page.goto(live_server.url + "/plans/zherong-2023/?period=202310")
    page.evaluate("document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=\"1\">')")
    page.wait_for_function("window.__violations.length > 0")
    assert any("script-src" in v for v in _violations(page))
