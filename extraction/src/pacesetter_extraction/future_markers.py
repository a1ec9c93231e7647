"""Future words (计划, 目标, 力争, 今年…) as markers, and the uses of them that look back: a goal
reached, a priority named, the share of a task done, a programme's name, the plan as it stood, a
gone year's plan, a plan told as done."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import vocab

__all__ = ["CLAUSE_START", "Marker", "future_markers", "goals_set"]


@dataclass(slots=True)
class Marker:
    pos: int  # end position of the marker
    state: str  # "past" | "future" | ""
    year: int | None = None


_FUTURE = re.compile(vocab.alt(vocab.FUTURE_WORDS))
_FUTURE_IN_TERMS = tuple(vocab.FUTURE_WORDS_IN_TERMS)
# …or a task done ahead of time or beyond it (提前一个月完成市下达的30亿元的任务).
_REACHED_BEFORE_RE = re.compile(
    r"(?:(?:实现|完成|达到|达成|超额完成|提前完成)了|(?:提前|超额|率先|已经?)[^,;。]{0,6}?完成"
    # 较好地完成…确定的年度目标任务: a review says how well the goals were met
    r"|(?:较好地?|很好地?|圆满|胜利|顺利|全面|出色地?)(?:完成|实现))[^,;。]*$"
)
_REACHED_REACH = 24
_PRIORITY_BEFORE_RE = re.compile(r"(?:作为|列为|当作|当成)[^,;。]{0,6}$")
_DONE_SHARE_RE = re.compile(r"(?:完成|超额完成|超出|占|达到)[^,;。]{0,6}$")
_SHARE_OF_AFTER_RE = re.compile(r"(?:投资|资金|任务)?的\d")
_CARRIED_OUT_RE = re.compile(
    r"[,;:，；：][^,;。:]{0,6}?(?:全面|扎实|认真|紧紧|坚决|圆满)?(?:落实|围绕|做好|抓好|完成)"
    r"[^,;。:]{0,20}$"
)
# Where a clause starts: the punctuation that ends the one before (context.py shares it).
CLAUSE_START = re.compile(r"[,，;；:：。!！?？\n]")


_DONE_AFTER_RE = re.compile(
    r"(?:已|均已|已经)?(?:全面|顺利|圆满|超额|基本)?(?:完成|实现|达成)(?:了)?(?=[,;。!?]|$)"
)


def _in_quoted_name(text: str, start: int, end: int) -> bool:
    op = text.rfind("“", max(0, start - 12), start)
    return op != -1 and text.find("”", op, start) == -1 and text.find("”", end, end + 6) != -1


# 2021年计划投资…, 计划于…: 计划 as a verb plans what follows, whatever the year
_PLANNED_ACT_RE = re.compile(
    r"(?:投资|申报|完成|建设|实施|新建|开工|建成|举办|打造|安排|新增|实现|于|在|到|将|再)"
)
_RANGE_END_RE = re.compile(r"[-—~至到]\s*\d{2,4}年度?$")  # 2021年-2025年: a period's end


def _past_year_in_clause(text: str, found: list[Marker], pos: int) -> bool:
    """A past year's marker earlier in the clause that ends at pos."""
    before = [mk for mk in found if mk.pos <= pos and mk.year is not None]
    if not before:
        return False
    last = max(before, key=lambda mk: mk.pos)
    return (
        last.state == "past"
        and text[last.pos - 1 : last.pos] in ("年", "度")  # a year written, no plan period
        and not _RANGE_END_RE.search(text, max(0, last.pos - 10), last.pos)
        # …in the clause, or framing the sentence as a clause of its own (2019年年初,…目标是)
        and (
            CLAUSE_START.search(text, last.pos, pos) is None
            or bool(_FRAME_RE.match(text, last.pos))
        )
    )


_FRAME_RE = re.compile(r"(?:年初|年中|年底|年末|初)?[,，]")


def future_markers(
    text: str, start: int, end: int, found: list[Marker], dated: frozenset[str]
) -> list[Marker]:
    """The future words of text[start:end] that look ahead; found holds the markers so far, and
    dated the relative words (今年, 明年) already dated by the caller."""
    out: list[Marker] = []
    has_quote = text.find("“", start, end) != -1
    for m in _FUTURE.finditer(text, start, end):
        if _REACHED_BEFORE_RE.search(text, max(start, m.start() - _REACHED_REACH), m.start()):
            continue  # 实现了…“两稳”目标: a goal reached, told as a result
        if m.group() in ("任务", "目标") and _PRIORITY_BEFORE_RE.search(
            text, max(start, m.start() - 8), m.start()
        ):
            continue  # 去年…把稳定就业作为第一任务: a priority named, no time of its own
        if (
            text[m.end() : m.end() + 1].isdigit() or _SHARE_OF_AFTER_RE.match(text, m.end())
        ) and _DONE_SHARE_RE.search(text, max(start, m.start() - 8), m.start()):
            continue  # 完成省定任务100.2%, 达到年度目标任务的69%: the share of a task done
        if (
            m.group() in ("任务", "目标")
            and _CARRIED_OUT_RE.search(text, max(start - 1, m.start() - 36), m.start())
            and (m.end() == end or CLAUSE_START.match(text, m.end()))
        ):
            continue  # …,全面落实“六保”任务,全年实现…: a task carried out, no time of its own
        if has_quote and _in_quoted_name(text, m.start(), m.end()):
            continue  # 实施工业企业培育“十百千计划”: a programme's name, no time ahead
        if (
            m.group() == "计划"
            and text.endswith("有", 0, m.start())
            and text.startswith("地", m.end())
        ):
            continue  # 每年有计划地改造…: systematically, a manner, no plan ahead
        if m.group() == "计划" and text.endswith("年初", 0, m.start()):
            continue  # 年初计划交工…,实际交工…: the plan as it stood, told with its result
        if (
            m.group() in ("计划", "目标", "任务", "预期")
            and not _PLANNED_ACT_RE.match(text, m.end())
            and _past_year_in_clause(text, found, m.start())
        ):
            continue  # 105年度列管…计划整体预算达成率94.69%: a gone year's plan, told as done
        if m.group().endswith(("计划", "目标", "任务")) and _DONE_AFTER_RE.match(text, m.end()):
            continue  # 幸福长春行动计划全面完成: a plan told as done, a result
        if m.group() not in dated and not text.startswith(_FUTURE_IN_TERMS, m.start()):
            # 今年/明年 were dated above; 预期寿命 is a term, not an expectation
            out.append(Marker(m.end(), "future"))
    return out


# 主要目标已经敲定。…: the goals named before 已 are what was set; the text goes on to them.
_GOALS_BEFORE_RE = re.compile(r"(?:目标|指标)(?:任务)?(?:均|都|也)?$")
_GOALS_SET_RE = re.compile("(?:" + vocab.alt(vocab.GOAL_SETTING_VERBS) + r"|敲定|下达)")


def goals_set(text: str, start: int, m: re.Match[str]) -> bool:
    """主要目标已经敲定, 目标任务已下达: the goals were set, the figures after them are goals."""
    if m.group() not in ("已", "已经"):
        return False
    return (
        _GOALS_BEFORE_RE.search(text, max(start, m.start() - 6), m.start()) is not None
        and _GOALS_SET_RE.match(text, m.end()) is not None
    )
