"""Hypothesis-generated cells through the CSV and .xlsx paths: never an unhandled error;
either the figure is saved and reads back equal, or the file is refused and nothing changed."""

import csv
import io
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pacesetter.accounts.models import User
from pacesetter.core.exceptions import DomainError
from pacesetter.core.numbers import parse_number
from pacesetter.datavalues.models import DataValue
from pacesetter.imports import services
from pacesetter.imports.tests.conftest import snapshot

UNIT, MONTH, CODE = "350926100", "202311", "ZR-I10"
FUZZ = settings(
    max_examples=40,
    derandomize=True,  # the same examples on every run: a failure is reproducible
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
_numbers_as_typed = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.integers(min_value=-(10**30), max_value=10**30).map(lambda n: f"{n:,}"),
    st.sampled_from(
        ["1e16", "1e400", "-0", "0.00001", "1_000", "١٢٣", "１２３", "1,2,3", "9" * 5000, " 7 "]
    ),
)
_text = st.text(max_size=60)
_formula = st.text(max_size=20).map(lambda t: "=" + t)
CSV_CELLS = st.one_of(_numbers_as_typed, _text, _formula, st.just(""), st.just("a\x00b"))
XLSX_CELLS = st.one_of(
    _numbers_as_typed,
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60),
    _formula,
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False),
    st.dates(min_value=date(1900, 3, 1)),
    st.datetimes(min_value=datetime(1900, 3, 1)),
    st.none(),
)


@pytest.fixture
def reporter(demo):
    return User.objects.get(username="reporter-shuangcheng")


def _csv(value, comment) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["indicator", "unit", "period", "value", "comment"])
    writer.writerow([CODE, UNIT, MONTH, value, comment])
    return out.getvalue().encode()


def _xlsx(value, comment) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Figures"
    sheet.append(["indicator", "unit", "period", "value", "comment"])
    sheet.append([CODE, UNIT, MONTH, value, comment])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _expected(value):
    """What a saved cell must read back as (None: the file must be refused)."""
    if isinstance(value, datetime | date):
        return None
    try:
        return parse_number(value if not isinstance(value, str) else value)
    except ValueError:
        return None


def _try(reporter, name: str, data: bytes, value, comment) -> None:
    with transaction.atomic():
        before = snapshot()
        try:
            services.import_file(actor=reporter, name=name, data=data)
        except DomainError:  # UploadRefused, ImportFailed, ConcurrentEdit: all refusals
            assert snapshot() == before
        else:
            stored = DataValue.objects.get(measure__code=CODE, orgunit__code=UNIT, period=MONTH)
            assert stored.value == _expected(value)
            if isinstance(comment, str):
                assert stored.comment == comment.strip()
        transaction.set_rollback(True)


@FUZZ
@given(value=CSV_CELLS, comment=CSV_CELLS)
def test_csv_cells_are_saved_faithfully_or_refused(reporter, value, comment):
    _try(reporter, "f.csv", _csv(value, comment), value, comment)


@FUZZ
@given(value=XLSX_CELLS, comment=XLSX_CELLS.filter(lambda c: not isinstance(c, float)))
def test_xlsx_cells_are_saved_faithfully_or_refused(reporter, value, comment):
    try:
        data = _xlsx(value, comment)
    except (ValueError, TypeError):  # a cell openpyxl itself will not write
        return
    _try(reporter, "f.xlsx", data, value, comment)


def test_the_expected_value_of_a_plain_figure():
    assert _expected("1,234.5") == Decimal("1234.5")
