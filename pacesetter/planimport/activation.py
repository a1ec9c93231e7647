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
    placed = [c for c in targets + milestones if c.section]
    goal_of = _section_goals(plan, placed)
    rest = [c for c in targets + milestones if not c.section]
    root = target_goal = milestone_goal = None
    if rest or not placed:
        root, target_goal, milestone_goal = _goal_tree(
            plan,
            any(c.kind == Kind.TARGET for c in rest),
            any(c.kind == Kind.MILESTONE for c in rest),
            code=f"G{len({c.section for c in placed}) + 1}",
        )
    for n, c in enumerate(targets, start=1):
        assert c.year is not None and c.value is not None  # else problems_of refused it
        goal = goal_of.get(c.pk) or target_goal or root
        assert goal is not None  # a candidate without a section has the fallback tree
        indicator = _indicator(
            goal,
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
        goal = goal_of.get(c.pk) or milestone_goal or root
        assert goal is not None  # a candidate without a section has the fallback tree
        indicator = _indicator(
            goal,
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


def _section_goals(plan: Plan, placed: list[Candidate]) -> dict[int, Goal]:
    """The document's headings as the goal tree: a pillar per level-1 heading, a goal per
    level-2 heading under it; each candidate mapped to the deepest goal it sits under."""
    pillars: dict[str, Goal] = {}
    goals: dict[tuple[str, str], Goal] = {}
    goal_of: dict[int, Goal] = {}
    for c in sorted(placed, key=lambda c: c.number):
        if c.section not in pillars:
            pillars[c.section] = Goal.objects.add_root(
                {
                    "plan": plan,
                    "code": f"G{len(pillars) + 1}",
                    "level": Goal.Level.PILLAR,
                    "name": c.section,
                }
            )
        pillar = pillars[c.section]
        goal_of[c.pk] = pillar
        if c.subsection:
            key = (c.section, c.subsection)
            if key not in goals:
                pillar.refresh_from_db()  # treebeard keeps child counts on the parent row
                siblings = sum(1 for k in goals if k[0] == c.section)
                goals[key] = Goal.objects.add_child(
                    pillar,
                    {
                        "plan": plan,
                        "code": f"{pillar.code}.{siblings + 1}",
                        "level": Goal.Level.GOAL,
                        "name": c.subsection,
                    },
                )
            goal_of[c.pk] = goals[key]
    return goal_of


def _goal_tree(
    plan: Plan, has_targets: bool, has_milestones: bool, code: str = "G1"
) -> tuple[Goal, Goal | None, Goal | None]:
    """The tree of a document without headings: one pillar, targets and milestones apart."""
    # Stored names are data, so they are written in the site's language, not the clicker's.
    with translation.override(settings.LANGUAGE_CODE):
        root = Goal.objects.add_root(
            {"plan": plan, "code": code, "level": Goal.Level.PILLAR, "name": _("Targets and tasks")}
        )
        target_goal = milestone_goal = None
        if has_targets:
            target_goal = Goal.objects.add_child(
                root,
                {
                    "plan": plan,
                    "code": f"{code}.1",
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
                    "code": f"{code}.2",
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
