"""Ingest (issue 11): figures through the real import paths against bare SQL of the same rows,
in the same run.

    .venv/bin/python bench/ingest.py [--rows 1000000]              # SQLite, temporary home
    scripts/with-postgres .venv/bin/python bench/ingest.py          # PostgreSQL

World: an empty database first gets ``pacesetter bench generate --scale county --years 1
--no-history`` (a database that already holds a generated world is reused). The rows are
``--rows`` figures measure × unit × month: the 300 catalogue measures (B001…) × every unit
of the generated tree × months counted back from the month before the world's first year
(2008…2024 for 1 M rows at county scale). Those months hold no figure and no report, so every
timed row is a new figure, no month is locked, and no jump check compares with a stored
figure of another run. Each value is the same in every month of its measure and unit (so no
month-to-month check fires) and valid for its kind (a whole number; 1 for milestones).
They are written by ``bench-ingest``, a reporter over the root unit (created through
``accounts.services.user_ensure``): a user allowed to enter every one of those figures.

Each path is timed against its own bare run, and every run starts from the same state: the
figures of those months (and their history) are deleted before it (then, on PostgreSQL,
``VACUUM ANALYZE``).

- ``ingest_csv``: the site's upload form as a user uses it — ``POST /data/upload/`` through
  the Django test client, signed in as ``bench-ingest``, one .csv file (header
  ``indicator,unit,period,value,comment``) of ``--file-rows`` figures per upload (the form
  refuses files over ``IMPORT_MAX_ROWS`` = 200,000 lines, header included, and over 20 MB);
  the view reads the file and calls ``imports.services.import_file`` →
  ``datavalues.bulk.datavalues_import``: checks, permissions, locks, history, all-or-nothing.
- ``ingest_api``: ``POST /api/datavalues`` with a bearer token, JSON ``{"values": [...]}``
  in batches as large as the body limit (``DATA_UPLOAD_MAX_MEMORY_SIZE``) accepts.
- bare: the same rows into ``datavalues_datavalue`` in one transaction — ``COPY`` on
  PostgreSQL, ``executemany`` of one INSERT on SQLite — from rows already built in Python;
  no checks and no history row (the app writes one history row per figure as well).

The CSV files and JSON bodies are built before the clock starts (the client's work). Each
timed span ends after the commit; the counts and the sum of the values stored are then
checked against the rows sent.

``ratio`` is a throughput ratio: app rows/s ÷ bare rows/s (= bare seconds ÷ app seconds);
goal ≥ 0.5. One line per path: ``RESULT ingest_csv rows=N app=<s> bare=<s> ratio=<x>
goal=0.5 PASS|FAIL``; JSON in ``bench/results/ingest-<vendor>.json``. ``--profile csv|api``
profiles that path's app run with cProfile and prints where the time goes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import _setup  # bench/ is on sys.path

RESULTS = Path(__file__).parent / "results"
GOAL = 0.5


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--file-rows", type=int, default=100_000, help="figures per uploaded file")
    ap.add_argument("--batch", type=int, default=0, help="figures per API request (0: largest)")
    ap.add_argument("--paths", default="csv,api", help="which of csv,api to time")
    ap.add_argument("--scale", default="county", choices=["county", "city", "tiny"])
    ap.add_argument("--profile", choices=["csv", "api"], help="cProfile that path's app run")
    args = ap.parse_args()
    _setup.world(["--scale", args.scale, "--years", "1", "--no-history", "--no-progress"])
    from _ingest_world import World  # bench/ is on sys.path
    from django.db import connection

    world = World(args.rows)
    print(
        f"database: {connection.vendor}; {args.rows:,} rows = {len(world.measures)} measures"
        f" × {len(world.units)} units × {len(world.months)} months"
        f" ({world.months[0]}–{world.months[-1]})",
        flush=True,
    )
    world.clear()
    results = []
    for path in args.paths.split(","):
        results.append(_measure(world, path, args))
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"ingest-{connection.vendor}.json"
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    print(f"JSON in {out}")
    return 0 if all(r["pass"] for r in results) else 1


def _measure(world, path: str, args) -> dict:
    world.clear()
    bare = world.bare()
    world.verify(history=False)
    world.clear()
    if path == "csv":
        payloads = world.csv_files(args.file_rows)
        send = world.upload
        unit = f"{len(payloads)} files of ≤ {args.file_rows:,} figures"
    else:
        payloads = world.api_bodies(args.batch)
        send = world.post
        unit = f"{len(payloads)} requests of ≤ {world.batch:,} figures"
    world.warm_up()
    profiler = _profiler(args.profile == path)
    started = time.perf_counter()
    with profiler:
        for payload in payloads:
            send(payload)
    app = time.perf_counter() - started
    world.verify(history=True)
    world.clear()
    profiler.report()
    ratio = bare / app  # app rows/s ÷ bare rows/s
    result = {
        "name": f"ingest_{path}",
        "rows": world.rows,
        "app": app,
        "bare": bare,
        "app_rows_per_s": world.rows / app,
        "bare_rows_per_s": world.rows / bare,
        "ratio": ratio,
        "goal": GOAL,
        "pass": ratio >= GOAL,
        "sent_as": unit,
        "bare_as": world.bare_as,
        "months": [world.months[0], world.months[-1]],
        "units": len(world.units),
        "measures": len(world.measures),
    }
    print(
        f"RESULT ingest_{path} rows={world.rows} app={app:.2f} bare={bare:.2f} "
        f"ratio={ratio:.3f} goal={GOAL} {'PASS' if result['pass'] else 'FAIL'}"
        f"  ({world.rows / app:,.0f} vs {world.rows / bare:,.0f} rows/s; {unit})",
        flush=True,
    )
    return result


class _profiler:
    def __init__(self, on: bool):
        import cProfile

        self.profile = cProfile.Profile() if on else None

    def __enter__(self):
        if self.profile:
            self.profile.enable()

    def __exit__(self, *exc):
        if self.profile:
            self.profile.disable()

    def report(self) -> None:
        if self.profile:
            import pstats

            stats = pstats.Stats(self.profile).strip_dirs()
            stats.sort_stats("tottime").print_stats(30)
            stats.sort_stats("cumulative").print_stats(45)


if __name__ == "__main__":
    sys.exit(main())
