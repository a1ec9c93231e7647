"""The data page shows an upload's diff first; nothing is written until Apply."""

from decimal import Decimal

import pytest
from django.urls import reverse

from pacesetter.catalogue.models import Measure
from pacesetter.core import policy
from pacesetter.datavalues.models import DataValue
from pacesetter.datavalues.services import datavalue_set
from pacesetter.imports.models import ImportPreview
from pacesetter.imports.tests.conftest import SHUANGCHENG, apply, snapshot, upload
from pacesetter.orgunits.models import OrgUnit

pytestmark = pytest.mark.django_db
HEADER = "indicator,unit,period,value,comment\n"
GOOD = HEADER + f"ZR-I10,{SHUANGCHENG},202311,0.6,签约2个项目\nZR-I07,{SHUANGCHENG},202311,2,\n"


def _figure(code: str) -> DataValue | None:
    return DataValue.objects.filter(
        measure__code=code, orgunit__code=SHUANGCHENG, period="202311"
    ).first()


def test_an_upload_shows_its_diff_and_saves_nothing_until_apply(login):
    client = login("reporter-shuangcheng")
    before = snapshot()
    page = upload(client, "figures.csv", GOOD.encode())
    html = page.content.decode()
    assert page.status_code == 200 and "What figures.csv would change" in html
    assert "Apply 2 changes" in html and f'href="{reverse("imports:page")}" id="cancel"' in html
    assert "ZR-I10" in html and "签约2个项目" in html
    assert snapshot() == before
    page = apply(client, page)
    assert "Saved 2 figures from figures.csv" in page.content.decode()
    assert _figure("ZR-I10").value == Decimal("0.6") and _figure("ZR-I07").value == 2
    assert 'id="apply"' not in page.content.decode()  # applied: no second button


def test_refused_rows_come_first_and_block_the_apply(login):
    client = login("reporter-shuangcheng")
    data = GOOD + f"ZR-I99,{SHUANGCHENG},202311,1,\n"
    before = snapshot()
    html = upload(client, "figures.csv", data.encode()).content.decode()
    assert 'id="apply"' not in html and "1 row is refused, so nothing can be applied" in html
    refused, new = html.index('class="diff-refused"'), html.index('class="diff-new"')
    assert refused < new and "No indicator with code ZR-I99" in html
    assert reverse("imports:errors") in html
    assert client.get(reverse("imports:errors")).status_code == 200
    preview = ImportPreview.objects.get()
    response = client.post(reverse("imports:apply", args=[preview.pk]))
    assert response.status_code == 422 and "of this file are refused" in response.content.decode()
    assert snapshot() == before


def test_the_changed_figure_shows_old_and_new(login):
    client = login("reporter-shuangcheng")
    apply(client, upload(client, "figures.csv", GOOD.encode()))
    changed = GOOD.replace("0.6,签约2个项目", "0.9,签约3个项目")
    html = upload(client, "figures.csv", changed.encode()).content.decode()
    assert "Apply 1 change<" in html
    row = html[html.index('class="diff-changed"') :]
    row = row[: row.index("</tr>")]
    assert "0.6" in row and "0.9" in row and "签约2个项目 → 签约3个项目" in row


def test_a_file_that_changes_nothing_says_so(login):
    client = login("reporter-shuangcheng")
    apply(client, upload(client, "figures.csv", GOOD.encode()))
    html = upload(client, "again.csv", GOOD.encode()).content.decode()
    assert "Nothing to apply" in html and 'id="apply"' not in html


def test_a_figure_changed_after_the_preview_refuses_the_apply(login):
    client = login("reporter-shuangcheng")
    page = upload(client, "figures.csv", GOOD.encode())
    datavalue_set(
        actor=policy.SYSTEM,
        measure=Measure.objects.get(code="ZR-I07"),
        orgunit=OrgUnit.objects.get(code=SHUANGCHENG),
        period="202311",
        value=Decimal(3),
        comment="另行填报",
    )
    before = snapshot()
    preview = ImportPreview.objects.get()
    response = client.post(reverse("imports:apply", args=[preview.pk]))
    html = response.content.decode()
    assert response.status_code == 409, html
    assert f"ZR-I07 of {SHUANGCHENG} in 202311 was changed after the preview" in html
    assert snapshot() == before and _figure("ZR-I10") is None
    assert page.status_code == 200


def test_only_the_owner_sees_and_applies_a_preview(login):
    upload(login("reporter-shuangcheng"), "figures.csv", GOOD.encode())
    preview = ImportPreview.objects.get()
    other = login("head-shuangcheng")  # may report for the same unit, but did not upload
    assert other.get(reverse("imports:preview", args=[preview.pk])).status_code == 404
    before = snapshot()
    assert other.post(reverse("imports:apply", args=[preview.pk])).status_code == 404
    assert snapshot() == before
