"""Document time context: the temporal markers (past, future, years) that decide whether a
figure is a goal or a result; which year the document is for is inferred in ``years``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import vocab
from .five_year import FIVE_YEAR_END_RE, period_end
from .future_markers import CLAUSE_START, Marker, future_markers, goals_set
from .numerals import parse_chinese_number
from .outline import TITLE_RE
from .plan_spans import named_goal_year
from .relative_years import REL_OFFSET, RELATIVE_RE, relative_word
from .scan import Anchored
from .year_forms import ATTRIBUTIVE_YEAR_RE, BUILT_IN_RE, HISTORY_AFTER_RE, is_horizon, year_matches
from .years import DocYears

if TYPE_CHECKING:
    from .sentences import Sentence

__all__ = [
    "DocYears",
    "Marker",
    "sentence_markers",
]

# Periods counted from the report year: 用3年时间, 5年内, 未来三年, 五年的时间.
# (not the end of a year: 2022年内 is "within 2022", not "within 22 years")
_N = r"(?P<n>(?<![\d.])\d{1,2}|[一二两三四五六七八九十]{1,2})"
SPAN_RE = re.compile(
    # (通过5年的努力: the effort of that many years, as 用5年时间)
    r"(?P<use>用|通过)?(?:未来|今后)?"
    + _N
    + r"年(?P<kind>时间|内|的时间|之内|(?:(?<=通过\d年)|(?<=通过..年))的?努力)"
    r"|(?:未来|今后|后)" + _N.replace("?P<n>", "?P<n2>") + r"年(?![\d度])"
    # 大桥4年后建成: the year that many years after the text's
    r"|" + _N.replace("?P<n>", "?P<n3>") + r"年(?:以|之)?后(?![\u4e00-\u9fff]{0,2}[的才再])"
)
_SPAN_SCAN = Anchored(SPAN_RE, r"用通未今后\d一二两三四五六七八九十")
# 现在 tells the present (现在每年产量是…), but not inside 实现在/出现在 nor in 从现在起, and so
# does a place's total held (全市共有养老设施1650个; 共有产权房 is a kind of housing); 这五年
# looks back over the years just gone;
# the months so far (1至10月, 前8个月) tell a result to date, like 上半年.
_DATED_WORDS = frozenset(REL_OFFSET)  # relative words scan_markers dates itself
_PAST = re.compile(vocab.alt(vocab.PAST_WORDS))
SPLIT_WORDS = vocab.PAST_SPLIT_WORDS
_PAST_MORE = re.compile(
    r"(?<![实出体表发从由])现在(?!起|开始|到|至)"
    r"|(?:(?<=[,;。:、\n])|[全该本我][国省市县区镇乡村])共有"
    r"|这(?:[两二三四五六七八九十]|\d{1,2})年(?!内|里|中|间)"
    # 三年前平均轮候6.1年: years ago (not 2025年前, before a year)
    r"|(?<![\d年])(?:[一二两三四五六七八九十]|\d)年前(?!后)"
    # 112年6月底为67.34%: a level as of a month's end; 至6月底,…完成投资: as of then
    r"|\d{1,2}月底(?:为|是)|(?<![截\d])至\d{1,2}月(?:底|末)(?=[,，])"
    # 首十个月, 前10个月, 今年前两月: the months of this year already counted
    r"|(?:首|(?<![年到至])前|(?<=今年|本年)前)(?:\d{1,2}|[一二两三四五六七八九十]{1,3})个?月(?!内|起)"
    r"|(?<![\d十])[1一](?:至|到|-|—|~)(?:1[01]|[2-9]|十一?|[二三四五六七八九])月"
    # 1-12月份完成投资: the whole year's months, told with what was done in them
    r"|(?<![\d十])[1一](?:至|到|-|—|~)(?:12|十二)月份?(?=累计|共|完成|实现)"
    r"|前(?:1[01]|[2-9]|十一|[两二三四五六七八九十])个月"
    # 数据显示, 《…速报》显示: figures a statistic or a bulletin reports are results
    r"|(?:数据|统计|调查|监测|》)显示"
    # 我市争取到健身步道6条: what was secured (争取到2025年 is a horizon)
    r"|争取到(?![\d一二两三四五六七八九十〇零]|今|明|本|年|位)"  # 争取到位0.8亿元: to have in place
)
BASE_BEFORE = tuple(vocab.COMPARISON_BASE)
# 可比增长 (on a comparable basis) is no 比增 (同比增长 cut short).
_SAME_PERIOD = re.compile("(?<!可)(?:" + vocab.alt(vocab.SAME_PERIOD_WORDS) + ")")
_GOAL = re.compile(vocab.alt(vocab.GOAL_WORDS))
# 已定下/已经确定了…目标: what was done is setting the goal the figure is in.
_SETS_GOAL_RE = re.compile("(?:" + vocab.alt(vocab.GOAL_SETTING_VERBS) + r")了?[^。;!?]{0,24}?目标")
# 同比增长16%的目标: the change is the goal named after it.
_GOAL_AFTER_RE = re.compile(r"[^,;。]{0,12}?的(?:预期|奋斗|发展)?目标")
# 主要目标:分别是利用外资同比增长15%: a list the goal word introduces sets goals, 同比 or not.
_GOAL_HEADING_RE = re.compile(r"目标[:：]?[ \u3000]*\n[ \u3000]*$")
_GOAL_LIST_RE = re.compile(r"目标[:：]|目标(?:分别)?(?:是|为)")
_DONE_PART_RE = re.compile(r"完成[^,;。]{0,20}的\d[\d.]*%")
_AIMED_FIRST_RE = re.compile(r"(?:力争|争取|确保|有望|预计|将|要)[^,;。]{0,6}$")
_RANKED_AFTER_RE = re.compile(r".{0,2}?(?:位居|位列|保持|进入|稳居|跻身|争创)")
_DAY_DIGITS = frozenset("0123456789一二三四五六七八九十")
_NEXT_YEAR_BEFORE = re.compile(r"(?:明年|来年|下一年|(?:19|20)\d{2}年)$")
_LEVEL_FIGURE_RE = re.compile(r"\d+(?:\.\d+)?(?![\d.年])")  # a level's figure, not a year
_OPENING_YEAR_RE = re.compile(r"开局之年|开局年")
# …also after a speaker's clause (报告指出,2022,…).
_OPENING_BARE_YEAR_RE = re.compile(
    r"(?:[^,。]{0,8}(?:指出|表示|提出|强调|透露)[,:])?[ \u3000]*((?:19|20)\d{2})(?=[,:])"
)


_EARLY_MONTH = 3


def span_end(m: re.Match[str], years: DocYears) -> int | None:
    """The year a span counted from the report year (5年内, 未来三年) ends in."""
    report = years.report
    if report is None:
        return None
    n = m.group("n") or m.group("n2") or m.group("n3")
    k = int(n) if n.isdigit() else int(parse_chinese_number(n))
    if m.group("n3"):
        return report + k
    for a, b in years.periods:
        # 三年内 in a plan for 2014—2016 written in 2014: the span is the plan's three years
        # (未来五年 only from the period's first year: said in 2022 of 十四五, it runs to 2027).
        if b - a + 1 == k and a <= report <= b and (m.group("n") or a == report):
            return b
    # 用3年时间 from 2023 ends in 2025; "5年内" from 2020 reaches 2025.
    if m.group("use") and m.group("kind") in ("时间", "努力", "的努力"):
        return report + k - 1
    # 今后五年 said in January 2023 (a new term's first congress) runs 2023–2027; said in
    # December 2021, 2022–2026.
    if m.group("n2") and years.month is not None and years.month <= _EARLY_MONTH:
        return report + k - 1
    return report + k


_ACHIEVED = frozenset(vocab.ACHIEVEMENT_WORDS)
_PLAN_END_RE = re.compile(r"规划期末|计划期末|期末目标")
_SERIES_BEFORE_RE = re.compile(r"(?:19|20)\d{2}年(?:上半年|下半年)?[、和及]$")
_YEAR_PART_BEFORE_RE = re.compile(r"((?:19|20)\d{2})年第$")


def _year_to_come_before(text: str, start: int, pos: int, report: int | None) -> bool:
    """明年上半年, 2025年上半年: a part of the year named before it; with 第 (2025年第一季度)
    only when that year is still to come."""
    if nm := _NEXT_YEAR_BEFORE.search(text, max(start, pos - 6), pos):
        # 2016年、2017年、2018年上半年: the last of a series of results, the part just gone
        return not (
            nm.group()[0].isdigit()
            and _SERIES_BEFORE_RE.search(text, max(start, nm.start() - 12), nm.start())
        )
    fy = _YEAR_PART_BEFORE_RE.search(text, max(start, pos - 7), pos)
    return fy is not None and report is not None and int(fy.group(1)) > report


_ATTRIBUTIVE_DONE_RE = re.compile(r"(?:推动|支持|鼓励|引导|推进|加快|利用|依托|盘活|对|把|将|让)$")
_DONE_BEFORE_RE = re.compile(r"已经?|均|都|先后|相继")
_YEAR_PARTS = frozenset(("上半年", "一季度", "前三季度", "前三季", "前3季"))
_AIMED_AT_RE = re.compile(r"(?:预计|计划|力争|争取|确保|拟|将|要)(?:于|在|到)?$")
# 基础研究取得重大突破,…显著提升: a result of weight, told without 了, in a list of goals
_AIMED_RESULT_RE = re.compile(r"(?:重大|明显|显著|积极|决定性|突破性|更大)(?:突破|进展|成效)[,;，]")


def _horizon_before(text: str, start: int, pos: int, years: DocYears) -> bool:
    """A plan horizon (到2020年) in text[start:pos] that lies ahead of the report year."""
    return any(
        is_horizon(text, m) and (years.report is None or y > years.report)
        for m, y in year_matches(text, start, pos, years.roc)
    )


_BASE_YEAR_RE = re.compile(r"(?:的?(?:水平|数|值))?为(?:基点|基数|基期|基准)")
_YEAR_LEVEL_RE = re.compile(r"的?(?:同期)?水平")
_BASE_CLAUSE_RE = re.compile(r"[^,，;；。:：!！?？\n]{0,30}?基础之?上")


_FROM_LEVEL_RE = re.compile(r"的[^,，;；。\d]{0,12}?[\d一二两三四五六七八九十]")  # …前八位 too
_FROM_BEFORE_RE = re.compile(r"(?:由|从)[“\"]?$")
_COMPARED_BEFORE_RE = re.compile(r"(?:比|较)“?$")
_BASE_OF_RE = re.compile(r"[”\"]?(?:末|期末|时期)?的")


# 截至2024年一季度 / 6月底 in a text stamped in February of 2024: a deadline ahead.
_PART_END_MONTH = {"一季度": 3, "第一季度": 3, "上半年": 6, "二季度": 6, "第二季度": 6}
_MONTH_AFTER_RE = re.compile(r"(\d{1,2})月")
_PART_AFTER_RE = re.compile(r"第?[一二]季度|上半年")


def _later_than_stamp(text: str, m: re.Match[str], y: int, years: DocYears) -> bool:
    """截至 a date after the document's own stamp is a deadline, not a total to date."""
    if years.month is None or years.report is None:
        return False  # no stamp to be later than
    if y != years.report:
        return y > years.report
    part = _PART_AFTER_RE.match(text, m.end()) or _MONTH_AFTER_RE.match(text, m.end())
    if part is None:
        return False
    g = part.group()
    month = int(part.group(1)) if g.endswith("月") else _PART_END_MONTH[g]
    return month > years.month


def _in_base_clause(text: str, start: int, end: int) -> bool:
    """在今年底通车里程1300公里的基础上: a time inside a 在…基础上 clause dates the base; 从目前的
    23.04%(提高到…): so does one inside the level a change starts from."""
    before = text[start - 1 : start]
    if before in ("从", "由"):
        return bool(_FROM_LEVEL_RE.match(text, end))
    return before == "在" and bool(_BASE_CLAUSE_RE.match(text, end))


def scan_markers(text: str, start: int, end: int, years: DocYears) -> list[Marker]:
    """Temporal markers in text[start:end], sorted by position."""
    out: list[Marker] = []
    report = years.report
    has_title = text.find("《", start, end) != -1
    titles = [t.span() for t in TITLE_RE.finditer(text, start, end)] if has_title else []
    for m, y in year_matches(text, start, end, years.roc):
        pre, post = m.group("pre") or "", m.group("post") or ""
        if pre in ("自", "从") and post == "以来":
            out.append(Marker(m.end(), "past"))  # 自2008年以来,…累计: a total told to date
            continue
        if pre in ("从", "由", "自", "比", "较") or "基础" in post or post == "同期":
            continue
        if (
            _BASE_YEAR_RE.match(text, m.end())
            or _YEAR_LEVEL_RE.match(
                text, m.end()
            )  # 恢复到2019年水平: a year's level as a yardstick
            or text.endswith("基于", 0, m.start("y"))
            or (text.endswith("(", 0, m.start("y")) and text.startswith("为", m.end()))
        ):
            continue  # 以2019年为基点, 基于2020年…规模, (2022年为54%): the base a change is from
        if any(a <= m.start() < b for a, b in titles):
            continue  # 落实《…规划(2021年-2025年)》: a year in a title names the document
        if not pre and ATTRIBUTIVE_YEAR_RE.match(text, m.end()):
            continue  # 2017年实施的…项目(开工): the year names which project, not the time
        if BUILT_IN_RE.search(text, max(start, m.start() - 3), m.start()) or HISTORY_AFTER_RE.match(
            text, m.end()
        ):
            continue  # 小区建于2002年: a thing's history, no time of what is told after it
        if _in_base_clause(text, m.start("y"), m.end()):
            continue
        if post == "以来" or (pre in ("截至", "截止") and not _later_than_stamp(text, m, y, years)):
            out.append(Marker(m.end(), "past"))
            continue
        # 于2023年底前消除…: a deadline looks forward, whatever year the text is dated
        deadline = post.endswith("前")
        # 到2021年底(,全国水土保持率为72%) in a text of 2023: a level as of a year's end gone by
        as_of = post in ("底", "末") and m.group("pre") in ("到", "至")
        horizon = not as_of and is_horizon(text, m)
        past = report is not None and y < report and not horizon and not deadline
        state = "past" if past else "future"
        out.append(Marker(m.end(), state, y))
    opening = _OPENING_BARE_YEAR_RE.match(text, start, end)
    if opening:  # "2022,全县将…": a year without 年 opening the sentence
        y = int(opening.group(1))
        state = "past" if report is not None and y < report else "future"
        out.append(Marker(opening.end(1), state, y))
    for m in RELATIVE_RE.finditer(text, start, end):
        word = relative_word(m)
        off = REL_OFFSET[word]
        before = text[max(start, m.start() - 2) : m.start()]
        after = text[m.end() : m.end() + 3]
        if off < 0 and (
            before.endswith(BASE_BEFORE) or after.startswith(("基础上", "基础之上", "同期"))
        ):
            continue  # 比上年增长: a comparison base, not the time of the figure
        if _in_base_clause(text, m.start(), m.end()):
            continue
        today = years.today
        ry = today + off if today is not None else None
        # 截至今年11月底, 统计至今年2月底: a total to date, however near the date.
        past = (
            off < 0
            or before.endswith(("截至", "截止", "计至"))
            or (ry is not None and report is not None and ry < report)
        )
        out.append(Marker(m.end(), "past" if past else "future", ry))
    for m in FIVE_YEAR_END_RE.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in titles):
            continue  # 《关于印发“十四五”…方案的通知》: a plan a title names
        if _FROM_BEFORE_RE.search(text, max(start, m.start() - 2), m.start()) and (
            _BASE_OF_RE.match(text, m.end())
        ):
            continue  # 由“十三五”的1.75万亿元(发展到…): the level a change starts from
        if _COMPARED_BEFORE_RE.search(text, max(start, m.start() - 2), m.start()):
            continue  # (3亿元,)比“十三五”末增0.8亿元: the base compared with, no time
        # A period that ended before the report's year is reviewed (“十三五”期间…达到), not planned.
        end_year = period_end(m)
        past = report is not None and end_year < report
        out.append(Marker(m.end(), "past" if past else "future", end_year))
    if years.periods and text.find("期末", start, end) != -1:
        # 规划期末目标为6.1%: the end of the plan the text is about (十三五 → 2020)
        last = max(p[1] for p in years.periods)
        for m in _PLAN_END_RE.finditer(text, start, end):
            out.append(
                Marker(m.end(), "future" if report is None or last >= report else "past", last)
            )
    if years.periods and text.find("开局", start, end) != -1:
        # 开局之年: the first year of the latest period the text names (十二五 → 2011).
        first = max(years.periods, key=lambda p: p[1])[0]
        for m in _OPENING_YEAR_RE.finditer(text, start, end):
            out.append(Marker(m.end(), "future", first))
    spans = _SPAN_SCAN.finditer(text, start, end) if text.find("年", start, end) != -1 else ()
    for m in spans:
        if m.group("kind") == "内" and text.startswith("的", m.end()):
            continue  # 5年内的最高点: a span that describes, no time to meet a goal by
        out.append(Marker(m.end(), "future", span_end(m, years)))
    looks_back = list(_PAST.finditer(text, start, end))
    if any(
        text.find(w, start, end) != -1
        for w in ("现在", "月", "共有", "这", "年前", "显示", "争取到")
    ):
        looks_back += _PAST_MORE.finditer(text, start, end)
    for m in looks_back:
        if m.group() == "日前" and text[m.start() - 1 : m.start()] in _DAY_DIGITS:
            continue  # 10月1日前: before a day, not 日前 (the other day)
        if m.group() in SPLIT_WORDS and text[m.start() - 1 : m.start()] in SPLIT_WORDS[m.group()]:
            continue  # 项目前期, 节日前: the word ends another one and the next starts
        if m.group() == "曾" and text[m.end() : m.end() + 1] in ("家", "氏"):
            continue  # 曾家岩大桥: a place named for a family, not 曾 (once)
        if _year_to_come_before(text, start, m.start(), report):
            continue  # 明年上半年, 2025年第一季度: a part of a year to come, not the part just gone
        if m.group() in _YEAR_PARTS and _AIMED_AT_RE.search(
            text, max(start, m.start() - 4), m.start()
        ):
            continue  # 预计上半年…竣工, 力争一季度开工: the part of the year a work is due in
        if _in_base_clause(text, m.start(), m.end()):
            continue  # 在现有(里程800公里的)基础上新增…: the base of a goal, not a result
        if _SETS_GOAL_RE.match(text, m.end(), end) or goals_set(text, start, m):
            continue  # 今年已定下增长16%的目标: a goal set, not a result
        if m.group() in _ACHIEVED and _horizon_before(text, start, m.start(), years):
            continue  # 到2020年,…取得积极进展: an achievement the horizon looks forward to
        if m.group() == "首次" and _AIMED_FIRST_RE.search(
            text, max(start, m.start() - 8), m.start()
        ):
            continue  # 力争GDP首次突破一万亿元: a first the plan aims at, not one reached
        if m.group() in _ACHIEVED and _RANKED_AFTER_RE.match(text, m.end()):
            continue  # 赛事成绩位居全国前列: the results to be ranked, a goal
        if (
            m.group() == "取得"
            and (text.startswith("新", m.end()) or _AIMED_RESULT_RE.match(text, m.end()))
            and not _DONE_BEFORE_RE.search(text, max(start, m.start() - 4), m.start())
        ):
            continue  # 基地建设取得新成效: what a plan sets out to achieve (取得了… is a result)
        if m.group() in ("已", "已经") and _ATTRIBUTIVE_DONE_RE.search(
            text, max(start, m.start() - 4), m.start()
        ):
            continue  # 推动已建数据中心…落地: what is already built is the object, no result
        out.append(Marker(m.end(), "past"))
    for m in _SAME_PERIOD.finditer(text, start, end):
        head = text[start : m.start()]
        cuts = [c.end() for c in CLAUSE_START.finditer(head)]
        cut = cuts[-1] if cuts else 0
        # 力争…完成200万标箱,同比增长8%; 吞吐量达到1600万标准箱,同比增长6.7%: the change of
        # the level the clause before states is that level's growth, in the level's time; it
        # sets no time of its own.
        previous = cuts[-2] if len(cuts) > 1 else 0
        if (
            cuts
            and head[cut - 1] in ",，"
            and _LEVEL_FIGURE_RE.search(head, previous, cut)
            and not _DONE_PART_RE.search(head, previous, cut)
        ):
            continue  # (…,完成年度目标任务589亿元的37.22%,同比增长8.08%: progress, told)
        if (
            not _GOAL.search(head, cut)
            and not _GOAL_LIST_RE.search(head)
            and not _GOAL_AFTER_RE.match(text, m.end(), end)
            # 主要预期目标⏎地区生产总值同比增长4.8%左右: a heading announces the goals
            and not _GOAL_HEADING_RE.search(text, max(0, start - 4), start)
        ):
            out.append(Marker(m.end(), "past"))
    if (start == 0 or text[start - 1] == "\n") and (label := _PROGRESS_LABEL_RE.match(text, start)):
        out.append(Marker(label.end(), "past"))  # 进展情况:…: what a listed item has got to
    # “五强”目标具体为:… spells out a goal the text named with its year
    if named := named_goal_year(text, start, end):
        out.append(Marker(named[0], "future", named[1]))
    out += future_markers(text, start, end, out, _DATED_WORDS)
    out.sort(key=lambda mk: mk.pos)
    return out


# A run-in label opening a line that reports how far the item above has got.
_PROGRESS_LABEL_RE = re.compile(
    r"[ \u3000]*(?:目前|当前|工作|项目)?(?:进展(?:情况)?|(?:完成|推进|落实|实施|办理)(?:情况|进度))[:：]"
)


def sentence_markers(text: str, sent: Sentence, years: DocYears) -> list[Marker]:
    """Markers of a sentence, cached on it (targets, milestones and projects share them)."""
    if sent.markers is None:
        sent.markers = scan_markers(text, sent.start, sent.end, years)
    return sent.markers
