"""Train the plausibility screen (plausibility.json) from labelled folders.

    python -m pacesetter_extraction.plausibility_training extraction/corpus/dev \
        ../shared/corpus [--cv]

Every target the rules find in a labelled text is an example: plausible when it matches a
label as ``evaluate`` pairs them. So is every figure the rules would keep with their filters
off (``filters_off``: no past, list, descriptor or retold check), at a small weight: the rules
were written against these texts, so what their filters catch here is what slips past them in
texts they have not seen, and the screen should know it too. ``--cv`` also scores the screen
by ten-fold cross-validation grouped by labelled set (each set's figures are judged by a model
that never saw that set or its labeller's habits), which is the estimate of what it does on
unseen texts. Needs scikit-learn (the ``train`` extra); reading the weights does not.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .clean import clean, without_surrogates
from .evaluate import doc_name, labelled_texts, pair_targets
from .filters_off import filters_off
from .plausibility import WEIGHTS, features, guarded, text_year

MIN_TEXTS = 10  # a feature seen in fewer texts gets no weight: no weight stands for one text
C = 0.2  # inverse L2 strength, chosen by the cross-validation in docs/extraction.md (session 27)
THRESHOLD = 0.25  # the cross-validation's best in docs/extraction.md (session 28)
FILTERED_WEIGHT = 0.05  # a filtered figure's weight beside a kept one's 1 (session 30)


@dataclass
class Examples:
    feats: list[set[str]] = field(default_factory=list)
    plausible: list[bool] = field(default_factory=list)
    sure: list[bool] = field(default_factory=list)  # guarded: the screen never drops it
    texts: list[str] = field(default_factory=list)
    labelled: int = 0  # labelled targets in all, for recall
    n_texts: dict[str, int] = field(default_factory=dict)  # texts per folder
    filtered: set[int] = field(default_factory=set)  # rows the rules' filters drop: train only


def examples(*folders: str | Path) -> Examples:
    from . import extract  # late import: the package imports plausibility, not this module

    ex = Examples()
    for folder in folders:
        name = Path(folder).resolve().name
        for path, text, labels in labelled_texts(Path(folder)):
            ex.n_texts[name] = ex.n_texts.get(name, 0) + 1
            gold = [lab for lab in labels if lab.get("kind", "target") == "target"]
            found = extract(text, name=doc_name(path), screen=False).targets
            with filters_off():
                unfiltered = extract(text, name=doc_name(path), screen=False).targets
            kept = {(t.start, t.end, t.value, t.unit) for t in found}
            dropped = [t for t in unfiltered if (t.start, t.end, t.value, t.unit) not in kept]
            doc = clean(without_surrogates(text))
            matched = pair_targets(text, gold, [t.to_dict() for t in found])
            rest = [g for j, g in enumerate(gold) if j not in set(matched.values())]
            year = text_year(found)
            ex.labelled += len(gold)
            for targets, paired, filtered in (
                (found, matched, False),
                (dropped, pair_targets(text, rest, [t.to_dict() for t in dropped]), True),
            ):
                for i, t in enumerate(targets):
                    if filtered:
                        ex.filtered.add(len(ex.plausible))
                    ex.feats.append(set(features(doc, t, year)))
                    ex.plausible.append(i in paired)
                    ex.sure.append(guarded(doc, t))
                    ex.texts.append(f"{name}/{path.name}")
    return ex


def _vocabulary(ex: Examples, rows: list[int]) -> dict[str, int]:
    seen_in: dict[str, set[str]] = defaultdict(set)
    for i in rows:
        for f in ex.feats[i]:
            seen_in[f].add(ex.texts[i])
    kept = sorted(f for f, texts in seen_in.items() if len(texts) >= MIN_TEXTS)
    return {f: n for n, f in enumerate(kept)}


def matrix(ex: Examples, rows: list[int], vocab: dict[str, int]) -> Any:
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    r, c = [], []
    for n, i in enumerate(rows):
        for f in ex.feats[i]:
            if f in vocab:
                r.append(n)
                c.append(vocab[f])
    return csr_matrix(([1.0] * len(r), (r, c)), shape=(len(rows), len(vocab)))


def fit(ex: Examples, rows: list[int]) -> tuple[Any, dict[str, int]]:
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    vocab = _vocabulary(ex, rows)
    model = LogisticRegression(C=C, max_iter=5000)
    weight = [FILTERED_WEIGHT if i in ex.filtered else 1.0 for i in rows]
    model.fit(matrix(ex, rows, vocab), [ex.plausible[i] for i in rows], sample_weight=weight)
    return model, vocab


def weights_data(ex: Examples, about: str, threshold: float) -> dict[str, Any]:
    """A model fitted on every example, as a weights file holds it."""
    model, vocab = fit(ex, list(range(len(ex.plausible))))
    weights = {f: round(float(w), 4) for f, w in zip(vocab, model.coef_[0], strict=True)}
    return {
        "about": about,
        "texts": ex.n_texts,
        "examples": len(ex.plausible),
        "threshold": threshold,
        "bias": round(float(model.intercept_[0]), 4),
        "weights": {f: w for f, w in weights.items() if w},
    }


def train(ex: Examples) -> dict[str, Any]:
    return weights_data(
        ex,
        "pacesetter_extraction.plausibility weights; regenerate with "
        "python -m pacesetter_extraction.plausibility_training extraction/corpus/dev "
        "../shared/corpus",
        THRESHOLD,
    )


def labelled_set(text: str) -> str:
    """dev/1234-name.txt was labelled with docs 1231–1240, by one hand; other names stand alone."""
    folder, _, name = text.partition("/")
    number = re.match(r"\d+", name)
    return f"{folder}/{(int(number.group()) - 1) // 10}" if number else text


def out_of_fold(ex: Examples, folds: int = 10) -> list[float]:
    """Each example's probability by a model trained without its labelled set (a filtered
    row is only trained on: 0)."""
    from sklearn.model_selection import GroupKFold  # type: ignore[import-untyped]

    prob = [0.0] * len(ex.plausible)
    sets = [labelled_set(t) for t in ex.texts]
    judged = [i for i in range(len(ex.plausible)) if i not in ex.filtered]
    for train_at, test_at in GroupKFold(folds).split(judged, groups=[sets[i] for i in judged]):
        test_rows = [judged[k] for k in test_at]
        unseen = {sets[i] for i in test_rows}
        train_rows = [judged[k] for k in train_at]
        train_rows += [i for i in sorted(ex.filtered) if sets[i] not in unseen]
        model, vocab = fit(ex, train_rows)
        p = model.predict_proba(matrix(ex, test_rows, vocab))[:, 1]
        for i, pi in zip(test_rows, p, strict=True):
            prob[i] = float(pi)
    return prob


def cross_validate(ex: Examples, folds: int = 10) -> list[tuple[float, float, float, float]]:
    """(threshold, precision, recall, F1) of the screened targets, each labelled set judged by
    a model trained without it; threshold 0 is the rules alone."""
    prob = out_of_fold(ex, folds)
    out = []
    for t in (0.0, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4):
        kept = [
            ok
            for i, (ok, sure, pi) in enumerate(zip(ex.plausible, ex.sure, prob, strict=True))
            if i not in ex.filtered and (sure or pi >= t)
        ]
        tp = sum(kept)
        prec, rec = tp / max(1, len(kept)), tp / max(1, ex.labelled)
        out.append((t, prec, rec, 2 * tp / max(1, len(kept) + ex.labelled)))
    return out


def arguments(doc: str, weights: Path, argv: list[str] | None) -> argparse.Namespace:
    """The command line both trainers read: labelled folders, --cv, --out."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("folders", nargs="+", help="labelled folders (docs/ and labels.jsonl)")
    ap.add_argument("--cv", action="store_true", help="also print ten-fold cross-validation")
    ap.add_argument("--out", default=str(weights), help="where to write the weights")
    return ap.parse_args(argv)


def write(path: str, data: dict[str, Any]) -> None:
    Path(path).write_text(
        json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> None:
    args = arguments(__doc__ or "", WEIGHTS, argv)
    ex = examples(*args.folders)
    data = train(ex)
    write(args.out, data)
    n = sum(ex.n_texts.values())
    print(f"{n} texts, {len(ex.plausible)} figures, {len(data['weights'])} weights")
    if args.cv:
        for t, p, r, f in cross_validate(ex):
            print(f"threshold {t:.2f}: precision {p:.3f} recall {r:.3f} F1 {f:.4f}")


if __name__ == "__main__":
    main()
