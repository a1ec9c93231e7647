"""What is no milestone, whichever reader finds it: an event told as done, a day it
happened in a news report, a class of works or a count of unnamed ones. The rules
(milestones.py) and the screen's candidates (milestone_screen.py) both ask here."""

from __future__ import annotations

import re

from .context import SPLIT_WORDS
from .milestone_names import work_of
from .milestone_objects import GENERIC_START, names_a_work
from .progress_months import later_month

# (曾家岩: a place; 项目前期: 目前 split across two words, as context.py reads it)
PAST_RE = re.compile(
    r"已|(?<![" + "".join(sorted(SPLIT_WORDS["目前"])) + r"])目前|曾(?![家氏])|过去|去年"
)
SCHEDULED_RE = re.compile(
    r"(?:预计|计划|力争|将于|拟于)(?:于|在)?[^,;。已]{0,8}?(?:\d{1,2}月|年底|年内|月底|底前|年末|明年|后年|[春夏秋冬]季|[上下]半年)"
    r"|^(?:至|到)\d{1,2}月(?:底|末|前)"  # 至6月底完成…: a deadline opens the clause
)
TO_COME_RE = re.compile(r"将|要|预计|计划|拟|力争|确保|争取|预定")
# 3月21日,省政府办公厅公布…; 一期工程于2010年2月1日开工, 于3月初开工: the day or early part of a
# month it happened, in a report (a deadline is 前, 起, 月底).
REPORTED_DAY_RE = re.compile(
    r"\d{1,2}日(?![前起至到内电電讯訊-])(?!之前|以前|之内)|于\d{1,2}月(?:初|上旬|中旬)"
)
VAGUE_COUNT_RE = re.compile(r"(?<!等)(?:多|几|数|若干)[条座个项所家批]|有\d+[所个座家条项处栋]")
# 续建项目, 一批重点项目: a class of works, whose start is no one event
CLASS_OF_WORKS_RE = re.compile(
    r"(?<![等个项])(?:新建|续建|在建|新开工|一批|重点|重大)(?:重点|重大)?项目"
    r"|^(?:签约|开工|建成|在建|储备)项目"  # 签约项目快开工、建成项目快投产: a slogan's class
)
BARE_HEADS = frozenset(("项目", "工程"))  # (…综合体 may stand for the one named before)
# 七大领域攻坚, “十大工程”: a campaign's slogan, no named work
SLOGAN_RE = re.compile(r"[一二两三四五六七八九十\d]+大[^学厦道桥街楼院会]")
# Activities are carried out (开展…活动); with these verbs only a named work is an event.
_ACTIVITY_VERBS = frozenset(("开展", "展开"))
_EVENT_FIRST_RE = re.compile(
    r"^(?:启动|实施|完成|开工|建成|开展|展开|推出|出台|制定|编制|创建|实现|全面|全部|基本)+"
)
# 为确保工程按期完工, 校长为了确保按时完工: the event is what the clause's work is for.
_PURPOSE_RE = re.compile(r"为了|为(?:确保|保证)")
# 启动实施…工程 starts a programme (a policy 工程), not a work (as names_a_work reads it).
_PROGRAMME_RE = re.compile(r"(?:启动)?实施[^,;。]*工程$")


def in_past_passage(whole: str, state: str, as_of: int) -> bool:
    """A clause in a passage about the past (a review, a progress note), unless it gives a
    date ahead: 均已复工,其中,…预计6月份建成投用 is a schedule in a progress note, as is a
    month after the months a report counts (今年前9月…, 18号线12月开工)."""
    return state == "past" and not SCHEDULED_RE.search(whole) and not later_month(whole, as_of)


def told_as_purpose(whole: str) -> bool:
    """为确保工程按期完工: an event a clause names as the aim of its work is no milestone of its
    own (the schedule, where there is one, is told elsewhere)."""
    return _PURPOSE_RE.search(whole) is not None


def reported_day(told: str) -> bool:
    """于3月初开工, 3月21日…公布: the day something was done, in a news report."""
    return REPORTED_DAY_RE.search(told) is not None and not TO_COME_RE.search(told)


def names_nothing(name: str, verbs: set[str]) -> bool:
    """A name without its events that names no one thing: 全部完成, 各项工作完成, 一批水利项目
    开工, 新开工项目, 启动实施…工程 (a programme started), 十大工程; or an activity carried
    out (展开新一轮招商竞争) where ``verbs``, the clause's event verbs, are only 开展/展开."""
    what = _EVENT_FIRST_RE.sub("", work_of(name))
    if verbs <= _ACTIVITY_VERBS and not names_a_work(what):
        return True
    return (
        len(what) < 2
        or what in BARE_HEADS
        or what.startswith(GENERIC_START)
        or VAGUE_COUNT_RE.search(what) is not None
        or CLASS_OF_WORKS_RE.search(what) is not None
        or _PROGRAMME_RE.match(name) is not None
        or SLOGAN_RE.search(name) is not None
    )
