"""Train the milestone screen (milestone_screen.json) from labelled folders.

    python -m pacesetter_extraction.milestone_training extraction/corpus/dev \
        ../shared/corpus [--cv]

Every clause with an event verb in which the rules find no milestone is an example: a
milestone when it overlaps a labelled one that no milestone of the rules' overlaps. ``--cv``
also scores the rules' milestones with the screened ones added by ten-fold cross-validation
grouped by labelled set, as ``plausibility_training`` does for targets. Needs scikit-learn
(the ``train`` extra); reading the weights does not.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .evaluate import doc_name, labelled_texts, locate, match_spans, overlap
from .milestone_screen import WEIGHTS, features
from .plausibility_training import Examples, arguments, out_of_fold, weights_data, write

THRESHOLD = 0.3  # the cross-validation's best in docs/extraction.md (session 29)


@dataclass
class Case:
    """One labelled text: its labelled milestones, the rules' and its candidates' rows."""

    gold: list[tuple[int, int]]
    rules: list[tuple[int, int]]
    rows: range
    spans: list[tuple[int, int]]  # the candidates' spans, in the order of their rows


def examples(*folders: str | Path) -> tuple[Examples, list[Case]]:
    from . import read_rules  # late import: the package imports the screen, not this module

    ex, cases = Examples(), []
    for folder in folders:
        name = Path(folder).resolve().name
        for path, text, labels in labelled_texts(Path(folder)):
            ex.n_texts[name] = ex.n_texts.get(name, 0) + 1
            gold = locate(text, [lab for lab in labels if lab.get("kind") == "milestone"])
            read = read_rules(text, name=doc_name(path))
            rules = [(m.start, m.end) for m in read.milestones]
            open_gold = [g for g in gold if not any(overlap(g, r) for r in rules)]
            first = len(ex.plausible)
            for c in read.loose:
                span = (c.milestone.start, c.milestone.end)
                ex.feats.append(features(c))
                ex.plausible.append(any(overlap(g, span) for g in open_gold))
                ex.texts.append(f"{name}/{path.name}")
            spans = [(c.milestone.start, c.milestone.end) for c in read.loose]
            cases.append(Case(gold, rules, range(first, len(ex.plausible)), spans))
            ex.labelled += len(gold)
    return ex, cases


def train(ex: Examples) -> dict[str, Any]:
    return weights_data(
        ex,
        "pacesetter_extraction.milestone_screen weights; regenerate with "
        "python -m pacesetter_extraction.milestone_training extraction/corpus/dev "
        "../shared/corpus",
        THRESHOLD,
    )


def cross_validate(
    ex: Examples, cases: list[Case], folds: int = 10
) -> list[tuple[float, float, float, float]]:
    """(threshold, precision, recall, F1) of the rules' milestones with the screened ones
    added, each labelled set judged by a model trained without it; threshold 1.01 is the rules
    alone."""
    prob = out_of_fold(ex, folds)
    out = []
    for t in (1.01, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
        tp = pred = 0
        for case in cases:
            kept = [s for s, i in zip(case.spans, case.rows, strict=True) if prob[i] >= t]
            spans = case.rules + kept
            tp += len(match_spans(case.gold, spans))
            pred += len(spans)
        prec, rec = tp / max(1, pred), tp / max(1, ex.labelled)
        out.append((t, prec, rec, 2 * tp / max(1, pred + ex.labelled)))
    return out


def main(argv: list[str] | None = None) -> None:
    args = arguments(__doc__ or "", WEIGHTS, argv)
    ex, cases = examples(*args.folders)
    data = train(ex)
    write(args.out, data)
    n = sum(ex.n_texts.values())
    print(f"{n} texts, {len(ex.plausible)} candidates, {len(data['weights'])} weights")
    if args.cv:
        for t, p, r, f in cross_validate(ex, cases):
            print(f"threshold {t:.2f}: precision {p:.3f} recall {r:.3f} F1 {f:.4f}")


if __name__ == "__main__":
    main()
