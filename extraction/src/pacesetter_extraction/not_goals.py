"""Why a figure found in a sentence is not a goal: a descriptor inside a name (千亿级, 15分钟
生活圈), a facility's specification (占地面积, 总投资 alone) or a baseline (由38%提高到); the
reasons a whole clause gives are in clause_skips.py.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import vocab
from .quantities import Quantity
from .told_facts import told_not_aimed
from .work_amounts import SPENT_ON_VERB_RE, renews_an_extent

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
# 500万元以上固定资产投资: the statistics of investment in projects above a size
_INVESTMENT_NAMES = ("固定资产投资", "固投", "工业投资")
# …企业 then their count in the clause: an amount naming a size class of firms
_SIZED_FIRMS_RE = re.compile(
    r"(?:以上|以下)?的?[^,;。\d的]{0,6}?企业(?=[^,;。\d]{0,3}(?:\d|[一两二三四五六七八九十]+家))"
)
_CLASS_OF_PROJECTS_RE = re.compile(r"[^,;。\d的]{1,6}?项目(?![\u4e00-\u9fff]{0,2}投资)")
_LISTED_WORKS_AFTER_RE = re.compile(r"[^,;。\n]{0,100}?等(?:重点|重大)?(?:项目|工程)")
_CURRENCY_NOTE_RE = re.compile(r"(?:人民币)?(?:\(下同\))?")
_BESIDE_RE = re.compile(r"(?:旁|附近|周边|前面|后面|楼下|东侧|西侧|南侧|北侧)")
_TIME_UNITS = frozenset(("分钟", "小时", "个小时"))
_COUNT_JUST_BEFORE_RE = re.compile(r"\d(?:" + vocab.alt(vocab.COUNT_UNITS) + r")$")
_THRESHOLD_OF_RE = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:的)?(?:比例|比重|占比|比率)")
_SETTLEMENTS = ("自然村", "村民组", "村民小组", "村组", "行政村", "村庄", "居民点")
# 30分钟内到达率, 轨道50米内换乘比例: a reach within the name of the rate that follows it.
_WITHIN_UNITS = frozenset(("米", "公里", "天", "个月", *_TIME_UNITS))
_WITHIN_RATE_RE = re.compile(r"(?:以内|之内|内)[^,;。\d]{0,12}?(?:率|比例|比重|占比)")
# The value a change starts from (由38%提高到…, 从2.1万人增加到…) is a baseline.
# …also dated (从2015年的5.28‰降到…, 由去年3.38%降至…).
# 从2015年的…, 由每月1,500元(增加三分之一至…), 从17家(成长至…): where a change starts.
_FROM_RE = re.compile(
    r"(?:由|从)(?:(?:19|20)\d{2}年|去年|上年|前年|年初|现时|目前|现在|(?:原来|原有|原)[^\d,;。]{0,2}?"
    r"|[^\d,;。的]{1,6}?时(?=的))?"  # 由他上任时的6.1年(,缩短到…): when the start was
    r"(?:新台币|人民币|港币|澳门币|约|每月|每年|每人|每户)*的?$"
)
_FROM_REACH = 10
_CHANGE_TO_RE = re.compile(
    r",?[^,;。]{0,8}?(?:(?:" + vocab.alt(vocab.LEVEL_CHANGE_VERBS) + r")[^,;。]{0,6}?(?:到|至)"
    r"|调整(?:为|到|至))"
)
# 在今年底通车里程1300公里的基础上, 在5个省级试点乡镇的基础上: the figure a goal is built on.
_BASE_AFTER_RE = re.compile(r"[^,;。在]{0,14}?基础之?上")
# (全程 only before its figure: 全程30公里 is a length, 全程网办率 a rate of its own)
_ATTR_RE = re.compile(vocab.alt(vocab.ATTRIBUTE_WORDS).replace("全程", "全程(?=(?:约|为|长|达)?$)"))
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
# A figure compared or brought to a level is a goal, whatever noun it measures.
_COMPARED_RE = re.compile(
    "(?:"
    # (约, 近: only about the size, no level it is brought to: 全长约30公里 is a size)
    + vocab.alt(
        [k for k, v in vocab.PREFIX_COMPARATORS.items() if v != "~"]
        + ["控制在", "缩短到", "缩短至", "降至", "降到"]
        # 总长度将增加至近390公里: a size brought to a level is a goal
        + ["增加至近", "增加到近", "增至近", "增加至", "增加到", "增至", "延长至", "延长到"]
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
    r"(?:该|本)?(?:项目|工程)?(?:设置|设计|开放|约|建成后|规划)?(?:"
    + vocab.alt(vocab.BARE_SPEC_NOUNS)
    + ")(?:约|为|达)?"  # (…,项目总投资3230.87万元: the listed work's size)
)
META_RE = re.compile(
    # 5个方面, 10件民生实事; but 400个社区食堂的任务 counts the canteens (的 names them).
    r"^.{0,2}(?P<near>"
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


_CLASS_REACHED_RE = re.compile(r"[,;。!?，；！？\s]|$")  # the class ends its clause or line
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
    if q.base_unit in _WITHIN_UNITS and _WITHIN_RATE_RE.match(an, q.unit_end):
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
            or (q.base_unit == "元" and an.startswith(_INVESTMENT_NAMES, q.end))
        )
    ):
        # 人口20万以上城市, 500万元以上项目: a threshold naming what is counted; a count's
        # own noun may follow (30条以上城市航线).
        return True
    if (
        q.is_count
        and q.suffix_cmp in (">", ">=")
        and (
            _COUNT_JUST_BEFORE_RE.search(an, max(0, q.start - 8), q.start)
            or an.startswith(_SETTLEMENTS, q.end)
        )
    ):
        # 5000个30户以上自然村, 实现30户以上村民组通硬化路: a threshold saying which villages
        return True
    if not q.percent and q.suffix_cmp in (">", ">=") and _THRESHOLD_OF_RE.match(an, q.end):
        # 56人以上大班额比例控制在5%: a bound saying which things a share is of
        return True
    if (q.base_unit == "元" or q.unit in ("亿", "万")) and _SIZED_FIRMS_RE.match(an, q.end):
        return True  # 产值过10亿元企业5家, 50亿、100亿元以上汽车制造企业各1家: firms by size
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
    if _FROM_END_RE.search(bare):
        return False  # 总长度将从目前的(270公里增加至…): the level a change starts from
    if _FACILITY_END_RE.search(bare) and _STARTS_RE.match(after):
        return True  # 第二座抽水蓄能电站120万千瓦开工建设: the size of the work whose start is due
    if (places := _PLACES_OF_RE.search(bare)) and _one_named(places):
        return True  # 重庆路小学新增学位(400个), 建成后将新增学位: what one school holds
    if _SEATS_RE.match(after) and (gives := _GIVES_RE.search(bare)) and _one_named(gives):
        return True  # 双福医院未来将提供(75个)床位: the same, told with the seats after
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


# The places, beds or spaces one named school, hospital or car park holds or adds
# (天心区新兴路幼儿园(暂定名)新增学位, 建成后可新增1200个学位), not a kind's (公办幼儿园学位).
_HOLDERS = r"(?:小学|中学|学校|幼儿园|医院|卫生院|养老院|敬老院|福利院|停车场|校区|分校)"
_HOLDER_NAME = rf"(?P<name>[^,;:。\d]{{2,24}}?{_HOLDERS})"
_GIVES = r"(?:可|将|能)?(?:新增|增加|提供)"
_PLACES_OF_RE = re.compile(
    rf"(?:^|{_HOLDER_NAME}(?:\([^()]{{0,6}}\))?)(?P<after>建成后)?"
    rf"{_GIVES}[^,;:。\d]{{0,6}}?(?:学位|床位|车位|停车位|托位)$"
)
_GIVES_RE = re.compile(rf"{_HOLDER_NAME}(?P<after>建成后)?(?:未来|届时)?{_GIVES}$")
_SEATS_RE = re.compile(r"(?:学位|床位|车位|停车位|托位|病床)")
_BUILT_FIRST_RE = re.compile(r"^(?:新建|改扩建|改建|扩建|续建|迁建)")
_OWN_NAME_RE = re.compile(rf"(?P<own>.*?){_HOLDERS}$")
_KIND_WORDS_RE = re.compile(
    r"(?:全市|全县|全区|全省|各|城镇|农村|乡镇|公办|民办|普惠性?|公立|义务教育|中心|区属|市属|县属"
    r"|新|中|小|九年一贯制|寄宿制)*"
)


def _one_named(m: re.Match[str]) -> bool:
    """…建成后: what the work holds once built; else a holder named by more than its kind."""
    if m.group("after"):
        return True
    own = _OWN_NAME_RE.match(_BUILT_FIRST_RE.sub("", m.group("name") or ""))
    return own is not None and len(own["own"]) >= 2 and not _KIND_WORDS_RE.fullmatch(own["own"])


_FROM_END_RE = re.compile(r"(?:从|由)[^,;。\d]{0,6}$")
_FACILITY_END_RE = re.compile(r"(?:电站|电厂|机组|水库|大桥|隧道|医院|场馆)$")
_STARTS_RE = re.compile(r"(?:开工|动工|开建)")
