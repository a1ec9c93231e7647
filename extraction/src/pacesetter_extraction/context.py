"""Document time context: which year a report is for, and the temporal markers
(past, future, years) that decide whether a figure is a goal or a result.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import vocab
from .numerals import parse_chinese_number, parse_year

if TYPE_CHECKING:
    from .sentences import Sentence

_Y = r"(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3}"
# A year followed by 年, with what stands before and after it.
YEAR_RE = re.compile(
    r"(?P<pre>力争到|到了|截至|截止|从|自|比|较|到|至|在|—|-|~)?"
    r"(?<![\d])(?P<y>" + _Y + r")年(?P<post>的基础上|基础上|以来|同期|底|末|前|后|的)?"
)
# 2023—2027年: the start of a plan period.
YEAR_RANGE_RE = re.compile(r"(?<![\d])(?P<a>" + _Y + r")\s*[—\-~至到]\s*(?P<b>" + _Y + r")年")
# A plan naming its own period: …计划(2020—2022年), 规划期为2021—2025年.
OWN_PERIOD_RE = re.compile(
    r"(?:计划|方案|规划|纲要|规划期为|规划期)[》\"”]?[ (]?(?P<a>"
    + _Y
    + r")\s*[—\-~至到]\s*(?P<b>"
    + _Y
    + r")年"
)
# Texts dated in the Republic of China era (中华民国98年) write every year so: 98年, 98至101年.
ROC_MARK_RE = re.compile(r"民国\d{2,3}年")
# Since 2011 ROC years have three digits (100年 = 2011): two such years, or a span of them
# (102至105年), with no four-digit year mark a text as ROC-dated even without 民国.
ROC_YEARS_RE = re.compile(
    r"(?<![\d.])1[0-4]\d(?:年(?!来|间|代|多|前|后|左右)|\s*[至到—-]\s*1[0-4]\d年)"
)
_ROC_Y = r"(?<![\d.])\d{2,3}"
ROC_YEAR_RE = re.compile(
    YEAR_RE.pattern.replace("(?<![\\d])(?P<y>" + _Y + ")", "(?P<y>" + _ROC_Y + ")")
)
ROC_RANGE_RE = re.compile(r"(?P<a>" + _ROC_Y + r")\s*[—\-~至到]\s*(?P<b>\d{2,3})年")
# 从2000年的71.4岁上升至2015年的76.34岁: a change told between two dated values; the 至
# year is the date of a value, not a horizon.
_CHANGED_BEFORE = re.compile(r"(?:上升|增长|提高|提升|下降|增加|降低|减少|缩短|扩大)$")
_ROC_OFFSET = 1911
_ROC_MAX = 150


def year_matches(
    text: str, start: int = 0, end: int | None = None, roc: bool = False
) -> Iterator[tuple[re.Match[str], int]]:
    """Years written with 年 in text[start:end], with their value (ROC years converted)."""
    stop = len(text) if end is None else end
    for m in YEAR_RE.finditer(text, start, stop):
        y = parse_year(m.group("y"))
        if y is not None:
            yield m, y
    if roc:
        for m in ROC_YEAR_RE.finditer(text, start, stop):
            n = int(m.group("y"))
            if 1 <= n <= _ROC_MAX:
                yield m, n + _ROC_OFFSET


def _is_horizon(text: str, m: re.Match[str]) -> bool:
    pre = m.group("pre") or ""
    if pre not in ("到", "至", "力争到"):
        return False
    before = text[max(0, m.start() - 2) : m.start()]
    return not (m.group("post") == "的" and _CHANGED_BEFORE.search(before))


def _ranges(text: str, roc: bool) -> Iterator[tuple[int, int]]:
    for m in YEAR_RANGE_RE.finditer(text):
        a, b = parse_year(m.group("a")), parse_year(m.group("b"))
        if a and b:
            yield a, b
    if roc:
        for m in ROC_RANGE_RE.finditer(text):
            yield int(m.group("a")) + _ROC_OFFSET, int(m.group("b")) + _ROC_OFFSET


# A date stamp: 2023-01-14, 2023年2月21日, 2023/7/3.
DATE_RE = re.compile(r"(?<![\d])((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
STAMP_LABEL_RE = re.compile(r"(?:发布|时间|日期|发表|成文|印发|更新)[^\d\n]{0,4}$")
CLOCK_RE = re.compile(r"\s*\d{1,2}:\d{2}")
# …alone at the end of a line, or before a newspaper's page number (2016年10月27日 第01版).
EOL_RE = re.compile(r"日?[ \u3000]*(?:\n|$|第[ \u3000]*\d{1,3}[ \u3000]*版)")
# A bare year such as the 2017 of "2017怎么干", used only when nothing else is found.
BARE_YEAR_RE = re.compile(r"(?<![\d.])(20\d{2})(?![\d%.年月日号])")
# Contexts that show a year is the one the report is for (2023年经济社会发展…).
REPORT_YEAR_POST = re.compile(r"年(?:的|是|经济|工作|发展|主要|政府|全县|全市|全区|全省|国民|,|:)")
# Periods counted from the report year: 用3年时间, 5年内, 未来三年, 五年的时间.
_N = r"(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,2})"
SPAN_RE = re.compile(
    r"(?P<use>用)?(?:未来|今后)?" + _N + r"年(?P<kind>时间|内|的时间|之内)"
    r"|(?:未来|今后|后)" + _N.replace("?P<n>", "?P<n2>") + r"年(?![\d度])"
)
# 到“十四五”末, “十四五”期间: a five-year plan period, whose targets are for its last year
# (the n-th plan ends in 1955 + 5n: 十一五 2010, 十四五 2025).
FIVE_YEAR_END_RE = re.compile(r"十([一二三四五六])五[”\"」]?(?:末|期末|期间|时期|规划|计划)")
_FIVE = {"一": 11, "二": 12, "三": 13, "四": 14, "五": 15, "六": 16}
RELATIVE_RE = re.compile(r"今年|本年度|本年|当年|明年|来年|去年|上年|前年")
_REL_OFFSET = {
    "今年": 0,
    "本年度": 0,
    "本年": 0,
    "当年": 0,
    "明年": 1,
    "来年": 1,
    "去年": -1,
    "上年": -1,
    "前年": -2,
}

_PAST = re.compile(vocab.alt(vocab.PAST_WORDS))
_FUTURE = re.compile(vocab.alt(vocab.FUTURE_WORDS))
_BASE_BEFORE = tuple(vocab.COMPARISON_BASE)
_SAME_PERIOD = re.compile(vocab.alt(vocab.SAME_PERIOD_WORDS))
_GOAL = re.compile(vocab.alt(vocab.GOAL_WORDS))
_NEXT_YEAR_BEFORE = re.compile(r"(?:明年|来年|下一年|(?:19|20)\d{2}年)$")
_FUTURE_IN_TERMS = tuple(vocab.FUTURE_WORDS_IN_TERMS)
# …also after a speaker's clause (报告指出,2022,…).
_OPENING_BARE_YEAR_RE = re.compile(
    r"(?:[^,。]{0,8}(?:指出|表示|提出|强调|透露)[,:])?[ \u3000]*((?:19|20)\d{2})(?=[,:])"
)
_CLAUSE_START = re.compile(r"[,，;；:：。!！?？\n]")


# A news dateline without a year near the top: 【…12月26日报导】, (记者…二十六日电).
DATELINE_RE = re.compile(
    r"(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])月[^\n]{0,3}?日?(?:报导|报道|电|讯)"
)
_DATELINE_REACH = 200
# From October on, 明年 in a dateline's article is the year its plan is for.
_LATE_MONTH = 10


@dataclass
class DocYears:
    report: int | None  # the year the document is for
    default: int | None  # year for targets that state none
    plan_years: list[int] = field(default_factory=list)
    now: int | None = None  # the year 今年 means, when not the report year
    roc: bool = False  # years are written in the Republic of China era

    @property
    def today(self) -> int | None:
        return self.now if self.now is not None else self.report


def infer_years(text: str) -> DocYears:
    """Infer the report year from the document's own dates and years.

    A date stamp wins (a work report is published in its own year). Otherwise
    the latest year that is not a plan horizon (到2025年), a baseline
    (在2022年的基础上) or a period end is taken: reports review last year
    and then set this year's goals, so the latest mentioned year is the one.
    """
    plain: list[int] = []
    report_like: list[int] = []
    plan: list[int] = []
    roc = bool(ROC_MARK_RE.search(text)) or (
        len(ROC_YEARS_RE.findall(text)) >= 2 and not YEAR_RE.search(text)
    )
    for m, y in year_matches(text, roc=roc):
        pre, post = m.group("pre") or "", m.group("post") or ""
        if _is_horizon(text, m) or pre in ("到了", "—", "-", "~"):
            plan.append(y)
        elif (
            pre in ("从", "自", "比", "较", "截至", "截止")
            or "基础上" in post
            or post in ("以来", "同期")
        ):
            continue
        else:
            plain.append(y)
            if REPORT_YEAR_POST.match(text, m.end("y")) and pre not in ("到", "至"):
                report_like.append(y)
    for a, b in _ranges(text, roc):
        plain.append(a)
        plan.append(b)
    stamp = None
    for m in DATE_RE.finditer(text):
        y, mo = int(m.group(1)), int(m.group(2))
        # Only publication stamps count: labelled (发布时间:), followed by a clock
        # time, or alone at the end of a line (a signature date). A deadline
        # inside a sentence (2019年12月31日前完成) is not the document's date.
        labelled = STAMP_LABEL_RE.search(text, max(0, m.start() - 12), m.start())
        clock = CLOCK_RE.match(text, m.end())
        eol = EOL_RE.match(text, m.end())
        if 1 <= mo <= 12 and (labelled or clock or eol):
            stamp = (y, mo)
            break
    report: int | None
    if stamp:
        report = stamp[0]
    elif report_like:
        # The year most often framed as the report's own; ties go to the later one.
        report = max(set(report_like), key=lambda y: (report_like.count(y), y))
    elif plain:
        report = max(plain)
    else:
        bare = [int(m.group(1)) for m in BARE_YEAR_RE.finditer(text)]
        report = max(bare) if bare else None
    periods = [_period_end(m) for m in FIVE_YEAR_END_RE.finditer(text)]
    period_start = report is None and bool(periods)
    if period_start:
        # Only five-year plans date the text: it is written in the latest one's first year,
        # so an earlier plan's period is reviewed; its targets are for that plan's end.
        report = max(periods) - 4
        plan.append(max(periods))
    now = _written_year_before(text, report, plain) if not stamp else None
    future_plans = sorted(y for y in plan if report is None or y > report)
    default = max(periods) if period_start else report
    if report is None and plan:
        default = min(plan)
    elif stamp and stamp[1] >= _LATE_MONTH and report is not None and report + 1 in plain:
        default = report + 1  # a December article about next year's plan
    elif stamp and stamp[1] >= 7 and future_plans:
        # Published late in the year with a plan horizon: the article is about
        # the plan, not this year's budget, so unmarked figures belong to it.
        default = future_plans[0]
    own = _own_period(text)
    if own is not None and (report is None or own[1] >= report):
        # A plan that names its own period (三年行动计划(2020—2022年), 规划期为2021—2025年)
        # sets its unmarked targets for the period's end.
        default = own[1]
    return DocYears(report, default, sorted(set(plan)), now, roc)


def _own_period(text: str) -> tuple[int, int] | None:
    m = OWN_PERIOD_RE.search(text)
    if not m:
        return None
    a, b = parse_year(m.group("a")), parse_year(m.group("b"))
    return (a, b) if a and b and b > a else None


def _written_year_before(text: str, report: int | None, plain: list[int]) -> int | None:
    """The year an article was written in when it is the year before the one it plans for.

    A late-year dateline (【12月26日报导】) over an article that speaks of 明年 and names no
    year before the one it is about was written the year before: its 今年 is a result,
    its 明年 is the plan year.
    """
    if report is None or "明年" not in text or (report - 1) in plain:
        return None
    m = DATELINE_RE.search(text, 0, _DATELINE_REACH)
    if not m:
        return None
    month = m.group("m")
    n = int(month) if month.isdigit() else int(parse_chinese_number(month))
    return report - 1 if n >= _LATE_MONTH else None


def _period_end(m: re.Match[str]) -> int:
    return 1955 + 5 * _FIVE[m.group(1)]


def _span_years(m: re.Match[str]) -> int:
    n = m.group("n") or m.group("n2")
    k = int(n) if n.isdigit() else int(parse_chinese_number(n))
    # 用3年时间 from 2023 ends in 2025; "5年内" from 2020 reaches 2025.
    return k - 1 if m.group("use") and m.group("kind") == "时间" else k


@dataclass
class Marker:
    pos: int  # end position of the marker
    state: str  # "past" | "future" | ""
    year: int | None = None


def scan_markers(text: str, start: int, end: int, years: DocYears) -> list[Marker]:
    """Temporal markers in text[start:end], sorted by position."""
    out: list[Marker] = []
    report = years.report
    for m, y in year_matches(text, start, end, years.roc):
        pre, post = m.group("pre") or "", m.group("post") or ""
        if pre in ("从", "自", "比", "较") or "基础上" in post or post == "同期":
            continue
        if post == "以来" or pre in ("截至", "截止"):
            out.append(Marker(m.end(), "past"))
            continue
        state = (
            "past" if report is not None and y < report and not _is_horizon(text, m) else "future"
        )
        out.append(Marker(m.end(), state, y))
    opening = _OPENING_BARE_YEAR_RE.match(text, start, end)
    if opening:  # "2022,全县将…": a year without 年 opening the sentence
        y = int(opening.group(1))
        state = "past" if report is not None and y < report else "future"
        out.append(Marker(opening.end(1), state, y))
    for m in RELATIVE_RE.finditer(text, start, end):
        word = m.group()
        off = _REL_OFFSET[word]
        before = text[max(start, m.start() - 2) : m.start()]
        after = text[m.end() : m.end() + 3]
        if off < 0 and (before.endswith(_BASE_BEFORE) or after.startswith(("基础上", "同期"))):
            continue  # 比上年增长: a comparison base, not the time of the figure
        today = years.today
        ry = today + off if today is not None else None
        past = off < 0 or (ry is not None and report is not None and ry < report)
        out.append(Marker(m.end(), "past" if past else "future", ry))
    for m in FIVE_YEAR_END_RE.finditer(text, start, end):
        # A period that ended before the report's year is reviewed (“十三五”期间…达到), not planned.
        end_year = _period_end(m)
        past = report is not None and end_year < report
        out.append(Marker(m.end(), "past" if past else "future", end_year))
    for m in SPAN_RE.finditer(text, start, end):
        out.append(Marker(m.end(), "future", report + _span_years(m) if report else None))
    for m in _PAST.finditer(text, start, end):
        if _NEXT_YEAR_BEFORE.search(text, max(start, m.start() - 6), m.start()):
            continue  # 明年上半年: a part of a year to come, not the part just gone
        if text.startswith(("基础上", "的基础上"), m.end()):
            continue  # 在现有基础上新增…: the base of a goal, not a result
        out.append(Marker(m.end(), "past"))
    for m in _SAME_PERIOD.finditer(text, start, end):
        head = text[start : m.start()]
        cut = max((c.end() for c in _CLAUSE_START.finditer(head)), default=0)
        if not _GOAL.search(head, cut):
            out.append(Marker(m.end(), "past"))
    for m in _FUTURE.finditer(text, start, end):
        if m.group() not in _REL_OFFSET and not text.startswith(_FUTURE_IN_TERMS, m.start()):
            # 今年/明年 were dated above; 预期寿命 is a term, not an expectation
            out.append(Marker(m.end(), "future"))
    out.sort(key=lambda mk: mk.pos)
    return out


def heading_state(text: str, years: DocYears) -> tuple[str, int | None]:
    """Context a heading sets for the section under it: past/future/'' and its year."""
    # The last year in the heading is the one it is about.
    year = max(
        year_matches(text, roc=years.roc), key=lambda my: my[0].start(), default=(None, None)
    )[1]
    if any(w in text for w in vocab.HEADING_PAST):
        return "past", year
    if year is not None and years.report is not None and year < years.report:
        return "past", year
    if any(w in text for w in vocab.HEADING_FUTURE) or year is not None:
        return "future", year
    return "", None


# A paragraph that announces what was done (过去一年,主要开展了五个方面的工作) opens a review.
_REVIEW_ANNOUNCE_RE = re.compile(
    r"了[^。]{0,20}(?:方面|以下|几项|几件|\d+项|[一二三四五六七八九十]+项)"
)
_REVIEW_OPENER_MAX = 80


def section_after(line_text: str, markers: list[Marker], state: str) -> str:
    """The section state after a paragraph that is not a heading.

    A short paragraph that reviews the past and announces a list (…主要开展了五个方面的工作)
    makes the paragraphs under it results, as a heading 回顾 would; a paragraph that looks
    ahead (展望2010年…) ends that.
    """
    if (
        len(line_text) <= _REVIEW_OPENER_MAX
        and markers
        and markers[-1].state == "past"
        and _REVIEW_ANNOUNCE_RE.search(line_text)
    ):
        return "past"
    if state == "past" and any(mk.state == "future" for mk in markers):
        return ""
    return state


def sentence_markers(text: str, sent: Sentence, years: DocYears) -> list[Marker]:
    """Markers of a sentence, cached on it (targets, milestones and projects share them)."""
    if sent.markers is None:
        sent.markers = scan_markers(text, sent.start, sent.end, years)
    return sent.markers
