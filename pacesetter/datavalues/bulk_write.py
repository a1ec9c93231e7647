"""The writing half of the bulk path: the figures of a checked set read, compared and
written in set-based statements inside one short transaction (see ``bulk.datavalues_import``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import NamedTuple

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pacesetter.core.exceptions import ConcurrentEdit
from pacesetter.datavalues.models import DataValue, DataValueChange
from pacesetter.datavalues.services import _plain, history_row, recorded_actor

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


class _Figure(NamedTuple):
    """What a history row reads of a figure just written."""

    pk: int
    version: int
    value: Decimal | None
    comment: str


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

    Plain ``executemany`` statements: the ORM's bulk_update builds a CASE per row and costs
    ~2 ms a figure; these cost what the database needs."""
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
                new.append((key, entry.value, entry.comment))
                continue
            pk, old_value, old_comment, version = current
            if row.version is not None and row.version != version:
                raise _stale(row, _concurrent(pk))
            if (old_value, old_comment) != (entry.value, entry.comment):
                changed.append(
                    (_Figure(pk, version + 1, entry.value, entry.comment), old_value, old_comment)
                )
        _insert_rows(
            DataValue,
            FIGURE_COLUMNS,
            [(*key, value, comment, DRAFT, 1, now, who_id, False) for key, value, comment in new],
        )
        _update_rows([(f.pk, f.value, f.comment, f.version, now, who_id) for f, _v, _c in changed])
        keys = _stored([key for key, _v, _c in new], ("pk",))
        history = [
            history_row(f, actor=actor, old_value=v, old_comment=c, channel=channel)
            for f, v, c in changed
        ] + [
            history_row(
                _Figure(keys[key][0], 1, value, comment),
                actor=actor,
                old_value=None,
                old_comment="",
                channel=channel,
            )
            for key, value, comment in new
        ]
        _insert_rows(
            DataValueChange,
            (*HISTORY, "changed_at"),
            [(*(h[f] for f in HISTORY), now) for h in history],
        )


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
HISTORY = (
    "datavalue_id",
    "version",
    "changed_by_id",
    "old_value",
    "new_value",
    "old_comment",
    "new_comment",
    "reason",
    "channel",
)
DRAFT = DataValue.State.DRAFT.value


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _insert_rows(model, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """PostgreSQL: COPY (a statement per row, or a huge VALUES list, costs several times
    more). SQLite: many rows per INSERT, as many as its parameter limit allows."""
    if not rows:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            _copy(cursor, _table(model), columns, rows)
            return
        size = max(1, (connection.features.max_query_params or 999) // len(columns))
        one = f"({', '.join(['%s'] * len(columns))})"
        for chunk in _chunks(rows, size):
            cursor.execute(
                f"INSERT INTO {_table(model)} ({', '.join(columns)}) "
                f"VALUES {', '.join([one] * len(chunk))}",
                [value for row in chunk for value in row],
            )


def _copy(cursor, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    with cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


_CHANGED = "pacesetter_bulk_changed"  # PostgreSQL: the changed figures, copied in, then applied


def _update_rows(rows: list[tuple]) -> None:
    """(pk, value, comment, version, updated at, updated by) of each changed figure."""
    if not rows:
        return
    table = _table(DataValue)
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":  # in-process SQLite: one statement per row is cheap
            cursor.executemany(
                f"UPDATE {table} SET value = %s, comment = %s, version = %s, updated_at = %s, "
                "updated_by_id = %s WHERE id = %s",
                [(*row[1:], row[0]) for row in rows],
            )
            return
        cursor.execute(
            f"CREATE TEMPORARY TABLE IF NOT EXISTS {_CHANGED} (id bigint, value numeric, "
            "comment text, version integer, updated_at timestamptz, updated_by bigint) "
            "ON COMMIT DELETE ROWS"
        )
        cursor.execute(f"TRUNCATE {_CHANGED}")
        _copy(
            cursor,
            _CHANGED,
            ("id", "value", "comment", "version", "updated_at", "updated_by"),
            rows,
        )
        cursor.execute(
            f"UPDATE {table} AS d SET value = v.value, comment = v.comment, "
            "version = v.version, updated_at = v.updated_at, updated_by_id = v.updated_by "
            f"FROM {_CHANGED} AS v WHERE d.id = v.id"
        )


def _concurrent(pk: int) -> ConcurrentEdit:
    """The refusal ``datavalue_set`` gives for a figure saved by someone since it was read."""
    current = DataValue.objects.select_related("updated_by").get(pk=pk)
    return ConcurrentEdit(
        _("%(user)s changed this value to %(value)s meanwhile; reload and decide again.")
        % {"user": current.updated_by or _("someone"), "value": _plain(current.value)},
        current=current,
    )
