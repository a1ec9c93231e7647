"""Uploads are read as a stream within bounds of rows, columns, cell length and time; a file
beyond one is refused whole, naming the bound, and nothing changes."""

import io
import struct
import zipfile

import openpyxl
import pytest

from pacesetter.accounts.models import User
from pacesetter.imports import services
from pacesetter.imports.guards import UploadRefused
from pacesetter.imports.tests.conftest import fill, save, snapshot, workbook


@pytest.fixture
def reporter(demo):
    return User.objects.get(username="reporter-shuangcheng")


@pytest.fixture
def template(reporter):
    from pacesetter.core.periods import Period
    from pacesetter.orgunits.models import OrgUnit

    unit = OrgUnit.objects.get(code="350926100")
    return services.entry_template(user=reporter, orgunit=unit, period=Period.parse("202311"))[1]


def _refused(reporter, name: str, data: bytes) -> str:
    before = snapshot()
    with pytest.raises(UploadRefused) as refused:
        services.import_file(actor=reporter, name=name, data=data)
    assert snapshot() == before
    return refused.value.message


def _csv(lines: int, comment: str = "") -> bytes:
    rows = ["indicator,unit,period,value,comment"]
    rows += [f"ZR-I07,350926100,2023{m:02d},1,{comment}" for m in range(1, lines + 1)]
    return "\n".join(rows).encode()


def test_rows_beyond_the_bound_are_refused(reporter, settings):
    settings.IMPORT_MAX_ROWS = 3
    assert "holds more than 3 rows" in _refused(reporter, "f.csv", _csv(4))


def test_a_cell_beyond_the_bound_is_refused(reporter, settings, template):
    settings.IMPORT_MAX_CELL_CHARS = 20
    assert "a cell of 30 characters; at most 20" in _refused(reporter, "f.csv", _csv(1, "x" * 30))
    data = fill(template, {"ZR-I10": (0.6, "说" * 30)})
    assert "a cell of 30 characters; at most 20" in _refused(reporter, "t.xlsx", data)


def test_columns_beyond_the_bound_are_refused(reporter, settings, template):
    settings.IMPORT_MAX_COLUMNS = 12
    book = workbook(fill(template, {"ZR-I10": (0.6, "")}))
    book.worksheets[0].cell(3, 40).value = "stray"
    assert "fills 40 columns; at most 12" in _refused(reporter, "t.xlsx", save(book))


def test_reading_beyond_the_time_budget_is_refused(reporter, settings, template):
    settings.IMPORT_SECONDS = 0
    data = fill(template, {"ZR-I10": (0.6, "")})
    assert "longer than the 0 seconds allowed" in _refused(reporter, "t.xlsx", data)


def _lie(data: bytes, member: str, size: int) -> bytes:
    """``member``'s stated size replaced by a smaller ``size`` (central directory and local
    header): a reader trusting it would get other data than the workbook holds."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at != -1:
        name_len = struct.unpack_from("<H", out, at + 28)[0]
        if out[at + 46 : at + 46 + name_len] == member.encode():
            struct.pack_into("<I", out, at + 24, size)
            struct.pack_into("<I", out, struct.unpack_from("<I", out, at + 42)[0] + 22, size)
            return bytes(out)
        at = out.find(b"PK\x01\x02", at + 4)
    raise AssertionError(member)


def test_a_member_holding_more_than_it_states_is_refused_unopened(reporter, template, monkeypatch):
    data = fill(template, {"ZR-I10": (0.6, "")})
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheet = next(n for n in z.namelist() if n.startswith("xl/worksheets/"))
        size = z.getinfo(sheet).file_size
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("opened"))
    message = _refused(reporter, "t.xlsx", _lie(data, sheet, size // 3))
    assert "is not a spreadsheet we can read" in message
