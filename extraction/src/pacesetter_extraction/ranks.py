"""Ranks: a place among others to reach (排名全市前三, 进入全省前10名, 力争全市第一, 保三争一)
or places to climb (前进不少于1个位次), and the name of what is ranked."""

from __future__ import annotations

import re
from decimal import Decimal

from .figure import Quantity, formed, has_any
from .numerals import parse_chinese_number

# Top N is rank <= N; 位次前移2位 climbs two places.
_PLACES = "一二三四五六七八九十"
# 保三争一 (but not 保三争五): the place striven for above the place kept
_RANK_PAIR_RE = re.compile("|".join(f"保{k}争[{_PLACES[:i]}]" for i, k in enumerate(_PLACES) if i))
_RANK_N = rf"(?P<n>\d{{1,3}}|[{_PLACES}]{{1,3}})"
RANK_RE = re.compile(
    # 前20强: the top twenty (强 after 前 is a place, where 百强县 names a class)
    # (底前4个, 2030年前: before a date, no place)
    r"(?<![底日月年节旬末])(?P<top>前)"
    + _RANK_N
    + r"(?P<unit>名|位|强)?(?![\d一二三四五六七八九十年月日季个])"
    r"|(?P<nth>第)"
    + _RANK_N.replace("?P<n>", "?P<n2>")
    + r"(?P<unit2>名|位)?(?![\d一二三四五六七八九十年月日个批次届期章条项方梯阵档季时产书责步阶轮类组部号线])"
    r"|(?<=前进|提升|前移|上升|提高)(?P<cmp>不少于|至少)?"
    + _RANK_N.replace("?P<n>", "?P<steps>")
    + r"(?P<unit3>个位次|位次|位)"
    # 保三争一: keep a place in the top three, strive for the first
    rf"|(?<=保)(?P<keep>[{_PLACES}])(?=争[{_PLACES}])"
    rf"|(?<=保[{_PLACES}]争)(?P<win>[{_PLACES}])"
)
# The verbs that hold or enter a place (位居全市第一, 进入全省前十), named once for the rules
# that find a rank and the ones that name it; 进 alone only right before the place (进前三).
_HOLD = "位居|位列|进入|跻身|保持|稳居"
_SPRINT = "冲刺|冲进|挺进"
_JIN = r"(?<![推促增引改先])进"
# 排在第5位 states where a place stands; these verbs set where it is to stand.
_RANK_VERB_RE = re.compile(
    rf"(?:(?:排名|排位|{_HOLD}|跃居|跃升至?|达到|争先进位到?|{_SPRINT}|力争)[^,;。]{{0,6}}|{_JIN})$"
)
RANK_UNIT = "名次"


def ranks(an: str, start: int, end: int) -> list[Quantity]:
    out: list[Quantity] = []
    if not has_any(an, start, end, "前第升高移争"):
        return out  # none of the characters this form needs
    for m in RANK_RE.finditer(an, start, end):
        if m.group("keep") or m.group("win"):
            n, unit = m.group("keep") or m.group("win"), "名"
            if _RANK_PAIR_RE.match(an, m.start() - (3 if m.group("win") else 1)) is None:
                continue  # 保三争五: a pair out of order, no place to aim at
            cmp = "=" if m.group("win") == "一" else "<="
        elif m.group("steps"):
            n, unit = m.group("steps"), m.group("unit3")
            cmp = ">=" if m.group("cmp") else "="
        else:
            if not _RANK_VERB_RE.search(an, max(start, m.start() - 12), m.start()):
                continue
            n = m.group("n") or m.group("n2")
            unit = (m.group("unit") or m.group("unit2") or "名").replace("强", "名")
            cmp = "<=" if m.group("top") else "="
        value = Decimal(n) if n.isdigit() else parse_chinese_number(n)
        out.append(
            formed(
                an,
                m,
                num_end=m.end(),
                value=value,
                unit=unit,
                base_unit=RANK_UNIT,
                cmp=cmp,
                # 争一 is told with its 保三, both from 保
                start=m.start() - (3 if m.group("win") else 1 if m.group("keep") else 0),
            )
        )
    return out


_RANK_VERB_TAIL_RE = re.compile(rf"(?:{_HOLD}|前进|提升|前移|上升|提高|力争|保|{_JIN})+$")
# 综合实力力争进入长三角县域(前20强): the verb goes, the field ranked in stays
_RANK_VERB_MID_RE = re.compile(rf"(?:力争)?(?:{_HOLD}|跃居)(?=[\u4e00-\u9fff])")
_RANK_VERB_HEAD_RE = re.compile(rf"^(?:{_HOLD}|(?:加速|加快|奋力|全力)?(?:{_SPRINT}))")


# 力争全市第一: the field a place is counted in, right before the rank
_RANK_FIELD_RE = re.compile(r"(全[市省国县区球]|世界|全球)[^,;。，；全]{0,3}$")


def rank_name(s: str, before: str = "") -> str:
    """What a rank target ranks: 县域经济排名(前进) → 县域经济排名, 增速(位居) → 增速排名;
    the field the rank is counted in (全市, 全省) when the text names it before the rank."""
    s = _RANK_VERB_HEAD_RE.sub("", _RANK_VERB_TAIL_RE.sub("", _RANK_VERB_MID_RE.sub("", s)))
    if s in ("跃居", "跃升", "达到", "进入"):
        s = ""  # only the verb: the rank names no subject of its own
    field = _RANK_FIELD_RE.search(before)
    if s and field and field.group(1) not in s and not s.endswith(("排名", "位次", "排位")):
        s = _RANK_VERB_TAIL_RE.sub("", s) + field.group(1)
    if not s or s.endswith(("排名", "位次", "排位")):
        return s
    return s + "排名"
