"""The bulletin as a Word file laid out as a Chinese official document (GB/T 9704-2012).

Word renders on the reader's machine, where county offices have the GB faces, so the file names
them (``fonts.DOCX_FACES``) rather than embedding what this server has.
"""

from __future__ import annotations

import io

import docx
from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from pacesetter.bulletins import charts, fonts
from pacesetter.bulletins.document import Bulletin, Chart, Section, Table, cell_text, heading_number
from pacesetter.bulletins.docx_layout import (
    BODY_PT,
    LATIN_FACE,
    LINE_PITCH_PT,
    RED,
    SIZE_ERHAO,
    SIZE_SANHAO,
    SIZE_SIHAO,
    SIZE_XIAOCHU,
    SIZE_XIAOSI,
    SIZE_YIHAO,
    TYPE_WIDTH_MM,
    bottom_border,
    condense,
    exact_lines,
    footer_paragraph,
    no_grid,
    set_east_asian,
    set_run_font,
    setup_page,
    single_lines,
)

FACES = fonts.DOCX_FACES
INDENT = Pt(2 * BODY_PT)  # 首行缩进两字
ROLE_NAMES = {
    "title": "标题",
    "body": "正文",
    "heading1": "一级标题",
    "heading2": "二级标题",
    "page_number": "页码",
}


def render_docx(bulletin: Bulletin) -> bytes:
    document = docx.Document()
    _normal_style(document)
    section = document.sections[0]
    setup_page(section)
    _page_numbers(document)
    _head(document, bulletin)
    for number, part in enumerate(bulletin.sections, start=1):
        _section(document, part, level=0, number=number, language=bulletin.language)
    _ending(document, bulletin)
    _properties(document, bulletin)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _normal_style(document: DocxDocument) -> None:
    style = document.styles["Normal"]
    style.font.name = LATIN_FACE
    style.font.size = Pt(BODY_PT)
    set_east_asian(style.element.get_or_add_rPr(), FACES["body"])
    condense(style.element.get_or_add_rPr())
    fmt = style.paragraph_format
    fmt.line_spacing = Pt(LINE_PITCH_PT)
    fmt.space_before = fmt.space_after = Pt(0)
    # Word measures the grid's character pitch against the Normal size, LibreOffice against the
    # document defaults: make both 三号 so 28 characters fill a line in either.
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
    set_east_asian(rpr, FACES["body"])
    condense(rpr)
    rpr.get_or_add_sz().val = Pt(BODY_PT)
    for old in rpr.findall(qn("w:szCs")):
        old.set(qn("w:val"), str(round(BODY_PT * 2)))
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")
    spacing = defaults.find(qn("w:pPrDefault") + "/" + qn("w:pPr") + "/" + qn("w:spacing"))
    if spacing is not None:
        spacing.set(qn("w:after"), "0")


def _paragraph(
    document: DocxDocument,
    text: str,
    face: str,
    size: float = SIZE_SANHAO,
    *,
    align: WD_ALIGN_PARAGRAPH | None = None,
    indent: bool = False,
    bold: bool = False,
) -> Paragraph:
    paragraph = document.add_paragraph()
    exact_lines(paragraph)
    if align is not None:
        paragraph.alignment = align
    if indent:
        paragraph.paragraph_format.first_line_indent = INDENT
    if text:
        set_run_font(paragraph.add_run(text), face, size, bold=bold)
    return paragraph


def _head(document: DocxDocument, bulletin: Bulletin) -> None:
    """版头 (masthead in red, the number line, the red rule), then the title and a blank line."""
    width_pt = TYPE_WIDTH_MM / 25.4 * 72
    size = next(
        (s for s in (SIZE_XIAOCHU, SIZE_YIHAO) if len(bulletin.masthead) * s <= width_pt),
        max(12.0, width_pt / max(len(bulletin.masthead), 1)),
    )
    masthead = document.add_paragraph()
    masthead.alignment = WD_ALIGN_PARAGRAPH.CENTER
    single_lines(masthead)
    masthead.paragraph_format.space_after = Pt(12)
    run = masthead.add_run(bulletin.masthead)
    set_run_font(run, FACES["title"], size)
    run.font.color.rgb = RED
    no_grid(masthead)
    number = _paragraph(document, bulletin.number, FACES["body"], align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(number)
    _paragraph(document, "", FACES["body"])
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    exact_lines(title, 35)
    set_run_font(title.add_run(bulletin.title), FACES["title"], SIZE_ERHAO)
    no_grid(title)
    _paragraph(document, "", FACES["body"])


def _heading_text(level: int, number: int, heading: str, language: str) -> tuple[str, str, bool]:
    """(text, face, bold) for 一、 / （一） / 1. headings."""
    text = heading_number(level + 1, number, language) + heading
    if level == 0:
        return text, FACES["heading1"], False
    if level == 1:
        return text, FACES["heading2"], False
    return text, FACES["body"], True


def _section(
    document: DocxDocument, part: Section, *, level: int, number: int, language: str
) -> None:
    text, face, bold = _heading_text(level, number, part.heading, language)
    heading = _paragraph(document, text, face, indent=True, bold=bold)
    heading.paragraph_format.keep_with_next = True
    for text in part.paragraphs:
        _paragraph(document, text, FACES["body"], indent=True)
    for index, item in enumerate(part.items, start=1):
        paragraph = _paragraph(document, "", FACES["body"], indent=True)
        set_run_font(paragraph.add_run(f"{index}."), FACES["body"], SIZE_SANHAO, bold=True)
        set_run_font(paragraph.add_run(item), FACES["body"], SIZE_SANHAO)
    for table in (t for t in part.tables if not t.annex_only):
        _table(document, table)
    for chart in part.charts:
        _chart(document, chart)
    for sub_number, sub in enumerate(part.subsections, start=1):
        _section(document, sub, level=level + 1, number=sub_number, language=language)


def _table(document: DocxDocument, table: Table) -> None:
    if table.title:
        title = _paragraph(document, table.title, FACES["heading1"], SIZE_SIHAO)
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        title.paragraph_format.keep_with_next = True
    grid = document.add_table(rows=1 + len(table.rows), cols=len(table.columns))
    grid.style = document.styles["Table Grid"]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    size = SIZE_SIHAO if len(table.columns) <= 4 else SIZE_XIAOSI
    for column, name in enumerate(table.columns):
        _cell(grid, 0, column, name, size, bold=True)
    for row_index, row in enumerate(table.rows, start=1):
        for column, value in enumerate(row):
            _cell(grid, row_index, column, cell_text(table, column, value), size)
    _widths(grid, table, size)
    _repeat_header(grid)
    _paragraph(document, "", FACES["body"])  # a line after the table, as in the type area


def _cell(
    grid: DocxTable, row: int, column: int, text: str, size: float, *, bold: bool = False
) -> None:
    cell = grid.cell(row, column)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    paragraph = cell.paragraphs[0]
    single_lines(paragraph)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(paragraph.add_run(text), FACES["body"], size, bold=bold)
    no_grid(paragraph)


def _widths(grid: DocxTable, table: Table, size: float) -> None:
    """The full type-area width, shared by how long each column's texts are."""
    texts = [
        [name] + [cell_text(table, c, row[c]) for row in table.rows]
        for c, name in enumerate(table.columns)
    ]
    weights = [max(2, max(len(t) for t in column)) for column in texts]
    total = sum(weights)
    grid.autofit = False
    for column, weight in zip(grid.columns, weights, strict=True):
        width = Mm(TYPE_WIDTH_MM * weight / total)
        column.width = width
        for cell in column.cells:
            cell.width = width
    width = grid._tbl.tblPr.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        grid._tbl.tblPr.find(qn("w:tblStyle")).addnext(width)
    width.set(qn("w:w"), str(round(TYPE_WIDTH_MM / 25.4 * 1440)))
    width.set(qn("w:type"), "dxa")


def _repeat_header(grid: DocxTable) -> None:
    tr_pr = grid.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    tr_pr.append(header)


def _chart(document: DocxDocument, chart: Chart) -> None:
    picture = document.add_paragraph()
    picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
    single_lines(picture)
    # The image carries the chart's title (as in the PDF): no caption repeating it.
    picture.add_run().add_picture(
        io.BytesIO(charts.chart_png(chart, width_mm=TYPE_WIDTH_MM)), width=Mm(TYPE_WIDTH_MM)
    )
    no_grid(picture)


def _ending(document: DocxDocument, bulletin: Bulletin) -> None:
    """发文机关署名 and 成文日期 at the right, four characters in (GB/T 9704 §7.3.5.1); then notes."""
    _paragraph(document, "", FACES["body"])
    for text in (bulletin.issuer, bulletin.issued):
        paragraph = _paragraph(document, text, FACES["body"], align=WD_ALIGN_PARAGRAPH.RIGHT)
        paragraph.paragraph_format.right_indent = Pt(4 * BODY_PT)
        paragraph.paragraph_format.keep_with_next = (
            text == bulletin.issuer
        )  # never part from its date
    if bulletin.notes:
        _paragraph(document, "", FACES["body"])
    for note in bulletin.notes:
        paragraph = _paragraph(document, note, FACES["body"], SIZE_SIHAO, indent=True)
        paragraph.paragraph_format.first_line_indent = Pt(2 * SIZE_SIHAO)


def _page_numbers(document: DocxDocument) -> None:
    document.settings.odd_and_even_pages_header_footer = True
    section = document.sections[0]
    footer_paragraph(section.footer.paragraphs[0], FACES["page_number"], odd=True)
    footer_paragraph(section.even_page_footer.paragraphs[0], FACES["page_number"], odd=False)


def _properties(document: DocxDocument, bulletin: Bulletin) -> None:
    props = document.core_properties
    props.title = bulletin.title
    props.author = bulletin.issuer
    props.subject = bulletin.plan_name
    props.language = bulletin.language
    used = "；".join(f"{ROLE_NAMES[role]} {face}" for role, face in FACES.items())
    props.comments = f"字体：{used}；数字和字母 {LATIN_FACE}"
