"""Indicator tables (指标表) laid out one cell per line or per HTML cell: a header (指标 | 2020年 |
2025年 | 属性), then for each row its name, its value in each column and its kind (约束性/预期性).

The base year's column holds levels reached, the last year's (or 目标值) the goals; each goal is
named by its row and dated by its column. Sentences around the table are left to the reader of
prose: only figures inside a table's value cells are judged here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import vocab
from .clean import Cleaned
from .model import Target
from .numerals import to_plain
from .plausibility import RULES_SURE
from .quantities import find as find_quantities

# A cell: text between line breaks, HTML tags, the bars a page's table was copied with or the
# runs of three or more spaces a PDF's columns became (指 标 keeps its one space).
_CELL_RE = re.compile(
    r"<[A-Za-z/!][^<>\n]*>|(?:[^\n<| \t\u3000]|[ \t\u3000](?![ \t\u3000]{2})|<(?![A-Za-z/!]))+"
)  # <5.5 is a value
# 指标, 指 标, 主要指标, 指标名称 alone in a cell (found from its 指, then checked)
_NAME_HEAD_RE = re.compile(
    r"指[ \t\u3000]{0,2}标(?:名称|项目|内容)?(?=[ \t\u3000]*(?:\n|<|\||$)|[ \t\u3000]{3})"
)
_HEAD_LEAD_RE = re.compile(r"(?:^|[\n>])[ \t\u3000]*(?:主要|具体|核心)?$")
_COLUMN_RE = re.compile(
    r"(?P<year>(?:19|20)\d{2})年?(?:底|末|度)?(?P<kind>目标值?|预期值?|规划值?|基期值?|基数|现状值?|实际值?|完成值?)?"
    r"(?:[(（][^)）]{0,8}[)）])?"
    r"|(?P<goal>目标值?|规划目标|预期目标|预期值|规划值)|(?P<base>基期值?|现状值?|基准值|基数)"
)
_BASE_KINDS = ("基期", "基数", "现状", "实际", "完成")
_EXTRA_HEAD_RE = re.compile(r"属性|指标属性|单位|计量单位|序号|类别|类型|领域|备注")
# 年均增长(%): a column of yearly changes over the plan's years, each a goal of its row
_GROWTH_HEAD_RE = re.compile(r"(?:年均)?增[长速](?:率|幅度)?(?:[(（]%[)）])?")
# 年均[累计]: each row's yearly average (a change where the row names one: 增长率, 提升), or in
# brackets the plan period's total
_AVERAGE_HEAD_RE = re.compile(r"年均[\[〔(（【]累计[\]〕)）】]")
_CHANGE_NAME_RE = re.compile(r"增长|增速|提升|提高|降低|下降|减少")
# “十四五”目标 above the columns it spans (2025年 | 年均[累计]): each of them holds goals
_PERIOD_GOAL_RE = re.compile(r"[“\"]?十[一二三四五六]五[”\"]?(?:时期|规划)?目标")
# 亿元, %, 万人: a row's unit in a 单位 column
_UNIT_CELL_RE = re.compile(
    r"%|‰|(?:万|亿|千|百万|万亿)?(?:" + vocab.alt(vocab.BASE_UNITS) + r")(?:/[^\d\s/]{1,4})?"
)
_KIND_RE = re.compile(r"约束性?|预期性?|约束性指标|预期性指标")
_SECTION_RE = re.compile(
    r"[一二三四五六七八九十]{1,3}[、.．].{0,24}|[(（][一二三四五六七八九十]{1,3}[)）].{0,24}"
)
_VALUE_RE = re.compile(
    r"(?:[<>≥≤]|大于|小于|不低于|不高于|不少于|不超过|约)?\s*\d+(?:\.\d+)?\s*(?:%|[^\d\s]{1,5})?"
    r"(?:以上|以下|以内|左右)?|[—\-/－–]{1,3}"
    r"|[\[〔【](?:累计)?(?:达到)?\d+(?:\.\d+)?(?:左右|以上)?[\]〕】]"  # [20], [累计达到1000]: a total
)
_TOTAL_RE = re.compile(r"[\[〔【].*[\]〕】]")
_SERIAL_RE = re.compile(r"\d{1,2}")
_NUMBERING_RE = re.compile(r"^(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）]|其中[:：]?)\s*")
# 森林覆盖率(%), 孕产妇死亡率(1/10万): the unit of the row's bare numbers
_UNIT_BRACKET_RE = re.compile(
    r"[(（](?:1(?=/))?(?P<unit>[^()（）\d]{1,8}|/(?:10|100)?万|/千)[)）]$"
)
_PROSE_LEN = 40
_MAX_CELLS = 800
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
_COMPARATOR_TAIL_RE = re.compile(r"\s*(?:以上|以下|以内|左右)?")


@dataclass(frozen=True, slots=True)
class _Column:
    year: int | None
    goal: bool
    base: bool
    growth: bool = False
    average: bool = False  # 年均[累计]: growth only where the row's name is a change


@dataclass(frozen=True, slots=True)
class GoalCell:
    start: int  # analysis offsets of the value cell
    end: int
    name: str
    unit: str  # from the row name's bracket: (%) (万立方米)
    year: int | None
    goal: bool  # the goal column's; otherwise a base column's (a level reached)
    growth: bool = False  # a yearly change (年均增长) rather than a level


def _cells(an: str, pos: int) -> list[tuple[int, int, str]]:
    """The table's cells from pos on, up to the first cell of prose."""
    out = []
    for m in _CELL_RE.finditer(an, pos):
        text = m.group().strip(" \t\u3000\xa0")
        if not text or (m.group()[0] == "<" and m.group()[-1] == ">"):  # a tag
            continue
        if len(text) > _PROSE_LEN or "。" in text:
            break
        lead = m.group().find(text)
        out.append((m.start() + lead, m.start() + lead + len(text), text))
        if len(out) >= _MAX_CELLS:
            break  # a page of short lines with no prose after them: bound the work per header
    return out


def _header(cells: list[tuple[int, int, str]]) -> tuple[list[_Column], int]:
    """The value columns of the header that opens cells[0] (the name column), and where the rows
    start; no columns when the header names no goal column."""
    cols: list[_Column] = []
    i, spanned, kinds = 1, False, False
    while i < len(cells):
        text = re.sub(r"\s", "", cells[i][2])
        if _PERIOD_GOAL_RE.fullmatch(text):
            spanned = True
        elif m := _COLUMN_RE.fullmatch(text):
            year = int(m.group("year")) if m.group("year") else None
            kind = m.group("kind") or ""
            cols.append(
                _Column(
                    year,
                    bool(m.group("goal")) or "目标" in kind or spanned,
                    bool(m.group("base")) or kind.startswith(_BASE_KINDS),
                )
            )
        elif _GROWTH_HEAD_RE.fullmatch(text) or _AVERAGE_HEAD_RE.fullmatch(text):
            cols.append(_Column(None, True, False, True, bool(_AVERAGE_HEAD_RE.fullmatch(text))))
        elif not _EXTRA_HEAD_RE.fullmatch(text):
            break
        kinds = kinds or text.endswith("属性")
        i += 1
    years = [c.year for c in cols if c.year is not None]
    last = max(years) if years else None
    # 指标 | 2025年 | 属性: a plan's one year beside each row's kind (约束性/预期性) holds goals
    sole = len(set(years)) == 1 and kinds
    marked = [
        _Column(
            last if c.growth else c.year,
            c.goal or (c.year == last and (len(set(years)) > 1 or sole) and not c.base),
            c.base or (c.year is not None and c.year != last),
            c.growth,
            c.average,
        )
        for c in cols
    ]
    return (marked if any(c.goal and not c.growth for c in marked) else []), i


_NOTE_MARK_RE = re.compile(r"[\[〔【(（]注?\d{1,2}[\]〕】)）]$|[*＊※]+$")


def _row_name(text: str) -> tuple[str, str]:
    # 拥有量[1]: the mark of a note under the table is no part of the row's name
    name = _NOTE_MARK_RE.sub("", _NUMBERING_RE.sub("", re.sub(r"\s", "", text)))
    if m := _UNIT_BRACKET_RE.search(name):
        return name[: m.start()], m.group("unit")
    return name, ""


def _rows(cells: list[tuple[int, int, str]], cols: list[_Column]) -> list[GoalCell]:
    k = len(cols)
    out: list[GoalCell] = []
    names: list[tuple[int, int, str]] = []
    values: list[tuple[int, int, str]] = []
    units: list[str] = []  # the row's 单位 cell

    def close() -> None:
        n = len(names)
        # a figure inside a row's name (每千人口, 1/10万) is part of the name
        out.extend(GoalCell(s, e, "", "", None, False) for s, e, _ in names)
        if values and len(values) in (n * k, (n - 1) * k):
            rows = names if len(values) == n * k else names[1:]
            for i, (s, e, cell) in enumerate(values):
                name, unit = _row_name(rows[i % len(rows)][2])
                col = cols[i // len(rows)]
                unit = unit or (units[0] if units else "")
                # a growth column's bracketed total ([累计达到1000]) is in the row's own unit
                growth = col.growth and (unit == "%" or not _TOTAL_RE.fullmatch(cell))
                if col.average:
                    growth = bool(_CHANGE_NAME_RE.search(name))
                # 残疾人家庭人均收入年均增长(%): a row that names a growth rate holds one
                growth = growth or (unit == "%" and name.endswith(("增长", "增速", "增长率")))
                unit = "%" if growth else unit
                goal = col.goal and not col.base
                out.append(GoalCell(s, e, name, unit, col.year, goal, growth))
        names.clear()
        values.clear()
        units.clear()

    serial = 1  # the next row's number, where rows are numbered
    for ci, (s, e, text) in enumerate(cells):
        nxt = cells[ci + 1][2] if ci + 1 < len(cells) else ""
        if text == str(serial) and nxt and not _VALUE_RE.fullmatch(nxt):
            serial += 1
            close()  # …| 5左右 | 2 | 全员劳动生产率: 2 numbers the next row
            continue
        if names and not values and text == "/":
            continue  # a row measured in no unit
        if _KIND_RE.fullmatch(text) and names and not values:
            continue  # the row's kind before its values (名称 | 单位 | 预期性 | 2025年值)
        if _KIND_RE.fullmatch(text) or _SECTION_RE.fullmatch(text):
            close()
        elif _VALUE_RE.fullmatch(text) and (names or not _SERIAL_RE.fullmatch(text)):
            if not names:
                break  # a figure with no row to hold it: the table has ended
            if not values and _SERIAL_RE.fullmatch(text) and nxt and not _VALUE_RE.fullmatch(nxt):
                continue  # 1 ⏎ 森林覆盖率: the next row's serial number
            values.append((s, e, text))
        elif _SERIAL_RE.fullmatch(text):
            continue  # a serial number before the row's name
        elif names and not values and _UNIT_CELL_RE.fullmatch(text.replace(" ", "")):
            units.append(text)
        else:
            if values:
                close()
            names.append((s, e, text))
    close()
    return out


def find(an: str) -> list[GoalCell]:
    """The value cells of every indicator table in the analysis text."""
    if "指" not in an:
        return []
    out: list[GoalCell] = []
    for m in _NAME_HEAD_RE.finditer(an):
        line = an[an.rfind("\n", 0, m.start()) + 1 : m.start()]
        if not _HEAD_LEAD_RE.search(an, max(0, m.start() - 8), m.start()) and line.strip():
            continue  # 指标 inside a sentence, no header cell (a PDF's line may open on spaces)
        cells = _cells(an, m.start())
        cols, first = _header(cells)
        if cols:
            out += _rows(cells[first:], cols)
    return out


def apply(doc: Cleaned, targets: list[Target]) -> list[Target]:
    """Targets with the tables' base levels dropped, their goals named and dated by row and
    column, and the goals a table gives as a bare number (46.3 under 森林覆盖率(%)) added."""
    cells = find(doc.analysis)
    if not cells:
        return targets
    spans = [doc.to_original(c.start, c.end) for c in cells]
    out: list[Target] = []
    told: set[int] = set()
    for t in targets:
        i = next((i for i, (s, e) in enumerate(spans) if s <= t.start < e), None)
        if i is None:
            out.append(t)
        elif cells[i].goal:
            told.add(i)
            year = cells[i].year if cells[i].year is not None else t.year
            growth = cells[i].growth or t.growth
            out.append(replace(t, indicator=cells[i].name or t.indicator, year=year, growth=growth))
    for i, c in enumerate(cells):
        if c.goal and i not in told and (bare := _bare_goal(doc, c, spans[i])):
            out.append(bare)
    out.sort(key=lambda t: t.start)
    return out


def _bare_goal(doc: Cleaned, c: GoalCell, span: tuple[int, int]) -> Target | None:
    """A goal cell's figure, read with the unit its row name gives in brackets."""
    an, txt = doc.analysis[c.start : c.end], doc.text[c.start : c.end]
    if _TOTAL_RE.fullmatch(an):
        an, txt = an[1:-1], txt[1:-1]  # [累计达到1000]: the total inside its brackets
    num = _NUMBER_RE.search(an)
    if num and c.unit and _COMPARATOR_TAIL_RE.fullmatch(an, num.end()):
        p = num.end()  # 46.3 under 森林覆盖率(%): the row's unit follows the number
        an, txt = an[:p] + c.unit + an[p:], txt[:p] + c.unit + txt[p:]
    qs = find_quantities(an, txt, 0, len(an))
    if len(qs) != 1:
        return None
    q = qs[0]
    return Target(
        quote=doc.original[span[0] : span[1]],
        start=span[0],
        end=span[1],
        indicator=c.name,
        growth=c.growth,
        comparator=q.comparator(),
        value=to_plain(q.value),
        value_max=to_plain(q.value_max) if q.value_max is not None else None,
        unit=q.unit,
        base_value=to_plain(q.base_value),
        year=c.year,
        confidence=RULES_SURE,  # a table's goal column says it is a goal, as 力争 in a plan does
    )
