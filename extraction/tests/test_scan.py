"""The anchored scans find exactly what the plain patterns find, on every corpus text.

They replace ``finditer`` on hot paths for speed only; any character a match can start
with and the first-character set lacks would lose matches here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pacesetter_extraction.clean import clean
from pacesetter_extraction.context import _SPAN_SCAN
from pacesetter_extraction.quantities import _QTY_SCAN
from pacesetter_extraction.scan import Anchored
from pacesetter_extraction.year_forms import _ROC_YEAR_SCAN, _YEAR_RANGE_SCAN, _YEAR_SCAN

DEV = Path(__file__).resolve().parents[1] / "corpus" / "dev" / "docs"
SCANS = {
    "year": _YEAR_SCAN,
    "roc year": _ROC_YEAR_SCAN,
    "year range": _YEAR_RANGE_SCAN,
    "figure": _QTY_SCAN,
    "span": _SPAN_SCAN,
}
# Forms each scan must find, written for this test.
SAMPLES = (
    "到2030年森林覆盖率达到百分之六十点五,自2019年以来新增点五万亩;未来三年时间内"
    "建成一千两百万平方米,在二〇二六年前完成;用5年时间,今后十年,-2027年后,~2028年底"
    "103至105年,点三亿元,98年底前,2021年-2025年,二〇二一至二〇二五年"
)


def _spans(it: object) -> list[tuple[int, int]]:
    return [m.span() for m in it]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", SCANS)
def test_anchored_scan_finds_what_the_pattern_finds(name: str) -> None:
    scan = SCANS[name]
    texts = [SAMPLES] + [
        clean(p.read_text(encoding="utf-8")).analysis for p in sorted(DEV.glob("*.txt"))
    ]
    found = 0
    for text in texts:
        for start, end in ((0, len(text)), (3, len(text) // 2), (len(text) // 3, len(text) - 1)):
            expected = _spans(scan.pattern.finditer(text, start, end))
            assert _spans(scan.finditer(text, start, end)) == expected, (name, text[:40])
            found += len(expected)
    assert found > 0


def test_a_character_missing_from_the_set_loses_matches() -> None:
    # The check above can fail: a set without 点 misses 点五万亩.
    rx = re.compile(r"(?<!\d)(?:[点一二三四五]+)万亩")
    assert _spans(Anchored(rx, "一二三四五").finditer("新增点五万亩")) != _spans(
        rx.finditer("新增点五万亩")
    )
