"""Time the leader's analytics pages on the demo grown ten times, in SQLite.

Plain script (no timed assertions anywhere in the tests):

    PACESETTER_HOME=/tmp/bench-home .venv/bin/python bench/analytics_pages.py [--runs 15]

It creates a fresh SQLite database in ``PACESETTER_HOME`` (a temporary folder when unset),
migrates it, loads the demo, grows the Zherong plan ten times
(``pacesetter.demo.scale.scale_plan``: 120 indicators, 90 townships, their figures and
reports), signs in as ``leader`` with Django's test client and requests each page
``--runs`` times after two warm-up requests. It prints the median, the fastest and the
number of SQL queries per page. The database URL in the environment is ignored: the
figures are for SQLite.

The same script runs on an older checkout of the code (``PYTHONPATH=<checkout>``), which
is how the before/after in docs/performance.md was taken.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

PAGES = [
    ("dashboard", "/plans/zherong-2023/?period=202310"),
    ("ranking (composite)", "/plans/zherong-2023/ranking/?period=202310"),
    ("ranking (one indicator)", "/plans/zherong-2023/ranking/?period=202310&indicator=I10"),
    ("indicator", "/plans/zherong-2023/indicators/I10/?period=202310"),
    ("unit", "/plans/zherong-2023/units/350926100/?period=202310"),
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--factor", type=int, default=10)
    args = ap.parse_args()
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("PACESETTER_HOME", tempfile.mkdtemp(prefix="pacesetter-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pacesetter.config.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    import pacesetter
    from pacesetter.accounts.models import User
    from pacesetter.demo.loader import load_demo
    from pacesetter.demo.scale import scale_plan

    setup_test_environment()  # the test client's host, a fast password hasher is not needed
    home = os.environ["PACESETTER_HOME"]
    print(f"code: {os.path.dirname(pacesetter.__file__)}; database: {home} (SQLite)")
    if os.path.exists(os.path.join(home, "pacesetter.sqlite3")):
        print("the database exists already: use an empty PACESETTER_HOME", file=sys.stderr)
        return 1
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    plan = load_demo()
    scale_plan(plan, args.factor)
    print(f"demo x{args.factor} loaded in {time.perf_counter() - started:.1f} s")
    client = Client()
    client.force_login(User.objects.get(username="leader"))
    print(f"{'page':26} {'median ms':>10} {'fastest':>8} {'queries':>8}   ({args.runs} runs)")
    for name, url in PAGES:
        for _ in range(2):
            assert client.get(url).status_code == 200, url
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - t0)
            assert response.status_code == 200, url
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        print(
            f"{name:26} {statistics.median(times) * 1000:10.1f} {min(times) * 1000:8.1f} "
            f"{len(queries):8d}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
