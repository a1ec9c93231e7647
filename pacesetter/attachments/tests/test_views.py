"""Downloading and uploading through the web: files are read only by those who may read what
they are attached to; everyone else gets the same 404 as for a file that does not exist."""

from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from pacesetter.attachments.models import Attachment
from pacesetter.attachments.services import attach
from pacesetter.projects.services import problem_raise, progress_set
from pacesetter.reporting.models import Report

from .conftest import pdf_bytes, png_bytes, upload


def _upload_url(problem):
    return reverse("attachments:upload", args=["projects.problem", problem.pk])


def _post(client, problem, name, data, next="/projects/"):
    return client.post(_upload_url(problem), {"file": upload(name, data), "next": next})


def _messages(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.mark.parametrize(("name", "data"), [("现场.png", png_bytes()), ("批复.pdf", pdf_bytes())])
def test_an_uploaded_file_downloads_under_its_name(client, world, name, data):
    client.force_login(world["reporter"])
    response = _post(client, world["problem"], name, data)
    assert response.status_code == 302 and response.url == "/projects/"
    assert _messages(response) == [f"{name} attached."]
    attachment = Attachment.objects.get()
    response = client.get(reverse("attachments:download", args=[attachment.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == data
    assert response["Content-Disposition"].startswith("attachment;")
    assert "filename*=utf-8''" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_refused_upload_redirects_with_the_reason(client, world):
    client.force_login(world["reporter"])
    response = _post(client, world["problem"], "photo.jpg", b"MZ\x90\x00" + b"\x00" * 64)
    assert response.status_code == 302
    assert _messages(response) == [
        "photo.jpg is a program, not a document or a picture; it cannot be attached."
    ]
    assert not Attachment.objects.exists()


def test_no_file_and_an_unsafe_next_are_handled(client, world):
    client.force_login(world["reporter"])
    response = client.post(_upload_url(world["problem"]), {"next": "https://evil.example/"})
    assert response.status_code == 302 and response.url == "/"
    assert _messages(response) == ["Choose a file to attach."]


def test_a_reader_who_may_not_enter_is_told_so(client, world):
    client.force_login(world["office"])
    response = _post(client, world["problem"], "a.png", png_bytes())
    assert _messages(response) == ["You may not attach files here."]
    assert not Attachment.objects.exists()


def test_another_units_user_gets_404_for_download_and_upload(client, world):
    kept = attach(
        actor=world["reporter"], obj=world["problem"], upload=upload("a.png", png_bytes())
    )
    client.force_login(world["stranger"])
    assert client.get(reverse("attachments:download", args=[kept.pk])).status_code == 404
    assert client.get(reverse("attachments:download", args=[kept.pk + 1])).status_code == 404
    assert _post(client, world["problem"], "b.png", png_bytes()).status_code == 404
    assert Attachment.objects.count() == 1


def test_an_unregistered_kind_is_404(client, world):
    client.force_login(world["reporter"])
    url = reverse("attachments:upload", args=["accounts.user", world["reporter"].pk])
    assert client.post(url, {"file": upload("a.png", png_bytes())}).status_code == 404


def test_a_draft_reports_problem_files_stay_with_the_unit_until_submitted(client, world):
    problem = problem_raise(
        actor=world["reporter"], project=world["project"], description="缺资金", period="202405"
    )
    kept = attach(actor=world["reporter"], obj=problem, upload=upload("a.png", png_bytes()))
    url = reverse("attachments:download", args=[kept.pk])
    client.force_login(world["office"])
    assert client.get(url).status_code == 404
    Report.objects.create(orgunit=problem.owner, period="202405", state="submitted")
    assert client.get(url).status_code == 200


def test_anonymous_is_sent_to_login(client, world):
    kept = attach(
        actor=world["reporter"], obj=world["problem"], upload=upload("a.png", png_bytes())
    )
    response = client.get(reverse("attachments:download", args=[kept.pk]))
    assert response.status_code == 302 and "/login/" in response.url
    response = _post(client, world["problem"], "b.png", png_bytes())
    assert response.status_code == 302 and "/login/" in response.url
    assert Attachment.objects.count() == 1


def test_progress_photos_follow_the_months_report(client, world):
    progress = progress_set(
        actor=world["reporter"],
        project=world["project"],
        period="202405",
        investment=Decimal(5),
        narrative="路基完成",
    )
    client.force_login(world["reporter"])
    url = reverse("attachments:upload", args=["projects.progressreport", progress.pk])
    client.post(url, {"file": upload("工地.png", png_bytes()), "next": "/"})
    kept = Attachment.objects.get()
    download = reverse("attachments:download", args=[kept.pk])
    assert client.get(download).status_code == 200
    client.force_login(world["office"])
    assert client.get(download).status_code == 404
    Report.objects.create(orgunit=world["project"].lead_unit, period="202405", state="submitted")
    assert client.get(download).status_code == 200
    client.force_login(world["stranger"])
    assert client.get(download).status_code == 404
