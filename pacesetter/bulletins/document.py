"""A bulletin's content as plain data: built once from the analytics (``content.py``), kept as
published (JSON), and drawn in any format (``render_docx``, ``render_pdf``, ``render_xlsx``,
the preview page) without computing anything again.

Figures stay numbers (fractions for shares), so the Excel annex holds numbers a reader can
sum; every text format writes them through ``cell_text`` and so shows them alike.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

Cell = str | int | float | None

# The sections in the order every format draws them (GB/T 9704 headings 一、二、…).
SECTION_ORDER = (
    "headline",  # 总体情况: headline figures
    "indicators",  # 指标完成情况: every indicator's status
    "lagging",  # 滞后指标: the red list, then the yellow list, with responsible units
    "rankings",  # 争先晋位: composite ranking with movement, then per-indicator rankings
    "projects",  # 重点项目: investment behind time, late milestones, open problems
    "tasks",  # 督办与服务: overdue supervision tasks, service-desk figures
    "reporting",  # 报送情况: completeness and timeliness
)


@dataclass
class Table:
    key: str  # stable and short: the Excel sheet's name is derived from it
    title: str
    columns: list[str]
    rows: list[list[Cell]]
    percent_columns: list[int] = field(default_factory=list)  # fractions shown as 87.3%
    signed_columns: list[int] = field(default_factory=list)  # movements shown as ↑2 / ↓1
    annex_only: bool = False  # figures the text already says: kept in the Excel annex only


@dataclass
class Series:
    name: str
    values: list[float | None]


@dataclass
class Chart:
    """Drawn on the server (``charts.py``) as an image for Word and PDF.

    ``kind``: "bullet" — per label, the first series as a bar against the second as a marker
    (completion against time elapsed); "hbar" — one horizontal bar per label (a ranking,
    first label on top); "bars" — grouped vertical bars, one group per label.
    """

    key: str
    title: str
    kind: str
    labels: list[str]
    series: list[Series]
    percent: bool = True
    groups: list[str] = field(default_factory=list)  # bullet: each label's pillar, same length


@dataclass
class Section:
    key: str  # one of SECTION_ORDER for top-level sections
    heading: str  # without its number: renderers number 一、 / （一） themselves
    paragraphs: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)  # numbered points 1. 2. …
    tables: list[Table] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    subsections: list[Section] = field(default_factory=list)


@dataclass
class Bulletin:
    plan_code: str
    plan_name: str
    period: str  # "202310"
    masthead: str  # 版头, printed in red: "柘荣县争先晋位工作通报"
    number: str  # 期号: "2023年第10期"
    title: str  # "关于2023年10月……工作进展情况的通报"
    issuer: str  # 发文机关署名
    issued: str  # 成文日期: "2023年11月10日"
    language: str  # the language it was written in ("zh-hans", "zh-hant", "en")
    sections: list[Section]
    notes: list[str] = field(default_factory=list)  # e.g. how figures were counted

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Bulletin:
        return cls(**{**data, "sections": [_section(s) for s in data["sections"]]})

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)


def _section(data: dict[str, Any]) -> Section:
    return Section(
        **{
            **data,
            "tables": [Table(**t) for t in data.get("tables", [])],
            "charts": [
                Chart(**{**c, "series": [Series(**s) for s in c["series"]]})
                for c in data.get("charts", [])
            ],
            "subsections": [_section(s) for s in data.get("subsections", [])],
        }
    )


def cell_text(table: Table, column: int, value: Cell) -> str:
    """A cell as every text format shows it."""
    if value is None or value == "":
        return "—"
    if column in table.percent_columns and isinstance(value, int | float):
        return f"{value * 100:.1f}%"
    if column in table.signed_columns and isinstance(value, int | float):
        n = int(value)
        return f"↑{n}" if n > 0 else (f"↓{-n}" if n < 0 else "—")
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return str(value)


CHINESE_NUMERALS = "零一二三四五六七八九十"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (headings 一、 and （一）; up to 99)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CHINESE_NUMERALS[tens] + "十")
    return head + (CHINESE_NUMERALS[ones] if ones else "") if n else CHINESE_NUMERALS[0]


def heading_number(level: int, n: int, language: str) -> str:
    """The number before the n-th heading of a level (1 = a top-level section): 一、 （一） 1.
    in Chinese (GB/T 9704); 1. (1) 1) in other languages."""
    if not language.startswith("zh"):
        return f"{n}. " if level == 1 else (f"({n}) " if level == 2 else f"{n}) ")
    if level == 1:
        return f"{chinese_number(n)}、"
    if level == 2:
        return f"（{chinese_number(n)}）"
    return f"{n}."
