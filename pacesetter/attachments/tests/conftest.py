import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from pypdf import PdfWriter

from pacesetter.accounts.services import user_ensure
from pacesetter.core import policy
from pacesetter.orgunits.services import orgunit_ensure
from pacesetter.plans.models import Plan
from pacesetter.projects.models import Project
from pacesetter.projects.services import problem_raise


@pytest.fixture(autouse=True)
def store(settings, tmp_path):
    settings.PACESETTER_ATTACHMENTS_DIR = tmp_path / "attachments"
    settings.PACESETTER_ATTACHMENT_MAX_MB = 1
    return tmp_path / "attachments"


@pytest.fixture
def world(db):
    """A county with two townships; a project led by one of them with a problem raised
    outside any report; a reporter in each township and a plan office at the county."""
    county = orgunit_ensure(code="C", name="县", kind="county")
    fuxi = orgunit_ensure(code="T1", name="富溪镇", kind="township", parent=county)
    other = orgunit_ensure(code="T2", name="双城镇", kind="township", parent=county)
    plan = Plan.objects.create(code="p", name="计划", owner=county, first_year=2024, last_year=2024)
    project = Project.objects.create(
        plan=plan, code="X1", name="道路", lead_unit=fuxi, total_investment=Decimal(100)
    )
    problem = problem_raise(actor=policy.SYSTEM, project=project, description="征地慢")

    def user(name, unit, role):
        return user_ensure(username=name, password="x", orgunit=unit, roles=[role], validate=False)

    return {
        "project": project,
        "problem": problem,
        "reporter": user("reporter", fuxi, "reporter"),
        "stranger": user("stranger", other, "reporter"),
        "office": user("office", county, "plan_office"),
    }


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 3), "red").save(out, format="PNG")
    return out.getvalue()


def pdf_bytes() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data)


@pytest.fixture(autouse=True)
def english(client, settings):
    """The messages' own English text: for services (the thread's language) and for pages
    (the language cookie the middleware reads)."""
    from django.utils import translation

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    with translation.override("en"):
        yield
