"""Throughput of the plan-import extractor, in MB of UTF-8 text per second.

Plain script (no timed assertions anywhere in the tests):

    python bench/extraction_throughput.py [--mb 5]

The text is the labelled corpus and the seed interview repeated to the asked
size (target-dense: every few lines carry figures), or a synthetic policy text
when the shared folder is absent. The requirement is >= 1 MB/s.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "extraction" / "src"))

from pacesetter_extraction import extract  # noqa: E402

SYNTHETIC = (
    "2025年全县经济社会发展的主要预期目标是:地区生产总值增长6%左右,规模以上工业增加值增长7%以上,"
    "固定资产投资达到150亿元,城镇新增就业2000人以上,城镇调查失业率控制在5%以内。"
    "去年,全县实现地区生产总值120亿元、增长5.5%。力争新建5G基站300个,建成幼儿园3所。\n"
    "加快创建省级全域旅游示范县,推动县医院整体搬迁,开工建设城北污水处理厂。\n"
)


def corpus_text() -> str:
    shared = REPO.parent / "shared"
    parts = [
        p.read_text(encoding="utf-8") for p in sorted((shared / "corpus" / "docs").glob("*.txt"))
    ]
    seed = shared / "seed" / "zherong-2023-interview.txt"
    if seed.is_file():
        parts.append(seed.read_text(encoding="utf-8"))
    return "\n".join(parts) or SYNTHETIC


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="size of the text in MB (default 5)")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    unit = corpus_text() + "\n"
    reps = max(1, int(args.mb * 1e6 / len(unit.encode("utf-8"))))
    text = unit * reps
    size_mb = len(text.encode("utf-8")) / 1e6
    extract(unit)  # warm-up: OpenCC dictionaries, regex compilation
    best = float("inf")
    n_targets = 0
    for _ in range(args.runs):
        t0 = time.perf_counter()
        res = extract(text)
        best = min(best, time.perf_counter() - t0)
        n_targets = len(res.targets)
    print(f"text: {size_mb:.2f} MB ({len(text):,} chars), {n_targets:,} targets")
    print(f"best of {args.runs}: {best:.2f} s -> {size_mb / best:.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
