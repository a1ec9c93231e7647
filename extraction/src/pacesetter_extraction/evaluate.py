"""Score the extractor against a labelled folder (docs/*.txt + labels.jsonl).

Target match: same doc, same base_value (or value and unit where base_value is
null), same comparator, same growth, overlapping quotes; one-to-one (maximum
bipartite matching; among equally large matchings, pairs whose names and years agree are
preferred). Milestone match: overlapping quotes. On matched targets,
the indicator agrees when one name contains the other (both simplified) and the
year agrees when equal; on matched milestones the same, and a name also agrees when it
is the other with its verb moved from front to back (开工建设城北大桥 / 城北大桥开工建设).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .clean import to_simplified
from .errors import ExtractionError
from .milestone_names import names_no_work, work_of


@dataclass
class EvalReport:
    target_tp: int = 0
    target_pred: int = 0
    target_gold: int = 0
    milestone_tp: int = 0
    milestone_pred: int = 0
    milestone_gold: int = 0
    indicator_ok: int = 0
    year_ok: int = 0
    milestone_name_ok: int = 0
    milestone_year_ok: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_alarms: list[dict[str, Any]] = field(default_factory=list)
    milestone_misses: list[dict[str, Any]] = field(default_factory=list)
    milestone_false_alarms: list[dict[str, Any]] = field(default_factory=list)
    field_errors: list[dict[str, Any]] = field(default_factory=list)

    @staticmethod
    def _prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = tp / pred if pred else (1.0 if not gold else 0.0)
        r = tp / gold if gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    @property
    def targets(self) -> tuple[float, float, float]:
        return self._prf(self.target_tp, self.target_pred, self.target_gold)

    @property
    def milestones(self) -> tuple[float, float, float]:
        return self._prf(self.milestone_tp, self.milestone_pred, self.milestone_gold)

    @property
    def indicator_accuracy(self) -> float:
        return self.indicator_ok / self.target_tp if self.target_tp else 0.0

    @property
    def year_accuracy(self) -> float:
        return self.year_ok / self.target_tp if self.target_tp else 0.0

    def add(self, other: EvalReport) -> None:
        """Pool another report's counts and findings into this one."""
        for name in (
            "target_tp",
            "target_pred",
            "target_gold",
            "milestone_tp",
            "milestone_pred",
            "milestone_gold",
            "indicator_ok",
            "year_ok",
            "milestone_name_ok",
            "milestone_year_ok",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses
        self.false_alarms += other.false_alarms
        self.milestone_misses += other.milestone_misses
        self.milestone_false_alarms += other.milestone_false_alarms
        self.field_errors += other.field_errors

    def format(self) -> str:
        tp, tr, tf = self.targets
        mp, mr, mf = self.milestones
        out = [
            f"targets     precision {tp:.3f}  recall {tr:.3f}  F1 {tf:.3f}  "
            f"(matched {self.target_tp}, predicted {self.target_pred}, gold {self.target_gold})",
            f"milestones  precision {mp:.3f}  recall {mr:.3f}  F1 {mf:.3f}  "
            f"(matched {self.milestone_tp}, predicted {self.milestone_pred}, gold {self.milestone_gold})",
            f"matched targets: indicator {self.indicator_accuracy:.1%} ({self.indicator_ok}/{self.target_tp}), "
            f"year {self.year_accuracy:.1%} ({self.year_ok}/{self.target_tp})",
            f"matched milestones: name {_share(self.milestone_name_ok, self.milestone_tp)}, "
            f"year {_share(self.milestone_year_ok, self.milestone_tp)}",
        ]
        sections = [
            ("target misses (gold not found)", self.misses),
            ("target false alarms (predicted, not in gold)", self.false_alarms),
            ("milestone misses", self.milestone_misses),
            ("milestone false alarms", self.milestone_false_alarms),
            ("field disagreements on matched targets", self.field_errors),
        ]
        for title, rows in sections:
            out.append(f"\n{title}: {len(rows)}")
            for r in rows:
                out.append("  " + _row(r))
        return "\n".join(out)


def _row(r: dict[str, Any]) -> str:
    parts = [r.get("doc", ""), repr(r.get("quote", ""))]
    if "comparator" in r:
        vm = f"-{r['value_max']}" if r.get("value_max") is not None else ""
        parts.append(
            f"{r.get('indicator', '')} {r['comparator']} {r['value']}{vm} {r['unit']} "
            f"growth={r['growth']} year={r.get('year')}"
        )
    elif "indicator" in r:
        parts.append(str(r.get("indicator")))
    if "field" in r:
        parts.append(r["field"])
    return " | ".join(parts)


def _same_number(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(a)))


def _compatible(g: dict[str, Any], p: dict[str, Any]) -> bool:
    if g["base_value"] is None or p["base_value"] is None:
        if not (_same_number(g["value"], p["value"]) and g["unit"] == p["unit"]):
            return False
    elif not _same_number(g["base_value"], p["base_value"]):
        return False
    return g["comparator"] == p["comparator"] and bool(g["growth"]) == bool(p["growth"])


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _match(n_gold: int, n_pred: int, ok: Any) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn); returns pred index → gold index."""
    adj = [[j for j in range(n_gold) if ok(j, i)] for i in range(n_pred)]
    gold_to_pred: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in gold_to_pred or augment(gold_to_pred[j], seen):
                gold_to_pred[j] = i
                return True
        return False

    for i in range(n_pred):
        augment(i, set())
    return {i: j for j, i in gold_to_pred.items()}


def match_spans(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> dict[int, int]:
    """Milestones pair one-to-one where their quotes overlap: pred index → gold index."""
    return _match(len(gold), len(pred), lambda j, i: overlap(gold[j], pred[i]))


def locate(text: str, labels: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Spans of gold quotes: the k-th label with a quote takes its k-th occurrence."""
    seen: dict[str, int] = {}
    spans = []
    for lab in labels:
        q = lab["quote"]
        k = seen.get(q, 0)
        seen[q] = k + 1
        pos, start = -1, 0
        for _ in range(k + 1):
            nxt = text.find(q, start)
            if nxt == -1:
                break
            pos, start = nxt, nxt + 1
        spans.append((pos, pos + len(q)) if pos >= 0 else (-1, -1))
    return spans


def _prefer_agreeing(
    m: dict[int, int], ok: Any, g: list[dict[str, Any]], p: list[dict[str, Any]]
) -> dict[int, int]:
    """Among equally good one-to-one matchings, the one whose pairs agree most: when one figure
    is given for several subjects (甲、乙分别增长20%), which prediction pairs with which label
    is otherwise arbitrary. Pairs are swapped while a swap keeps both matches valid and makes
    more names and years agree."""

    def score(i: int, j: int) -> int:
        return _indicator_agrees(g[j]["indicator"], p[i]["indicator"]) + (
            g[j].get("year") == p[i].get("year")
        )

    preds = sorted(m)
    changed = True
    while changed:
        changed = False
        for a in preds:
            for b in preds:
                ja, jb = m[a], m[b]
                if a < b and ok(jb, a) and ok(ja, b):
                    if score(a, jb) + score(b, ja) > score(a, ja) + score(b, jb):
                        m[a], m[b] = jb, ja
                        changed = True
    return m


def _share(ok: int, of: int) -> str:
    return f"{ok / of if of else 0.0:.1%} ({ok}/{of})"


# Quotation marks set a name off (“小巨人”企业) and change nothing of what it names.
_NAME_MARKS = str.maketrans("", "", ' “”"「」『』‘’')


def _plain(name: str) -> str:
    return to_simplified(name or "").translate(_NAME_MARKS)


def _indicator_agrees(a: str, b: str) -> bool:
    a, b = _plain(a), _plain(b)
    return bool(a and b) and (a in b or b in a)


def _name_agrees(a: str, b: str) -> bool:
    """A milestone's name (b) agrees with the label's (a) as an indicator's does, or when it
    is the same words with the verb moved (开工建设城北大桥 is 城北大桥开工建设); an event
    alone (完工, 开工建设) names no work and agrees with nothing."""
    a, b = _plain(a), _plain(b)
    if names_no_work(work_of(b)):
        return False
    return bool(a) and (a in b or b in a or (len(a) == len(b) and a in b + b))


Predict = Callable[[str, str], dict[str, Any]]


def evaluate(*folders: str | Path, predict: Predict | None = None) -> EvalReport:
    """Run the extractor on folder/docs/* and score it against folder/labels.jsonl; several
    folders are pooled into one report (every count summed). ``predict(text, name)`` stands in
    for the extractor (a second labelling read by ``as_prediction``)."""
    if not folders:
        raise ExtractionError("evaluate() needs at least one labelled folder")
    rep = EvalReport()
    for folder in folders:
        rep.add(_evaluate_one(Path(folder), predict))
    return rep


def as_prediction(text: str, labels: list[dict[str, Any]]) -> dict[str, Any]:
    """Another labelling of a text read as the extractor's output, its quotes located as the
    gold's are: to measure how far two labellers agree."""
    out: dict[str, Any] = {"targets": [], "milestones": []}
    for kind, key in (("target", "targets"), ("milestone", "milestones")):
        own = [dict(lab) for lab in labels if lab.get("kind", "target") == kind]
        for lab, (start, end) in zip(own, locate(text, own), strict=True):
            out[key].append(dict(lab, start=start, end=end))
    return out


def labelled_texts(folder: Path) -> Iterator[tuple[Path, str, list[dict[str, Any]]]]:
    """Each text of a labelled folder with its labels (targets and milestones)."""
    labels_path = folder / "labels.jsonl"
    if not labels_path.is_file() or not (folder / "docs").is_dir():
        raise ExtractionError(f"{folder} is not a labelled corpus (needs docs/ and labels.jsonl)")
    gold: dict[str, list[dict[str, Any]]] = {}
    with labels_path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    lab = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ExtractionError(f"{labels_path}:{n}: not JSON ({exc.msg})") from exc
                gold.setdefault(lab["doc"], []).append(lab)
    for path in sorted((folder / "docs").iterdir()):
        if path.is_file():
            yield path, path.read_text(encoding="utf-8"), gold.get(path.name, [])


def pair_targets(text: str, g: list[dict[str, Any]], p: list[dict[str, Any]]) -> dict[int, int]:
    """Which predicted target (index into p) matches which labelled one (index into g)."""
    gs = locate(text, g)
    ps = [(x["start"], x["end"]) for x in p]

    def ok(j: int, i: int) -> bool:
        return overlap(gs[j], ps[i]) and _compatible(g[j], p[i])

    return _prefer_agreeing(_match(len(g), len(p), ok), ok, g, p)


# A labelled text is named NNNN-place-year-kind.txt; its number is the corpus's, no year
# (doc 1988 or 2041 would otherwise date a text that writes no year of its own).
_DOC_NUMBER_RE = re.compile(r"^\d+-")


def doc_name(path: Path) -> str:
    """The name a labelled text is read under: its file name without the corpus's number."""
    return _DOC_NUMBER_RE.sub("", path.name)


def _evaluate_one(folder: Path, predict: Predict | None = None) -> EvalReport:
    from . import extract  # late import: the package imports this module

    rep = EvalReport()
    for path, text, labels in labelled_texts(folder):
        name = doc_name(path)
        res = predict(text, name) if predict else extract(text, name=name).to_dict()
        for kind in ("target", "milestone"):
            g = [lab for lab in labels if lab.get("kind", "target") == kind]
            p = res["targets"] if kind == "target" else res["milestones"]
            if kind == "target":
                m = pair_targets(text, g, p)
            else:
                m = match_spans(locate(text, g), [(x["start"], x["end"]) for x in p])
            matched_gold = set(m.values())
            misses = [dict(x, doc=path.name) for j, x in enumerate(g) if j not in matched_gold]
            alarms = [dict(x, doc=path.name) for i, x in enumerate(p) if i not in m]
            if kind == "target":
                rep.target_tp += len(m)
                rep.target_pred += len(p)
                rep.target_gold += len(g)
                rep.misses += misses
                rep.false_alarms += alarms
                for i, j in sorted(m.items()):
                    ind_ok = _indicator_agrees(g[j]["indicator"], p[i]["indicator"])
                    year_ok = g[j].get("year") == p[i].get("year")
                    rep.indicator_ok += ind_ok
                    rep.year_ok += year_ok
                    if not ind_ok:
                        rep.field_errors.append(
                            {
                                "doc": path.name,
                                "quote": g[j]["quote"],
                                "field": f"indicator gold={g[j]['indicator']} got={p[i]['indicator']}",
                            }
                        )
                    if not year_ok:
                        rep.field_errors.append(
                            {
                                "doc": path.name,
                                "quote": g[j]["quote"],
                                "field": f"year gold={g[j].get('year')} got={p[i].get('year')}",
                            }
                        )
            else:
                rep.milestone_tp += len(m)
                for i, j in m.items():
                    rep.milestone_name_ok += _name_agrees(g[j]["indicator"], p[i]["indicator"])
                    rep.milestone_year_ok += g[j].get("year") == p[i].get("year")
                rep.milestone_pred += len(p)
                rep.milestone_gold += len(g)
                rep.milestone_misses += misses
                rep.milestone_false_alarms += alarms
    return rep
