"""Excel and CSV in and out of Pacesetter; views and commands call only these.

Every upload goes through ``datavalues.bulk.datavalues_import`` (the one all-or-nothing path),
so a file is either applied whole or not at all, with the same checks as the entry grid.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from pacesetter.core import policy
from pacesetter.core.exceptions import DomainError
from pacesetter.core.periods import InvalidPeriod, Period, parse_month
from pacesetter.datavalues.bulk import ImportFailed, RowError, datavalues_import
from pacesetter.datavalues.locks import locked_reason
from pacesetter.datavalues.models import DataValue, DataValueChange
from pacesetter.imports import columns, guards, selectors, workbooks
from pacesetter.imports.readers import Table, Track, read_table
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAX_REPORTED_ERRORS = 2000  # beyond this the file is wrong as a whole; the rest adds nothing


def import_file(
    *,
    actor: policy.Actor,
    name: str,
    data: bytes,
    plan: Plan | None = None,
    track: Track | None = None,
) -> int:
    """Read ``data`` (an .xlsx or .csv named ``name``) and apply every figure or none.

    Raises ``UploadRefused`` for a file that cannot be read at all and ``ImportFailed`` with
    one ``RowError`` per problem otherwise. Returns the number of figures saved.
    """
    table = read_table(name, data, track=track)
    if table.errors:
        raise ImportFailed(locate(table.errors, table))
    if not table.rows:
        raise guards.empty_file()
    try:
        return datavalues_import(
            actor=actor, plan=plan, rows=table.rows, channel=DataValueChange.Channel.IMPORT
        )
    except ImportFailed as failed:
        raise ImportFailed(locate(failed.errors, table)) from None


def locate(errors: list[RowError], table: Table) -> list[RowError]:
    """Add the spreadsheet column letter to each column name: "value (I)" is found at a glance."""
    if table.kind != guards.XLSX:
        return errors[:MAX_REPORTED_ERRORS]
    letters = {columns.label(key): letter for key, letter in table.letters.items()}
    return [
        RowError(
            e.sheet,
            e.line,
            f"{e.column} ({letters[e.column]})" if e.column in letters else e.column,
            e.message,
        )
        for e in errors[:MAX_REPORTED_ERRORS]
    ]


def entry_template(*, user: policy.Actor, orgunit: OrgUnit, period: Period) -> tuple[str, bytes]:
    """(file name, .xlsx bytes) of the unit's entry template for a month: its one report."""
    policy.require(user, policy.ENTER, orgunit)
    try:
        period = parse_month(period)
    except InvalidPeriod:
        raise DomainError(
            "not_a_month", _("%(p)s is not a month: use 202311") % {"p": period}
        ) from None
    if (why := locked_reason(orgunit, str(period))) is not None:
        raise DomainError("locked", why)
    lines = selectors.template_lines(orgunit=orgunit, period=period)
    if not lines:
        raise DomainError(
            "nothing_to_report",
            _("%(unit)s reports no indicator in %(period)s.")
            % {"unit": orgunit.name, "period": period},
        )
    data = workbooks.entry_template(
        plan_name=_("Monthly report"),
        unit_code=orgunit.code,
        unit_name=orgunit.name,
        period=str(period),
        lines=lines,
    )
    return f"{orgunit.code}-{period}.xlsx", data


def error_report(errors: Iterable[RowError]) -> bytes:
    """The problems of a refused upload as an .xlsx the uploader can work through."""
    headers = [(_("sheet"), 18), (_("row"), 8), (_("column"), 16), (_("reason"), 90)]
    return workbooks.table(
        _(columns.ERRORS_SHEET), headers, ((e.sheet, e.line, e.column, e.message) for e in errors)
    )


def _export_rows(values: QuerySet[DataValue], track: Track | None) -> Iterator[dict[str, Any]]:
    states = dict(DataValue.State.choices)
    rows: Iterable[DataValue] = values.iterator(chunk_size=2000)
    if track is not None:
        rows = track(rows, values.count())
    for v in rows:
        yield {
            "indicator": v.measure.code,
            "unit": v.orgunit.code,
            "period": v.period,
            "value": v.value,
            "comment": v.comment,
            "name": v.measure.name,
            "unit_name": v.orgunit.name,
            "measure": v.measure.unit,
            "state": str(states.get(v.state, v.state)),
        }


def export_csv(
    *, user: policy.Actor, plan: Plan, period: Period, out: TextIO, track: Track | None = None
) -> int:
    """Write the figures the user may read as CSV with the import header; returns the count.

    The header is the plain keys (``indicator,unit,period,value,comment,…``) so the file can be
    edited and imported back; open ``out`` with encoding utf-8-sig so Excel reads the Chinese.
    Text that a spreadsheet would run as a formula (a comment ``=HYPERLINK(…)``) is written
    with a leading ' (the OWASP rule; import strips it again); the value stays a plain number.
    """
    values = selectors.exportable_values(user=user, plan=plan, period=period)
    writer = csv.writer(out)
    writer.writerow(columns.EXPORT)
    count = 0
    for row in _export_rows(values, track):
        value = row["value"]
        row["value"] = "" if value is None else f"{value.normalize():f}"
        writer.writerow(
            [row[key] if key == "value" else columns.neutralise(row[key]) for key in columns.EXPORT]
        )
        count += 1
    return count


def export_xlsx(
    *, user: policy.Actor, plan: Plan, period: Period, track: Track | None = None
) -> bytes:
    """The same figures as one .xlsx sheet, laid out like the template so it reads back."""
    values = selectors.exportable_values(user=user, plan=plan, period=period)
    rows = (
        [workbooks.number(row[k]) if k == "value" else row[k] for k in columns.EXPORT]
        for row in _export_rows(values, track)
    )
    return workbooks.table(_(columns.SHEET), workbooks.headers_of(columns.EXPORT), rows)
