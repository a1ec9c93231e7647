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


@register.filter
def unit_text(value) -> str:
    """A unit of measure in the reader's language (亿元 → "100m yuan" in English)."""
    from django.utils.translation import get_language

    from pacesetter.core.measures import unit_in

    return unit_in("" if value is None else str(value), get_language() or "")


@register.filter
def signed_pct(value) -> str:
    """A change as 同比 +3.2% / −1.5%."""
    if value is None:
        return "—"
    number = Decimal(value) * 100
    return f"{'+' if number >= 0 else '−'}{abs(number):.1f}%"


@register.filter
def month(period) -> str:
    """A month as the period picker shows it: 2023-10."""
    from pacesetter.analytics.evaluate import month_text

    return month_text(period)
