"""The issue's scenario in Chromium: a leader's instruction on a lagging project becomes a task
for 县工信局, which signs for it and reports it done with evidence in its monthly report; the
plan office returns it once, then verifies and closes it, and the dashboard's on-time rate moves."""

import io
from datetime import timedelta

import pytest
from django.utils import timezone
from PIL import Image

from pacesetter.supervision.models import Task

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]
DASHBOARD = "/plans/zherong-2023/?period=202310"


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def _step(page, step: str):
    with page.expect_navigation():
        page.locator(f"form[action$='/step/{step}/'] button[type=submit]").first.click()


def test_instruction_to_verified_closure(demo, page_for, live_server, settings, tmp_path):
    settings.PACESETTER_ATTACHMENTS_DIR = tmp_path
    office = page_for("office")
    office.goto(live_server.url + DASHBOARD)
    assert office.locator("#task-on-time").inner_text() == "—"

    leader = page_for("leader")
    leader.goto(live_server.url + "/plans/zherong-2023/projects/XM09/")
    with leader.expect_navigation():
        leader.locator("a[href^='/tasks/new/']").first.click()
    assert leader.locator("#id_title").input_value()  # pre-filled with the project
    leader.fill("#id_instruction", "二期地块供地滞后，请县工信局月底前协调落实并报结。")
    deadline = timezone.localdate() + timedelta(days=10)
    leader.fill("#id_deadline", deadline.isoformat())
    leader.check("#id_evidence_required")
    with leader.expect_navigation():
        leader.click("#issue-task")
    task = Task.objects.get(project__code="XM09")
    assert (task.lead_unit.code, task.plan.code) == ("ZR-GXJ", "zherong-2023")

    reporter = page_for("reporter-gongxin")
    report_page = live_server.url + "/entry/ZR-GXJ/202311/"
    reporter.goto(report_page)
    with reporter.expect_navigation():
        reporter.click(f"#sign-{task.code}")
    reporter.goto(report_page)
    reporter.set_input_files(
        "#report-tasks input[type=file]",
        files=[{"name": "供地批复.png", "mimeType": "image/png", "buffer": _png()}],
    )
    with reporter.expect_navigation():
        reporter.locator("#report-tasks form[enctype] button[type=submit]").click()
    reporter.goto(report_page)
    reporter.fill(f"#report-{task.code}", "已完成供地，附批复。")
    _step(reporter, "report")
    task.refresh_from_db()
    assert task.state == Task.State.REPORTED
    assert task.events.get(kind="reported").period == "202311"  # answered in the month's report

    office.goto(live_server.url + f"/tasks/{task.code}/")
    assert "供地批复.png" in office.inner_text("main")
    office.fill(f"#return-{task.code}", "请补充土地出让合同。")
    _step(office, "return")
    assert Task.objects.get(pk=task.pk).state == Task.State.RETURNED

    reporter.goto(report_page)
    reporter.fill(f"#report-{task.code}", "已补充出让合同。")
    _step(reporter, "report")

    office.goto(live_server.url + f"/tasks/{task.code}/")
    with office.expect_navigation():
        office.click(f"#close-{task.code}")
    task.refresh_from_db()
    assert (task.state, task.on_time) == (Task.State.CLOSED, True)
    kinds = list(task.events.values_list("kind", flat=True))
    assert kinds == ["created", "signed", "reported", "returned", "reported", "closed"]

    office.goto(live_server.url + DASHBOARD)
    assert office.locator("#task-on-time").inner_text() == "1/1 (100.0%)"
    for page in (office, leader, reporter):
        assert not page.errors
