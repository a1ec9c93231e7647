"""Figures whose subject another figure names: a target without a name of its own takes the
name of the figure it refers back to (达到236.6亿元,增长7%; a goal stated twice)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .clean import Cleaned
from .model import Target

__all__ = ["Found", "date_headline", "resolve"]


@dataclass
class Found:
    target: Target
    sentence: int  # global sentence number
    line: int
    empty: bool  # indicator still to be resolved
    respectively: bool
    list_index: int
    clause_start: int  # cleaned coords, for quote extension
    prev_clause_start: int
    counted: str = ""  # what an earlier count of the sentence in its classifier counts


_RATE_NAME_RE = re.compile(r"(?:率|比重|比例|占比)$")


def resolve(doc: Cleaned, found: list[Found]) -> None:
    """Give figures without their own subject the one they refer back to."""
    by_figure: dict[tuple, Found] = {}
    for g in found:
        key = (g.target.value, g.target.value_max, g.target.unit)
        if g.target.indicator and key not in by_figure:
            by_figure[key] = g
    for k, f in enumerate(found):
        if not f.empty:
            continue
        t = f.target
        src: Found | None = None
        # The previous figure of the same sentence (达到236.6亿元,增长7%).
        for j in range(k - 1, max(-1, k - 50), -1):
            if found[j].sentence != f.sentence:
                break
            if found[j].target.indicator:
                src = found[j]
                break
        if src is None:  # the same figure stated earlier or later (a repeated goal)
            src = by_figure.get((t.value, t.value_max, t.unit))
        if src is None:  # the previous figure in the paragraph with the same unit
            for j in range(k - 1, max(-1, k - 50), -1):
                if found[j].line != f.line:
                    break
                if found[j].target.indicator and found[j].target.unit == t.unit:
                    src = found[j]
                    break
        if f.counted and (src is None or src.target.unit != t.unit):
            t.indicator, f.empty = f.counted, False  # 现有12间独角兽企业,目标增至18间
            continue
        rate_only = t.unit not in ("%", "‰") and "百分" not in t.unit
        if src is None or (_RATE_NAME_RE.search(src.target.indicator) and rate_only):
            continue  # 覆盖率达86.3%,惠及2450万人: a rate's name does not count people
        t.indicator = src.target.indicator
        if t.unit in ("%", "‰") and src.target.unit == t.unit:
            t.growth = t.growth or src.target.growth
        if src.sentence == f.sentence and f.prev_clause_start < f.clause_start:
            # Quote from the clause that names the subject.
            q, s, e = doc.quote(f.prev_clause_start, _clean_pos(doc, t.end))
            t.quote, t.start, t.end = q, s, e
        f.empty = False


def date_headline(
    found: list[Found], headline: set[int], body: int, text: str = "", story: int = 0
) -> None:
    """A figure of an undated headline that the story states again (…寿命将达80岁以上 / 展望
    2035年,…达到80岁以上) is the story's goal, for the year the story gives it; one the story
    tells only as a result (广西GDP增长7.5% / 2021年,…增长7.5%) is none. ``headline``: the lines
    before ``body`` (the first full sentence) that name no time of their own; ``story``: where
    ``body`` starts in ``text``."""
    told: list[Found] = []
    for f in found:
        if f.line >= body:
            break
        if f.line not in headline:
            continue
        t = f.target
        again = next((g.target for g in found if g.line >= body and _same(g.target, t)), None)
        if again is not None:
            t.year = again.year
        elif (
            text
            and (figure := _FIGURE_RE.search(t.quote))
            and text.find(figure.group(), story) != -1
        ):
            told.append(f)
    for f in told:
        found.remove(f)


# The figure a quote ends on (增长7.5%, 327天), as the story would write it again.
_FIGURE_RE = re.compile(r"\d[\d.,]*\d\s*(?:%|[^\d\s,;。]{1,2})$")  # two digits at least


def _same(a: Target, b: Target) -> bool:
    return (a.value, a.value_max, a.unit, a.comparator, a.growth) == (
        b.value,
        b.value_max,
        b.unit,
        b.comparator,
        b.growth,
    )


def _clean_pos(doc: Cleaned, orig_end: int) -> int:
    """Cleaned position just after the cleaned char that maps to orig_end - 1."""
    return bisect.bisect_left(doc.index, orig_end - 1) + 1
