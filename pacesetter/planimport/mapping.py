"""From the extractor's vocabulary to the model's: units of measure, value types, aggregation."""

from __future__ import annotations

import re
from functools import cache

from pacesetter.core import measures
from pacesetter.indicators.models import Indicator

# Things counted one by one, and ranks (名, 位次): the latest value is the actual.
COUNT_UNITS = frozenset(
    {*measures.COUNTED, *("万" + u for u in measures.COUNTED), "位", "位次", "个位次"}
)
PERCENT_UNITS = frozenset({"%", "个百分点", "‰"})
# Spellings the extractor passes through that name a unit the measures table already has.
_ALIASES = {
    "百分点": "个百分点",
    "km": "公里",
    "千米": "公里",
    "㎡": "平方米",
    "平米": "平方米",
    "标准箱": "标箱",
    "万标准箱": "万标箱",
    "吉瓦": "GW",
}


# 亿t标准煤, 万吨标煤: standard coal written short
_STANDARD_COAL_RE = re.compile(r"(?:t|吨)标(?:准)?煤")
# Taiwan's names of the metric units (公尺 metre, 公吨 tonne) and a day written 天 (吨/天)
_SPELLINGS = (("公尺", "米"), ("公吨", "吨"), ("/天", "/日"))


@cache
def _t2s():
    import opencc  # installed with the extractor; traditional → simplified, length-preserving

    return opencc.OpenCC("t2s")


def unit_code(written: str | None) -> str:
    """The measures code for a unit as the document wrote it (億元 → 亿元), or "" if unknown."""
    if not written:
        return ""
    simplified = _STANDARD_COAL_RE.sub("吨标准煤", _t2s().convert(written.strip()))
    for spelt, kept in _SPELLINGS:
        simplified = simplified.replace(spelt, kept)
    code = _ALIASES.get(simplified, simplified)
    return code if code in measures.MEASURES else ""


def unit_scale(written: str | None) -> tuple[str, int]:
    """The measures code of a written unit and the factor that brings a figure to it: 5千户 is
    5000 户 where the measures table has 户 but no 千户 (千米 stays a unit of its own)."""
    code = unit_code(written)
    bare = (written or "").strip()
    if code or not bare.startswith(("千", "仟")):
        return code, 1
    base = unit_code(bare[1:])
    return (base, 1000) if base else ("", 1)


def value_type(unit: str) -> str:
    if unit in PERCENT_UNITS:
        return Indicator.ValueType.PERCENT
    if unit in COUNT_UNITS:
        return Indicator.ValueType.COUNT
    return Indicator.ValueType.NUMBER


def aggregation(unit: str) -> str:
    # Money, output and other flows add up over the months; counts and rates do not.
    if value_type(unit) == Indicator.ValueType.NUMBER:
        return Indicator.Aggregation.CUMULATIVE
    return Indicator.Aggregation.LAST


def direction(comparator: str) -> str:
    return Indicator.Direction.LOWER if comparator in ("<", "<=") else Indicator.Direction.HIGHER
