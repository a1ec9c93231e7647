from datetime import date
from decimal import Decimal
from io import BytesIO

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from pacesetter.accounts.models import User
from pacesetter.accounts.services import user_ensure
from pacesetter.catalogue.models import Measure
from pacesetter.core.periods import Period, latest_closed_month
from pacesetter.datavalues.models import DataValue, DataValueChange
from pacesetter.imports import selectors, services
from pacesetter.imports.tests.conftest import (
    SHUANGCHENG,
    apply,
    fill,
    header_index,
    upload,
    workbook,
)
from pacesetter.indicators.models import Indicator
from pacesetter.indicators.services import target_split
from pacesetter.orgunits.models import OrgUnit
from pacesetter.orgunits.services import orgunit_ensure
from pacesetter.plans.models import Goal, Plan

pytestmark = pytest.mark.django_db


def _template(client, unit=SHUANGCHENG, period="202311"):
    return client.get(reverse("imports:template"), {"unit": unit, "period": period})


def test_the_data_page_offers_the_units_the_user_may_report_for(login):
    page = login("reporter-shuangcheng").get(reverse("imports:page")).content.decode()
    assert "双城镇" in page and "富溪镇" not in page
    assert 'value="202311" selected' in page  # its first open month (October is submitted)
    assert 'id="export-plan"' in page  # only the export names a plan
    assert 'id="template-plan"' not in page and 'id="upload-plan"' not in page


def test_round_trip_download_fill_upload_saves_with_the_import_channel(login):
    client = login("reporter-shuangcheng")
    response = _template(client)
    assert response.status_code == 200
    assert response["Content-Type"] == services.XLSX_TYPE
    filled = fill(response.content, {"ZR-I10": (0.6, "签约2个项目"), "ZR-I07": (2, "")})
    page = upload(client, "template.xlsx", filled)
    assert page.status_code == 200, page.content.decode()
    assert "Apply 2 changes" in page.content.decode()
    assert not DataValueChange.objects.filter(datavalue__period="202311").exists()
    page = apply(client, page)
    assert "Saved 2 figures from template.xlsx" in page.content.decode()
    i10 = DataValue.objects.get(measure__code="ZR-I10", orgunit__code=SHUANGCHENG, period="202311")
    assert i10.value == Decimal("0.6") and i10.comment == "签约2个项目"
    assert i10.updated_by.username == "reporter-shuangcheng"
    assert set(
        DataValueChange.objects.filter(datavalue__period="202311").values_list("channel", flat=True)
    ) == {"import"}


def test_the_template_is_prefilled_with_codes_names_targets_and_last_month(login):
    book = workbook(_template(login("reporter-shuangcheng")).content)
    sheet = book.worksheets[0]
    columns = header_index(sheet)
    rows = {sheet.cell(r, columns["indicator"]).value: r for r in range(2, sheet.max_row + 1)}
    assert set(rows) == {"ZR-I07", "ZR-I10"}
    row = rows["ZR-I10"]
    assert sheet.cell(row, columns["name"]).value == "新签约工业、服务业项目投资"
    assert sheet.cell(row, columns["unit of measure"]).value == "亿元"
    assert sheet.cell(row, columns["org unit"]).value == SHUANGCHENG
    assert sheet.cell(row, columns["period"]).value == "202311"
    assert sheet.cell(row, columns["target"]).value == "≥ 6"  # the town's own target
    october = DataValue.objects.get(
        measure__code="ZR-I10", orgunit__code=SHUANGCHENG, period="202310"
    ).value
    assert Decimal(str(sheet.cell(row, columns["last period"]).value)) == october


def test_a_measure_two_plans_track_is_one_row_with_each_plans_target(demo):
    # A second county plan asks 双城镇 for homestays (ZR-I07) too: still one figure to enter.
    county = demo.owner
    plan = Plan.objects.create(
        code="zherong-tourism-2023",
        name="柘荣县全域旅游行动",
        owner=county,
        first_year=2023,
        last_year=2023,
        status=Plan.Status.ACTIVE,
    )
    goal = Goal.objects.add_root({"plan": plan, "code": "T", "name": "全域旅游", "level": "goal"})
    homestays = Indicator.objects.create(
        goal=goal,
        code="T1",
        name="民宿",
        measure=Measure.objects.get(code="ZR-I07"),
        lead_unit=county,
    )
    town = OrgUnit.objects.get(code=SHUANGCHENG)
    target_split(
        actor=User.objects.get(username="office"),
        indicator=homestays,
        year=2023,
        parts={town.pk: Decimal(3)},
    )
    _name, data = services.entry_template(
        user=User.objects.get(username="reporter-shuangcheng"),
        orgunit=town,
        period=Period.parse("202311"),
    )
    sheet = workbook(data).worksheets[0]
    columns = header_index(sheet)
    targets = {
        sheet.cell(r, columns["indicator"]).value: sheet.cell(r, columns["target"]).value
        for r in range(2, sheet.max_row + 1)
    }
    assert targets == {"ZR-I07": "zherong-2023 ≥ 2; zherong-tourism-2023 ≥ 3", "ZR-I10": "≥ 6"}


def test_a_unit_with_nothing_left_to_report_opens_on_the_latest_closed_month(demo):
    county = demo.owner
    unit = orgunit_ensure(code="ZR-NEW", name="新设单位", kind="department", parent=county)
    user = user_ensure(
        username="reporter-new", password="x", orgunit=unit, roles=["reporter"], validate=False
    )
    today = date(2023, 12, 20)
    assert selectors.entry_default(user=user, today=today) == (unit, latest_closed_month(today))
    shuangcheng = User.objects.get(username="reporter-shuangcheng")
    assert selectors.entry_default(user=shuangcheng, today=today) == (
        OrgUnit.objects.get(code=SHUANGCHENG),
        Period.parse("202311"),
    )


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
    _name, data = services.entry_template(
        user=admin, orgunit=tourism, period=Period.parse("202311")
    )
    sheet = workbook(data).worksheets[0]
    columns = header_index(sheet)
    value_letter = sheet.cell(1, columns["value"]).column_letter
    rows = {sheet.cell(r, columns["indicator"]).value: r for r in range(2, sheet.max_row + 1)}
    rules = {}
    for rule in sheet.data_validations.dataValidation:
        for cell_range in rule.sqref.ranges:
            for row, _col in cell_range.cells:
                rules[row] = rule
    for code in ("ZR-I05", "ZR-I09"):
        rule = rules[rows[code]]
        assert rule.type == "list" and rule.formula1 == '"0,1"'
        assert f"{value_letter}{rows[code]}" in str(rule.sqref)
    assert rules[rows["ZR-I06"]].type == "whole"


def test_no_template_for_a_unit_outside_the_users_scope(login, demo):
    client = login("reporter-fuxi")
    assert _template(client, unit=SHUANGCHENG).status_code == 400  # not among its choices
    with pytest.raises(PermissionDenied):
        services.entry_template(
            user=User.objects.get(username="reporter-fuxi"),
            orgunit=OrgUnit.objects.get(code=SHUANGCHENG),
            period=Period.parse("202311"),
        )


def test_no_template_for_a_month_already_submitted(login):
    response = _template(login("reporter-shuangcheng"), period="202310")
    assert response.status_code == 400
    assert "is Submitted and locked" in response.content.decode()


def test_a_leader_sees_the_export_but_not_the_upload(login):
    page = login("leader").get(reverse("imports:page")).content.decode()
    assert reverse("imports:export") in page and reverse("imports:upload") not in page
    response = login("leader").post(reverse("imports:upload"), {})
    assert response.status_code == 403


def test_an_office_collecting_for_towns_gets_their_rows_and_can_upload_them(login):
    # 县文体旅局 gives the guesthouse count of three townships (the demo's report-once case)
    client = login("reporter-wenlv")
    sheet = workbook(_template(client, unit="ZR-WTLJ").content).worksheets[0]
    columns = header_index(sheet)
    lines = [
        (sheet.cell(r, columns["indicator"]).value, sheet.cell(r, columns["org unit"]).value)
        for r in range(2, sheet.max_row + 1)
    ]
    collected = sorted(unit for code, unit in lines if code == "ZR-I07")
    assert collected == ["350926200", "350926205", "350926206"]
    assert ("ZR-I06", "ZR-WTLJ") in lines  # its own figures first, under its own code
    row = next(
        r
        for r in range(2, sheet.max_row + 1)
        if sheet.cell(r, columns["org unit"]).value == "350926200"
    )
    sheet.cell(row, columns["value"]).value = 1
    sheet.cell(row, columns["comment"]).value = "城郊乡登记民宿"
    out = BytesIO()
    sheet.parent.save(out)
    page = apply(client, upload(client, "collected.xlsx", out.getvalue()))
    assert "Saved 1 figure" in page.content.decode()
    saved = DataValue.objects.get(
        measure__code="ZR-I07", orgunit__code="350926200", period="202311"
    )
    assert saved.value == 1 and saved.updated_by.username == "reporter-wenlv"
