"""The Word bulletin, opened with python-docx: GB/T 9704-2012 page set-up, faces and sizes,
numbered headings, tables, charts and page numbers."""

from __future__ import annotations

import io
import re

import docx
import pytest
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from pacesetter.bulletins.document import Bulletin, cell_text, chinese_number
from pacesetter.bulletins.fonts import DOCX_FACES
from pacesetter.bulletins.render_docx import render_docx
from pacesetter.bulletins.tests.sample import sample_bulletin

MM = 36000  # EMU per millimetre


@pytest.fixture(scope="module")
def bulletin() -> Bulletin:
    b = sample_bulletin()
    b.notes = ["注：完成率按累计值计算。"]
    return b


@pytest.fixture(scope="module")
def doc(bulletin: Bulletin) -> Document:
    return docx.Document(io.BytesIO(render_docx(bulletin)))


def paragraph(doc: Document, text: str) -> Paragraph:
    return next(p for p in doc.paragraphs if p.text == text)


def east_asian(element) -> str | None:  # type: ignore[no-untyped-def]
    fonts = element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    return None if fonts is None else fonts.get(qn("w:eastAsia"))


def test_page_is_a4_with_gb_margins(doc):
    section = doc.sections[0]
    for actual, mm in [
        (section.page_width, 210),
        (section.page_height, 297),
        (section.top_margin, 37),
        (section.bottom_margin, 35),
        (section.left_margin, 28),
        (section.right_margin, 26),
    ]:
        assert abs(actual / MM - mm) <= 0.5


def test_grid_gives_22_lines_of_28_characters(doc):
    grid = doc.sections[0]._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines"
    assert grid.get(qn("w:linePitch")) == "579"
    section = doc.sections[0]
    width_pt = (section.page_width - section.left_margin - section.right_margin) / 12700
    spacing = doc.styles["Normal"].element.rPr.find(qn("w:spacing"))
    pitch = 16 + int(spacing.get(qn("w:val"))) / 20
    assert 28 * pitch <= width_pt < 29 * pitch
    height_pt = (section.page_height - section.top_margin - section.bottom_margin) / 12700
    assert int(height_pt // 28.95) == 22


def test_normal_style_is_body_face_16pt(doc):
    normal = doc.styles["Normal"]
    assert normal.font.size == Pt(16)
    assert east_asian(normal.element) == DOCX_FACES["body"]
    assert normal.paragraph_format.line_spacing == Pt(28.95)


def test_masthead_is_red_above_a_red_rule(doc, bulletin):
    masthead = paragraph(doc, bulletin.masthead)
    assert masthead.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert str(masthead.runs[0].font.color.rgb) in {"FF0000", "C00000"}
    assert east_asian(masthead.runs[0]._element) == DOCX_FACES["title"]
    rule = paragraph(doc, bulletin.number)._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:bottom')}")
    assert rule.get(qn("w:color")) == "FF0000"


def test_long_masthead_shrinks_to_one_line():
    b = sample_bulletin()
    b.masthead = "宁德市争先晋位赶超跨越专项行动工作进展情况通报"
    doc = docx.Document(io.BytesIO(render_docx(b)))
    size = paragraph(doc, b.masthead).runs[0].font.size
    assert size is not None
    assert size.pt * len(b.masthead) <= 156 / 25.4 * 72


def test_title_in_title_face_at_22pt(doc, bulletin):
    title = paragraph(doc, bulletin.title)
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER
    run = title.runs[0]
    assert run.font.size == Pt(22)
    assert east_asian(run._element) == DOCX_FACES["title"]
    assert run.font.name == "Times New Roman"  # digits in the title
    assert doc.core_properties.title == bulletin.title


def test_body_text_in_body_face_16pt_indented(doc, bulletin):
    body = paragraph(doc, bulletin.sections[0].paragraphs[0])
    run = body.runs[0]
    assert run.font.size == Pt(16)
    assert east_asian(run._element) == DOCX_FACES["body"]
    assert body.paragraph_format.first_line_indent == Pt(32)


def test_headings_numbered_in_section_order(doc, bulletin):
    headings = [p for p in doc.paragraphs if re.match(r"^[一二三四五六七八九十]+、", p.text)]
    assert [p.text for p in headings] == [
        f"{chinese_number(i)}、{s.heading}" for i, s in enumerate(bulletin.sections, start=1)
    ]
    assert headings[0].text == "一、总体情况"
    assert {east_asian(p.runs[0]._element) for p in headings} == {DOCX_FACES["heading1"]}
    assert {p.runs[0].font.size for p in headings} == {Pt(16)}
    red, yellow = paragraph(doc, "（一）红色指标"), paragraph(doc, "（二）黄色指标")
    assert (
        east_asian(red.runs[0]._element)
        == east_asian(yellow.runs[0]._element)
        == DOCX_FACES["heading2"]
    )


def test_items_are_numbered(doc, bulletin):
    item = bulletin.section("projects").items[0]
    assert paragraph(doc, f"1.{item}").runs[0].bold


def test_red_list_table(doc, bulletin):
    red = bulletin.section("lagging").subsections[0].tables[0]
    table = next(t for t in doc.tables if [c.text for c in t.rows[0].cells] == red.columns)
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert rows == [[cell_text(red, i, v) for i, v in enumerate(row)] for row in red.rows]
    assert rows[0] == ["刀剪产业产值", "41.0%", "75.0%", "县工信局"]
    assert all(r.bold for c in table.rows[0].cells for r in c.paragraphs[0].runs)
    assert east_asian(table.rows[1].cells[0].paragraphs[0].runs[0]._element) == DOCX_FACES["body"]
    assert any(p.text == red.title for p in doc.paragraphs)


def test_ranking_table_shows_movement(doc):
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "名次")
    assert [row.cells[3].text for row in table.rows[1:]] == ["↑2", "↓1", "—"]
    assert table.rows[1].cells[2].text == "105.0%"
    assert abs(sum(c.width for c in table.columns) / MM - 156) <= 0.5


def test_one_picture_per_chart_within_the_type_area(doc, bulletin):
    charts = [c for s in bulletin.sections for c in s.charts]
    assert len(doc.inline_shapes) == len(charts) == 2
    assert all(shape.width / MM <= 156.5 for shape in doc.inline_shapes)
    # The title is drawn in the image, not repeated in a caption below it.
    assert not any(chart.title in p.text for chart in charts for p in doc.paragraphs)


def test_issuer_date_and_notes_at_the_end(doc, bulletin):
    texts = [p.text for p in doc.paragraphs if p.text]
    assert texts[-3:] == [bulletin.issuer, bulletin.issued, bulletin.notes[0]]
    for text in (bulletin.issuer, bulletin.issued):
        assert paragraph(doc, text).alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert paragraph(doc, bulletin.notes[0]).runs[0].font.size == Pt(14)


def test_page_numbers_in_odd_and_even_footers(doc):
    assert doc.settings.odd_and_even_pages_header_footer
    section = doc.sections[0]
    for footer, align in [
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ]:
        assert not footer.is_linked_to_previous
        number = footer.paragraphs[0]
        assert number.alignment == align
        instructions = [e.text for e in number._p.iter(qn("w:instrText"))]
        assert [i.strip() for i in instructions] == ["PAGE"]
        assert number.text.startswith("— ") and number.text.endswith(" —")
        assert number.runs[0].font.size == Pt(14)
        assert east_asian(number.runs[0]._element) == DOCX_FACES["page_number"]


def test_faces_recorded_in_properties(doc):
    comments = doc.core_properties.comments
    assert all(face in comments for face in DOCX_FACES.values())


def test_a_bulletin_in_english_numbers_its_headings_1_then_1():
    english = sample_bulletin()
    english.language = "en"
    texts = [p.text for p in docx.Document(io.BytesIO(render_docx(english))).paragraphs]
    assert "1. 总体情况" in texts and "(1) 红色指标" in texts
    assert not any(t.startswith("一、") for t in texts)
