from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pacesetter.accounts.models import User
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue, DataValueChange
from pacesetter.imports import services
from pacesetter.imports.tests.conftest import PLAN, SHUANGCHENG, fill, header_index, workbook
from pacesetter.orgunits.models import OrgUnit

pytestmark = pytest.mark.django_db


def _template(client, unit=SHUANGCHENG, period="202311"):
    return client.get(reverse("imports:template"), {"plan": PLAN, "unit": unit, "period": period})


def test_the_data_page_offers_the_units_the_user_may_report_for(login):
    page = login("reporter-shuangcheng").get(reverse("imports:page")).content.decode()
    assert "双城镇" in page and "富溪镇" not in page
    assert 'value="202311" selected' in page  # the month after the last one with figures


def test_round_trip_download_fill_upload_saves_with_the_import_channel(login):
    client = login("reporter-shuangcheng")
    response = _template(client)
    assert response.status_code == 200
    assert response["Content-Type"] == services.XLSX_TYPE
    filled = fill(response.content, {"I10": (0.6, "签约2个项目"), "I07": (2, "")})
    upload = SimpleUploadedFile("template.xlsx", filled)
    page = client.post(reverse("imports:upload"), {"plan": PLAN, "file": upload})
    assert page.status_code == 200, page.content.decode()
    assert "Saved 2 figures" in page.content.decode()
    i10 = DataValue.objects.get(indicator__code="I10", orgunit__code=SHUANGCHENG, period="202311")
    assert i10.value == Decimal("0.6") and i10.comment == "签约2个项目"
    assert i10.updated_by.username == "reporter-shuangcheng"
    assert set(DataValueChange.objects.filter(datavalue__period="202311")
               .values_list("channel", flat=True)) == {"import"}


def test_the_template_is_prefilled_with_codes_names_targets_and_last_month(login):
    book = workbook(_template(login("reporter-shuangcheng")).content)
    sheet = book.worksheets[0]
    columns = header_index(sheet)
    rows = {sheet.cell(r, columns["indicator"]).value: r for r in range(2, sheet.max_row + 1)}
    assert set(rows) == {"I07", "I10"}
    row = rows["I10"]
    assert sheet.cell(row, columns["name"]).value == "新签约工业、服务业项目投资"
    assert sheet.cell(row, columns["unit of measure"]).value == "亿元"
    assert sheet.cell(row, columns["org unit"]).value == SHUANGCHENG
    assert sheet.cell(row, columns["period"]).value == "202311"
    assert sheet.cell(row, columns["target"]).value == "≥ 6"  # the town's own target
    october = DataValue.objects.get(indicator__code="I10", orgunit__code=SHUANGCHENG,
                                    period="202310").value
    assert Decimal(str(sheet.cell(row, columns["last period"]).value)) == october


def test_only_the_input_cells_are_unlocked_on_a_protected_sheet(login):
    sheet = workbook(_template(login("reporter-shuangcheng")).content).worksheets[0]
    assert sheet.protection.sheet is True
    columns = header_index(sheet)
    for row in range(2, sheet.max_row + 1):
        for name, column in columns.items():
            locked = sheet.cell(row, column).protection.locked
            assert locked is (name not in ("value", "comment")), (row, name)


def test_milestone_rows_get_a_0_1_drop_down_and_counts_a_whole_number_rule(demo):
    admin = User.objects.get(username="admin")
    tourism = OrgUnit.objects.get(code="ZR-WTLJ")  # leads the milestones I05 and I09
    _name, data = services.entry_template(user=admin, plan=demo, orgunit=tourism,
                                          period=Period.parse("202311"))
    sheet = workbook(data).worksheets[0]
    columns = header_index(sheet)
    value_letter = sheet.cell(1, columns["value"]).column_letter
    rows = {sheet.cell(r, columns["indicator"]).value: r for r in range(2, sheet.max_row + 1)}
    rules = {}
    for rule in sheet.data_validations.dataValidation:
        for cell_range in rule.sqref.ranges:
            for (row, _col) in cell_range.cells:
                rules[row] = rule
    for code in ("I05", "I09"):
        rule = rules[rows[code]]
        assert rule.type == "list" and rule.formula1 == '"0,1"'
        assert f"{value_letter}{rows[code]}" in str(rule.sqref)
    assert rules[rows["I06"]].type == "whole"


def test_no_template_for_a_unit_outside_the_users_scope(login, demo):
    client = login("reporter-fuxi")
    assert _template(client, unit=SHUANGCHENG).status_code == 400  # not among its choices
    with pytest.raises(PermissionDenied):
        services.entry_template(user=User.objects.get(username="reporter-fuxi"), plan=demo,
                                orgunit=OrgUnit.objects.get(code=SHUANGCHENG),
                                period=Period.parse("202311"))


def test_no_template_for_a_month_already_submitted(login):
    response = _template(login("reporter-shuangcheng"), period="202309")
    assert response.status_code == 400
    assert "can no longer be changed" in response.content.decode()


def test_a_leader_sees_the_export_but_not_the_upload(login):
    page = login("leader").get(reverse("imports:page")).content.decode()
    assert reverse("imports:export") in page and reverse("imports:upload") not in page
    response = login("leader").post(reverse("imports:upload"), {"plan": PLAN})
    assert response.status_code == 403
