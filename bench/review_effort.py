"""Clicks to correct an imported plan on the review page, with and without section-level reject.

Plain script, no Django:

    python bench/review_effort.py [--docs]

For each labelled text of extraction/corpus/dev and ../shared/corpus, the extractor's targets
and milestones are matched to the labels by the extractor's own evaluation (``evaluate``: a
prediction it reports as a false alarm is a false candidate), and each is placed under the
document's level-1 heading as the review page groups it (``outline.headings_at``). Clicks to
reach the labelled set:

  (a) one by one: one click per false candidate;
  (b) with section reject: a section whose candidates are all false costs one click,
      any other one click per false candidate in it.

Both end with one "accept all pending" click for the true ones, left out of both counts.
Projects are not labelled, so they are not counted; a section-level reject would reject the
projects of the section too: "projects swept" counts those, for the reader to weigh.
Labels the extractor missed cost the same typing either way and are not counted.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "extraction" / "src"))

from pacesetter_extraction import extract  # noqa: E402
from pacesetter_extraction.evaluate import evaluate  # noqa: E402
from pacesetter_extraction.outline import Heading, headings_at, outline  # noqa: E402

CORPORA = {
    "dev": REPO / "extraction" / "corpus" / "dev",
    "shared": REPO.parent / "shared" / "corpus",
}
KINDS = {"target": "targets", "milestone": "milestones"}


@dataclass
class Effort:
    docs: int = 0
    candidates: int = 0
    false: int = 0
    one_by_one: int = 0
    by_section: int = 0
    sections_cleared: int = 0  # sections rejected with one click
    projects_swept: int = 0
    rows: list[tuple[str, int, int, int, int]] = field(default_factory=list)

    def add(self, other: Effort) -> None:
        for name in (
            "docs",
            "candidates",
            "false",
            "one_by_one",
            "by_section",
            "sections_cleared",
            "projects_swept",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _key(doc: str, kind: str, record: dict) -> tuple[str, str, str]:
    return doc, kind, json.dumps(record, sort_keys=True, ensure_ascii=False)


def false_candidates(folder: Path) -> Counter[tuple[str, str, str]]:
    """The predictions the extractor's evaluation reports as false alarms (a multiset: the
    same record twice in a text, matched once, is one false candidate)."""
    report = evaluate(folder)
    false: Counter[tuple[str, str, str]] = Counter()
    for kind, alarms in (
        ("target", report.false_alarms),
        ("milestone", report.milestone_false_alarms),
    ):
        for alarm in alarms:
            record = {k: v for k, v in alarm.items() if k != "doc"}
            false[_key(alarm["doc"], kind, record)] += 1
    return false


def section_of(headings: list[Heading], start: int) -> str:
    top, _sub = headings_at(headings, start)
    return top.title[:200] if top else ""  # as planimport.drafting stores Candidate.section


def corpus_effort(folder: Path) -> Effort:
    false = false_candidates(folder)
    total = Effort()
    for path in sorted((folder / "docs").iterdir()):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        result = extract(text).to_dict()
        headings = outline(text)
        # section → [candidates, false ones]
        per_section: dict[str, list[int]] = {}
        for kind, key in KINDS.items():
            for record in result[key]:
                counts = per_section.setdefault(section_of(headings, record["start"]), [0, 0])
                counts[0] += 1
                k = _key(path.name, kind, record)
                if false[k]:
                    false[k] -= 1
                    counts[1] += 1
        projects = Counter(section_of(headings, p["start"]) for p in result["projects"])
        doc = Effort(docs=1)
        for section, (n, n_false) in per_section.items():
            doc.candidates += n
            doc.false += n_false
            doc.one_by_one += n_false
            if n_false and n_false == n and n_false > 1:
                doc.by_section += 1
                doc.sections_cleared += 1
                doc.projects_swept += projects[section]
            else:
                doc.by_section += n_false
        total.add(doc)
        total.rows.append((path.name, doc.candidates, doc.false, doc.one_by_one, doc.by_section))
    assert not +false, f"false alarms not found again: {list(+false)[:3]}"
    return total


def _saved(e: Effort) -> str:
    return f"{1 - e.by_section / e.one_by_one:.0%}" if e.one_by_one else "–"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", action="store_true", help="also print one row per text")
    args = ap.parse_args()
    efforts = {name: corpus_effort(folder) for name, folder in CORPORA.items() if folder.is_dir()}
    if not efforts:
        print("no labelled corpus found", file=sys.stderr)
        return 1
    total = Effort()
    for effort in efforts.values():
        total.add(effort)
    print(
        "| corpus | texts | candidates | false | clicks one by one | clicks with section reject "
        "| saved | sections cleared in one click | projects swept |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, e in [*efforts.items(), ("total", total)]:
        print(
            f"| {name} | {e.docs} | {e.candidates} | {e.false} | {e.one_by_one} | "
            f"{e.by_section} | {_saved(e)} | {e.sections_cleared} | {e.projects_swept} |"
        )
    if args.docs:
        print("\n| text | candidates | false | one by one | with section reject |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for e in efforts.values():
            for row in e.rows:
                if row[2]:
                    print("| " + " | ".join(map(str, row)) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
