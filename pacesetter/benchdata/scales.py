"""The sizes of the generated worlds and the kinds of measure they count."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scale:
    top: str  # kind of the root unit: province, city or county
    cities: int  # under a province
    counties: int  # in all
    towns: int  # in all, spread over the counties
    departments: int  # per county
    measures: int
    years: int  # default for --years
    projects: int  # per county


SCALES = {
    "province": Scale("province", 9, 84, 1100, 3, 300, 5, 5),
    "city": Scale("city", 1, 9, 120, 3, 300, 5, 5),
    "county": Scale("county", 1, 1, 13, 3, 300, 5, 5),
    # Hidden (not offered by the command's help): a world small enough for tests.
    "tiny": Scale("province", 2, 4, 12, 1, 10, 1, 1),
}


@dataclass(frozen=True)
class Kind:
    """A kind of measure: what the generated figures of its measures look like."""

    key: str
    name: str
    unit: str
    value_type: str
    aggregation: str
    direction: str
    additive: bool


# Every value type, time aggregation and direction occurs; measure i is of KINDS[i % 10].
KINDS = (
    Kind("flow", "产值", "万元", "number", "cumulative", "higher", True),
    Kind("use", "能耗", "吨", "number", "cumulative", "lower", True),
    Kind("new", "新增市场主体", "家", "count", "cumulative", "higher", True),
    Kind("stock", "在建项目", "个", "count", "last", "higher", True),
    Kind("level", "从业人员", "人", "number", "last", "higher", True),
    Kind("rate", "覆盖率", "%", "percent", "last", "higher", False),
    Kind("loss", "失业率", "%", "percent", "last", "lower", False),
    Kind("mean", "空气优良率", "%", "percent", "average", "higher", False),
    Kind("wait", "平均办理时间", "天", "number", "average", "lower", False),
    Kind("done", "重点任务完成", "是/否", "milestone", "last", "higher", False),
)


def kind_of(index: int) -> Kind:
    return KINDS[index % len(KINDS)]
