"""A figure found in a text: its value, unit, magnitude and the comparator the words
around it set (以上, 不低于, 左右)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from . import vocab

SUFFIX_RE = re.compile(vocab.alt(vocab.SUFFIX_COMPARATORS))
_PREFIX_KEYS = sorted(vocab.PREFIX_COMPARATORS, key=len, reverse=True)
_PREFIX_TUPLE = tuple(_PREFIX_KEYS)
COUNT = set(vocab.COUNT_UNITS)
_THROUGH = frozenset("经通不度越")  # 经过, 通过, 不过, 度过, 越过 before a figure


@dataclass(slots=True)
class Quantity:
    start: int  # first char of the figure (incl. 百分之)
    num_end: int
    unit_end: int
    end: int  # after suffix comparator (以上/左右)
    value: Decimal
    value_max: Decimal | None
    unit: str  # as written in the cleaned original script
    base_unit: str  # simplified, without magnitude
    factor: int
    percent: bool
    chinese: bool
    prefix_cmp: str | None
    suffix_cmp: str | None
    approx: bool
    is_range: bool

    @property
    def relative(self) -> bool:
        """A share or a change of one (8%, 三成, 2倍), not an amount."""
        return self.percent or self.base_unit in ("成", "倍", "番")

    @property
    def is_count(self) -> bool:
        return self.base_unit in COUNT

    @property
    def base_value(self) -> Decimal:
        return self.value * self.factor

    def comparator(self, group_prefix: str | None = None, group_suffix: str | None = None) -> str:
        if self.is_range:
            return "~"
        return (
            self.suffix_cmp
            or (">" if self.approx else None)
            or self.prefix_cmp
            or group_suffix
            or group_prefix
            or "="
        )


# 至少 may govern a short verb before the figure (各县至少办1所, 至少建成3个), also after a
# modal (至少能供应100万套).
_AT_LEAST_VERB_RE = re.compile(r"至少(?:能够|能|要|可以|可|会|将|再)?[\u4e00-\u9fff]{1,4}$")


_CURRENCIES = ("人民币", "新台币", "港币", "澳门币")


def prefix_cmp(an: str, pos: int) -> str | None:
    while pos > 0 and an[pos - 1] == " ":
        pos -= 1  # 至少建成 一所: a space the page put before the figure
    if an.endswith(_CURRENCIES, 0, pos):
        # 不低于人民币2000亿元: the currency's name stands between the bound and the figure
        pos -= next(len(c) for c in _CURRENCIES if an.endswith(c, 0, pos))
    before = an[max(0, pos - 4) : pos]
    if not before.endswith(_PREFIX_TUPLE) and "至少" not in an[max(0, pos - 8) : pos]:
        return None  # most figures: nothing to look at
    for k in _PREFIX_KEYS:
        if before.endswith(k):
            if k == "过" and before[-2:-1] in _THROUGH:
                continue  # 经过3年, 通过5项: not "more than"
            return vocab.PREFIX_COMPARATORS[k]
    if _AT_LEAST_VERB_RE.search(an, max(0, pos - 8), pos):
        return ">="
    return None


def formed(
    an: str,
    m: re.Match[str],
    *,
    num_end: int,
    value: Decimal,
    unit: str,
    base_unit: str,
    factor: int = 1,
    cmp: str | None = None,
    start: int | None = None,
    value_max: Decimal | None = None,
) -> Quantity:
    """A figure of one of the special forms (a rank, a two-magnitude amount, a rate per head):
    never a percentage or a Chinese enumeration, and a range only in tenths (三至四成). A fixed ``cmp`` replaces the words
    around it; otherwise they are read as for any figure."""
    sm = None if cmp else SUFFIX_RE.match(an, m.end())
    return Quantity(
        start=m.start() if start is None else start,
        num_end=num_end,
        unit_end=m.end(),
        end=sm.end() if sm else m.end(),
        value=value,
        value_max=value_max,
        unit=unit,
        base_unit=base_unit,
        factor=factor,
        percent=False,
        chinese=False,
        prefix_cmp=None if cmp else prefix_cmp(an, m.start()),
        suffix_cmp=cmp or (vocab.SUFFIX_COMPARATORS[sm.group()] if sm else None),
        approx=False,
        is_range=value_max is not None,
    )


_CHARSETS: dict[str, re.Pattern[str]] = {}


def has_any(an: str, start: int, end: int, chars: str) -> bool:
    rx = _CHARSETS.get(chars)
    if rx is None:
        rx = _CHARSETS[chars] = re.compile(f"[{re.escape(chars)}]")
    return rx.search(an, start, end) is not None
