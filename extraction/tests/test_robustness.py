"""Robustness: any input, no crash; quotes always exact; work linear in size.

Linearity is checked by counting work (characters scanned by the figure and
marker scanners), never by timing.
"""

from __future__ import annotations

import json
from typing import Any

import pacesetter_extraction.targets as targets_mod
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pacesetter_extraction import ExtractionError, extract, read_document

FRAGMENTS = [
    "2025年",
    "到2027年,",
    "今年",
    "去年",
    "截至去年底,",
    "预计",
    "如果",
    "力争",
    "地区生产总值",
    "增长",
    "6.5%",
    "以上",
    "左右",
    "以内",
    "突破",
    "超过了",
    "万亿元",
    "亿元",
    "3个",
    "家",
    "一千两百万人",
    "百分之四点五至百分之五",
    "二〇二五年",
    "分别增长8%、9%",
    "紧盯",
    "千亿级",
    "过100亿元的",
    "、",
    ",",
    "。",
    "\n",
    ";",
    "(",
    ")",
    "“",
    "”",
    "學(xué)",
    " 攝\n",
    "编辑:某某\n",
    "▼\n",
    "创建",
    "示范县",
    "将于明年开通",
    "推动",
    "整体搬迁",
    "比上年增加",
    "《",
    "》",
    "十一前",
    "３０％",
    "，",
]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(text: str) -> None:
    res = extract(text)
    for t in res.targets:
        assert text[t.start : t.end] == t.quote
        assert t.comparator in {">", ">=", "<=", "<", "~", "="}
        assert 0.0 <= t.confidence <= 1.0
        assert isinstance(t.growth, bool)
    for item in [*res.milestones, *res.projects]:
        assert text[item.start : item.end] == item.quote
    d = res.to_dict()
    assert set(d) == {"targets", "milestones", "projects"}


@SETTINGS
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash(data: bytes) -> None:
    try:
        text = read_document(data, name="x.bin")
    except ExtractionError as exc:
        assert str(exc)
        return
    _check(text)


@SETTINGS
@given(st.text(max_size=1000))
def test_random_unicode_never_crashes(text: str) -> None:
    _check(text)


@SETTINGS
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=80))
def test_policy_like_noise_never_crashes(parts: list[str]) -> None:
    _check("".join(parts))


@SETTINGS
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=40))
def test_html_of_fragments_never_crashes(parts: list[str]) -> None:
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in parts) + "</body></html>"
    try:
        text = read_document(html.encode("utf-8"), name="x.html")
    except ExtractionError:
        return
    _check(text)


class _Counter:
    def __init__(self) -> None:
        self.work = 0


def _count_work(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    counter = _Counter()
    real_find = targets_mod.quantities.find
    real_scan = targets_mod.sentence_markers

    def find(an: str, txt: str, start: int, end: int) -> Any:
        counter.work += end - start
        return real_find(an, txt, start, end)

    def scan(an: str, sent: Any, years: Any) -> Any:
        counter.work += sent.end - sent.start
        return real_scan(an, sent, years)

    monkeypatch.setattr(targets_mod.quantities, "find", find)
    monkeypatch.setattr(targets_mod, "sentence_markers", scan)
    extract(text)
    monkeypatch.undo()
    return counter.work


@pytest.mark.parametrize(
    "unit",
    [
        "2025年主要预期目标:地区生产总值增长6%左右,固定资产投资达到150亿元,新建幼儿园3所。\n",
        "增长5%" * 50,  # no sentence end: one long run
        "一" * 500,  # numeral characters without units
        "(" * 300 + "增长5%," * 20 + ")" * 300,
    ],
)
def test_work_is_linear_in_size(monkeypatch: pytest.MonkeyPatch, unit: str) -> None:
    small = _count_work(monkeypatch, unit * 20)
    large = _count_work(monkeypatch, unit * 160)
    assert small > 0
    assert large <= 8 * small * 1.1 + 100


def test_ten_megabytes_of_text() -> None:
    line = "2025年目标:地区生产总值增长6%左右,新建幼儿园3所。去年完成投资120亿元,聚焦全县20个重点项目。\n"
    data = (line * (10_000_000 // len(line.encode("utf-8")) + 1)).encode("utf-8")
    assert len(data) >= 10_000_000
    res = extract(read_document(data, name="big.txt"))
    assert len(res.targets) == 2 * data.count(b"\n")


def test_empty_and_whitespace() -> None:
    assert extract("").to_dict() == {"targets": [], "milestones": [], "projects": []}
    assert extract(" \n\t ").targets == []


def test_a_lone_surrogate_reads_as_a_replacement_character() -> None:
    # JSON may carry "\ud800"; OpenCC and the databases need text that has a UTF-8 form.
    text = "到2025年,\ud800全县地区生产总值达到100亿元。\udfff"
    res = extract(text)
    assert [(t.value, t.start, t.end) for t in res.targets] == [(100, 7, 23)]
    assert res.targets[0].quote == text[7:23].replace("\ud800", "\ufffd")
    assert json.dumps(res.to_dict(), ensure_ascii=False).encode("utf-8")
