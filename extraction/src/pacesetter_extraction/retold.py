"""Figures a news item's opening tells bare and its body tells again as done.

开工建设44253套保障性住房…… opens a report whose body says 已开工44253套: the opening sums up
results. A figure whose sentence has no word looking ahead (今年, 计划, 目标, 将 …) and that the
text elsewhere tells with 已 (已开工, 已建成) is a result, not a goal.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from . import vocab
from .clean import Cleaned
from .model import Target

_FUTURE_RE = re.compile(vocab.alt(vocab.FUTURE_WORDS) + r"|到(?:19|20)\d{2}年")
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
# 已开工(含建成)186个: 已 and the verb it marks, at most a short gloss before the figure
_DONE_BEFORE_RE = re.compile(r"已[^,;。:：\d]{0,8}$")
_SENTENCE_END = "。!?;\n"


def _sentence(an: str, pos: int) -> tuple[int, int]:
    start = max(an.rfind(c, 0, pos) for c in _SENTENCE_END) + 1
    ends = [e for c in _SENTENCE_END if (e := an.find(c, pos)) != -1]
    return start, min(ends) if ends else len(an)


def _told_done_elsewhere(an: str, figure: str, start: int, end: int) -> bool:
    pos = an.find(figure)
    while pos != -1:
        if not start <= pos < end and _DONE_BEFORE_RE.search(an, max(0, pos - 10), pos):
            return True
        pos = an.find(figure, pos + 1)
    return False


def drop_retold(doc: Cleaned, targets: list[Target]) -> list[Target]:
    """Targets without the figures told bare in a sentence that looks nowhere ahead and told
    as done elsewhere in the text."""
    an = doc.analysis
    if "已" not in an:
        return targets
    out = []
    for t in targets:
        # the target's place in the analysis text: the cleaned chars from its original start on
        lo, hi = bisect_left(doc.index, t.start), bisect_left(doc.index, t.end)
        m = next((m for m in _NUMBER_RE.finditer(an, lo, hi) if float(m.group()) == t.value), None)
        if m and t.unit:
            figure = an[m.start() : m.end() + len(t.unit)]  # 44253套: the number and its unit
            s, e = _sentence(an, m.start())
            if not _FUTURE_RE.search(an, s, e) and _told_done_elsewhere(an, figure, s, e):
                continue
        out.append(t)
    return out
