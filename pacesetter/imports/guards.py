"""Refusals before a file is parsed: size, kind and archives that expand beyond reason.

Each refusal is an ``UploadRefused`` with a message the uploader can act on; nothing has been
read into the database at that point, so nothing needs undoing.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import PurePath

from django.conf import settings
from django.utils.translation import gettext as _
from pacesetter_extraction import Deadline, LimitExceeded, ZipLimits, check_zip

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


def check_archive(name: str, data: bytes, deadline: Deadline | None = None) -> None:
    """Refuse a zip the extractor's guard refuses (stated sizes, ratio, members, and every
    member inflated as a stream up to its stated size), then one that is no workbook."""
    limits = ZipLimits(
        max_total=MAX_UNCOMPRESSED,
        max_ratio=MAX_RATIO,
        ratio_floor=RATIO_FLOOR,
        max_members=MAX_MEMBERS,
    )
    try:
        names = set(check_zip(data, limits, deadline))
    except LimitExceeded as exc:
        raise _beyond(name, data, exc) from None
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise not_a_spreadsheet(name)


def _beyond(name: str, data: bytes, exc: LimitExceeded) -> UploadRefused:
    if exc.limit == "damaged":
        return not_a_spreadsheet(name)
    if exc.limit == "seconds":
        return too_slow(name)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:  # its directory read fine before
        total = sum(member.file_size for member in archive.infolist())
    return UploadRefused(
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


def too_slow(name: str) -> UploadRefused:
    return UploadRefused(
        _(
            "Reading %(name)s took longer than the %(limit)s seconds allowed; nothing was "
            "imported. Split it into smaller files."
        )
        % {"name": name, "limit": f"{seconds():g}"}
    )


def seconds() -> float:
    """The time reading one upload may take (settings.IMPORT_SECONDS)."""
    return getattr(settings, "IMPORT_SECONDS", 60)


class Bounds:
    """Rows, columns and cell lengths of a sheet being read, and the time: refused, naming
    the bound, as soon as one is passed. Settings may lower them (tests do)."""

    def __init__(self, name: str, sheet: str, deadline: Deadline):
        self.name, self.sheet, self.deadline = name, sheet, deadline
        self.max_rows = getattr(settings, "IMPORT_MAX_ROWS", 200_000)
        self.max_columns = getattr(settings, "IMPORT_MAX_COLUMNS", 100)
        self.max_chars = getattr(settings, "IMPORT_MAX_CELL_CHARS", 2000)
        self.rows = 0

    def check(self, line: int, cells: Sequence[object]) -> None:
        self.rows += 1
        if self.rows % 1000 == 0:
            self._time()
        if self.rows > self.max_rows:
            raise UploadRefused(
                _(
                    "%(name)s holds more than %(limit)s rows; nothing was imported. Split it "
                    "into smaller files."
                )
                % {"name": self.name, "limit": self.max_rows}
            )
        used = len(cells)
        while used and (cells[used - 1] is None or cells[used - 1] == ""):
            used -= 1
        if used > self.max_columns:
            raise UploadRefused(
                _(
                    "Row %(line)s of %(sheet)s fills %(count)s columns; at most %(limit)s are "
                    "accepted. Delete what is beside the table."
                )
                % {"line": line, "sheet": self.sheet, "count": used, "limit": self.max_columns}
            )
        for cell in cells[:used]:
            if isinstance(cell, str) and len(cell) > self.max_chars:
                raise UploadRefused(
                    _(
                        "Row %(line)s of %(sheet)s has a cell of %(count)s characters; at most "
                        "%(limit)s are accepted."
                    )
                    % {
                        "line": line,
                        "sheet": self.sheet,
                        "count": len(cell),
                        "limit": self.max_chars,
                    }
                )

    def _time(self) -> None:
        try:
            self.deadline.check()
        except LimitExceeded:
            raise too_slow(self.name) from None
