"""Kept totals of additive ``last`` measures (stocks: 市场主体数, 在建项目数 …).

A stock's value at a month is each unit's latest accepted figure of the year so far, summed
over the units. The kept row of a unit and month holds the *change* of that value in the
month (the month's figure less the unit's previous figure of the year, or the sum of its
units' changes), so that the value at any month is the sum of the year's rows up to it — as
for cumulative measures — and a parent's rows are the plain sum of its children's rows.
A row exists for each month in which the unit or a unit below it reported.

Own figure wins for the year: a unit with an accepted figure of its own in a year is counted
with its own figures for the whole year, and its units' figures of that year are left out
(a unit that reports its own stock answers for it; mixing its figure with its units' later
ones would count the same things twice).

Plain SQL that SQLite (≥ 3.25: window functions) and PostgreSQL both run.
"""

from __future__ import annotations

from django.db.backends.utils import CursorWrapper

from pacesetter.catalogue.models import Measure
from pacesetter.datavalues.models import DataValue
from pacesetter.orgunits.models import OrgUnit

ACCEPTED = DataValue.State.ACCEPTED.value
LAST = Measure.Aggregation.LAST.value


def own(cursor: CursorWrapper, tables: dict[str, str], where: str = "", params: tuple = ()) -> None:
    """Each own accepted figure of a stock, as its change on the unit's previous figure of
    the same year (of the units and years ``where`` names)."""
    cursor.execute(
        "INSERT INTO {mt} (measure_id, orgunit_id, period, total)"
        " SELECT dv.measure_id, dv.orgunit_id, dv.period, dv.value - COALESCE(LAG(dv.value)"
        "  OVER (PARTITION BY dv.measure_id, dv.orgunit_id, SUBSTR(dv.period, 1, 4)"
        "  ORDER BY dv.period), 0) FROM {dv} dv"
        " JOIN {me} m ON m.id = dv.measure_id"
        " WHERE dv.state = %s AND dv.value IS NOT NULL AND m.additive AND m.aggregation = %s"
        " {where}".format(**tables, where=where),
        (ACCEPTED, LAST, *params),
    )


def children(
    cursor: CursorWrapper, tables: dict[str, str], depth: int, where: str = "", params: tuple = ()
) -> None:
    """Units at ``depth`` without an own figure of the stock in the year: the sum of their
    children's changes, month by month."""
    cursor.execute(
        "INSERT INTO {mt} (measure_id, orgunit_id, period, total)"
        " SELECT c.measure_id, p.id, c.period, SUM(c.total) FROM {mt} c"
        " JOIN {me} m ON m.id = c.measure_id AND m.aggregation = %s"
        " JOIN {ou} cu ON cu.id = c.orgunit_id"
        " JOIN {ou} p ON p.path = SUBSTR(cu.path, 1, %s) AND p.depth = %s"
        " WHERE cu.depth = %s {where} AND NOT EXISTS (SELECT 1 FROM {dv} o"
        "  WHERE o.orgunit_id = p.id AND o.measure_id = c.measure_id"
        "  AND o.period >= (SUBSTR(c.period, 1, 4) || '01')"
        "  AND o.period <= (SUBSTR(c.period, 1, 4) || '12')"
        "  AND o.state = %s AND o.value IS NOT NULL)"
        " GROUP BY c.measure_id, p.id, c.period".format(**tables, where=where),
        (LAST, depth * OrgUnit.steplen, depth, depth + 1, *params, ACCEPTED),
    )
