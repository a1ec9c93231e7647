"""The leader's pages in Chromium on the demo: red list, period switch, ranking movement,
the indicator chart, the three languages and a phone-width layout."""

from pathlib import Path

import pytest

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]
DASHBOARD = "/plans/zherong-2023/?period=202310"
SHOTS = Path(__file__).resolve().parents[3] / "test-artifacts"


def _red_list(page) -> set[str]:
    return {a.inner_text() for a in page.locator("#red-list a").all()}


def test_the_dashboard_shows_octobers_red_indicators_and_follows_the_period(
    demo, page_for, live_server
):
    page = page_for("leader")
    page.goto(live_server.url + DASHBOARD)
    assert _red_list(page) == {
        "钢铁铸造产业产值",
        "僧服产业产值",
        "3A级旅游景区创建",
        "特色文化街区建设",
    }
    with page.expect_navigation():
        page.select_option("#period", "202306")
    assert "特色民宿建设" in _red_list(page) and "特色文化街区建设" not in _red_list(page)
    # Status is never colour alone: each badge carries a word.
    assert "✖ 滞后" in page.locator("#red-list").evaluate("e => document.body.innerText")
    assert not page.errors


def test_the_ranking_shows_movement(demo, page_for, live_server):
    page = page_for("leader")
    page.goto(live_server.url + "/plans/zherong-2023/ranking/?period=202310")
    table = page.locator("#ranking-table").inner_text()
    assert "↑1" in table and "↓1" in table
    # October of 双城镇 still waits for its head: listed last, unranked, said in words.
    last = page.locator("#ranking-table tbody tr").last.inner_text()
    assert "黄柏乡" in last and "◔ 尚未报送" in last and "最近审核：2023-09" in last
    waiting = page.locator("#ranking-table tr", has_text="双城镇").inner_text()
    assert waiting.startswith("—") and "尚未报送" in waiting
    assert "仅统计已审核的数据" in page.locator("#figures-basis").inner_text()
    page.locator("#ranking-table a", has_text="双城镇").click()
    assert page.locator("h1").inner_text() == "双城镇"


def test_the_indicator_chart_renders_without_console_errors(demo, page_for, live_server):
    page = page_for("leader")
    page.goto(live_server.url + DASHBOARD)
    page.locator("#red-list a", has_text="钢铁铸造产业产值").click()
    page.wait_for_selector("#indicator-chart svg path", state="attached")
    assert page.locator("#indicator-chart svg path").count() > 10  # axes, bars and the target line
    assert page.locator("#indicator-chart svg").count() == 1
    assert page.locator("#months tbody tr").count() == 10
    assert not page.errors


def test_the_three_languages_switch(demo, page_for, live_server):
    page = page_for("leader")
    page.goto(live_server.url + DASHBOARD)
    assert "红灯指标" in page.content()
    with page.expect_navigation():
        page.select_option("select[name=language]", "zh-hant")
    assert "紅燈指標" in page.content() and "柘榮縣" in page.locator("h1").inner_text()
    with page.expect_navigation():
        page.select_option("select[name=language]", "en")
    assert "Red list" in page.content() and "Battle map" in page.content()


@pytest.mark.parametrize("path", [DASHBOARD, "/plans/zherong-2023/ranking/?period=202310"])
def test_a_phone_shows_the_pages_without_sideways_scrolling(demo, page_for, live_server, path):
    page = page_for("leader", width=390)
    page.goto(live_server.url + path)
    SHOTS.mkdir(exist_ok=True)
    name = "ranking" if "ranking" in path else "dashboard"
    page.screenshot(path=str(SHOTS / f"phone-{name}.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


CHARTS = ("#chart-indicators", "#chart-ranking", "#chart-projects")


def _open_dashboard(page, url: str, width: int, height: int):
    page.on("pageerror", lambda e: page.errors.append(str(e)))  # uncaught script errors too
    page.set_viewport_size({"width": width, "height": height})
    page.goto(url)
    for chart in CHARTS:
        page.wait_for_selector(f"{chart}[data-drawn] svg path", state="attached")


def test_the_summary_fits_one_desktop_screen_with_its_charts(demo, page_for, live_server):
    page = page_for("leader", width=1366)
    _open_dashboard(page, live_server.url + DASHBOARD, 1366, 768)
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "dashboard-1366.png"))
    bottom = page.evaluate(
        "document.getElementById('dash-summary').getBoundingClientRect().bottom + scrollY"
    )
    assert bottom <= 768
    for chart in CHARTS:  # drawn: bars, axes and labels, not an empty box
        assert page.locator(f"{chart} svg path").count() > 10, chart
        assert page.locator(f"{chart} svg text").count() > 5, chart
    assert _red_list(page) == {
        "钢铁铸造产业产值",
        "僧服产业产值",
        "3A级旅游景区创建",
        "特色文化街区建设",
    }
    # The full tables stay below the summary.
    assert page.locator("#unit-ranking tbody tr").count() == 9
    assert page.locator("#goals").count() == 1 and page.locator("#completeness").count() == 1
    # A tooltip is drawn inside the chart (rich text), so the page's CSP has nothing to refuse.
    box = page.locator("#chart-ranking").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + 40)
    page.wait_for_timeout(300)
    assert not page.errors


def _bar_point(page, chart: str, value: float, row: int) -> tuple[float, float]:
    """Where a bar lies on the screen, asked of ECharts itself."""
    x, y = page.evaluate(
        """([sel, value, row]) => echarts.getInstanceByDom(document.querySelector(sel))
             .convertToPixel({xAxisIndex: 0, yAxisIndex: 0}, [value, String(row)])""",
        [chart, value, row],
    )
    box = page.locator(chart).bounding_box()
    return box["x"] + x, box["y"] + y


def test_clicking_a_ranking_bar_opens_the_unit_for_the_same_month(demo, page_for, live_server):
    page = page_for("leader", width=1366)
    _open_dashboard(page, live_server.url + DASHBOARD, 1366, 768)
    x, y = _bar_point(page, "#chart-ranking", 50, 0)  # the middle of the first bar: 富溪镇
    with page.expect_navigation():
        page.mouse.click(x, y)
    assert page.locator("h1").inner_text() == "富溪镇"
    assert page.url.endswith("?period=202310")
    assert not page.errors


def test_clicking_a_red_bar_opens_its_indicator(demo, page_for, live_server):
    page = page_for("leader", width=1366)
    _open_dashboard(page, live_server.url + DASHBOARD, 1366, 768)
    rows = page.evaluate("JSON.parse(document.getElementById('dashboard-data').textContent)")
    rows = rows["indicators"]["rows"]
    row = next(i for i, r in enumerate(rows) if r.get("label") == "钢铁铸造产业产值")
    x, y = _bar_point(page, "#chart-indicators", rows[row]["value"] / 2, row)
    with page.expect_navigation():
        page.mouse.click(x, y)
    assert page.locator("h1").inner_text() == "钢铁铸造产业产值"


def test_on_a_phone_the_charts_stack_without_sideways_scrolling(demo, page_for, live_server):
    page = page_for("leader", width=390)
    _open_dashboard(page, live_server.url + DASHBOARD, 390, 844)
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "dashboard-390.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    boxes = [page.locator(chart).bounding_box() for chart in CHARTS]
    for above, below in zip(boxes, boxes[1:], strict=False):
        assert below["y"] >= above["y"] + above["height"]  # one under the other
    for box in boxes:
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390 and box["width"] > 300
        assert box["height"] >= 9 * 24  # every bar has its row: readable, not squeezed
    assert not page.errors
