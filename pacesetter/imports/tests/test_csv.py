from decimal import Decimal

import pytest
from django.urls import reverse

from pacesetter.accounts.models import User
from pacesetter.datavalues.bulk import ImportFailed
from pacesetter.datavalues.models import DataValue, DataValueChange
from pacesetter.imports import services
from pacesetter.imports.tests.conftest import SHUANGCHENG, apply, snapshot, upload, workbook

pytestmark = pytest.mark.django_db

GOOD = (
    "indicator,unit,period,value,comment\n"
    f'ZR-I10,{SHUANGCHENG},202311,"0.6",签约2个项目\n'
    f"ZR-I07,{SHUANGCHENG},202311,2,\n"
)
BAD = GOOD + f"ZR-I07,{SHUANGCHENG},202311x,3,\nZR-I99,{SHUANGCHENG},202311,1,\n"


def _import(demo, data: bytes, name="figures.csv"):
    return services.import_file(
        actor=User.objects.get(username="reporter-shuangcheng"), name=name, data=data
    )


def _november(code: str) -> DataValue:
    return DataValue.objects.get(measure__code=code, orgunit__code=SHUANGCHENG, period="202311")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_a_csv_in_each_encoding_excel_writes_is_applied(demo, encoding):
    assert _import(demo, GOOD.encode(encoding)) == 2
    assert _november("ZR-I10").value == Decimal("0.6")
    assert _november("ZR-I10").comment == "签约2个项目"  # decoded right, not mojibake
    assert _november("ZR-I07").value == 2
    assert set(
        DataValueChange.objects.filter(datavalue__period="202311").values_list("channel", flat=True)
    ) == {"import"}


def test_localized_headers_and_semicolons_are_read(demo):
    # An extra column of one's own is refused now (test_hostile_files), never skipped unseen.
    text = (f"指标;单位;期间;数值;说明\nZR-I10;{SHUANGCHENG};202311;0,6;extra\n").replace(
        "0,6", "0.6"
    )
    assert _import(demo, text.encode("utf-8")) == 1
    assert _november("ZR-I10").value == Decimal("0.6")
    assert _november("ZR-I10").comment == "extra"


def test_a_csv_with_bad_rows_applies_nothing_and_names_each_row(demo):
    before = snapshot()
    with pytest.raises(ImportFailed) as caught:
        _import(demo, BAD.encode("utf-8"))
    assert snapshot() == before
    problems = [(e.sheet, e.line, e.column) for e in caught.value.errors]
    assert problems == [("figures.csv", 4, "period"), ("figures.csv", 5, "indicator")]
    assert "No indicator with code ZR-I99" in caught.value.errors[1].message
    assert "202311x is not a month" in caught.value.errors[0].message


def test_a_csv_missing_the_value_column_is_refused(demo):
    before = snapshot()
    with pytest.raises(services.guards.UploadRefused, match=r"Column\(s\) value missing"):
        _import(demo, b"indicator,unit,period,comment\nZR-I10,350926100,202311,x\n")
    assert snapshot() == before


def test_the_page_lists_the_problems_and_offers_them_as_xlsx(login):
    client = login("reporter-shuangcheng")
    before = snapshot()
    page = upload(client, "figures.csv", BAD.encode("gb18030"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "2 rows are refused, so nothing can be applied" in html
    assert "No indicator with code ZR-I99" in html and 'id="apply"' not in html
    assert snapshot() == before
    report = client.get(reverse("imports:errors"))
    assert report.status_code == 200
    rows = list(workbook(report.content).worksheets[0].iter_rows(values_only=True))
    assert rows[0] == ("sheet", "row", "column", "reason")
    assert [(r[0], r[1], r[2]) for r in rows[1:]] == [
        ("figures.csv", 4, "period"),
        ("figures.csv", 5, "indicator"),
    ]


def test_a_good_upload_clears_the_previous_error_report(login):
    client = login("reporter-shuangcheng")
    upload(client, "figures.csv", BAD.encode())
    assert client.get(reverse("imports:errors")).status_code == 200
    page = upload(client, "figures.csv", GOOD.encode())
    assert client.get(reverse("imports:errors")).status_code == 404
    assert "Saved 2 figures from figures.csv" in apply(client, page).content.decode()
