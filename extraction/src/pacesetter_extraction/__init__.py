"""Pacesetter plan-import extractor (pure Python, no Django).

Public API::

    extract(text) -> Result            targets, milestones, projects of a text
    extract_file(path) -> Result       the same for a file (text/HTML/.docx/PDF)
    read_document(path | bytes) -> str
    evaluate(dir) -> EvalReport        score against a labelled corpus
"""

from __future__ import annotations

from pathlib import Path

from . import indicator_tables, plausibility, row_tables
from .archives import Deadline, LimitExceeded, ZipLimits, check_zip
from .clean import clean, without_surrogates
from .errors import ExtractionError
from .evaluate import EvalReport, evaluate
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


def extract(text: str, *, name: str = "", year: int | None = None, screen: bool = True) -> Result:
    """Extract forward-looking targets, milestones and projects from text.

    Quotes and offsets refer to ``text`` exactly as given (a lone surrogate, which has no
    UTF-8 form, reads as U+FFFD). When the text itself gives no year
    (a news item that only says 今年), the document is for ``year``, else for the one year its
    ``name`` (a file name such as ``武清区2021年政府工作报告.docx``) writes. ``screen=False``
    keeps every target the rules find, before the learnt screen (to train it).
    """
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
    milestones = extract_milestones(doc, lines, years, spans)
    projects = extract_projects(doc, lines, years)
    return Result(plausibility.screen(doc, targets) if screen else targets, milestones, projects)


def extract_file(path: str | Path) -> Result:
    """Read a file (text in UTF-8/GB18030/Big5, HTML, .docx, PDF) and extract from it."""
    return extract(read_document(path), name=Path(path).name)
