"""The bulletin as PDF, opened as a reader's viewer would: A4, fonts embedded, headings in
order, page numbers, metadata, and the faces that stood in for GB/T 9704's named."""

import io

import pytest
from pypdf import PdfReader

from pacesetter.bulletins.document import chinese_number
from pacesetter.bulletins.render_pdf import render_pdf
from pacesetter.bulletins.tests.sample import sample_bulletin


@pytest.fixture(scope="module")
def pdf() -> PdfReader:
    return PdfReader(io.BytesIO(render_pdf(sample_bulletin())))


def text(pdf: PdfReader) -> str:
    return "".join(page.extract_text() for page in pdf.pages).replace(" ", "")


def test_pages_are_a4(pdf):
    for page in pdf.pages:
        assert abs(float(page.mediabox.width) - 595) <= 1
        assert abs(float(page.mediabox.height) - 842) <= 1


def test_every_font_is_embedded(pdf):
    seen = 0
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for face in [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]:
                descriptor = face["/FontDescriptor"].get_object()
                assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), face[
                    "/BaseFont"
                ]
                seen += 1
    assert seen >= 2  # the body face and the heading face at least


def test_title_and_headings_in_section_order(pdf):
    bulletin = sample_bulletin()
    body = text(pdf)
    assert bulletin.masthead in body
    assert "关于2023年10月" in body and "争先晋位行动推进情况的通报" in body
    headings = [f"{chinese_number(i)}、{s.heading}" for i, s in enumerate(bulletin.sections, 1)]
    places = [body.find(h) for h in headings]
    assert -1 not in places, headings
    assert places == sorted(places)
    assert "（一）红色指标" in body and "（二）黄色指标" in body


def test_tables_write_cells_as_every_format_does(pdf):
    body = text(pdf)
    assert "41.0%" in body and "↑2" in body and "↓1" in body
    assert "刀剪产业园二期" in body  # a numbered item


def test_page_numbers_in_the_outside_corner(pdf):
    assert "—1—" in pdf.pages[0].extract_text().replace(" ", "")
    if len(pdf.pages) > 1:
        assert "—2—" in pdf.pages[1].extract_text().replace(" ", "")


def test_metadata_title_and_language(pdf):
    assert pdf.metadata.title == sample_bulletin().title
    assert pdf.trailer["/Root"]["/Lang"] == "zh-hans"


def test_last_line_names_the_faces_substituted(pdf):
    last = pdf.pages[-1].extract_text().replace("\n", "")
    assert "Noto Serif CJK SC" in last and "方正小标宋简体" in last
    assert "仿宋_GB2312" in last


def test_signature_and_date(pdf):
    body = text(pdf)
    assert body.index("柘荣县人民政府督查室") < body.index("2023年11月10日")
