"""Time the bulk import path (``datavalues.bulk.datavalues_import``) against bare SQL.

Plain script (no timed assertions anywhere in the tests):

    .venv/bin/python bench/imports_bulk.py [--rows 100000]
    scripts/with-postgres .venv/bin/python bench/imports_bulk.py     # PostgreSQL

It builds a small world through the services (a county, ``--units`` townships, 50 catalogue
measures, a reporter for the county), then generates ``--rows`` figures (measures × units ×
months of 2024) and times, in one run:

1. bare SQL: one ``INSERT`` of the same rows into the figures table (executemany, one
   transaction, rolled back) — the floor any import path is compared with;
2. ``datavalues_import`` creating every figure (checks, permissions, locks, history);
3. ``datavalues_import`` changing every figure again with the versions the sender read
   (updates: the expected-version check and old/new values in the history).

Without ``DATABASE_URL`` it uses a fresh SQLite database in ``PACESETTER_HOME`` (a temporary
folder when unset). With ``DATABASE_URL`` it uses that database, which must be empty.
The same script runs on an older checkout (``PYTHONPATH=<checkout>``) for the before figures.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

MEASURES = 50
YEAR = 2024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--units", type=int, default=200)
    ap.add_argument("--no-update", action="store_true", help="time the creating import only")
    args = ap.parse_args()
    os.environ.setdefault("PACESETTER_HOME", tempfile.mkdtemp(prefix="pacesetter-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pacesetter.config.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction

    import pacesetter
    from pacesetter.datavalues.bulk import Row, datavalues_import
    from pacesetter.datavalues.models import DataValue, DataValueChange

    print(f"code: {os.path.dirname(pacesetter.__file__)}; database: {connection.vendor}")
    call_command("migrate", verbosity=0)
    if DataValue.objects.exists():
        print("the database holds figures already: use an empty one", file=sys.stderr)
        return 1
    actor, measures, units = _world(args.units)
    months = [f"{YEAR}{m:02d}" for m in range(1, 13)]
    keys = [(m, u, p) for p in months for u in units for m in measures][: args.rows]
    # A figure steady from month to month (no jump warning needs a comment), unlike its
    # neighbours: 100..149 by measure and unit.
    base = {
        (m.pk, u.pk): 100 + (i * 7 + j) % 50
        for i, m in enumerate(measures)
        for j, u in enumerate(units)
    }
    if len(keys) < args.rows:
        print(f"the world holds only {len(keys)} figures", file=sys.stderr)
        return 1
    print(f"{len(keys):,} rows: {len(measures)} measures × {len(units)} units × months")

    table = connection.ops.quote_name(DataValue._meta.db_table)
    sql = (
        f"INSERT INTO {table} (measure_id, orgunit_id, period, value, comment, state, version,"
        " updated_at, is_demo) VALUES (%s, %s, %s, %s, '', 'draft', 1, %s, false)"
    )
    from django.utils import timezone

    now = timezone.now()
    params = [(m.pk, u.pk, p, base[m.pk, u.pk], now) for m, u, p in keys]
    started = time.perf_counter()
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.executemany(sql, params)
        transaction.set_rollback(True)
    bare = time.perf_counter() - started
    _report("bare SQL INSERT (reference)", len(keys), bare)

    rows = [
        Row(m.code, u.code, p, str(base[m.pk, u.pk]), "", line=i + 2)
        for i, (m, u, p) in enumerate(keys)
    ]
    started = time.perf_counter()
    saved = datavalues_import(actor=actor, rows=rows, channel=DataValueChange.Channel.IMPORT)
    took = time.perf_counter() - started
    assert saved == len(keys) == DataValue.objects.count() == DataValueChange.objects.count()
    _report("datavalues_import, creating", saved, took, bare)
    if args.no_update:
        return 0

    # Each figure grows by 1 (never more than half: no warning needs a comment), sent with
    # the version the sender read, as the API does.
    rows = [
        Row(m.code, u.code, p, str(base[m.pk, u.pk] + 1), "", line=i + 2, version=1)
        for i, (m, u, p) in enumerate(keys)
    ]
    started = time.perf_counter()
    saved = datavalues_import(actor=actor, rows=rows, channel=DataValueChange.Channel.IMPORT)
    took = time.perf_counter() - started
    assert DataValueChange.objects.count() == 2 * len(keys)
    _report("datavalues_import, updating", saved, took, bare)
    return 0


def _report(what: str, rows: int, seconds: float, bare: float | None = None) -> None:
    ratio = f"  ({seconds / bare:.1f}× bare SQL)" if bare else ""
    print(f"{what:32} {seconds:8.2f} s {rows / seconds:10,.0f} rows/s{ratio}")


def _world(n_units: int):
    from pacesetter.accounts.services import user_ensure
    from pacesetter.catalogue.models import Measure
    from pacesetter.orgunits.models import OrgUnit
    from pacesetter.orgunits.services import orgunit_ensure

    county = orgunit_ensure(code="C", name="County", kind=OrgUnit.Kind.COUNTY)
    kind = OrgUnit.Kind.TOWNSHIP
    units = [
        orgunit_ensure(code=f"T{i:04d}", name=f"Town {i}", kind=kind, parent=county)
        for i in range(n_units)
    ]
    Measure.objects.bulk_create(
        [Measure(code=f"M{i:03d}", name=f"Measure {i}", unit="个") for i in range(MEASURES)]
    )
    measures = list(Measure.objects.order_by("code"))
    actor = user_ensure(
        username="bench", password="x", orgunit=county, roles=["reporter"], validate=False
    )
    return actor, measures, units


if __name__ == "__main__":
    sys.exit(main())
