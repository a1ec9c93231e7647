"""Pages and API at county, city or province scale, each against the bare SQL over the raw
figures that gives the same numbers, in the same run (issue 11).

    .venv/bin/python bench/scale.py --scale county            # SQLite, temporary home
    scripts/with-postgres .venv/bin/python bench/scale.py --scale city

Without ``DATABASE_URL`` it uses SQLite in ``PACESETTER_HOME`` (a temporary folder when
unset); a database that already holds the generated world is reused, an empty one gets
``pacesetter bench generate --scale SCALE`` first. For the plan of the top unit and of the
first city and county below it, it times through the whole Django stack (test client,
signed in as the top unit's plan office): the dashboard, the composite ranking, a
single-indicator ranking, the indicator page, a unit page, and the status, ranking and
series API. Each is interleaved with its bare query — one GROUP BY over the accepted
figures of the plan's unit subtree, for the year so far and last year's same months — and
``--runs`` medians are compared. The status API's year to date of the first (cumulative)
indicator is checked against the bare sum, and the series API's months against the bare
month totals.

One line per measure: ``RESULT <name> app=<median> bare=<median> ratio=<x> goal=<x>
PASS|FAIL``; JSON in ``bench/results/``. Goals (issue 11): ratio ≤ 2 for rankings and API,
≤ 3 for pages; where the bare query takes over 0.5 s, ≤ 0.25.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

import _setup  # bench/ is on sys.path

RESULTS = Path(__file__).parent / "results"
EMPTY = "''"  # one group: the whole subtree


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", default="county", choices=["county", "city", "province", "tiny"])
    ap.add_argument("--years", type=int, default=None)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument(
        "--server",
        action="store_true",
        help="also time each request through `pacesetter serve` (gunicorn) over loopback",
    )
    args = ap.parse_args()
    _setup.world(["--scale", args.scale] + (["--years", str(args.years)] if args.years else []))
    from django.db import connection

    print(f"database: {connection.vendor}")
    with contextlib.ExitStack() as stack:
        base = None
        if args.server:  # the same database, served by the production server
            import _http

            RESULTS.mkdir(exist_ok=True)
            log, port = RESULTS / "scale-server.log", _http.free_port()
            base = stack.enter_context(_http.served(port, dict(os.environ), log))
        results = [r for level in _levels() for r in _measure_level(level, args.runs, base)]
    results.append(_memory())
    failed = [r for r in results if not r["pass"]]
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"scale-{connection.vendor}-{args.scale}.json"
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    print(f"{len(results) - len(failed)} of {len(results)} goals met; JSON in {out}")
    return 1 if failed else 0


def _levels():
    """The plan of the top unit and of the first city and county below it."""
    from pacesetter.plans.models import Plan

    plans = Plan.objects.filter(code__startswith="bench-").select_related("owner")
    seen = {}
    for plan in plans.order_by("owner__depth", "code"):
        seen.setdefault(plan.owner.kind, plan)
    return list(seen.values())


class Bench:
    """Signed-in clients (and, with a server at ``base``, signed-in HTTP sessions) and the
    month the pages open on."""

    def __init__(self, base: str | None = None):
        from django.test import Client
        from django.utils import timezone

        from pacesetter.accounts.models import User
        from pacesetter.api.tokens import token_create
        from pacesetter.core.periods import latest_closed_month

        office = User.objects.get(username="bench-office")
        self.page = Client()
        self.page.force_login(office)
        token = token_create(user=office)[1]
        self.api = Client(headers={"Authorization": f"Bearer {token}"})
        self.period = latest_closed_month(timezone.localdate())
        self.http = {}
        if base:
            import _http
            import requests

            api = requests.Session()
            api.headers["Authorization"] = f"Bearer {token}"
            page = _http.signed_in(base, "bench-office", "pacesetter-bench")
            self.http = {id(self.page): (base, page), id(self.api): (base, api)}

    def served(self, client, url: str) -> float | None:
        """Seconds for ``url`` through the server, as ``client``'s user; None without one."""
        if not self.http:
            return None
        base, session = self.http[id(client)]
        started = time.perf_counter()
        response = session.get(base + url, timeout=120)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code} through the server")
        return time.perf_counter() - started


def cases(bench: Bench, plan) -> list[tuple]:
    """The measured requests of ``plan``: (name, kind, client, url, bare query); growth.py
    times the same."""
    from pacesetter.indicators.models import Indicator
    from pacesetter.orgunits.models import OrgUnit

    p, period = str(bench.period), bench.period
    first = OrgUnit.objects.get_children(plan.owner).order_by("path").first()
    base, api = f"/plans/{plan.code}", f"/api/analytics/plans/{plan.code}"
    indicators = Indicator.objects.filter(goal__plan=plan)
    measures = sorted(set(indicators.values_list("measure_id", flat=True)))
    first_measure = indicators.get(code="I001").measure_id
    whole = _bare_sums(plan.owner, measures, period, by_child=False)
    by_child = _bare_sums(plan.owner, measures, period, by_child=True)
    one = _bare_sums(plan.owner, [first_measure], period, by_child=True)
    months = _bare_months(plan.owner, first_measure, period)
    unit = _bare_sums(first, measures, period, by_child=False)
    ranking = f"{base}/ranking/?period={p}"
    return [
        ("dashboard", "page", bench.page, f"{base}/?period={p}", whole),
        ("ranking composite", "ranking", bench.page, ranking, by_child),
        ("ranking one indicator", "ranking", bench.page, f"{ranking}&indicator=I001", one),
        ("indicator page", "page", bench.page, f"{base}/indicators/I001/?period={p}", months),
        ("unit page", "page", bench.page, f"{base}/units/{first.code}/?period={p}", unit),
        ("api status", "api", bench.api, f"{api}/status?period={p}", whole),
        ("api ranking", "api", bench.api, f"{api}/ranking?period={p}", by_child),
        ("api series", "api", bench.api, f"{api}/indicators/I001/series?period={p}", months),
    ]


def _measure_level(plan, runs: int, base: str | None = None) -> list[dict]:
    from pacesetter.indicators.models import Indicator

    bench = Bench(base)
    p, where = str(bench.period), plan.owner.kind
    measured = cases(bench, plan)
    bare = {name: query for name, _kind, _client, _url, query in measured}
    first_measure = Indicator.objects.get(goal__plan=plan, code="I001").measure_id
    api = f"/api/analytics/plans/{plan.code}"
    _check_agreement(bench, api, p, first_measure, bare["api status"], bare["api series"])
    # What any request costs through the stack (session, policy, rendering) with next to no
    # analytics: a small signed-in page and API call. Printed beside each result so that the
    # ratios of sub-millisecond bare queries can be read.
    floors = {
        "page": _median(bench.page, "/inbox/", runs),
        "api": _median(bench.api, f"/api/plans/{plan.code}", runs),
    }
    floors["ranking"] = floors["page"]
    results = []
    for name, kind, client, url, query in measured:
        app_times, bare_times, served_times = [], [], []
        for _ in range(2):  # warm-up
            _get(client, url), query(), bench.served(client, url)
        for _ in range(runs):
            started = time.perf_counter()
            _get(client, url)
            app_times.append(time.perf_counter() - started)
            served_times.append(bench.served(client, url))
            started = time.perf_counter()
            query()
            bare_times.append(time.perf_counter() - started)
        app, raw = statistics.median(app_times), statistics.median(bare_times)
        goal = 0.25 if raw > 0.5 else (3.0 if kind == "page" else 2.0)
        ratio = app / raw
        result = {
            "name": f"{name} ({where})",
            "app": app,
            "bare": raw,
            "ratio": ratio,
            "goal": goal,
            "pass": ratio <= goal,
            "runs": runs,
            "floor": floors[kind],
            "server": statistics.median(served_times) if bench.http else None,
        }
        results.append(result)
        server = f" server={result['server']:.4f}" if bench.http else ""
        print(
            f"RESULT {name.replace(' ', '_')}_{where} app={app:.4f} bare={raw:.4f} "
            f"ratio={ratio:.2f} goal={goal} {'PASS' if result['pass'] else 'FAIL'}"
            f" floor={floors[kind]:.4f}{server}",
            flush=True,
        )
    return results


def _median(client, url: str, runs: int) -> float:
    _get(client, url)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        _get(client, url)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _memory() -> dict:
    """Peak resident memory of this process, which served every page above like a worker
    (the top unit's dashboard included). Goal: 200 MB."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    result = {"name": "memory (peak RSS)", "mb": peak, "goal": 200, "pass": peak <= 200}
    print(f"RESULT memory_peak_rss mb={peak:.0f} goal=200 {'PASS' if result['pass'] else 'FAIL'}")
    return result


def _get(client, url: str):
    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    return response


def _bare_sums(root, measures: list[int], period, *, by_child: bool):
    """The bare query: accepted figures of ``measures`` under ``root``, this year so far and
    last year's same months, summed per measure (and per child unit of ``root``). The units
    are looked up first and given as a list, the fastest form found (PostgreSQL then reads
    each unit's months from the (unit, period) index; joined on the path it scans every
    unit's figures of those months)."""
    from pacesetter.orgunits.models import OrgUnit

    group = f"SUBSTR(u.path, 1, {(root.depth + 1) * OrgUnit.steplen})" if by_child else None
    marks = ", ".join(["%s"] * len(measures))
    last = period.shift(-12)
    sql = (
        f"SELECT dv.measure_id, {group or EMPTY} AS g,"
        " SUM(CASE WHEN dv.period >= %s THEN dv.value END),"
        " SUM(CASE WHEN dv.period <= %s THEN dv.value END)"
        " FROM datavalues_datavalue dv JOIN orgunits_orgunit u ON u.id = dv.orgunit_id"
        f" WHERE dv.orgunit_id IN ({{units}}) AND dv.measure_id IN ({marks})"
        " AND dv.state = 'accepted' AND dv.value IS NOT NULL AND dv.period >= %s"
        " AND dv.period <= %s AND (dv.period <= %s OR dv.period >= %s)"
        f" GROUP BY dv.measure_id{', ' + group if group else ''}"
    )
    before = (f"{period.year:04d}01", str(last))
    after = (*measures, f"{last.year:04d}01", str(period), str(last), f"{period.year:04d}01")
    return _with_units(root, sql, before, after)


def _with_units(root, sql: str, before: tuple, after: tuple):
    """The query run with the ids of ``root``'s subtree looked up first (in the timing);
    ``before`` and ``after`` are the parameters before and after the list of units."""
    from django.db import connection

    def run():
        with connection.cursor() as cursor:
            cursor.execute("SELECT id FROM orgunits_orgunit WHERE path LIKE %s", [root.path + "%"])
            units = [row[0] for row in cursor.fetchall()]
            marks = ", ".join(["%s"] * len(units))
            cursor.execute(sql.format(units=marks), (*before, *units, *after))
            return cursor.fetchall()

    return run


def _bare_months(root, measure: int, period):
    """The bare query of a series: one measure's accepted month totals under ``root``."""
    sql = (
        "SELECT dv.period, SUM(dv.value) FROM datavalues_datavalue dv"
        " WHERE dv.orgunit_id IN ({units})"
        " AND dv.measure_id = %s AND dv.state = 'accepted' AND dv.value IS NOT NULL"
        " AND dv.period >= %s AND dv.period <= %s GROUP BY dv.period ORDER BY dv.period"
    )
    return _with_units(root, sql, (), (measure, f"{period.shift(-12).year:04d}01", str(period)))


def _check_agreement(bench, api: str, p: str, measure: int, whole, months) -> None:
    """The app's numbers are the bare query's: the first indicator's year to date and the
    series' months (figures are held by the lowest units only, so a plain sum is the
    own-figure-wins total)."""
    status = _get(bench.api, f"{api}/status?period={p}").json()
    actual = next(i["actual"] for i in status["indicators"] if i["code"] == "I001")
    bare = next(row[2] for row in whole() if row[0] == measure)
    _agree("status I001 year to date", actual, bare)
    series = _get(bench.api, f"{api}/indicators/I001/series?period={p}").json()
    bare_months = dict(months())
    for month in series["months"] if isinstance(series, dict) else series:
        if month["period"][:4] == p[:4] and month["value"] is not None:
            _agree(f"series {month['period']}", month["value"], bare_months.get(month["period"]))


def _agree(what: str, app, bare) -> None:
    if app is None or bare is None or abs(Decimal(str(app)) - Decimal(str(bare))) > Decimal("0.01"):
        raise SystemExit(f"DISAGREE {what}: app {app}, bare SQL {bare}")


if __name__ == "__main__":
    sys.exit(main())
