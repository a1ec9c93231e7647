"""Turn an uploaded .xlsx or .csv into bulk ``Row``s, refusing what cannot be read safely.

Readers only read: every figure is checked later by ``datavalues.bulk`` (the one import path),
so the rules are the same whatever channel a figure arrives through.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import openpyxl
from django.utils.translation import gettext as _
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula
from pacesetter_extraction import Deadline

from pacesetter.datavalues.bulk import Row, RowError
from pacesetter.imports import columns, guards
from pacesetter.imports.guards import UploadRefused

HEADER_SEARCH = 10  # a title row or two above the header is tolerated
# Track(iterable, total) wraps row iteration, e.g. in a progress bar; the default does nothing.
Track = Callable[[Iterable, int | None], Iterable]
Cells = Sequence[object]  # one row of a sheet or CSV, as read
Line = tuple[int, Cells]  # (line number, cells)


def _untracked(iterable: Iterable, total: int | None) -> Iterable:
    return iterable


@dataclass
class Table:
    sheet: str
    kind: str
    letters: dict[str, str]  # key → spreadsheet column letter, for the error report
    rows: list[Row] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)  # cells refused before any check


def read_table(name: str, data: bytes, *, track: Track | None = None) -> Table:
    """The rows of an upload, read as a stream within the bounds of ``guards.Bounds`` and
    the time of ``guards.seconds()``; beyond either, ``UploadRefused`` naming the bound."""
    guards.check_size(len(data))
    kind = guards.kind_of(name, data[:16])
    track = track or _untracked
    deadline = Deadline(guards.seconds())
    if kind == guards.XLSX:
        return _read_xlsx(name, data, track, deadline)
    return _read_csv(name, data, track, deadline)


def _read_xlsx(name: str, data: bytes, track: Track, deadline: Deadline) -> Table:
    guards.check_archive(name, data, deadline)
    try:
        # data_only=False: a formula is seen as its text ("=A1*2") and refused, never evaluated
        # from a cached result the uploader cannot see.
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception:  # openpyxl raises a dozen types for damaged parts; all mean "unreadable"
        raise guards.not_a_spreadsheet(name) from None
    try:
        wanted = columns.sheet_names()
        sheet = next((ws for ws in book.worksheets if columns.normalize(ws.title) in wanted), None)
        if sheet is None:
            raise UploadRefused(
                _(
                    "The workbook has no sheet named “%(expected)s” (it has: "
                    "%(found)s). Upload the downloaded template without renaming "
                    "its sheet."
                )
                % {"expected": _(columns.SHEET), "found": "、".join(book.sheetnames)}
            )
        lines = enumerate(sheet.iter_rows(values_only=True), start=1)
        total = sheet.max_row if isinstance(sheet.max_row, int) else None
        bounds = guards.Bounds(name, sheet.title, deadline)
        return _table(sheet.title, guards.XLSX, _bounded(lines, bounds), total, track)
    except (ValueError, KeyError, SyntaxError, EOFError, zipfile.BadZipFile, zlib.error):
        # The sheet is parsed lazily, row by row: damage deep inside shows up only here.
        # (UploadRefused is a DomainError, not one of these, so it passes through.)
        raise guards.not_a_spreadsheet(name) from None
    finally:
        book.close()


def decode(name: str, data: bytes) -> str:
    """UTF-8 with or without BOM, GB18030 (what Chinese Excel writes), or UTF-16 with a BOM."""
    encodings: tuple[str, ...]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    else:
        if b"\x00" in data[:65536]:
            raise guards.not_a_spreadsheet(name)
        encodings = ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UploadRefused(
        _(
            "%(name)s is not UTF-8 or GB18030 text: save it from Excel as "
            "“CSV UTF-8” and upload it again."
        )
        % {"name": name}
    )


def _bounded(lines: Iterable[Line], bounds: guards.Bounds) -> Iterator[Line]:
    for line, cells in lines:
        bounds.check(line, cells)
        yield line, cells


def _read_csv(name: str, data: bytes, track: Track, deadline: Deadline) -> Table:
    text = decode(name, data)
    first = text.split("\n", 1)[0]
    delimiter = max(",\t;", key=first.count)  # Excel writes ";" or tabs in some locales
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def lines() -> Iterator[tuple[int, list[str]]]:
        try:
            for cells in reader:
                yield reader.line_num, cells
        except csv.Error as exc:
            raise UploadRefused(
                _("%(name)s is not valid CSV at line %(line)s: %(reason)s")
                % {"name": name, "line": reader.line_num, "reason": exc}
            ) from None

    bounds = guards.Bounds(name, name, deadline)
    return _table(name, guards.CSV, _bounded(lines(), bounds), text.count("\n") or None, track)


def _table(sheet: str, kind: str, lines: Iterator[Line], total: int | None, track: Track) -> Table:
    # (key → column index, the cells): the header row, else the first row that is not blank.
    header: tuple[dict[str, int], Cells] | None = None
    first: tuple[dict[str, int], Cells] | None = None
    for _line, cells in itertools.islice(lines, HEADER_SEARCH):
        if all(_blank(c) for c in cells):
            continue
        found = columns.match_header(cells)
        first = (found, cells) if first is None else first
        if len(found) >= 2:
            header = (found, cells)
            break
    if first is None:
        raise guards.empty_file()
    column_of, cells = header or first
    _refuse_unknown(sheet, cells)
    missing = [key for key in columns.REQUIRED if key not in column_of]
    if missing:
        raise UploadRefused(
            _(
                "Column(s) %(missing)s missing on sheet %(sheet)s: the header row "
                "must name %(required)s."
            )
            % {
                "missing": "、".join(columns.label(k) for k in missing),
                "sheet": sheet,
                "required": "、".join(columns.label(k) for k in columns.REQUIRED),
            }
        )
    letters = {key: get_column_letter(index + 1) for key, index in column_of.items()}
    table = Table(sheet, kind, letters)
    at = tuple(column_of.get(key) for key in _CELLS)
    for line, cells in track(lines, total):
        _add_row(table, at, line, cells)
    return table


_CELLS = ("indicator", "unit", "period", "value", "comment")  # what ``_add_row`` reads


def _refuse_unknown(sheet: str, cells: Cells) -> None:
    """A header cell that names no column (a misspelling, a column of one's own) or names one a
    second time is refused: reading past it would drop its figures or comments unseen."""
    unknown, repeated = columns.unknown_headers(cells)
    if unknown:
        raise UploadRefused(
            _(
                "Unknown column(s) %(unknown)s on sheet %(sheet)s; nothing was "
                "imported. Rename or delete them. Accepted headers: %(accepted)s."
            )
            % {
                "unknown": "、".join(f"“{c}”" for c in unknown),
                "sheet": sheet,
                "accepted": columns.accepted_headers(),
            }
        )
    if repeated:
        raise UploadRefused(
            _(
                "Column(s) %(repeated)s on sheet %(sheet)s name a column another "
                "header already names; nothing was imported. Keep one of each. "
                "Accepted headers: %(accepted)s."
            )
            % {
                "repeated": "、".join(f"“{c}”" for c in repeated),
                "sheet": sheet,
                "accepted": columns.accepted_headers(),
            }
        )


def _add_row(table: Table, at: tuple[int | None, ...], line: int, cells: Cells) -> None:
    """``at``: the column index of each of ``_CELLS`` (None: the sheet has no such column).
    CSV cells are text; from openpyxl, whatever the cell holds."""
    size = len(cells)
    read: list[Any] = [cells[i] if i is not None and i < size else None for i in at]
    indicator, unit, period, value, comment = read
    # No comment column at all: None, which keeps each stored comment (an empty cell clears it).
    comment = _text(comment) if at[4] is not None else None
    if type(value) is str:  # the common case, read once
        stripped = value.strip()
        blank, formula = not stripped, stripped if stripped.startswith("=") else ""
    else:
        blank, formula = value is None, _formula(value)
    if blank and not comment:
        return  # an untouched row of the template says nothing
    if formula:
        table.errors.append(
            RowError(
                table.sheet,
                line,
                columns.label("value"),
                _("The cell holds a formula (%(formula)s): type the number itself.")
                % {"formula": formula[:40]},
            )
        )
        return
    table.rows.append(
        Row(
            indicator=_text(indicator),
            orgunit=_text(unit),
            period=_period(period),
            value=None if blank else value,
            comment=comment,
            sheet=table.sheet,
            line=line,
        )
    )


def _formula(value: object) -> str:
    """The formula text of a cell, or "" when it holds a plain value."""
    if isinstance(value, ArrayFormula | DataTableFormula):
        return str(getattr(value, "text", "") or "=…")
    if isinstance(value, str) and value.strip().startswith("="):
        return value.strip()
    return ""


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: object) -> str:
    if type(value) is str:  # the common case first
        text = value.strip()
        return columns.unneutralise(text).strip() if text.startswith("'") else text
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a code typed as a number comes back as 350926100.0
    return columns.unneutralise(str(value).strip()).strip()


def _period(value: object) -> str:
    if isinstance(value, datetime | date):
        return f"{value.year:04d}{value.month:02d}"  # Excel turned "2023-11" into a date
    return _text(value)
