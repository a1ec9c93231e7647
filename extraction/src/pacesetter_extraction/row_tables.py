"""Tables flattened into rows of cells parted by |, with the names in one row and the values
under them in a later one (粮食综合生产能力 | 农业科技进步贡献率 |⏎2022 年 目 标 值 |⏎>6亿吨 |
61.5% |): each value is named by the cell above it."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from .clean import Cleaned
from .model import Target
from .name_tidy import tidy

__all__ = ["apply"]

_LOOKBACK = 3  # a label row (2022 年 目 标 值 |) may stand between the names and the values
_CELL_MAX = 30
_DIGIT_RE = re.compile(r"\d")
_SPACES_RE = re.compile(r"[ \u3000]+")


def _cells(line: str) -> list[tuple[int, int]]:
    """The non-blank cells of a line, as (start, end) within it."""
    out, pos = [], 0
    for part in line.split("|"):
        stripped = part.strip()
        if stripped:
            lead = len(part) - len(part.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        pos += len(part) + 1
    return out


def _names_above(an: str, line_start: int, count: int) -> list[str] | None:
    """The row of names above a row of ``count`` values: as many cells, none with a digit."""
    end = line_start - 1
    for _ in range(_LOOKBACK):
        if end <= 0:
            return None
        start = an.rfind("\n", 0, end) + 1
        line = an[start:end]
        cells = _cells(line)
        if len(cells) == count:
            names = [line[a:b] for a, b in cells]
            if all(len(n) <= _CELL_MAX and not _DIGIT_RE.search(n) for n in names):
                return [_SPACES_RE.sub("", n) for n in names]
            return None
        end = start - 1
    return None


def apply(doc: Cleaned, targets: list[Target]) -> list[Target]:
    """Targets in a row of values named by the row of names above it."""
    an = doc.analysis
    if an.count("|") < 4:
        return targets
    out: list[Target] = []
    for t in targets:
        at = bisect_left(doc.index, t.start)
        start = an.rfind("\n", 0, at) + 1
        end = an.find("\n", at)
        line = an[start : end if end != -1 else len(an)]
        cells = _cells(line) if "|" in line else []
        k = next((i for i, (a, b) in enumerate(cells) if a <= at - start < b), None)
        if k is None or len(cells) < 2 or not all(_DIGIT_RE.search(line[a:b]) for a, b in cells):
            out.append(t)
            continue
        names = _names_above(an, start, len(cells))
        out.append(replace(t, indicator=tidy(names[k])) if names else t)
    return out
