"""Reads of plan import: the drafts a user may review, and the document cut at the quotes."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Generic, TypeVar

from django.db.models import QuerySet

from pacesetter.core import policy
from pacesetter.core.policy import Actor
from pacesetter.orgunits.models import OrgUnit
from pacesetter.planimport.models import Candidate, ImportedPlan


def drafts_for(*, user: Actor) -> QuerySet[ImportedPlan]:
    """Imports whose plan the user may manage (plan office or admin of the owning subtree)."""
    qs = ImportedPlan.objects.select_related("plan__owner").order_by("-created_at")
    return policy.scope(user, policy.MANAGE, qs, unit_field="plan__owner")


def draft_for(*, user: Actor, pk: int) -> ImportedPlan | None:
    return drafts_for(user=user).filter(pk=pk).first()


def candidates_of(*, draft: ImportedPlan) -> list[Candidate]:
    return list(draft.candidates.select_related("lead_unit", "merged_into").order_by("number"))


def status_counts(candidates: list[Candidate]) -> dict[str, int]:
    counts = Counter(c.status for c in candidates)
    return {status: counts.get(status, 0) for status in Candidate.Status.values}


def duplicates(candidates: list[Candidate]) -> dict[int, Candidate]:
    """Each candidate that repeats an earlier one (same kind, name, value, unit and year: a
    figure a news text gives in its summary and again in its body), mapped to the earlier one.
    Merged and rejected candidates are out of the comparison."""
    first: dict[tuple, Candidate] = {}
    repeats: dict[int, Candidate] = {}
    for c in sorted(candidates, key=lambda c: c.number):
        if c.status in (Candidate.Status.MERGED, Candidate.Status.REJECTED):
            continue
        key = (c.kind, c.name.strip(), c.comparator, c.value, c.value_max, c.unit, c.year)
        if key in first:
            repeats[c.pk] = first[key]
        else:
            first[key] = c
    return repeats


# The reader's confidence in a target is the extractor's learnt probability that the figure is
# a goal at all, and in a milestone found by its verb alone that it is one; under even odds the
# reviewer is asked to check it against the text.
DOUBT_BELOW = 0.5
_JUDGED = (Candidate.Kind.TARGET, Candidate.Kind.MILESTONE)


def doubtful(candidates: list[Candidate]) -> dict[int, int]:
    """Pending targets and milestones the reader kept with less than even confidence, mapped
    to that confidence in per cent."""
    return {
        c.pk: round(c.confidence * 100)
        for c in candidates
        if c.kind in _JUDGED
        and c.status == Candidate.Status.PENDING
        and c.confidence is not None
        and c.confidence < DOUBT_BELOW
    }


Row = TypeVar("Row")


@dataclass
class Part(Generic[Row]):
    """A level-2 heading of the document and the rows under it ("" for rows directly under
    the level-1 heading)."""

    title: str
    rows: list[Row] = field(default_factory=list)


@dataclass
class Section(Generic[Row]):
    """A level-1 heading of the document ("" before the first one) and its parts."""

    title: str
    parts: list[Part[Row]] = field(default_factory=list)
    # The pending candidates of every group with this title (what "this section" acts on), and
    # the page anchor, which only the first group with the title carries.
    pending: int = 0
    anchor: str = ""


def section_anchor(title: str) -> str:
    """The review page's anchor of a section: ASCII, stable, whatever the heading holds."""
    return "s-" + hashlib.sha1(title.encode("utf-8")).hexdigest()[:10]


def sections(rows: list[Row], candidate_of: Callable[[Row], Candidate]) -> list[Section[Row]]:
    """Rows grouped as a two-level tree under the document's headings, in document order; a
    heading that comes back later (two parts both titled 主要目标) gets its own group."""
    tree: list[Section[Row]] = []
    pending: Counter[str] = Counter()
    for row in rows:
        c = candidate_of(row)
        if not tree or tree[-1].title != c.section:
            tree.append(Section(c.section))
        parts = tree[-1].parts
        if not parts or parts[-1].title != c.subsection:
            parts.append(Part(c.subsection))
        parts[-1].rows.append(row)
        pending[c.section] += c.status == Candidate.Status.PENDING
    seen: set[str] = set()
    for section in tree:
        section.pending = pending[section.title]
        if section.title not in seen:
            section.anchor = section_anchor(section.title)
            seen.add(section.title)
    return tree


def lead_unit_choices(*, owner: OrgUnit) -> QuerySet[OrgUnit]:
    """The owning unit and its subtree, in tree order (the county, then its departments…)."""
    return OrgUnit.objects.filter(path__startswith=owner.path).order_by("path")


@dataclass
class Segment:
    """A run of the document covered by the same candidates (none: plain text)."""

    text: str
    covers: list[int] = field(default_factory=list)  # candidate pks
    numbers: list[int] = field(default_factory=list)  # their numbers, for the tooltip
    anchors: list[int] = field(default_factory=list)  # candidates whose quote starts here
    state: str = ""  # the most advanced status among ``covers``, for the highlight colour

    @property
    def title(self) -> str:
        return " ".join(f"#{n}" for n in self.numbers)


_RANK = {"accepted": 3, "pending": 2, "merged": 1, "rejected": 0}


def document_segments(text: str, candidates: list[Candidate]) -> list[Segment]:
    """``text`` cut at every quote boundary, so overlapping and nested quotes can all be marked.

    The template escapes each segment; nothing here produces HTML.
    """
    spans = [c for c in candidates if 0 <= c.start < c.end <= len(text)]
    cuts = sorted({0, len(text), *(c.start for c in spans), *(c.end for c in spans)})
    starts: dict[int, list[Candidate]] = {}
    for c in spans:
        starts.setdefault(c.start, []).append(c)
    segments = []
    for left, right in pairwise(cuts):
        covering = [c for c in spans if c.start <= left and right <= c.end]
        state = max((c.status for c in covering), key=_RANK.__getitem__, default="")
        segments.append(
            Segment(
                text[left:right],
                covers=[c.pk for c in covering],
                numbers=[c.number for c in covering],
                anchors=[c.pk for c in starts.get(left, [])],
                state=state,
            )
        )
    return segments
