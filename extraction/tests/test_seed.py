"""The seed interview (traditional characters, pinyin debris, captions)."""

from __future__ import annotations

from pacesetter_extraction import extract

EXPECTED = [
    ("生物医药产业产值", ">", 20, "億元"),
    ("钢铁铸造产业产值", ">", 36, "億元"),
    ("刀剪产业产值", ">", 21, "億元"),
    ("僧服产业产值", "=", 2.3, "億元"),
    ("3A级旅游景区", "=", 3, "個"),
    ("特色民宿", "=", 6, "個"),
    ("特色文化街区", "=", 2, "條"),
    ("新签约工业、服务业项目投资", ">=", 30, "億元"),
]


def test_seed_exactly_eight_targets(seed_text: str) -> None:
    res = extract(seed_text)
    got = [(t.indicator, t.comparator, t.value, t.unit) for t in res.targets]
    assert got == EXPECTED
    assert {t.year for t in res.targets} == {2023}
    assert all(not t.growth for t in res.targets)
    for t in res.targets:
        assert seed_text[t.start : t.end] == t.quote
    # base values: money in yuan, counts as they are
    assert [t.base_value for t in res.targets] == [2e9, 3.6e9, 2.1e9, 2.3e8, 3, 6, 2, 3e9]


def test_seed_watched_count_is_not_a_target(seed_text: str) -> None:
    quotes = " ".join(t.quote for t in extract(seed_text).targets)
    assert "130" not in quotes


def test_seed_milestones(seed_text: str) -> None:
    ms = [m.indicator for m in extract(seed_text).milestones]
    assert "创建省级全域旅游示范县" in ms
    assert any("温福高铁" in m and "设站" in m for m in ms)
    for m in extract(seed_text).milestones:
        assert m.year == 2023
        assert seed_text[m.start : m.end] == m.quote


def test_seed_projects(seed_text: str) -> None:
    names = [p.name for p in extract(seed_text).projects]
    assert "一区三园基础设施" in names
    for name in ("职校整体搬迁", "进修校整体搬迁", "二中整体搬迁", "县医院整体搬迁"):
        assert name in names
