"""Find figures with units (236.6亿元, 一千两百万人, 百分之四点五至百分之五, 超万家)
and read their value, unit, magnitude and comparator.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import vocab
from .figure import COUNT, SUFFIX_RE, Quantity, prefix_cmp
from .forms import special
from .numerals import magnitude_factor, parse_number, split_magnitude
from .ranks import RANK_UNIT
from .scan import Anchored

__all__ = ["RANK_UNIT", "Quantity", "find"]

_CN = "零〇○一二两三四五六七八九十廿卅百千万亿兆点"
# 36,000 and 10 000 (a space between groups, as Hong Kong's official texts write): digits
# grouped by thousands are one number; so are 1089,0827,000 (groups of 万 before the last three
# digits, as some Taiwan councils write budgets).
_NUM = (
    r"\d{1,4}(?:,\d{4})+,\d{3}(?![\d])|\d{1,3}(?:(?:,\d{3})+|(?: \d{3})+)(?![\d])(?:\.\d+)?|\d+(?:(?:\.|点(?=\d+(?![\d分])))\d+)?"
    r"|[〇○零一二三四五六七八九]+\.[〇○零一二三四五六七八九]+[万亿兆]*|[" + _CN + r"]+"
)
# 5千户: thousands before a count (千米, 千瓦, 千克 are units of their own).
_THOUSAND_OF = ("元", "公里", "亩", "公顷")  # …and 6千元, 1千公里, 5千亩 (not 千米, a unit)
_THOUSAND_COUNT = r"千(?:" + vocab.alt(vocab.COUNT_UNITS + list(_THOUSAND_OF)) + r")"
_UNIT = (
    vocab.alt(vocab.PERCENT_UNITS)
    + r"|"
    + _THOUSAND_COUNT
    # 2万多个, 3万余户: more than, told between the magnitude and the counting word
    + r"|(?:万亿|亿|千万|万|兆)[多余](?:"
    + vocab.alt(vocab.BASE_UNITS)
    + r")"
    + r"|(?:万亿|亿|千万|万|兆)?(?:"
    + vocab.alt(vocab.BASE_UNITS)
    + r")|万亿|亿|万|兆"
)
_TWICE_UNIT = vocab.alt([u for u in vocab.BASE_UNITS if u != "年"])
_MID_MORE_RE = re.compile(r"(?:万亿|亿|千万|万|兆)[多余]")
# A fraction (四分之一) is no figure of its own: neither its numerator after 分之 nor the
# denominator before it.
QTY_RE = re.compile(
    # 占全市GDP5%: after an abbreviation of three capitals a share may start (not G20, PM2.5)
    r"(?<![\d.])(?:(?<=[A-Z]{3})(?=\d+(?:\.\d+)?%)|(?<![A-Za-z]))"
    r"(?<!分之)(?![一二两三四五六七八九十]分之)(?P<pct>百分之)?(?P<num>"
    + _NUM
    + r")(?P<approx>余|多)?"
    # 7.5%至10%, 35张~40张: a range that writes its unit twice (not 增加500个至3500个, a
    # change and where it ends, unless 不等 follows)
    r"(?:(?:%(?=(?:-|—|~|至|到)\d+(?:\.\d+)?%)"
    r"|(?P<unit1>" + _TWICE_UNIT + r")(?=(?:-|—|~)\d+(?:\.\d+)?(?P=unit1)"
    # 2,900元至11,200元不等: 至 too when the range says it varies
    r"|(?:至|到)\d[\d,]*(?:\.\d+)?(?P=unit1)不等)"
    # 930万至940万人次: the magnitude written twice (the unit once, after the second)
    r"|(?P<mag1>万亿|亿|千万|万)(?=(?:-|—|~|至)\d+(?:\.\d+)?(?P=mag1)))?"
    # (3.5至 4名: a page's space after the range's word)
    r"(?P<rsep>--|——|-|—|~|至 ?|到)(?P<pct2>百分之)?(?P<num2>" + _NUM + r")(?P<approx2>余|多)?)?"
    r"(?: ?(?P<unit>" + _UNIT + r"))?"
)
# Every figure starts with 百(分之), a digit or a Chinese numeral.
_QTY_SCAN = Anchored(QTY_RE, r"\d百" + _CN)
_DIGIT_CN = set("一二两三四五六七八九")
_TENS_ALONE = ("十", "拾", "廿", "卅")  # 增加十%, 投入卅亿: a number, not a bare magnitude
_MAGNITUDES = ("万亿", "亿", "千万", "万", "兆")
# 360台/万人, 1.2万吨/日: a density per head, a capacity per day or year
_PER_RE = re.compile(r"/(?:(?:万|千|百|十万)?人(?:口)?|日|天|年|月|小时)")
# A figure written only with magnitude characters (万, 千亿) needs a verb before it.
_BARE_VERBS = ("突破", "超过", "超", "达到", "达", "迈上", "跨上", "逾", "近", "过", "瞄准", "冲刺")
# …or a verb that provides dwellings or sites, before their counting word (兴建万间, 新增万套).
_BUILD_VERBS = ("兴建", "新建", "建设", "建成", "提供", "新增", "增加", "供应", "筹集")
_BUILT_UNITS = frozenset("间套个座所户栋")
_ENTITY_HEADS = tuple(vocab.ENTITY_HEADS)
_DURATION_RE = re.compile(r"\d{1,2}\.\d")  # 11.7年, not 1.2021年 (an item's number)
_YEAR_LIKE_RE = re.compile(r"(?:19|20)\d{2}")
_YEARS_BOUND_RE = re.compile(r"以上|左右|以内|及以上")
# What follows a phase's number (二期工程, 三期的建设, 二期扩建): the work it is a phase of
# (分三期建设 counts the phases).
_PHASE_OF = ("工程", "项目", "建设", "的建设", "的工程", "改造", "扩建", "续建", "开发")


def _base_of(unit: str) -> str:
    """The unit without its magnitude (万户 → 户)."""
    return unit.lstrip("万亿千兆")


def _years_counted(an: str, start: int, end: int, num: str) -> bool:
    """受教育年限…达到15年以上: a whole number of years is a figure when bounded and the
    sentence names a length in years (年限) it measures; 20年以上 alone tells an age."""
    if len(num) > 2 or not _YEARS_BOUND_RE.match(an, end, end + 3):
        return False
    head = an[max(0, start - 120) : start]
    return "年限" in head[head.rfind("。") + 1 :]


_AFTER_SCORE_RE = re.compile(r"$|[^\u4e00-\u9fff]|以|左|及|和|、|的|或")
_DATE_BEFORE_RE = re.compile(r"(?<!\d)\d{4}[-/.]\d{1,2}[-/.]$")
# Every figure form starts with a digit or a Chinese numeral (前三, 百分之六, 一千两百万).
_LATIN_RE = re.compile(r"[A-Za-z]")
_NOT_CUBIC_AFTER = frozenset("面案式向法针位便阵舱")
_PLACE_AFTER = frozenset("山路街庄屯庙沟村镇")
_TAI_PLACES = frozenset("中北南东湾州")  # 台中, 台湾, 台州: after a year, a place
_LEADING_ZERO_RE = re.compile(r"0\d")
_NOTE_RE = re.compile(r"\([\d.]+[^()\d]{1,6}\)(?=左右|以上|以下|以内)")
# A bracketed aside between a figure and its bound (70%(城区75%)以上), or the end of one after
# the aside's own figure: the bound is both figures'.
_ASIDE_RE = re.compile(r"(?:\([^()]{1,14}\)|\))(?=左右|以上|以下|以内)")
# Three or more Chinese digits without 十/百/千 (二四六, 一二三): a string of digits, not a number.
_DIGIT_STRING_RE = re.compile(r"[一二两三四五六七八九]{3,}")
# Two numerals side by side, each one more than the one before (or 三五), say "one or two",
# "three or four": how Chinese tells a loose count.
_NEIGHBOURS = {
    w: (Decimal(a), Decimal(b))
    for w, a, b in [("一两", 1, 2), ("两三", 2, 3), ("三四", 3, 4), ("四五", 4, 5), ("三五", 3, 5)]
    + [("五六", 5, 6), ("六七", 6, 7), ("七八", 7, 8), ("八九", 8, 9)]
}
# 内 after a span of time bounds it (not 内容, 内部: what lies inside)
_SPAN_UNITS = frozenset(("分钟", "小时", "个小时", "天", "个工作日", "工作日", "个月"))
_WITHIN_RE = re.compile(r"内(?![容部涵外地河陆蒙])")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_ANY_NUMERAL_RE = re.compile(r"[\d一二两三四五六七八九十百千万亿兆零〇○]")


def find(an: str, txt: str, start: int, end: int) -> list[Quantity]:
    """Figures in an[start:end] (analysis text); units are read from txt (original script)."""
    if not _ANY_NUMERAL_RE.search(an, start, end):
        return []  # half of all clauses: no figure can start without a numeral
    out = special(an, txt, start, end)
    taken = [(q.start, q.unit_end) for q in out]
    for m in _QTY_SCAN.finditer(an, start, end):
        if any(a <= m.start() < b for a, b in taken):
            continue
        num, unit = m.group("num"), m.group("unit") or ""
        pct = bool(m.group("pct"))
        chinese = not num[0].isdigit()
        if not unit and not pct and not chinese:
            continue
        if _LEADING_ZERO_RE.match(num) or _LEADING_ZERO_RE.match(m.group("num2") or ""):
            continue  # 023-61520697, 2026-00036: a telephone number or a file's code
        if an.endswith(("第", "第 "), 0, m.start()):
            continue  # ordinal: 第7年, 第138位, 第 2 例
        if an[m.start() - 1 : m.start()] in "-/." and _DATE_BEFORE_RE.search(
            an, max(0, m.start() - 8), m.start()
        ):
            continue  # the day of a date (2015-04-29), whatever the next line starts with
        latin_unit = unit[:1].isascii() and unit[:1].isalpha()
        if latin_unit and _LATIN_RE.match(an, m.end()):
            continue  # a longer Latin word, not a unit
        if not chinese and not latin_unit and _LATIN_RE.match(an, m.end("num")):
            continue  # 5G, 3A
        if unit == "年" and (
            chinese
            or not (_DURATION_RE.fullmatch(num) or _years_counted(an, m.start(), m.end(), num))
        ):
            continue  # 2030年 is a date; 11.7年 (a duration) writes its decimal
        if unit.endswith("方") and (chinese or an[m.end() : m.end() + 1] in _NOT_CUBIC_AFTER):
            continue  # 三方, 2方面: parties and aspects, no volume
        if unit == "个" and an.startswith(("多月", "余月"), m.end()):
            continue  # 1个多月: a span of time told, no count of things
        if unit == "台" and (
            (chinese and an[m.end() : m.end() + 1] in _PLACE_AFTER)
            or (_YEAR_LIKE_RE.fullmatch(num) and an[m.end() : m.end() + 1] in _TAI_PLACES)
        ):
            continue  # 五台山路, 三台村, 2018台中花博: a place (after a year), no count of machines
        if unit == "次" and num == "二" and _HAN_RE.match(an, m.end()):
            continue  # 二次供水, 二次创业: "secondary", a word (twice is 两次)
        if unit == "番" and not an.endswith("翻", 0, m.start()):
            continue  # 翻一番/翻两番 only
        if (
            unit == "期"
            and chinese
            and (
                an[m.start() - 1 : m.start()] == "("
                or (an.startswith(_PHASE_OF, m.end()) and an[m.start() - 1 : m.start()] != "分")
                or an.endswith("启动", 0, m.start())
            )
        ):
            continue  # 装置(二期), 一期工程, 启动二期(的建设): a phase of a work, no count
        if unit == "期" and an[m.start() - 1 : m.start()] == "年":
            continue  # 2018年12期: a periodical's issue
        if unit == "分" and (
            chinese
            or an[m.start() - 1 : m.start()] in ("时", "点", "午", ":", " ")
            or _AFTER_SCORE_RE.match(an, m.end()) is None
        ):
            continue  # 十分 (very), 1时30分 (a clock), 3分之1: a score is 90分(以上)
        num_end = m.end("num")
        value_max: Decimal | None = None
        try:
            if chinese:
                digits, mag = split_magnitude(num)
                if not digits and not mag:
                    continue
                if _DIGIT_STRING_RE.fullmatch(digits) and not mag and _base_of(unit) in ("", "天"):
                    # 二四六天天…: digits read one by one (a code, spam), no count; before a
                    # counting word they are a number read by place (一三九七户, as Taiwan writes)
                    continue
                # (十亿企业, 十万火急: a bare magnitude still, with no unit after it)
                alone = digits in _TENS_ALONE and (pct or unit not in ("", *_MAGNITUDES))
                if not (_DIGIT_CN & set(digits)) and not alone:
                    # 万亿元 / 千亿: only a figure after a verb such as 突破, 超, 达.
                    verb = an[max(0, m.start() - 2) : m.start()]
                    built = verb.endswith(_BUILD_VERBS) and unit in _BUILT_UNITS
                    if not verb.endswith(_BARE_VERBS) and not built:
                        continue
                    if verb.endswith("超") and an.startswith(_ENTITY_HEADS, num_end):
                        continue  # 10户超千亿企业: a threshold in a name, as 过亿项目
                    bare_pass = verb.endswith("过") and not verb.endswith("超过")
                    if bare_pass and (
                        not an.startswith("元", num_end)
                        or an.startswith(_ENTITY_HEADS, num_end + 1)
                    ):
                        continue  # 过亿项目, 营收过亿元企业: a threshold in a name
                value = parse_number(digits) if digits else Decimal(1)
                if (pair := _NEIGHBOURS.get(digits)) is not None:
                    value, value_max = pair  # 一两个, 两三家, 三五年: a loose range, no 12 or 23
                if mag and any(c in "亿億兆" for c in digits):
                    # 一亿四千七百万, 二兆四千亿: the last magnitude is the remainder's, not the
                    # whole's → 14700 万, 24000 亿
                    value = parse_number(digits + mag) / magnitude_factor(mag)
                mag_start = m.start("num") + len(digits)
            else:
                value = parse_number(num)
                mag_start = num_end
                mag = ""
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
        mid_more = _MID_MORE_RE.match(unit)
        if mid_more:
            unit = unit[: mid_more.end() - 1] + unit[mid_more.end() :]
        percent = pct or unit in vocab.PERCENT_UNITS
        umag = ""
        base_unit = unit
        for mg in ("万亿", "亿", "千万", "万", "兆", "千"):
            if unit.startswith(mg) and (
                mg != "千" or unit[1:] in COUNT or unit[1:] in _THOUSAND_OF
            ):
                umag, base_unit = mg, unit[len(mg) :]
                break
        if m.group("num2") and not m.group("unit") and not pct and not mag:
            continue
        if not base_unit and not percent and not (mag or umag):
            continue
        if pct:
            unit_text = "%"
        elif mag and not umag and m.group("num2"):
            # 九百三十万至九百四十万人次: the first figure's magnitude and the unit, not the range
            unit_text = txt[mag_start : mag_start + len(mag)] + txt[m.start("unit") : m.end("unit")]
        elif mag and not umag:
            unit_text = txt[mag_start : m.end("unit") if m.group("unit") else m.end()]
        else:
            unit_text = txt[m.start("unit") : m.end("unit")]
        if mid_more:
            unit_text = unit_text.replace("多", "", 1).replace("余", "", 1).replace("餘", "", 1)
        if chinese and mag and not umag and m.group("num2") is None:
            # Chinese numeral: the magnitude chars belong to the unit (一千两百万人 → 万人).
            num_end = mag_start
        factor = {"千": 1000, "千万": 10**7}.get(umag) or magnitude_factor(mag + umag)
        unit_end = m.end()
        if unit and not pct and (per := _PER_RE.match(an, unit_end)):
            unit_text += txt[unit_end : per.end()]
            unit_end = per.end()
        suffix, aside = None, None
        # 增长 5% 以上: a space the page put between the figure and its comparator
        gap = 1 if an[unit_end : unit_end + 1] == " " else 0
        if an[unit_end : unit_end + 1] == "(" and (note := _NOTE_RE.match(an, unit_end)):
            gap = note.end() - unit_end  # 220万千瓦(2.2吉瓦)左右: the same figure restated
            taken.append((unit_end, note.end()))
        elif an[unit_end : unit_end + 1] in "()" and (aside := _ASIDE_RE.match(an, unit_end)):
            gap = aside.end() - unit_end  # 70%(城区75%)以上: the bound after a bracketed aside
        sm = SUFFIX_RE.match(an, unit_end + gap)
        end = unit_end
        if sm:
            suffix = vocab.SUFFIX_COMPARATORS[sm.group()]
            end = unit_end if aside else sm.end()  # the aside is no part of the figure
        elif base_unit in _SPAN_UNITS and _WITHIN_RE.match(an, unit_end):
            suffix, end = "<=", unit_end + 1  # 控制在21个工作日内, 压减至90小时内: at most
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
                prefix_cmp=prefix_cmp(an, m.start()),
                suffix_cmp=suffix,
                approx=bool(m.group("approx") or m.group("approx2") or mid_more),
                is_range=value_max is not None,
            )
        )
    out.sort(key=lambda q: q.start)
    return out
