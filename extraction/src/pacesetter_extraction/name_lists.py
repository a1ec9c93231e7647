"""Names a figure takes from the words around it rather than before it: one name for each figure
of a list (城、乡居民收入分别增长8%、9%; 甲、乙分别增长20%), the share of what the clause before
measures (…增加值突破150亿元,占全市GDP5%以上), and what follows figures after 的."""

from __future__ import annotations

import re

from . import indicators, vocab
from .figure import Quantity
from .not_goals import META_RE
from .sentences import Clause

__all__ = [
    "cell_name",
    "counted_before",
    "each_of",
    "goal_named_after",
    "named_after",
    "of_previous",
    "split_list",
]


def each_of(ind: str) -> list[str]:
    """The subjects one figure is given for, each (甲、乙分别增长20%): split_list over its parts."""
    n = len([p for p in _LIST_SEP_RE.split(ind) if p])
    return split_list(ind, n) if n > 1 else [ind]


_LIST_SEP_RE = re.compile(r"、|和|及|与")
_QUANTITY_ENDS = tuple(vocab.QUANTITY_ENDS)  # 旅游人数、旅游总收入: each item names its own


_CODE_RE = re.compile(r"[A-Za-z][A-Za-z0-9.]*")  # PM2.5, SO2, COD: what Latin letters name
_MEASURE_END_RE = re.compile(r"(?:产量|产值|总量|销量|面积|收入|规模|人数)$")


_TOTAL_ACTS = ("排放", "消费", "消耗", "使用", "销售")


def split_list(ind: str, n: int) -> list[str]:
    """Distribute a paired subject over n figures (城、乡居民收入 分别 8%、9%)."""
    if n < 2 or not ind:
        return [ind] * n
    if ind.startswith("城乡") and n == 2:
        rest = ind[2:]
        return ["城镇" + rest, "农村" + rest]
    parts = [p for p in _LIST_SEP_RE.split(ind) if p]
    if len(parts) != n:
        return [ind] * n
    last = parts[-1]
    # 蔬菜、苹果、中药材总产量: a total's word (总产量, 总收入) starts the shared tail, whatever
    # the items' lengths.
    total = last.find("总", 1)
    # 二氧化硫、氮氧化物排放总量: the act the total counts (排放) is shared too
    acted = total >= 2 and last[total - 2 : total] in _TOTAL_ACTS
    out = []
    for p in parts[:-1]:
        code = _CODE_RE.match(last)
        if _CODE_RE.fullmatch(p) and code and code.end() < len(last):
            p = p + last[code.end() :]  # PM2.5、PM10年均浓度 → PM2.5年均浓度: codes share a tail
        elif acted and len(p) <= 6:
            p = p + last[total - 2 :]  # 化学需氧量(排放总量)
        elif total > 0 and len(p) <= 4 and not p.endswith(_QUANTITY_ENDS):
            p = p + last[total:]
        elif len(p) == 1 and p not in "城乡" and (m := _MEASURE_END_RE.search(last, 1)):
            p = p + m.group()  # 肉、奶、禽蛋产量 → 肉产量: one character names a product
        elif len(p) <= 2 and len(last) > len(p) + 1:
            p = p + last[len(p) :]  # 粮油、蔬菜种植面积 → 粮油种植面积
        elif len(p) >= 3 and (k := last.find(p[-2:], 1)) > 0:
            # 城镇居民、农村居民人均可支配收入: the items end alike and the last goes on with
            # what they share.
            p = p + last[k + 2 :]
        out.append(p)
    out.append(last)
    return [_expand_pair(p) for p in out]


def _expand_pair(p: str) -> str:
    if p.startswith("城居民"):
        return "城镇" + p[1:]
    if p.startswith("乡居民"):
        return "农村" + p[1:]
    return p


_DIGIT_RE = re.compile(r"\d")
_SHARE_TAIL_RE = re.compile(r"(?:达到|达|为|超过|超|不低于|不少于|以上|左右)+$")


# 年度目标任务, 全年计划: words for a goal that name no quantity
_GOAL_WORDS_ONLY_RE = re.compile(r"(?:年度|全年|年)?(?:目标)?(?:任务|计划|目标)")
_LAST_FIGURE_RE = re.compile(r"\d[\d.]*[^\d]*$")
# 年计划投资, 年度计划投资: a year's planned spending, of the works the clause before counts
_PLANNED_SPEND_RE = re.compile(r"(?:年度?|全年)计划投资")
_COUNTED_WORKS_RE = re.compile(r"\d+个([^,;。\d个]{1,12}?项目)")


def of_previous(an: str, clauses: list[Clause], ci: int, left: str, ind: str, percent: bool) -> str:
    """A lone figure's name from the one or two clauses before clause ci: the share of what
    it measures (share_of_previous), the level a change goes from (5G基站数量将从…的3.6万个,
    增加到…25万个), or the year's goal of the level it tells (…资金额219.22亿元,完成年度目标任务
    589亿元 → 资金额); otherwise ind."""
    before = clauses[max(0, ci - 2) : ci]
    previous = before[-1]
    if (not ind or _CHANGE_ONLY_RE.fullmatch(ind)) and (changed := _changed_from(an, before)):
        return changed
    if percent:
        return share_of_previous(an, previous, left) or ind
    if _PLANNED_SPEND_RE.fullmatch(ind) and (
        counted := _COUNTED_WORKS_RE.search(an, previous.start, previous.end)
    ):
        return counted.group(1) + ind  # …等4个制造业项目总投资7.85亿元,年计划投资3.2亿元
    if not _GOAL_WORDS_ONLY_RE.fullmatch(ind):
        return ind
    last = _LAST_FIGURE_RE.search(an, previous.start, previous.end)
    return (indicators.from_left(an[previous.start : last.start()])[0] if last else "") or ind


_CHANGE_ONLY_RE = re.compile(r"(?:将|要|再)?(?:增加|提高|提升|增长|上升|扩大|降低|下降|减少|缩短)")
_FROM_RE = re.compile(r"(?:将|要)?(?:从|由)(?=[^,;。]{0,12}\d)")


def _changed_from(an: str, before: list[Clause]) -> str:
    """What changes from the level the clause before gives (…数量将从2020年的3.6万个,): the name
    before 从, or the clause before that one when 从 opens its clause (●5G基站数量:从…)."""
    previous = before[-1]
    if not (m := _FROM_RE.search(an, previous.start, previous.end)):
        return ""
    if an[previous.start : m.start()].strip(" ,:：●·-"):
        return indicators.from_left(an[previous.start : m.start()])[0]
    if len(before) > 1:
        return indicators.from_left(an[before[0].start : before[0].end])[0]
    return ""


def share_of_previous(an: str, previous: Clause, left: str) -> str:
    """…增加值突破150亿元,占全市GDP5%以上: the share of what the clause before measures, up to
    its own figure (旅游…增加值占全市GDP比重); "" when the figure's words are no 占 share."""
    part = left.strip(" ,、")
    if not part.startswith("占"):
        return ""
    digit = _DIGIT_RE.search(an, previous.start, previous.end)
    whole = indicators.from_left(an[previous.start : digit.start() if digit else previous.end])[0]
    if not whole or whole.startswith("占"):
        return ""
    part = _SHARE_TAIL_RE.sub("", part)
    return whole + part + ("" if part.endswith(("比重", "比例")) else "比重")


_OF_NOUN_AFTER_RE = re.compile(r"(?:左右|以上)?的(?P<n>[^,;。\d的()]{2,12})。?$")


def named_after(an: str, end: int, clause_end: int) -> str:
    """提供200万平方米、4万套的公租房: what figures without a name count follows them after
    的 (never a goal's word)."""
    of = _OF_NOUN_AFTER_RE.match(an, end, clause_end)
    if not of or META_RE.match(of.group("n")) or "目标" in of.group("n"):
        return ""
    return of.group("n")


_QUANTITY_CLAUSE_END_RE = re.compile(r"(?:额|总量|总值|收入|产值|规模)[,，]$")


def name_before_comma(an: str, pos: int) -> bool:
    """完成投资额,250亿元: a stray comma between a quantity's name and its figure."""
    return _QUANTITY_CLAUSE_END_RE.search(an, max(0, pos - 4), pos) is not None


_CELL_NAME_RE = re.compile(r"[^\n,;。:：()]{2,20}?(?:" + "|".join(vocab.QUANTITY_ENDS) + r")")


def cell_name(an: str, clause: Clause, first: int, last: int) -> str:
    """A figure alone on its line in a table (年度辅导优良市场数⏎⏎6场): the cell before names it
    when that cell is a quantity's name (…数, …率, …面积)."""
    if an[clause.start : first].strip() or an[last : clause.end].strip(" 。|"):
        return ""
    line_start = an.rfind("\n", 0, clause.start) + 1
    if an[line_start : clause.start].strip(" |"):
        return ""
    cell = an[:line_start].rstrip("\n |").rpartition("\n")[2].strip(" |")
    return cell if _CELL_NAME_RE.fullmatch(cell) else ""


_GOAL_NAMED_AFTER_RE = re.compile(r"(?:左右)?的(?P<name>[^,;。的\d]{2,12}?)(?:预期)?目标")
# 50000家以上的总体目标: a word for the kind of goal, no name of what is counted
_GOAL_KINDS = frozenset(
    ("总体", "主要", "发展", "预期", "年度", "既定", "奋斗", "工作", "阶段", "调控", "宏观调控")
)


def goal_named_after(s: str, pos: int = 0, end: int | None = None) -> re.Match[str] | None:
    """完成2亿人次的旅游接待目标: what the goal after a figure names, unless it only names the
    goal's kind (总体目标, 宏观调控目标)."""
    m = _GOAL_NAMED_AFTER_RE.match(s, pos, len(s) if end is None else end)
    return m if m and m.group("name") not in _GOAL_KINDS else None


def counted_before(an: str, sent_start: int, q: Quantity) -> str:
    """现有12间独角兽企业,目标在2025年增至18间: a count that names nothing counts what the
    nearest earlier count of its sentence in the same classifier named."""
    if not q.is_count or q.chinese:
        return ""
    unit = an[q.num_end : q.unit_end]
    for m in reversed(list(_FIGURE_RE.finditer(an, sent_start, q.start))):
        if an.startswith(unit, m.end()):
            at = m.end() + len(unit)
            if bound := _BOUND_RE.match(an, at):  # 10万辆以上的新能源汽车
                at = bound.end()
            # 增至18间,2030年增至30间: an earlier count naming nothing either says no more
            if noun := indicators.right_noun(an, at, q.start)[0]:
                return "" if noun in indicators.GENERIC_COUNTED else noun
    return ""


_FIGURE_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")
_BOUND_RE = re.compile(r"(?:以上|以下|左右|以内|之多|多|余)?的?")
