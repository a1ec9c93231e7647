"""The Excel annex, opened with openpyxl: a cover, one sheet per section in order, figures kept
as numbers."""

from __future__ import annotations

import io

import openpyxl
import pytest
from openpyxl.workbook import Workbook

from pacesetter.bulletins.document import SECTION_ORDER, Section, Table
from pacesetter.bulletins.render_xlsx import render_xlsx, sheet_title
from pacesetter.bulletins.tests.sample import sample_bulletin


@pytest.fixture(scope="module")
def book() -> Workbook:
    return openpyxl.load_workbook(io.BytesIO(render_xlsx(sample_bulletin())))


def rows_of(sheet) -> list[list]:  # type: ignore[no-untyped-def]
    return [list(row) for row in sheet.iter_rows()]


def table_rows(sheet, columns: list[str]) -> list[list]:  # type: ignore[no-untyped-def]
    """The data rows under the header row ``columns``, up to the next blank row."""
    rows = rows_of(sheet)
    start = next(
        i for i, row in enumerate(rows) if [c.value for c in row[: len(columns)]] == columns
    )
    found = []
    for row in rows[start + 1 :]:
        if all(c.value is None for c in row):
            break
        found.append(row[: len(columns)])
    return found


def test_cover_then_one_sheet_per_section_in_order(book):
    bulletin = sample_bulletin()
    by_key = {s.key: s.heading for s in bulletin.sections}
    assert book.sheetnames[1:] == [by_key[key] for key in SECTION_ORDER]
    cover = [c.value for row in book.worksheets[0].iter_rows() for c in row if c.value]
    for text in (
        bulletin.title,
        bulletin.plan_name,
        bulletin.issuer,
        bulletin.issued,
        "2023年10月",
    ):
        assert text in cover


def test_composite_ranking_keeps_numbers(book):
    rows = table_rows(book["争先晋位排名"], ["名次", "单位", "得分", "晋位"])
    assert [[c.value for c in row] for row in rows] == [
        [1, "富溪镇", 1.05, 2],
        [2, "双城镇", 0.98, -1],
        [3, "城郊乡", None, 0],
    ]
    assert all(row[2].number_format == "0.0%" for row in rows if row[2].value is not None)
    assert isinstance(rows[1][3].value, int) and not isinstance(rows[1][3].value, bool)
    assert isinstance(rows[0][0].value, int)


def test_subsection_tables_and_text_on_the_section_sheet(book):
    sheet = book["滞后指标"]
    rows = table_rows(sheet, ["指标", "完成率", "时序进度", "责任单位"])
    assert [c.value for c in rows[0]] == ["刀剪产业产值", 0.41, 0.75, "县工信局"]
    assert rows[0][1].number_format == "0.0%"
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert "红色指标" in texts and "无。" in texts
    title = next(c for row in sheet.iter_rows() for c in row if c.value == "红色指标")
    assert title.font.b


def test_chart_figures_kept_when_no_table_holds_them(book):
    values = [c.value for row in book["指标完成情况"].iter_rows() for c in row]
    assert "刀剪产业产值" in values and 0.41 in values


def test_sections_without_tables_keep_their_text(book):
    texts = [c.value for c in book["重点项目"]["A"]]
    assert "1. 刀剪产业园二期：投资完成率低于时序进度。" in texts
    assert "七、报送情况" in [c.value for c in book["报送情况"]["A"]]


def test_columns_wide_enough_for_chinese(book):
    sheet = book["滞后指标"]
    # "刀剪产业产值": six CJK characters, twelve Latin widths
    assert sheet.column_dimensions["A"].width >= 12


def test_text_that_looks_like_a_formula_stays_text():
    bulletin = sample_bulletin()
    bulletin.sections = [
        Section("headline", "总体情况", tables=[Table("t", "表", ["单位"], [["=SUM(A1:A2)"]])]),
    ]
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(bulletin)))
    cell = next(c for row in book["总体情况"].iter_rows() for c in row if c.value == "=SUM(A1:A2)")
    assert cell.data_type == "s"


def test_sheet_titles_are_legal_and_unique():
    used = {"About"}
    first = sheet_title("a/b:c*d?[e]\\" + "长" * 40, used)
    assert len(first) <= 31 and not set(first) & set("[]:*?/\\")
    used.add(first)
    second = sheet_title("a/b:c*d?[e]\\" + "长" * 40, used)
    assert second != first and len(second) <= 31
    assert sheet_title("about", used) != "about"
