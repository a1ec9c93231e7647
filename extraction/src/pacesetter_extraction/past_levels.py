"""Figures a sentence ties to the past by its wording, whatever the paragraph's time: a change
against last year named by its year, the level a past span started from, and a goal set before
and since replaced."""

from __future__ import annotations

import re

from .numerals import parse_year

__all__ = ["compared_base", "last_year_delta", "past_start", "superseded"]

# 较2021年增加62.2亿元 in a text for 2022: a change against last year, named by its year.
_YEAR_DELTA_RE = re.compile(
    r"(?:比|较)((?:19|20)\d{2})年[^,;。]{0,8}?(?:增加|减少|多|少|提高|下降)$"
)
# 从2016年设置容量仅1.17GW(,至2023年已达…): where a past span started.
_FROM_YEAR_RE = re.compile(
    r"(?:从|由|自)((?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3}|1[0-4]\d)年(?!起|开始|以来)"
    r"[^,;。\d]{0,12}$"  # …also a Republic of China year (从105年)
)


# (3亿元,)比“十三五”末增0.8亿元: a change against the last plan's end, told with the level
_FIVE_DELTA_RE = re.compile(
    r"(?:比|较)[“\"]?十[一二三四五六]五[”\"]?(?:末|期末)(?:增加|减少|增|减|多|少)$"
)


def last_year_delta(head: str, report: int | None) -> bool:
    if "五" in head and _FIVE_DELTA_RE.search(head):
        return True
    m = _YEAR_DELTA_RE.search(head) if report is not None and "年" in head else None
    return m is not None and int(m.group(1)) == report - 1  # type: ignore[operator]


# 由“十三五”(末)的1.75万亿元(发展到…): a five-year plan's period named as the start.
_FROM_FIVE_RE = re.compile(r"(?:从|由|自)[“\"]?十([一二三四五])五[”\"]?(?:末|期末|时期)?的?$")


_FROM_NOW_RE = re.compile(r"(?:从|由)(?:目前|现在|现时|当前|现有|现阶段)的[^,;。\d]{0,8}$")


def past_start(head: str, report: int | None) -> bool:
    """A figure right after 从/由/自 and a year (or a five-year plan) before the text's own:
    the level a span started from, a fact (the change it leads to is told after it); so is a
    figure after 从目前的 (from today's level)."""
    if ("从" in head or "由" in head) and _FROM_NOW_RE.search(head):
        return True
    if report is None:
        return False
    if "五" in head and (five := _FROM_FIVE_RE.search(head)):
        return 2005 + 5 * ("一二三四五".index(five.group(1)) + 1) < report
    m = _FROM_YEAR_RE.search(head) if "年" in head else None
    y = (int(m.group(1)) + 1911 if len(m.group(1)) == 3 else parse_year(m.group(1))) if m else None
    return y is not None and y < report


# 经济部原订定2025年光电目标20GW: the goal as first set, since moved (按原计划 keeps it);
# 工程原预算为4000万元: the budget before its revision.
_FORMER_RE = re.compile(r"(?<![按依如照])原(?:订定|订|定|计划|规划|先|本|预算|估算|概算|投资额)")


def superseded(head: str) -> bool:
    return "原" in head and _FORMER_RE.search(head) is not None


# 较这个年度预算数280亿元(增加51亿元): the level compared with, not a goal.
_COMPARED_BASE_RE = re.compile(r"(?:较|比)[^,;。\d增减提降升多少高低快慢]{1,10}(?:数|额|值|水平)$")


def compared_base(head: str) -> bool:
    return _COMPARED_BASE_RE.search(head) is not None
