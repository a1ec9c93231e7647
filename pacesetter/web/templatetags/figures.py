"""Number formatting for figures: no trailing zeros, thousands separators, percents."""

from decimal import Decimal

from django import template

register = template.Library()


@register.filter
def num(value) -> str:
    if value is None or value == "":
        return "—"
    value = Decimal(value).quantize(Decimal("0.01")).normalize()
    text = f"{value:,f}"
    return text


@register.filter
def pct(value) -> str:
    if value is None:
        return "—"
    return f"{Decimal(value) * 100:.1f}%"


@register.filter
def pct_width(value) -> int:
    """Width of a progress bar, clamped to 0..100."""
    if value is None:
        return 0
    return max(0, min(100, int(Decimal(value) * 100)))


_SYMBOLS = {">=": "≥", "<=": "≤", "~": "≈"}


@register.filter
def comparator(value: str) -> str:
    return _SYMBOLS.get(value, value)


@register.filter
def data_text(value) -> str:
    """The data's own text (names of plans, indicators, units) in the reader's script:
    stored once, shown in traditional characters to 繁體中文 readers (OpenCC)."""
    from pacesetter.core.script import data_text as in_reader_script

    return in_reader_script(value)


# Units of measure are stored as the plan states them (亿元, 万人 …); English readers get them
# in English, 繁體 readers converted like any other data.
_UNITS_EN = {
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


@register.filter
def unit_text(value) -> str:
    """A unit of measure in the reader's language (亿元 → "100m yuan" in English)."""
    from django.utils.translation import get_language

    text = "" if value is None else str(value)
    if get_language() == "en":
        return _UNITS_EN.get(text, text)
    return data_text(text)


@register.filter
def signed_pct(value) -> str:
    """A change as 同比 +3.2% / −1.5%."""
    if value is None:
        return "—"
    number = Decimal(value) * 100
    return f"{'+' if number >= 0 else '−'}{abs(number):.1f}%"
