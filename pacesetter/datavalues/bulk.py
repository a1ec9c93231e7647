"""One all-or-nothing path for bulk figures: Excel, CSV and the API all come through here."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from django.db import IntegrityError
from django.db.models import F
from django.utils.translation import gettext as _

from pacesetter.catalogue.collections import collectors
from pacesetter.catalogue.models import Measure
from pacesetter.core import policy
from pacesetter.core.exceptions import DomainError
from pacesetter.core.numbers import parse_number
from pacesetter.core.periods import InvalidPeriod, Period, parse_month
from pacesetter.datavalues.bulk_write import _exists_any, _stored, write_set
from pacesetter.datavalues.locks import locked_reasons
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


class Row(NamedTuple):  # a tuple, not a frozen dataclass: made 100,000 times a set, cheaply
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


@dataclass
class CheckedSet:
    """What the check phase made of a set: the figures that passed (``keys``, their
    ``entries`` and the row each came from) and every problem, each with the index of its row
    in the set (a preview shows every row's fate; an import with any problem saves nothing)."""

    keys: list[Key]
    entries: list  # of the registered ``entry`` type
    sources: dict[Key, Row]
    problems: list[tuple[int, RowError]]
    positions: dict[Key, int]  # key → index of its row in the set

    @property
    def errors(self) -> list[RowError]:
        return sorted((e for _i, e in self.problems), key=lambda e: (e.sheet, e.line))


def check_set(*, actor: policy.Actor, rows: list[Row], plan: Plan | None = None) -> CheckedSet:
    """Read and check every row of a set (policy, unit, open month, measure, value, comment,
    the registered rules, duplicates) without writing anything: the one check phase of both
    ``datavalues_import`` and the dry run (``preview.datavalues_preview``)."""
    if not rows:
        raise ImportFailed(errors=[RowError("", 0, "", _("The file holds no figures."))])
    entry_type, check = _registered_checks()
    measures = _measures({str(r.indicator).strip() for r in rows}, plan)
    units = {
        u.code: u for u in OrgUnit.objects.filter(code__in={str(r.orgunit).strip() for r in rows})
    }
    checked = CheckedSet([], [], {}, [], {})
    errors: list[RowError] = []
    owners: list[int] = []  # index of the row of each of ``errors``
    sources, positions = checked.sources, checked.positions
    reader = _Reader(actor, plan, measures, units, rows)
    kept = _stored_comments(rows, measures, units)
    for index, row in enumerate(rows):
        before = len(errors)
        read = reader.fields(row, errors)
        if read is None:
            owners.extend([index] * (len(errors) - before))
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
            owners.append(index)
            continue
        sources[key] = row
        positions[key] = index
        checked.entries.append(entry_type(*fields))
        checked.keys.append(key)
    for issue in check(checked.entries):
        if issue.blocks:
            key = (issue.entry.measure.pk, issue.entry.orgunit.pk, str(issue.entry.period))
            row = sources[key]
            errors.append(RowError(row.sheet, row.line, _("value"), issue.message))
            owners.append(positions[key])
    checked.problems = list(zip(owners, errors, strict=True))
    return checked


def datavalues_import(
    *, actor: policy.Actor, rows: list[Row], channel: str, plan: Plan | None = None
) -> int:
    """Check every row, then apply all of them or none. Returns the number of figures saved.

    Set-based: the figures of the set are read in a few queries and written with bulk
    statements in one short transaction (everything that only reads happens before it, so a
    long import holds SQLite's write lock for the writes alone). The dry run runs the same
    ``check_set``; writing is the only difference."""
    checked = check_set(actor=actor, rows=rows, plan=plan)
    if checked.problems:
        raise ImportFailed(errors=checked.errors)
    keys, entries, sources = checked.keys, checked.entries, checked.sources
    for attempt in (1, 2):
        try:
            write_set(
                actor,
                list(zip(keys, entries, strict=True)),
                sources,
                channel,
                still_open=lambda: _refuse_closed_months(keys, entries, sources),
            )
            break
        except IntegrityError:
            # Someone created one of the figures between our read and our insert (PostgreSQL;
            # SQLite's write lock excludes it): read again, and theirs becomes a change.
            if attempt == 2 or not _exists_any(sources):
                raise
    return len(entries)


def _refuse_closed_months(keys: list[Key], entries: list, sources: dict[Key, Row]) -> None:
    """Inside the write: a month that was open when the set was read but has been submitted
    since (the checks run outside the transaction to keep it short) refuses the whole set."""
    # (answering unit, month) → its first figure; a collected figure answers to its collector
    first: dict[tuple[int, str], tuple[Key, OrgUnit]] = {}
    collected = collectors((key[0], key[1]) for key in keys)
    for key, entry in zip(keys, entries, strict=True):
        answering = collected.get((key[0], key[1]), entry.orgunit)
        if (answering.pk, key[2]) not in first:
            first[answering.pk, key[2]] = (key, answering)
    locked = locked_reasons((unit, month) for (_u, month), (_k, unit) in first.items())
    errors = []
    for pair, why in locked.items():
        row = sources[first[pair][0]]
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
    """Reads rows into (measure, unit, month, value, comment); what is asked of a code (its
    measure, its unit and whether the actor may enter its figures, a month, a number as
    typed) is asked once per distinct code, and the lock once for the whole set."""

    def __init__(
        self,
        actor: policy.Actor,
        plan: Plan | None,
        measures: dict[str, Measure],
        units: dict[str, OrgUnit],
        rows: list[Row],
    ) -> None:
        self.actor, self.plan, self.units = actor, plan, units
        self.measures = {code: (m, m.pk) for code, m in measures.items()}
        self.may: dict[int, bool] = {}  # unit pk → whether the actor may enter its figures
        self.month = functools.lru_cache(maxsize=None)(lambda text: _month(parse_month(text)))
        # Figures repeat (0, 1, small counts): a text is parsed once (a Decimal is immutable).
        self.number = functools.lru_cache(maxsize=4096)(parse_number)
        places = {
            (str(r.indicator).strip(), str(r.orgunit).strip(), str(r.period).strip()) for r in rows
        }
        # (measure pk, unit pk) → the office collecting that figure, which answers for it
        self.collected = collectors(
            (self.measures[m][1], units[u].pk)
            for m, u, _p in places
            if m in self.measures and u in units
        )
        pairs = set()
        for code, unit_code, text in places:
            if (unit := units.get(unit_code)) is None:
                continue
            measure = self.measures.get(code)
            answering = self.collected.get((measure[1], unit.pk), unit) if measure else unit
            try:
                pairs.add((answering, self.month(text)[1]))
            except InvalidPeriod:
                continue
        self.locks = locked_reasons(pairs)  # (unit, month) → why it is locked

    def enterable(self, code: str, measure: int | None) -> tuple[OrgUnit, int, OrgUnit] | None:
        """(unit, its pk, the unit answering for the figure) of ``code`` if the actor may enter
        that figure, else None."""
        unit = self.units.get(code)
        if unit is None:
            return None
        answering = self.collected.get((measure, unit.pk), unit) if measure else unit
        if (may := self.may.get(answering.pk)) is None:
            may = self.may[answering.pk] = policy.can(self.actor, policy.ENTER, answering)
        return (unit, unit.pk, answering) if may else None

    def given_by(self, code: str, measure: int | None) -> tuple[OrgUnit, OrgUnit] | None:
        """(unit, collector) when the actor may enter the unit's own figures but another office
        gives this one: told plainly, as the unit is the actor's own."""
        unit = self.units.get(code)
        if unit is None or measure is None:
            return None
        collector = self.collected.get((measure, unit.pk))
        if collector is None or not policy.can(self.actor, policy.ENTER, unit):
            return None
        return unit, collector

    def fields(self, row: Row, errors: list[RowError]) -> tuple | None:
        """The row's fields if it reads right, else None with its problems added to ``errors``."""

        def fail(column: str, message: str) -> None:
            errors.append(RowError(row.sheet, row.line, column, message))

        plan = self.plan
        measure = self.measures.get(str(row.indicator).strip())
        unit = self.enterable(str(row.orgunit).strip(), measure[1] if measure else None)
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
        given_by = (
            self.given_by(str(row.orgunit).strip(), measure[1] if measure else None)
            if unit is None
            else None
        )
        if given_by is not None and measure is not None:
            fail(
                _("org unit"),
                _("%(unit)s's %(measure)s is given by %(collector)s; it is not entered here.")
                % {
                    "unit": given_by[0].name,
                    "measure": measure[0].name,
                    "collector": given_by[1].name,
                },
            )
        elif unit is None:
            fail(
                _("org unit"),
                _("No unit with code %(code)s that you may report for.") % {"code": row.orgunit},
            )
        try:
            period, month = self.month(str(row.period).strip())
        except InvalidPeriod:
            fail(_("period"), _("%(p)s is not a month: use 202311") % {"p": row.period})
            period = None
        try:
            raw = row.value
            value = self.number(raw) if type(raw) is str else parse_number(raw)
        except ValueError as exc:  # the message names the limit the figure broke
            fail(_("value"), str(exc))
            return None
        comment = None if row.comment is None else row.comment.strip()
        if comment is not None and (why := comment_refusal(comment)) is not None:
            fail(_("comment"), why)
            return None
        if measure is None or unit is None or period is None:
            return None
        if (why := self.locks.get((unit[2].pk, month))) is not None:
            fail(_("period"), why)
            return None
        return measure[0], unit[0], period, value, comment, (measure[1], unit[1], month)


def _month(period: Period) -> tuple[Period, str]:
    return period, str(period)
