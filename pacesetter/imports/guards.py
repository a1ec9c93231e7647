"""Refusals before a file is parsed: size, kind and archives that expand beyond reason.

Each refusal is an ``UploadRefused`` with a message the uploader can act on; nothing has been
read into the database at that point, so nothing needs undoing.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePath

from django.utils.translation import gettext as _

from pacesetter.core.exceptions import DomainError
from pacesetter.core.uploads import max_upload_bytes

# An .xlsx is a zip of XML. A real workbook of a few thousand figures expands to a few MB and
# compresses 5–20×; these bounds leave a wide margin yet stop a zip bomb before openpyxl inflates it.
MAX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR = 1024 * 1024  # tiny members (empty styles, shared strings) may compress absurdly well
MAX_MEMBERS = 1000
XLSX, CSV = "xlsx", "csv"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97–2003 files and encrypted workbooks
_ZIP = b"PK\x03\x04"


class UploadRefused(DomainError):
    """The whole file is refused; ``message`` says why and what to do instead."""

    def __init__(self, message: str):
        super().__init__("upload_refused", message)


def empty_file() -> UploadRefused:
    return UploadRefused(
        _(
            "The file is empty: it holds no figures. Fill in the value column "
            "of the template and upload it again."
        )
    )


def check_size(size: int) -> None:
    limit = max_upload_bytes()
    if size > limit:
        raise UploadRefused(
            _(
                "The file is %(size)s MB; files up to %(limit)s MB are accepted. "
                "Split it into smaller files."
            )
            % {"size": f"{size / 1024 / 1024:.1f}", "limit": limit // 1024 // 1024}
        )
    if size == 0:
        raise empty_file()


def kind_of(name: str, head: bytes) -> str:
    """XLSX or CSV, judged by the name's extension and confirmed by the first bytes."""
    suffix = PurePath(name or "").suffix.lower()
    if head.startswith(_OLE) or suffix == ".xls":
        raise UploadRefused(
            _(
                "%(name)s is an Excel 97–2003 (.xls) or password-protected "
                "workbook: save it as an unprotected .xlsx file and upload that."
            )
            % {"name": name}
        )
    if suffix == ".xlsx" and head.startswith(_ZIP):
        return XLSX
    if suffix in (".csv", ".txt"):
        return CSV  # binary content is caught when the text is decoded
    raise not_a_spreadsheet(name)


def not_a_spreadsheet(name: str) -> UploadRefused:
    return UploadRefused(
        _("%(name)s is not a spreadsheet we can read: upload the .xlsx template or a .csv file.")
        % {"name": name}
    )


def check_archive(name: str, data: bytes) -> None:
    """Inspect the zip directory without inflating anything.

    Declared sizes are what zipfile (and so openpyxl) stops at when inflating a member, so
    bounding them bounds the memory the workbook can take.
    """
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        raise not_a_spreadsheet(name) from None
    total = sum(member.file_size for member in members)
    absurd = any(
        member.file_size > RATIO_FLOOR
        and member.file_size > MAX_RATIO * max(member.compress_size, 1)
        for member in members
    )
    if len(members) > MAX_MEMBERS or total > MAX_UNCOMPRESSED or absurd:
        raise UploadRefused(
            _(
                "%(name)s would expand to %(size)s MB when opened, far beyond any "
                "real workbook (limit %(limit)s MB, or a compression ratio of "
                "%(ratio)s∶1); it was not opened."
            )
            % {
                "name": name,
                "size": f"{total / 1024 / 1024:.0f}",
                "limit": MAX_UNCOMPRESSED // 1024 // 1024,
                "ratio": MAX_RATIO,
            }
        )
    names = {member.filename for member in members}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise not_a_spreadsheet(name)
