"""Whether the latest year a text writes is over: told only by its results (同比, 是…的一年,
超过…平均水平, …了) while the text speaks of 今年, so the text is written a year later; and
whether a text that speaks of 今年 first then plans the years after it in stages.
"""

from __future__ import annotations

import re

from .outline import TITLE_RE
from .year_forms import ATTRIBUTIVE_YEAR_RE, year_matches


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


_RESULT_AFTER_RE = re.compile(r"同比|是[^。]{0,40}?的一年|创下")
# 2023年,全县…增速6项超过省、市平均水平 (with no aim told): a year's results
_OUTPACED_RE = re.compile(
    r"(?:(?!力争|确保|将|目标|计划|争取)[^。]){0,30}?(?:超过|高于)[^。]{0,8}平均"
)
_DONE_AFTER_RE = re.compile(r"[,，][^。,，]{1,10}?了")  # 2025年,南京开通了…: what was done
# 2017年,博望区…对大坝进行了防渗处理,整治了排洪渠: a year whose sentence tells two things done
# and no word of aim is told as past
_DONE_TWICE_RE = re.compile(r"(?:[^。]*?(?<![为除])了(?![解])){2}")
_STRONG_AIM = r"将|要|力争|确保|目标|计划|争取|预计|拟|力求|努力|预期|必须"
_STRONG_AIM_RE = re.compile(_STRONG_AIM)
# Words that tell a sentence looks back (统计显示,2003年以来…,2006年达…).
# 2021年,我国国内生产总值达到114万亿元,增长8.1%: a year opening a sentence that tells figures
# with no word of aim or duty is told by its results; so are bounds and tasks aims here.
_AIM_RE = re.compile(
    _STRONG_AIM.replace("计划", "计划(?!的)")
    + r"|任务|应|推进|加快|实施|以上|左右|以内|不低于|不少于|[提升降增]到"
)
_FIGURE_RE = re.compile(r"\d(?:\.\d+)?(?![\d.月日号时年])")  # a figure, not a date
LOOKS_BACK_RE = re.compile(r"以来|统计显示|数据显示|已经|截至|截止|历年|近年来|过去")
# 对2007年度工作成绩表示肯定, 2007年度总结表彰: a year whose work is judged or rewarded is over.
# (not 提出了2009年发展目标,公司表彰了…: the year of a goal set, whatever is praised after it)
_JUDGED_RE = re.compile(r"度?(?![^。!?;\n]{0,6}?目标)[^。!?;\n]{0,16}?(?:成绩|成效|总结|回顾|表彰)")


_NOW_GOALS_RE = re.compile(r"(?<!明年)(?<!明年的)预期目标")


def speaks_of_now(text: str) -> bool:
    """今年, or the goals a report sets (预期目标) after its review (not 明年预期目标: a
    year-end article's next year)."""
    return "今年" in text or _NOW_GOALS_RE.search(text) is not None


def over_before_today(text: str, latest: int, roc: bool) -> bool:
    """The latest year a text names is told only as a finished result, in sentences that
    look back, and the text speaks of 今年: it is written in a later year."""
    return speaks_of_now(text) and told_as_results(text, latest, roc)


def told_as_results(text: str, latest: int, roc: bool) -> bool:
    """Every sentence naming the year looks back on it or tells its results."""
    found = False
    titles = [t.span() for t in TITLE_RE.finditer(text)] if "《" in text else []
    for m, y in year_matches(text, roc=roc):
        if y != latest:
            continue
        cut = max(text.rfind(c, 0, m.start()) for c in "。!?\n") + 1
        stop = min((i for c in "。!?\n" if (i := text.find(c, m.end())) != -1), default=len(text))
        if inside(m.start(), titles):
            continue  # 《2025年城市轨道交通运营数据速报》: a document cited, dating nothing
        if ATTRIBUTIVE_YEAR_RE.match(text, m.end()):
            continue  # 完成2017年开工的6座泵站: the year names which works, not a time
        before = text[cut : m.start("y")]
        # 较去年同期…借助2020年第四季度攻坚态势: the year after 去年 is last year (总结去年的工作,
        # 擘画了今年…提出了2023年的工作重点: not when 今年 comes between)
        last_year = "去年" in before and "今年" not in before[before.find("去年") :]
        if (
            not LOOKS_BACK_RE.search(before)
            and not last_year
            and not _JUDGED_RE.match(text, m.end())
            # 2022年,全州实现地区生产总值…,同比增长2.7%: a year told by its results
            and not _RESULT_AFTER_RE.search(text, m.end(), stop)
            and not _OUTPACED_RE.match(text, m.end(), stop)
            and not (m.start() == cut and _DONE_AFTER_RE.match(text, m.end(), stop))
            and not (
                m.start() == cut
                and _DONE_TWICE_RE.match(text, m.end(), stop)
                and not _STRONG_AIM_RE.search(text, m.end(), stop)
            )
            and not (
                (m.start() == cut or text.endswith(",", 0, m.start()))
                and _FIGURE_RE.search(text, m.end(), stop)
                and not _AIM_RE.search(text, m.end(), stop)
            )
        ):
            return False
        found = True
    return found


def staged_after_this_year(text: str, year: int, periods: list[tuple[int, int]]) -> bool:
    """今年,…。2017年,…。2018至2020年,…: stages that follow this year. A text that speaks of
    今年 before it names a year, and then goes on to the period after that year, plans in
    stages; the year is the stage after this one."""
    first = text.find(str(year))
    this_year = text.find("今年")
    return (
        0 <= this_year < first
        and any(a == year + 1 for a, _ in periods)
        and not LOOKS_BACK_RE.search(text, first, first + 12)
    )


_STAGE_RE = re.compile(r"(?m)^[ \t\u3000]*((?:19|20)\d\d)年度?[,，:：]")


def stages_its_period(text: str, periods: list[tuple[int, int]]) -> int | None:
    """2025年—2027年…。⏎2025年,重点推进…⏎2026年,…⏎2027年,…: a plan that names its period
    and then opens a paragraph with each of its years in turn is written by the period's
    first year, however late the last stage it names (its first year, else None)."""
    periods = [(a, b) for a, b in periods if 0 < b - a < 10]
    if not periods:
        return None
    openings = [(int(m.group(1)), m.start(), m.end()) for m in _STAGE_RE.finditer(text)]
    for a, b in periods:
        want = a
        for y, start, end in openings:
            if y != want:
                continue
            stop = text.find("\n", end)
            stop = len(text) if stop == -1 else stop
            if LOOKS_BACK_RE.search(text, start, stop) or _RESULT_AFTER_RE.search(text, end, stop):
                break  # 2025年,全县…同比增长: a stage told by its results is over
            if want == b:
                return a
            want += 1
    return None
