"""Figures that belong to a list rather than set a goal: a count restating the names just
listed, the plan's own project list and its breakdown, a list heading after a focus verb, and
a gloss in brackets restating the figure before it."""

from __future__ import annotations

import re

from . import vocab
from .figure import Quantity
from .indicators import keep_verb
from .not_goals import META_RE

__all__ = [
    "counts_the_list",
    "event_roll",
    "focused",
    "glosses",
    "heads_a_list",
    "list_total",
    "own_list",
    "restates_list",
    "under_way",
]

_FOCUS_RE = re.compile(vocab.alt(vocab.FOCUS_VERBS))

# A、B、C等3个X / A、B、C等X3个: a count right after the names it counts.
_LISTED_RE = re.compile(r"(?P<items>[^,;。、:]+(?:、[^,;。、:]+)+)等?(?P<noun>[^,;。、:\d]{0,12})$")


# 投用甲、乙…5所幼儿园, 启动甲、乙…3个项目: the clause's own verb heads the list.
_VERB_FIRST_RE = re.compile(r"(?:加快|全面|有序)?(?:推进|推动|启动|投用|实施|开工|竣工|完成)")
_CREATING_RE = re.compile(r"形成|培育|打造|建设|建成|新建|新增|布局|创建|引进|招引|发展")


_GLOSS_RE = re.compile(r"[」”\"]?\s*\((?:即|约|相当于|增加|增长|提高)?")


def glosses(left: str) -> bool:
    """翻一番(增加一倍), 1.5万亩(约1000公顷): a figure in brackets right after another restates
    it in other words; the caller knows a figure ends where ``left`` starts."""
    return left.startswith(("(", "」", "”", '"')) and _GLOSS_RE.fullmatch(left) is not None


def restates_list(left: str, q: Quantity, before: str = "") -> bool:
    """A count equal to the names just listed restates them (实施甲、乙…等4所学校工程); one
    larger than the list (甲、乙等5个村) counts more than it names, and a creating verb
    before the list (形成甲、乙等3个产业), also in an earlier clause of the sentence
    (``before``), makes the count the goal."""
    if not q.is_count or "、" not in left:
        return False  # (and the search below would backtrack over a long clause for nothing)
    m = _LISTED_RE.search(left)
    if not m:
        return False
    items = m.group("items").split("、")
    if q.factor != 1:
        return False  # 甲、乙…等县市会提供5千户: thousands, no count of the names
    if q.value == len(items) and left.lstrip().startswith("其中"):
        return True  # 其中甲、乙等2个片区: the breakdown of a total told before
    head = left[: m.start() + len(items[0])]
    if len(items[0]) <= max(len(i) for i in items[1:]) + 2 and not _VERB_FIRST_RE.match(items[0]):
        head = before + head  # the list opens its clause: its verb is in an earlier one
    return q.value == len(items) and not _CREATING_RE.search(head)


# The plan's own project list: 共安排重点项目88个, 在88个重点项目中, and its breakdown after that.
_ARRANGED_RE = re.compile(r"(?:安排|确定|列入|筛选|梳理|谋划|储备|征集)[^,;。]{0,16}$")
_AMONG_RE = re.compile(r"[^,;。\n]{0,16}?项目中")
_AMONG_BEFORE_RE = re.compile(r"项目中[,，]")
_AMONG_HAS_RE = re.compile(r"项目中(?:共有|有|包括)")
_PLAN_PROJECTS_RE = re.compile(
    r"(?:规划|计划|储备|入库)(?:重点|建设)?项目(?:共计|共有|合计|总计|共)?"
)
_KEY_LIST_TOTAL_RE = re.compile(
    r"(?:重大|重点)[^,;。]{0,10}?(?:项目|工程)(?:一共有|共计|共有|合计|总计|共)$"
)
_WORKS_TOTAL_RE = re.compile(
    r"\d+[个项](?:[^,;。\d]{0,10}?)(?:项目|工程)|(?:项目|工程)(?:共计|共有|共)?\d+[个项]"
)
_NEW_START_RE = re.compile(r"新开工|新建|亿元|万元")  # new starts, a size class
_LIST_OPENS_RE = re.compile(r"[^,;。\d]{0,10}?(?:项目|工程)(?:包括|涵盖)")
_ARRANGED_LIST_RE = re.compile(r"(?:安排|确定|列入|筛选|梳理|谋划|储备|征集)[^。]{0,12}项目")


def own_list(an: str, sent_start: int, clause_start: int, q: Quantity) -> bool:
    """A count of the plan's own projects (安排重点项目88个), the 'among them' clause that
    opens its breakdown (在88个重点项目中) and the breakdown's counts are no goals."""
    if not q.is_count:
        return False
    if "项目" not in an[sent_start : q.end + 24] and "其中" not in an[sent_start : q.start]:
        return False  # every form below names projects or a breakdown
    if (
        _AMONG_RE.match(an, q.end)
        or _AMONG_BEFORE_RE.search(an, sent_start, clause_start)
        or _AMONG_HAS_RE.search(an, clause_start, q.start)  # 建设项目中有1个省重点工程
    ):
        return True
    if an[q.start - 1 : q.start] == "各" and "其中" in an[sent_start : q.start]:
        return True  # 其中…等4个安置点各1所: the breakdown of a total told before
    head = an[clause_start : q.start]
    projects = "项目" in head[-8:] or "项目" in an[q.unit_end : q.unit_end + 8]
    if projects and _PLAN_PROJECTS_RE.search(head):
        return True  # “十四五”规划项目共计326个: the plan's own projects, counted
    if _KEY_LIST_TOTAL_RE.search(head):
        return True  # 今年重大交通工程项目共计62项: the size of the year's key-project list
    # 共安排重点项目60个,其中交通项目20个 / 规划项目共计326个,包括供水项目96个,防洪项目169个
    opener = max(an.rfind("其中", sent_start, q.start), an.rfind("包括", sent_start, q.start))
    if (
        opener > sent_start
        and (projects or an.startswith("其中", clause_start))
        and (
            _ARRANGED_LIST_RE.search(an, sent_start, opener)
            or _PLAN_PROJECTS_RE.search(an, sent_start, opener)
            # 集中开工项目共70个,…其中市级重点项目18个: any counted list of works broken down,
            # but for the new starts it plans (其中新开工项目19个)
            or (
                _WORKS_TOTAL_RE.search(an, sent_start, opener)
                and not _NEW_START_RE.search(an, max(opener, clause_start), q.start)
            )
        )
    ):
        return True
    if _LIST_OPENS_RE.match(an, q.unit_end):
        return True  # 62项重点工程包括…: the count that opens the list's breakdown
    return projects and bool(_ARRANGED_RE.search(head))


def focused(an: str, start: int, q: Quantity) -> bool:
    """A focus verb before a count (聚焦5个方向) makes it a list heading; before an amount or a
    rate (瞄准千亿元规模) it names the goal."""
    return (q.is_count or not (q.percent or q.base_unit == "元")) and bool(
        _FOCUS_RE.search(an, start, q.start)
    )


# 实施项目126个,计划总投资250亿元 / 等4个制造业项目总投资7.85亿元: the total size of the projects a
# list counts describes them; the year's planned investment (年度计划投资) is the goal.
_TOTAL_INVEST_RE = re.compile(r"(?:计划|匡算|规划|估算)?总投资(?:约|为|达|共|超过|超|逾|近)?$")
_PROJECT_COUNT_RE = re.compile(r"项目\d+[个项]|\d+[个项][^,;。\d]{0,12}?项目")
_LIST_REACH = 40


def list_total(an: str, sent_start: int, clause_start: int, q: Quantity) -> bool:
    """The total investment of a counted list of projects, told beside the count."""
    if q.percent or "总投资" not in an[max(clause_start, q.start - 6) : q.start]:
        return False
    if not _TOTAL_INVEST_RE.search(an, clause_start, q.start):
        return False
    return bool(_PROJECT_COUNT_RE.search(an, max(sent_start, clause_start - _LIST_REACH), q.start))


# A count of works finished or started (完成三个社屋工程, 开工两个项目) is a figure, as after
# a creating verb.
_WORK_COUNT_RE = re.compile(
    "(?:" + vocab.alt(vocab.COMPLETION_VERBS + ["开工", "完工", "启动"]) + ")(?:了|共)?$"
)
_LIST_UNITS = frozenset("个项件条类批")  # the measure words a list's heading counts with
_PUNCT_CUT_RE = re.compile(r"[,;:。!?、\n等]")  # …路线等重点任务: 等 closes what is counted


def heads_a_list(an: str, clause_start: int, q: Quantity) -> bool:
    """三个攻坚年, 两大领域: an enumeration in Chinese numerals (but a count a creating verb
    governs, 每年创建一个5A级景区, or a bound sets, 至少三次, is one); 10件实事, 5个方面: the
    heading of a list (but 6091户棚户区改造任务 counts households, whatever word ends it)."""
    if (
        q.chinese
        and q.is_count
        and q.factor == 1
        and q.value < 100  # 一百户, 一三九七户, 一万二千人: figures; lists are short
        and q.prefix_cmp is None
        and not keep_verb(an[clause_start : q.start])
        and not _WORK_COUNT_RE.search(an, clause_start, q.start)
    ):
        return True
    tail = _PUNCT_CUT_RE.split(an[q.end : q.end + 12], 1)[0]
    m = META_RE.search(tail) if q.is_count else None
    return m is not None and (m.group("near") is not None or q.base_unit in _LIST_UNITS)


# 18个在建项目, 41个高速公路、9个机场在建项目: works already under way, counted
_UNDER_WAY_RE = re.compile(r"[^,;。]{0,30}?在建的?[^,;。、\d]{0,10}?(?:项目|工程)")


def under_way(an: str, clause_end: int, q: Quantity) -> bool:
    """A count of works already under way (在建项目) tells what there is, no goal."""
    return q.is_count and _UNDER_WAY_RE.match(an, q.unit_end, clause_end) is not None


# 实施重点民生实事18件, 票决出17项…民生实事项目: how long the year's list of 实事 is
_SHISHI_BEFORE_RE = re.compile(r"实事(?:项目)?(?:共计|共有|共|有)?$")
_SHISHI_AFTER_RE = re.compile(r"[^,;。\d]{0,16}?实事")


def counts_the_list(an: str, clause_start: int, q: Quantity) -> bool:
    """A count of the 实事 (the year's practical projects) is the list's size, no goal."""
    if q.base_unit not in ("件", "项"):
        return False
    return bool(
        _SHISHI_BEFORE_RE.search(an, max(clause_start, q.start - 8), q.start)
        or _SHISHI_AFTER_RE.match(an, q.unit_end)
    )


# 集中开工, 集中签约: a ceremony where projects start or sign; the roll it reads out (23个项目
# 集中开工,总投资57亿元) tells what happened that day. What they are to bring (年度计划投资,
# 建成后增加学位) is still a goal.
_EVENT_RE = re.compile(r"集中(?:开工|签约|签订|开建|动工|竣工|投产|投用)")
_EVENT_AHEAD_RE = re.compile(r"(?:将|计划|拟|力争|争取|确保|要)[^,;。]{0,4}$")
_EVENT_SUM_RE = re.compile(r"(?:总投资|投资金额|投资总额|投资估算|总金额|面积)(?:额|为|达|共)?$")


def event_roll(an: str, sent_start: int, sent_end: int, clause_start: int, q: Quantity) -> bool:
    """A count of the projects a ceremony starts or signs (集中开工项目14个), or their total
    investment or floor area, told in the ceremony's sentence."""
    ev = _EVENT_RE.search(an, sent_start, min(sent_end, q.unit_end + 12))
    if ev is None or _EVENT_AHEAD_RE.search(an, max(sent_start, ev.start() - 8), ev.start()):
        return False
    if q.is_count:
        near = an[max(clause_start, q.start - 12) : q.unit_end + 4]
        return "项目" in near or "专案" in near
    return not q.relative and _EVENT_SUM_RE.search(an, clause_start, q.start) is not None
