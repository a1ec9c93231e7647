"""How a typed figure is read: the one rule for the entry grid, uploads, the API and forms."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．－，", "0123456789.-,")


def parse_number(raw) -> Decimal | None:
    """A figure as typed: 1,234.5, full-width digits, or empty for no value."""
    if raw is None or isinstance(raw, Decimal):
        return raw
    if isinstance(raw, bool):
        raise ValueError(raw)
    if isinstance(raw, int | float):
        return Decimal(str(raw))
    text = str(raw).strip().translate(_FULL_WIDTH).replace(",", "")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value
