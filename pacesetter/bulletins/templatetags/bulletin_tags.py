"""Template filters drawing a bulletin (``bulletins/_body.html``): numbered headings and cells
written as every format writes them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from django import template

from pacesetter.bulletins.document import (
    SECTION_ORDER,
    Bulletin,
    Cell,
    Section,
    Table,
    cell_text,
    heading_number,
)

register = template.Library()


@register.filter
def outline(bulletin: Bulletin) -> list[tuple[int, str, Section]]:
    """Every section as (level, number, section), top-level ones in ``SECTION_ORDER``:
    numbered 一、 then （一） then 1. (GB/T 9704 headings)."""
    rank = {key: i for i, key in enumerate(SECTION_ORDER)}
    top = sorted(bulletin.sections, key=lambda s: rank.get(s.key, len(rank)))
    return list(_walk(top, 1, bulletin.language))


def _walk(sections: list[Section], level: int, language: str) -> Iterator[tuple[int, str, Section]]:
    for n, section in enumerate(sections, start=1):
        yield level, heading_number(level, n, language), section
        yield from _walk(section.subsections, level + 1, language)


# A title line holds about 20 characters at 22 pt on 156 mm.
TITLE_LINE = 20
BREAK_AFTER = "于年月的、，）"  # good places to end a title line


@register.filter
def title_lines(title: str) -> list[str]:
    """A long title in lines of even length, so none ends with a lone character
    (GB/T 9704 sets a multi-line title as a trapezoid, not as a run-on line)."""
    lines = -(-len(title) // TITLE_LINE)
    if lines <= 1 or " " in title:  # words: the reader's line breaking does better
        return [title]
    out, rest = [], title
    for left in range(lines, 1, -1):
        size = -(-len(rest) // left)
        allowed = [i for i in range(1, len(rest)) if not _inside_word(rest, i)]
        near = [i for i in allowed if abs(i - size) <= 3 and rest[i - 1] in BREAK_AFTER]
        cut = min(near or allowed or [size], key=lambda i: abs(i - size))
        out.append(rest[:cut])
        rest = rest[cut:]
    return [*out, rest]


def _inside_word(text: str, i: int) -> bool:
    """Between two Latin letters or digits ("2023" stays whole)."""
    return all(c.isascii() and c.isalnum() for c in text[i - 1 : i + 1])


@register.filter
def row_cells(table: Table, row: list[Cell]) -> list[tuple[str, bool]]:
    """A row's cells as (text, is a number) — numbers are set right-aligned."""
    return [
        (cell_text(table, i, value), isinstance(value, int | float)) for i, value in enumerate(row)
    ]


@register.filter
def lookup(mapping: Mapping[str, str] | None, key: str) -> str:
    return (mapping or {}).get(key, "")
