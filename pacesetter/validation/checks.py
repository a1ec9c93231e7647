"""The rules every channel runs (grid, API, imports): built-in checks per figure and the
rules of every plan that tracks the figure's measure. Errors block; warnings need a comment."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db.models.functions import Length, Substr
from django.utils.translation import gettext as _

from pacesetter.catalogue.models import Measure
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.indicators.models import Indicator
from pacesetter.orgunits.models import OrgUnit
from pacesetter.validation import outliers
from pacesetter.validation.expressions import codes, evaluate, parse
from pacesetter.validation.models import ValidationRule

ERROR, WARNING = "error", "warning"
OUTLIER = "outlier"  # the kind of a warning about a figure far outside its own history
JUMP_SHARE = Decimal("0.5")  # a change of more than half against last period needs a comment
_COMPARE = {
    "<=": lambda a, b: a <= b,
    "<": lambda a, b: a < b,
    ">=": lambda a, b: a >= b,
    ">": lambda a, b: a > b,
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
}


@dataclass(frozen=True)
class Entry:
    measure: Measure
    orgunit: OrgUnit
    period: Period
    value: Decimal | None
    comment: str = ""


@dataclass(frozen=True)
class Issue:
    entry: Entry
    severity: str
    message: str
    kind: str = ""  # OUTLIER, or "" for the built-in checks and the plans' rules

    @property
    def blocks(self) -> bool:
        return self.severity == ERROR or not self.entry.comment.strip()


def check(entries: list[Entry]) -> list[Issue]:
    """Every issue of ``entries``, in a fixed number of queries whatever their number."""
    before = {p: str(p.previous()) for p in {e.period for e in entries}}
    previous = _previous_values(entries, before)
    issues = [
        issue
        for e in entries
        for issue in _builtin(e, previous.get((e.measure.pk, e.orgunit.pk, before[e.period])))
    ]
    wrong = {id(i.entry) for i in issues if i.severity == ERROR}
    issues += _outliers([e for e in entries if id(e) not in wrong])
    for plan_id in _plans_tracking(entries):
        issues += _plan_rules(entries, plan_id)
    return issues


def _plans_tracking(entries: list[Entry]) -> list[int]:
    measures = {e.measure.pk for e in entries}
    if not measures:
        return []
    return list(
        ValidationRule.objects.filter(is_active=True, plan__goals__indicators__measure__in=measures)
        .values_list("plan_id", flat=True)
        .distinct()
    )


def blocking(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.blocks]


CHUNK = 500  # units per query: within every database's parameter limit


def _previous_values(entries: list[Entry], before: dict[Period, str]) -> dict:
    """(measure, unit, previous period) → stored figure, read a chunk of units at a time."""
    if not entries:
        return {}
    measures = list({e.measure.pk for e in entries})
    units = sorted({e.orgunit.pk for e in entries})
    found = {}
    for i in range(0, len(units), CHUNK):
        rows = DataValue.objects.filter(
            measure__in=measures,
            orgunit__in=units[i : i + CHUNK],
            period__in=set(before.values()),
            value__isnull=False,
        ).values_list("measure_id", "orgunit_id", "period", "value")
        found.update({(m, u, p): v for m, u, p, v in rows})
    return found


def _builtin(entry: Entry, previous: Decimal | None) -> list[Issue]:
    value, measure = entry.value, entry.measure
    if value is None:
        return []
    if value < 0:
        return [Issue(entry, ERROR, _("%(name)s cannot be negative.") % {"name": measure.name})]
    if measure.unit == "%" and value > 100:
        return [
            Issue(
                entry,
                ERROR,
                _("%(name)s is a percentage and cannot exceed 100.") % {"name": measure.name},
            )
        ]
    if measure.value_type == "count" and value != value.to_integral_value():
        return [
            Issue(
                entry,
                ERROR,
                _("%(name)s is a count: enter a whole number.") % {"name": measure.name},
            )
        ]
    if measure.value_type == "milestone" and value not in (0, 1):
        return [
            Issue(
                entry,
                ERROR,
                _("%(name)s is a milestone: enter 1 (achieved) or 0.") % {"name": measure.name},
            )
        ]
    if previous is None or entry.period.number == 1 and entry.period.kind == "month":
        return []
    if (
        measure.aggregation == "last"
        and measure.value_type in ("count", "milestone")
        and value < previous
    ):
        return [
            Issue(
                entry,
                ERROR,
                _(
                    "%(name)s counts what is done so far and cannot fall "
                    "below last period's %(previous)s."
                )
                % {"name": measure.name, "previous": _plain(previous)},
            )
        ]
    if previous and abs(value - previous) / previous > JUMP_SHARE:
        return [
            Issue(
                entry,
                WARNING,
                _(
                    "%(name)s changed by more than %(share)s%% against last "
                    "period (%(previous)s): explain in the comment."
                )
                % {
                    "name": measure.name,
                    "share": int(JUMP_SHARE * 100),
                    "previous": _plain(previous),
                },
            )
        ]
    return []


def _outliers(entries: list[Entry]) -> list[Issue]:
    """A warning for each figure far outside what its own history (``outliers``) makes usual;
    one set of aggregate queries per period among the entries."""
    by_period: dict[Period, list[Entry]] = defaultdict(list)
    for e in entries:
        if e.value is not None and outliers.checked(e.measure):
            by_period[e.period].append(e)
    issues = []
    for period, group in by_period.items():
        bounds = outliers.history_bounds({(e.measure.pk, e.orgunit.pk) for e in group}, period)
        for e in group:
            found = bounds.get((e.measure.pk, e.orgunit.pk))
            if found is not None and e.value is not None and found.is_outlier(e.value):
                message = outliers.describe(found, e.value, e.measure)
                issues.append(Issue(e, WARNING, message, kind=OUTLIER))
    return issues


def _plain(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _plan_rules(entries: list[Entry], plan: int) -> list[Issue]:
    """A plan's rules name its own indicator codes; each code stands for its measure."""
    rules = [r for r in ValidationRule.objects.filter(plan=plan, is_active=True)]
    if not rules or not entries:
        return []
    parsed = [(r, parse(r.left), parse(r.right)) for r in rules]
    needed = set().union(*(codes(left) | codes(right) for _r, left, right in parsed))
    by_code = {
        i.code: i.measure_id for i in Indicator.objects.filter(goal__plan=plan, code__in=needed)
    }
    code_of_measure = {m: c for c, m in by_code.items()}
    pending = {(code_of_measure.get(e.measure.pk), e.orgunit.pk, str(e.period)): e for e in entries}
    # The entries of each unit and period, grouped once: a rule looks only at its own context.
    grouped: dict[tuple, list[Entry]] = defaultdict(list)
    for e in entries:
        grouped[e.orgunit.pk, e.period].append(e)
    contexts = {(e.orgunit, e.period) for e in entries}
    stored = _stored(by_code, contexts)
    issues = []
    for unit, period in contexts:

        def lookup(
            function: str, code: str, unit: OrgUnit = unit, period: Period = period
        ) -> Decimal | None:
            if function == "children":
                kids = [k for k in stored["children"].get(unit.pk, ())]
                values = [_value(pending, stored, code, k, str(period)) for k in kids]
                return sum((v for v in values if v is not None), Decimal(0))
            at = str(period.previous()) if function == "previous" else str(period)
            return _value(pending, stored, code, unit.pk, at)

        here = grouped[unit.pk, period]
        present = {code_of_measure.get(e.measure.pk) for e in here}
        for rule, left, right in parsed:
            named = codes(left) | codes(right)
            if not named & present:
                continue
            a, b = evaluate(left, lookup), evaluate(right, lookup)
            if a is None or b is None or _COMPARE[rule.operator](a, b):
                continue
            culprit = next(e for e in here if code_of_measure.get(e.measure.pk) in named)
            message = rule.message or _(
                "Rule “%(name)s” fails: %(left)s %(op)s %(right)s (%(a)s against %(b)s)."
            ) % {
                "name": rule.name,
                "left": rule.left,
                "op": rule.operator,
                "right": rule.right,
                "a": _plain(a),
                "b": _plain(b),
            }
            issues.append(Issue(culprit, rule.severity, message))
    return issues


def _stored(by_code: dict, contexts: set) -> dict:
    units = {u for u, _p in contexts}
    children: dict[int, list[int]] = defaultdict(list)
    step = OrgUnit.steplen
    by_path = {u.path: u.pk for u in units}
    paths = sorted(by_path)
    for i in range(0, len(paths), CHUNK):
        # A child's path is its parent's and one step more: one query for a chunk of units.
        kids = OrgUnit.objects.annotate(
            parent_path=Substr("path", 1, Length("path") - step)
        ).filter(parent_path__in=paths[i : i + CHUNK], depth__gt=1)
        for parent_path, pk in kids.values_list("parent_path", "pk"):
            children[by_path[parent_path]].append(pk)
    periods = {str(p) for _u, p in contexts} | {str(p.previous()) for _u, p in contexts}
    unit_ids = {u.pk for u in units} | {k for kids in children.values() for k in kids}
    code_of = {m: c for c, m in by_code.items()}
    rows = DataValue.objects.filter(
        measure__in=code_of, orgunit__in=unit_ids, period__in=periods, value__isnull=False
    ).values_list("measure_id", "orgunit_id", "period", "value")
    return {"children": children, "values": {(code_of[i], u, p): v for i, u, p, v in rows}}


def _value(
    pending: dict[tuple[str | None, int, str], Entry],
    stored: dict,
    code: str,
    unit_id: int,
    period: str,
) -> Decimal | None:
    entry = pending.get((code, unit_id, period))
    if entry is not None:
        return entry.value
    return stored["values"].get((code, unit_id, period))
