"""The demo's 202310 bulletin opened as a reader would: in Word, as a PDF and in Excel, its
page set-up, faces, title, sections in order, and the red list and rankings the analytics
give (not what the bulletin's own content says)."""

import io

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm
from openpyxl import load_workbook
from pypdf import PdfReader

from pacesetter.analytics.selectors import plan_status
from pacesetter.analytics.units import unit_ranking
from pacesetter.bulletins.content import build_bulletin
from pacesetter.bulletins.formats import render
from pacesetter.core.periods import Period
from pacesetter.plans.models import Plan

pytestmark = [pytest.mark.django_db, pytest.mark.once]
OCTOBER = Period.month(2023, 10)
HEADINGS = ["一、总体情况", "二、指标完成情况", "三、滞后指标", "四、争先晋位排名"]


@pytest.fixture
def demo_october(demo):
    plan = Plan.objects.get(code="zherong-2023")
    status = plan_status(plan=plan, upto=OCTOBER)
    ranking = [r for r in unit_ranking(plan=plan, parent=plan.owner, upto=OCTOBER) if r.reported]
    return build_bulletin(plan=plan, period=OCTOBER), status, ranking


def _rows(table):
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_word_file(demo_october):
    bulletin, status, ranking = demo_october
    doc = Document(io.BytesIO(render(bulletin, "docx")))
    section = doc.sections[0]
    assert (round(section.page_width / Mm(1)), round(section.page_height / Mm(1))) == (210, 297)
    assert round(section.top_margin / Mm(1)) == 37 and round(section.left_margin / Mm(1)) == 28
    texts = [p.text for p in doc.paragraphs]
    assert bulletin.title in texts
    order = [next(i for i, t in enumerate(texts) if t.startswith(h[:2])) for h in HEADINGS]
    assert order == sorted(order)
    body = next(p for p in doc.paragraphs if p.text == bulletin.sections[0].paragraphs[0])
    assert body.runs[0]._element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    tables = [_rows(t) for t in doc.tables]
    red = next(t for t in tables if t[1][0] == status.red_list[0].indicator.name)
    assert [r[0] for r in red[1:]] == [r.indicator.name for r in status.red_list]
    composite = next(t for t in tables if t[1][1] == ranking[0].unit.label)
    assert [r[1] for r in composite[1 : len(ranking) + 1]] == [r.unit.label for r in ranking]


def test_pdf_file(demo_october):
    bulletin, status, ranking = demo_october
    reader = PdfReader(io.BytesIO(render(bulletin, "pdf")))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = text.replace("\n", "").replace(" ", "")
    positions = [flat.index(h) for h in HEADINGS]
    assert positions == sorted(positions)
    assert "—1—" in reader.pages[0].extract_text().replace(" ", "")
    for row in status.red_list:
        assert row.indicator.name.replace(" ", "") in flat
    places = [flat.index(r.unit.label) for r in ranking[:3]]
    assert places == sorted(places)
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                fonts[font["/BaseFont"]] = any(
                    k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
                )
    assert fonts and all(fonts.values()), fonts


def test_excel_annex(demo_october):
    bulletin, status, ranking = demo_october
    book = load_workbook(io.BytesIO(render(bulletin, "xlsx")))
    assert len(book.sheetnames) == 1 + len(bulletin.sections)
    values = [
        [c for c in row if c is not None]
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
    ]
    names = [r.indicator.name for r in status.red_list]
    red_rows = [row for row in values if row and row[0] in names]
    assert {row[0] for row in red_rows} == set(names)
    composite = next(i for i, row in enumerate(values) if row and row[0] == 1)
    assert [row[1] for row in values[composite : composite + len(ranking)]] == [
        r.unit.label for r in ranking
    ]
    assert isinstance(values[composite][2], float)
