"""Figures of a clause taken together: tight lists that share a subject (分别增长8%、9%),
the next figure that is no descriptor, a list's later item, and whether a figure is a change."""

from __future__ import annotations

import re

from .not_goals import is_descriptor
from .quantities import Quantity

_TIGHT_RE = re.compile(r"^[、和及与]$")
# 实现8%以上的增速, 不低于26.5%的年平均增长率: the change is named after the figure.
_GROWTH_AFTER_RE = re.compile(r"的?(?:年均|年平均)?(?:增速|增长率|增长速度|增幅|增长)")
# 排放下降幅度达到16%, 增速保持在6%: the figure's name says it is a change
_CHANGE_BEFORE_RE = re.compile(
    # (年均下降率要求达到4.61%, 下降幅度要达到21%: a rate of change, named as one)
    r"(?:增速|增幅|涨幅|升幅|降幅|(?:下降|增长|降低)幅度|(?:下降|降低|减少)率)"
    r"(?:要求|要|将|力争)?(?:为|达到|达|保持在|控制在|稳定在|在|超过|不低于)?$"
)
_CUT_OBJECTS = ("减碳", "减排", "降碳", "降耗")
_RAISED_RE = re.compile(r"(?:提高|提升)(?:超过|达到|至少|不少于|约)?$")


def names_a_change(an: str, q: Quantity, growth_word: bool, left: str) -> bool:
    """增长8%, 8%以上的增速, 增加20%, 减少三成: the figure is a change, not a level."""
    # 标准提高6%, 能源表现提升超过6%; not 百分点
    raised = q.unit == "%" and _RAISED_RE.search(left.rstrip()) is not None
    return bool(
        growth_word
        or _GROWTH_AFTER_RE.match(an, q.end)
        or left.rstrip().endswith(("增加", "减少", "减量"))  # 较基准年减量28%: a cut
        # 进出口总额拟增10%: 增 alone before a percent is its growth (新增 adds a count)
        or (q.percent and left.rstrip().endswith("增") and not left.rstrip().endswith("新增"))
        or (q.percent and left.rstrip().endswith(_CUT_OBJECTS))  # 2030年减碳40%: a cut
        or raised
        or _CHANGE_BEFORE_RE.search(left.rstrip()) is not None
        or _growth_goal_set_at(an, q, left)
    )


# 各地经济增长目标…海南定在6%以上: where a paragraph is about growth goals, a rate set at a
# figure is one of them.
_SET_AT_RE = re.compile(r"(?:定在|设定在|设在|定为|设定为)$")
_GROWTH_GOALS_RE = re.compile(r"增长(?:预期)?目标|增速目标")
_LEVEL_WORD_RE = re.compile(r"[率比重数量额值积模]")


def _growth_goal_set_at(an: str, q: Quantity, left: str) -> bool:
    if not q.percent or not _SET_AT_RE.search(left.rstrip()) or _LEVEL_WORD_RE.search(left):
        return False  # (覆盖率定在60%: a level, named as one)
    line_start = an.rfind("\n", 0, q.start) + 1
    return _GROWTH_GOALS_RE.search(an, max(line_start, q.start - 300), q.start) is not None


_DELTA_VERB_RE = re.compile(r"(?:提高|增加|提升|延长|缩短|下降|降低|减少|增长)(?:了)?$")
# …,达到78岁 / 、升至45%: the level the change ends at, told next
_LEVEL_NEXT_RE = re.compile(
    r"(?:以上|左右)?[,、]?(?:达到|达|提高到|提升到|升至|增至|降至|下降到|降到|为)"
    r"(?=[\d一二两三四五六七八九])"
)
_LEVEL_FIGURE_RE = re.compile(r"\d+(?:\.\d+)?|[一二两三四五六七八九十百千万点]+")


def delta_beside_level(an: str, q: Quantity, head: str) -> bool:
    """增加1岁,达到78岁; 提高2个百分点,达到45%: a change told beside the level it ends at; the
    level is the goal (a growth rate beside an amount, 增长7%,达到236亿元, is a goal of its own)."""
    if (q.percent and q.unit != "个百分点") or not q.unit:
        return False
    if not _DELTA_VERB_RE.search(head.rstrip()):
        return False
    m = _LEVEL_NEXT_RE.match(an, q.end)
    if m is None:
        return False
    unit = "%" if q.unit == "个百分点" else q.unit
    level = _LEVEL_FIGURE_RE.match(an, m.end())
    return level is not None and an.startswith(unit, level.end())


def next_figure(
    an: str,
    qs: list[Quantity],
    after: int,
    described: dict[tuple[int, str | None], bool],
    default: int,
) -> int:
    """Where the clause's next figure that is no descriptor starts."""
    for q in qs:
        if q.start > after:
            key = (q.start, q.comparator())
            if key not in described:
                described[key] = is_descriptor(an, q, key[1])
            if not described[key]:
                return q.start
    return default


def listed_after(an: str, prev_kept: tuple[int, str] | None, q: Quantity) -> bool:
    """建设1400万千瓦光伏和450万千瓦风电项目: a list's later item is what its first is, though
    a work's name follows it."""
    if prev_kept is None or prev_kept[1] != q.base_unit or q.start - prev_kept[0] > 12:
        return False
    return an[prev_kept[0] : q.start].endswith(("和", "及", "、", "与"))


def groups(an: str, qs: list[Quantity]) -> list[list[Quantity]]:
    """Tight lists share a subject and comparator: 分别增长8%、9%, 90家和870家."""
    groups: list[list[Quantity]] = []
    for q in qs:
        if groups and _TIGHT_RE.match(an[groups[-1][-1].end : q.start]):
            groups[-1].append(q)
        else:
            groups.append([q])
    return groups
