"""Helpers shared by the import tests: logins, a database snapshot, workbooks built in memory."""

import io

import openpyxl
import pytest
from django.conf import settings
from django.utils import translation

from pacesetter.datavalues.models import DataValue, DataValueChange

SHUANGCHENG = "350926100"
PLAN = "zherong-2023"


@pytest.fixture(autouse=True)
def english():
    # Messages are asserted in their English msgids; the web client sends the language cookie.
    with translation.override("en"):
        yield


@pytest.fixture
def login(client, demo):
    def sign_in(username: str):
        # force_login: the password check (and any lockout backend) is not what is tested here.
        from pacesetter.accounts.models import User

        client.force_login(User.objects.get(username=username))
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        return client

    return sign_in


def snapshot():
    """Everything an import could touch: compared before and after a refused file."""
    return (
        DataValue.objects.count(),
        DataValueChange.objects.count(),
        sorted(DataValue.objects.values_list("pk", "value", "comment", "version", "state")),
        sorted(DataValueChange.objects.values_list("pk", "new_value", "channel")),
    )


def workbook(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data))


def save(book) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def header_index(sheet) -> dict[str, int]:
    """English header label → 1-based column index of the first row."""
    return {cell.value: cell.column for cell in sheet[1]}


def fill(data: bytes, values: dict[str, tuple]) -> bytes:
    """The template with (value, comment) typed into the rows of the given indicator codes."""
    book = workbook(data)
    sheet = book.worksheets[0]
    columns = header_index(sheet)
    for row in range(2, sheet.max_row + 1):
        code = sheet.cell(row, columns["indicator"]).value
        if code in values:
            value, comment = values[code]
            sheet.cell(row, columns["value"]).value = value
            sheet.cell(row, columns["comment"]).value = comment
    return save(book)


def upload(client, name: str, data: bytes):
    """Upload a file on the data page and follow to its preview (nothing is saved yet)."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    return client.post(
        reverse("imports:upload"), {"file": SimpleUploadedFile(name, data)}, follow=True
    )


def apply(client, preview_page):
    """Press "Apply" on a preview page (the response ``upload`` returned); follow to its page."""
    return client.post(preview_page.redirect_chain[-1][0] + "apply/", follow=True)
