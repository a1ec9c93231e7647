"""Chinese numerals: counts (二十, 两, 一千两百), decimals (一点四), percents
(百分之八), magnitudes (万/亿/兆) and digit-by-digit years (二〇二五, 一九九一).

Values are returned as Decimal so that 236.6 × 1e8 stays exact.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "Ｏ": 0,
    "0": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
TENS: dict[str, int] = {"廿": 20, "卅": 30}  # 廿三 = 23: twenty and thirty in one character
BIG_UNITS: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}
POINT = {"点", "點", "."}  # 一七.六八: Taiwan's official texts write digits with a full stop

CN_DIGIT_CHARS = "".join(DIGITS)
CN_NUM_CHARS = CN_DIGIT_CHARS + "".join(SMALL_UNITS) + "".join(TENS) + "".join(BIG_UNITS) + "点點"
# Characters that may appear in a Chinese numeral (used to build regexes).
CN_NUM_CLASS = "[" + re.escape(CN_NUM_CHARS) + "]"
YEAR_DIGIT_CLASS = "[零〇○Ｏ0一二三四五六七八九]"


def _int_part(s: str) -> int:
    """Value of an integer Chinese numeral without 点, e.g. 一千两百 → 1200."""
    if not s:
        raise ValueError("empty numeral")
    # Digit-by-digit form without unit characters (二〇二五, 三五): read positionally.
    if all(c in DIGITS for c in s):
        return int("".join(str(DIGITS[c]) for c in s))
    total = 0
    section = 0
    digit: int | None = None
    run = 0  # digits in a row: 三五一億七八八四萬 (Taiwan's budgets) reads 351 and 7884
    for c in s:
        if c in DIGITS:
            run += 1
            digit = DIGITS[c] if run == 1 or digit is None else digit * 10 + DIGITS[c]
            continue
        if c in SMALL_UNITS and run > 1 and digit is not None:
            digit %= 10  # 二三十: an approximation reads its last digit, as before
        run = 0
        if c in TENS:
            section += TENS[c]
            digit = None
        elif c in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[c]
            digit = None
        elif c in BIG_UNITS:
            big = BIG_UNITS[c]
            section += digit or 0
            digit = None
            if section == 0 and total == 0:
                section = 1  # bare 万 / 亿
            if section == 0:
                total *= big  # 万亿: a second magnitude multiplies what came before
            elif total and total < big:
                total = (total + section) * big
            else:
                total += section * big
            section = 0
        else:
            raise ValueError(f"not a numeral character: {c!r}")
    last = s[-2] if len(s) > 1 else ""
    if digit is not None and run == 1 and (last in SMALL_UNITS or last in BIG_UNITS):
        # 二百五, 四千六, 两万三: a lone digit after a magnitude is the next place down (250,
        # 4600, 23000), as everyday speech shortens 二百五十
        place = SMALL_UNITS[last] if last in SMALL_UNITS else BIG_UNITS[last]
        return total + section + digit * place // 10
    return total + section + (digit or 0)


def parse_chinese_number(s: str) -> Decimal:
    """Parse a Chinese numeral such as 二十, 两, 一千兩百萬, 一點四兆, 四点五.

    Raises ValueError when s is not a numeral.
    """
    s = s.strip()
    if not s:
        raise ValueError("empty numeral")
    for p in POINT:
        if p in s:
            head, _, tail = s.partition(p)
            # A trailing magnitude applies to the whole decimal (一点四兆 = 1.4 × 10^12).
            mag = 1
            while tail and tail[-1] in BIG_UNITS:
                mag *= BIG_UNITS[tail[-1]]
                tail = tail[:-1]
            if not tail or not all(c in DIGITS for c in tail):
                raise ValueError(f"bad decimal numeral: {s!r}")
            frac = "".join(str(DIGITS[c]) for c in tail)
            return Decimal(f"{_int_part(head) if head else 0}.{frac}") * mag
    return Decimal(_int_part(s))


_DIGIT_POINT_RE = re.compile(r"(?<=\d)[点點](?=\d)")  # 386點96億元: Taiwan's decimal point in words


def parse_number(s: str) -> Decimal:
    """Arabic (with full-width digits already normalised) or Chinese numeral."""
    s = _DIGIT_POINT_RE.sub(".", s.replace(",", "").replace(" ", ""))
    try:
        return Decimal(s)
    except InvalidOperation:
        return parse_chinese_number(s)


def split_magnitude(s: str) -> tuple[str, str]:
    """Split a trailing magnitude (万, 亿, 万亿, 兆) off a numeral string.

    一千两百万 → ("一千两百", "万"); 万亿 → ("", "万亿"); 千亿 → ("千", "亿").
    The magnitude is kept with the unit, as labellers write 1200 万人.
    """
    mag = ""
    while s and s[-1] in BIG_UNITS and len(mag) < 2:
        mag = s[-1] + mag
        s = s[:-1]
    return s, mag


def magnitude_factor(mag: str) -> int:
    factor = 1
    for c in mag:
        factor *= BIG_UNITS.get(c, 1)
    return factor


_YEAR_CN_RE = re.compile(r"^[一二][〇○Ｏ零一二三四五六七八九]{3}$")


def parse_year(s: str) -> int | None:
    """2025, 二〇二五, 二○二六, 一九九一 → int; anything else → None."""
    if len(s) == 4 and s.isdigit():
        y = int(s)
    elif _YEAR_CN_RE.match(s):
        y = _int_part(s)
    else:
        return None
    return y if 1900 <= y <= 2100 else None


def to_plain(d: Decimal) -> int | float:
    """JSON-friendly number: int when integral, else float."""
    if d == d.to_integral_value():
        return int(d)
    return float(d)
