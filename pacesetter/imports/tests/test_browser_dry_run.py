"""An import's dry run in Chromium: upload a filled template, see its diff, apply it."""

import re
from decimal import Decimal

import pytest

from pacesetter.accounts.models import User
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.imports import services
from pacesetter.imports.tests.conftest import SHUANGCHENG, fill
from pacesetter.orgunits.models import OrgUnit

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


def _figure() -> DataValue | None:
    return DataValue.objects.filter(
        measure__code="ZR-I10", orgunit__code=SHUANGCHENG, period="202311"
    ).first()


def test_a_reporter_uploads_a_workbook_sees_its_diff_and_applies_it(
    demo, page_for, live_server, tmp_path
):
    from playwright.sync_api import expect

    _name, template = services.entry_template(
        user=User.objects.get(username="reporter-shuangcheng"),
        orgunit=OrgUnit.objects.get(code=SHUANGCHENG),
        period=Period.month(2023, 11),
    )
    workbook = tmp_path / "双城镇-202311.xlsx"
    workbook.write_bytes(fill(template, {"ZR-I10": (0.6, "签约2个项目")}))
    before = _figure()

    page = page_for("reporter-shuangcheng")
    page.goto(live_server.url + "/data/")
    page.set_input_files("#upload-file", str(workbook))
    page.locator("form[enctype='multipart/form-data'] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/data/previews/[0-9a-f-]{36}/$"))

    # The diff: one new figure, and nothing saved yet.
    row = page.locator("#diff-rows tr.diff-new", has_text="ZR-I10")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("0.6")
    expect(page.locator("#diff-counts")).to_be_visible()
    assert _figure() == before

    page.click("#apply")
    page.wait_for_url(re.compile(r"/data/previews/[0-9a-f-]{36}/$"))
    expect(page.locator("#applied")).to_be_visible()
    expect(page.locator("#apply")).to_have_count(0)
    saved = _figure()
    assert saved is not None and saved.value == Decimal("0.6") and saved.comment == "签约2个项目"
    assert not [e for e in page.errors if "404" not in e]
