"""Milestones the rules do not name, found by their verb and judged by a learnt model.

The rules (milestones.py) keep a clause as a milestone only when it has a form they know;
many a plan's events are told in others (主体工程年底封顶, 明年上半年完成招标). Every clause in
which the rules find nothing but which holds an event verb (开工, 建成, 完成, 制定, 招标, 揭牌…) is
a candidate. A logistic regression over the clause's characters, its verbs and where they
stand, the words before it in its sentence, its time (past or to come, a year or a deadline)
and whether it holds a target's figure gives each one a probability; those at or above the
threshold are kept, each with its probability as its confidence. The weights are trained by
``milestone_training`` from the labelled texts and kept in ``milestone_screen.json``; only
features seen in at least ten texts are kept, so that no weight stands for one text's words.
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from . import vocab
from .clause_times import ClauseCtx
from .clean import Cleaned
from .milestone_names import END_VERBS, MANNER_WORDS, loose_name
from .model import Milestone
from .no_milestone import names_nothing, reported_day

WEIGHTS = Path(__file__).with_name("milestone_screen.json")
# Verbs of an event a plan can check: a work started, finished, opened or handed over, a
# document drawn up or issued, a body set up, a tender, a move, a designation won.
EVENT_VERBS = sorted(
    set(END_VERBS)
    | set(vocab.MILESTONE_VERBS_FRONT)
    | set(vocab.WORK_EVENT_VERBS)
    | set(vocab.MILESTONE_USE_VERBS)
    | {
        *("制定", "编制", "修订", "提交", "招标", "批出", "交付", "搬迁", "迁入", "入伙"),
        *("复工", "签约", "验收", "封顶", "合龙", "开学", "招生", "举办"),
        *("兴建", "开园", "开业", "落户", "引进", "重启", "揭牌", "挂牌", "蓄水", "发电"),
        *("并网", "营运", "运行", "开放", "投入使用", "投入运营", "动工", "开建"),
    }
)
_EVENT_RE = re.compile(vocab.alt(EVENT_VERBS))
_DIGIT = re.compile(r"[0-9]")
_TO_COME_RE = re.compile(r"将|要|预计|计划|拟|力争|确保|争取|预定|年内|年底|明年|月底|前")
_DONE_RE = re.compile(r"已|目前|曾|过去|去年|了")
_WHEN_RE = re.compile(r"(?:19|20)\d\d年|今年|明年|年底|年内|\d{1,2}月")
_MANNER_RE = re.compile("|".join(MANNER_WORDS))  # 全部完成 repeats 完成


@dataclass(slots=True)
class Loose:
    """A clause with an event verb in which the rules found no milestone."""

    milestone: Milestone
    clause: str  # the clause, in the analysis text
    lead: str  # its sentence before it
    state: str  # past or future at its end
    framed: bool  # an earlier sentence of its paragraph looks ahead
    figure: bool  # it holds a target's figure
    index: int  # its place in its sentence


def candidate(doc: Cleaned, ctx: ClauseCtx, ends: list[int]) -> Loose | None:
    """The clause as a candidate, or None when it holds no event verb, tells the day something
    was done or names nothing (no_milestone). ``ends``: where the text's targets end, sorted."""
    an, cl = doc.analysis, ctx.clause
    whole = an[cl.start : cl.end].rstrip("。!? ")
    verbs = set(_EVENT_RE.findall(whole))
    if not verbs:
        return None
    lead = an[ctx.sentence.start : cl.start]
    if reported_day(lead + whole):
        return None
    name = loose_name(an, whole, ctx.sentence, ctx.index, ctx.line, cl)
    if names_nothing(name, verbs):
        return None
    quote, s, e = doc.quote(cl.start, cl.start + len(whole))
    k = bisect.bisect_right(ends, s)
    return Loose(
        Milestone(quote=quote, start=s, end=e, indicator=name, year=ctx.year),
        whole,
        lead,
        ctx.state,
        ctx.framed,
        k < len(ends) and ends[k] <= e,
        ctx.index,
    )


def _grams(s: str, tag: str) -> set[str]:
    return {tag + c for c in s} | {tag + s[i : i + 2] for i in range(len(s) - 1)}


def features(c: Loose) -> set[str]:
    """What the model sees of a candidate, every digit read as 0."""
    whole, lead = _DIGIT.sub("0", c.clause), _DIGIT.sub("0", c.lead[-8:])
    verbs = _EVENT_RE.findall(whole)
    out = _grams(whole, "c:") | _grams(lead, "l:")
    out |= {"v:" + v for v in verbs}
    out |= {"ve:" + v for v in verbs if whole.endswith(v)}
    out |= {"vs:" + v for v in verbs if whole.startswith(v)}
    out |= {"e2:" + whole[-2:], "b2:" + whole[:2], "s:" + c.state, f"fr:{c.framed}"}
    out |= {f"fig:{c.figure}", f"len:{min(len(whole) // 6, 6)}", f"ci:{min(c.index, 4)}"}
    out.add(f"to:{bool(_TO_COME_RE.search(c.lead + c.clause))}")
    out.add(f"done:{bool(_DONE_RE.search(c.clause))}")
    out.add(f"when:{bool(_WHEN_RE.search(c.lead + c.clause))}")
    return out


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, float], float, float]:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return data["weights"], float(data["bias"]), float(data["threshold"])


def probability(feats: set[str]) -> float:
    weights, bias, _ = _model()
    z = bias + sum(map(weights.get, feats, repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


def screen(candidates: list[Loose], found: list[Milestone]) -> list[Milestone]:
    """The candidates the model finds likely enough, each with its probability; one that
    repeats an event the rules found (城西康复中心工程…完成,全部完成) is that event."""
    threshold = _model()[2]
    known = {_MANNER_RE.sub("", m.indicator) for m in found}
    kept = []
    for c in candidates:
        p = probability(features(c))
        if p >= threshold and _MANNER_RE.sub("", c.milestone.indicator) not in known:
            kept.append(dataclasses.replace(c.milestone, confidence=round(p, 2)))
    return kept
