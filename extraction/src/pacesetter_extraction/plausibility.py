"""How plausible a figure the rules keep is as a goal, learnt from the labelled corpus.

The rules find a figure and read its time, comparator and name; some of what they keep is
still no goal to a plan office (a size that describes, a result told in a plan's voice). A
logistic regression over the figure's surroundings (the characters of its clause before and
after it, its quote, its name, the opening of its paragraph, its unit and comparator, how far
its year is from the text's) gives each one a probability; a figure below the threshold is
dropped, unless its own clause sets it as a goal (``guarded``), and the others
carry it as their confidence. The weights are trained by ``plausibility_training`` from the
labelled texts (``extraction/corpus/dev`` and the shared corpus) and kept in
``plausibility.json``; only features seen in at least ten texts are kept, so that no weight
stands for one text's words. Reading them needs nothing beyond the standard library.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from .clean import Cleaned
from .model import Target

WEIGHTS = Path(__file__).with_name("plausibility.json")
_CLAUSE_END = re.compile(r"[。！？!?；;\n]")
_DIGIT = re.compile(r"[0-9]")


def _grams(s: str, longest: int, tag: str) -> list[str]:
    out = [tag + c for c in s]
    for n in range(2, longest + 1):
        out += [tag + s[i : i + n] for i in range(len(s) - n + 1)]
    return out


def _around(doc: Cleaned, t: Target) -> tuple[str, str, str, int]:
    """The figure's clause before it (up to 30 characters), its quote, its clause after it (up
    to 15), and where it starts, all in the cleaned, simplified text."""
    text = doc.analysis
    s, e = bisect_left(doc.index, t.start), bisect_left(doc.index, t.end)
    left = text[max(0, s - 80) : s]
    stops = list(_CLAUSE_END.finditer(left))
    left = (left[stops[-1].end() :] if stops else left)[-30:]
    right = text[e : e + 40]
    stop = _CLAUSE_END.search(right)
    return left, text[s:e], (right[: stop.start()] if stop else right)[:15], s


def features(doc: Cleaned, t: Target, text_year: int | None) -> list[str]:
    """What the model sees of one figure: its clause around it, its quote and name, the
    opening of its paragraph, its unit, comparator and kind, and its year against the text's.
    All read in the cleaned, simplified text: no script or debris tells a goal. Every digit is
    read as 0: how a figure is written tells a goal, which number it is does not (weights on
    single numbers made one of three parallel goals fall under the threshold)."""
    text = doc.analysis
    left, quote, right, s = _around(doc, t)
    left, quote, right = (_DIGIT.sub("0", x) for x in (left, quote, right))
    para = text.rfind("\n", 0, s) + 1
    out = _grams(left, 3, "l:") + ["le:" + left[-k:] for k in (1, 2, 3) if len(left) >= k]
    out += _grams(quote, 2, "q:")
    out += _grams(right, 2, "r:") + ["rb:" + right[:k] for k in (1, 2) if len(right) >= k]
    out += _grams(_DIGIT.sub("0", text[para : para + 12]), 2, "p:")
    out += _grams(_DIGIT.sub("0", t.indicator), 2, "i:")
    out += [
        "u:" + t.unit,
        "c:" + t.comparator,
        "g:" + str(t.growth),
        f"conf:{t.confidence:.1f}",
        f"pos:{int(s / max(1, len(text)) * 5)}",
        f"lenL:{min(len(left) // 5, 6)}",
    ]
    if t.year is None:
        out.append("y:none")
    elif text_year is not None:
        out.append(f"yd:{max(-3, min(3, t.year - text_year))}")
    return out


def text_year(targets: list[Target]) -> int | None:
    """The year most of a text's figures are for (the first such year on a tie)."""
    years = Counter(t.year for t in targets if t.year)
    return years.most_common(1)[0][0] if years else None


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, float], float, float]:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return data["weights"], float(data["bias"]), float(data["threshold"])


def probability(feats: list[str]) -> float:
    weights, bias, _ = _model()
    z = bias + sum(map(weights.get, set(feats), repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


# The rules' confidence when a figure's own clause has a goal marker inside a plan section
# (targets.py), and the words that set a figure as a goal in its own clause: the screen does
# not overrule either, it only passes on its doubt.
RULES_SURE = 0.9
EVEN_ODDS = 0.5
_SETS_GOAL = re.compile(r"力争|确保|目标")


def guarded(doc: Cleaned, t: Target) -> bool:
    """A figure the screen may doubt but not drop."""
    if t.confidence >= RULES_SURE:
        return True
    left, quote, _, _ = _around(doc, t)
    return bool(_SETS_GOAL.search(left + quote))


def screen(doc: Cleaned, targets: list[Target]) -> list[Target]:
    """The targets the model finds plausible, each with its probability as its confidence; a
    guarded one under even odds keeps the rules' confidence instead."""
    threshold = _model()[2]
    year = text_year(targets)
    kept = []
    for t in targets:
        p = probability(features(doc, t, year))
        if p < EVEN_ODDS and guarded(doc, t):
            p = max(p, t.confidence)  # the clause's own goal word outweighs the doubt
        if p >= threshold:
            kept.append(dataclasses.replace(t, confidence=round(p, 2)))
    return kept
