"""One all-or-nothing path for bulk figures: Excel, CSV and the API all come through here."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext as _

from pacesetter.core import policy
from pacesetter.core.exceptions import DomainError
from pacesetter.core.periods import InvalidPeriod, Period
from pacesetter.datavalues.services import datavalue_set
from pacesetter.indicators.models import Indicator
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.reporting.models import Report
from pacesetter.validation.checks import Entry, check

EDITABLE = (Report.State.DRAFT, Report.State.RETURNED)
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．－，", "0123456789.-,")


@dataclass(frozen=True)
class Row:
    """One figure as it arrived; ``where`` locates it for the error report."""

    indicator: str
    orgunit: str
    period: str
    value: str | Decimal | int | float | None
    comment: str = ""
    sheet: str = ""
    line: int = 0


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
        super().__init__("import_failed", _("%(n)s problem(s); nothing was imported. First: row "
                                            "%(line)s, %(column)s: %(message)s") % {
            "n": len(self.errors), "line": first.line, "column": first.column,
            "message": first.message})


def parse_number(raw) -> Decimal | None:
    """A figure as typed: 1,234.5, full-width digits, or empty for no value."""
    if raw is None or isinstance(raw, Decimal):
        return raw
    if isinstance(raw, bool):
        raise ValueError(raw)
    if isinstance(raw, int | float):
        return Decimal(str(raw))
    text = str(raw).strip().translate(_FULL_WIDTH).replace(",", "")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


def datavalues_import(*, actor, plan: Plan, rows: list[Row], channel: str) -> int:
    """Check every row, then apply all of them or none. Returns the number of figures saved."""
    errors: list[RowError] = []
    if not rows:
        raise ImportFailed(errors=[RowError("", 0, "", _("The file holds no figures."))])
    indicators = {i.code: i for i in Indicator.objects.filter(goal__plan=plan)}
    units = {u.code: u for u in OrgUnit.objects.filter(code__in={r.orgunit for r in rows})}
    reports = {(r.orgunit.code, r.period): r for r in Report.objects.filter(plan=plan)
               .filter(orgunit__in=units.values()).select_related("orgunit")}
    entries, sources = [], {}
    for row in rows:
        entry = _entry(row, actor, indicators, units, reports, errors)
        if entry is not None:
            key = (entry.indicator.pk, entry.orgunit.pk, str(entry.period))
            if key in sources:
                errors.append(RowError(row.sheet, row.line, _("indicator"),
                                       _("The same figure appears twice (also row %(line)s).")
                                       % {"line": sources[key].line}))
                continue
            sources[key] = row
            entries.append(entry)
    for issue in check(entries, plan=plan):
        if issue.blocks:
            row = sources[(issue.entry.indicator.pk, issue.entry.orgunit.pk, str(issue.entry.period))]
            errors.append(RowError(row.sheet, row.line, _("value"), issue.message))
    if errors:
        raise ImportFailed(errors=sorted(errors, key=lambda e: (e.sheet, e.line)))
    with transaction.atomic():
        for entry in entries:
            datavalue_set(actor=actor, indicator=entry.indicator, orgunit=entry.orgunit,
                          period=entry.period, value=entry.value, comment=entry.comment,
                          channel=channel)
    return len(entries)


def _entry(row: Row, actor, indicators, units, reports, errors) -> Entry | None:
    def fail(column: str, message: str) -> None:
        errors.append(RowError(row.sheet, row.line, column, message))

    indicator = indicators.get(str(row.indicator).strip())
    unit = units.get(str(row.orgunit).strip())
    if indicator is None:
        fail(_("indicator"), _("No indicator with code %(code)s in this plan.")
             % {"code": row.indicator})
    # Out-of-scope units read as unknown: an import reveals nothing about other units.
    if unit is None or not policy.can(actor, policy.ENTER, unit):
        fail(_("org unit"), _("No unit with code %(code)s that you may report for.")
             % {"code": row.orgunit})
        unit = None
    try:
        period = Period.parse(str(row.period).strip())
        if period.kind != "month":
            raise InvalidPeriod(_("%(p)s is not a month: use 202311") % {"p": row.period})
    except InvalidPeriod as exc:
        fail(_("period"), str(exc))
        period = None
    try:
        value = parse_number(row.value)
    except ValueError:
        fail(_("value"), _("%(text)s is not a number.") % {"text": row.value})
        return None
    if indicator is None or unit is None or period is None:
        return None
    report = reports.get((unit.code, str(period)))
    if report is not None and report.state not in EDITABLE:
        fail(_("period"), _("The report of %(unit)s for %(period)s is %(state)s and locked.")
             % {"unit": unit.name, "period": period, "state": report.get_state_display()})
        return None
    return Entry(indicator, unit, period, value, (row.comment or "").strip())
