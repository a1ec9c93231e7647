"""How a text writes a year: 2025年, 二〇二五年, fiscal years (2024/25年度), Republic of China
years (114年), spans (2023—2027年), and whether a year is a horizon (到2025年)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .numerals import parse_year
from .scan import Anchored

_Y = r"(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3}"
# A year followed by 年, with what stands before and after it.
YEAR_RE = re.compile(
    # 到 2025 年: pages that space out the digits of a year (Hong Kong's usual way, and copies)
    r"(?:(?P<pre>力争到|到了|截至|截止|从|由|自|比|较|到|至|在|—|-|~) ?)?"
    r"(?<![\d])(?P<y>"
    + _Y
    # 26/27年度: a fiscal year written with two digits each (Hong Kong)
    + r"|\d{2}(?=[/／]\d{2}年度)"
    # 2024/25年度, 2022至23年度: a fiscal year (Hong Kong, Macau), counted as the year it ends in.
    + r")(?:[/／\-至](?P<fy>\d{2})(?=年度))? ?"
    r"年(?:(?<=[/／\-至]\d\d年)度)?(?P<post>的基础之?上|基础之?上|以来|同期|年底前|年末前|底前|末前|(?:底)?或之?前|底|末|前|后|的)?"
)
# 2023—2027年: the start of a plan period.
# …also with 年 after both years (2014年—2016年).
# …and fiscal years (2024/25至2028/29年度: the five years ending 2025 to 2029).
YEAR_RANGE_RE = re.compile(
    r"(?<![\d])(?P<a>"
    + _Y
    + r")(?:[/／](?P<fa>\d{2}))?年?度?\s*[—\-~至到]\s*(?P<b>"
    + _Y
    + r")(?:[/／](?P<fb>\d{2}))?年"
)
# A plan naming its own period: …计划(2020—2022年), 规划期为2021—2025年.
OWN_PERIOD_RE = re.compile(
    r"(?:计划|方案|规划|纲要|规划期为|规划期|行动)[》\"”]?[ (]?(?P<a>"
    + _Y
    + r")年?\s*[—\-~至到]\s*(?P<b>"
    + _Y
    + r")年"
)
# Texts dated in the Republic of China era (中华民国98年) write every year so: 98年, 98至101年.
ROC_MARK_RE = re.compile(r"民国\d{2,3}年")
# Since 2011 ROC years have three digits (100年 = 2011): two such years, or a span of them
# (102至105年), with no four-digit year mark a text as ROC-dated even without 民国.
ROC_YEARS_RE = re.compile(
    r"(?<![\d.])1[0-4]\d(?: ?年(?!来|间|代|多|前|后|左右)|\s*[至到—-]\s*1[0-4]\d年)"  # (108 年)
)
# A Taiwan news item is dated 2025 年 7 月 14 日 and tells 112年…, 113年…: ROC years all the
# same, when the four-digit years fall among them (not 有100年历史 in a text of 2023).
_ROC_NEAR = 2


def roc_beside_western(text: str) -> bool:
    """Two or more ROC years whose Western equivalents lie near every four-digit year written."""
    roc = {int(m.group()[:3]) + _ROC_OFFSET for m in ROC_YEARS_RE.finditer(text)}
    if len(roc) < 2:
        return False
    western = {y for _, y in year_matches(text)}
    return all(any(abs(w - r) <= _ROC_NEAR for r in roc) for w in western)


_ROC_Y = r"(?<![\d.])\d{2,3}"
ROC_YEAR_RE = re.compile(
    YEAR_RE.pattern.replace(
        "(?<![\\d])(?P<y>" + _Y + r"|\d{2}(?=[/／]\d{2}年度))", "(?P<y>" + _ROC_Y + ")"
    )
)
ROC_RANGE_RE = re.compile(r"(?P<a>" + _ROC_Y + r")\s*[—\-~至到]\s*(?P<b>\d{2,3})年")
# 从2000年的71.4岁上升至2015年的76.34岁: a change told between two dated values; the 至
# year is the date of a value, not a horizon.
_CHANGED_BEFORE = re.compile(r"(?:上升|增长|成长|提高|提升|下降|增加|降低|减少|缩短|扩大|恢复)$")
_YEAR_BEFORE_RE = re.compile(r"(?:19|20)\d{2}(?:[-/／]\d{2})?年?度? ?$")  # …, 2017-18 至
_YEAR_RANGE_SCAN = Anchored(YEAR_RANGE_RE, r"12一二")
# Every year match starts with a word of <pre> or with the year's first character.
_YEAR_SCAN = Anchored(YEAR_RE, r"力到截从由自比较至在—\-~12一二")
_ROC_YEAR_SCAN = Anchored(ROC_YEAR_RE, r"力到截从由自比较至在—\-~\d")
_ROC_OFFSET = 1911
_ROC_MAX = 150
_ROC_MIN = 60
_SPAN_BEFORE_RE = re.compile(r"(?:近|这|過去|过去|未来|未來|最近|前|后|後)$")


def fiscal_end(start: int, end2: int) -> int:
    """2024/25 → 2025, 1999/00 → 2000: the year a fiscal year ends in."""
    end = start // 100 * 100 + end2
    return end + 100 if end < start else end


def year_matches(
    text: str, start: int = 0, end: int | None = None, roc: bool = False
) -> Iterator[tuple[re.Match[str], int]]:
    """Years written with 年 in text[start:end], with their value (ROC years converted)."""
    stop = len(text) if end is None else end
    if text.find("年", start, stop) == -1:
        return  # every form ends in 年: most clauses are done at once
    for m in _YEAR_SCAN.finditer(text, start, stop):
        yg = m.group("y")
        y = parse_year(yg) if len(yg) == 4 else 2000 + int(yg)
        if y is not None:
            if m.group("fy"):
                y = fiscal_end(y, int(m.group("fy")))
            yield m, y
    if roc:
        for m in _ROC_YEAR_SCAN.finditer(text, start, stop):
            n = int(m.group("y"))
            # 近10年, 这30年: a span of years, no year (a plan names none before 民国60年, 1971)
            if _ROC_MIN <= n <= _ROC_MAX and not _SPAN_BEFORE_RE.search(text, 0, m.start("y")):
                yield m, n + _ROC_OFFSET


def is_horizon(text: str, m: re.Match[str]) -> bool:
    pre = m.group("pre") or ""
    if pre not in ("到", "至", "力争到"):
        return False
    if _YEAR_BEFORE_RE.search(text, max(0, m.start() - 10), m.start()):
        return False  # 在2015年至2020年: the end of a span, not a horizon
    before = text[max(0, m.start() - 2) : m.start()]
    return not (m.group("post") == "的" and _CHANGED_BEFORE.search(before))


_AHEAD_AFTER_RE = re.compile(r"(?:年底|年内)?(?:将|要|力争|计划)")
_DONE_BY_RE = re.compile(
    r"(?:年底)?前?(?:完成|建成|竣工|完工|启用|通车|开通|投用|投入使用|投产|落成|开工|动工)"
)
_AHEAD_BEFORE = ("于", "争取", "力争", "计划", "预计", "将", "拟")
_DONE_BEFORE = ("已于", "已经于", "已在", "已经在")


def still_to_come(text: str, m: re.Match[str]) -> bool:
    """A year the text writes as still to come: 2017年将…, 于2016年完成… (2019年完成… alone may
    tell what was done)."""
    return _AHEAD_AFTER_RE.match(text, m.end()) is not None or (
        text.endswith(_AHEAD_BEFORE, 0, m.start())
        and not text.endswith(_DONE_BEFORE, 0, m.start())  # 已于2023年底开工: done
        and _DONE_BY_RE.match(text, m.end()) is not None
    )


# 2017年、2020年、2025年…分别提高到50%、60%、65%: a list of years, each the time of the figure
# in the same place of the list that 分别 leads to.
_YEAR_LIST_RE = re.compile(r"(?:(?:19|20)\d{2}年[、和及与])+(?:19|20)\d{2}年")
_FOUR_DIGITS_RE = re.compile(r"(?:19|20)\d{2}")


def years_each(
    text: str, start: int, end: int, n: int, today: int | None = None
) -> list[int] | None:
    """The years of a list that pairs them one by one with n figures, or None; 今明两年 pairs
    this year and the next with two figures."""
    if n == 2 and today is not None and text.find("今明两年", start, end) != -1:
        return [today, today + 1]
    if n < 2 or text.find("分别", start, end) == -1:
        return None
    m = _YEAR_LIST_RE.search(text, start, end)
    found = [int(y) for y in _FOUR_DIGITS_RE.findall(m.group())] if m else []
    return found if len(found) == n else None


# 小区建于2002年, 成立于1998年: the year a thing was built or founded, its history only
BUILT_IN_RE = re.compile(r"(?:建|建成|落成|成立|始建|修建|竣工)于$")
# 对22个于2005年前交付的小区: a year (前) naming which things by their history, no deadline
HISTORY_AFTER_RE = re.compile(r"(?:以前|之前)?(?:交付|建成|竣工|建设|建造|落成|投用)(?:使用)?的")

# 2017年实施的…项目(开工): the year names which project, not the time
ATTRIBUTIVE_YEAR_RE = re.compile(
    r"(?:实施|下达|批复|立项|安排|启动|列入|争取)的[^,;。的]{0,20}?(?:项目|工程|资金)"
    # 完成2017年开工的6座泵站: works counted by when they started (not 2003年开工建设的一期工程,
    # a start told with its year)
    r"|(?:开工(?:建设)?|动工)的[^,;。的]{0,24}?\d[^,;。的]{0,16}?(?:项目|工程|[站厂馆院校桥])"
)


# 在2012年各项工作取得显著成绩的基础上: a year named as the base the text builds on
_BASE_AFTER_RE = re.compile(r"[^,，;；。:：!！?？\n]{0,30}?基础之?上")


def names_a_base(text: str, m: re.Match[str]) -> bool:
    """The year of a match is a base (…的基础上), so the text is for a later year."""
    if "基础" in (m.group("post") or ""):
        return True
    return m.group("pre") == "在" and _BASE_AFTER_RE.match(text, m.end()) is not None
