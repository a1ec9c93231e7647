"""The task pages on the demo county, as the issue's scenario walks them: each page opens for
its people and carries nothing the content security policy would block."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from pacesetter.accounts.models import User
from pacesetter.supervision.models import Task
from pacesetter.web.tests.test_content_security import _inline

pytestmark = pytest.mark.django_db


def browse(username) -> Client:
    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


def test_the_scenario_pages_open_for_each_role_without_inline_code(demo):
    leader = browse("leader")
    project_page = leader.get("/plans/zherong-2023/projects/XM01/").content.decode()
    link = re.search(r'href="(/tasks/new/\?project=\d+)"', project_page).group(1)
    unit = User.objects.get(username="reporter-gongxin").orgunit
    response = leader.post(
        link,
        {
            "title": "加快项目进度",
            "instruction": "请本月内解决",
            "source": "instruction",
            "lead_unit": unit.pk,
            "deadline": (timezone.localdate() + timedelta(days=7)).isoformat(),
            "priority": "urgent",
        },
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    task = Task.objects.get(code=response.url.strip("/").split("/")[-1])
    pages = {
        "leader": ["/tasks/", response.url, link, "/tasks/new/?unit=350926&plan=zherong-2023"],
        "office": [
            "/tasks/",
            f"/tasks/?state=assigned&unit={unit.code}&plan=zherong-2023",
            response.url,
        ],
        "reporter-gongxin": ["/tasks/", response.url, f"/entry/{unit.code}/202311/"],
    }
    for username, urls in pages.items():
        client = browse(username)
        for url in urls:
            response = client.get(url)
            html = response.content.decode()
            assert response.status_code == 200, (username, url)
            assert _inline(html) == [], (username, url)
            assert task.code in html or "/new/" in url, (username, url)
