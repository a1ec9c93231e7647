"""How far two labellings of the same texts agree, beside how far the extractor agrees with each.

Plain script (no assertions):

    python bench/labelling_agreement.py

The second labelling (`extraction/corpus/second_labelling/labels.jsonl`) was made by other
hands, from the texts and the written rules alone, for twenty dev texts whose first labelling is
in `extraction/corpus/dev/labels.jsonl`. It is read as if it were the extractor's output and
scored against the first with evaluate()'s own matching; then the extractor is scored against
each labelling.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "extraction" / "src"))

from pacesetter_extraction import EvalReport, evaluate  # noqa: E402
from pacesetter_extraction.evaluate import as_prediction  # noqa: E402

CORPUS = REPO / "extraction" / "corpus"


def _labels(path: Path) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            lab = json.loads(line)
            out.setdefault(lab["doc"], []).append(lab)
    return out


def _folder(root: Path, docs: list[str], labels: dict[str, list[dict]]) -> Path:
    (root / "docs").mkdir(parents=True)
    for name in docs:
        shutil.copy(CORPUS / "dev" / "docs" / name, root / "docs" / name)
    rows = [json.dumps(lab, ensure_ascii=False) for name in docs for lab in labels.get(name, [])]
    (root / "labels.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root


def _line(what: str, r: EvalReport) -> str:
    p, rc, f1 = r.targets
    return (
        f"{what:44s} targets P {p:.3f} R {rc:.3f} F1 {f1:.3f} ({r.target_tp}/{r.target_pred}/"
        f"{r.target_gold})  milestones F1 {r.milestones[2]:.3f}  names {r.indicator_accuracy:.1%}"
        f"  years {r.year_accuracy:.1%}"
    )


def main() -> None:
    second = _labels(CORPUS / "second_labelling" / "labels.jsonl")
    first = _labels(CORPUS / "dev" / "labels.jsonl")
    docs = sorted(second)
    with tempfile.TemporaryDirectory() as tmp:
        a = _folder(Path(tmp) / "first", docs, first)
        b = _folder(Path(tmp) / "second", docs, second)
        print(f"{len(docs)} texts")
        agree = evaluate(a, predict=lambda text, name: as_prediction(text, second.get(name, [])))
        print(_line("second labelling against the first", agree))
        print(_line("extractor against the first labelling", evaluate(a)))
        print(_line("extractor against the second labelling", evaluate(b)))


if __name__ == "__main__":
    main()
