"""How a typed figure is read: the one rule for the entry grid, uploads, the API and forms.

A figure must fit the column every value is stored in (``DECIMAL(20, 4)``): at most
``MAX_WHOLE_DIGITS`` digits before the point and ``DECIMAL_PLACES`` after it. Digits are read
as people type them: ASCII or full-width digits, thousands separators ``,`` or ``，``, one
point and a sign. Anything else (``1_000``, other scripts' digits, exponents, infinities, NaN)
is refused rather than guessed at; more decimals than the column keeps is refused rather than
rounded (``0.00001`` never becomes 0).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

MAX_DIGITS, DECIMAL_PLACES = 20, 4  # DataValue.value: DecimalField(max_digits=20, decimal_places=4)
MAX_WHOLE_DIGITS = MAX_DIGITS - DECIMAL_PLACES
LIMIT = Decimal(10) ** MAX_WHOLE_DIGITS  # the first value that no longer fits
_STEP = Decimal(1).scaleb(-DECIMAL_PLACES)
_MAX_TEXT = 40  # a refused figure is quoted back at most this long

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．－＋，", "0123456789.-+,")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)", re.ASCII)


class NumberRefused(ValueError):
    """A typed figure that is not a number the system can hold; ``str()`` says why."""


def _short(text: str) -> str:
    return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 1] + "…"


def _not_a_number(text: str) -> NumberRefused:
    return NumberRefused(_("“%(text)s” is not a number.") % {"text": _short(text)})


def number_check(value: Decimal) -> Decimal:
    """``value`` if the value column can hold it exactly, else :class:`NumberRefused`."""
    if not value.is_finite():
        raise _not_a_number(str(value))
    if abs(value) >= LIMIT:
        raise NumberRefused(
            _("%(value)s is too large: at most %(digits)d digits before the decimal point.")
            % {"value": _short(f"{value:.0f}"), "digits": MAX_WHOLE_DIGITS}
        )
    if value.quantize(_STEP) != value:
        raise NumberRefused(
            _("%(value)s has too many decimals: at most %(places)d digits after the decimal point.")
            % {"value": _short(f"{value:f}"), "places": DECIMAL_PLACES}
        )
    return value


def parse_number(raw: object) -> Decimal | None:
    """A figure as typed: 1,234.5, full-width digits, or empty for no value.

    Raises :class:`NumberRefused` (a ``ValueError``) with a message a person can act on."""
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise _not_a_number(str(raw))
    if isinstance(raw, Decimal):
        return number_check(raw)
    if isinstance(raw, int):
        return number_check(Decimal(raw))
    if isinstance(raw, float):
        # A spreadsheet keeps 15 significant digits: 0.1 + 0.2 reads 0.3 as Excel shows it.
        try:
            return number_check(Decimal(format(raw, ".15g")))
        except InvalidOperation:
            raise _not_a_number(str(raw)) from None
    text = str(raw).strip()
    if not text:
        return None
    cleaned = text.translate(_FULL_WIDTH).replace(",", "")
    if not _NUMBER.fullmatch(cleaned):
        raise _not_a_number(text)
    return number_check(Decimal(cleaned))
