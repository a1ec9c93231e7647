"""Serve the demo on SQLite and load it while 100,000-row uploads run: any 5xx, timeout or
"database is locked" is an error. Loopback only, bounded in time.

    .venv/bin/python bench/load_during_import.py [--seconds 60] [--clients 8] [--rows 100000]

It builds a fresh SQLite database in a temporary ``PACESETTER_HOME``: the Zherong demo, plus
200 townships and 50 catalogue measures for the upload (100,000 figures: 50 × 200 × 10 months
of 2022), and a reporter for the county who uploads them. Then it starts ``pacesetter serve``
on ``--port`` and, at the same time:

- one uploader posts the 100,000-row CSV file through the site's upload form, again and
  again (each round changes every figure) until the window closes;
- ``--clients`` threads, each signed in as one town's reporter, for ``--seconds``: 90 % page
  reads (the home dashboard, the plan page, the unit's entry grid), 10 % writes of one of the
  unit's figures through ``POST /api/datavalues`` with the reporter's token.

It prints requests, errors, and p50/p95 by kind. Exit status 1 if any request failed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests
from _http import TIMEOUT, Tally, percentiles, served, signed_in

PLAN = "zherong-2023"
OPEN_MONTH = "202311"  # the demo's towns have not yet reported November
TOWNS = ["shuangcheng", "fuxi", "chengjiao", "zhayang", "dongyuan", "huangbai", "zhaizhong"]
TOWNS += ["chuping", "yingshan"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--port", type=int, default=8765)
    args = ap.parse_args()
    home = Path(tempfile.mkdtemp(prefix="pacesetter-load-"))
    os.environ["PACESETTER_HOME"] = str(home)
    os.environ.pop("DATABASE_URL", None)  # the point is the embedded database
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pacesetter.config.settings")
    env = dict(os.environ)
    started = time.perf_counter()
    world = _world(home, args.rows, args.clients)
    print(f"world built in {time.perf_counter() - started:.0f} s in {home}")
    with served(args.port, env, home / "server.log") as base:
        return _run(base, world, args)


def _world(home: Path, n_rows: int, n_clients: int) -> dict:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connections

    from pacesetter.accounts.services import user_ensure
    from pacesetter.api.tokens import token_create
    from pacesetter.catalogue.models import Measure
    from pacesetter.demo import units as demo_units
    from pacesetter.demo.loader import load_demo
    from pacesetter.orgunits.models import OrgUnit
    from pacesetter.orgunits.services import orgunit_ensure

    call_command("migrate", verbosity=0)
    load_demo()
    county = OrgUnit.objects.get(code=demo_units.ZHERONG)
    towns = [
        orgunit_ensure(
            code=f"LT{i:03d}", name=f"Load town {i}", kind=OrgUnit.Kind.TOWNSHIP, parent=county
        ).code
        for i in range(200)
    ]
    Measure.objects.bulk_create(
        [Measure(code=f"LM{i:02d}", name=f"Load measure {i}", unit="个") for i in range(50)]
    )
    user_ensure(
        username="load-uploader",
        password=demo_units.PASSWORD,
        orgunit=county,
        roles=["reporter"],
        validate=False,
    )
    months = [f"2022{m:02d}" for m in range(1, 11)]
    keys = [(f"LM{m:02d}", t, p) for p in months for t in towns for m in range(50)][:n_rows]
    clients = []
    for town in TOWNS[:n_clients]:
        username = f"reporter-{town}"
        user = demo_units_user(username)
        clients.append(
            {
                "username": username,
                "unit": user.orgunit.code,
                "token": token_create(user=user)[1],
                "measures": _measures_of(user),
            }
        )
    connections.close_all()
    return {"keys": keys, "clients": clients, "password": demo_units.PASSWORD}


def demo_units_user(username: str):
    from pacesetter.accounts.models import User

    return User.objects.select_related("orgunit").get(username=username)


def _measures_of(user) -> list[str]:
    """Catalogue codes of the figures the unit reports this month (its entry grid's rows)."""
    from pacesetter.datavalues.models import DataValue

    codes = DataValue.objects.filter(orgunit=user.orgunit).values_list("measure__code", flat=True)
    return sorted(set(codes))[:5]


def _client(base: str, world: dict, client: dict, until: float, tally: Tally, seed: int):
    rng = random.Random(seed)
    session = signed_in(base, client["username"], world["password"])
    reads = {
        "dashboard": "/",
        "plan page": f"/plans/{PLAN}/",
        "entry grid": f"/entry/{client['unit']}/{OPEN_MONTH}/",
    }
    token = {"Authorization": f"Bearer {client['token']}"}
    while time.perf_counter() < until:
        if rng.random() < 0.1 and client["measures"]:
            value = {
                "indicator": rng.choice(client["measures"]),
                "unit": client["unit"],
                "period": OPEN_MONTH,
                "value": str(rng.randint(1, 1000)),
                "comment": "load test",  # explains any jump the value makes
            }
            tally.record(
                "write (API)",
                lambda v=value: requests.post(
                    base + "/api/datavalues",
                    json={"values": [v]},
                    headers=token,
                    timeout=TIMEOUT,
                ),
            )
        else:
            kind, path = rng.choice(list(reads.items()))
            tally.record(kind, lambda p=path: session.get(base + p, timeout=TIMEOUT))


def _uploader(base: str, world: dict, until: float, results: list):
    session = signed_in(base, "load-uploader", world["password"])
    round_ = 0
    while not results or time.perf_counter() < until:
        round_ += 1
        lines = ["indicator,unit,period,value,comment"]
        lines += [f"{m},{t},{p},{100 + round_},load round {round_}" for m, t, p in world["keys"]]
        data = ("\r\n".join(lines) + "\r\n").encode()
        started = time.perf_counter()
        response = session.post(
            base + "/data/upload/",
            files={"file": ("figures.csv", data, "text/csv")},
            data={"csrfmiddlewaretoken": session.cookies["csrftoken"]},
            headers={"Referer": base + "/data/"},
            timeout=600,
        )
        took = time.perf_counter() - started
        saved = re.search(r'role="status">\D*([\d,]+)', response.text)
        results.append((response.status_code, took, saved.group(1) if saved else None))


def _run(base: str, world: dict, args) -> int:
    tally = Tally()
    imports: list[tuple] = []
    until = time.perf_counter() + args.seconds
    uploader = threading.Thread(target=_uploader, args=(base, world, until, imports))
    uploader.start()
    threads = [
        threading.Thread(target=_client, args=(base, world, client, until, tally, i))
        for i, client in enumerate(world["clients"])
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    uploader.join()
    total = tally.total()
    print(
        f"{args.clients} clients, {args.seconds:.0f} s, {total} requests ({total / args.seconds:.1f}/s)"
    )
    for kind, times in sorted(tally.times.items()):
        q = percentiles(times)
        print(
            f"  {kind:12} {len(times):5}  p50 {q['p50'] * 1000:6.0f} ms  p95 {q['p95'] * 1000:6.0f} ms"
        )
    for status, took, saved in imports:
        print(
            f"  upload of {len(world['keys']):,} rows: HTTP {status} in {took:.1f} s, saved {saved}"
        )
    print(f"  refused (4xx): {json.dumps(tally.refused) if tally.refused else 'none'}")
    failed_imports = [i for i in imports if i[0] != 200]
    print(f"RESULT errors={len(tally.errors)} failed_uploads={len(failed_imports)}")
    for error in tally.errors[:10]:
        print("   ", error)
    return 1 if tally.errors or failed_imports else 0


if __name__ == "__main__":
    sys.exit(main())
