"""Result records. Field names are the public JSON contract of the extractor."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Target:
    quote: str  # exact substring of the original text
    start: int  # offsets in the original text: original[start:end] == quote
    end: int
    indicator: str  # simplified characters
    growth: bool
    comparator: str  # one of > >= <= < ~ =
    value: int | float
    value_max: int | float | None
    unit: str  # as written (original script); 百分之 → %
    base_value: int | float | None
    year: int | None
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Milestone:
    quote: str
    start: int
    end: int
    indicator: str
    year: int | None
    # The rules' milestones are sure; one found by its verb alone carries the learnt
    # probability that it is one (milestone_screen).
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Project:
    quote: str
    start: int
    end: int
    name: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Result:
    targets: list[Target] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "targets": [t.to_dict() for t in self.targets],
            "milestones": [m.to_dict() for m in self.milestones],
            "projects": [p.to_dict() for p in self.projects],
        }
