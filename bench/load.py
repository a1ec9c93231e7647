"""Load ``pacesetter serve`` on loopback for a bounded time with mixed reads and 10 % writes.

    .venv/bin/python bench/load.py [--seconds 60] [--clients 8] [--think 0.5]
        [--home DIR | --database-url URL | --generate county|city|province]

The data: the database of ``--database-url`` (or ``$DATABASE_URL``), or the SQLite database in
``--home``; migrated, and given the Zherong demo if it holds no plan. With neither, the demo
in a temporary SQLite home. ``--generate SCALE`` first runs ``pacesetter bench generate
--scale SCALE`` (the province run). The load is on the plan with the most indicators (of
those, the one whose owner is highest in the tree).

First the dashboard's unloaded median: 20 requests one after another (after a warm-up). Then
``--clients`` threads for ``--seconds``, each waiting ``--think`` seconds (exponential) between
requests: 90 % reads spread evenly over the plan dashboard, the composite ranking, a
single-indicator ranking, the ranking API and the figures API (as a leader of the plan's
owner); 10 % writes of one figure through ``POST /api/datavalues`` (as a reporter of a unit).

Prints requests per second, p50/p95/p99 by kind, errors (no answer, timeout, 5xx, "database is
locked") and two RESULT lines with their goals; writes JSON under bench/results/. Exit status 1
if a goal fails.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

import requests
from _http import TIMEOUT, Tally, free_port, percentiles, served, signed_in

PASSWORD = "pacesetter-load-1"
UNLOADED_RUNS = 20
GOAL_RATIO = 3
RESULTS = Path(__file__).parent / "results"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--think", type=float, default=0.5, help="mean seconds between requests")
    ap.add_argument("--writes", type=float, default=0.1, help="share of writes")
    ap.add_argument("--port", type=int, default=0, help="default: a free port")
    ap.add_argument("--home", type=Path, help="PACESETTER_HOME with an existing SQLite database")
    ap.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    ap.add_argument("--generate", metavar="SCALE", help="county, city or province")
    ap.add_argument("--serve-args", default="", help='passed to serve, e.g. "--workers 3"')
    args = ap.parse_args()

    home = args.home or Path(tempfile.mkdtemp(prefix="pacesetter-loadtest-"))
    os.environ["PACESETTER_HOME"] = str(home)
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    else:
        os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pacesetter.config.settings")
    try:
        started = time.perf_counter()
        world = _world(args.generate)
        print(f"data ready in {time.perf_counter() - started:.0f} s ({world['database']}, {home})")
        port = args.port or free_port()
        with served(port, dict(os.environ), home / "server.log", args.serve_args.split()) as base:
            result = _run(base, world, args)
    finally:
        if not args.home:
            shutil.rmtree(home, ignore_errors=True)
    return _report(result, world, args)


def _world(scale: str | None) -> dict:
    import django

    django.setup()
    from django.core.management import call_command, get_commands
    from django.db import connection, connections
    from django.db.models import Count

    call_command("migrate", verbosity=0)
    if scale:
        if "bench" not in get_commands():
            raise SystemExit(
                "`pacesetter bench generate` is not available in this tree yet "
                "(pacesetter/benchdata); run without --generate to load the demo."
            )
        pacesetter = str(Path(sys.executable).parent / "pacesetter")
        subprocess.run([pacesetter, "bench", "generate", "--scale", scale], check=True)
    from pacesetter.plans.models import Plan

    if not Plan.objects.exists():
        from pacesetter.demo.loader import load_demo

        load_demo()
    plans = Plan.objects.filter(status=Plan.Status.ACTIVE).annotate(size=Count("goals__indicators"))
    world = _actors(plans.order_by("-size", "owner__depth", "code")[0])
    world["database"] = connection.vendor
    connections.close_all()  # the server's workers open their own
    return world


def _actors(plan) -> dict:
    """A leader of the plan's owner (reads) and reporters of a few reporting units (writes),
    each with an API token; the indicator and month the reads ask for."""
    from pacesetter.accounts.services import user_ensure
    from pacesetter.api.tokens import token_create
    from pacesetter.core.periods import Period, parse_month
    from pacesetter.datavalues.models import DataValue
    from pacesetter.indicators.models import Indicator
    from pacesetter.orgunits.models import OrgUnit
    from pacesetter.web.periods import default_period

    leader = user_ensure(
        username="load-leader",
        password=PASSWORD,
        orgunit=plan.owner,
        roles=["leader"],
        validate=False,
    )
    indicator = (
        Indicator.objects.filter(goal__plan=plan, targets__orgunit__isnull=False)
        .order_by("code")
        .first()
    )
    measures = Indicator.objects.filter(goal__plan=plan).values("measure")
    figures = DataValue.objects.filter(  # monthly figures of leaf units under the owner
        measure__in=measures,
        orgunit__path__startswith=plan.owner.path,
        orgunit__numchild=0,
        period__regex=r"^[0-9]{6}$",
    )
    last = Period.month(plan.last_year, 12)
    writers = []
    units = figures.values_list("orgunit", flat=True).distinct().order_by("orgunit")[:8]
    for unit in OrgUnit.objects.filter(pk__in=list(units)):
        own = figures.filter(orgunit=unit)
        latest = own.order_by("-period").values_list("period", flat=True)[0]
        # The month after the unit's latest figure is still open (as a reporter's next entry).
        month = min(parse_month(latest).next(), last)
        user = user_ensure(
            username=f"load-reporter-{unit.code}",
            password=PASSWORD,
            orgunit=unit,
            roles=["reporter"],
            validate=False,
        )
        codes = sorted(set(own.values_list("measure__code", flat=True)))[:5]
        writers.append(
            {
                "unit": unit.code,
                "token": token_create(user=user)[1],
                "measures": codes,
                "period": str(month),
            }
        )
    return {
        "plan": plan.code,
        "period": str(default_period(plan)),
        "indicator": indicator.code if indicator else None,
        "leader_token": token_create(user=leader)[1],
        "writers": writers,
    }


def _reads(world: dict) -> dict[str, str]:
    plan, period = world["plan"], world["period"]
    reads = {
        "dashboard": f"/plans/{plan}/",
        "ranking": f"/plans/{plan}/ranking/",
        "api ranking": f"/api/analytics/plans/{plan}/ranking?period={period}",
        "api datavalues": f"/api/datavalues?plan={plan}&period={period}&limit=100",
    }
    if world["indicator"]:
        reads["ranking (indicator)"] = f"/plans/{plan}/ranking/?indicator={world['indicator']}"
    return reads


def _client(base, world, session, until, tally, seed, args):
    rng = random.Random(seed)
    reads = list(_reads(world).items())
    api = {"Authorization": f"Bearer {world['leader_token']}"}
    while time.perf_counter() < until:
        time.sleep(rng.expovariate(1 / args.think) if args.think else 0)
        if rng.random() < args.writes and world["writers"]:
            writer = rng.choice(world["writers"])
            value = {
                "indicator": rng.choice(writer["measures"]),
                "unit": writer["unit"],
                "period": writer["period"],
                "value": str(rng.randint(1, 1000)),
                "comment": "load test",  # explains any jump the value makes
            }
            tally.record(
                "write (API)",
                lambda v=value, t=writer["token"]: requests.post(
                    base + "/api/datavalues",
                    json={"values": [v]},
                    headers={"Authorization": f"Bearer {t}"},
                    timeout=TIMEOUT,
                ),
            )
            continue
        kind, path = rng.choice(reads)
        if kind.startswith("api"):
            tally.record(kind, lambda p=path: session.get(base + p, headers=api, timeout=TIMEOUT))
        else:
            tally.record(kind, lambda p=path: session.get(base + p, timeout=TIMEOUT))


def _run(base: str, world: dict, args) -> dict:
    # Signed in before the window opens: a sign-in hashes the password on purpose slowly.
    sessions = [signed_in(base, "load-leader", PASSWORD) for _ in range(args.clients + 1)]
    session = sessions.pop()
    reads = _reads(world)
    dashboard = base + reads["dashboard"]
    # Each worker's first requests pay for cold caches (templates, URL resolver). A session
    # keeps its connection, so with one connection per session all of them spread over the
    # workers; the unloaded run then goes to one warm worker.
    warm = [
        threading.Thread(
            target=lambda s=s: [s.get(base + p, timeout=TIMEOUT) for p in reads.values()]
        )
        for s in [*sessions, session]
    ]
    for thread in warm:
        thread.start()
    for thread in warm:
        thread.join()
    unloaded = _sequential(session, dashboard)
    tally = Tally()
    started = time.perf_counter()
    until = started + args.seconds
    threads = [
        threading.Thread(target=_client, args=(base, world, s, until, tally, i, args))
        for i, s in enumerate(sessions)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    # Again once the load is over: a drift between the two says the machine itself was busy
    # (other processes), which the ratio cannot tell apart from the load.
    after = _sequential(session, dashboard)
    return {"unloaded": unloaded, "after": after, "tally": tally, "elapsed": elapsed}


def _sequential(session: requests.Session, url: str) -> list[float]:
    times = []
    for _ in range(UNLOADED_RUNS):
        started = time.perf_counter()
        session.get(url, timeout=TIMEOUT).raise_for_status()
        times.append(time.perf_counter() - started)
    return times


def _report(result: dict, world: dict, args) -> int:
    tally: Tally = result["tally"]
    total, elapsed = tally.total(), result["elapsed"]
    kinds = {kind: percentiles(times) for kind, times in sorted(tally.times.items())}
    print(
        f"{world['database']}, plan {world['plan']} ({world['period']}), {args.clients} clients, "
        f"think {args.think} s, {elapsed:.0f} s: {total} requests, {total / elapsed:.1f}/s"
    )
    for kind, q in kinds.items():
        print(
            f"  {kind:20} {q['n']:6}  p50 {q['p50'] * 1000:6.0f} ms  p95 {q['p95'] * 1000:6.0f} ms"
            f"  p99 {q['p99'] * 1000:6.0f} ms"
        )
    print(f"  refused (4xx): {json.dumps(tally.refused) if tally.refused else 'none'}")
    print(f"  errors: {json.dumps(tally.error_counts) if tally.errors else 'none'}")
    after = statistics.median(result["after"])
    print(f"  dashboard unloaded median after the load: {after * 1000:.0f} ms")
    for error in tally.errors[:10]:
        print("   ", error)
    median = statistics.median(result["unloaded"])
    loaded = kinds.get("dashboard", {}).get("p95", float("nan"))
    ratio = loaded / median
    ok_ratio, ok_errors = ratio <= GOAL_RATIO, not tally.errors
    print(
        f"RESULT load_dashboard_p95 unloaded_median={median * 1000:.0f}ms "
        f"loaded_p95={loaded * 1000:.0f}ms ratio={ratio:.2f} goal={GOAL_RATIO} "
        f"{'PASS' if ok_ratio else 'FAIL'}"
    )
    print(f"RESULT load_errors errors={len(tally.errors)} goal=0 {'PASS' if ok_errors else 'FAIL'}")
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = RESULTS / f"load-{world['database']}-{stamp}.json"
    config = {k: v for k, v in vars(args).items() if k not in ("database_url", "home")}
    config["home"] = str(args.home) if args.home else None
    payload = {
        "config": config,
        "database": world["database"],
        "plan": world["plan"],
        "period": world["period"],
        "cpus": os.cpu_count(),
        "requests": total,
        "seconds": elapsed,
        "requests_per_second": total / elapsed,
        "kinds": kinds,
        "unloaded_dashboard": {"median": median, "runs": result["unloaded"]},
        "unloaded_dashboard_after": {"median": after, "runs": result["after"]},
        "dashboard_ratio": ratio,
        "errors": {"count": len(tally.errors), "by_kind": tally.error_counts},
        "refused": tally.refused,
        "pass": {"load_dashboard_p95": ok_ratio, "load_errors": ok_errors},
    }
    path.write_text(json.dumps(payload, indent=2))
    print(f"  written to {path}")
    return 0 if ok_ratio and ok_errors else 1


if __name__ == "__main__":
    sys.exit(main())
