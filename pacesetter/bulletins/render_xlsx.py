"""The bulletin's Excel annex: a cover sheet, then one sheet per section holding every figure as
a number a reader can sum (shares as fractions formatted 0.0%, movements as integers)."""

from __future__ import annotations

import io
import unicodedata

from django.utils import translation
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import Cell as XlCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from pacesetter.bulletins.document import (
    SECTION_ORDER,
    Bulletin,
    Chart,
    Section,
    Table,
    cell_text,
    heading_number,
)
from pacesetter.bulletins.document import Cell as CellValue
from pacesetter.bulletins.words import Words
from pacesetter.core.periods import InvalidPeriod, Period

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")
PERCENT = "0.0%"
MOVEMENT = '"↑"0;"↓"0;"—"'  # shows what the other formats show, keeps the integer
AMOUNT = "#,##0.00"
FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})
MIN_WIDTH, MAX_WIDTH, COVER_TEXT_WIDTH = 8, 50, 80


def render_xlsx(bulletin: Bulletin) -> bytes:
    with translation.override(bulletin.language):
        book = Workbook()
        cover = book.active
        assert cover is not None
        _cover(cover, bulletin)
        used = {cover.title}
        for number, section in enumerate(_ordered(bulletin.sections), start=1):
            sheet = book.create_sheet(sheet_title(section.heading or section.key, used))
            used.add(sheet.title)
            _section_sheet(sheet, section, number)
        book.properties.title = bulletin.title
        book.properties.creator = bulletin.issuer
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()


def sheet_title(heading: str, used: set[str]) -> str:
    """A legal, unique sheet name: ≤31 characters, none of []:*?/\\, no leading/trailing quote."""
    base = " ".join(heading.translate(FORBIDDEN).split()).strip("'") or "Sheet"
    title, n = base[:31], 2
    while title.lower() in {u.lower() for u in used}:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    return title


def _ordered(sections: list[Section]) -> list[Section]:
    """SECTION_ORDER first; a section the order does not know keeps its place after them."""
    rank = {key: i for i, key in enumerate(SECTION_ORDER)}
    return sorted(sections, key=lambda s: rank.get(s.key, len(rank)))


class _Sheet:
    """Writes rows top to bottom (``row`` is the last one written), keeping column widths."""

    def __init__(self, sheet: Worksheet):
        self.sheet, self.row = sheet, 0
        self.widths: dict[int, int] = {}

    def blank(self) -> None:
        if self.row:
            self.row += 1

    def texts(self, texts: list[str], *, font: Font | None = None, measure: bool = False) -> None:
        self.row += 1
        for column, text in enumerate(texts, start=1):
            cell = self.sheet.cell(self.row, column)
            _text(cell, text)
            if font is not None:
                cell.font = font
            if measure:
                self.measure(column, text)

    def measure(self, column: int, text: str) -> None:
        self.widths[column] = max(self.widths.get(column, 0), text_width(text))

    def set_widths(self) -> None:
        for column, width in self.widths.items():
            letter = get_column_letter(column)
            self.sheet.column_dimensions[letter].width = min(MAX_WIDTH, max(MIN_WIDTH, width + 2))


def _cover(sheet: Worksheet, bulletin: Bulletin) -> None:
    sheet.title = pgettext("bulletin annex sheet", "About")
    words = Words(bulletin.language)
    try:
        period = words.month(Period.parse(bulletin.period))
    except InvalidPeriod:
        period = bulletin.period
    out = _Sheet(sheet)
    out.texts([bulletin.title], font=TITLE)
    out.blank()
    rows = [
        (_("Plan"), bulletin.plan_name),
        (_("Period"), period),
        (_("Bulletin"), f"{bulletin.masthead} {bulletin.number}".strip()),
        (_("Issued by"), bulletin.issuer),
        (_("Date"), bulletin.issued),
    ]
    for label, value in rows:
        out.texts([label, value])
        out.measure(1, label)
        sheet.cell(out.row, 1).font = BOLD
    if bulletin.notes:
        out.blank()
        out.texts([_("Notes")], font=BOLD)
        for note in bulletin.notes:
            out.texts(["", note])
            sheet.cell(out.row, 2).alignment = WRAP
    out.set_widths()
    sheet.column_dimensions["B"].width = COVER_TEXT_WIDTH


def _section_sheet(sheet: Worksheet, section: Section, number: int) -> None:
    out = _Sheet(sheet)
    _write_section(out, section, heading_number(1, number, get_language() or "zh-hans"))
    out.set_widths()


def _write_section(out: _Sheet, section: Section, label: str) -> None:
    """Heading, its text in column A (it may run over empty cells), its tables, then subsections."""
    out.blank()
    out.texts([f"{label}{section.heading}"], font=BOLD)
    for paragraph in section.paragraphs:
        out.texts([paragraph])
    for index, item in enumerate(section.items, start=1):
        out.texts([f"{index}. {item}"])
    # A chart's figures stand in the annex only when no table of its section holds them.
    tables = section.tables or [chart_table(chart) for chart in section.charts]
    for table in tables:
        out.blank()
        _write_table(out, table)
    for index, sub in enumerate(section.subsections, start=1):
        _write_section(out, sub, heading_number(2, index, get_language() or "zh-hans"))


def chart_table(chart: Chart) -> Table:
    """A chart's data as a table: (its pillar,) its label, then one column per series."""
    grouped = len(chart.groups) == len(chart.labels) and any(chart.groups)
    lead = [pgettext("bulletin annex column", "Group")] if grouped else []
    columns = [*lead, pgettext("bulletin annex column", "Name"), *(s.name for s in chart.series)]
    rows: list[list[CellValue]] = []
    for i, label in enumerate(chart.labels):
        values = [s.values[i] if i < len(s.values) else None for s in chart.series]
        rows.append([*([chart.groups[i]] if grouped else []), label, *values])
    first = len(columns) - len(chart.series)
    percent = list(range(first, len(columns))) if chart.percent else []
    return Table(
        key=chart.key, title=chart.title, columns=columns, rows=rows, percent_columns=percent
    )


def _write_table(out: _Sheet, table: Table) -> None:
    out.texts([table.title], font=BOLD)
    out.texts(table.columns, font=BOLD, measure=True)
    for values in table.rows:
        out.row += 1
        for column, value in enumerate(values):
            _figure(out.sheet.cell(out.row, column + 1), table, column, value)
            out.measure(column + 1, cell_text(table, column, value))


def _figure(cell: XlCell, table: Table, column: int, value: CellValue) -> None:
    if value is None or value == "":
        return
    if isinstance(value, bool) or not isinstance(value, int | float):
        _text(cell, str(value))
    elif column in table.percent_columns:
        cell.value = value
        cell.number_format = PERCENT
    elif column in table.signed_columns:
        cell.value = int(value)
        cell.number_format = MOVEMENT
    else:
        cell.value = value
        if isinstance(value, float):
            cell.number_format = AMOUNT


def _text(cell: XlCell, text: str) -> None:
    """Always text: a name beginning with "=" must not become a formula."""
    cell.value = text
    if cell.data_type == "f":
        cell.data_type = "s"


def text_width(text: str) -> int:
    """Columns are measured in Latin characters; a CJK character takes two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
