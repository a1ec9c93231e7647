"""Which year a document is for: its date stamps, datelines, framed years, plan periods and
calendars (Republic of China years), and the years it writes (year_matches).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import own_year, vocab
from .five_year import FIVE_YEAR_END_RE, period_end, presented_plan, titled_plan
from .numerals import parse_chinese_number
from .plan_spans import (
    RELATIVE_YEAR_RE,
    carried_period,
    cited_titles,
    own_period,
    year_ranges,
)
from .told_years import (
    inside,
    over_before_today,
    speaks_of_now,
    staged_after_this_year,
    stages_its_period,
    told_as_results,
)
from .year_forms import (
    BUILT_IN_RE,
    HISTORY_AFTER_RE,
    ROC_MARK_RE,
    ROC_YEARS_RE,
    YEAR_RE,
    is_horizon,
    names_a_base,
    roc_beside_western,
    still_to_come,
    year_matches,
)

# 预计2026年完工, 计划于2027年: a year a work is expected in, not the year of the text.
_EXPECTED_RE = re.compile(r"(?:预计|计划|力争|争取|将于|拟于|拟在)(?:于|在)? ?$")  # (预计 2027 年)


# 计划于2020年9月1日投入使用: a day something is due, however near the top, dates no page.
# …or a date a sentence starts its time from (自2017年5月24日召开…以来): no stamp either
_SCHEDULED_BEFORE_RE = re.compile(r"(?:计划|预计|将|拟|于|在|至|到|前|自|从|截至|截止)$")
# A date stamp: 2023-01-14, 2023年2月21日, 2023/7/3.
DATE_RE = re.compile(r"(?<![\d])((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
_TODAY_RE = re.compile(r"(?:今天|今日)(?:是)?$")
STAMP_LABEL_RE = re.compile(r"(?:发布|时间|日期|发表|成文|印发|更新)[^\d\n]{0,4}$")
CLOCK_RE = re.compile(r"\s*\d{1,2}:\d{2}")
# …or followed by the page's source or author line (2019-05-28  来源:新快报).
SOURCE_AFTER_RE = re.compile(r"[ \u3000]*(?:来源|來源|作者|编辑|編輯|发布|發布)")
# …alone at the end of a line, or before a newspaper's page number (2016年10月27日 第01版).
EOL_RE = re.compile(r"日?[ \u3000]*(?:\n|$|第[ \u3000]*\d{1,3}[ \u3000]*版)")
# …or a numeric date opening a line before a space (2023-03-31 1699 光伏们): a page's date line
# with its reads and source; a sentence writes a due date with 年月日.
DATE_LINE_RE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \u3000]")
# A bare year such as the 2017 of "2017怎么干", used only when nothing else is found.
# …never a count (为2000多户家庭, 2000个): a figure with its unit is no year.
BARE_YEAR_RE = re.compile(
    r"(?<![\d.])(20\d{2})(?![\d%.年月日号多余万亿千百])(?!\s?(?:"
    + vocab.alt(vocab.BASE_UNITS)
    + r"))"
)
# Contexts that show a year is the one the report is for (2023年经济社会发展…).
REPORT_YEAR_POST = re.compile(
    r" ?年(?:的|是|经济|工作|发展|主要|政府|国民|,|:|[全我本该][县市区省州镇乡])"  # (2026 年是)
)

# What a plan period did, told right after naming it: …期间,全区建成启用了…/累计完成…
_REVIEWED_RE = re.compile(r"[^。;\n]{0,30}?(?:了|已经|已|累计|共计)")

# A news dateline without a year near the top: 【…12月26日报导】, (记者…二十六日电).
DATELINE_RE = re.compile(
    r"(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])月[^\n]{0,3}?日?(?:报导|报道|电|讯)"
)
_DATELINE_REACH = 200
_TOP_REACH = 80
# 2024年重点民生实事项目完成情况公示: a year-end account of how the year's items were done
_YEAR_DONE_RE = re.compile(r"(?:完成|进展|推进|办理|落实)情况|工作总结")
# From October on, 明年 in a dateline's article is the year its plan is for.
_LATE_MONTH = 10


@dataclass
class DocYears:
    report: int | None  # the year the document is for
    default: int | None  # year for targets that state none
    plan_years: list[int] = field(default_factory=list)
    now: int | None = None  # the year 今年 means, when not the report year
    roc: bool = False  # years are written in the Republic of China era
    periods: list[tuple[int, int]] = field(default_factory=list)  # spans the text names
    month: int | None = None  # the month of the document's date stamp

    @property
    def today(self) -> int | None:
        return self.now if self.now is not None else self.report


# A year in a document's name: 2021 in 97-wuqing-2021-report.txt or 武清区2021年政府工作报告.
_NAME_YEAR_RE = re.compile(r"(?<!\d)(19[5-9]\d|20\d{2})(?!\d)")


def name_year(name: str) -> int | None:
    """The one year a document's name writes; none when it writes none or several (a span)."""
    found = {int(y) for y in _NAME_YEAR_RE.findall(name or "")}
    return found.pop() if len(found) == 1 else None


def infer_years(text: str, outside: int | None = None) -> DocYears:
    """Infer the report year from the document's own dates and years.

    A date stamp wins (a work report is published in its own year). Otherwise
    the latest year that is not a plan horizon (到2025年), a baseline
    (在2022年的基础上) or a period end is taken: reports review last year
    and then set this year's goals, so the latest mentioned year is the one.
    """
    plain: list[int] = []
    report_like: list[int] = []
    plan: list[int] = []
    outside_only = False  # the report year comes only from the name or the year given
    dated_by_name = False  # …or the text writes only deadlines after it
    # 114年度总预算: a Republic of China fiscal year marks the era even when written once.
    roc = (
        bool(ROC_MARK_RE.search(text))
        or (
            (
                len(ROC_YEARS_RE.findall(text)) >= 2
                or own_year.ROC_FISCAL_RE.search(text) is not None
            )
            and not YEAR_RE.search(text)
        )
        or roc_beside_western(text)
    )
    cited = cited_titles(text)
    reviewed: set[int] = set()
    bases_of_now: list[int] = []  # years this year's figures are compared with
    ahead: list[int] = []  # years written as still to come (2017年将…, 于2016年完成…)
    for m, y in year_matches(text, roc=roc):
        if still_to_come(text, m):
            ahead.append(y)
        if cited and inside(m.start(), cited):
            continue
        if _QUOTED_TITLE_YEAR_RE.match(text, m.end()) and text.endswith(("“", '"'), 0, m.start()):
            continue  # 被表彰为“2015年全国乡村旅游模范村”: the year of a title awarded
        pre, post = m.group("pre") or "", m.group("post") or ""
        if HISTORY_AFTER_RE.match(text, m.end()):
            continue  # 于2005年前交付的小区: which estates, by when they were built
        if (
            is_horizon(text, m)
            or m.group("fy")  # a fiscal year names when a measure is due, not the text's year
            or text.startswith("远景", m.end())  # 二〇三五年远景目标: a vision's horizon
            or pre in ("到了", "—", "-", "~")
            or post.endswith("前")
            or _EXPECTED_RE.search(text, max(0, m.start() - 4), m.start())
        ):
            plan.append(y)  # 到2025年, 在2027年年底前, 预计2026年: a horizon or a deadline
        elif (
            (based := names_a_base(text, m))  # asked first: the branch below reads it
            or pre in ("从", "由", "自", "比", "较", "截至", "截止")
            or post in ("以来", "同期")
            or (text.endswith("(", 0, m.start("y")) and text.startswith("为", m.end()))
            or BUILT_IN_RE.search(text, max(0, m.start() - 3), m.start())
        ):
            if (pre in ("比", "较") and _this_year_said(text, m.start())) or based:
                bases_of_now.append(y)  # 今年…较2015年上升: this year is later than its base
            continue  # …(2022年为54%): a base in brackets; 小区建于2002年: a thing's history
        else:
            plain.append(y)
            if REPORT_YEAR_POST.match(text, m.end("y")) and pre not in ("到", "至"):
                report_like.append(y)
                if _GOAL_IN_CLAUSE_RE.match(text, m.end()):
                    report_like += [y, y]  # 2021年全区生产总值增长目标为…: whose goals these are
            if _REVIEW_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()):
                reviewed.add(y)
    periods: list[tuple[int, int]] = []
    for a, b in year_ranges(text, roc, cited):
        plain.append(a)
        plan.append(b)
        periods.append((a, b))
    stamp = None
    for m in DATE_RE.finditer(text):
        y, mo = int(m.group(1)), int(m.group(2))
        if _TODAY_RE.search(text, max(0, m.start() - 4), m.start()):
            continue  # 今天是2025年5月11日 星期日: the site's clock, not the writing's date
        # Only publication stamps count: labelled (发布时间:), followed by a clock
        # time, or alone at the end of a line (a signature date). A deadline
        # inside a sentence (2019年12月31日前完成) is not the document's date.
        labelled = STAMP_LABEL_RE.search(text, max(0, m.start() - 12), m.start())
        clock = CLOCK_RE.match(text, m.end())
        eol = EOL_RE.match(text, m.end()) or (
            DATE_LINE_RE.match(text, m.start())
            and not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip(" \u3000")
        )
        top = (
            m.start() < _TOP_REACH
            and not _SCHEDULED_BEFORE_RE.search(text, max(0, m.start() - 4), m.start())
        ) or SOURCE_AFTER_RE.match(text, m.end())
        if 1 <= mo <= 12 and (labelled or clock or eol or top):
            stamp = stamp or (y, mo)
            if labelled:
                # 发布日期:2022-12-26 under a page's own date of today (2025年05月11日 at
                # its top): the labelled date is the writing's
                stamp = (y, mo)
                break
    if stamp is None and roc:
        stamp = own_year.roc_stamp(text)
    # 2017年将完成…, 于2016年完成… on a page stamped 2022: the writing is older than its stamp
    older = min(ahead) if stamp and ahead and min(ahead) < stamp[0] - 1 else None
    stamp = None if older else stamp
    if stamp and report_like and stamp[0] > max(plain + plan) + 1:
        # Stamped years after every year the text names: a later copy's date (a repost),
        # not the writing's; the text's own framing dates it.
        stamp = None
    report: int | None
    titled = own_year.titled_goal_year(text)
    # 去(108)年, 今(2026)年: the text says which year is its own, as a stamp would.
    dated = stamp[0] if stamp else own_year.glossed_today(text)
    if stamp and (planned := own_year.titled_year_plan(text)) is not None and planned < stamp[0]:
        dated = planned  # 2019年…实事项目安排 on a page of 2020: the plan's year
    if dated is not None:
        report = dated
    elif titled is not None:
        report = titled  # 政府工作报告提出:2010年…预期目标: the headline says whose goals
    elif report_like:
        # 回顾了2017年工作…对于2018年工作: a year the report looks back on is not its own,
        # however often it is named, when a later year is framed as the report's too.
        own_years = [y for y in report_like if y not in reviewed]
        # The year most often framed as the report's own; ties go to the later one.
        report = max(set(own_years or report_like), key=lambda y: (report_like.count(y), y))
        if (
            speaks_of_now(text)
            and report + 1 not in plain
            and (not own_years or over_before_today(text, report, roc))
        ):
            report += 1  # 过去的2019年,是…; 今年…: only the year gone is named, the text is later
        if outside is not None and report < outside and outside in plain:
            # 2025年,全区接待游客…同比增长…; 2026年,将… in a text its name dates 2026: the
            # year it reviews is framed most often, the later one it writes is its own.
            report = outside
    elif plain and outside is not None and min(plain) >= outside:
        # 力争…2026年建成通车,…2027年完工 in a text its name dates 2026: the years it writes
        # are deadlines, none of them is the writing's.
        report, dated_by_name = outside, True
    elif plain:
        report = max(plain)
        if over_before_today(text, report, roc):
            report += 1
    else:
        bare = [
            int(m.group(1))
            for m in BARE_YEAR_RE.finditer(text)
            if not BUILT_IN_RE.search(text, max(0, m.start() - 3), m.start())
        ]
        # The text is read first; a year from outside it (its name, the year the user
        # imports into) only dates a text that writes none.
        report = max(bare) if bare else outside
        outside_only = dated_by_name = not bare
    if dated is None and bases_of_now and (report is None or report <= max(bases_of_now)):
        report = max(bases_of_now) + 1
    if older is not None and report is not None and report > older:
        report = older  # written no later than the first year it says is still to come
    elif dated is None and report in ahead:
        report = min(ahead)  # 2024年要达到…,2026年要达到…: neither is over when written
    if dated is None and report is not None and staged_after_this_year(text, report, periods):
        report -= 1
    if dated is None and report is not None and (first := stages_its_period(text, periods)):
        report = min(report, first)
    five_matches = list(FIVE_YEAR_END_RE.finditer(text))
    five = [period_end(m) for m in five_matches]
    periods += [(end - 4, end) for end in five]
    period_start = report is None and bool(five)
    latest = max(five_matches, key=period_end, default=None)
    if period_start and latest is not None and _REVIEWED_RE.match(text, latest.end()):
        # “十三五”期间,…建成了27所学校: the latest plan is told as done, so the text is
        # written after it, in the next plan's first year.
        report, period_start = period_end(latest) + 1, False
    if period_start:
        # Only five-year plans date the text: it is written in the latest one's first year,
        # so an earlier plan's period is reviewed; its targets are for that plan's end.
        report = max(five) - 4
        plan.append(max(five))
    now = _written_year_before(text, report, plain, roc) if dated is None else None
    future_plans = sorted(y for y in plan if report is None or y > report)
    default = max(five) if period_start else report
    late = stamp is not None and stamp[1] >= _LATE_MONTH
    if (dated_by_name or late) and report is not None and own_year.tells_macau_address(text):
        # Macau's policy address is given in November for the financial year that follows:
        # a text dated only by its name, or stamped that late, telling that address, is
        # about the next year.
        default = report + 1
    elif (
        report is not None
        and (stamp is None or stamp[1] <= 4)
        and own_year.tells_hong_kong_budget(text)
    ):
        default = report + 1  # a budget for the financial year 2026-27 sets 2027's figures
    elif (report is None or outside_only) and plan:
        # A text that writes only its horizon (力争到2025年…) is about it; the outside year
        # still tells its 今年.
        default = min(plan)
    elif (
        stamp
        and stamp[1] >= _LATE_MONTH
        and report is not None
        and report + 1 in plain
        and not _YEAR_DONE_RE.search(text, 0, _TOP_REACH * 2)
    ):
        default = report + 1  # a December article about next year's plan
    elif stamp and stamp[1] >= 7 and future_plans:
        # Published late in the year with a plan horizon: the article is about
        # the plan, not this year's budget, so unmarked figures belong to it.
        default = future_plans[0]
    budget = own_year.budget_year(text, roc)
    if budget is not None and report is not None and budget > report:
        # 115年度总预算案, 2026年预算草案: a budget presented for the year ahead sets the year
        # of its figures; with no date on the page it is the year the text is for (鸿山镇2020年
        # 财政预算执行情况和2021年财政预算的报告: a congress early in 2021).
        default = budget
        if dated is None:
            report = budget
    elif budget is None and report is not None and own_year.plans_next_budget(text):
        default = report + 1  # 明年度总预算增59亿: the budget for the year ahead, as above
    if (
        not plain
        and not plan
        and cited
        and not RELATIVE_YEAR_RE.search(text)
        and (carried := carried_period(text, roc, cited))
    ):
        # 为贯彻落实《…五年行动方案(2021—2025年)》…制定本方案, with no year of its own (not even
        # 今年): the text carries out that plan in its place, so its goals are for the plan's end.
        default = carried[1]
    own = own_period(text) or titled_plan(text) or presented_plan(text, report)
    if own is not None and (report is None or own[1] >= report):
        # A plan that names its own period (三年行动计划(2020—2022年), 规划期为2021—2025年)
        # sets its unmarked targets for the period's end.
        default = own[1]
    month = stamp[1] if stamp else None
    return DocYears(report, default, sorted(set(plan)), now, roc, sorted(set(periods)), month)


_GOAL_IN_CLAUSE_RE = re.compile(r"[^,。;:]{0,16}?目标(?:为|是|定为|确定为)")


def _this_year_said(text: str, pos: int) -> bool:
    """今年 in the sentence around pos."""
    start = max(text.rfind(c, 0, pos) for c in "。!?\n") + 1
    stops = [i for c in "。!?\n" if (i := text.find(c, pos)) != -1]
    return text.find("今年", start, min(stops, default=len(text))) != -1


# 回顾了2017年, 总结2017年: the year a report looks back on.
_QUOTED_TITLE_YEAR_RE = re.compile(r"[^“”\"。,;\n]{2,20}[”\"]")
_REVIEW_BEFORE_RE = re.compile(r"(?:(?:回顾|总结|回首)了?)?过去的$|(?:回顾|总结|回首)了?$")


def _written_year_before(text: str, report: int | None, plain: list[int], roc: bool) -> int | None:
    """The year an article was written in when it is the year before the one it plans for.

    A late-year dateline (【12月26日报导】) over an article that speaks of 明年 and names no
    year before the one it is about was written the year before: its 今年 is a result,
    its 明年 is the plan year.
    """
    if report is None or "明年" not in text or (report - 1) in plain:
        return None
    if report in plain and told_as_results(text, report, roc):
        return None  # 据介绍,2018年,全国新增…。根据明年预期目标…: the year named is the one gone by
    m = DATELINE_RE.search(text, 0, _DATELINE_REACH)
    if not m:
        return None
    month = m.group("m")
    n = int(month) if month.isdigit() else int(parse_chinese_number(month))
    return report - 1 if n >= _LATE_MONTH else None
