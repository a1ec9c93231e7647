"""One all-or-nothing path for bulk figures: Excel, CSV and the API all come through here."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import IntegrityError
from django.db.models import F
from django.utils.translation import gettext as _

from pacesetter.catalogue.models import Measure
from pacesetter.core import policy
from pacesetter.core.exceptions import DomainError
from pacesetter.core.numbers import parse_number
from pacesetter.core.periods import InvalidPeriod, Period, parse_month
from pacesetter.datavalues.bulk_write import _exists_any, _stored, write_set
from pacesetter.datavalues.locks import locked_reason
from pacesetter.datavalues.services import comment_refusal
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan

# The checks every channel runs (built-ins and each plan's rules) belong to ``validation``,
# which reads figures and so sits above this app. It registers them here at start-up, as the
# report workflow registers the lock, so this path runs them without an import cycle.
_checks: tuple[type, Callable] | None = None
Key = tuple[int, int, str]  # (measure, unit, month) of a figure


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


def datavalues_import(
    *, actor: policy.Actor, rows: list[Row], channel: str, plan: Plan | None = None
) -> int:
    """Check every row, then apply all of them or none. Returns the number of figures saved.

    Set-based: the figures of the set are read in a few queries and written with bulk
    statements in one short transaction (everything that only reads happens before it, so a
    long import holds SQLite's write lock for the writes alone)."""
    errors: list[RowError] = []
    if not rows:
        raise ImportFailed(errors=[RowError("", 0, "", _("The file holds no figures."))])
    entry_type, check = _registered_checks()
    measures = _measures({str(r.indicator).strip() for r in rows}, plan)
    units = {
        u.code: u for u in OrgUnit.objects.filter(code__in={str(r.orgunit).strip() for r in rows})
    }
    entries: list = []  # of the registered ``entry`` type
    keys: list[Key] = []
    sources: dict[Key, Row] = {}
    reader = _Reader(actor, plan, measures, units)
    kept = _stored_comments(rows, measures, units)
    for row in rows:
        read = reader.fields(row, errors)
        if read is None:
            continue
        *fields, key = read
        if fields[4] is None:
            fields[4] = kept.get(key, "")
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
        entries.append(entry_type(*fields))
        keys.append(key)
    for issue in check(entries):
        if issue.blocks:
            row = sources[(issue.entry.measure.pk, issue.entry.orgunit.pk, str(issue.entry.period))]
            errors.append(RowError(row.sheet, row.line, _("value"), issue.message))
    if errors:
        raise ImportFailed(errors=sorted(errors, key=lambda e: (e.sheet, e.line)))
    for attempt in (1, 2):
        try:
            write_set(
                actor,
                list(zip(keys, entries, strict=True)),
                sources,
                channel,
                still_open=lambda: _refuse_closed_months(entries, sources),
            )
            break
        except IntegrityError:
            # Someone created one of the figures between our read and our insert (PostgreSQL;
            # SQLite's write lock excludes it): read again, and theirs becomes a change.
            if attempt == 2 or not _exists_any(sources):
                raise
    return len(entries)


def _refuse_closed_months(entries: list, sources: dict[Key, Row]) -> None:
    """Inside the write: a month that was open when the set was read but has been submitted
    since (the checks run outside the transaction to keep it short) refuses the whole set."""
    first: dict[tuple[int, str], Any] = {}  # the registered ``entry`` type
    for entry in entries:
        first.setdefault((entry.orgunit.pk, str(entry.period)), entry)
    errors = []
    for (unit_pk, month), entry in first.items():
        if (why := locked_reason(entry.orgunit, month)) is not None:
            row = sources[(entry.measure.pk, unit_pk, month)]
            errors.append(RowError(row.sheet, row.line, _("period"), why))
    if errors:
        raise ImportFailed(errors=sorted(errors, key=lambda e: (e.sheet, e.line)))


def _stored_comments(
    rows: list[Row], measures: dict[str, Measure], units: dict[str, OrgUnit]
) -> dict[Key, str]:
    """(measure, unit, month) → stored comment, for the rows that carry no comment at all."""
    keys: set[Key] = set()
    for row in rows:
        if row.comment is None:
            measure = measures.get(str(row.indicator).strip())
            unit = units.get(str(row.orgunit).strip())
            try:
                month = str(parse_month(str(row.period).strip()))
            except InvalidPeriod:
                continue
            if measure is not None and unit is not None:
                keys.add((measure.pk, unit.pk, month))
    return {key: comment for key, (comment,) in _stored(keys, ("comment",)).items()}


class _Reader:
    """Reads rows into (measure, unit, month, value, comment); the permission and the lock
    are asked once per unit and per unit and month, not once per row."""

    def __init__(
        self,
        actor: policy.Actor,
        plan: Plan | None,
        measures: dict[str, Measure],
        units: dict[str, OrgUnit],
    ) -> None:
        self.actor, self.plan, self.measures, self.units = actor, plan, measures, units
        self.entered: dict[int, bool] = {}  # unit → may the actor enter its figures
        self.locks: dict[tuple, str | None] = {}  # (unit, month) → why it is locked
        self.month = functools.lru_cache(maxsize=None)(lambda text: _month(parse_month(text)))

    def may_enter(self, unit: OrgUnit) -> bool:
        if unit.pk not in self.entered:
            self.entered[unit.pk] = policy.can(self.actor, policy.ENTER, unit)
        return self.entered[unit.pk]

    def lock(self, unit: OrgUnit, month: str) -> str | None:
        if (unit.pk, month) not in self.locks:
            self.locks[unit.pk, month] = locked_reason(unit, month)
        return self.locks[unit.pk, month]

    def fields(self, row: Row, errors: list[RowError]) -> tuple | None:
        """The row's fields if it reads right, else None with its problems added to ``errors``."""

        def fail(column: str, message: str) -> None:
            errors.append(RowError(row.sheet, row.line, column, message))

        plan = self.plan
        measure = self.measures.get(str(row.indicator).strip())
        unit = self.units.get(str(row.orgunit).strip())
        if measure is None and plan is None:
            fail(
                _("indicator"),
                _("No indicator with code %(code)s in the catalogue.") % {"code": row.indicator},
            )
        elif measure is None and plan is not None:
            fail(
                _("indicator"),
                _("No indicator with code %(code)s in the catalogue or in plan %(plan)s.")
                % {"code": row.indicator, "plan": plan.code},
            )
        # Out-of-scope units read as unknown: an import reveals nothing about other units.
        if unit is None or not self.may_enter(unit):
            fail(
                _("org unit"),
                _("No unit with code %(code)s that you may report for.") % {"code": row.orgunit},
            )
            unit = None
        try:
            period, month = self.month(str(row.period).strip())
        except InvalidPeriod:
            fail(_("period"), _("%(p)s is not a month: use 202311") % {"p": row.period})
            period = None
        try:
            value = parse_number(row.value)
        except ValueError as exc:  # the message names the limit the figure broke
            fail(_("value"), str(exc))
            return None
        comment = None if row.comment is None else row.comment.strip()
        if comment is not None and (why := comment_refusal(comment)) is not None:
            fail(_("comment"), why)
            return None
        if measure is None or unit is None or period is None:
            return None
        if (why := self.lock(unit, month)) is not None:
            fail(_("period"), why)
            return None
        return measure, unit, period, value, comment, (measure.pk, unit.pk, month)


def _month(period: Period) -> tuple[Period, str]:
    return period, str(period)
