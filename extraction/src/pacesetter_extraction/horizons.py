"""Which year a figure of a sentence is for: the last marker before it, a time set right after
it, and the horizons that open a sentence or a paragraph's goals and frame what follows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import vocab
from .context import Marker, sentence_markers
from .years import DocYears

if TYPE_CHECKING:
    from .sentences import Line, Sentence

__all__ = [
    "announced_horizon",
    "last_marker",
    "handed_horizon",
    "last_year",
    "opening_sentence",
    "leading_horizon",
    "opens_with_year",
    "when_after",
]

# How far into a sentence a horizon may end and still open it (力争到2025年,).
_SPEECH_LEAD_RE = re.compile(r"[^。;!?]{0,40}?(?:表示|指出|说|介绍|强调|透露|提出|了解到|获悉)[,:]")
_SUBJECT_HORIZON_RE = re.compile(r"[^\d,;。:]{0,6}?(?:力争)?到(?:19|20)\d{2}年(?:底|末)?")
_HORIZON_REACH = 10
_LEAD_REACH = 18


def last_marker(markers: list[Marker], pos: int) -> Marker | None:
    last = None
    for mk in markers:
        if mk.pos > pos:
            break
        last = mk
    return last


def last_year(markers: list[Marker], pos: int) -> int | None:
    year = None
    for mk in markers:
        if mk.pos > pos:
            break
        if mk.year is not None:
            year = mk.year
    return year


# 2600个将于明年投入服务: a time set right after the figure, in its own clause, dates it.
# …also after the counted thing's own name (3万个简约公屋单位会在2027/28年度前落成).
_WHEN_AFTER_RE = re.compile(
    r"[^,;。\d]{0,10}?(?:将于|将在|会于|会在|于|在)[^,;。]{1,10}"
    # 解决500万人饮水安全(2013—2017年): the item's period in brackets after it, dated by its end
    r"|[^,;。\d()（）]{0,16}[(（](?:19|20)\d{2}年?[—\-~至到－–](?:(?:19|20)\d{2}年?)?"
)


def when_after(an: str, markers: list[Marker], pos: int, end: int) -> int | None:
    for mk in markers:
        if pos < mk.pos <= end and mk.year is not None:
            return mk.year if _WHEN_AFTER_RE.fullmatch(an, pos, mk.pos) else None
    return None


# 我们对今后五年的发展提出了…具体目标。: a sentence that sets out the goals of a time frames the
# figures after it.
_SETTING = vocab.alt(vocab.GOAL_SETTING_VERBS)
_ANNOUNCES_RE = re.compile(
    r"[^。;!?\d]{0,30}?(?:" + _SETTING + r")[^。;!?\d]{0,20}?(?:目标|任务)(?:如下)?[。:!]?"
)


# 水利厅制定了“十三五”主要目标。: the verb before the time, the goals after it.
_SETS_OUT_BEFORE_RE = re.compile("(?:" + _SETTING + r")了?[“\"]?[^,;。]{0,12}$")
_GOALS_AFTER_RE = re.compile(r"[”\"]?的?(?:(?:主要|发展|奋斗|预期)?(?:目标|任务)(?:如下)?)?[。:!]?")
# “十一五”经济社会发展的主要目标是: a lead naming the period whose goals the list gives
_GOALS_LISTED_RE = re.compile(r"[”\"]?[^。;!?\d]{0,20}?(?:目标|任务)(?:是|为|如下)?:")


def announced_horizon(
    sent: Sentence, markers: list[Marker], years: DocYears, text: str
) -> int | None:
    """The future year of a sentence that only announces goals for it."""
    mk = next((mk for mk in markers if mk.year is not None), None)
    if mk is None or mk.year is None or mk.state != "future":
        return None
    if not (
        _ANNOUNCES_RE.fullmatch(text, mk.pos, sent.end)
        or _GOALS_LISTED_RE.fullmatch(text, mk.pos, sent.end)
        or (
            _SETS_OUT_BEFORE_RE.search(text, sent.start, mk.pos)
            and _GOALS_AFTER_RE.fullmatch(text, mk.pos, sent.end)
        )
    ):
        return None
    return mk.year if years.report is None or mk.year > years.report else None


def leading_horizon(
    sent: Sentence, markers: list[Marker], years: DocYears, text: str = ""
) -> int | None:
    """The year of a horizon that opens a sentence as a clause of its own (到2025年,…): it
    frames what follows in the paragraph, unlike a year inside a clause (力争2025年产值突破…),
    which is that figure's own."""
    first = next((mk for mk in markers if mk.year is not None), None)
    if first is None or first.year is None or first.state != "future" or not sent.clauses:
        return None
    # The horizon ends its clause, after at most a short lead (根据相关计划,到2025年,).
    opening = next((cl for cl in sent.clauses if cl.start <= first.pos <= cl.end + 1), None)
    if opening is None:
        return None
    if opening.end - first.pos > 1 and not (
        # 上海到2025年建成…: a short subject, then 到 and the year, frames the paragraph too.
        text and _SUBJECT_HORIZON_RE.fullmatch(text, opening.start, first.pos)
    ):
        return None
    # 局长李政表示,到2025年,…: who speaks is no part of the lead.
    said = (
        _SPEECH_LEAD_RE.match(text, sent.start, opening.start)
        if text and opening.start > sent.start
        else None
    )
    lead_start = said.end() if said else sent.start
    if first.pos - opening.start > _HORIZON_REACH or first.pos - lead_start > _LEAD_REACH:
        return None
    return first.year if years.report is None or first.year > years.report else None


_RUN_IN_HEADING_RE = re.compile(r"[(（]?[一二三四五六七八九十\d]{1,2}[)）、.]?[^\d,;。]{2,8}。")


def opening_sentence(an: str, line: Line) -> list[Sentence]:
    """The paragraph's first sentence, after a run-in heading ((二)总体目标。到2027年,…)."""
    first = line.sentences[:1]
    if (
        first
        and len(line.sentences) > 1
        and _RUN_IN_HEADING_RE.fullmatch(an, first[0].start, first[0].end)
    ):
        return line.sentences[1:2]
    return first


def handed_horizon(an: str, line: Line, years: DocYears) -> int | None:
    """The horizon a paragraph hands on to the next: one it ends on (…。到2030年,…成效显著。),
    as its targets follow in the next paragraph; else its opening's. A year only inside a
    clause (…,力争2024年班列…) dates its figure and leaves it be."""
    for s in line.sentences[-1:] + opening_sentence(an, line):
        markers = sentence_markers(an, s, years)
        y = leading_horizon(s, markers, years, an) or announced_horizon(s, markers, years, an)
        if y:
            return y
    return None


def opens_with_year(an: str, line: Line, years: DocYears) -> bool:
    """Whether a sentence of the paragraph has a dated marker in its first clause."""
    for s in line.sentences:
        first = s.clauses[0].end if s.clauses else s.end
        if any(
            mk.year is not None and mk.pos <= first + 1 for mk in sentence_markers(an, s, years)
        ):
            return True
    return False
