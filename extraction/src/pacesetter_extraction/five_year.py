"""Five-year plans (十四五, 第十五个五年规划): the year a plan period ends, and the plan a text is
about when its title names one or it presents one in that plan's own first years."""

from __future__ import annotations

import re

from .outline import TITLE_RE, document_title

# 到“十四五”末, “十四五”期间: a five-year plan period, whose targets are for its last year
# (the n-th plan ends in 1955 + 5n: 十一五 2010, 十四五 2025).
# …also written out (第十五个五年规划纲要).
FIVE_YEAR_END_RE = re.compile(
    r"(?:十([一二三四五六])五|第十([一二三四五六])个五年)[”\"」]?"
    r"(?:末|期末|期间|时期|规划|规画|计划|(?:主要|发展|奋斗)?目标)"  # “十三五”主要目标: its goals
    # “十四五”非化石能源消费比重目标是20%: a plan's name in quotes frames what follows it
    r"|[“\"「]十([一二三四五六])五[”\"」](?![^,;。]{0,2}(?:开局|收官)|以来)"  # …良好开局: told
)
_QUOTED_FIVE_RE = re.compile(r"[“\"「]十([一二三四五六])五[”\"」]")
_TOLD_YEAR_RE = re.compile(r"[^,;。]{0,2}(?:开局|收官)")
_FIVE = {"一": 11, "二": 12, "三": 13, "四": 14, "五": 15, "六": 16}


def period_end(m: re.Match[str]) -> int:
    return 1955 + 5 * _FIVE[m.group(1) or m.group(2) or m.group(3)]


def titled_plan(text: str) -> tuple[int, int] | None:
    """The five-year plan a document's title names (“十四五”规划重质量和民生): the text is about it."""
    title = document_title(text) or ""
    # In a title a quoted plan name alone frames it: “十四五”江苏将实现…
    m = FIVE_YEAR_END_RE.search(title) or _QUOTED_FIVE_RE.search(title)
    if m is None or _TOLD_YEAR_RE.match(title, m.end()):
        return None  # “十五五”开局计划完成投资…: the plan's first (or last) year, not its end
    return period_end(m) - 4, period_end(m)


# 李强介绍了“十五五”草案, 审议“十五五”规划纲要: a plan presented without a title's brackets.
_PRESENTED_DRAFT_RE = re.compile(
    r"(?:编制|审议|审查|提请|介绍|说明)了?[^,;。]{0,12}?[“\"「]十([一二三四五六])五[”\"」]"
    r"(?:规划)?(?:纲要)?(?:草案|\(草案\))"
)
_PRESENTS_RE = re.compile(r"(?:编制|印发|发布|出台|审议|审查|提请|公布)(?:了)?$")


def presented_plan(text: str, report: int | None) -> tuple[int, int] | None:
    """编制了《…第十五个五年规划纲要(草案)》: a five-year plan the text presents, in that
    plan's own first year, is what its unmarked targets are for."""
    if report is None:
        return None
    for d in _PRESENTED_DRAFT_RE.finditer(text):
        end = 1955 + 5 * _FIVE[d.group(1)]
        if end - 4 <= report <= end:
            return end - 4, end
    if "《" not in text:
        return None
    for t in TITLE_RE.finditer(text):
        m = FIVE_YEAR_END_RE.search(text, t.start(), t.end())
        if m and _PRESENTS_RE.search(text, max(0, t.start() - 6), t.start()):
            end = period_end(m)
            if end - 4 <= report <= end:
                return end - 4, end
    return None
