"""On a project's page the lead unit's reporter attaches photos to the month's progress and
files to its problems; readers see the files, and only those who may add one get the form."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from pacesetter.accounts.models import User
from pacesetter.projects.models import ProgressReport

pytestmark = pytest.mark.django_db
PAGE = "/plans/zherong-2023/projects/XM09/?period=202310"


def _client(username: str) -> Client:
    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


def test_the_lead_units_reporter_adds_a_photo_to_the_latest_month(demo, settings, tmp_path):
    settings.PACESETTER_ATTACHMENTS_DIR = tmp_path
    shown = ProgressReport.objects.filter(project__code="XM09", period__lte="202310")
    latest = shown.order_by("-period").first()  # the page opens on October
    form = f"/attachments/upload/projects.progressreport/{latest.pk}/"
    reporter, leader = _client("reporter-gongxin"), _client("leader")
    assert form in reporter.get(PAGE).content.decode()
    assert form not in leader.get(PAGE).content.decode()
    picture = io.BytesIO()
    Image.new("RGB", (6, 6), (0, 120, 0)).save(picture, "JPEG")
    upload = SimpleUploadedFile("工地照片.jpg", picture.getvalue(), content_type="image/jpeg")
    response = reporter.post(form, {"file": upload, "next": PAGE})
    assert response.status_code == 302 and response.url == PAGE
    assert (
        "工地照片.jpg" in leader.get(PAGE).content.decode()
    )  # the month is accepted: readers see it
