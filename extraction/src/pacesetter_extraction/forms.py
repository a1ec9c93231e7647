"""Figures of special forms, found before the plain ones: ranks (排名前三, in ranks.py), rates
per head (20/10万), amounts in two magnitudes (1亿3000万元, 12万2757户) or with their places in
words (6千4百54万元), tenths (三成) and bare levels of a rate or index (控制在0.19以下)."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from . import vocab
from .figure import Quantity, formed, has_any
from .numerals import magnitude_factor, parse_chinese_number, parse_number
from .ranks import ranks


def special(an: str, txt: str, start: int, end: int) -> list[Quantity]:
    """Figures of the special forms in an[start:end]."""
    return (
        _rates(an, txt, start, end)
        + _compounds(an, txt, start, end)
        + ranks(an, start, end)
        + _tenths(an, txt, start, end)
        + _halves(an, start, end)
        + _levels(an, start, end)
        + _plus_minus(an, start, end)
    )


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
    r"(?<![\d.])(?P<a>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<m1>万亿|兆|亿|万) ?(?P<b>\d{1,3}(?:,\d{3})+|\d+)"
    # 205亿6000多万: more than, told before the second magnitude
    # 1万5千个: thousands after ten-thousands (but 1万5千万 is no figure)
    # 5亿5千余万: more than, told inside the second magnitude
    r"(?P<more0>多|余)?(?P<m2>千万|千(?P<mid>[多余])万|亿|万|(?<=万\d)千)(?![亿万])(?P<more>余)?"
    # 1亿2957万8000元: the units after the ten-thousands, a third part
    # …or its thousands (52亿3,639万7千元)
    r"(?:(?<=万)(?P<rest>\d{1,4})(?=[元人户个])|(?<=万)(?P<thou>\d)千(?=元))?"
    r"(?P<unit>" + vocab.alt(vocab.BASE_UNITS) + r")?"
)
# A share in tenths (占整体约一成, 不少于三成): 成 after a one-digit numeral that a share,
# an amount or a comparator word leads to; 一成不变, 建成 and 3成为 are no shares.
TENTHS_RE = re.compile(
    r"(?:(?<=[占约达于过至近逾到各少加高低降长盖超有])|(?<=全[\u4e00-\u9fff])|(?<=全[\u4e00-\u9fff]{2}))"
    r"(?P<num>[一二两三四五六七八九]|[1-9])"
    r"(?:(?:至|到|-|—)(?P<num2>[一二两三四五六七八九]|[1-9]))?成(?![为功立长本果效交就绩员都])"
    r"(?:(?P<half>半)|(?P<tenth>[一二三四五六七八九1-9])(?![\d一二三四五六七八九十百千万亿个年月日天次项座所家条人倍]))?"
)
# 6千4百54万元: digits with their places told in words, before a magnitude (6454万元)
PLACED_RE = re.compile(
    r"(?<![\d.])(?P<th>\d)千(?:(?P<hu>\d)百)?(?:(?P<te>\d)十)?(?P<un>\d{1,2})?"
    r"(?<![千])(?P<m1>万|亿)(?P<unit>" + vocab.alt(vocab.BASE_UNITS) + r")?"
)
# …and 12万2757户: ten-thousands, then the remainder in units (Taiwan's usual way).
REMAINDER_RE = re.compile(
    r"(?<![\d.])(?P<a>\d+)(?P<m1>万)(?P<b>\d{1,4}|\d,\d{3})(?![\d.万亿])(?P<unit>"
    + vocab.alt(vocab.BASE_UNITS)
    + r")"
)


_TWO_PARTS_RE = re.compile(r"[亿兆万] ?\d|\d千\d")


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
            elif m.group("thou"):
                value += parse_number(m.group("thou")) * 1000 / f1
            out.append(_in_two_parts(an, txt, m, value, f1))
    for m in PLACED_RE.finditer(an, start, end):
        parts = [(m.group(k), f) for k, f in (("th", 1000), ("hu", 100), ("te", 10), ("un", 1))]
        value = sum((Decimal(d) * f for d, f in parts if d), Decimal(0))
        out.append(_in_two_parts(an, txt, m, value, magnitude_factor(m.group("m1"))))
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
    return formed(
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
    if not has_any(an, start, end, "成"):
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
            formed(
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
    if not has_any(an, start, end, "半"):
        return []
    out: list[Quantity] = []
    for m in HALVES_RE.finditer(an, start, end):
        if not an.endswith(_REACHED_LEVEL, start, m.start()) or an.startswith("内", m.end()):
            continue
        n = m.group("num")
        value = (Decimal(n) if n.isdigit() else parse_chinese_number(n)) + Decimal("0.5")
        unit = m.group("tail") or m.group("unit")
        unit = "个月" if unit == "月" else unit
        out.append(formed(an, m, num_end=m.end("num"), value=value, unit=unit, base_unit=unit))
    return out


def _rates(an: str, txt: str, start: int, end: int) -> list[Quantity]:
    out: list[Quantity] = []
    if not has_any(an, start, end, "/分"):
        return out  # none of the characters this form needs
    for m in RATE_RE.finditer(an, start, end):
        num = m.group("num") or m.group("num2")
        a, b = m.span("per") if m.group("per") else m.span("per2")
        num_end = m.end("num") if m.group("num") else m.end()
        mille = m.group("per2") in _PER_MILLE
        out.append(
            formed(
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
        formed(
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


# 减量28±2%, 28%加减2%: a share and how far it may stray either way, a range (26% to 30%).
PLUS_MINUS_RE = re.compile(
    r"(?<![\d.])(?P<num>\d+(?:\.\d+)?) ?%? ?(?:±|加减|正负) ?(?P<dev>\d+(?:\.\d+)?) ?%"
)


def _plus_minus(an: str, start: int, end: int) -> list[Quantity]:
    if not has_any(an, start, end, "±减负"):
        return []
    out = []
    for m in PLUS_MINUS_RE.finditer(an, start, end):
        mid, dev = parse_number(m.group("num")), parse_number(m.group("dev"))
        if dev >= mid:
            continue  # 5±8%: no share of a range that starts below nothing
        q = formed(
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
