"""Read the entry grid's POST: only the cells a person changed are saved."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from pacesetter.catalogue.models import Measure
from pacesetter.core.numbers import parse_number


@dataclass
class GridInput:
    values: dict = field(default_factory=dict)  # Measure → (value, comment)
    versions: dict = field(default_factory=dict)  # measure pk → version the user saw
    typed: dict = field(default_factory=dict)  # measure pk → raw text
    comments: dict = field(default_factory=dict)  # measure pk → the comment as typed
    errors: dict = field(default_factory=dict)  # measure pk → message
    projects: dict = field(default_factory=dict)  # project pk → (investment, narrative)
    problems: dict = field(default_factory=dict)  # project pk → a newly raised problem


def read_grid(post, measures: list[Measure], project_ids: list[int]) -> GridInput:
    grid = GridInput()
    for measure in measures:
        raw, comment = post.get(f"v-{measure.pk}"), post.get(f"c-{measure.pk}", "")
        if raw is None:
            continue
        grid.typed[measure.pk], grid.comments[measure.pk] = raw, comment
        if raw == post.get(f"ov-{measure.pk}", "") and comment == post.get(f"oc-{measure.pk}", ""):
            continue  # untouched: someone else's later change is not overwritten
        try:
            value = parse_number(raw)
        except ValueError as exc:  # the message names the limit a figure broke
            grid.errors[measure.pk] = f"{measure.name}: {exc}"
            continue
        grid.values[measure] = (value, comment.strip())
        version = post.get(f"ver-{measure.pk}", "")
        grid.versions[measure.pk] = int(version) if version.isdigit() else 0
    for pk in project_ids:
        if problem := post.get(f"pp-{pk}", "").strip():
            grid.problems[pk] = problem
        raw = post.get(f"pi-{pk}")
        if raw is None:
            continue
        try:
            amount = parse_number(raw)
        except ValueError as exc:
            grid.errors[f"p{pk}"] = str(exc)
            continue
        if amount is not None and amount < 0:
            grid.errors[f"p{pk}"] = _("Investment cannot be negative.")
            continue
        grid.projects[pk] = (
            amount if amount is not None else Decimal(0),
            post.get(f"pn-{pk}", "").strip(),
        )
    return grid
