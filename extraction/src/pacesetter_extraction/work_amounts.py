"""Names for amounts of work: the work an amount of money is put into (投入30亿元兴建…), the
length or area of roads and estates renewed (449万平方米乡村道路改造提升工程), and clauses that
give only the verbs of doing (启动实施)."""

from __future__ import annotations

import re

from .figure import Quantity
from .indicators import tidy, verb_only

__all__ = ["SPENT_ON_VERB_RE", "doing_only", "extent_of_works", "renews_an_extent", "spent_on"]

# 投入30亿元兴建「敦北地下大排」: what the money is put into, after the verb of the work.
# (投入资金3亿元兴建…: the same verbs tell money spent on a work, no size of it, not_goals.py)
SPENT_ON_VERB_RE = re.compile(
    r"用于|进行|办理|推动|推进|兴建|新建|建设|改善|改造|改扩建|扩建|修建|扩大|打造|铺设|汰换|更新|支持|实施|补助"
)
_SPENT_ON_RE = re.compile(
    "(?:" + SPENT_ON_VERB_RE.pattern + ")"
    r"(?P<obj>[^,;。!?\n]{2,24}?)(?=[,;。!?\n]|[及和与]?\d|$)"
)


_INVESTED = ("投资", "计划投资")
_LEAD_COUNT_RE = re.compile(r"^\d+[个项座所条处家批件](?=..)")


def spent_on(an: str, pos: int, name: str) -> tuple[str, int]:
    """The work an amount of money is put into (编列30亿元兴建「敦北地下大排」) and where it
    ends, when the figure's name only says money is spent; 投资 stays in the name (投资2000万元
    用于…幼儿园项目建设 → …幼儿园项目建设投资)."""
    if not (verb_only(name) or name in _INVESTED):
        return "", pos
    m = _SPENT_ON_RE.match(an, pos)
    if not m:
        return "", pos
    obj = _LEAD_COUNT_RE.sub("", m.group("obj"))  # 建设62项重点工程: the works, not their count
    # 打造「出门就能运动」环境: a quoted name opening the work keeps its marks
    keep = obj.startswith("「") and 0 < obj.find("」") < len(obj) - 1
    work = "「" + tidy(obj) if keep else tidy(obj)
    return work + ("投资" if name in _INVESTED else ""), m.end("obj")


_EXTENT_UNITS = frozenset(("公里", "千米", "米", "平方米", "平方公里", "亩", "公顷"))
_RENEWAL_RE = re.compile(r"改造|提升|硬化|拓宽|整治|修复|治理|铺设|改建|扩建")


def renews_an_extent(unit: str, work: str) -> bool:
    """449万平方米乡村道路改造提升工程, 2.6公里道路拓宽改造: the length or area of roads or
    estates renewed is how much is done (a plant's 50兆瓦 only sizes it)."""
    return unit in _EXTENT_UNITS and _RENEWAL_RE.search(work) is not None


_DOING_RE = re.compile(r"(?:拟|计划|将|要)?(?:启动|实施|完成|推进|开展|新建|建设|改造|组织)*")


def doing_only(s: str) -> bool:
    """启动实施, 完成: only the verbs of doing, no place or thing named."""
    return verb_only(s) or bool(_DOING_RE.fullmatch(s))


# 建设53个项目2800公里, 开工建设黔江至吉首高铁等2个项目265公里: a count of works after the
# verb of their work, then their length or area
_WORKS_COUNTED_RE = re.compile(
    r"(?P<verb>新开工|开工建设|开工|续建|新建|改扩建|改建|扩建|建设|建成|完成|实施)"
    r"(?:[^\d,;。]{1,30}?等)?\d+(?:个|项|条|处)(?:项目|工程|道路|公路|路段)(?:约|共|合计|共计)?$"
)
_EXTENTS = {"公里": "里程", "千米": "里程"} | dict.fromkeys(
    ("平方米", "平方公里", "亩", "公顷"), "面积"
)


def extent_of_works(an: str, clause_start: int, q: Quantity) -> str:
    """The length or area of the works a count just before it counts: named by the count's
    verb and the extent (新开工16个项目580公里 → 新开工里程)."""
    extent = _EXTENTS.get(q.base_unit, "")
    m = _WORKS_COUNTED_RE.search(an, clause_start, q.start) if extent else None
    return m.group("verb") + extent if m else ""
