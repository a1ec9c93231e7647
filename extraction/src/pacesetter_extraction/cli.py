"""Command line: ``pacesetter-extract FILE [--json]`` and ``pacesetter-extract --eval DIR``.

``main(argv)`` returns an exit code so the main ``pacesetter`` CLI can
delegate ``pacesetter extract ...`` to it.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import TextIO

from .errors import ExtractionError
from .model import Result


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _cut(s: str, n: int) -> str:
    if _width(s) <= n:
        return s
    out, w = "", 0
    for c in s:
        cw = _width(c)
        if w + cw > n - 1:
            return out + "…"
        out += c
        w += cw
    return out


def _pad(s: str, n: int) -> str:
    s = _cut(s, n)
    return s + " " * (n - _width(s))


def format_table(res: Result) -> str:
    lines = [f"targets: {len(res.targets)}"]
    header = f"  {_pad('indicator', 28)} {_pad('cmp', 3)} {_pad('value', 16)} {_pad('year', 5)} {_pad('g', 1)} quote"
    lines.append(header)
    for t in res.targets:
        val = f"{t.value:g}" + (f"-{t.value_max:g}" if t.value_max is not None else "") + t.unit
        lines.append(
            f"  {_pad(t.indicator or '?', 28)} {_pad(t.comparator, 3)} {_pad(val, 16)} "
            f"{_pad(str(t.year or ''), 5)} {'g' if t.growth else ' '} {_cut(t.quote, 50)}"
        )
    lines.append(f"\nmilestones: {len(res.milestones)}")
    for m in res.milestones:
        lines.append(f"  {_pad(str(m.year or ''), 5)} {_cut(m.quote, 70)}")
    lines.append(f"\nprojects: {len(res.projects)}")
    for p in res.projects:
        lines.append(f"  {_pad(p.name, 30)} {_cut(p.quote, 50)}")
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="pacesetter-extract",
        description="Extract forward-looking targets, milestones and projects from a plan document.",
    )
    ap.add_argument(
        "file", nargs="?", help="text (UTF-8/GB18030/Big5), HTML, .docx or PDF; '-' reads stdin"
    )
    ap.add_argument(
        "--json", action="store_true", help="print one JSON object {targets, milestones, projects}"
    )
    ap.add_argument(
        "--eval",
        metavar="DIR",
        action="append",
        help="score against a labelled folder (docs/ and labels.jsonl); repeat to pool folders",
    )
    return ap


def main(argv: list[str] | None = None, stdout: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    ap = build_parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help and on usage errors
        return int(exc.code or 0)
    from . import evaluate, extract, read_document

    try:
        if args.eval:
            try:
                print(evaluate(*args.eval).format(), file=out)
            except BrokenPipeError:  # `… --eval DIR | head`: the reader has what it wanted
                sys.stderr.close()
            return 0
        if not args.file:
            ap.print_usage(sys.stderr)
            print("pacesetter-extract: error: give a FILE or --eval DIR", file=sys.stderr)
            return 2
        text = (
            read_document(sys.stdin.buffer.read()) if args.file == "-" else read_document(args.file)
        )
        res = extract(text, name="" if args.file == "-" else Path(args.file).name)
    except ExtractionError as exc:
        print(f"pacesetter-extract: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(res.to_dict(), ensure_ascii=False, indent=2), file=out)
    else:
        print(format_table(res), file=out)
    return 0


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main(sys.argv[1:]))
