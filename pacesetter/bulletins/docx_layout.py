"""Low-level Word (WordprocessingML) helpers for the GB/T 9704-2012 layout of ``render_docx``:
the parts python-docx has no API for (East Asian font names, the document grid, borders, fields).
"""

from __future__ import annotations

import math

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section as DocxSection
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run

LATIN_FACE = "Times New Roman"  # digits and Latin letters in an official document
RED = RGBColor(0xFF, 0x00, 0x00)

# Page set-up (GB/T 9704-2012 §5.2): A4, type area 156 × 225 mm, 22 lines of 28 characters.
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
TYPE_WIDTH_MM = PAGE_WIDTH_MM - MARGINS_MM["left"] - MARGINS_MM["right"]  # 156
LINES, CHARS = 22, 28
BODY_PT = 16.0  # 三号
LINE_PITCH_PT = 28.95  # 225 mm over 22 lines, as Word's templates round it
LINE_PITCH_TWIPS = round(LINE_PITCH_PT * 20)  # 579

# Sizes by their Chinese names (号).
SIZE_XIAOCHU, SIZE_YIHAO, SIZE_ERHAO, SIZE_SANHAO, SIZE_SIHAO, SIZE_XIAOSI = 36, 26, 22, 16, 14, 12


def _twips(mm: float) -> int:
    return round(mm / 25.4 * 1440)


def char_spacing_twips() -> int:
    """Condensed character spacing (w:spacing, twentieths of a point) that puts 28 characters of
    三号 on the 156 mm line: a line grid of characters (docGrid linesAndChars) would do it in
    Word, but LibreOffice then gives each character a double cell (about 14 to a line), so
    the characters are spaced instead, which every word processor honours."""
    width = _twips(PAGE_WIDTH_MM) - _twips(MARGINS_MM["left"]) - _twips(MARGINS_MM["right"])
    return math.floor(width / CHARS - BODY_PT * 20)


def condense(rpr) -> None:  # type: ignore[no-untyped-def]
    for old in rpr.findall(qn("w:spacing")):
        rpr.remove(old)
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:val"), str(char_spacing_twips()))
    insert_ordered(rpr, spacing, RPR_ORDER)


def set_run_font(run: Run, face: str, size_pt: float | None = None, *, bold: bool = False) -> None:
    """Word picks the East Asian face from ``w:eastAsia``; python-docx's ``font.name`` only sets
    ascii/hAnsi, which we keep Latin for digits."""
    run.font.name = LATIN_FACE
    set_east_asian(run._element.get_or_add_rPr(), face)
    if size_pt is not None:
        run.font.size = Pt(size_pt)
    if bold:
        run.font.bold = True


def set_east_asian(rpr, face: str) -> None:  # type: ignore[no-untyped-def]
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi"):
        fonts.set(qn(attr), LATIN_FACE)
    fonts.set(qn("w:eastAsia"), face)
    # A theme font would win over the explicit name.
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)


# Schema order of the children we add by hand (python-docx only orders those it knows).
PPR_ORDER = (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
    "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
    "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
    "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle "
    "rPr sectPr pPrChange"
).split()
RPR_ORDER = (
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
    "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
    "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
).split()


def insert_ordered(parent, child, order: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Put ``child`` where the schema's sequence wants it among ``parent``'s children."""
    name = child.tag.split("}")[1]
    later = {qn(f"w:{tag}") for tag in order[order.index(name) + 1 :]}
    for existing in parent:
        if existing.tag in later:
            existing.addprevious(child)
            return
    parent.append(child)


def _off(tag: str):  # type: ignore[no-untyped-def]
    element = OxmlElement(tag)
    element.set(qn("w:val"), "0")
    return element


def no_grid(paragraph: Paragraph) -> None:
    """Large type and pictures would be stretched to whole grid cells/lines: let them off it.
    Call after the paragraph's runs are added."""
    insert_ordered(paragraph._p.get_or_add_pPr(), _off("w:snapToGrid"), PPR_ORDER)
    for run in paragraph.runs:
        insert_ordered(run._element.get_or_add_rPr(), _off("w:snapToGrid"), RPR_ORDER)


def exact_lines(paragraph: Paragraph, pitch_pt: float = LINE_PITCH_PT) -> None:
    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(pitch_pt)
    fmt.space_before = fmt.space_after = Pt(0)


def single_lines(paragraph: Paragraph) -> None:
    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    fmt.space_before = fmt.space_after = Pt(0)


def setup_page(section: DocxSection) -> None:
    section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    section.header_distance = Mm(15)
    # The page number sits about 7 mm below the type area (GB/T 9704 §7.5).
    section.footer_distance = Mm(MARGINS_MM["bottom"] - 7 - 6)
    sect_pr = section._sectPr
    for old in sect_pr.findall(qn("w:docGrid")):
        sect_pr.remove(old)
    grid = OxmlElement("w:docGrid")
    grid.set(qn("w:type"), "lines")  # 22 lines; characters are spaced by ``condense``
    grid.set(qn("w:linePitch"), str(LINE_PITCH_TWIPS))
    # docGrid is the last child that matters in sectPr's sequence (after cols).
    cols = sect_pr.find(qn("w:cols"))
    if cols is not None:
        cols.addnext(grid)
    else:
        sect_pr.append(grid)


def bottom_border(paragraph: Paragraph, color: str = "FF0000", size_eighths: int = 12) -> None:
    """The red separator line under the masthead (版头中的分隔线)."""
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(size_eighths))
    bottom.set(qn("w:space"), "8")  # about 3 mm below the number line
    bottom.set(qn("w:color"), color)
    borders.append(bottom)
    insert_ordered(paragraph._p.get_or_add_pPr(), borders, PPR_ORDER)


def page_field(paragraph: Paragraph, face: str, size_pt: float) -> None:
    """The page number "— N —", N from a PAGE complex field (begin, instruction, separate, result, end)."""

    def run_with(text: str = "", child=None) -> None:  # type: ignore[no-untyped-def]
        run = paragraph.add_run(text)
        set_run_font(run, face, size_pt)
        if child is not None:
            run._element.append(child)

    def field_char(kind: str):  # type: ignore[no-untyped-def]
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = " PAGE "
    run_with("— ")
    run_with(child=field_char("begin"))
    run_with(child=instruction)
    run_with(child=field_char("separate"))
    run_with("1")
    run_with(child=field_char("end"))
    run_with(" —")


def footer_paragraph(paragraph: Paragraph, face: str, *, odd: bool) -> None:
    """Odd pages: number at the right, one character in; even pages: at the left (GB/T 9704 §7.5)."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT if odd else WD_ALIGN_PARAGRAPH.LEFT
    fmt = paragraph.paragraph_format
    if odd:
        fmt.right_indent = Pt(SIZE_SIHAO)
    else:
        fmt.left_indent = Pt(SIZE_SIHAO)
    single_lines(paragraph)
    page_field(paragraph, face, SIZE_SIHAO)
