"""Database housekeeping the application's own bulk loads need."""

from django.db import connection

BULK_TABLES = (
    "datavalues_datavalue",
    "datavalues_datavaluechange",
    "orgunits_orgunit",
    "reporting_report",
)


def refresh_statistics(tables: tuple[str, ...] = BULK_TABLES) -> None:
    """After a bulk load, let PostgreSQL's planner see the new sizes now rather than at the
    next autovacuum: on stale statistics it plans the analytics' anti-joins as nested loops
    (minutes instead of milliseconds). SQLite plans from its indexes and needs nothing."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE " + ", ".join(tables))
