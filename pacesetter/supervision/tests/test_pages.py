"""The task pages as people use them: an instruction written from a project page, a task
answered in the monthly report, returned and closed by the office, and what others see."""

import io
import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from PIL import Image

from pacesetter.plans.models import Plan
from pacesetter.projects.models import Project
from pacesetter.supervision.models import Task
from pacesetter.supervision.services import task_step
from pacesetter.supervision.tests.worlds import county, issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    world = county()
    world["plan"] = Plan.objects.create(
        code="zr", name="柘荣计划", owner=world["root"], first_year=2024, last_year=2030
    )
    Plan.objects.filter(pk=world["plan"].pk).update(status="active")
    world["project"] = Project.objects.create(
        plan=world["plan"],
        code="XM9",
        name="工业园区标准厂房",
        lead_unit=world["GX"],
        total_investment=Decimal(500),
    )
    return world


def browse(user) -> Client:
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"  # the messages' own English text
    client.force_login(user)
    return client


def month() -> str:
    return timezone.localdate().strftime("%Y%m")


def text(response) -> str:
    return response.content.decode()


def test_a_leader_writes_an_instruction_from_the_project_page(world):
    leader = browse(world["leader"])
    page = text(leader.get("/plans/zr/projects/XM9/"))
    link = re.search(r'href="(/tasks/new/\?project=\d+)"', page).group(1)
    form = text(leader.get(link))
    assert 'value="工业园区标准厂房"' in form  # the title, pre-filled
    assert f'<option value="{world["GX"].pk}" selected>' in form  # the project's lead unit
    deadline = timezone.localdate() + timedelta(days=20)
    response = leader.post(
        link,
        {
            "title": "工业园区标准厂房",
            "instruction": "请县工信局月底前解决用地问题",
            "source": "instruction",
            "lead_unit": world["GX"].pk,
            "co_units": [world["FG"].pk],
            "deadline": deadline.isoformat(),
            "priority": "high",
        },
    )
    task = Task.objects.get()
    assert response.status_code == 302 and response.url == f"/tasks/{task.code}/"
    assert (task.project, task.plan, task.lead_unit) == (
        world["project"],
        world["plan"],
        world["GX"],
    )
    assert task.source == "instruction" and list(task.co_units.all()) == [world["FG"]]
    assert "工业园区标准厂房" in text(leader.get(response.url))


def test_the_instruction_link_and_form_are_only_for_those_who_instruct(world):
    reporter = browse(world["gx"])
    assert "/tasks/new/" not in text(reporter.get("/plans/zr/projects/XM9/"))
    assert reporter.get(f"/tasks/new/?project={world['project'].pk}").status_code == 404
    leader = browse(world["leader"])
    assert leader.get("/tasks/new/?project=999999").status_code == 404
    assert leader.get("/tasks/new/?project=abc").status_code == 404


def test_bad_input_on_the_instruction_form_is_explained_and_saves_nothing(world):
    leader = browse(world["leader"])
    yesterday = timezone.localdate() - timedelta(days=1)
    response = leader.post(
        "/tasks/new/?unit=GX&plan=zr",
        {
            "title": "x",
            "instruction": "  ",
            "source": "meeting",  # a leader writes instructions only
            "lead_unit": world["GX"].pk,
            "deadline": yesterday.isoformat(),
            "priority": "normal",
        },
    )
    assert response.status_code == 200
    assert "Select a valid choice" in text(response)
    assert not Task.objects.exists()
    response = leader.post(
        "/tasks/new/?unit=GX&plan=zr",
        {
            "title": "x",
            "instruction": "做",
            "source": "instruction",
            "lead_unit": world["GX"].pk,
            "deadline": yesterday.isoformat(),
            "priority": "normal",
        },
    )
    assert "The deadline has already passed." in text(response)
    assert not Task.objects.exists()


def _post_step(client, task, step, **extra):
    task.refresh_from_db()
    return client.post(f"/tasks/{task.code}/step/{step}/", {"version": task.version, **extra})


def test_a_reporter_signs_and_reports_from_the_monthly_report(world):
    task = issue(world)
    reporter = browse(world["gx"])
    entry = f"/entry/GX/{month()}/"
    page = text(reporter.get(entry))
    assert task.code in page and "Sign for" in page and "Report done" not in page
    response = _post_step(reporter, task, "sign", period=month(), next=entry)
    assert response.status_code == 302 and response.url == entry
    page = text(reporter.get(entry))
    assert "Signed for." in page and "Report done" in page
    _post_step(reporter, task, "feedback", text="已对接自然资源局", period=month(), next=entry)
    response = _post_step(reporter, task, "report", text="用地已落实", period=month(), next=entry)
    assert response.url == entry
    task.refresh_from_db()
    assert task.state == "reported"
    assert [(e.kind, e.period) for e in task.events.filter(kind__in=["feedback", "reported"])] == [
        ("feedback", month()),
        ("reported", month()),
    ]
    assert "in the report of" in text(reporter.get(f"/tasks/{task.code}/"))


def test_the_office_returns_then_verifies_and_closes(world):
    task = issue(world)
    task = task_step(actor=world["gx"], task=task, step="sign")
    task = task_step(actor=world["gx"], task=task, step="report", text="完成")
    office = browse(world["office"])
    page = text(office.get(f"/tasks/{task.code}/"))
    assert "Return" in page and "Verify and close" in page and "Sign for" not in page
    response = _post_step(office, task, "return", text=" ")
    assert response.status_code == 409 and "Write a few words." in text(response)
    _post_step(office, task, "return", text="请附批复文件")
    task.refresh_from_db()
    assert task.state == "returned"
    reporter = browse(world["gx"])
    assert "请附批复文件" in text(reporter.get(f"/tasks/{task.code}/"))
    _post_step(reporter, task, "report", text="已附批复")
    response = _post_step(office, task, "close")
    assert response.status_code == 302
    task.refresh_from_db()
    assert (task.state, task.on_time) == ("closed", True)
    page = text(reporter.get(f"/tasks/{task.code}/"))
    assert "Verified and closed" in page and "Report done</button>" not in page


def test_a_reporter_cannot_close_and_sees_no_office_buttons(world):
    task = issue(world)
    task = task_step(actor=world["gx"], task=task, step="sign")
    task = task_step(actor=world["gx"], task=task, step="report", text="完成")
    reporter = browse(world["gx"])
    assert "Verify and close" not in text(reporter.get(f"/tasks/{task.code}/"))
    response = _post_step(reporter, task, "close")
    assert response.status_code == 302
    task.refresh_from_db()
    assert task.state == "reported"
    assert "You may not take this step" in text(reporter.get(f"/tasks/{task.code}/"))


def test_another_units_user_gets_not_found(world):
    task = issue(world)
    other = browse(world["fg"])
    assert other.get(f"/tasks/{task.code}/").status_code == 404
    assert _post_step(other, task, "sign").status_code == 404
    assert other.get("/tasks/DB1999-0001/").status_code == 404
    assert task.code not in text(other.get("/tasks/"))


def test_a_stale_form_says_so_and_keeps_what_was_typed(world):
    task = issue(world)
    task = task_step(actor=world["gx"], task=task, step="sign")
    seen = task.version
    task_step(actor=world["office"], task=task, step="urge", text="请加快")
    response = browse(world["gx"]).post(
        f"/tasks/{task.code}/step/feedback/", {"version": seen, "text": "已完成一半"}
    )
    page = text(response)
    assert response.status_code == 409
    assert "Someone changed this task meanwhile" in page
    assert "已完成一半</textarea>" in page
    assert not task.events.filter(kind="feedback").exists()


def test_overdue_is_red_and_said_in_words(world):
    task = issue(world)
    Task.objects.filter(pk=task.pk).update(deadline=timezone.localdate() - timedelta(days=3))
    soon = issue(world, days=1)
    page = text(browse(world["gx"]).get("/tasks/"))
    assert re.search(r'class="due due-overdue">Overdue by 3 days<', page)
    assert re.search(r'class="due due-soon">Due in 1 days<', page)
    assert soon.code in page
    board = text(browse(world["office"]).get("/tasks/?due=overdue"))
    assert task.code in board and soon.code not in board


def test_the_board_counts_tasks_by_state_and_filters_by_unit(world):
    first = issue(world)
    issue(world, lead_unit=world["FG"], title="发改任务")
    task_step(actor=world["gx"], task=first, step="sign")
    office = browse(world["office"])
    page = text(office.get("/tasks/"))
    assert re.search(r"Signed for <strong>1</strong>", page)
    assert re.search(r"Assigned <strong>1</strong>", page)
    page = text(office.get("/tasks/?unit=FG"))
    assert "发改任务" in page and first.code not in page


def test_the_top_bar_counts_the_units_open_tasks(world):
    issue(world)
    issue(world)
    assert "Tasks (2)" in text(browse(world["gx"]).get("/tasks/"))
    assert "Tasks (2)" not in text(browse(world["fg"]).get("/tasks/"))


def test_evidence_is_asked_for_before_reporting_done(world):
    task = issue(world, evidence_required=True)
    task = task_step(actor=world["gx"], task=task, step="sign")
    reporter = browse(world["gx"])
    assert "This task needs evidence" in text(reporter.get(f"/tasks/{task.code}/"))
    response = _post_step(reporter, task, "report", text="完成")
    assert response.status_code == 409 and "attach a file" in text(response)
    task.refresh_from_db()
    assert task.state == "signed"


def test_an_extension_is_requested_then_granted(world):
    task = issue(world)
    task = task_step(actor=world["gx"], task=task, step="sign")
    later = task.deadline + timedelta(days=10)
    reporter = browse(world["gx"])
    response = reporter.post(
        f"/tasks/{task.code}/extension/",
        {"version": task.version, "deadline": later.isoformat(), "reason": "等待省里批复"},
    )
    assert response.status_code == 302
    office = browse(world["office"])
    page = text(office.get(f"/tasks/{task.code}/"))
    pk = re.search(rf"/tasks/{task.code}/extension/(\d+)/", page).group(1)
    response = office.post(f"/tasks/{task.code}/extension/{pk}/", {"grant": "0", "note": ""})
    assert response.status_code == 409 and "Say why the extension is refused." in text(response)
    office.post(f"/tasks/{task.code}/extension/{pk}/", {"grant": "1"})
    task.refresh_from_db()
    assert task.deadline == later


def test_evidence_uploaded_in_the_monthly_report_lets_the_unit_report_done(
    world, settings, tmp_path
):
    settings.PACESETTER_ATTACHMENTS_DIR = tmp_path
    task = issue(world, evidence_required=True)
    task = task_step(actor=world["gx"], task=task, step="sign")
    reporter, entry = browse(world["gx"]), f"/entry/GX/{month()}/"
    page = text(reporter.get(entry))
    upload = re.search(r'action="(/attachments/upload/supervision\.task/\d+/)"', page).group(1)
    image = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(image, "PNG")
    photo = SimpleUploadedFile("批复.png", image.getvalue(), content_type="image/png")
    assert reporter.post(upload, {"file": photo, "next": entry}).url == entry
    response = _post_step(reporter, task, "report", text="已附批复", period=month(), next=entry)
    assert response.url == entry
    task.refresh_from_db()
    assert task.state == "reported"
    assert "批复.png" in text(browse(world["office"]).get(f"/tasks/{task.code}/"))
    assert browse(world["fg"]).get(f"/tasks/{task.code}/").status_code == 404


def test_a_refused_report_from_the_monthly_report_keeps_its_month_for_the_retry(world):
    task = issue(world, evidence_required=True)
    task = task_step(actor=world["gx"], task=task, step="sign")
    entry = f"/entry/GX/{month()}/"
    response = _post_step(
        browse(world["gx"]), task, "report", text="已完成", period=month(), next=entry
    )
    page = text(response)
    assert response.status_code == 409 and "已完成</textarea>" in page
    assert f'name="period" value="{month()}"' in page and f'name="next" value="{entry}"' in page


def test_the_board_lists_a_bounded_page_and_counts_all(monkeypatch, client, settings):
    from pacesetter.supervision import views
    from pacesetter.supervision.tests.worlds import county, issue

    world = county()
    for n in range(4):
        issue(world, title=f"任务{n}", days=5 + n)
    monkeypatch.setattr(views, "BOARD_ROWS", 3)
    client.force_login(world["office"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = client.get("/tasks/").content.decode()
    assert page.count('class="indicator task-row"') == 3
    assert 'id="board-more"' in page and "<strong>4</strong>" in page
    only = client.get(f"/tasks/?unit={world['FG'].code}").content.decode()
    assert only.count('class="indicator task-row"') == 0
