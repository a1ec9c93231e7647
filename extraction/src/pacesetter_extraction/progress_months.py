"""The months a progress report counts (今年前9月, 1-8月): a month after them is still to come.

A report on the first nine months that says 18号线12月开工 schedules the start; it does not
tell it as done.
"""

from __future__ import annotations

import re

# 今年前9月, 1-8月, 1至10月: the months a progress report counts
_MONTHS_TOLD_RE = re.compile(r"(?:前|(?<!\d)1 ?[-—~至到] ?)(1[01]|[2-9])个?月")
_MONTH_RE = re.compile(r"(?<![\d.\-—~至到前])(1[0-2]|[1-9])月(?!份?以来)")


def reported_month(an: str) -> int:
    """The last month a progress report counts (前9月 → 9), 0 when it counts none."""
    if "月" not in an:
        return 0
    return max((int(m.group(1)) for m in _MONTHS_TOLD_RE.finditer(an)), default=0)


def later_month(whole: str, as_of: int) -> bool:
    """A month after those the report counts, in a clause that tells nothing done."""
    return (
        as_of > 0
        and "已" not in whole
        and any(int(m.group(1)) > as_of for m in _MONTH_RE.finditer(whole))
    )
