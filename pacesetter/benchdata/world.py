"""The generated world's structure: org-unit tree, catalogue, plans with goals and
indicators, accounts and projects. Figures, targets and reports are in ``generate``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from random import Random

from simple_history.utils import bulk_create_with_history

from pacesetter.accounts.services import user_ensure
from pacesetter.benchdata.scales import Scale, kind_of
from pacesetter.catalogue.models import Measure
from pacesetter.catalogue.services import measure_for
from pacesetter.indicators.models import Indicator
from pacesetter.orgunits.models import OrgUnit
from pacesetter.orgunits.services import orgunit_ensure
from pacesetter.plans.models import Goal, Plan
from pacesetter.projects.models import InvestmentPlan, Milestone, ProgressReport, Project

PASSWORD = "pacesetter-bench"
ROOT_CODE = "BENCH"
DEPARTMENTS = ("发展和改革局", "工业和信息化局", "商务局", "住房和城乡建设局")
PILLARS = ("经济发展", "项目建设", "营商环境", "民生保障", "生态环境")
GOALS_PER_PILLAR = 2
LOWER = {"province": "city", "city": "county", "county": "township"}


@dataclass
class Node:
    """A unit of the world before (``unit`` None) and after it is saved."""

    code: str
    name: str
    kind: str
    short_name: str = ""
    children: list[Node] = field(default_factory=list)
    unit: OrgUnit | None = None

    @property
    def saved(self) -> OrgUnit:
        assert self.unit is not None, "saved by save_tree"
        return self.unit

    def reporting_children(self) -> list[Node]:
        """The units a plan of this unit splits its targets over (not departments)."""
        return [c for c in self.children if c.kind == LOWER.get(self.kind)]

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def spread(total: int, parts: int, rng: Random) -> list[int]:
    """``total`` split into ``parts`` uneven whole shares (at least one each)."""
    weights = [rng.uniform(0.8, 1.2) for _ in range(parts)]
    scale = total / sum(weights)
    counts = [max(1, int(w * scale)) for w in weights]
    i = 0
    while sum(counts) < total:
        counts[i % parts] += 1
        i += 1
    return counts


def plan_tree(scale: Scale, rng: Random) -> Node:
    """The units of ``scale``: codes and names are stable for a scale and seed."""
    counties_of = spread(scale.counties, scale.cities, rng)
    towns_of = iter(spread(scale.towns, scale.counties, rng))
    province = Node(ROOT_CODE, "基准省", "province")
    for c, counties in enumerate(counties_of, 1):
        city = Node(f"{ROOT_CODE}-C{c:02d}", f"基准{c:02d}市", "city")
        province.children.append(city)
        for k in range(1, counties + 1):
            county = Node(f"{city.code}-K{k:02d}", f"{city.name}{k:02d}县", "county")
            city.children.append(county)
            for d in range(scale.departments):
                name = DEPARTMENTS[d % len(DEPARTMENTS)]
                county.children.append(
                    Node(f"{county.code}-D{d + 1}", county.name + name, "department", name)
                )
            for t in range(1, next(towns_of) + 1):
                county.children.append(
                    Node(f"{county.code}-T{t:02d}", f"{county.name}{t:02d}镇", "township")
                )
    if scale.top == "province":
        return province
    city = province.children[0]
    return city if scale.top == "city" else city.children[0]


def save_tree(root: Node) -> OrgUnit:
    """The root through the service, everything below it in a few statements: the
    materialised paths are computed here, siblings in the tree's own order (kind, code)."""
    root.unit = orgunit_ensure(code=root.code, name=root.name, kind=root.kind)
    new: list[OrgUnit] = []
    stack = [root]
    while stack:
        node = stack.pop()
        parent = node.unit
        assert parent is not None
        node.children.sort(key=lambda n: (n.kind, n.code))
        for step, child in enumerate(node.children, 1):
            child.unit = OrgUnit(
                code=child.code,
                name=child.name,
                short_name=child.short_name,
                kind=child.kind,
                depth=parent.depth + 1,
                path=OrgUnit._get_path(parent.path, parent.depth + 1, step),
                numchild=len(child.children),
            )
            new.append(child.unit)
            stack.append(child)
    bulk_create_with_history(new, OrgUnit, batch_size=1000)
    OrgUnit.objects.filter(pk=root.unit.pk).update(numchild=len(root.children))
    return root.unit


def save_measures(count: int, owner: OrgUnit) -> list[Measure]:
    measures = []
    for i in range(count):
        kind = kind_of(i)
        measures.append(
            measure_for(
                code=f"B{i + 1:03d}",
                name=f"{kind.name}{i // 10 + 1:02d}",
                unit=kind.unit,
                value_type=kind.value_type,
                aggregation=kind.aggregation,
                direction=kind.direction,
                additive=kind.additive,
                owner=owner,
            )
        )
    return measures


def save_plans(root: Node, measures: list[Measure], first: int, last: int) -> dict[str, Plan]:
    """A plan per province, city and county (the cascade), each tracking every measure
    under the same goal tree; unit code → plan."""
    owners = [n for n in root.walk() if n.kind in LOWER]
    plans = bulk_create_with_history(
        [
            Plan(
                code=f"bench-{n.code.lower()}",
                name=f"{n.name}争先行动（基准数据）",
                owner=n.unit,
                first_year=first,
                last_year=last,
                status=Plan.Status.ACTIVE,
            )
            for n in owners
        ],
        Plan,
        batch_size=500,
    )
    by_code = {n.code: p for n, p in zip(owners, plans, strict=True)}
    leaves = _save_goals(plans)
    indicators = []
    for node in owners:
        plan = by_code[node.code]
        leads = [c.unit for c in node.children if c.kind == "department"] or [node.unit]
        for i, measure in enumerate(measures):
            indicators.append(
                Indicator(
                    goal=leaves[plan.pk][i % len(leaves[plan.pk])],
                    code=f"I{i + 1:03d}",
                    name=measure.name,
                    measure=measure,
                    lead_unit=leads[i % len(leads)],
                )
            )
    bulk_create_with_history(indicators, Indicator, batch_size=2000)
    return by_code


def _save_goals(plans: list[Plan]) -> dict[int, list[Goal]]:
    """Pillars and their goals for every plan, paths computed after the last root."""
    last = Goal.objects.get_last_root_node()
    step = Goal._str2int(last.path) if last else 0
    goals: list[Goal] = []
    leaves: dict[int, list[Goal]] = {}
    for plan in plans:
        leaves[plan.pk] = []
        for p, name in enumerate(PILLARS, 1):
            step += 1
            path = Goal._get_path(None, 1, step)
            goals.append(
                Goal(plan=plan, code=f"P{p}", name=name, level="pillar", path=path, depth=1)
            )
            goals[-1].numchild = GOALS_PER_PILLAR
            for g in range(1, GOALS_PER_PILLAR + 1):
                goal = Goal(
                    plan=plan,
                    code=f"P{p}.{g}",
                    name=f"{name}目标{g}",
                    level="goal",
                    path=Goal._get_path(path, 2, g),
                    depth=2,
                )
                goals.append(goal)
                leaves[plan.pk].append(goal)
    bulk_create_with_history(goals, Goal, batch_size=2000)
    return leaves


def save_accounts(root: Node) -> dict[str, str]:
    """username → unit code: the plan office of the root and of the first city and county
    below it, a leader, and a reporter of the first town."""
    first = {kind: next((n for n in root.walk() if n.kind == kind), None) for kind in LOWER}
    town = next(n for n in root.walk() if n.kind == "township")
    wanted = [("bench-office", root, "plan_office"), ("bench-leader", root, "leader")]
    for kind in ("city", "county"):
        node = first[kind]
        if node is not None and node is not root:
            wanted.append((f"bench-office-{kind}", node, "plan_office"))
    wanted.append(("bench-reporter", town, "reporter"))
    for username, node, role in wanted:
        user_ensure(
            username=username,
            password=PASSWORD,
            orgunit=node.unit,
            roles=[role],
            display_name=f"{node.name}（{role}）",
            validate=False,
        )
    return {username: node.code for username, node, _r in wanted}


STAGES = ("preparation", "new", "continuing", "completed", "operating")


def save_projects(
    root: Node, plans: dict[str, Plan], months: list[tuple[int, int]], seed: int, per_county: int
) -> int:
    """A few key projects per county plan, led by its departments, with yearly plans,
    milestones and monthly progress."""
    projects, plan_rows, stones, progress = [], [], [], []
    years = sorted({y for y, _m in months})
    for county in (n for n in root.walk() if n.kind == "county"):
        rng = Random(f"{seed}/projects/{county.code}")
        towns = [c.unit for c in county.children if c.kind == "township"]
        leads = [c.unit for c in county.children if c.kind == "department"] or [county.unit]
        for j in range(per_county):
            total = Decimal(rng.randint(2000, 80000))
            project = Project(
                plan=plans[county.code],
                code=f"X{j + 1:02d}",
                name=f"{county.name}重点项目{j + 1:02d}",
                category=PILLARS[j % len(PILLARS)],
                stage=STAGES[j % len(STAGES)],
                lead_unit=leads[j % len(leads)],
                township=towns[j % len(towns)],
                total_investment=total,
                start_date=date(years[0], 1, 1),
                end_date=date(years[-1], 12, 31),
            )
            projects.append(project)
            yearly = (total / len(years)).quantize(Decimal("0.01"))
            plan_rows += [InvestmentPlan(project=project, year=y, amount=yearly) for y in years]
            stones += [
                Milestone(project=project, name=f"节点{y}", planned_date=date(y, 6, 30))
                for y in years
            ]
            progress += [
                ProgressReport(
                    project=project,
                    period=f"{y}{m:02d}",
                    investment=(yearly / 12 * Decimal(rng.uniform(0.6, 1.3))).quantize(
                        Decimal("0.01")
                    ),
                )
                for y, m in months
            ]
    bulk_create_with_history(projects, Project, batch_size=1000)
    InvestmentPlan.objects.bulk_create(plan_rows, batch_size=2000)
    Milestone.objects.bulk_create(stones, batch_size=2000)
    ProgressReport.objects.bulk_create(progress, batch_size=2000)
    return len(projects)
