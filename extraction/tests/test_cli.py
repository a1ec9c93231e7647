"""The pacesetter-extract command line (cli.main is also what `pacesetter extract` calls)."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pacesetter_extraction.cli import main

DOC = "2025年主要预期目标:地区生产总值增长6%左右,城镇新增就业2000人以上。加快创建省级全域旅游示范县。\n"
TARGET_FIELDS = {
    "quote",
    "start",
    "end",
    "indicator",
    "growth",
    "comparator",
    "value",
    "value_max",
    "unit",
    "base_value",
    "year",
    "confidence",
}


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, stdout=out)
    return code, out.getvalue()


def test_json_output_has_exactly_the_contract_fields(tmp_path: Path) -> None:
    p = tmp_path / "plan.txt"
    p.write_text(DOC, encoding="utf-8")
    code, out = run([str(p), "--json"])
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"targets", "milestones", "projects"}
    assert len(data["targets"]) == 2
    for t in data["targets"]:
        assert set(t) == TARGET_FIELDS
        assert DOC[t["start"] : t["end"]] == t["quote"]
    assert set(data["milestones"][0]) == {
        "quote",
        "start",
        "end",
        "indicator",
        "year",
        "confidence",
    }
    assert data["targets"][0]["comparator"] == "~" and data["targets"][0]["growth"] is True


def test_table_output(tmp_path: Path) -> None:
    p = tmp_path / "plan.txt"
    p.write_text(DOC, encoding="utf-8")
    code, out = run([str(p)])
    assert code == 0
    assert "targets: 2" in out and "地区生产总值" in out and "milestones: 1" in out


def test_missing_file_exit_code_and_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run([str(tmp_path / "nope.txt")])
    assert code == 1
    assert "cannot open" in capsys.readouterr().err


def test_empty_file_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert run([str(p)])[0] == 1
    assert "empty" in capsys.readouterr().err


def test_no_arguments_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run([])[0] == 2


def test_help_returns_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--help"])[0] == 0
    assert "--eval" in capsys.readouterr().out


def test_eval_prints_scores(corpus_dir: Path) -> None:
    code, out = run(["--eval", str(corpus_dir)])
    assert code == 0
    assert out.startswith("targets     precision")
    assert "milestones  precision" in out and "indicator" in out and "year" in out


def test_eval_on_a_folder_that_is_not_a_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--eval", str(tmp_path)])[0] == 1
    assert "labelled corpus" in capsys.readouterr().err


def test_eval_on_a_small_corpus(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(DOC, encoding="utf-8")
    label = {
        "doc": "a.txt",
        "quote": "地区生产总值增长6%左右",
        "indicator": "地区生产总值",
        "growth": True,
        "comparator": "~",
        "value": 6,
        "value_max": None,
        "unit": "%",
        "base_value": 6,
        "year": 2025,
        "kind": "target",
    }
    (tmp_path / "labels.jsonl").write_text(
        json.dumps(label, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    code, out = run(["--eval", str(tmp_path)])
    assert code == 0
    assert "recall 1.000" in out.splitlines()[0]
    assert "precision 0.500" in out.splitlines()[0]  # the 2000人 target is not labelled here


def _one_doc(folder: Path, text: str, label: dict) -> None:
    """A labelled corpus of one document, a.txt, with one label."""
    (folder / "docs").mkdir()
    (folder / "docs" / "a.txt").write_text(text, encoding="utf-8")
    (folder / "labels.jsonl").write_text(json.dumps(label, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize(
    ("labelled", "agrees"),
    [
        ("东湖大桥建成通车", True),
        ("建成通车东湖大桥", True),  # the verb moved to the front: the same name
        ("西湖大桥建成通车", False),
    ],
)
def test_eval_reports_whether_milestone_names_agree(
    tmp_path: Path, labelled: str, agrees: bool
) -> None:
    text = "2026年重点工作:力争东湖大桥2027年建成通车。\n"
    label = {"doc": "a.txt", "quote": "东湖大桥2027年建成通车", "indicator": labelled}
    label |= {"kind": "milestone", "year": 2027}
    _one_doc(tmp_path, text, label)
    out = run(["--eval", str(tmp_path)])[1].splitlines()
    assert out[3] == f"matched milestones: name {'100.0% (1/1)' if agrees else '0.0% (0/1)'}, " + (
        "year 100.0% (1/1)"
    )


def test_an_event_alone_names_no_milestone_for_the_score(tmp_path: Path) -> None:
    text = "2026年重点工作:预计12月全面完工。\n"
    label = {"doc": "a.txt", "quote": "预计12月全面完工", "indicator": "城北大桥全面完工"}
    label |= {"kind": "milestone", "year": 2026}
    _one_doc(tmp_path, text, label)
    out = run(["--eval", str(tmp_path)])[1].splitlines()
    assert out[1].startswith("milestones  precision 1.000  recall 1.000")
    assert out[3].startswith("matched milestones: name 0.0% (0/1)"), "全面完工 is no work's name"


def test_console_script_installed(tmp_path: Path) -> None:
    exe = shutil.which("pacesetter-extract") or str(
        Path(sys.executable).parent / "pacesetter-extract"
    )
    if not Path(exe).exists():
        pytest.skip("console script not installed")
    p = tmp_path / "plan.txt"
    p.write_text(DOC, encoding="utf-8")
    done = subprocess.run([exe, str(p), "--json"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["targets"]) == 2


def test_eval_pairs_one_figure_for_several_subjects_by_their_names(tmp_path: Path) -> None:
    """甲、乙分别增长6%: two labels and two predictions share a figure and a quote; the matching
    pairs each prediction with the label it names, whatever order either list is in."""
    (tmp_path / "docs").mkdir()
    text = "2025年主要目标:进出口总额、实际利用外资分别增长6%左右。"
    (tmp_path / "docs" / "a.txt").write_text(text, encoding="utf-8")
    base = {"doc": "a.txt", "quote": "进出口总额、实际利用外资分别增长6%左右", "growth": True}
    base |= {"comparator": "~", "value": 6, "value_max": None, "unit": "%", "base_value": 6}
    labels = [
        dict(base, indicator=name, year=2025, kind="target")
        for name in ("进出口总额", "实际利用外资")
    ]
    (tmp_path / "labels.jsonl").write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in labels), encoding="utf-8"
    )
    code, out = run(["--eval", str(tmp_path)])
    assert code == 0
    assert "indicator 100.0% (2/2)" in out


@pytest.mark.parametrize(
    ("labelled", "agrees"),
    [("新增专精特新“小巨人”企业", True), ("新增专精特新小巨人企业", True), ("新增小巨人", False)],
)
def test_eval_compares_indicator_names_without_quotation_marks(
    tmp_path: Path, labelled: str, agrees: bool
) -> None:
    text = "2026年主要目标:新增专精特新“小巨人”企业5家。"
    label = {"doc": "a.txt", "quote": "新增专精特新“小巨人”企业5家", "indicator": labelled}
    label |= {"growth": False, "comparator": "=", "value": 5, "value_max": None, "unit": "家"}
    label |= {"base_value": 5, "year": 2026, "kind": "target"}
    _one_doc(tmp_path, text, label)
    out = run(["--eval", str(tmp_path)])[1].splitlines()
    assert out[0].startswith("targets     precision 1.000  recall 1.000")
    assert ("indicator 100.0% (1/1)" if agrees else "indicator 0.0% (0/1)") in out[2]
