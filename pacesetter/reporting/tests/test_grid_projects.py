from decimal import Decimal

import pytest
from django.test import Client

from pacesetter.accounts.models import User
from pacesetter.projects.models import Problem, ProgressReport, Project

pytestmark = pytest.mark.django_db
GRID = "/entry/ZR-GXJ/202311/"


def test_the_grid_records_project_progress_and_a_new_problem(demo):
    client = Client()
    client.force_login(User.objects.get(username="reporter-gongxin"))
    project = Project.objects.get(code="XM09")
    assert f'name="pi-{project.pk}"' in client.get(GRID).content.decode()
    client.post(
        GRID,
        {
            f"pi-{project.pk}": "320",
            f"pn-{project.pk}": "厂房基础完工",
            f"pp-{project.pk}": "二期地块仍未供地",
        },
    )
    progress = ProgressReport.objects.get(project=project, period="202311")
    assert (progress.investment, progress.narrative) == (Decimal("320"), "厂房基础完工")
    assert Problem.objects.filter(
        project=project, description="二期地块仍未供地", owner__code="ZR-GXJ", status="open"
    ).exists()


def test_a_negative_investment_is_refused_and_nothing_saved(demo):
    client = Client()
    client.force_login(User.objects.get(username="reporter-gongxin"))
    project = Project.objects.get(code="XM09")
    page = client.post(GRID, {f"pi-{project.pk}": "-5", f"pn-{project.pk}": ""}).content.decode()
    assert "投资额不能为负数" in page
    assert not ProgressReport.objects.filter(project=project, period="202311").exists()
