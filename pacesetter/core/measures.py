"""Units of measure and their normalisation to a base unit, in one place.

Targets and values are stored in the unit the plan states (亿元, 万人 …); every
comparison across units goes through :func:`to_base`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Measure:
    code: str
    base: str  # the unit values are normalised to
    factor: Decimal  # one of this unit in base units


class UnknownUnit(ValueError):
    pass


def _family(base: str, **prefixed: int) -> list[Measure]:
    units = [Measure(base, base, Decimal(1))]
    for prefix, power in prefixed.items():
        units.append(Measure(prefix + base, base, Decimal(10) ** power))
    return units


_PREFIXES = {"万": 4, "亿": 8}
MEASURES: dict[str, Measure] = {
    m.code: m
    for m in [
        *_family("元", **{"万": 4, "亿": 8, "万亿": 12}),
        *_family("人", **_PREFIXES),
        *_family("人次", **_PREFIXES),
        *_family("亩", **_PREFIXES),
        *_family("吨", **_PREFIXES),
        *_family("户", 万=4),
        *_family("千瓦", 万=4),
        *[
            Measure(code, code, Decimal(1))
            for code in (
                "个",
                "条",
                "家",
                "所",
                "处",
                "项",
                "座",
                "套",
                "张",
                "名",
                "公里",
                "平方米",
                "%",
                "个百分点",
                "‰",
                "天",
                "分钟",
            )
        ],
        Measure("是/否", "是/否", Decimal(1)),  # milestone indicators: 1 = achieved
    ]
}


def measure(code: str) -> Measure:
    try:
        return MEASURES[code]
    except KeyError:
        raise UnknownUnit(f"unknown unit of measure {code!r}") from None


def to_base(value: Decimal | int | str, code: str) -> Decimal:
    """``to_base(20, "亿元") == Decimal(2_000_000_000)`` (yuan)."""
    return Decimal(value) * measure(code).factor


def convert(value: Decimal | int | str, source: str, target: str) -> Decimal:
    a, b = measure(source), measure(target)
    if a.base != b.base:
        raise UnknownUnit(f"cannot convert {source} to {target}")
    return Decimal(value) * a.factor / b.factor


def choices() -> list[tuple[str, str]]:
    return [(code, code) for code in MEASURES]


# Units of measure as an English reader names them; in Chinese they stay the data's own.
UNITS_EN = {
    "元": "yuan",
    "万元": "10k yuan",
    "亿元": "100m yuan",
    "万亿元": "trillion yuan",
    "人": "people",
    "万人": "10k people",
    "亿人": "100m people",
    "人次": "visits",
    "万人次": "10k visits",
    "亿人次": "100m visits",
    "亩": "mu",
    "万亩": "10k mu",
    "亿亩": "100m mu",
    "吨": "t",
    "万吨": "10k t",
    "亿吨": "100m t",
    "户": "households",
    "万户": "10k households",
    "千瓦": "kW",
    "万千瓦": "10 MW",
    "个": "items",
    "条": "items",
    "家": "firms",
    "所": "institutions",
    "处": "sites",
    "项": "items",
    "座": "buildings",
    "套": "sets",
    "张": "sheets",
    "名": "persons",
    "公里": "km",
    "平方米": "m²",
    "个百分点": "percentage points",
    "天": "days",
    "分钟": "minutes",
    "是/否": "yes/no",
}


def unit_in(unit: str, language: str) -> str:
    """A unit of measure in the reader's language: 亿元 → "100m yuan" in English, 億元 in 繁體."""
    if language == "en":
        return UNITS_EN.get(unit, unit)
    if language == "zh-hant":
        from pacesetter.core.script import to_traditional

        return to_traditional(unit)
    return unit
