"""Find figures with units (236.6亿元, 一千两百万人, 百分之四点五至百分之五, 超万家)
and read their value, unit, magnitude and comparator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from . import vocab
from .numerals import magnitude_factor, parse_chinese_number, parse_number, split_magnitude
from .scan import Anchored

_CN = "零〇○一二两三四五六七八九十百千万亿兆点"
# 36,000 and 10 000 (a space between groups, as Hong Kong's official texts write): digits
# grouped by thousands are one number.
_NUM = r"\d{1,3}(?:(?:,\d{3})+|(?: \d{3})+)(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?|[" + _CN + r"]+"
# 5千户: thousands before a count (千米, 千瓦, 千克 are units of their own).
_THOUSAND_COUNT = r"千(?:" + vocab.alt(vocab.COUNT_UNITS) + r")"
_UNIT = (
    vocab.alt(vocab.PERCENT_UNITS)
    + r"|"
    + _THOUSAND_COUNT
    + r"|(?:万亿|亿|千万|万|兆)?(?:"
    + vocab.alt(vocab.BASE_UNITS)
    + r")|万亿|亿|万|兆"
)
# A fraction (四分之一) is no figure of its own: neither its numerator after 分之 nor the
# denominator before it.
QTY_RE = re.compile(
    r"(?<![\d.A-Za-z])(?<!分之)(?![一二两三四五六七八九十]分之)(?P<pct>百分之)?(?P<num>"
    + _NUM
    + r")(?P<approx>余|多)?"
    r"(?:(?P<rsep>-|—|~|至|到)(?P<pct2>百分之)?(?P<num2>" + _NUM + r")(?P<approx2>余|多)?)?"
    r"(?: ?(?P<unit>" + _UNIT + r"))?"
)
# Every figure starts with 百(分之), a digit or a Chinese numeral.
_QTY_SCAN = Anchored(QTY_RE, r"\d百" + _CN)
# Ranks: a place among others to reach (排名全市前三, 进入全省前10名, 位居全市第一) or places
# to climb (前进不少于1个位次, 位次前移2位). Top N is rank <= N.
_RANK_N = r"(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})"
RANK_RE = re.compile(
    r"(?P<top>前)" + _RANK_N + r"(?P<unit>名|位)?(?![\d一二三四五六七八九十年月日])"
    r"|(?P<nth>第)"
    + _RANK_N.replace("?P<n>", "?P<n2>")
    + r"(?P<unit2>名|位)?(?![\d一二三四五六七八九十年月日个批次届期章条项])"
    r"|(?<=前进|提升|前移|上升|提高)(?P<cmp>不少于|至少)?"
    + _RANK_N.replace("?P<n>", "?P<steps>")
    + r"(?P<unit3>个位次|位次|位)"
)
# 排在第5位 states where a place stands; these verbs set where it is to stand.
_RANK_VERB_RE = re.compile(r"(?:排名|排位|位居|位列|进入|跻身|保持|稳居|争先进位到?)[^,;。]{0,6}$")
RANK_UNIT = "名次"
# A rate per head of population: 20/10万, 10万分之58 (value 58 per 100,000).
_PER = r"(?:10万|十万|100万|百万|万|千|1000)"
RATE_RE = re.compile(
    r"(?<![\d.])(?:(?P<num>\d+(?:\.\d+)?)\s*/\s*(?P<per>" + _PER + r")"
    r"|(?P<per2>" + _PER + r")分之(?P<num2>\d+(?:\.\d+)?))"
)
# An amount written in two magnitudes (2兆6,500亿元, 1亿3000万元) is one figure.
COMPOUND_RE = re.compile(
    r"(?<![\d.])(?P<a>\d+(?:\.\d+)?)(?P<m1>万亿|兆|亿)(?P<b>\d{1,3}(?:,\d{3})+|\d+)"
    r"(?P<m2>亿|万)(?![亿万])(?P<unit>" + vocab.alt(vocab.BASE_UNITS) + r")?"
)
# A share in tenths (占整体约一成, 不少于三成): 成 after a one-digit numeral that a share,
# an amount or a comparator word leads to; 一成不变, 建成 and 3成为 are no shares.
TENTHS_RE = re.compile(
    r"(?<=[占约达于过至近逾到])(?P<num>[一二两三四五六七八九]|[1-9])成(?![为功立长本果效交就绩员都])"
)
# …and 12万2757户: ten-thousands, then the remainder in units (Taiwan's usual way).
REMAINDER_RE = re.compile(
    r"(?<![\d.])(?P<a>\d+)(?P<m1>万)(?P<b>\d{1,4})(?![\d.万亿])(?P<unit>"
    + vocab.alt(vocab.BASE_UNITS)
    + r")"
)
_SUFFIX_RE = re.compile(vocab.alt(vocab.SUFFIX_COMPARATORS))
_PREFIX_KEYS = sorted(vocab.PREFIX_COMPARATORS, key=len, reverse=True)
_PREFIX_TUPLE = tuple(_PREFIX_KEYS)
_COUNT = set(vocab.COUNT_UNITS)
_DIGIT_CN = set("一二两三四五六七八九")
# A figure written only with magnitude characters (万, 千亿) needs a verb before it.
_THROUGH = frozenset("经通不度越")  # 经过, 通过, 不过, 度过, 越过 before a figure
_BARE_VERBS = ("突破", "超过", "超", "达到", "达", "迈上", "跨上", "逾", "近", "过")


@dataclass
class Quantity:
    start: int  # first char of the figure (incl. 百分之)
    num_end: int
    unit_end: int
    end: int  # after suffix comparator (以上/左右)
    value: Decimal
    value_max: Decimal | None
    unit: str  # as written in the cleaned original script
    base_unit: str  # simplified, without magnitude
    factor: int
    percent: bool
    chinese: bool
    prefix_cmp: str | None
    suffix_cmp: str | None
    approx: bool
    is_range: bool

    @property
    def is_count(self) -> bool:
        return self.base_unit in _COUNT

    @property
    def base_value(self) -> Decimal:
        return self.value * self.factor

    def comparator(self, group_prefix: str | None = None, group_suffix: str | None = None) -> str:
        if self.is_range:
            return "~"
        return (
            self.suffix_cmp
            or (">" if self.approx else None)
            or self.prefix_cmp
            or group_suffix
            or group_prefix
            or "="
        )


# 至少 may govern a short verb before the figure (各县至少办1所, 至少建成3个).
_AT_LEAST_VERB_RE = re.compile(r"至少[\u4e00-\u9fff]{1,2}$")


def _prefix_cmp(an: str, pos: int) -> str | None:
    before = an[max(0, pos - 4) : pos]
    if not before.endswith(_PREFIX_TUPLE) and "至少" not in before:
        return None  # most figures: nothing to look at
    for k in _PREFIX_KEYS:
        if before.endswith(k):
            if k == "过" and before[-2:-1] in _THROUGH:
                continue  # 经过3年, 通过5项: not "more than"
            return vocab.PREFIX_COMPARATORS[k]
    if _AT_LEAST_VERB_RE.search(an, max(0, pos - 4), pos):
        return ">="
    return None


# Every figure form starts with a digit or a Chinese numeral (前三, 百分之六, 一千两百万).
_ANY_NUMERAL_RE = re.compile(r"[\d一二两三四五六七八九十百千万亿兆零〇○]")


def find(an: str, txt: str, start: int, end: int) -> list[Quantity]:
    """Figures in an[start:end] (analysis text); units are read from txt (original script)."""
    if not _ANY_NUMERAL_RE.search(an, start, end):
        return []  # half of all clauses: no figure can start without a numeral
    out = (
        _rates(an, txt, start, end)
        + _compounds(an, txt, start, end)
        + _ranks(an, txt, start, end)
        + _tenths(an, txt, start, end)
    )
    taken = [(q.start, q.unit_end) for q in out]
    for m in _QTY_SCAN.finditer(an, start, end):
        if any(a <= m.start() < b for a, b in taken):
            continue
        num, unit = m.group("num"), m.group("unit") or ""
        pct = bool(m.group("pct"))
        chinese = not num[0].isdigit()
        if not unit and not pct and not chinese:
            continue
        if m.start() > 0 and an[m.start() - 1] == "第":
            continue  # ordinal: 第7年, 第138位
        latin_unit = unit[:1].isascii() and unit[:1].isalpha()
        if latin_unit and re.match(r"[A-Za-z]", an[m.end() : m.end() + 1]):
            continue  # a longer Latin word, not a unit
        if (
            not chinese
            and not latin_unit
            and re.match(r"[A-Za-z]", an[m.end("num") : m.end("num") + 1])
        ):
            continue  # 5G, 3A
        num_end = m.end("num")
        try:
            if chinese:
                digits, mag = split_magnitude(num)
                if not digits and not mag:
                    continue
                if not (_DIGIT_CN & set(digits)):
                    # 万亿元 / 千亿: only a figure after a verb such as 突破, 超, 达.
                    verb = an[max(0, m.start() - 2) : m.start()]
                    if not verb.endswith(_BARE_VERBS):
                        continue
                    bare_pass = verb.endswith("过") and not verb.endswith("超过")
                    if bare_pass and not an.startswith("元", num_end):
                        continue  # 过亿项目, 营业收入过千亿的企业: a threshold in a name
                value = parse_number(digits) if digits else Decimal(1)
                mag_start = m.start("num") + len(digits)
            else:
                value = parse_number(num)
                mag_start = num_end
                mag = ""
            value_max = None
            if m.group("num2"):
                d2, mag2 = (
                    split_magnitude(m.group("num2"))
                    if not m.group("num2")[0].isdigit()
                    else (m.group("num2"), "")
                )
                value_max = parse_number(d2) if d2 else Decimal(1)
                if mag2 and not mag:
                    mag, mag_start = mag2, m.end("num2") - len(mag2)
        except (ValueError, ArithmeticError):
            continue
        percent = pct or unit in vocab.PERCENT_UNITS
        if chinese and not pct and unit in vocab.PERCENT_UNITS:
            continue
        umag = ""
        base_unit = unit
        for mg in ("万亿", "亿", "千万", "万", "兆", "千"):
            if unit.startswith(mg) and (mg != "千" or unit[1:] in _COUNT):
                umag, base_unit = mg, unit[len(mg) :]
                break
        if m.group("num2") and not m.group("unit") and not pct and not mag:
            continue
        if not base_unit and not percent and not (mag or umag):
            continue
        if pct:
            unit_text = "%"
        elif mag and not umag:
            unit_text = txt[mag_start : m.end("unit") if m.group("unit") else m.end()]
        else:
            unit_text = txt[m.start("unit") : m.end("unit")]
        if chinese and mag and not umag and m.group("num2") is None:
            # Chinese numeral: the magnitude chars belong to the unit (一千两百万人 → 万人).
            num_end = mag_start
        factor = {"千": 1000, "千万": 10**7}.get(umag) or magnitude_factor(mag + umag)
        unit_end = m.end()
        suffix = None
        sm = _SUFFIX_RE.match(an, unit_end)
        end = unit_end
        if sm:
            suffix = vocab.SUFFIX_COMPARATORS[sm.group()]
            end = sm.end()
        out.append(
            Quantity(
                start=m.start(),
                num_end=num_end,
                unit_end=unit_end,
                end=end,
                value=value,
                value_max=value_max,
                unit=unit_text,
                base_unit=base_unit,
                factor=factor,
                percent=percent,
                chinese=chinese,
                prefix_cmp=_prefix_cmp(an, m.start()),
                suffix_cmp=suffix,
                approx=bool(m.group("approx") or m.group("approx2")),
                is_range=value_max is not None,
            )
        )
    out.sort(key=lambda q: q.start)
    return out


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
) -> Quantity:
    """A figure of one of the special forms (a rank, a two-magnitude amount, a rate per head):
    never a range, a percentage or a Chinese enumeration. A fixed ``cmp`` replaces the words
    around it; otherwise they are read as for any figure."""
    sm = None if cmp else _SUFFIX_RE.match(an, m.end())
    return Quantity(
        start=m.start(),
        num_end=num_end,
        unit_end=m.end(),
        end=sm.end() if sm else m.end(),
        value=value,
        value_max=None,
        unit=unit,
        base_unit=base_unit,
        factor=factor,
        percent=False,
        chinese=False,
        prefix_cmp=None if cmp else _prefix_cmp(an, m.start()),
        suffix_cmp=cmp or (vocab.SUFFIX_COMPARATORS[sm.group()] if sm else None),
        approx=False,
        is_range=False,
    )


_CHARSETS: dict[str, re.Pattern[str]] = {}


def _has(an: str, start: int, end: int, chars: str) -> bool:
    rx = _CHARSETS.get(chars)
    if rx is None:
        rx = _CHARSETS[chars] = re.compile(f"[{re.escape(chars)}]")
    return rx.search(an, start, end) is not None


def _ranks(an: str, txt: str, start: int, end: int) -> list[Quantity]:
    out: list[Quantity] = []
    if not _has(an, start, end, "前第升高移"):
        return out  # none of the characters this form needs
    for m in RANK_RE.finditer(an, start, end):
        if m.group("steps"):
            n, unit = m.group("steps"), m.group("unit3")
            cmp = ">=" if m.group("cmp") else "="
        else:
            if not _RANK_VERB_RE.search(an, max(start, m.start() - 12), m.start()):
                continue
            n = m.group("n") or m.group("n2")
            unit = m.group("unit") or m.group("unit2") or "名"
            cmp = "<=" if m.group("top") else "="
        value = Decimal(n) if n.isdigit() else parse_chinese_number(n)
        out.append(
            _figure(an, m, num_end=m.end(), value=value, unit=unit, base_unit=RANK_UNIT, cmp=cmp)
        )
    return out


def _compounds(an: str, txt: str, start: int, end: int) -> list[Quantity]:
    out: list[Quantity] = []
    if not _has(an, start, end, "亿兆万"):
        return out  # none of the characters this form needs
    for m in COMPOUND_RE.finditer(an, start, end):
        f1, f2 = magnitude_factor(m.group("m1")), magnitude_factor(m.group("m2"))
        if f2 < f1:
            value = parse_number(m.group("a")) + parse_number(m.group("b")) * f2 / f1
            out.append(_in_two_parts(an, txt, m, value, f1))
    for m in REMAINDER_RE.finditer(an, start, end):
        value = parse_number(m.group("a")) + parse_number(m.group("b")) / 10000
        out.append(_in_two_parts(an, txt, m, value, 10000))
    return out


def _in_two_parts(an: str, txt: str, m: re.Match[str], value: Decimal, factor: int) -> Quantity:
    """A figure written as a magnitude and what follows it; the unit keeps the magnitude."""
    unit = m.group("unit") or ""
    unit_text = txt[m.start("m1") : m.end("m1")] + (
        txt[m.start("unit") : m.end("unit")] if unit else ""
    )
    return _figure(
        an, m, num_end=m.start("m1"), value=value, unit=unit_text, base_unit=unit, factor=factor
    )


def _tenths(an: str, txt: str, start: int, end: int) -> list[Quantity]:
    out: list[Quantity] = []
    if not _has(an, start, end, "成"):
        return out
    for m in TENTHS_RE.finditer(an, start, end):
        num = m.group("num")
        value = parse_number(num) if num.isdigit() else parse_chinese_number(num)
        about = an.startswith("约占", m.start() - 2)  # 约占一成: the 约 stands before 占
        out.append(
            _figure(
                an,
                m,
                num_end=m.end("num"),
                value=value,
                unit="成",
                base_unit="成",
                cmp="~" if about else None,
            )
        )
    return out


def _rates(an: str, txt: str, start: int, end: int) -> list[Quantity]:
    out: list[Quantity] = []
    if not _has(an, start, end, "/分"):
        return out  # none of the characters this form needs
    for m in RATE_RE.finditer(an, start, end):
        num = m.group("num") or m.group("num2")
        a, b = m.span("per") if m.group("per") else m.span("per2")
        num_end = m.end("num") if m.group("num") else m.end()
        out.append(
            _figure(
                an,
                m,
                num_end=num_end,
                value=parse_number(num),
                unit="/" + txt[a:b],
                base_unit="/" + an[a:b],
            )
        )
    return out
