"""Figures of special forms, found before the plain ones: ranks (排名前三), rates per head
(20/10万), amounts in two magnitudes (1亿3000万元, 12万2757户), tenths (三成) and bare levels
of a rate or index (控制在0.19以下)."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from . import vocab
from .figure import SUFFIX_RE, Quantity, prefix_cmp
from .numerals import magnitude_factor, parse_chinese_number, parse_number


def special(an: str, txt: str, start: int, end: int) -> list[Quantity]:
    """Figures of the special forms in an[start:end]."""
    return (
        _rates(an, txt, start, end)
        + _compounds(an, txt, start, end)
        + _ranks(an, txt, start, end)
        + _tenths(an, txt, start, end)
        + _halves(an, start, end)
        + _levels(an, start, end)
        + _plus_minus(an, start, end)
    )


# Ranks: a place among others to reach (排名全市前三, 进入全省前10名, 位居全市第一) or places
# to climb (前进不少于1个位次, 位次前移2位). Top N is rank <= N.
_PLACES = "一二三四五六七八九十"
# 保三争一 (but not 保三争五): the place striven for above the place kept
_RANK_PAIR_RE = re.compile("|".join(f"保{k}争[{_PLACES[:i]}]" for i, k in enumerate(_PLACES) if i))
_RANK_N = r"(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})"
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
    r"|(?<=保)(?P<keep>[一二三四五六七八九十])(?=争[一二三四五六七八九十])"
    r"|(?<=保[一二三四五六七八九十]争)(?P<win>[一二三四五六七八九十])"
)
# 排在第5位 states where a place stands; these verbs set where it is to stand.
_RANK_VERB_RE = re.compile(
    r"(?:(?:排名|排位|位居|位列|进入|跻身|保持|稳居|跃居|跃升至?|达到|争先进位到?|冲刺|冲进|挺进|力争"
    r")[^,;。]{0,6}|(?<![推促增引改先])进)$"
)
RANK_UNIT = "名次"
# A rate per head of population: 20/10万, 10万分之58 (value 58 per 100,000).
_PER = r"(?:10万|十万|100万|百万|万|千|1000)"
RATE_RE = re.compile(
    r"(?<![\d.])(?:(?P<num>\d+(?:\.\d+)?)\s*/\s*(?P<per>" + _PER + r")"
    r"|(?P<per2>"
    + _PER
    + r")分之(?P<num2>\d+(?:\.\d+)?|[一二两三四五六七八九十][〇零一二三四五六七八九十点]*))"
)
# 千分之四点五: per thousand, as 百分之 is per hundred, is a rate in ‰.
_PER_MILLE = ("千", "1000")
# An amount written in two magnitudes (2兆6,500亿元, 1亿3000万元, Taiwan's 15億 4,759萬元 with a
# space between) is one figure.
COMPOUND_RE = re.compile(
    r"(?<![\d.])(?P<a>\d+(?:\.\d+)?)(?P<m1>万亿|兆|亿|万) ?(?P<b>\d{1,3}(?:,\d{3})+|\d+)"
    # 205亿6000多万: more than, told before the second magnitude
    # 1万5千个: thousands after ten-thousands (but 1万5千万 is no figure)
    # 5亿5千余万: more than, told inside the second magnitude
    r"(?P<more0>多|余)?(?P<m2>千万|千(?P<mid>[多余])万|亿|万|(?<=万\d)千)(?![亿万])(?P<more>余)?"
    # 1亿2957万8000元: the units after the ten-thousands, a third part
    r"(?:(?<=万)(?P<rest>\d{1,4})(?=[元人户个]))?(?P<unit>" + vocab.alt(vocab.BASE_UNITS) + r")?"
)
# A share in tenths (占整体约一成, 不少于三成): 成 after a one-digit numeral that a share,
# an amount or a comparator word leads to; 一成不变, 建成 and 3成为 are no shares.
TENTHS_RE = re.compile(
    r"(?:(?<=[占约达于过至近逾到各少加高低降长盖超有])|(?<=全[\u4e00-\u9fff])|(?<=全[\u4e00-\u9fff]{2}))"
    r"(?P<num>[一二两三四五六七八九]|[1-9])"
    r"(?:(?:至|到|-|—)(?P<num2>[一二两三四五六七八九]|[1-9]))?成(?![为功立长本果效交就绩员都])"
    r"(?:(?P<half>半)|(?P<tenth>[一二三四五六七八九1-9])(?![\d一二三四五六七八九十百千万亿个年月日天次项座所家条人倍]))?"
)
# …and 12万2757户: ten-thousands, then the remainder in units (Taiwan's usual way).
REMAINDER_RE = re.compile(
    r"(?<![\d.])(?P<a>\d+)(?P<m1>万)(?P<b>\d{1,4}|\d,\d{3})(?![\d.万亿])(?P<unit>"
    + vocab.alt(vocab.BASE_UNITS)
    + r")"
)


def _figure(
    an: str,
    m: re.Match[str],
    *,
    num_end: int,
    value: Decimal,
    unit: str,
    base_unit: str,
    factor: int = 1,
    cmp: str | None = None,
    start: int | None = None,
    value_max: Decimal | None = None,
) -> Quantity:
    """A figure of one of the special forms (a rank, a two-magnitude amount, a rate per head):
    never a percentage or a Chinese enumeration, and a range only in tenths (三至四成). A fixed ``cmp`` replaces the words
    around it; otherwise they are read as for any figure."""
    sm = None if cmp else SUFFIX_RE.match(an, m.end())
    return Quantity(
        start=m.start() if start is None else start,
        num_end=num_end,
        unit_end=m.end(),
        end=sm.end() if sm else m.end(),
        value=value,
        value_max=value_max,
        unit=unit,
        base_unit=base_unit,
        factor=factor,
        percent=False,
        chinese=False,
        prefix_cmp=None if cmp else prefix_cmp(an, m.start()),
        suffix_cmp=cmp or (vocab.SUFFIX_COMPARATORS[sm.group()] if sm else None),
        approx=False,
        is_range=value_max is not None,
    )


_CHARSETS: dict[str, re.Pattern[str]] = {}


def _has(an: str, start: int, end: int, chars: str) -> bool:
    rx = _CHARSETS.get(chars)
    if rx is None:
        rx = _CHARSETS[chars] = re.compile(f"[{re.escape(chars)}]")
    return rx.search(an, start, end) is not None


def _ranks(an: str, txt: str, start: int, end: int) -> list[Quantity]:
    out: list[Quantity] = []
    if not _has(an, start, end, "前第升高移争"):
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
            _figure(
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


_TWO_PARTS_RE = re.compile(r"[亿兆万] ?\d")


_SMALLER = {"千": 1000, "千万": 10**7}  # magnitudes only a compound's second part uses


def _compounds(an: str, txt: str, start: int, end: int) -> list[Quantity]:
    out: list[Quantity] = []
    if not _TWO_PARTS_RE.search(an, start, end):
        return out  # no magnitude with digits after it, as both forms need
    for m in COMPOUND_RE.finditer(an, start, end):
        m2 = "千万" if m.group("mid") else m.group("m2")
        f1, f2 = magnitude_factor(m.group("m1")), _SMALLER.get(m2, 0)
        f2 = f2 or magnitude_factor(m2)
        if f2 < f1:
            value = parse_number(m.group("a")) + parse_number(m.group("b")) * f2 / f1
            if m.group("rest"):
                value += parse_number(m.group("rest")) / f1
            out.append(_in_two_parts(an, txt, m, value, f1))
    for m in REMAINDER_RE.finditer(an, start, end):
        if any(q.start <= m.start() < q.unit_end for q in out):
            continue  # (2957万8000元 inside 1亿2957万8000元)
        value = parse_number(m.group("a")) + parse_number(m.group("b")) / 10000
        out.append(_in_two_parts(an, txt, m, value, 10000))
    return out


def _in_two_parts(an: str, txt: str, m: re.Match[str], value: Decimal, factor: int) -> Quantity:
    """A figure written as a magnitude and what follows it; the unit keeps the magnitude."""
    unit = m.group("unit") or ""
    unit_text = txt[m.start("m1") : m.end("m1")] + (
        txt[m.start("unit") : m.end("unit")] if unit else ""
    )
    # 1亿3000万余元, 205亿6000多万, 5亿5千余万: more than
    more = ">" if any(m.groupdict().get(k) for k in ("more", "more0", "mid")) else None
    return _figure(
        an,
        m,
        num_end=m.start("m1"),
        value=value,
        unit=unit_text,
        base_unit=unit,
        factor=factor,
        cmp=more,
    )


def _tenths(an: str, txt: str, start: int, end: int) -> list[Quantity]:
    out: list[Quantity] = []
    if not _has(an, start, end, "成"):
        return out
    for m in TENTHS_RE.finditer(an, start, end):
        value, top = (
            parse_number(n) if n.isdigit() else parse_chinese_number(n)
            for n in (m.group("num"), m.group("num2") or m.group("num"))
        )
        if m.group("half"):
            value, top = value + Decimal("0.5"), top + Decimal("0.5")
        elif t := m.group("tenth"):  # 3成5, 七成五: three and a half tenths, in hundredths
            tenth = (parse_number(t) if t.isdigit() else parse_chinese_number(t)) / 10
            value, top = value + tenth, top + tenth
        about = an.startswith("约占", m.start() - 2)  # 约占一成: the 约 stands before 占
        out.append(
            _figure(
                an,
                m,
                num_end=m.end("num"),
                value=value,
                unit="成",
                base_unit="成",
                cmp="~" if about or m.group("num2") else None,
                value_max=top if m.group("num2") else None,  # 减少三至四成
            )
        )
    return out


# 降至4年半, 缩短到两个半小时: a span and a half a level reaches (a plain 4年 is a date, no
# span; 在未来一年半内 is the time to a deadline).
HALVES_RE = re.compile(
    r"(?<![\d.])(?P<num>\d{1,2}|[一二两三四五六七八九十])(?P<unit>年|个(?=半月)|个(?=半小时)|小时)半"
    r"(?P<tail>月|小时)?"
)


_REACHED_LEVEL = ("至", "到", "为", "控制在", "低于", "少于", "不超过")


def _halves(an: str, start: int, end: int) -> list[Quantity]:
    if not _has(an, start, end, "半"):
        return []
    out: list[Quantity] = []
    for m in HALVES_RE.finditer(an, start, end):
        if not an.endswith(_REACHED_LEVEL, start, m.start()) or an.startswith("内", m.end()):
            continue
        n = m.group("num")
        value = (Decimal(n) if n.isdigit() else parse_chinese_number(n)) + Decimal("0.5")
        unit = m.group("tail") or m.group("unit")
        unit = "个月" if unit == "月" else unit
        out.append(_figure(an, m, num_end=m.end("num"), value=value, unit=unit, base_unit=unit))
    return out


def _rates(an: str, txt: str, start: int, end: int) -> list[Quantity]:
    out: list[Quantity] = []
    if not _has(an, start, end, "/分"):
        return out  # none of the characters this form needs
    for m in RATE_RE.finditer(an, start, end):
        num = m.group("num") or m.group("num2")
        a, b = m.span("per") if m.group("per") else m.span("per2")
        num_end = m.end("num") if m.group("num") else m.end()
        mille = m.group("per2") in _PER_MILLE
        out.append(
            _figure(
                an,
                m,
                num_end=num_end,
                value=parse_number(num),
                unit="‰" if mille else "/" + txt[a:b],
                base_unit="‰" if mille else "/" + an[a:b],
            )
        )
    return out


# 死亡率控制在0.19以下, 基尼系数降至0.4, PUE值降到1.3以下: a rate, index, ratio or value set to a
# bare number (no unit).
_LEVEL_RE = re.compile(
    # (…发展指数达85, 健康期望寿命≥71, 家庭病床占常住人口比例≥3 too; 系数力争达到0.6)
    r"(?<=[率数比例命值])(?:力争|可|将|要|可以|预计)?(?:控制在|保持在|稳定在|降至|降到|下降到|下降至|降低到|降低至|达到|提高到|提高至"
    r"|提升到|提升至|(?P<cmp>不高于|不超过|低于|≥|≤)|达)(?P<num>\d+(?:\.\d+)?)"
    r"(?P<ratio>[:：]1(?![\d.]))?"  # 之比达到2.8:1: a ratio to one, its unit the second term
    r"(?=以下|以内|以上|左右|[;。、)\n]|,(?!\d{3})|$)"  # not 19,000户 (a grouped number)
)


_LEVEL_NEAR_RE = re.compile(r"[率数比例命值][^\d]{0,6}\d")
# (2.8:1 is a ratio's value: the second term is the unit)
_RATIO_AFTER_RE = re.compile(r"[:：](?!1(?![\d.]))\d")


def _levels(an: str, start: int, end: int) -> list[Quantity]:
    if not _LEVEL_NEAR_RE.search(an, start, end):
        return []  # a level's word and its number are at most a modal and a verb apart
    return [
        _figure(
            an,
            m,
            num_end=m.end("num"),
            value=parse_number(m.group("num")),
            unit=":1" if m.group("ratio") else "",
            base_unit=":1" if m.group("ratio") else "",
            start=m.start("num"),
            cmp=vocab.PREFIX_COMPARATORS[m.group("cmp")] if m.group("cmp") else None,
        )
        for m in _LEVEL_RE.finditer(an, start, end)
        if not _RATIO_AFTER_RE.match(an, m.end())  # 产业结构比达到15:55:30: a ratio's term
    ]


_RANK_VERB_TAIL_RE = re.compile(
    r"(?:位居|位列|进入|跻身|保持|稳居|前进|提升|前移|上升|提高|力争|保|(?<![推促增引改先])进)+$"
)
# 综合实力力争进入长三角县域(前20强): the verb goes, the field ranked in stays
_RANK_VERB_MID_RE = re.compile(r"(?:力争)?(?:位居|位列|进入|跻身|稳居|跃居)(?=[\u4e00-\u9fff])")
_RANK_VERB_HEAD_RE = re.compile(
    r"^(?:位居|位列|进入|跻身|保持|稳居|(?:加速|加快|奋力|全力)?(?:冲刺|冲进|挺进))"
)


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


# 减量28±2%, 28%加减2%: a share and how far it may stray either way, a range (26% to 30%).
PLUS_MINUS_RE = re.compile(
    r"(?<![\d.])(?P<num>\d+(?:\.\d+)?) ?%? ?(?:±|加减|正负) ?(?P<dev>\d+(?:\.\d+)?) ?%"
)


def _plus_minus(an: str, start: int, end: int) -> list[Quantity]:
    if not _has(an, start, end, "±减负"):
        return []
    out = []
    for m in PLUS_MINUS_RE.finditer(an, start, end):
        mid, dev = parse_number(m.group("num")), parse_number(m.group("dev"))
        if dev >= mid:
            continue  # 5±8%: no share of a range that starts below nothing
        q = _figure(
            an,
            m,
            num_end=m.end("num"),
            value=mid - dev,
            unit="%",
            base_unit="%",
            cmp="~",
            value_max=mid + dev,
        )
        out.append(dataclasses.replace(q, percent=True))
    return out
