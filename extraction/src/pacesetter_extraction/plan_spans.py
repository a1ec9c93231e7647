"""The periods a text names: year ranges (2021—2025年, 113至116年), the plan titles it cites as
what it carries out, its own period, and a cited plan's period it carries out in its place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .numerals import parse_year
from .outline import CITING_RE, TITLE_RE
from .told_years import inside
from .year_forms import _ROC_OFFSET, _YEAR_RANGE_SCAN, OWN_PERIOD_RE, ROC_RANGE_RE, fiscal_end


def cited_titles(text: str) -> list[tuple[int, int]]:
    """Titles the text cites as what it carries out (outline.CITING_RE)."""
    if "《" not in text:
        return []
    return [
        m.span()
        for m in TITLE_RE.finditer(text)
        if CITING_RE.search(text, max(0, m.start() - 8), m.start())
        # 实施《…三年行动(2023—2025年)》(以下简称《三年行动》): the plan the text is about
        and not text.startswith(("(以下简称", "(下称", "(简称"), m.end())
    ]


def year_ranges(
    text: str, roc: bool, cited: list[tuple[int, int]] | None = None
) -> Iterator[tuple[int, int]]:
    """Each (first, last) year of a span the text writes, outside the cited titles given."""
    for m in _YEAR_RANGE_SCAN.finditer(text):
        a, b = parse_year(m.group("a")), parse_year(m.group("b"))
        if a and m.group("fa"):
            a = fiscal_end(a, int(m.group("fa")))
        if b and m.group("fb"):
            b = fiscal_end(b, int(m.group("fb")))
        if a and b and not inside(m.start(), cited or []):
            yield a, b
    if roc:
        for m in ROC_RANGE_RE.finditer(text):
            yield int(m.group("a")) + _ROC_OFFSET, int(m.group("b")) + _ROC_OFFSET


# Words that date a text by its own year (今年, 年内): a text writing them has a year of its own.
RELATIVE_YEAR_RE = re.compile(r"今年|明年|本年|当年|年内")


def carried_period(text: str, roc: bool, cited: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The period of a plan the text cites as what it carries out."""
    inside_cited = [(a, b) for a, b in year_ranges(text, roc) if 0 < b - a < 10]
    spans = [(a, b) for a, b in inside_cited if (a, b) not in set(year_ranges(text, roc, cited))]
    return spans[0] if spans else None


def own_period(text: str) -> tuple[int, int] | None:
    """The period a plan names as its own (规划期为2021—2025年), not a cited plan's."""
    cited = cited_titles(text)
    m = next((m for m in OWN_PERIOD_RE.finditer(text) if not inside(m.start(), cited)), None)
    if not m:
        return None
    a, b = parse_year(m.group("a")), parse_year(m.group("b"))
    return (a, b) if a and b and b > a else None


# “五强”目标具体为:… — a sentence that spells out a goal the text named earlier with its year
# (到2022年,…实现…“五强”发展目标) is for that year.
_NAMED_GOAL_OPEN_RE = re.compile(r"[“\"]([^”\"]{1,8})[”\"](?:发展)?目标")
_YEAR_BEFORE_NAME = r"到((?:19|20)\d{2})年[^。;]{0,80}?[“\"]"


def named_goal_year(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a sentence opening with a named goal ends its name, and the year the text set
    that goal for (None unless both)."""
    m = _NAMED_GOAL_OPEN_RE.match(text, start, end)
    if m is None:
        return None
    found = re.compile(_YEAR_BEFORE_NAME + re.escape(m.group(1)) + '[”"]').search(text, 0, start)
    return (m.end(), int(found.group(1))) if found else None
