"""Growth: the cost of the pages and API at 1, 2 and 5 years stored (issue 11). Goal: flat
in years stored, at most 1.2 times as slow with 5 years as with 1.

    .venv/bin/python bench/growth.py                                  # SQLite, county
    scripts/with-postgres .venv/bin/python bench/growth.py --scale city

For each number of years a separate database gets ``pacesetter bench generate --scale S
--years N`` (in its own process): on SQLite a home per N under ``--home`` (a temporary
folder, deleted afterwards, when not given; a home that already holds a world of N years is
reused), on PostgreSQL a database per N created beside the one in ``DATABASE_URL`` (meant
for the throwaway cluster of ``scripts/with-postgres``). Django sets up its connection once
per process, so each N is served by a child process (this script with ``--child``) holding
the cases of ``bench/scale.py`` for the top unit's plan at the latest closed month. This
process asks the children for one timed request at a time, the Ns in turn (order rotated),
so that a change in the machine's load falls on every N alike, and compares the medians of
``--runs``. Beside the wall time the child's CPU time is kept: on SQLite it is the whole
cost, and steadier than the wall time when the machine is shared.

With 1 year stored the year before the open month is mostly absent, so the pages' "same
months last year" have nothing to read: y2 is the first store of the usual shape, and the
y5/y2 ratio is printed beside y5/y1.

One line per case: ``RESULT growth_<case> y1=<s> y2=<s> y5=<s> ratio=<y5/y1> goal=1.2
PASS|FAIL`` (on the wall time), then y5/y2, the CPU time's ratio and the queries per
request; JSON in ``bench/results/growth-<vendor>-<scale>.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scale import RESULTS, Bench, _get, _levels, cases

GOAL = 1.2
MARK = "GROWTH "  # the child's JSON line on stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    pg = bool(os.environ.get("DATABASE_URL"))
    ap.add_argument("--scale", default="city" if pg else "county", choices=["county", "city"])
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--years", default="1,2,5", help="comma-separated, e.g. 1,2,5")
    ap.add_argument("--home", help="SQLite: folder of the homes per N (kept and reused)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)  # years of this child
    args = ap.parse_args()
    if args.child:
        return _child(args.scale, args.child)
    try:
        years = sorted({int(y) for y in args.years.split(",")})
    except ValueError:
        ap.error("--years takes whole numbers separated by commas, e.g. 1,2,5")
    if len(years) < 2 or not all(1 <= y <= 20 for y in years):
        ap.error("--years takes at least two numbers from 1 to 20")
    vendor = "postgresql" if pg else "sqlite"
    base = Path(args.home or tempfile.mkdtemp(prefix="pacesetter-growth-"))
    try:
        found = _measure(args, years, base, vendor)
    finally:
        if not args.home:
            shutil.rmtree(base, ignore_errors=True)
    results = _compare(found, years)
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"growth-{vendor}-{args.scale}.json"
    out.write_text(json.dumps({"years": found, "results": results}, indent=1, ensure_ascii=False))
    failed = [r for r in results if not r["pass"]]
    print(f"{len(results) - len(failed)} of {len(results)} goals met; JSON in {out}")
    return 1 if failed else 0


def _environment(vendor: str, base: Path, scale: str, years: int) -> dict:
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="pacesetter.config.settings")
    if vendor == "sqlite":
        env["PACESETTER_HOME"] = str(base / f"{scale}-y{years}")
        return env
    env.setdefault("PACESETTER_HOME", str(base))  # files only; the figures are in PostgreSQL
    env["DATABASE_URL"] = _database(os.environ["DATABASE_URL"], f"growth_{scale}_y{years}")
    return env


def _database(url: str, name: str) -> str:
    """The URL of database ``name`` on the server of ``url``, created when missing."""
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


class _Child:
    """A process serving one database's cases: it times a request (and its bare query) when
    asked, so that the years' requests can alternate and a change in the machine's load
    falls on every N alike."""

    def __init__(self, args, years: int, env: dict):
        print(f"--- {years} year(s) stored", flush=True)
        command = [sys.executable, __file__, "--child", str(years), "--scale", args.scale]
        self.process = subprocess.Popen(
            command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.about = self._answer()

    def time(self, case: str, runs: int = 1, count: bool = False) -> dict:
        asked = {"case": case, "runs": runs, "count": count}
        self.process.stdin.write(json.dumps(asked) + "\n")
        self.process.stdin.flush()
        return self._answer()

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()
            self.process.wait()

    def _answer(self) -> dict:
        line = self.process.stdout.readline()
        if not line.startswith(MARK):
            self.close()
            raise SystemExit(f"a child failed (exit {self.process.returncode}): {line!r}")
        return json.loads(line[len(MARK) :])


def _measure(args, years: list[int], base: Path, vendor: str) -> dict[int, dict]:
    """Every case's medians per N, the requests of the Ns alternating (order rotated)."""
    children: dict[int, _Child] = {}
    try:
        for n in years:  # one after the other: no generation during another's timing
            children[n] = _Child(args, n, _environment(vendor, base, args.scale, n))
        found = {
            n: {**child.about, "runs": args.runs, "cases": {}} for n, child in children.items()
        }
        for case in ["floor", *children[years[0]].about["cases"]]:
            for n, child in children.items():  # warm-up, counting the queries
                queries = child.time(case, runs=2, count=True)["queries"]
                found[n]["cases"][case] = {"queries": queries}
            times = {n: {"app": [], "cpu": [], "bare": []} for n in years}
            for run in range(args.runs):
                for n in years[run % len(years) :] + years[: run % len(years)]:
                    got = children[n].time(case)
                    for key, values in times[n].items():
                        values += got[key]
            for n in years:
                medians = {k: statistics.median(v) if v else None for k, v in times[n].items()}
                found[n]["cases"][case].update(medians)
            done = " ".join(f"y{n}={found[n]['cases'][case]['app']:.4f}" for n in years)
            print(f"  {case}: {done}", flush=True)
    finally:
        for child in children.values():
            child.close()
    return found


def _compare(found: dict[int, dict], years: list[int]) -> list[dict]:
    first, last = years[0], years[-1]
    second = years[1] if len(years) > 2 else None
    results = []
    for case in [c for c in found[first]["cases"] if c != "floor"]:
        app = {n: found[n]["cases"][case]["app"] for n in years}
        cpu = {n: found[n]["cases"][case]["cpu"] for n in years}
        ratio = app[last] / app[first]
        result = {
            "name": case,
            "app": app,
            "cpu": cpu,
            "bare": {n: found[n]["cases"][case]["bare"] for n in years},
            "queries": {n: found[n]["cases"][case]["queries"] for n in years},
            "ratio": ratio,
            "goal": GOAL,
            "pass": ratio <= GOAL,
        }
        line = f"RESULT growth_{case.replace(' ', '_')} "
        line += " ".join(f"y{n}={app[n]:.4f}" for n in years)
        line += f" ratio={ratio:.2f} goal={GOAL} {'PASS' if result['pass'] else 'FAIL'}"
        if second:
            result[f"ratio_y{last}_y{second}"] = app[last] / app[second]
            line += f" y{last}/y{second}={app[last] / app[second]:.2f}"
        line += f" cpu_ratio={cpu[last] / cpu[first]:.2f}"
        line += f" queries={'/'.join(str(result['queries'][n]) for n in years)}"
        results.append(result)
        print(line, flush=True)
    floors = " ".join(f"y{n}={found[n]['cases']['floor']['app']:.4f}" for n in years)
    print(f"floor (signed-in /inbox/, machine noise): {floors}")
    return results


def _child(scale: str, years: int) -> int:
    """Set up, say what is served, then time what stdin asks for until it closes."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pacesetter.config.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    call_command("migrate", verbosity=0)
    generated = _generate(scale, years)
    plan = _levels()[0]  # the top unit's plan
    bench = Bench()
    cases = {name: (client, url, bare) for name, client, url, bare in _cases(bench, plan)}
    cases["floor"] = (bench.page, "/inbox/", None)  # a request with next to no analytics
    about = {
        "vendor": connection.vendor,
        "years": years,
        "plan": plan.code,
        "period": str(bench.period),
        "figures": _figures(),
        "generate_seconds": generated,
        "cases": [name for name in cases if name != "floor"],
    }
    print(MARK + json.dumps(about), flush=True)
    for line in sys.stdin:
        asked = json.loads(line)
        timed = _time_case(*cases[asked["case"]], runs=asked["runs"], count=asked["count"])
        print(MARK + json.dumps(timed), flush=True)
    return 0


def _generate(scale: str, years: int) -> float | None:
    """Generate the world of ``years`` unless this database holds it; the seconds taken."""
    from pacesetter.datavalues.models import DataValue
    from pacesetter.plans.models import Plan

    if Plan.objects.filter(code__startswith="bench-").exists():
        months = DataValue.objects.values("period").distinct().count()
        if months != years * 12:
            raise SystemExit(f"this database holds {months} months, not {years} years: empty it")
        return None
    command = [str(Path(sys.executable).parent / "pacesetter"), "bench", "generate"]
    command += ["--scale", scale, "--years", str(years), "--no-progress"]
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    print(f"  generated {years} year(s) in {seconds:.0f} s", file=sys.stderr, flush=True)
    return seconds


def _cases(bench: Bench, plan) -> list[tuple]:
    """bench/scale.py's cases for ``plan``: (name, client, url, bare query)."""
    return [(name, client, url, bare) for name, _kind, client, url, bare in cases(bench, plan)]


def _time_case(client, url: str, bare, *, runs: int, count: bool) -> dict:
    """``runs`` timings of the request, each followed by its bare query; with ``count``,
    first the number of queries of one request."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    queries = None
    if count:
        with CaptureQueriesContext(connection) as captured:
            _get(client, url)
        queries = len(captured)  # now: the next request empties the log
    app, cpu, raw = [], [], []
    for _ in range(runs):
        started, used = time.perf_counter(), time.process_time()
        _get(client, url)
        app.append(time.perf_counter() - started)
        cpu.append(time.process_time() - used)
        if bare:
            started = time.perf_counter()
            bare()
            raw.append(time.perf_counter() - started)
    return {"app": app, "cpu": cpu, "bare": raw, "queries": queries}


def _figures() -> int:
    from pacesetter.datavalues.models import DataValue

    return DataValue.objects.count()


if __name__ == "__main__":
    sys.exit(main())
