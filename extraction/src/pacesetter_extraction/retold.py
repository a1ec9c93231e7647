"""Figures a news item's opening tells bare and its body tells again as done, and figures a
digest puts alone on a line over the paragraph that tells them.

开工建设44253套保障性住房…… opens a report whose body says 已开工44253套: the opening sums up
results. A figure whose sentence has no word looking ahead (今年, 计划, 目标, 将 …) and that the
text elsewhere tells with 已 (已开工, 已建成) is a result, not a goal.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from . import vocab
from .clean import Cleaned
from .model import Target

_FUTURE_RE = re.compile(vocab.alt(vocab.FUTURE_WORDS) + r"|到(?:19|20)\d{2}年")
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
# 已开工(含建成)186个: 已 and the verb it marks, at most a short gloss, then the figure
_DONE_FIGURE_RE = re.compile(r"已[^,;。:：\d]{0,8}(?<![\d.])(\d+(?:\.\d+)?)")
_PARAGRAPH_LEN = 40
_SENTENCE_END = "。!?;\n"


def _sentence(an: str, pos: int) -> tuple[int, int]:
    start = max(an.rfind(c, 0, pos) for c in _SENTENCE_END) + 1
    ends = [e for c in _SENTENCE_END if (e := an.find(c, pos)) != -1]
    return start, min(ends) if ends else len(an)


def drop_retold(doc: Cleaned, targets: list[Target]) -> list[Target]:
    """Targets without the figures told bare in a sentence that looks nowhere ahead and told
    as done elsewhere in the text."""
    an = doc.analysis
    targets = _headlines_as_told(doc, targets)
    if "已" not in an:
        return targets
    done: dict[str, list[int]] = {}  # a number told as done → where it ends, one pass
    for m in _DONE_FIGURE_RE.finditer(an):
        done.setdefault(m.group(1), []).append(m.end(1))
    values = {float(k) for k in done}
    out = []
    for t in targets:
        if float(t.value) not in values:
            out.append(t)  # most figures: no number like it is told as done
            continue
        # the target's place in the analysis text: the cleaned chars from its original start on
        lo, hi = bisect_left(doc.index, t.start), bisect_left(doc.index, t.end)
        if not _retold(an, done, lo, hi, t):
            out.append(t)
    return out


def _retold(an: str, done: dict[str, list[int]], lo: int, hi: int, t: Target) -> bool:
    """44253套 in an[lo:hi]: the same number with the same unit, told as done outside the
    figure's sentence, and a sentence that looks nowhere ahead."""
    for m in _NUMBER_RE.finditer(an, lo, hi):
        if float(m.group()) != t.value or not t.unit:
            continue
        unit = an[m.end() : m.end() + len(t.unit)]
        s, e = _sentence(an, m.start())
        elsewhere = [end for end in done.get(m.group(), ()) if not s <= end <= e]
        return any(an.startswith(unit, end) for end in elsewhere) and not _FUTURE_RE.search(
            an, s, e
        )
    return False


def _headlines_as_told(doc: Cleaned, targets: list[Target]) -> list[Target]:
    """176.3亿元 alone on its line over the paragraph that tells it: a digest's headline
    figure, a goal only when the paragraph's mention is one (it then takes that one's name)."""
    heads = [_headline_figure(doc, t) for t in targets]
    if not any(heads):
        return targets  # most pages: no figure alone on its line over its paragraph
    out = []
    # the targets by where they start in the analysis text, for a bisect per headline
    order = sorted((bisect_left(doc.index, b.start), i) for i, b in enumerate(targets))
    starts = [a for a, _ in order]
    for t, told in zip(targets, heads, strict=True):
        if told is None:
            out.append(t)
            continue
        start, end, _ = told
        first, last = bisect_left(starts, start), bisect_left(starts, end)
        body = next((targets[i] for _, i in order[first:last] if targets[i].value == t.value), None)
        if body is not None:
            out.append(replace(t, indicator=body.indicator, year=body.year))
    return out


def _headline_figure(doc: Cleaned, t: Target) -> tuple[int, int, str] | None:
    """Where the paragraph under a figure alone on its line lies, and the figure, when that
    paragraph tells the figure again (a table's next cell is short)."""
    if t.indicator:
        return None
    lo, hi = bisect_left(doc.index, t.start), bisect_left(doc.index, t.end)
    an = doc.analysis
    line_start = an.rfind("\n", 0, lo) + 1
    line_end = an.find("\n", hi)
    line_end = len(an) if line_end == -1 else line_end
    figure = an[lo:hi].strip()
    if not figure or an[line_start:line_end].strip() != figure:
        return None
    start = line_end + len(an[line_end:]) - len(an[line_end:].lstrip("\n \u3000"))
    end = an.find("\n", start)
    end = len(an) if end == -1 else end
    if end - start <= _PARAGRAPH_LEN or figure not in an[start:end]:
        return None
    return start, end, figure
