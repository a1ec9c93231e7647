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
    from django.utils.translation import get_language

    from pacesetter.core.script import to_traditional

    text = "" if value is None else str(value)
    return to_traditional(text) if get_language() == "zh-hant" else text


@register.filter
def signed_pct(value) -> str:
    """A change as 同比 +3.2% / −1.5%."""
    if value is None:
        return "—"
    number = Decimal(value) * 100
    return f"{'+' if number >= 0 else '−'}{abs(number):.1f}%"
