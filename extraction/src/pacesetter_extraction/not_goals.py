"""Why a figure found in a sentence is not a goal: a descriptor inside a name (千亿级, 15分钟
生活圈), a facility's specification (占地面积, 总投资 alone), a baseline (由38%提高到), or a
clause that forecasts, supposes, compares or tells what was done.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import vocab
from .quantities import Quantity
from .sentences import Clause, Sentence
from .told_facts import told_not_aimed
from .work_amounts import SPENT_ON_VERB_RE, renews_an_extent

# 若 alone is "if" (若干 is "several").
_HYPO_RE = re.compile(vocab.alt(vocab.HYPOTHETICAL_WORDS) + "|若(?!干)")
# A reach within minutes or hours that names a circle (15分钟生活圈) is a name, not a goal.
# A reach without a destination (1小时通勤, 城市群2小时通达, 15分钟生活圈) names a circle, not a
# figure to report.
_REACH_RE = re.compile(r"[^,;。]{0,10}?圈|(?:通勤|通达|可达|覆盖|交通圈)")
_ENTITY_HEADS = tuple(vocab.ENTITY_HEADS)
# 覆盖率60%以上乡镇 is a threshold; 90%以上乡镇(实现…), with no rate named, a share of them
_RATE_BEFORE_RE = re.compile(r"(?:率|比|比例|比重|占比|增速|增幅)(?:达|达到|在)?$")
_SPEC_COUNT_NOUNS = tuple(vocab.SPEC_COUNT_NOUNS)
# …but a verb after the figure (投资2.96亿元建设水利工程) says what the amount is spent on.
_NAMED_WORK_AFTER_RE = re.compile(
    # (not 拨款3亿元支持…发展…项目: money given to the work, a goal of its own)
    # (1GW/2GWh储能示范项目: a storage plant's power and energy, then its name)
    r"(?:/[\d.]+[A-Za-z]+)?"
    r"(?!建设|新建|实施|办理|改造|用于|打造|推进|开工|支持|资助|扶持|补助)[^\d,;。、\n]{0,14}?"
    r"(?:项目|工程|门站|电站|水厂|处理厂)(?:(?![\u4e00-\u9fff])|(?=[和及与]))"  # 年输气量2亿方门站
)
# 3000万元以上开工建设项目: a class of projects by their size, whatever words stand between
_CLASS_OF_PROJECTS_RE = re.compile(r"[^,;。\d的]{1,6}?项目(?![\u4e00-\u9fff]{0,2}投资)")
_LISTED_WORKS_AFTER_RE = re.compile(r"[^,;。\n]{0,100}?等(?:重点|重大)?(?:项目|工程)")
_CURRENCY_NOTE_RE = re.compile(r"(?:人民币)?(?:\(下同\))?")
_BESIDE_RE = re.compile(r"(?:旁|附近|周边|前面|后面|楼下|东侧|西侧|南侧|北侧)")
_TIME_UNITS = frozenset(("分钟", "小时", "个小时"))
# The value a change starts from (由38%提高到…, 从2.1万人增加到…) is a baseline.
# …also dated (从2015年的5.28‰降到…, 由去年3.38%降至…).
# 从2015年的…, 由每月1,500元(增加三分之一至…), 从17家(成长至…): where a change starts.
_FROM_RE = re.compile(
    r"(?:由|从)(?:(?:19|20)\d{2}年|去年|上年|前年|年初|现时|目前|现在|(?:原来|原有|原)[^\d,;。]{0,2}?)?"
    r"(?:新台币|人民币|港币|澳门币|约|每月|每年|每人|每户)*的?$"
)
_FROM_REACH = 10
_CHANGE_TO_RE = re.compile(
    r"[^,;。]{0,8}?(?:(?:" + vocab.alt(vocab.LEVEL_CHANGE_VERBS) + r")[^,;。]{0,6}?(?:到|至)"
    r"|调整(?:为|到|至))"
)
# 在今年底通车里程1300公里的基础上, 在5个省级试点乡镇的基础上: the figure a goal is built on.
_BASE_AFTER_RE = re.compile(r"[^,;。在]{0,14}?基础之?上")
# 预计到“十四五”末, 预计到2025年: a plan's horizon the forecast word only introduces
_FORECAST_RE = re.compile(
    "(?:"
    + vocab.alt(vocab.FORECAST_WORDS)
    + r")(?!(?:到|至)(?:(?:19|20)\d{2}年|“?十[一二三四五]五”?末))"
)
# What ends a forecast's reach: a goal set, not a plain future (预期政府将投资 stays a forecast).
_FORECAST_END_RE = re.compile("(?:" + vocab.alt(vocab.FORECAST_WORDS) + r")[,，:：\s]*$")
# 到2016年茂名生产总值预计突破2500亿元: a plan's horizon, then its expected level
_HORIZON_BEFORE_RE = re.compile(r"(?:到|至)(?:19|20)\d{2}年")


def _horizon_first(an: str, part: int, pos: int) -> bool:
    """A horizon opens the clause of the forecast word at pos (到2016年…预计突破…)."""
    cut = max(part, an.rfind(",", part, pos) + 1)
    return _HORIZON_BEFORE_RE.search(an, cut, pos) is not None


_GOAL_TURN_RE = re.compile(vocab.alt(["力争", "确保", "争取", "目标", "计划", "今年", "明年"]))
_COMPARE_RE = re.compile(vocab.alt(vocab.COMPARISON_CLAUSE))
_LE_RE = re.compile(r"[\u4e00-\u9fff]了")
# …and a congress that passes them (通过了…的目标).
_GOAL_SET_LE_RE = re.compile("(?:" + vocab.alt([*vocab.GOAL_SETTING_VERBS, "通过"]) + ")了")
_GOAL_AFTER_RE = re.compile(r"[^,;。]{0,20}?的(?:预期|奋斗|发展)?目标")
_ATTR_RE = re.compile(vocab.alt(vocab.ATTRIBUTE_WORDS))
_ATTR_REACH = 8
_CAPACITY_RE = re.compile("(?:" + vocab.alt(vocab.CAPACITY_WORDS) + ")$")
# 建设长1575米宽40米的绿道: the dimensions of a work (增长, 延长 are changes, not lengths).
_DIMENSION_RE = re.compile(
    r"(?<![增延成生提升加拓放])[长宽高深]$"
    r"|(?<=\d)[^\d,;。]{0,2}(?<![增延成生提升加拓放])[长宽高深]$"  # 2号楼高, not 2023年增长
)
# 按照每千瓦1000元(的标准给予补贴): a rate per unit that a subsidy or fee is paid at.
_PER_UNIT_RATE_RE = re.compile(r"按照?每[^,;。\d]{1,6}$")
# 将投入资金180万元(新建…): the money put into a work is its budget; 完成总投入 is a goal.
_INPUT_RE = re.compile(r"(?<![总成计])投入(?:资金)?(?:约|共)?$")
# 由去年3.38%降至今年3.36%: this year's value told as a change from last year's is a result.
_DATED_CHANGE_RE = re.compile(
    r"(?:由|从)(?:去年|上年|前年|(?:19|20)\d{2}年)[^,;。]{0,14}?"
    r"(?:降|升|提高|提升|增加|增长|下降|减少|上升)(?:至|到)(?:今年|本年|当年)的?$"
)
# A figure compared or brought to a level is a goal, whatever noun it measures.
_COMPARED_RE = re.compile(
    "(?:"
    # (约, 近: only about the size, no level it is brought to: 全长约30公里 is a size)
    + vocab.alt(
        [k for k, v in vocab.PREFIX_COMPARATORS.items() if v != "~"]
        + ["控制在", "缩短到", "缩短至", "降至", "降到"]
    )
    + ")$"
)
_SITE_AREA_RE = re.compile("(?:" + vocab.alt(vocab.SITE_AREA_WORDS) + ")(?:约|为|达)?$")
_WORK_NEXT_RE = re.compile(
    # (投资1126万元,在…镇西街建设…: the place first, then the work)
    r",?(?:在[^,;。]{1,12}?)?(?:用于|进行|新建|实施|建设|改造|改扩建|扩建|修建|完成|开展|打造|铺设|使)"
)
_BARE_SPEC_RE = re.compile(
    # (建成后办学规模达48个班: the size a work will have once built)
    r"(?:设置|设计|开放|约|建成后|规划)?(?:" + vocab.alt(vocab.BARE_SPEC_NOUNS) + ")(?:约|为|达)?"
)
META_RE = re.compile(
    # 5个方面, 10件民生实事; but 400个社区食堂的任务 counts the canteens (的 names them).
    r"^.{0,2}(?:"
    + vocab.alt(vocab.META_NOUNS)
    + ")|^[^的]*(?:"
    + vocab.alt(vocab.META_NOUNS)
    + ")$"
)
_DESC_AFTER = tuple(vocab.DESCRIPTOR_AFTER)
_SIZE_WORD_AFTER_RE = re.compile(r"[宽长高深](?:的)?[\u4e00-\u9fff]")
_FORMULA_MARKS = frozenset("×x*+＋")
_RATE_WORDS = ("增长率", "的增长率", "增速", "的增速", "增幅", "的增幅", "的增长", "增长")
_AGE_UNITS = frozenset(vocab.AGE_UNITS)
_AGE_FACTS = frozenset(vocab.AGE_FACT_WORDS)
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# 为期60天, 历时3个月: how long an event lasts.
# 为期60天, 时隔3个月又2天: how long an event lasts or the time since, no goal.
_LASTING_RE = re.compile(r"(?:为期|历时|历经|时隔)(?:[^,;。]{1,6}又)?$")
_SPANS = frozenset(("天", "日", "周", "个月", "月", "年", *_TIME_UNITS))
# 10万人死亡率: the base a rate is counted per.
# …also 每10万人拥有综合公园个数: the people a count per head is counted per.
_PER_RATE_RE = re.compile(r"[A-Za-z\u4e00-\u9fff]{0,5}?(?:率|密度)|拥有|配备|配置")
_ACTED_ON_RE = re.compile(
    r"(?:改造|新建|建成|建设|培育|打造|创建|创办|组建|设立|新增|完成|实施|引进|招引|提升)$"
)
GOAL_AFTER_DE = ("总体目标", "目标", "任务", "发展目标")


_CLASS_REACHED_RE = re.compile(r"[,;。!?]|$")
_REACH_VERB_RE = re.compile(r"(?:提升至|提升到|达到|迈上|跨上|迈入|跨入|迈向|进入)$")


def _power_of_ten(v: Decimal) -> bool:
    return v >= 10 and v == 10 ** (len(str(int(v))) - 1)


def is_descriptor(an: str, q: Quantity, cmp: str) -> bool:
    after = an[q.end : q.end + 4]
    if an.startswith("级", q.unit_end) and _CLASS_REACHED_RE.match(an, q.unit_end + 1):
        return _REACH_VERB_RE.search(an, max(0, q.start - 4), q.start) is None  # 提升至7万亿级
    if an[q.unit_end : q.unit_end + 1] in ("级", "制") or after.startswith(_DESC_AFTER):
        return True
    if q.base_unit in ("米", "公里", "千米") and (
        _SIZE_WORD_AFTER_RE.match(an, q.end)
        or an.endswith(("宽度", "宽", "宽度为", "宽度约"), 0, q.start)
        or an[q.start - 1 : q.start] in _FORMULA_MARKS
        or an[q.end : q.end + 1] in _FORMULA_MARKS
    ):
        return True  # 9米宽绿道, 路基宽度24米, 2×4.5米+人行道: how a work is shaped
    if q.base_unit in _AGE_UNITS and (
        _CJK_RE.match(after) or an[max(0, q.start - 2) : q.start] in _AGE_FACTS
    ):
        return True
    if q.base_unit in _TIME_UNITS and _REACH_RE.match(an, q.end):
        return True
    if (
        q.chinese
        and q.value == 1
        and (q.base_unit == "批" or (q.base_unit in _SPANS and cmp == "="))
    ):
        return True  # 建成一批…, 服务号一天…: "a batch of", "one day", no count
    if _PER_RATE_RE.match(an, q.end) and _power_of_ten(q.base_value):
        return True  # 10万人死亡率, 百万吨死亡率: the base a rate is counted per
    if q.base_unit in _SPANS and (
        _LASTING_RE.search(an, max(0, q.start - 10), q.start)
        or (after.startswith("的") and not after.startswith("的目标"))
        or an[q.start - 1 : q.start] in ("前", "首")  # 前10个月: the months counted so far
    ):
        return True  # 为期60天的征求意见, 两个小时的报告: how long an event lasts
    if told_not_aimed(an, q):
        return True
    if (
        q.suffix_cmp
        and not q.is_count
        and (not q.percent or _RATE_BEFORE_RE.search(an, max(0, q.start - 6), q.start))
        and (
            an.startswith(_ENTITY_HEADS, q.end)
            or (not q.percent and _CLASS_OF_PROJECTS_RE.match(an, q.end))
        )
    ):
        # 人口20万以上城市, 500万元以上项目: a threshold naming what is counted; a count's
        # own noun may follow (30条以上城市航线).
        return True
    if q.is_count and an.startswith(_SPEC_COUNT_NOUNS, q.end):
        return True  # 计99个标准班级: the classes a school is built for
    if q.is_count and _BESIDE_RE.match(an, q.end):
        return True  # 在…社区10栋旁: a building's number, where something is
    if not q.is_count and not q.percent and (work := _NAMED_WORK_AFTER_RE.match(an, q.end)):
        # 新建100兆瓦光伏发电站项目: the figure sizes the work it names; but the length or area
        # of roads or estates to renew (449万平方米乡村道路改造提升工程) is how much is done.
        return not renews_an_extent(q.base_unit, work.group())
    if (
        not q.is_count
        and not q.percent
        and an.find("等", q.end, q.end + 101) != -1
        and _LISTED_WORKS_AFTER_RE.match(an, q.end)
    ):
        return True  # 实施A科技年产3GW单晶电池、B光电4GW硅片等项目: sizes in a list of works
    # 1次及以上体育锻炼的人数: a threshold inside the name of what is counted.
    threshold = an[q.unit_end : q.end] == "及以上" or after.startswith("及以上")
    # (保持5%及以上增长率: the rate the goal is set for follows, no name's threshold)
    if (
        threshold
        and _CJK_RE.match(an[q.unit_end + 3 : q.unit_end + 4])
        and not (q.percent and an.startswith(_RATE_WORDS, q.unit_end + 3))
    ):
        return True
    if _FROM_RE.search(an[max(0, q.start - _FROM_REACH) : q.start]) and _CHANGE_TO_RE.match(
        an, q.end
    ):
        return True
    if _BASE_AFTER_RE.match(an, q.end):
        return True
    before = an[max(0, q.start - 1) : q.start]
    if an.startswith(("人民币", "(下同)"), q.end):
        after = an[_CURRENCY_NOTE_RE.match(an, q.end).end() :][:4]  # type: ignore[union-attr]
    # 人口20万以上的城市 names the cities; 80%以上的大城市 is a share of them (also after a
    # currency's note: 产值超50亿元人民币(下同)的园区).
    if after.startswith("的") and (cmp in (">", ">=") or before == "过") and q.base_unit != "%":
        if q.is_count and _ACTED_ON_RE.search(an, max(0, q.start - 4), q.start):
            return False  # 改造100所以上的学校: how many are worked on, not a threshold
        return not an[q.end + 1 : q.end + 5].startswith(GOAL_AFTER_DE)
    return False


def is_specification(left: str, percent: bool, after: str = "") -> bool:
    """A facility's size rather than a goal: its site or floor area (占地面积5.8万平方米), a
    clause that is only a size noun (总投资3.8亿元), or a count it is built to (按27个教学班;
    a rate 按3%安排 is an allocation). An amount to spend on the work the next clause names
    (投资500万元,新建…大桥) is a goal."""
    bare = left.strip(" ,;:、")
    if bare.endswith("投资") and not bare.endswith("总投资") and _WORK_NEXT_RE.match(after):
        return False
    if bare.endswith("投入") and SPENT_ON_VERB_RE.match(after):
        return False  # 投入30亿元兴建…: money put into a work to come, not what it holds
    if _FACILITY_END_RE.search(bare) and _STARTS_RE.match(after):
        return True  # 第二座抽水蓄能电站120万千瓦开工建设: the size of the work whose start is due
    return bool(
        # 全长30公里, not 距离小于300米; the attribute stands by its figure (中铁总长远目标 is not 总长)
        (_ATTR_RE.search(bare[-_ATTR_REACH:]) and not _COMPARED_RE.search(bare))
        or _SITE_AREA_RE.search(bare)
        or _BARE_SPEC_RE.fullmatch(bare)
        or (bare.endswith(("按", "按照")) and not percent)
        or bool(_INPUT_RE.search(bare))
        or bool(_CAPACITY_RE.search(bare))
        or bool(_DIMENSION_RE.search(bare))
        or bool(_PER_UNIT_RATE_RE.search(bare))
    )


_FACILITY_END_RE = re.compile(r"(?:电站|电厂|机组|水库|大桥|隧道|医院|场馆)$")
_STARTS_RE = re.compile(r"(?:开工|动工|开建)")


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
_EFFECT_RE = re.compile(r"可(?:缩短|节省|节约|减少|降低)(?:超过|约|逾|近)?$")
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


_UNDER_WAY_ENDS = ("在建", "正在施工", "正在建设", "施工中", "建设中")


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
            and not _PLANNED_RE.match(an, fc)  # 预计将于2024年投入使用,新增学位…: outputs due
        ):
            return True
    if _COMPARE_RE.search(an, clause.start, clause.end):
        return True
    if _cause(an, sent, ci, pos):
        return True
    if _EXAMPLE_RE.match(an, clause.start):
        return True  # 如浙江、福建水土保持率达到90%以上: places given as examples
    if _DATED_CHANGE_RE.search(head):
        return True
    if an.endswith(_UNDER_WAY_ENDS, clause.start, clause.end):
        return True  # 新建5000平方米厂房在建: how far a work has got, a fact
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
