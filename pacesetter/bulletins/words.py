"""How a bulletin writes its figures, dates and names in the language it is written in."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal

from django.utils.translation import gettext as _

from pacesetter.core.measures import unit_in
from pacesetter.core.periods import Period
from pacesetter.core.script import to_traditional

# The dashboard's words for each status (web/partials/_status.html), so both read alike.
STATUS_WORDS: dict[str, Callable[[], str]] = {
    "met": lambda: _("met"),
    "green": lambda: _("on track"),
    "yellow": lambda: _("slightly behind"),
    "red": lambda: _("behind"),
    "missing": lambda: _("missing"),
}


class Words:
    def __init__(self, language: str):
        self.language = language
        self.chinese = language.startswith("zh")

    def data(self, text: object) -> str:
        """Stored names (plans, units, indicators) in the reader's script."""
        value = "" if text is None else str(text)
        return to_traditional(value) if self.language == "zh-hant" else value

    def unit(self, unit: str) -> str:
        """A unit of measure (亿元) as the reader names it."""
        return unit_in(unit, self.language)

    def month(self, period: Period) -> str:
        if self.chinese:
            return f"{period.year}年{period.number}月"
        return date(period.year, period.number, 1).strftime("%B %Y")

    def day(self, day: date) -> str:
        if self.chinese:
            return f"{day.year}年{day.month}月{day.day}日"
        return f"{day:%d %B %Y}".lstrip("0")

    @staticmethod
    def number(value: Decimal | None) -> float | None:
        """A table cell: a number the Excel annex keeps as a number."""
        return float(value) if value is not None else None

    @staticmethod
    def percent(value: Decimal | None) -> float | None:
        """A share as a number of percent (74.8), where a column mixes shares and counts."""
        return round(float(value) * 100, 1) if value is not None else None

    @staticmethod
    def amount(value: Decimal | None) -> str:
        if value is None:
            return "—"
        return f"{Decimal(value).quantize(Decimal('0.01')).normalize():,f}"

    @staticmethod
    def pct(value: Decimal | None) -> str:
        return "—" if value is None else f"{Decimal(value) * 100:.1f}%"

    @staticmethod
    def movement(value: int | None) -> str:
        if not value:
            return ""
        return f"↑{value}" if value > 0 else f"↓{-value}"

    def join(self, names: Iterable[str]) -> str:
        return ("、" if self.chinese else ", ").join(names)
