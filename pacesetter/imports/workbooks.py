"""Writing .xlsx files: the entry template, exports and error reports. No database access here."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from pacesetter.imports import columns

# openpyxl ships no type hints: its workbooks, sheets and cells are typed Any here.

INPUT_FILL = PatternFill("solid", fgColor="FFF4C2")  # the cells to fill in, as on paper forms
HEADER_FONT = Font(bold=True)
WIDTHS = {
    "indicator": 10,
    "name": 36,
    "measure": 10,
    "unit": 12,
    "unit_name": 16,
    "period": 9,
    "target": 12,
    "previous": 12,
    "value": 14,
    "comment": 40,
    "state": 10,
}


@dataclass(frozen=True)
class TemplateLine:
    """One indicator's row of an entry template."""

    code: str
    name: str
    measure: str
    value_type: str
    target: str
    previous: Decimal | None
    value: Decimal | None
    comment: str
    # A figure the unit collects for another (代报) names that unit; "" is the unit's own.
    unit_code: str = ""
    unit_name: str = ""


def number(value: Decimal | None) -> int | float | None:
    """A stored Decimal as Excel shows it best: 12.3400 → 12.34, 3.0000 → 3."""
    if value is None:
        return None
    value = value.normalize()
    return int(value) if value == value.to_integral_value() else float(value)


def _put(sheet: Any, row: int, column: int, value: object) -> Any:
    return _as_text(sheet.cell(row=row, column=column, value=value))


def _as_text(cell: Any) -> Any:
    """Text that starts like a formula (=, +, -, @, tab, CR) is stored as text, and marked with
    Excel's quote prefix so that editing the cell does not turn it into a formula either."""
    if isinstance(cell.value, str) and cell.value.startswith(columns.FORMULA_TRIGGERS):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def _validations(sheet: Any) -> dict[str, DataValidation]:
    """One rule per value type, so Excel stops a wrong entry before it is ever uploaded."""
    rules = {
        "milestone": DataValidation(type="list", formula1='"0,1"', allow_blank=True),
        "count": DataValidation(
            type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True
        ),
        "percent": DataValidation(
            type="decimal", operator="between", formula1="0", formula2="100", allow_blank=True
        ),
        "number": DataValidation(
            type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True
        ),
    }
    messages = {
        "milestone": _("Choose 1 (achieved) or 0 (not yet)."),
        "count": _("Enter a whole number, 0 or more."),
        "percent": _("Enter a percentage between 0 and 100."),
        "number": _("Enter a number, 0 or more."),
    }
    for kind, rule in rules.items():
        rule.error = rule.prompt = messages[kind]
        rule.errorTitle = rule.promptTitle = _("Value")[:32]
        rule.showErrorMessage = rule.showInputMessage = True
        sheet.add_data_validation(rule)
    return rules


def _header(sheet: Any, keys: Sequence[str]) -> None:
    for index, key in enumerate(keys, start=1):
        _put(sheet, 1, index, columns.label(key)).font = HEADER_FONT
        sheet.column_dimensions[get_column_letter(index)].width = WIDTHS.get(key, 14)
    sheet.freeze_panes = "A2"


def entry_template(
    *, plan_name: str, unit_code: str, unit_name: str, period: str, lines: Sequence[TemplateLine]
) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = _(columns.SHEET)[:31]
    _header(sheet, columns.TEMPLATE)
    rules = _validations(sheet)
    for row, line in enumerate(lines, start=2):
        values = {
            "indicator": line.code,
            "name": line.name,
            "measure": line.measure,
            "unit": line.unit_code or unit_code,
            "unit_name": line.unit_name or unit_name,
            "period": period,
            "target": line.target,
            "previous": number(line.previous),
            "value": number(line.value),
            "comment": line.comment,
        }
        for index, key in enumerate(columns.TEMPLATE, start=1):
            cell = _put(sheet, row, index, values[key])
            if key in ("value", "comment"):
                cell.protection = Protection(locked=False)
                cell.fill = INPUT_FILL
            elif key in ("indicator", "unit", "period"):
                cell.number_format = "@"  # codes stay text: 202311 is not a quantity
        value_letter = get_column_letter(columns.TEMPLATE.index("value") + 1)
        rules.get(line.value_type, rules["number"]).add(f"{value_letter}{row}")
    _protect(sheet)
    _readme(book, plan_name=plan_name, unit_name=unit_name, period=period)
    book.properties.title = f"{plan_name} · {unit_name} · {period}"
    book.properties.creator = str(_("Pacesetter"))
    return _bytes(book)


def _protect(sheet: Any) -> None:
    # Protection guards against overtyping codes by accident, not against a determined user, so
    # no password: someone who needs to can still unprotect the sheet from Excel's menu.
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # widening a column is harmless and often needed
    sheet.protection.formatRows = False


def _readme(book: Any, *, plan_name: str, unit_name: str, period: str) -> None:
    sheet = book.create_sheet(_(columns.README_SHEET)[:31])
    lines = [
        plan_name,
        f"{unit_name} · {period}",
        "",
        _("Fill in only the yellow cells: the value and, where needed, a comment."),
        _("Leave a row empty to leave that figure unchanged."),
        _("Do not rename the sheet or its columns; type numbers, not formulas."),
        _("Upload the file on the Data page, or run: pacesetter import-data FILE --user NAME"),
        _(
            "The whole file is checked first: either every figure is saved, or none is and you "
            "get a list of the problems."
        ),
    ]
    for row, text in enumerate(lines, start=1):
        _put(sheet, row, 1, text)
    sheet["A1"].font = HEADER_FONT
    sheet.column_dimensions["A"].width = 100
    _protect(sheet)


def table(title: str, headers: Sequence[tuple[str, int]], rows: Iterable[Sequence]) -> bytes:
    """A plain one-sheet table (export, error report); write-only so long exports stay lean.
    ``headers`` are (label, column width) pairs."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    for index, (_label, width) in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.append([_cell(sheet, text, HEADER_FONT) for text, _width in headers])
    for row in rows:
        sheet.append([_cell(sheet, value) for value in row])
    return _bytes(book)


def headers_of(keys: Sequence[str]) -> list[tuple[str, int]]:
    return [(columns.label(key), WIDTHS.get(key, 14)) for key in keys]


def _cell(sheet: Any, value: object, font: Font | None = None) -> Any:
    cell = _as_text(WriteOnlyCell(sheet, value=value))
    if font is not None:
        cell.font = font
    return cell


def _bytes(book: Any) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
