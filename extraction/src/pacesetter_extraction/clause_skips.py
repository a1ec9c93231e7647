"""Clause-level reasons why a figure is not a goal: the clause supposes (如果), forecasts (预计),
compares, gives a cause or an example, tells a change from last year to this, a work under way,
its share of a task done, or what was done (…了)."""

from __future__ import annotations

import re

from . import vocab
from .sentences import Clause, Sentence

# 若 alone is "if" (若干 is "several").
# …and 要是 ("if"), not inside 主要是, 只要是, 需要是; 主要是 tells what explains the figure
# before (增加51亿元,主要是…补助款增加34亿元), unless it opens a goal list (目标主要是:)
_HYPO_RE = re.compile(
    vocab.alt(vocab.HYPOTHETICAL_WORDS)
    + "|若(?!干)|(?<![主只需重])要是|(?<!目标|任务|内容|重点)主要(?:是|在于|因为)(?![:：])"
)
# 预计到“十四五”末, 预计到2025年: a plan's horizon the forecast word only introduces
_FORECAST_RE = re.compile(
    "(?:"
    + vocab.alt(vocab.FORECAST_WORDS)
    # (预计到民国113年: a Republic of China year as well)
    + r")(?!(?:到|至)(?:(?:19|20)\d{2}年|(?:民国)?1[0-4]\d年|“?十[一二三四五]五”?末))"
)
# What ends a forecast's reach: a goal set, not a plain future (预期政府将投资 stays a forecast).
_FORECAST_END_RE = re.compile("(?:" + vocab.alt(vocab.FORECAST_WORDS) + r")[,，:：\s]*$")
# 到2016年茂名生产总值预计突破2500亿元: a plan's horizon, then its expected level
_HORIZON_BEFORE_RE = re.compile(r"(?:到|至)(?:19|20)\d{2}年")


# 提出明年营运目标,日运量可望提升到…: a forecast word in the clause after one that names a goal
# only words the goal (not 目标:行政长官预料…, someone's forecast under a heading)
_GOAL_LEAD_RE = re.compile(r"目标,[^,;:。]*$")


def _horizon_first(an: str, part: int, pos: int) -> bool:
    """A horizon opens the clause of the forecast word at pos (到2016年…预计突破…)."""
    cut = max(part, an.rfind(",", part, pos) + 1)
    return _HORIZON_BEFORE_RE.search(an, cut, pos) is not None


_GOAL_TURN_RE = re.compile(vocab.alt(["力争", "确保", "争取", "目标", "计划", "今年", "明年"]))
_COMPARE_RE = re.compile(vocab.alt(vocab.COMPARISON_CLAUSE))
_LE_RE = re.compile(r"[\u4e00-\u9fff]了")
# …and a congress that passes them (通过了…的目标).
_GOAL_SET_LE_RE = re.compile("(?:" + vocab.alt([*vocab.GOAL_SETTING_VERBS, "通过"]) + ")了")
# (提出了…分别增长9.5%、15%…;…增长12%左右的主要预期目标: the goals listed before the word)
_GOAL_AFTER_RE = re.compile(r"[^,;。]{0,20}?的(?:预期|奋斗|发展)?目标|[^。]{0,80}?的主要预期目标")
# 由去年3.38%降至今年3.36%: this year's value told as a change from last year's is a result.
_DATED_CHANGE_RE = re.compile(
    r"(?:由|从)(?:去年|上年|前年|(?:19|20)\d{2}年)[^,;。]{0,14}?"
    r"(?:降|升|提高|提升|增加|增长|下降|减少|上升)(?:至|到)(?:今年|本年|当年)的?$"
)
# 预计至117年新增3.7万户, 预计兴办1.2万户: 预计 before the government's own action (to build,
# add, provide, invest), not before an outcome, states a plan.
_PLANNED_RE = re.compile(
    # (预计将于2024年投入使用: the time it is due for, after 将, as before it)
    r"将?(?:(?:于|在|至|到)?[^,;。增达超突实为]{0,10}?(?:年|年底|年度|月|底)(?:前)?)?"
    # 预计全年计划投资…: a plan the forecast word only introduces
    r"(?:将|再|持续|继续)*(?:新增|兴办|新建|建成|建设|完成|开工|投入|投资|提供|安排|招租|增加|交付|投用|计划)"
)


# 预计汰换16辆…, 预计购置40台…: a verb acting on things counted right after the forecast word
# is the speaker's own planned work (an outcome expected is a level: 预计达到, 预计接待游客…).
_ACT_ON_COUNT_RE = re.compile(
    r"(?:将|再|会)?(?!达到|超过|突破|实现|增长|减少|下降|接待|吸引|带动)[\u4e00-\u9fff]{2}"
)


# 目标任务是:…达到10.86亿元,预计比上年增长24.8%: the growth the goal level means.
_DIGIT_RE = re.compile(r"\d")
# (…可为市库节省公帑约10亿元: whom the saving goes to, and what is saved)
_EFFECT_RE = re.compile(
    r"可(?:缩短|节省|节约|减少|降低)(?:超过|约|逾|近)?$"
    r"|可为[^,;。\d]{1,6}?(?:节省|节约|减少)[^,;。\d]{0,4}?(?:超过|约|逾|近)?$"
)
# 涉及住户2482户: the households a work touches describe it (惠及群众9300余人 is labelled a
# goal in the shared corpus, and 受益人口 named as a quantity stays one).
_REACHES_RE = re.compile(r"涉及(?=住户|居民|群众|农户|人口|家庭)[^,;。\d]{0,8}$")
_FORECAST_CHANGE_RE = re.compile(r"预计(?:比上年|较上年|同比)?(?:增长|提高|增加)")
_GOAL_LIST_RE = re.compile(r"目标(?:任务)?(?:是|为)?:")


def _goal_growth(an: str, sent: Sentence, ci: int, head: str) -> bool:
    if ci == 0 or not _FORECAST_CHANGE_RE.fullmatch(head.strip()):
        return False
    prev = sent.clauses[ci - 1]
    return bool(_DIGIT_RE.search(an, prev.start, prev.end)) and bool(
        _GOAL_LIST_RE.search(an, sent.start, prev.start)
    )


# 由于本澳失业率相对稳定,保持在1.9%,是…: a cause is a fact, and so is what goes on with it
# until a goal word turns to the main clause.
_EXAMPLE_RE = re.compile(r"(?:例如|比如|如)(?!期|果|何|今|此|实)[^,;。、\d]{1,8}、")
_CAUSE_RE = re.compile(r"(?:但|而|正是|主要是)?由于")
_GOAL_WORD_RE = re.compile(vocab.alt([*vocab.GOAL_WORDS, "要"]))


def _cause(an: str, sent: Sentence, ci: int, pos: int) -> bool:
    for k in range(ci, max(-1, ci - 3), -1):
        c = sent.clauses[k]
        if _CAUSE_RE.match(an, c.start):
            return not _GOAL_WORD_RE.search(an, c.start, pos)
        if not _GOES_ON_RE.match(an, c.start):
            return False  # a clause with a subject of its own: the main clause
    return False


_GOES_ON_RE = re.compile(r"(?:保持|维持|稳定|达到|约为|仅为|只有|超过|均为|分别为|为|是)")


# the next clause opens with a share of a task (vocab.TASK_SHARE_RE) and its per cent
_SHARE_FIGURE_RE = re.compile(r"([^,;。\d]{2,16}?)\d[\d.]*%")
_AIMING_RE = re.compile(r"力争|确保|争取|计划|目标|预计|将|要|拟")


def _share_done_next(an: str, nxt: Clause, clause: Clause) -> bool:
    """The next clause tells what share of the year's task the figure is, and the figure's
    own clause aims at nothing."""
    m = _SHARE_FIGURE_RE.match(an, nxt.start, nxt.end)
    return (
        m is not None
        and vocab.TASK_SHARE_RE.search(m.group(1)) is not None
        and not _AIMING_RE.search(an, clause.start, clause.end)
    )


_PROGRESS_RE = re.compile(r"(?:计划|预定|实际|超|欠)?进度(?:为|是|达到?)?$")
_UNDER_WAY_ENDS = ("在建", "正在施工", "正在建设", "施工中", "建设中")
# 路网由7条放射线、11条纵线…组成: the parts a whole is made of describe it, they set no goal
# (but 轨道交通由38条线路构成 gives the size of the whole).
_MADE_OF_END_RE = re.compile(r"[^。;!?由]{0,120}?(?:组成|构成)")


def _part_of_whole(an: str, part: int, pos: int) -> bool:
    at = an.rfind("由", max(part, pos - 120), pos)
    if at == -1 or "组成" in an[at:pos] or not (end := _MADE_OF_END_RE.match(an, pos)):
        return False
    return "、" in an[at : end.end()]


def skip_clause(
    an: str, sent: Sentence, ci: int, clause: Clause, pos: int, counted: bool = False
) -> bool:
    """Clause-level reasons why a figure at pos is not a goal (``counted``: it counts things)."""
    head = an[clause.start : pos]
    # A condition reaches to the end of its sentence part (如果…,就…; the next part after ;).
    part = max(sent.start, an.rfind(";", sent.start, pos) + 1)
    if _HYPO_RE.search(an, part, pos):
        return True
    if "原则上" in head or _EFFECT_RE.search(head) or _REACHES_RE.search(head):
        return True  # 原则上每个公园不小于1公顷: a standard; 车程可缩短21分钟: a work's effect
    fm = _FORECAST_RE.search(head)
    if (
        fm
        and not _PLANNED_RE.match(head, fm.end())
        and not (counted and _ACT_ON_COUNT_RE.fullmatch(head, fm.end()))
        and not _goal_growth(an, sent, ci, head)
        and not _horizon_first(an, part, clause.start + fm.start())
        and not _GOAL_LEAD_RE.search(an, part, clause.start + fm.start())
    ):
        return True
    if ci > 0:
        prev = sent.clauses[ci - 1]
        if prev.end - prev.start <= 6 and _FORECAST_RE.search(an, prev.start, prev.end):
            return True
        # …的最新预测,明年增长4%: a clause that ends on a forecast introduces its content.
        if _FORECAST_END_RE.search(an, prev.start, prev.end):
            return True
        # A forecast governs the clauses after it, in its part of the sentence, until a goal
        # word takes over (全年投资可望达到…,较上年增加…).
        fc = max((m.end() for m in _FORECAST_RE.finditer(an, part, clause.start)), default=0)
        if (
            fc
            and not _GOAL_TURN_RE.search(an, fc, pos)
            and not _horizon_first(an, part, fc)
            and not _GOAL_LEAD_RE.search(an, part, fc)
            and not _PLANNED_RE.match(an, fc)  # 预计将于2024年投入使用,新增学位…: outputs due
        ):
            return True
    if _COMPARE_RE.search(an, clause.start, clause.end) or _part_of_whole(an, part, pos):
        return True
    if _cause(an, sent, ci, pos):
        return True
    if _EXAMPLE_RE.match(an, clause.start):
        return True  # 如浙江、福建水土保持率达到90%以上: places given as examples
    if _DATED_CHANGE_RE.search(head):
        return True
    if an.endswith(_UNDER_WAY_ENDS, clause.start, clause.end):
        return True  # 新建5000平方米厂房在建: how far a work has got, a fact
    if (pm := _PROGRESS_RE.search(head)) and not _AIMING_RE.search(head, 0, pm.start()):
        return True  # 实际进度为54.05%, 超进度42%: how far against schedule, not where to get
    if ci + 1 < len(sent.clauses) and _share_done_next(an, sent.clauses[ci + 1], clause):
        return True  # 完成投入1008个停车车位,完成年度任务91.63%: progress, told with its share
    for m in _LE_RE.finditer(head):
        if _GOAL_SET_LE_RE.match(head, max(0, m.start() - 1)) and _GOAL_AFTER_RE.match(an, pos):
            continue  # 确定了今年增长6%的目标: the goal was set, the figure is the goal
        if not any(
            w in an[clause.start + m.start() - 1 : clause.start + m.end() + 1]
            for w in vocab.LE_NOT_ASPECT
        ):
            return True
    return False
