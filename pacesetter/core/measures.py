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
# Units of things counted one by one (户, 人 and 人次 have families of their own).
COUNTED = (
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
    "户",
    "件",
    "间",
    "栋",
    "辆",
    "台",
    "头",
    "只",
    "次",
    "场",
    "块",
    "盏",
    "部",
    "标箱",
)
MEASURES: dict[str, Measure] = {
    m.code: m
    for m in [
        *_family("元", **{"万": 4, "亿": 8, "万亿": 12}),
        *_family("人", **_PREFIXES),
        *_family("人次", **_PREFIXES),
        *_family("亩", **_PREFIXES),
        *_family("吨", **_PREFIXES),
        *_family("千瓦", 万=4, 亿=8),
        Measure("GW", "千瓦", Decimal(10) ** 6),  # Taiwan's and energy plans' gigawatts
        *_family("千瓦时", 万=4, 亿=8),
        # Things counted one by one; plans count the many in 万 (新增学位2.5万个).
        *[m for code in COUNTED for m in _family(code, 万=4)],
        *_family("平方米", 万=4),
        *_family("平方公里", 万=4),
        *_family("立方米", 万=4, 亿=8),
        *_family("公里", 万=4),
        *_family("公顷", 万=4),
        *_family("斤", 万=4, 亿=8, 万亿=12),
        *_family("公斤", 万=4, 亿=8),
        *_family("美元", 万=4, 亿=8),
        *_family("吨/日", 万=4),
        *_family("吨标准煤", 万=4, 亿=8),  # energy use in standard coal (tce)
        *[
            Measure(code, code, Decimal(1))
            for code in (
                "米",
                "%",
                "个百分点",
                "‰",
                "天",
                "分钟",
                "小时",
                "年",
                "岁",
                "倍",
                "微克/立方米",
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
    "件": "items",
    "间": "rooms",
    "栋": "buildings",
    "辆": "vehicles",
    "台": "units",
    "头": "head",
    "只": "items",
    "次": "times",
    "场": "events",
    "块": "pieces",
    "盏": "lamps",
    "部": "units",
    "标箱": "TEU",
    "GW": "GW",
    "千瓦时": "kWh",
    "亿千瓦": "100 GW",
    "平方公里": "km²",
    "立方米": "m³",
    "亿立方米": "100m m³",
    "公顷": "ha",
    "斤": "jin",
    "亿斤": "100m jin",
    "公斤": "kg",
    "美元": "US$",
    "亿美元": "US$100m",
    "吨/日": "t/day",
    "吨标准煤": "tce",
    "万吨标准煤": "10k tce",
    "亿吨标准煤": "100m tce",
    "米": "m",
    "小时": "hours",
    "年": "years",
    "岁": "years of age",
    "倍": "times",
    "微克/立方米": "µg/m³",
}


def unit_in(unit: str, language: str) -> str:
    """A unit of measure in the reader's language: 亿元 → "100m yuan" in English, 億元 in 繁體."""
    if language == "en":
        if unit not in UNITS_EN and unit.startswith("万") and unit[1:] in UNITS_EN:
            return "10k " + UNITS_EN[unit[1:]]  # 万个, 万平方米: ten thousand of the base
        return UNITS_EN.get(unit, unit)
    if language == "zh-hant":
        from pacesetter.core.script import to_traditional

        return to_traditional(unit)
    return unit
