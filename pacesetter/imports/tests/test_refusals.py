"""Broken files: each is refused with its own message, and the database is left as it was."""

import io
import zipfile

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl.worksheet.formula import ArrayFormula

from pacesetter.accounts.models import User
from pacesetter.core.periods import Period
from pacesetter.datavalues.bulk import ImportFailed
from pacesetter.imports import guards, services
from pacesetter.imports.guards import UploadRefused
from pacesetter.imports.tests.conftest import SHUANGCHENG, fill, save, snapshot, workbook
from pacesetter.orgunits.models import OrgUnit

pytestmark = pytest.mark.django_db


@pytest.fixture
def reporter(demo):
    return User.objects.get(username="reporter-shuangcheng")


@pytest.fixture
def template(demo, reporter):
    return services.entry_template(
        user=reporter, orgunit=OrgUnit.objects.get(code=SHUANGCHENG), period=Period.parse("202311")
    )[1]


def _refused(demo, reporter, name, data, error=UploadRefused):
    before = snapshot()
    with pytest.raises(error) as caught:
        services.import_file(actor=reporter, name=name, data=data)
    assert snapshot() == before
    return caught.value


def _good(template):
    return fill(template, {"ZR-I10": (0.6, "签约2个项目"), "ZR-I07": (2, "")})


def test_a_sheet_with_another_name_is_refused(demo, reporter, template):
    book = workbook(_good(template))
    book.worksheets[0].title = "Sheet1"
    error = _refused(demo, reporter, "t.xlsx", save(book))
    assert "no sheet named “Figures”" in error.message and "Sheet1" in error.message


def test_a_missing_column_is_named(demo, reporter, template):
    book = workbook(_good(template))
    book.worksheets[0].protection.sheet = False
    book.worksheets[0].delete_cols(6)  # period
    error = _refused(demo, reporter, "t.xlsx", save(book))
    assert "Column(s) period missing" in error.message


def test_text_in_a_number_cell_names_sheet_row_and_column(demo, reporter, template):
    error = _refused(
        demo, reporter, "t.xlsx", fill(template, {"ZR-I07": ("两个", "")}), error=ImportFailed
    )
    [problem] = error.errors
    assert (problem.sheet, problem.line, problem.column) == ("Figures", 2, "value (I)")
    assert "“两个” is not a number" in problem.message


def test_a_formula_where_a_number_is_expected_is_refused(demo, reporter, template):
    array = ArrayFormula("I2", "=SUM(H2:H3)")
    error = _refused(
        demo,
        reporter,
        "t.xlsx",
        fill(template, {"ZR-I10": ("=0.3*2", ""), "ZR-I07": (array, "")}),
        error=ImportFailed,
    )
    assert [(e.line, e.column) for e in error.errors] == [(2, "value (I)"), (3, "value (I)")]
    assert "formula (=SUM(H2:H3))" in error.errors[0].message
    assert "formula (=0.3*2)" in error.errors[1].message


def test_an_untouched_template_is_empty(demo, reporter, template):
    error = _refused(demo, reporter, "t.xlsx", template)
    assert "The file is empty" in error.message
    assert "The file is empty" in _refused(demo, reporter, "t.csv", b"").message
    assert (
        "The file is empty"
        in _refused(demo, reporter, "t.csv", b"indicator,unit,period,value,comment\n").message
    )


NOT_SPREADSHEETS = [
    ("report.pdf", b"%PDF-1.7\n..."),
    ("fake.xlsx", b"just text pretending to be a workbook"),
    ("binary.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    ("broken.xlsx", b"PK\x03\x04" + b"\x00" * 100),
]


def _damaged(template: bytes) -> bytes:
    """The template with its worksheet XML cut off halfway: a valid zip, a broken sheet."""
    source, buffer = zipfile.ZipFile(io.BytesIO(template)), io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = content[: len(content) // 2]
            target.writestr(item, content)
    return buffer.getvalue()


def test_what_is_not_a_spreadsheet_is_refused(demo, reporter, template):
    cases = [*NOT_SPREADSHEETS, ("damaged.xlsx", _damaged(_good(template)))]
    for name, data in cases:  # one test: each case would reload the demo
        error = _refused(demo, reporter, name, data)
        assert "is not a spreadsheet" in error.message and name in error.message, name


def test_an_old_xls_or_encrypted_workbook_is_refused_with_advice(demo, reporter):
    error = _refused(demo, reporter, "old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    assert "save it as an unprotected .xlsx" in error.message


def test_an_oversized_file_is_refused_before_it_is_read(demo, reporter, settings, login):
    settings.PACESETTER_MAX_UPLOAD_MB = 1
    data = b"indicator,unit,period,value,comment\n" + b"ZR-I10,350926100,202311,1,x\n" * 60_000
    error = _refused(demo, reporter, "big.csv", data)
    assert "files up to 1 MB are accepted" in error.message
    before = snapshot()
    page = login("reporter-shuangcheng").post(
        reverse("imports:upload"), {"file": SimpleUploadedFile("big.csv", data)}
    )
    assert page.status_code == 413 and "files up to 1 MB" in page.content.decode()
    assert snapshot() == before


def _bomb(member_mb: int) -> bytes:
    """A zip whose one worksheet inflates from a few KB to ``member_mb`` MB of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            chunk = b"0" * (1024 * 1024)
            for _ in range(member_mb):
                member.write(chunk)
    return buffer.getvalue()


@pytest.mark.parametrize("member_mb", [8, 150])  # an absurd ratio; and beyond the total bound
def test_a_zip_bomb_is_refused_without_being_inflated(demo, reporter, member_mb, monkeypatch):
    data = _bomb(member_mb)
    assert len(data) < 1024 * 1024  # small on the wire: the size limit alone would let it in
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("opened"))
    error = _refused(demo, reporter, "bomb.xlsx", data)
    assert "would expand to" in error.message


def test_a_workbook_beyond_the_total_bound_is_refused_even_at_a_sane_ratio(
    demo, reporter, template, monkeypatch
):
    monkeypatch.setattr(guards, "MAX_UNCOMPRESSED", 1000)
    assert "would expand to" in _refused(demo, reporter, "t.xlsx", _good(template)).message


def test_the_page_shows_the_refusal_and_changes_nothing(login, template):
    client = login("reporter-shuangcheng")
    book = workbook(_good(template))
    book.worksheets[0].title = "Sheet1"
    before = snapshot()
    page = client.post(
        reverse("imports:upload"), {"file": SimpleUploadedFile("t.xlsx", save(book))}
    )
    assert page.status_code == 422
    assert "no sheet named" in page.content.decode()
    assert snapshot() == before


def test_a_locked_month_in_the_file_refuses_the_whole_file(demo, reporter, template):
    book = workbook(_good(template))
    sheet = book.worksheets[0]
    assert sheet.cell(3, 1).value == "ZR-I10"
    sheet.cell(3, 6).value = "202309"  # ZR-I10's row moved to an accepted month
    error = _refused(demo, reporter, "t.xlsx", save(book), error=ImportFailed)
    assert [(e.line, e.column) for e in error.errors] == [(3, "period (F)")]
    assert "双城镇" in error.errors[0].message and "locked" in error.errors[0].message
