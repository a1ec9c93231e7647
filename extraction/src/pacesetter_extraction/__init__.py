"""Pacesetter plan-import extractor (pure Python, no Django).

Public API::

    extract(text) -> Result            targets, milestones, projects of a text
    extract_file(path) -> Result       the same for a file (text/HTML/.docx/PDF)
    read_document(path | bytes) -> str
    evaluate(dir) -> EvalReport        score against a labelled corpus
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from . import indicator_tables, milestone_screen, plausibility, row_tables
from .archives import Deadline, LimitExceeded, ZipLimits, check_zip
from .clean import Cleaned, clean, without_surrogates
from .errors import ExtractionError
from .evaluate import EvalReport, evaluate
from .milestone_screen import Loose
from .milestones import extract_milestones
from .model import Milestone, Project, Result, Target
from .projects import extract_projects
from .reading import ReadLimits, read_document
from .retold import drop_retold
from .sentences import split
from .targets import extract_targets
from .years import infer_years, name_year

__all__ = [
    "Deadline",
    "EvalReport",
    "ExtractionError",
    "LimitExceeded",
    "Milestone",
    "Project",
    "ReadLimits",
    "Result",
    "Target",
    "ZipLimits",
    "check_zip",
    "evaluate",
    "extract",
    "extract_file",
    "read_document",
]
__version__ = "0.1.0"


class Reading(NamedTuple):
    """What the rules find in a text, before the learnt screens judge it."""

    doc: Cleaned
    targets: list[Target]
    milestones: list[Milestone]
    loose: list[Loose]  # clauses with an event verb where the rules found no milestone
    projects: list[Project]


def read_rules(text: str, *, name: str = "", year: int | None = None) -> Reading:
    """The rules' reading of a text (``extract`` without the screens; their training uses it)."""
    if not isinstance(text, str):
        raise ExtractionError(f"extract() needs text (str), got {type(text).__name__}")
    doc = clean(without_surrogates(text))
    # Dates often sit in credit lines that cleaning removes; look at them too.
    years = infer_years(doc.dated, year if year is not None else name_year(name))
    lines = split(doc.analysis)
    targets = indicator_tables.apply(doc, extract_targets(doc, lines, years))
    targets = row_tables.apply(doc, targets)
    targets = drop_retold(doc, targets)
    spans = [(t.start, t.end) for t in targets]
    loose: list[Loose] = []
    milestones = extract_milestones(doc, lines, years, spans, loose)
    return Reading(doc, targets, milestones, loose, extract_projects(doc, lines, years))


def extract(text: str, *, name: str = "", year: int | None = None, screen: bool = True) -> Result:
    """Extract forward-looking targets, milestones and projects from text.

    Quotes and offsets refer to ``text`` exactly as given (a lone surrogate, which has no
    UTF-8 form, reads as U+FFFD). When the text itself gives no year
    (a news item that only says 今年), the document is for ``year``, else for the one year its
    ``name`` (a file name such as ``武清区2021年政府工作报告.docx``) writes. ``screen=False``
    keeps every target and milestone the rules find, before the learnt screens (to train
    them): no target is dropped and no milestone is found by its verb alone.
    """
    r = read_rules(text, name=name, year=year)
    if not screen:
        return Result(r.targets, r.milestones, r.projects)
    milestones = sorted(
        r.milestones + milestone_screen.screen(r.loose, r.milestones), key=lambda m: m.start
    )
    return Result(plausibility.screen(r.doc, r.targets), milestones, r.projects)


def extract_file(path: str | Path) -> Result:
    """Read a file (text in UTF-8/GB18030/Big5, HTML, .docx, PDF) and extract from it."""
    return extract(read_document(path), name=Path(path).name)
