"""Read the entry grid's POST: only the cells a person changed are saved."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from pacesetter.datavalues.bulk import parse_number
from pacesetter.indicators.models import Indicator


@dataclass
class GridInput:
    values: dict = field(default_factory=dict)  # Indicator → (value, comment)
    versions: dict = field(default_factory=dict)  # indicator pk → version the user saw
    typed: dict = field(default_factory=dict)  # indicator pk → raw text
    errors: dict = field(default_factory=dict)  # indicator pk → message
    projects: dict = field(default_factory=dict)  # project pk → (investment, narrative)
    problems: dict = field(default_factory=dict)  # project pk → a newly raised problem


def read_grid(post, indicators: list[Indicator], project_ids: list[int]) -> GridInput:
    grid = GridInput()
    for ind in indicators:
        raw, comment = post.get(f"v-{ind.pk}"), post.get(f"c-{ind.pk}", "")
        if raw is None:
            continue
        grid.typed[ind.pk] = raw
        if raw == post.get(f"ov-{ind.pk}", "") and comment == post.get(f"oc-{ind.pk}", ""):
            continue  # untouched: someone else's later change is not overwritten
        try:
            value = parse_number(raw)
        except ValueError:
            grid.errors[ind.pk] = _("%(name)s: “%(text)s” is not a number.") % {
                "name": ind.name, "text": raw}
            continue
        grid.values[ind] = (value, comment.strip())
        version = post.get(f"ver-{ind.pk}", "")
        grid.versions[ind.pk] = int(version) if version.isdigit() else 0
    for pk in project_ids:
        if problem := post.get(f"pp-{pk}", "").strip():
            grid.problems[pk] = problem
        raw = post.get(f"pi-{pk}")
        if raw is None:
            continue
        try:
            amount = parse_number(raw)
        except ValueError:
            grid.errors[f"p{pk}"] = _("“%(text)s” is not an amount.") % {"text": raw}
            continue
        if amount is not None and amount < 0:
            grid.errors[f"p{pk}"] = _("Investment cannot be negative.")
            continue
        grid.projects[pk] = (amount if amount is not None else Decimal(0),
                             post.get(f"pn-{pk}", "").strip())
    return grid
