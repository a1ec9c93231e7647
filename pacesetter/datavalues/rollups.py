"""Month totals kept current: per additive measure × unit subtree × period, the accepted
total, own figure wins (``MonthTotal``); for ``last`` measures the month's change of the
latest-figure total (``datavalues.stocks``).

A unit's total is its own accepted figure if it has one, else the sum of its children's
totals. So when a unit's month is accepted or reopened only that unit and its ancestors
change: ``refresh`` recomputes them bottom-up in the caller's transaction, a few statements
per level, whatever is stored below. ``rebuild`` computes every total from the figures
(level by level from the deepest), and ``differences`` compares the kept totals with a
rebuild without changing them.

Plain SQL that SQLite and PostgreSQL both run (INSERT … SELECT, SUBSTR, NOT EXISTS).
A stock's row depends on the unit's earlier figures of the year, so ``refresh`` recomputes
stocks for the whole year of each period it is given.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connection, transaction
from django.db.backends.utils import CursorWrapper
from django.db.models import Max

from pacesetter.catalogue.models import Measure
from pacesetter.datavalues import stocks
from pacesetter.datavalues.models import DataValue, MonthTotal
from pacesetter.orgunits.models import OrgUnit

ACCEPTED = DataValue.State.ACCEPTED.value  # what analytics count (analytics.figures)
LAST = Measure.Aggregation.LAST.value


def is_kept(measure: Measure) -> bool:
    """Whether the measure's totals are kept: every measure summed over units. The others
    (rates, milestones) are read as each unit's own figures."""
    return measure.additive


def _tables() -> dict[str, str]:
    quote = connection.ops.quote_name
    return {
        "mt": quote(MonthTotal._meta.db_table),
        "dv": quote(DataValue._meta.db_table),
        "ou": quote(OrgUnit._meta.db_table),
        "me": quote(Measure._meta.db_table),
    }


def _own(cursor: CursorWrapper, where: str = "", params: tuple = ()) -> None:
    """The own accepted figures of additive measures (of the units ``where`` names)."""
    cursor.execute(
        "INSERT INTO {mt} (measure_id, orgunit_id, period, total)"
        " SELECT dv.measure_id, dv.orgunit_id, dv.period, dv.value FROM {dv} dv"
        " JOIN {me} m ON m.id = dv.measure_id"
        " WHERE dv.state = %s AND dv.value IS NOT NULL AND m.additive AND m.aggregation <> %s"
        " {where}".format(**_tables(), where=where),
        (ACCEPTED, LAST, *params),
    )


def _children(cursor: CursorWrapper, depth: int, where: str = "", params: tuple = ()) -> None:
    """Units at ``depth`` without an own figure: the sum of their children's totals (of the
    measures summed or averaged over the months; stocks: ``stocks.children``)."""
    cursor.execute(
        "INSERT INTO {mt} (measure_id, orgunit_id, period, total)"
        " SELECT c.measure_id, p.id, c.period, SUM(c.total) FROM {mt} c"
        " JOIN {me} m ON m.id = c.measure_id AND m.aggregation <> %s"
        " JOIN {ou} cu ON cu.id = c.orgunit_id"
        " JOIN {ou} p ON p.path = SUBSTR(cu.path, 1, %s) AND p.depth = %s"
        " WHERE cu.depth = %s {where} AND NOT EXISTS (SELECT 1 FROM {mt} o"
        "  WHERE o.orgunit_id = p.id AND o.measure_id = c.measure_id AND o.period = c.period)"
        " GROUP BY c.measure_id, p.id, c.period".format(**_tables(), where=where),
        (LAST, depth * OrgUnit.steplen, depth, depth + 1, *params),
    )


def refresh(orgunit: OrgUnit, periods: Iterable[str]) -> None:
    """Recompute the totals of ``orgunit`` and its ancestors for ``periods``, after the
    states of the unit's figures for those periods changed. Runs in the caller's transaction;
    on PostgreSQL the ancestors are locked top-down first, so two units accepted at once
    queue here and the second sums what the first committed."""
    periods = sorted(set(periods))
    chain = [
        orgunit.path[:i]
        for i in range(OrgUnit.steplen, orgunit.depth * OrgUnit.steplen + 1, OrgUnit.steplen)
    ]
    years = sorted({p[:4] for p in periods})
    with transaction.atomic():
        units = list(OrgUnit.objects.select_for_update().filter(path__in=chain).order_by("depth"))
        marks = ", ".join(["%s"] * len(periods))
        # The years of the periods, for stocks: (period BETWEEN y01 AND y12) OR …
        spans = " OR ".join(["({column} BETWEEN %s AND %s)"] * len(years))
        span_params = tuple(bound for y in years for bound in (f"{y}01", f"{y}12"))
        tables = _tables()
        with connection.cursor() as cursor:
            for unit in reversed(units):
                cursor.execute(
                    "DELETE FROM {mt} WHERE orgunit_id = %s AND (period IN ({marks}) OR"
                    " (({spans}) AND measure_id IN (SELECT id FROM {me} WHERE aggregation = %s)))"
                    "".format(**tables, marks=marks, spans=spans.format(column="period")),
                    (unit.pk, *periods, *span_params, LAST),
                )
                _own(
                    cursor,
                    f"AND dv.orgunit_id = %s AND dv.period IN ({marks})",
                    (unit.pk, *periods),
                )
                stocks.own(
                    cursor,
                    tables,
                    "AND dv.orgunit_id = %s AND ({})".format(spans.format(column="dv.period")),
                    (unit.pk, *span_params),
                )
                _children(
                    cursor,
                    unit.depth,
                    f"AND p.id = %s AND c.period IN ({marks})",
                    (unit.pk, *periods),
                )
                stocks.children(
                    cursor,
                    tables,
                    unit.depth,
                    "AND p.id = %s AND ({})".format(spans.format(column="c.period")),
                    (unit.pk, *span_params),
                )


def _analyze(cursor: CursorWrapper) -> None:
    """PostgreSQL plans the next level with the rows just written counted (a table filled in
    this transaction is otherwise taken as nearly empty: nested loops over millions)."""
    if connection.vendor == "postgresql":
        cursor.execute("ANALYZE {mt}".format(**_tables()))


def rebuild() -> int:
    """Every total computed again from the figures; returns the number of totals."""
    deepest = OrgUnit.objects.aggregate(deepest=Max("depth"))["deepest"] or 0
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM {mt}".format(**_tables()))
        # Every own figure in one pass over the figures; then, from the deepest level up,
        # the units without one get the sum of their children.
        _own(cursor)
        stocks.own(cursor, _tables())
        for depth in range(deepest - 1, 0, -1):
            _analyze(cursor)
            _children(cursor, depth)
            stocks.children(cursor, _tables(), depth)
    return MonthTotal.objects.count()


def differences(limit: int = 20) -> list[tuple]:
    """Kept totals that a rebuild from the figures would change: (measure id, unit id,
    period, kept total, rebuilt total), None where a row is missing on one side. Nothing is
    changed: the rebuild runs in a transaction that is rolled back."""
    columns = "measure_id, orgunit_id, period, total"
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "CREATE TEMPORARY TABLE kept_totals AS SELECT {c} FROM {mt}".format(
                c=columns, **_tables()
            )
        )
        rebuild()
        # Both sides: rows that differ by more than the stored precision, or exist on one side.
        cursor.execute(
            "SELECT k.measure_id, k.orgunit_id, k.period, k.total, r.total FROM kept_totals k"
            " LEFT JOIN {mt} r ON r.measure_id = k.measure_id AND r.orgunit_id = k.orgunit_id"
            "  AND r.period = k.period"
            " WHERE r.total IS NULL OR ABS(r.total - k.total) > 0.00005"
            " UNION ALL"
            " SELECT r.measure_id, r.orgunit_id, r.period, NULL, r.total FROM {mt} r"
            " WHERE NOT EXISTS (SELECT 1 FROM kept_totals k WHERE k.measure_id = r.measure_id"
            "  AND k.orgunit_id = r.orgunit_id AND k.period = r.period)"
            " ORDER BY 1, 2, 3 LIMIT %s".format(**_tables()),
            (limit,),
        )
        found = [tuple(row) for row in cursor.fetchall()]
        cursor.execute("DROP TABLE kept_totals")
        transaction.set_rollback(True)
    return found
