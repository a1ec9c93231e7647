"""Fixtures of the web tests. ``world`` is the world the page-permission table runs in: the
demo, a foreign city plan and unit, a figure inside and outside each role's scope, supervision
tasks with files and extensions, service requests, and a published bulletin."""

import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from pacesetter.accounts.models import User
from pacesetter.accounts.services import user_ensure
from pacesetter.attachments.services import attach
from pacesetter.bulletins.content import build_bulletin
from pacesetter.bulletins.models import PublishedBulletin
from pacesetter.catalogue.models import Measure
from pacesetter.catalogue.services import measure_for
from pacesetter.core import policy
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.datavalues.services import datavalue_set
from pacesetter.imports.models import ImportPreview
from pacesetter.indicators.models import Indicator
from pacesetter.orgunits.models import OrgUnit
from pacesetter.orgunits.services import orgunit_ensure
from pacesetter.plans.models import Goal, Plan
from pacesetter.servicedesk.demo import load_demo_desk
from pacesetter.servicedesk.models import Category
from pacesetter.servicedesk.services import request_file
from pacesetter.supervision.models import Task
from pacesetter.supervision.services import extension_request, task_create

ROLES = [
    "admin",
    "office",
    "office-ningde",
    "leader",
    "head-shuangcheng",
    "reporter-shuangcheng",
    "reporter-fuxi",
    "reporter-gongxin",
    "reporter-zherong",
    "public",
    "enterprise",  # no unit at all: it sees the service requests it filed
]


def _png(name: str) -> SimpleUploadedFile:
    out = io.BytesIO()
    Image.new("RGB", (4, 3), "red").save(out, format="PNG")
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/png")


def _supervision(units: list[OrgUnit], county: OrgUnit) -> dict:
    """A task led by each of ``units`` with a file and an extension awaiting a decision; the
    desk with another enterprise's request routed to each unit, and the demo enterprise's own
    request (with a file) routed to 富溪镇."""
    load_demo_desk(county)
    rival = user_ensure(
        username="rival", password="x", orgunit=county, roles=["enterprise"], validate=False
    )
    deadline = timezone.localdate() + timedelta(days=10)
    tasks, files, requests = {}, {}, {}
    for unit in units:
        tasks[unit] = task_create(
            actor=policy.SYSTEM,
            source=Task.Source.INSTRUCTION,
            title=f"权限测试 {unit.code}",
            instruction="权限测试",
            lead_unit=unit,
            deadline=deadline,
        )
        extension_request(
            actor=policy.SYSTEM,
            task=tasks[unit],
            deadline=deadline + timedelta(days=30),
            reason="征地",
        )
        files[unit] = attach(actor=policy.SYSTEM, obj=tasks[unit], upload=_png("进度.png"))
        category = Category.objects.create(code=f"T-{unit.code}", name=unit.name, unit=unit)
        requests[unit] = request_file(
            actor=rival, category=category, title="权限测试", description="他人的诉求"
        )
    fuxi = OrgUnit.objects.get(name="富溪镇")
    own = request_file(
        actor=User.objects.get(username="enterprise"),
        category=Category.objects.get(unit=fuxi),
        title="权限测试",
        description="自己的诉求",
    )
    return {
        "task": tasks,
        "attachment": files,
        "request": requests,
        "own_request": own,
        "own_attachment": attach(actor=policy.SYSTEM, obj=own, upload=_png("材料.png")),
    }


@pytest.fixture
def world(demo, settings, tmp_path):
    settings.PACESETTER_ATTACHMENTS_DIR = tmp_path
    province = OrgUnit.objects.get(code="350000")
    fuzhou = orgunit_ensure(code="350100", name="福州市", kind="city", parent=province)
    county = OrgUnit.objects.get(code="350926")
    user_ensure(username="public", password="x", orgunit=county, roles=["public"], validate=False)
    fuxi, shuangcheng = OrgUnit.objects.get(name="富溪镇"), OrgUnit.objects.get(name="双城镇")
    foreign = Plan.objects.create(
        code="fuzhou-2023",
        name="福州市计划",
        owner=fuzhou,
        first_year=2023,
        last_year=2023,
        status="active",
    )
    goal = Goal.objects.add_root({"plan": foreign, "code": "G", "name": "目标", "level": "goal"})
    Indicator.objects.create(
        goal=goal,
        code="F1",
        name="福州指标",
        lead_unit=fuzhou,
        measure=measure_for(name="福州指标", unit="亿元"),
    )
    investment = Measure.objects.get(code="ZR-I10")

    def figure(measure, unit):
        return datavalue_set(
            actor=policy.SYSTEM,
            measure=measure,
            orgunit=unit,
            period="202311",
            value=1,
            comment="新签约项目一个",
        )

    values = {
        fuzhou: figure(Measure.objects.get(name="福州指标"), fuzhou),
        fuxi: figure(investment, fuxi),
        shuangcheng: figure(investment, shuangcheng),
    }
    outside = {
        "office": fuzhou,
        "office-ningde": fuzhou,
        "leader": fuzhou,
        "reporter-zherong": fuzhou,
        "head-shuangcheng": fuxi,
        "reporter-shuangcheng": fuxi,
        "reporter-fuxi": shuangcheng,
        "reporter-gongxin": fuxi,
        "public": fuxi,
        "enterprise": fuxi,
    }
    desk = _supervision([fuzhou, fuxi, shuangcheng], county)
    home = {u.username: u.orgunit for u in User.objects.filter(username__in=ROLES)}
    return {
        "bulletin": _bulletin(),
        "foreign_plan": foreign,
        "foreign_unit": fuzhou,
        "outside": outside,
        "home": home,
        "outside_value": {u: values[unit] for u, unit in outside.items()},
        "fuxi_september": DataValue.objects.get(measure=investment, orgunit=fuxi, period="202309"),
        "fuxi": fuxi,
        **desk,
        "preview": _previews(),
    }


def _previews() -> dict:
    """An import dry run kept for each role, and one of another user ("rival"): the data
    page's preview is its owner's alone."""
    counts = {"refused": 0, "changed": 0, "new": 0, "unchanged": 0}
    return {
        user.username: ImportPreview.objects.create(
            owner=user, file_name="权限测试.csv", channel="import", counts=counts
        )
        for user in User.objects.filter(username__in=[*ROLES, "rival"])
    }


def _bulletin() -> PublishedBulletin:
    """The demo's October bulletin as published; its files stand in (rendering them is
    bulletins/tests' business, and costs seconds per role here)."""
    zherong = Plan.objects.get(code="zherong-2023")
    content = build_bulletin(plan=zherong, period=Period.month(2023, 10)).to_json()
    return PublishedBulletin.objects.create(
        plan=zherong,
        period="202310",
        title=content["title"],
        content=content,
        docx=b"PK",
        pdf=b"%PDF-1.7",
        xlsx=b"PK",
        published_by=User.objects.get(username="office"),
    )
