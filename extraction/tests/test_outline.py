"""The shape of a document: title, headings, named lead units, readable quotes.

Every text here was written for these tests: (text, expected, reason).
"""

from __future__ import annotations

import pytest
from pacesetter_extraction.clean import clean
from pacesetter_extraction.outline import (
    Heading,
    document_title,
    headings_at,
    lead_near,
    named_lead,
    outline,
    readable,
    shown_quote,
)

BODY = "全镇将新修村道12公里，改造危房30户。"


@pytest.mark.parametrize(
    "text, expected, reason",
    [
        (
            f"青石镇2031年为民办实事项目实施方案\n{BODY}",
            "青石镇2031年为民办实事项目实施方案",
            "first line",
        ),
        (
            f"首页 > 政务公开 > 规划计划\n发布时间：2031-03-02\n来源：青石镇政府\n"
            f"青石镇农村公路提升计划\n{BODY}",
            "青石镇农村公路提升计划",
            "breadcrumb, date and source lines are furniture",
        ),
        (
            f"扫码关注我们\n青石镇召开春耕动员大会\n白沙县关于加快乡村旅游发展的意见\n{BODY}",
            "白沙县关于加快乡村旅游发展的意见",
            "a line naming a plan's kind wins over an earlier headline",
        ),
        (
            f"白沙县文(wén)旅(lǚ)融合发展规划\n{BODY}",
            "白沙县文旅融合发展规划",
            "pinyin debris leaves the title",
        ),
        (
            "近日，白沙县印发《白沙县康养产业三年行动计划》，提出到2032年建成康养小镇3个。",
            "白沙县康养产业三年行动计划",
            "no title line: the plan the opening paragraph names",
        ),
        (
            "3月2日,记者从会上获悉,今年全县将新修村道12公里。"
            "全面落实《白沙县乡村振兴实施方案》,建设示范村5个。",
            None,
            "a plan the text says it carries out (落实《…》) is cited, not the text's title",
        ),
        (BODY, None, "a sentence is not a title"),
        (f"一、总体目标\n{BODY}", None, "a numbered heading is a section, not the title"),
        (
            f"日 | 一 | 二 | 三 | 四 | 五 | 六 |\n青石镇镇长谈今后五年\n{BODY}",
            "青石镇镇长谈今后五年",
            "a calendar's cells, one character each, are page debris",
        ),
        (
            f"(图/ 白沙县政府)\n白沙县长谈明年预算重点建设\n{BODY}",
            "白沙县长谈明年预算重点建设",
            "a photo's credit is no title",
        ),
        (
            "附表1：白沙县“十五五”规划主要指标\n序号 |\n指 标 |\n“十五五”目标 |\n2030年 |\n1 |",
            "白沙县“十五五”规划主要指标",
            "a table's caption label (附表1：) opens the title; its cells, copied with bars, are "
            "no title",
        ),
        (
            f"青石镇实干争先 | 专访青石镇党委书记\n{BODY}",
            "青石镇实干争先 | 专访青石镇党委书记",
            "a bar between a headline's two parts is no table cell",
        ),
    ],
)
def test_document_title(text: str, expected: str | None, reason: str) -> None:
    assert document_title(text) == expected, reason


OUTLINE_TEXT = (
    "白沙县2032年重点工作安排\n"
    "一、稳住经济基本盘\n"
    "（一）扩大有效投资。全年完成固定资产投资80亿元。\n"
    "（二）壮大工业。规上工业增加值增长8%。\n"
    "二、办好民生实事\n"
    "1、新建公办幼儿园4所；\n"
    "（一）教育\n"
    "新增学位1200个。\n"
)


def test_outline_levels_follow_the_numbering_kinds_present() -> None:
    found = [(h.level, h.title) for h in outline(OUTLINE_TEXT)]
    assert found == [
        (1, "稳住经济基本盘"),
        (2, "扩大有效投资"),
        (2, "壮大工业"),
        (1, "办好民生实事"),
        (2, "教育"),
    ], "the title is not a heading; 1、新建…4所 states a figure, so it is a list item"
    for h in outline(OUTLINE_TEXT):
        assert OUTLINE_TEXT[h.start : h.end] == h.title


@pytest.mark.parametrize(
    "text, expected, reason",
    [
        (
            "第三章 绿色低碳\n第一节 能源结构\n风电装机达到50万千瓦。\n",
            [(1, "绿色低碳"), (2, "能源结构")],
            "chapters above sections",
        ),
        (
            "标题一行不算\n交通先行\n年内新开公交线路6条，改造站台40个。\n",
            [(1, "交通先行")],
            "a plain short line followed by a paragraph heads it",
        ),
        (
            "标题一行不算\n交通先行\n记者 王某\n",
            [],
            "a plain line followed by no paragraph heads nothing",
        ),
        (
            "标题一行不算\n责任编辑：王某\n年内新开公交线路6条。\n",
            [],
            "credit lines are furniture",
        ),
        (
            "标题一行不算\n☑建成社区食堂3处\n目前已建成1处,另2处正在装修。\n",
            [(1, "建成社区食堂3处")],
            "a check mark opening a heading is no part of its title",
        ),
    ],
)
def test_outline_cases(text: str, expected: list, reason: str) -> None:
    assert [(h.level, h.title) for h in outline(text)] == expected, reason


def test_headings_at_gives_the_two_level_path_of_an_offset() -> None:
    headings = outline(OUTLINE_TEXT)
    at = OUTLINE_TEXT.index("规上工业增加值")
    top, sub = headings_at(headings, at)
    assert (top and top.title, sub and sub.title) == ("稳住经济基本盘", "壮大工业")
    top, sub = headings_at(headings, OUTLINE_TEXT.index("新建公办幼儿园"))
    assert (top and top.title, sub) == ("办好民生实事", None), "（二）壮大工业 is in part one"
    assert headings_at(headings, 0) == (None, None)
    assert headings_at([Heading(2, "x", 0, 1)], 5) == (None, Heading(2, "x", 0, 1))


@pytest.mark.parametrize(
    "sentence, expected, reason",
    [
        ("完成老旧小区改造15个。（牵头单位：县住建局，配合单位：各乡镇）", "县住建局", "labelled"),
        ("责任单位：县卫健局、县医保局", "县卫健局", "the first of a list"),
        ("由县文旅局牵头，组织开展乡村旅游节", "县文旅局", "由…牵头"),
        ("该工程由市水利局负责实施", "市水利局", "由…负责"),
        ("县农业农村局负责推进高标准农田建设", "县农业农村局", "subject + 负责"),
        ("县财政局牵头制定奖补办法", "县财政局", "subject + 牵头"),
        ("各乡镇负责人要亲自抓", None, "负责人 is a person, not a verb"),
        ("新建污水管网20公里", None, "no unit named"),
    ],
)
def test_named_lead(sentence: str, expected: str | None, reason: str) -> None:
    assert named_lead(sentence) == expected, reason


def test_lead_near_reads_the_sentence_and_a_labelled_note_later_in_the_paragraph() -> None:
    text = "新建村级养老服务站8个，改造敬老院2所。（责任单位：县民政局）\n由县交通局牵头。新修道路5公里。"
    assert lead_near(text, 0, 9) == "县民政局"
    road = text.index("新修道路")
    assert lead_near(text, road, road + 7) is None, "由…牵头 belongs to the sentence before"


@pytest.mark.parametrize(
    "text, expected, reason",
    [
        ("實(shí)現(xiàn)產值", "實現產值", "pinyin debris, traditional kept"),
        ("城区绿化覆盖率\ufffd\ufffd达到45%", "城区绿化覆盖率达到45%", "replacement characters"),
        ("游客總?rén)數(shù)突破", "游客總數突破", "debris whose bracket became ?"),
        ("shù)9.6萬人次", "9.6萬人次", "a quote that begins inside debris"),
        ("GDP(国内生产总值)增长5%", "GDP(国内生产总值)增长5%", "real brackets stay"),
        ("人均收入增长6%，高于全国。", "人均收入增长6%，高于全国。", "punctuation as written"),
    ],
)
def test_readable(text: str, expected: str, reason: str) -> None:
    assert readable(text) == expected, reason


def test_shown_quote_keeps_what_cleaning_kept_in_the_original_script() -> None:
    original = "到2032年，全縣接待遊(yóu)客(kè)突破500萬人次，，旅遊收入增長10%。"
    doc = clean(original)
    start = original.index("全縣")
    end = original.index("增長10%") + len("增長10%")
    assert shown_quote(doc, start, end) == "全縣接待遊客突破500萬人次，旅遊收入增長10%"
