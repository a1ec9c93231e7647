"""Each clause of a text with its time: past or future at its end and the year it is for, by
the same markers and section states as targets use."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .clean import Cleaned
from .context import DocYears, sentence_markers
from .sections import heading_state, section_after
from .sentences import Clause, Line, Sentence

__all__ = ["ClauseCtx", "walk"]


@dataclass(slots=True)
class ClauseCtx:
    sentence: Sentence
    index: int
    clause: Clause
    state: str  # past / future at the end of the clause
    year: int | None
    line: Line
    framed: bool = False  # an earlier sentence of the paragraph looks ahead


def walk(doc: Cleaned, lines: list[Line], years: DocYears) -> Iterator[ClauseCtx]:
    """Clauses with their time context (same rules as targets, at clause end)."""
    an = doc.analysis
    section = ""
    for line in lines:
        if line.heading:
            section = heading_state(an[line.start : line.end], years)[0] or section
        para = ""
        line_markers = []
        for sent in line.sentences:
            markers = sentence_markers(an, sent, years)
            line_markers.extend(markers)
            last = None
            year = None
            i = 0  # clauses and markers both run forward: each marker is read once
            for ci, cl in enumerate(sent.clauses):
                while i < len(markers) and markers[i].pos <= cl.end:
                    last = markers[i]
                    if last.year is not None:
                        year = last.year
                    i += 1
                state = last.state if last else (para or section or "future")
                yield ClauseCtx(
                    sent,
                    ci,
                    cl,
                    state,
                    year if year is not None else years.default,
                    line,
                    para == "future",
                )
            if markers:
                para = markers[-1].state or para
        if not line.heading:
            section = section_after(an[line.start : line.end], line_markers, section)
