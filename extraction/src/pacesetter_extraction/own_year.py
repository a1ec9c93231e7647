"""What a text says of the year it is for, besides the years it writes: a relative year glossed
with its number (今(112)年), a budget presented for a year (115年度总预算案), a Republic of
China fiscal year, Macau's policy address (given in November for the year after), Hong Kong's
budget (for the financial year that ends the next year), and a title naming one year's plan or
goals (2019年…实事项目安排, 2010年…预期目标)."""

from __future__ import annotations

import re

from .outline import document_title
from .year_forms import year_matches

__all__ = [
    "ROC_FISCAL_RE",
    "budget_year",
    "glossed_today",
    "roc_stamp",
    "tells_hong_kong_budget",
    "tells_macau_address",
    "titled_goal_year",
    "titled_year_plan",
]

# 今(112)年, 去(108)年, 明(2027)年: a relative year glossed with its number, as Taiwan's news
# writes it.
_GLOSSED_RE = re.compile(r"([今去明])\((\d{2,4})\)年")
_GLOSS_OFFSET = {"今": 0, "去": 1, "明": -1}


def glossed_today(text: str) -> int | None:
    m = _GLOSSED_RE.search(text)
    if m is None:
        return None
    n = int(m.group(2))
    year = n + 1911 if n < 1000 else n
    return year + _GLOSS_OFFSET[m.group(1)]


# 日期:106-02-09: a page's labelled date in the Republic of China era
_ROC_STAMP_RE = re.compile(
    r"(?:日期|时间|時間|发布|發布|更新)[^\d\n]{0,4}(?<!\d)(\d{2,3})[-/.](\d{1,2})[-/.]\d{1,2}(?!\d)"
)


def roc_stamp(text: str) -> tuple[int, int] | None:
    """The year and month of a ROC-era date stamp (日期:106-02-09 → 2017, 2)."""
    m = _ROC_STAMP_RE.search(text)
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return None
    return int(m.group(1)) + 1911, int(m.group(2))


ROC_FISCAL_RE = re.compile(r"(?<![\d.])1[0-4]\d年度")
_BUDGET_AFTER_RE = re.compile(r"度?(?:总|總)?(?:财政|財政)?(?:预算|預算)(?:案|草案)?")


def budget_year(text: str, roc: bool) -> int | None:
    """The latest year a budget is named for (115年度总预算案, 2026年预算草案)."""
    return max(
        (y for m, y in year_matches(text, roc=roc) if _BUDGET_AFTER_RE.match(text, m.end())),
        default=None,
    )


_NEXT_BUDGET_RE = re.compile(r"明年度?(?:的)?(?:总|總)?(?:预算|預算)")


def plans_next_budget(text: str) -> bool:
    """明年度总预算: the text is about the budget for the year after its own."""
    return _NEXT_BUDGET_RE.search(text) is not None


_MACAU_RE = re.compile(r"澳[门門]")
_MACAU_ADDRESS_RE = re.compile(r"施政(?:报告|報告|重点|重點|方针|方針)")


def tells_macau_address(text: str) -> bool:
    return _MACAU_ADDRESS_RE.search(text) is not None and _MACAU_RE.search(text) is not None


_HONG_KONG_RE = re.compile(r"香港|特区政府|特區政府|港府")
_BUDGET_SPEECH_RE = re.compile(r"预算案|預算案")


def tells_hong_kong_budget(text: str) -> bool:
    """Hong Kong's budget (财政预算案) is presented in February or March for the financial year
    from April to the next March: its figures are for the year that ends it (2026-27 → 2027)."""
    return _BUDGET_SPEECH_RE.search(text) is not None and _HONG_KONG_RE.search(text) is not None


# 2019年崇明区政府实事项目和重点工程安排, 苏州市2021年实事项目: a title naming one year's plan (a
# year, not a span's end, then within the name a plan's kind), not an account of it.
_YEAR_PLAN_TITLE_RE = re.compile(
    r"(?<![\d—–~至到-])((?:19|20)\d{2})年度?[^,。:;\s]{0,16}?"
    r"(?:实事|实事项目|计划|安排|要点|方案|目标|任务|项目|蓝图|重点工作|工作思路)"
)
_ACCOUNT_RE = re.compile(r"情况|总结|回顾|进展|进度|成效|盘点|完成|报告|公报")


def titled_year_plan(text: str) -> int | None:
    """The year whose plan the document's own title names; a page stamped later is a copy of
    that plan (a repost), so the title, not the stamp, says which year the text is for."""
    title = document_title(text)
    if not title or _ACCOUNT_RE.search(title):
        return None
    m = _YEAR_PLAN_TITLE_RE.search(title)
    return int(m.group(1)) if m else None


_HEADLINE_MAX = 60
_GOAL_YEAR_RE = re.compile(r"((?:19|20)\d{2})年[^,。:]{0,12}?(?:预期目标|主要目标|目标任务)")


def titled_goal_year(text: str) -> int | None:
    """The year a document's title or headline gives its goals (…:2010年漳州经济社会发展预期目标)."""
    head = text.lstrip().split("\n", 1)[0]
    title = head if len(head) <= _HEADLINE_MAX else document_title(text)
    m = _GOAL_YEAR_RE.search(title) if title else None
    return int(m.group(1)) if m else None
