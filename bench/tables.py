"""The JSON of the last ``make bench`` as the Markdown tables of docs/performance.md.

.venv/bin/python bench/tables.py        # reads bench/results/{scale,growth,ingest}-*.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

RESULTS = Path(__file__).parent / "results"
CASES = (
    "dashboard",
    "ranking composite",
    "ranking one indicator",
    "indicator page",
    "unit page",
    "api status",
    "api ranking",
    "api series",
)


def scale(path: Path) -> None:
    rows: dict[str, dict[str, dict]] = {}
    memory = None
    for r in json.loads(path.read_text()):
        if "mb" in r:
            memory = r
            continue
        name, level = r["name"].rsplit(" (", 1)
        rows.setdefault(name, {})[level.rstrip(")")] = r
    levels = list(next(iter(rows.values())))
    print(
        f"\n{path.name}: app [through gunicorn] / bare (median ms) = ratio, goal;"
        " floor = a near-empty request\n"
    )
    print("| page or call | " + " | ".join(f"{lv} plan" for lv in levels) + " |")
    print("|---" * (len(levels) + 1) + "|")
    for case in CASES:
        cells = []
        for level in levels:
            r = rows[case][level]
            verdict = "PASS" if r["pass"] else "FAIL"
            served = f" [{r['server'] * 1000:,.0f}]" if r.get("server") else ""
            cells.append(
                f"{r['app'] * 1000:,.0f}{served} / {r['bare'] * 1000:,.1f} = {r['ratio']:.2f} "
                f"(≤ {r['goal']:g}) {verdict}"
            )
        print(f"| {case} | " + " | ".join(cells) + " |")
    floors = {lv: rows["dashboard"][lv].get("floor", 0) * 1000 for lv in levels}
    print("| floor (page) | " + " | ".join(f"{floors[lv]:.1f}" for lv in levels) + " |")
    if memory:
        verdict = "PASS" if memory["pass"] else "FAIL"
        print(f"\npeak RSS of the serving process: {memory['mb']:.0f} MB (≤ 200) {verdict}")


def growth(path: Path) -> None:
    data = json.loads(path.read_text())
    years = sorted(data["years"], key=int)
    print(f"\n{path.name}: median s per request with N years stored\n")
    print("| case | " + " | ".join(f"{y} y" for y in years) + " | last / first | goal |")
    print("|---" * (len(years) + 3) + "|")
    for case in CASES:
        times = [data["years"][y]["cases"][case]["app"] for y in years]
        ratio = times[-1] / times[0]
        cells = " | ".join(f"{t:.3f}" for t in times)
        print(f"| {case} | {cells} | {ratio:.2f} | ≤ 1.2 {'PASS' if ratio <= 1.2 else 'FAIL'} |")


def ingest(path: Path) -> None:
    print(f"\n{path.name}\n")
    print("| path | rows | app s | bare s | app rows/s | bare rows/s | app ÷ bare |")
    print("|---|---|---|---|---|---|---|")
    for r in json.loads(path.read_text()):
        print(
            f"| {r['name']} ({r['sent_as']}; bare: {r['bare_as']}) | {r['rows']:,} | "
            f"{r['app']:.1f} | {r['bare']:.1f} | {r['app_rows_per_s']:,.0f} | "
            f"{r['bare_rows_per_s']:,.0f} | {r['ratio']:.2f} (≥ 0.5) "
            f"{'PASS' if r['pass'] else 'FAIL'} |"
        )


def main() -> int:
    for kind, show in (("scale", scale), ("growth", growth), ("ingest", ingest)):
        for path in sorted(RESULTS.glob(f"{kind}-*.json")):
            show(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
