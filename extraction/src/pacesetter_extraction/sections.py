"""What a heading or a short paragraph says about the section under it: results gone by
(回顾, 2025年成绩单, …开展了五个方面的工作) or goals ahead (主要目标, 2026年), and its year."""

from __future__ import annotations

import re

from . import vocab
from .context import BASE_BEFORE, SPAN_RE, Marker, span_end
from .five_year import FIVE_YEAR_END_RE, period_end
from .relative_years import REL_OFFSET, RELATIVE_RE, relative_word
from .year_forms import year_matches
from .years import DATE_RE, DocYears

__all__ = ["heading_state", "section_after"]

_DATE_LINE_RE = re.compile(
    r"[^\d]{0,12}?" + DATE_RE.pattern + r"日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)


_DONE_HEADING_RE = re.compile(
    r"^[^,;。]{0,6}已(?:全部|全面)?(?:完工|完成|建成|竣工|投用)(?:的)?项目"
)


_UNDERWAY_HEADING_RE = re.compile(
    r"^[^,;。]{0,6}(?:已启动|已开工|在建|正在实施|推进中|拟启动|未启动|待启动|续建|新开工)"
    r"(?:实施)?(?:的)?项目"
)


_PRESENT_HEADING_MAX = 16  # 一、基本情况 (not a long line that mentions 现状 in passing)


def _in_brackets(text: str, pos: int) -> bool:
    return text.rfind("(", 0, pos) > text.rfind(")", 0, pos)


def heading_state(text: str, years: DocYears) -> tuple[str, int | None]:
    """Context a heading sets for the section under it: past/future/'' and its year."""
    if _DATE_LINE_RE.fullmatch(text.strip()):
        return "", None  # 2024年1月18日: the page's date, no section of the year
    # The last year in the heading is the one it is about; one in brackets qualifies an
    # item (…新建工程(2024年度续建项目)), not the section.
    year = max(
        (my for my in year_matches(text, roc=years.roc) if not _in_brackets(text, my[0].start())),
        key=lambda my: my[0].start(),
        default=(None, None),
    )[1]
    if year is None and (five := FIVE_YEAR_END_RE.search(text)):
        year = period_end(five)  # 二、“十五五”时期主要目标: the goals are for the period's end
    if year is None and (span := SPAN_RE.search(text)):
        year = span_end(span, years)  # 未来五年主要目标任务: the span's last year
    if (
        any(w in text for w in vocab.HEADING_PAST)
        or _DONE_HEADING_RE.search(text)
        or (len(text) <= _PRESENT_HEADING_MAX and any(w in text for w in vocab.HEADING_PRESENT))
    ):
        return "past", year  # 回顾, 成绩; 已完工项目: the items under it are done
    if _UNDERWAY_HEADING_RE.search(text):
        return "future", year  # 已启动实施项目, 在建项目: works still to be finished
    rel = RELATIVE_RE.search(text) if year is None else None
    if rel and not text.endswith(BASE_BEFORE, 0, rel.start()):
        # A news subheading 去年新建…/今年将新建…: the part of the story it heads.
        off = REL_OFFSET[relative_word(rel)]
        today = years.today
        return ("past" if off < 0 else "future"), (today + off if today is not None else None)
    if year is not None and years.report is not None and year < years.report:
        return "past", year
    if any(w in text for w in vocab.HEADING_FUTURE) or year is not None:
        return "future", year
    return "", None


# A paragraph that announces what was done (过去一年,主要开展了五个方面的工作) opens a review.
_REVIEW_ANNOUNCE_RE = re.compile(
    r"了[^。]{0,20}(?:方面|以下|几项|几件|\d+项|[一二三四五六七八九十]+项)"
    # “十二五”期间,…取得了显著成绩。: the results are listed after it
    r"|取得了[^。,]{0,8}(?:成绩|成效|成就|进展)。?$"
)
_REVIEW_OPENER_MAX = 80


def section_after(line_text: str, markers: list[Marker], state: str) -> str:
    """The section state after a paragraph that is not a heading.

    A short paragraph that reviews the past and announces a list (…主要开展了五个方面的工作)
    makes the paragraphs under it results, as a heading 回顾 would; a paragraph that looks
    ahead (展望2010年…) ends that.
    """
    if (
        len(line_text) <= _REVIEW_OPENER_MAX
        and markers
        and markers[-1].state == "past"
        and _REVIEW_ANNOUNCE_RE.search(line_text)
    ):
        return "past"
    if state == "past" and any(mk.state == "future" for mk in markers):
        return ""
    return state
