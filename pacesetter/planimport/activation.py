"""Turning accepted candidates into the live plan: the checks and the objects created.

Called by ``services.draft_activate`` inside its transaction, after the checks found nothing.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from pacesetter.catalogue.services import measure_for
from pacesetter.core import measures
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.planimport import mapping
from pacesetter.planimport.models import Candidate
from pacesetter.plans.models import Goal, Plan
from pacesetter.projects.models import Project

Kind = Candidate.Kind


def problems_of(c: Candidate, owner: OrgUnit) -> list[str]:
    """Why an accepted candidate cannot become part of the plan yet, in words naming it."""
    name = f"#{c.number} “{c.name}”"
    problems = []
    if not c.name.strip():
        problems.append(_("Candidate #%(number)s has no name: enter one.") % {"number": c.number})
    if c.lead_unit is None:
        problems.append(_("Candidate %(name)s has no lead unit: choose one.") % {"name": name})
    elif not c.lead_unit.path.startswith(owner.path):
        problems.append(
            _("The lead unit of candidate %(name)s must be %(owner)s or one of its units.")
            % {"name": name, "owner": owner}
        )
    if c.kind == Kind.TARGET:
        if c.value is None:
            problems.append(_("Candidate %(name)s has no value: enter one.") % {"name": name})
        if c.unit not in measures.MEASURES:
            problems.append(
                _(
                    "Candidate %(name)s has no unit of measure Pacesetter knows (the "
                    "document says “%(written)s”): choose one."
                )
                % {"name": name, "written": c.extracted.get("unit", "")}
            )
        if c.value is not None and c.value_max is not None and c.value_max < c.value:
            problems.append(
                _("The upper value of candidate %(name)s is below its value.") % {"name": name}
            )
    if c.kind != Kind.PROJECT and c.year is None:
        problems.append(_("Candidate %(name)s has no year: enter one.") % {"name": name})
    return problems


def build_plan(plan: Plan, accepted: list[Candidate], merged: list[Candidate]) -> Plan:
    quotes = _quotes(accepted, merged)
    targets = [c for c in accepted if c.kind == Kind.TARGET]
    milestones = [c for c in accepted if c.kind == Kind.MILESTONE]
    root, target_goal, milestone_goal = _goal_tree(plan, bool(targets), bool(milestones))
    for n, c in enumerate(targets, start=1):
        assert c.year is not None and c.value is not None  # else problems_of refused it
        indicator = _indicator(
            target_goal or root,
            f"T{n:02d}",
            c,
            quotes[c.pk],
            unit=c.unit,
            value_type=mapping.value_type(c.unit),
            aggregation=mapping.aggregation(c.unit),
            direction=mapping.direction(c.comparator),
        )
        Target.objects.create(
            indicator=indicator,
            year=c.year,
            comparator=c.comparator or ">=",
            value=c.value,
            value_max=c.value_max,
            is_growth=c.is_growth,
        )
    for n, c in enumerate(milestones, start=1):
        assert c.year is not None  # else problems_of refused it
        indicator = _indicator(
            milestone_goal or root,
            f"M{n:02d}",
            c,
            quotes[c.pk],
            unit="是/否",
            value_type=Indicator.ValueType.MILESTONE,
            aggregation=Indicator.Aggregation.LAST,
            direction=Indicator.Direction.HIGHER,
        )
        Target.objects.create(indicator=indicator, year=c.year, comparator="=", value=Decimal(1))
    projects = [c for c in accepted if c.kind == Kind.PROJECT]
    for n, c in enumerate(projects, start=1):
        assert c.lead_unit is not None  # else problems_of refused it
        # The text names the work, not its money: investment is entered on the project later.
        Project.objects.create(
            plan=plan,
            code=f"P{n:02d}",
            name=c.name,
            lead_unit=c.lead_unit,
            total_investment=Decimal(0),
            source_quote=quotes[c.pk],
        )
    # A target for a later horizon (到2025年) widens the plan's years instead of being dropped.
    years = [c.year for c in targets + milestones if c.year is not None]
    years += [plan.first_year, plan.last_year]
    plan.first_year, plan.last_year = min(years), max(years)
    plan.status = Plan.Status.ACTIVE
    plan.save()
    return plan


def _quotes(accepted: list[Candidate], merged: list[Candidate]) -> dict[int, str]:
    """Each accepted candidate's sentence, followed by those of the candidates merged into it."""
    extra: dict[int | None, list[str]] = defaultdict(list)
    for c in sorted(merged, key=lambda c: c.start):
        extra[c.merged_into_id].append(c.quote)
    return {c.pk: "\n".join(dict.fromkeys([c.quote, *extra[c.pk]])) for c in accepted}


def _goal_tree(
    plan: Plan, has_targets: bool, has_milestones: bool
) -> tuple[Goal, Goal | None, Goal | None]:
    # Stored names are data, so they are written in the site's language, not the clicker's.
    with translation.override(settings.LANGUAGE_CODE):
        root = Goal.objects.add_root(
            {"plan": plan, "code": "G1", "level": Goal.Level.PILLAR, "name": _("Targets and tasks")}
        )
        target_goal = milestone_goal = None
        if has_targets:
            target_goal = Goal.objects.add_child(
                root,
                {
                    "plan": plan,
                    "code": "G1.1",
                    "level": Goal.Level.GOAL,
                    "name": _("Quantitative targets"),
                },
            )
        if has_milestones:
            root.refresh_from_db()  # treebeard keeps child counts on the parent row
            milestone_goal = Goal.objects.add_child(
                root,
                {
                    "plan": plan,
                    "code": "G1.2",
                    "level": Goal.Level.GOAL,
                    "name": _("Milestone tasks"),
                },
            )
    return root, target_goal, milestone_goal


def _indicator(
    goal: Goal, code: str, c: Candidate, quote: str, *, unit: str, **fields: Any
) -> Indicator:
    """The plan's indicator over the catalogue's measure of the same name and unit, which
    is reused when another plan already counts it (its figures are then shared)."""
    assert c.lead_unit is not None  # else problems_of refused it
    measure = measure_for(name=c.name, unit=unit, owner=goal.plan.owner, **fields)
    return Indicator.objects.create(
        goal=goal,
        code=code,
        name=c.name,
        measure=measure,
        lead_unit=c.lead_unit,
        source_quote=quote,
    )
