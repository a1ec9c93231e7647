"""One all-or-nothing path for bulk figures: Excel, CSV and the API all come through here."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from pacesetter.catalogue.models import Measure
from pacesetter.core import policy
from pacesetter.core.exceptions import ConcurrentEdit, DomainError
from pacesetter.core.numbers import parse_number
from pacesetter.core.periods import InvalidPeriod, parse_month
from pacesetter.datavalues.locks import locked_reason
from pacesetter.datavalues.models import DataValue
from pacesetter.datavalues.services import datavalue_set
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan

# The checks every channel runs (built-ins and each plan's rules) belong to ``validation``,
# which reads figures and so sits above this app. It registers them here at start-up, as the
# report workflow registers the lock, so this path runs them without an import cycle.
_checks: tuple[type, Callable] | None = None


def register_checks(*, entry: type, check: Callable) -> None:
    """``entry(measure, orgunit, period, value, comment)`` builds what ``check(entries)`` takes;
    ``check`` returns issues with ``.entry``, ``.blocks`` and ``.message``."""
    global _checks
    _checks = (entry, check)


def _registered_checks() -> tuple[type, Callable]:
    if _checks is None:
        raise RuntimeError("no figure checks registered: is pacesetter.validation installed?")
    return _checks


@dataclass(frozen=True)
class Row:
    """One figure as it arrived; ``where`` locates it for the error report. ``indicator`` is a
    catalogue measure code, or an indicator code of the plan the import names. ``version`` is
    the version of the figure the sender last read (0: it read none); None saves regardless."""

    indicator: str
    orgunit: str
    period: str
    value: str | Decimal | int | float | None
    comment: str | None = ""  # None: the file has no comment column; the stored one is kept
    sheet: str = ""
    line: int = 0
    version: int | None = None


@dataclass(frozen=True)
class RowError:
    sheet: str
    line: int
    column: str
    message: str


class ImportFailed(DomainError):
    def __init__(self, errors: list[RowError]):
        self.errors = errors
        first = errors[0]
        super().__init__(
            "import_failed",
            _(
                "%(n)s problem(s); nothing was imported. First: row "
                "%(line)s, %(column)s: %(message)s"
            )
            % {
                "n": len(self.errors),
                "line": first.line,
                "column": first.column,
                "message": first.message,
            },
        )


def _measures(codes: set[str], plan: Plan | None) -> dict[str, Measure]:
    """code → measure: catalogue codes, and the named plan's indicator codes (its own wins)."""
    found = {m.code: m for m in Measure.objects.filter(code__in=codes)}
    if plan is not None:
        found.update(
            {
                m.plan_code: m
                for m in Measure.objects.filter(
                    indicators__goal__plan=plan, indicators__code__in=codes
                ).annotate(plan_code=F("indicators__code"))
            }
        )
    return found


def datavalues_import(*, actor, rows: list[Row], channel: str, plan: Plan | None = None) -> int:
    """Check every row, then apply all of them or none. Returns the number of figures saved."""
    errors: list[RowError] = []
    if not rows:
        raise ImportFailed(errors=[RowError("", 0, "", _("The file holds no figures."))])
    entry_type, check = _registered_checks()
    measures = _measures({str(r.indicator).strip() for r in rows}, plan)
    units = {
        u.code: u for u in OrgUnit.objects.filter(code__in={str(r.orgunit).strip() for r in rows})
    }
    entries, sources = [], {}
    lock = functools.lru_cache(maxsize=None)(locked_reason)  # one query per unit and month
    kept = _stored_comments(rows, measures, units)
    for row in rows:
        fields = _fields(row, actor, plan, measures, units, lock, errors)
        if fields is not None and fields[4] is None:
            fields = (*fields[:4], kept.get((fields[0].pk, fields[1].pk, str(fields[2])), ""))
        if fields is not None:
            entry = entry_type(*fields)
            key = (entry.measure.pk, entry.orgunit.pk, str(entry.period))
            if key in sources:
                errors.append(
                    RowError(
                        row.sheet,
                        row.line,
                        _("indicator"),
                        _("The same figure appears twice (also row %(line)s).")
                        % {"line": sources[key].line},
                    )
                )
                continue
            sources[key] = row
            entries.append(entry)
    for issue in check(entries):
        if issue.blocks:
            row = sources[(issue.entry.measure.pk, issue.entry.orgunit.pk, str(issue.entry.period))]
            errors.append(RowError(row.sheet, row.line, _("value"), issue.message))
    if errors:
        raise ImportFailed(errors=sorted(errors, key=lambda e: (e.sheet, e.line)))
    with transaction.atomic():
        for entry in entries:
            row = sources[(entry.measure.pk, entry.orgunit.pk, str(entry.period))]
            try:
                datavalue_set(
                    actor=actor,
                    measure=entry.measure,
                    orgunit=entry.orgunit,
                    period=entry.period,
                    value=entry.value,
                    comment=entry.comment,
                    expected_version=row.version,
                    channel=channel,
                )
            except ConcurrentEdit as exc:
                raise _stale(row, exc) from None
    return len(entries)


def _stale(row: Row, exc: ConcurrentEdit) -> ConcurrentEdit:
    """Someone saved a figure of the set since the sender read it: the whole set is refused,
    naming the row and the figure as it stands now, so the sender can decide again."""
    current = exc.current
    refused = ConcurrentEdit(
        _("Row %(line)s: %(message)s") % {"line": row.line, "message": exc.message}, current=current
    )
    value = getattr(current, "value", None)
    refused.fields = {
        "line": row.line,
        "indicator": row.indicator,
        "unit": row.orgunit,
        "period": row.period,
        "value": "" if value is None else f"{value.normalize():f}",
        "version": getattr(current, "version", 0),
    }
    return refused


def _stored_comments(rows: list[Row], measures, units) -> dict[tuple, str]:
    """(measure, unit, month) → stored comment, for the rows that carry no comment at all."""
    months = set()
    for row in rows:
        if row.comment is None:
            try:
                months.add(str(parse_month(str(row.period).strip())))
            except InvalidPeriod:
                pass
    if not months:
        return {}
    return {
        (m, u, p): c
        for m, u, p, c in DataValue.objects.filter(
            measure__in=measures.values(), orgunit__in=units.values(), period__in=months
        ).values_list("measure_id", "orgunit_id", "period", "comment")
    }


def _fields(row: Row, actor, plan, measures, units, lock, errors) -> tuple | None:
    """(measure, unit, month, value, comment) of a row that reads right, else None with the
    row's problems added to ``errors``."""

    def fail(column: str, message: str) -> None:
        errors.append(RowError(row.sheet, row.line, column, message))

    measure = measures.get(str(row.indicator).strip())
    unit = units.get(str(row.orgunit).strip())
    if measure is None and plan is None:
        fail(
            _("indicator"),
            _("No indicator with code %(code)s in the catalogue.") % {"code": row.indicator},
        )
    elif measure is None:
        fail(
            _("indicator"),
            _("No indicator with code %(code)s in the catalogue or in plan %(plan)s.")
            % {"code": row.indicator, "plan": plan.code},
        )
    # Out-of-scope units read as unknown: an import reveals nothing about other units.
    if unit is None or not policy.can(actor, policy.ENTER, unit):
        fail(
            _("org unit"),
            _("No unit with code %(code)s that you may report for.") % {"code": row.orgunit},
        )
        unit = None
    try:
        period = parse_month(str(row.period).strip())
    except InvalidPeriod:
        fail(_("period"), _("%(p)s is not a month: use 202311") % {"p": row.period})
        period = None
    try:
        value = parse_number(row.value)
    except ValueError:
        fail(_("value"), _("%(text)s is not a number.") % {"text": row.value})
        return None
    if measure is None or unit is None or period is None:
        return None
    if (why := lock(unit, str(period))) is not None:
        fail(_("period"), why)
        return None
    return measure, unit, period, value, None if row.comment is None else row.comment.strip()
