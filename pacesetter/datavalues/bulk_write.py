"""The writing half of the bulk path: the figures of a checked set read, compared and
written in set-based statements inside one short transaction (see ``bulk.datavalues_import``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pacesetter.core.exceptions import ConcurrentEdit
from pacesetter.datavalues.models import DataValue, DataValueChange
from pacesetter.datavalues.services import HISTORY_FROM_FIGURE, _plain, recorded_actor

CHUNK = 500  # units per read, rows per write statement: within every database's parameter limit


def _stale(row, exc: ConcurrentEdit) -> ConcurrentEdit:
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


def _chunks(items: list, size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _stored(keys, fields: tuple[str, ...], *, for_update: bool = False) -> dict[tuple, tuple]:
    """(measure, unit, month) → ``fields`` of the stored figures among ``keys``, read a chunk
    of units at a time (a few queries for any number of figures)."""
    by_unit: dict[int, set] = {}
    for measure, unit, period in keys:
        by_unit.setdefault(unit, set()).add((measure, period))
    found = {}
    for units in _chunks(sorted(by_unit)):
        wanted = set().union(*(by_unit[u] for u in units))
        query = DataValue.objects.filter(
            orgunit__in=units,
            measure__in={m for m, _p in wanted},
            period__in={p for _m, p in wanted},
        )
        if for_update:
            query = query.select_for_update()
        for m, u, p, *rest in query.values_list("measure_id", "orgunit_id", "period", *fields):
            if (m, p) in by_unit[u]:
                found[(m, u, p)] = tuple(rest)
    return found


def _exists_any(sources: dict) -> bool:
    return bool(_stored(list(sources), ("pk",)))


def write_set(
    actor,
    entries: Iterable[tuple],
    sources: dict,
    channel: str,
    still_open: Callable[[], None] = lambda: None,
) -> None:
    """Apply the checked figures: new ones inserted, changed ones updated (version + 1),
    unchanged ones left alone, one history row per change — all in one transaction, after
    the figures as stored now are read (and locked, on PostgreSQL) inside it. ``still_open``
    runs first inside the transaction and raises if a month closed since the set was read.

    Set-based statements: the figures go in as a few large statements (COPY on PostgreSQL)
    and their history rows are written by the database from the figures just written
    (``_history_sql``), never built row by row in Python."""
    who = recorded_actor(actor)
    who_id = None if who is None else who.pk
    locking = connection.vendor != "sqlite"  # SQLite's write lock is taken at BEGIN
    with transaction.atomic():
        still_open()
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        stored = _stored(list(sources), ("pk", "value", "comment", "version"), for_update=locking)
        new, changed = [], []
        for key, entry in entries:
            row, current = sources[key], stored.get(key)
            if current is None:
                if row.version not in (None, 0):
                    raise _stale(row, ConcurrentEdit(_("This value was deleted by someone else.")))
                new.append((*key, entry.value, entry.comment, DRAFT, 1, now, who_id, False))
                continue
            pk, old_value, old_comment, version = current
            if row.version is not None and row.version != version:
                raise _stale(row, _concurrent(pk))
            if (old_value, old_comment) != (entry.value, entry.comment):
                changed.append(
                    (
                        pk,
                        entry.value,
                        entry.comment,
                        version + 1,
                        now,
                        who_id,
                        old_value,
                        old_comment,
                    )
                )
        history = ("", channel, now)  # reason, channel, changed at
        _insert_new(new, history)
        _update_changed(changed, history)


FIGURE_COLUMNS = (
    "measure_id",
    "orgunit_id",
    "period",
    "value",
    "comment",
    "state",
    "version",
    "updated_at",
    "updated_by_id",
    "is_demo",
)
DRAFT = DataValue.State.DRAFT.value


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _history_sql(source: str, old_value: str, old_comment: str) -> str:
    """INSERT … SELECT of the history rows of the figures ``d`` that ``source`` (a FROM
    clause) yields, just written: what each records of its figure is
    ``services.HISTORY_FROM_FIGURE``; ``old_value`` and ``old_comment`` are SQL expressions.
    Its first three parameters are the reason, the channel and the time of the change."""
    columns = [column for column, _field in HISTORY_FROM_FIGURE]
    fields = [f"d.{field}" for _column, field in HISTORY_FROM_FIGURE]
    return (
        f"INSERT INTO {_table(DataValueChange)} ({', '.join(columns)}, old_value, old_comment, "
        f"reason, channel, changed_at) SELECT {', '.join(fields)}, {old_value}, {old_comment}, "
        f"%s, %s, %s FROM {source}"
    )


def _returning() -> str:
    return ", ".join(field for _column, field in HISTORY_FROM_FIGURE)


_NEW = "pacesetter_bulk_new"  # PostgreSQL: the new figures, copied in, then inserted
_CHANGED = "pacesetter_bulk_changed"  # PostgreSQL: the changed figures, copied in, then applied


def _insert_new(rows: list[tuple], history: tuple) -> None:
    """Insert the new figures (rows of ``FIGURE_COLUMNS``), each with its first history row.
    SQLite: the rows go in as multi-row INSERTs; the set's figures are then those above the
    highest id before them (its write lock, held since BEGIN, keeps every other writer out).
    PostgreSQL: COPY into a temporary table, then one statement inserts the figures and,
    from what that INSERT returns, their history rows."""
    if not rows:
        return
    table, columns = _table(DataValue), ", ".join(FIGURE_COLUMNS)
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")
            (last,) = cursor.fetchone()
            _insert_rows(DataValue, FIGURE_COLUMNS, rows)
            cursor.execute(
                _history_sql(f"{table} AS d WHERE d.id > %s", "NULL", "''"), [*history, last]
            )
            return
        cursor.execute(
            f"CREATE TEMPORARY TABLE IF NOT EXISTS {_NEW} ON COMMIT DELETE ROWS AS "
            f"SELECT {columns} FROM {table} WITH NO DATA"
        )
        cursor.execute(f"TRUNCATE {_NEW}")
        _copy(cursor, _NEW, FIGURE_COLUMNS, rows)
        cursor.execute(
            f"WITH d AS (INSERT INTO {table} ({columns}) SELECT {columns} FROM {_NEW} "
            f"RETURNING {_returning()}) " + _history_sql("d", "NULL", "''"),
            history,
        )


def _insert_rows(model, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """PostgreSQL: COPY (a statement per row, or a huge VALUES list, costs several times
    more). SQLite: as many rows per INSERT as its parameter limit allows (fewer, larger
    statements measured faster than ``executemany`` of one row)."""
    if not rows:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            _copy(cursor, _table(model), columns, rows)
            return
        size = max(1, _sqlite_params(cursor) // len(columns))
        one = f"({', '.join(['%s'] * len(columns))})"
        for chunk in _chunks(rows, size):
            cursor.execute(
                f"INSERT INTO {_table(model)} ({', '.join(columns)}) "
                f"VALUES {', '.join([one] * len(chunk))}",
                [value for row in chunk for value in row],
            )


def _sqlite_params(cursor) -> int:
    """The parameters one SQLite statement may take (32766 since 3.32; Django assumes 999)."""
    try:
        return min(cursor.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER), 32766)
    except AttributeError:  # Python < 3.11
        return connection.features.max_query_params or 999


def _copy(cursor, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    with cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _update_changed(rows: list[tuple], history: tuple) -> None:
    """Apply the changes, rows of (pk, value, comment, version, updated at, updated by, old
    value, old comment), each with its history row."""
    if not rows:
        return
    table = _table(DataValue)
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":  # in-process SQLite: one statement per row is cheap
            cursor.executemany(
                f"UPDATE {table} SET value = %s, comment = %s, version = %s, updated_at = %s, "
                "updated_by_id = %s WHERE id = %s",
                [(*row[1:6], row[0]) for row in rows],
            )
            cursor.executemany(
                _history_sql(f"{table} AS d WHERE d.id = %s", "%s", "%s"),
                [(row[6], row[7], *history, row[0]) for row in rows],
            )
            return
        cursor.execute(
            f"CREATE TEMPORARY TABLE IF NOT EXISTS {_CHANGED} (id bigint, value numeric, "
            "comment text, version integer, updated_at timestamptz, updated_by bigint, "
            "old_value numeric, old_comment text) ON COMMIT DELETE ROWS"
        )
        cursor.execute(f"TRUNCATE {_CHANGED}")
        columns = ("id", "value", "comment", "version", "updated_at", "updated_by")
        _copy(cursor, _CHANGED, (*columns, "old_value", "old_comment"), rows)
        cursor.execute(
            f"WITH d AS (UPDATE {table} AS f SET value = v.value, comment = v.comment, "
            "version = v.version, updated_at = v.updated_at, updated_by_id = v.updated_by "
            f"FROM {_CHANGED} AS v WHERE f.id = v.id RETURNING "
            + ", ".join(f"f.{field}" for _column, field in HISTORY_FROM_FIGURE)
            + ", v.old_value, v.old_comment) "
            + _history_sql("d", "d.old_value", "d.old_comment"),
            history,
        )


def _concurrent(pk: int) -> ConcurrentEdit:
    """The refusal ``datavalue_set`` gives for a figure saved by someone since it was read."""
    current = DataValue.objects.select_related("updated_by").get(pk=pk)
    return ConcurrentEdit(
        _("%(user)s changed this value to %(value)s meanwhile; reload and decide again.")
        % {"user": current.updated_by or _("someone"), "value": _plain(current.value)},
        current=current,
    )
