"""Indicator names: the measured quantity, minimal, in simplified characters.

Built from the words before a figure (地区生产总值达到…) or, for counts, the
counted noun after it (新建150个智能工厂). The clean-up only removes general
policy-language words (verbs, time phrases, scope words), never names.
"""

from __future__ import annotations

import re

from . import vocab
from .name_tidy import STRIP_CHARS as _STRIP_CHARS
from .name_tidy import tidy

_TRAIL_RE = re.compile(
    "(?:"
    + vocab.alt(
        vocab.VALUE_VERBS
        + vocab.CHANGE_WORDS
        + vocab.TRAILING_NOISE
        + list(vocab.PREFIX_COMPARATORS)  # 换乘时间小于(5分钟)
        + vocab.NAME_TRAILING_WORDS
    )
    + "|(?<!新)增)$"  # 增 alone (拟增10%), not the end of 新增 (肉牛存栏新增18万头)
)
_CHANGE = set(vocab.CHANGE_WORDS)
# 排放比(2020年)下降: 比 opens the comparison base; 占比 is a share, 之比 a ratio.
_BASE_BEFORE_CHANGE_RE = re.compile(
    r"(?:要|将)?(?<![占之])(?:比|较)(?:上年|去年|上一年|(?:19|20)\d{2}年(?:同期)?)?$"
)
_CHANGE_START_RE = re.compile(r"同比|增长|增速|比|较|提高|提升|下降|降低|年均")
_GOAL_SET_RE = re.compile(
    r"(?:已经|已)?(?:定下|(?:"
    + vocab.alt([v for v in vocab.GOAL_SETTING_VERBS if v != "定下"] + ["通过"])
    + ")了)"
)
_SPEAKER_RE = re.compile(r"(?:提出|指出|表示|强调|透露|宣布)了?(?=.{2})")
_QUANTITY_ENDS = tuple(vocab.QUANTITY_ENDS)
_FROM_VALUE_RE = re.compile(
    r"(?:由|从)(?:(?:19|20)\d{2}年|去年|上年)?的?(?:\d[\d.,]*(?:%|‰|[^\d,;]{0,3}))?$"
)
_RATE_OF_CHANGE_RE = re.compile(r"(?<!自然)(?:增长|成长|上涨|涨)(?:率|速度)$|[增涨]幅$|增速$")
_LEAD = sorted(
    set(
        vocab.LEADING_NOISE
        + "建设 发展 实施 形成 打造 加快打造 推进 开展 组织 提供 安排 发行 惠及 的".split()
    ),
    key=len,
    reverse=True,
)
_LEAD_SET = frozenset(_LEAD)
# Words that open with a leading-noise character and are one word (和谐, 再生水, 并购, 使用率)
_LEAD_ADJECTIVES = ("和美", "和谐", "再生", "并购", "使用")
_LEAD_TUPLE = tuple(_LEAD)
# Verbs worth keeping in front of a counted noun (新建智能工厂, 招引过亿项目).
KEEP_VERBS = tuple(
    "新建改造 维修改造 新建 兴建 修建 新增 建成 改造 新培育 新签约 招引 打通 新上 引进 创建 新开工 开工建设 开工 续建".split()
)
# A verb written with its alternative in brackets (新(改)建, 改(扩)建) is still one creating verb.
_ALT_VERB_RE = re.compile(r"[新改扩续]\([新改扩续]\)[建造]$")
_MONTH_RE = re.compile(
    # (1-12月份: the months a total counts, the first one too)
    r"(?:(?<![\d.])(?:1[0-2]|[1-9]) ?[-—~至到] ?)?"
    r"(?:于|在|到|至)?(?<![\d个.A-Za-z])(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?"
    r"(?:底|末|中旬|上旬|下旬|初)?(?:前|之前|以前)?"
)
_TIME_RE = re.compile(
    # 2021年-2025年期间: a span of years
    r"(?:19|20)\d{2}年?[-—~至到](?:19|20)\d{2}年(?:期间|间)?|年(?:底|末)前"
    # 降到2030年的: the 到 belongs to the verb (a level), not to the year.
    r"|(?:力争|确保|争取|计划|(?<![标是])为)?(?:(?<![降增升高少低长])[到至]|在)?"
    r"(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3}) ?年度?(?:年底|年末|底|末)?(?:前|的)?"
    # 拚2030减碳: a headline's year written without 年, before a word
    r"|(?<![\dA-Za-z.])20[2-5]\d(?=[\u4e00-\u9fff])"
    r"|在?(?:利用|用|花|未来|今后)?(?:\d{1,2}|[一二两三四五六七八九十]{1,2})年(?:时间|内|的时间|之内)"
    r"|(?:未来|今后|后)(?:\d{1,2}|[一二两三四五六七八九十]{1,2})年|\d{1,2}年后|今后(?:几年)?"
    # 广州力争3年新增…: a span a goal is to be met in
    r"|(?:力争|争取|计划|用)(?:\d{1,2}|[一二两三四五六七八九十]{1,2})年(?!以上|以下|前|[\d%])"
    r"|今明两年|(?:今|明)年(?:底|末)前?|[今明]年度|今年|明年|年内|本年度|当年"
    r"|[今明去]\(\d{2,4}\)年度?"  # 明(113)年度: Taiwan's glossed year
    r"|(?:会|将)?在?(?:19|20)\d{2}[-/／]\d{2}年度(?:前|内)?"  # 2026-27年度: a fiscal year (Hong Kong)
    r"|(?:到|至)?[“\"]?十[一二三四五六]五[”\"]?(?:期间|时期|末)?|(?:规划|计划)期末"
    # Republic of China years (115年至116年, 民国117年底): 100 to 149 is 2011 to 2060.
    r"|(?:民国)?(?<!\d)1[0-4]\d年(?:底|末|前|度)?(?:[至到—~-]1[0-4]\d年(?:底|末|度)?)?"
)
_TOTAL_LEAD_RE = re.compile(r"^共(?=改造|投资|建设|新建|完成|新增|实施|安排|筹集|发放|培训|落实)")
_WHEN = r"(?:到|至|在|于)?(?:年底|年中|上半年|下半年|届时"  # 力争(年底)达到: when, not what
_DEADLINE_LEAD_RE = re.compile(_WHEN + r")前?")
_BARE_TIME_RE = re.compile(_WHEN + r"|年末|年初|近期)前?")  # a time alone (年末 too) names nothing
# Words about the goal itself, never part of what is measured.
# 增长目标(均)确定为: the goal set at the figure; the change word before it still counts.
_META_RE = re.compile(
    r"(?:主要)?(?:预期|发展|努力)?目标(?:(?:均|都)?(?:是|为|(?:设|确)?定为|设为))?"
)
# 从2015年的73.25岁(增长到): where a change starts from, cut out of the name.
_FROM_SPAN_RE = re.compile(
    # (…由“十三五”的1.75万亿元,发展到): also across the comma before the change
    r"(?:由|从)[^,;。由从]{1,18}?,?"
    r"(?=(?:(?:增长|提高|提升|增加|下降|降低|减少|上升|缩短|降|发展|扩大|下调|上调)(?:到|至)"
    r"|调整(?:为|到|至))$)"
)
# 在2005年的基础之上: the base a change starts from, cut out of the name.
_BASE_CLAUSE_RE = re.compile(r"在[^,;。在]{0,20}?基础之?上|基于[^,;。]{0,24}?的")
_OF_TASK_RE = re.compile("的(?:" + vocab.alt(vocab.META_NOUNS) + ")$")
_GOAL_IS_RE = re.compile(r"目标(?:均|都)?(?:是|为|(?:设|确)?定为|设为)")
# 全市 (the scope), but not in 占全市比重, which names no other whole
_SCOPE_RE = re.compile(
    "(?<!占)(?:"
    + vocab.alt(vocab.SCOPE_WORDS)
    + ")|(?<=占)(?:"
    + vocab.alt(vocab.SCOPE_WORDS)
    + ")(?!比重)"
)
_SUBJECT_ACTS_RE = re.compile(
    r"^(?:下一步)?[^,;。\d]{1,10}?(?:将|要|拟)(?:计划|继续|全面)?(?:实施|推进|开展|推动)(?=.{4})"
)
_ACTOR_RE = re.compile(  # 政府(因而)将(供应…): who acts and why is no part of the name
    r"^(?:特区|市|县|区|省|州|中央)?政府(?:(?:因而|因此|从而|随即)(?:将|会|要|亦|也|还|已)*"
    r"|(?:将|会|要|亦|也|还|已)+)(?=..)"
)
_LATIN_PAREN_RE = re.compile(r"\([A-Za-z]+\)|\(人民币[^)]*\)")
_VERB_OBJECT_TO_RE = re.compile(
    r"(?:增加|提高|提升|降低|减少|扩大|缩小|缩短|下降)(?P<obj>[^,;。]{2,30}?)(?:至|到)"
)
_CLAUSE_STOP_RE = re.compile(r"[,;:。!?《》「」|\n…”()]")
# …和新建120个: a conjunction before a count or a creating verb starts the next item.
_RIGHT_STOP_RE = re.compile(
    r"[,;:。!?、《》「」|\n…”()]|等(?=[^,;。]{0,4}(?:任务|工作|项目|工程|方面))|[和及与](?=[\d一二两三四五六七八九]|"
    + "|".join(KEEP_VERBS)
    + ")"
)
_RIGHT_VERB_RE = re.compile(
    r"开展|进行|参加|参与|享受|受益|达到|实现|提供|覆盖|支持|用于|到|缩至|达(?![标成人])"
)
# …but 达到或好于Ⅲ类 is a standard met, part of the name.
_INNER_VERB_RE = re.compile(
    # 实现率 is a rate's name (智慧服务实现率), not a verb inside it
    r"(?<=.)(?<!年度)(?:" + vocab.alt(vocab.INNER_VERBS) + r")(?=[^或])(?!生育|单列|项目|率)"
    # 年计划投资, 累计完成投资, 年度计划完成投资: a statistic's name (力争完成投资 is a pledge)
    r"(?!(?<=年计划)(?:完成)?投资)(?!(?<=累计完成|年度完成)投资)(?!(?<=年计划完成|度计划完成)投资)"
    # 污水处理项目完成投资: what the works have put in, as 完成 says, is the statistic
    r"(?!(?<=项目完成|工程完成|建设完成)投资)"
)


_DIGIT_RE = re.compile(r"\d")
_ON_BASE_RE = re.compile(r"基础之?上")
_DATE_START_RE = re.compile(r"\d+[年月日号]")


_SET_BY = ("确定", "提出", "下达", "明确", "制定", "部署", "设定")
_CREDIT_RE = re.compile(r"^.*(?:记者|通讯员|摄影|摄)[^()]{0,12}\)")
_AT_PLACE_RE = re.compile(r"^在([^,;。在]{2,10}?[省市县区镇乡村])(?:实施|开展)")


_CURRENCY_TAIL_RE = re.compile(r"(?:新台币|人民币|港币)$")


_SPACED_BASE_RE = re.compile(r"([比较]) ?((?:19|20)\d{2}) ?年")


# 等 closing a list (蔬菜、水果等产量): what follows is measured. Not 等 inside a word (高等教育,
# 中等职业, 平等, 等级): an adjective or a rank, no list.
_ETC_RE = re.compile(r"(?<![高中初平同对均相上优次头])等(?![级于同额次])")


def from_left(left: str) -> tuple[str, bool, bool]:
    """Indicator from the words before a figure.

    Returns (indicator, saw_change_word, saw_respectively).
    """
    s = _CURRENCY_TAIL_RE.sub("", left) if "币" in left else left  # 提高到新台币(二兆元)
    growth = False
    resp = "分别" in s
    if s.startswith("在"):
        s = _AT_PLACE_RE.sub(r"\1", s)  # 在龙亭镇实施(…工程31公里): the place, then the work
    if ")" in s:
        s = _CREDIT_RE.sub("", s)  # (记者 李爱平)地区生产总值: a reporter's credit opens no name
    if "基础" in s or "基于" in s:  # 基于2020年…规模的(1.3倍): the base is no name
        s = _BASE_CLAUSE_RE.sub("", s)
    if "由" in s or "从" in s:
        s = _FROM_SPAN_RE.sub("", s)
    # A threshold descriptor before the head noun (过1000亿元的集群) → keep the head.
    if "的" in s:
        head, _, tail = s.rpartition("的")
        # …(and 会议确定的(国内生产总值): who set the goal is no part of what it measures)
        if len(tail) >= 2 and (_DIGIT_RE.search(head) or head.endswith(_SET_BY)):
            s = tail
    if "(" in s:
        s = _LATIN_PAREN_RE.sub("", s)
    # What a speaker puts forward (卫生部提出…) or a headline before a space is no part of it.
    s = _SPEAKER_RE.split(s)[-1]
    if (m := _SUBJECT_ACTS_RE.match(s)) is not None:
        s = s[m.end() :]  # 长顺县将计划实施(全县…比例): who acts, and the act, are no name
    if "把" in s:
        s = s.rsplit("把", 1)[-1] or s  # 政府下年度起把(长者照顾券增加…): what 把 moves is measured
    if "定" in s or "了" in s:
        # 外贸已定下(增长16%的目标): setting the goal is no name; nor is the body that passed
        # it (我们通过了(全年新增…企业200家…的目标)) when what is measured follows.
        sets = list(_GOAL_SET_RE.finditer(s))
        if sets:
            tail = s[sets[-1].end() :]
            # 旅游业已定下(接待游客增长…): the sector stays; a body that passed goals does not
            passed = sets[-1].group().endswith("通过了")
            names = passed and len(tail) >= 2 and not _CHANGE_START_RE.match(tail)
            s = tail if names else _GOAL_SET_RE.sub("", s)
    if "基础" in s:
        s = _ON_BASE_RE.split(s)[-1] or s  # 在现有(…的)基础上新增…: the base is no part of it
    if " " in s.strip():
        # 比 2015 年下降: spaces around a base year part no phrases (others end a headline)
        if _SPACED_BASE_RE.search(s):
            s = _SPACED_BASE_RE.sub(r"\1\2年", s).rstrip()
        s = s.split(" ")[-1] if " " in s else s
    if "年" in s or "五" in s or "今" in s or "期末" in s or "20" in s:  # every form has one
        s = _TIME_RE.sub("", s)
    if "月" in s:
        s = _MONTH_RE.sub("", s)  # 2月底前全省(41项): a deadline, no part of the name
    # 中铁总长远目标是…铁路网: whose goal it is stands before 目标是; what is measured after.
    if "目标" in s:
        s = _GOAL_IS_RE.split(s)[-1] or s
        s = _META_RE.sub("", s)
    s = tidy(s)
    while s:
        m = _TRAIL_RE.search(s)
        if not m:
            break
        if m.group() in _CHANGE:
            growth = True
        s = tidy(s[: m.start()])
    if s.endswith("增加") and _BASE_BEFORE_CHANGE_RE.search(s, 0, len(s) - 2):
        s, growth = s[:-2], True  # 比2011年增加(30%): a change against a base; 人数增加 stays
    if ("至" in s or "到" in s) and (m := _VERB_OBJECT_TO_RE.fullmatch(s)):
        s = m.group("obj")  # 增加可再生能源的比例至(10%): the object is what is measured
    if "由" in s or "从" in s:
        s = _FROM_VALUE_RE.sub("", s)  # 普及率由68%(提高到): the baseline is no name
    s = tidy(s)
    if "比" in s or "较" in s:
        s = tidy(_BASE_BEFORE_CHANGE_RE.sub("", s))
    s = _SCOPE_RE.sub("", s)
    changed = True
    while changed and s:
        changed = False
        s = tidy(s)
        if (lead := _DEADLINE_LEAD_RE.match(s)) and lead.end() < len(s) - 1:
            s, changed = s[lead.end() :], True  # 年底(…普及率): when, not what (年末人口 stays)
            continue
        if not s.startswith(_LEAD_TUPLE) or s.startswith(_LEAD_ADJECTIVES):
            break  # most names: no leading word to drop; 和美乡村 opens with an adjective
        for w in _LEAD:
            # 重点 is also an adjective: 重点项目 stays, 重点培育X loses it.
            if s.startswith(w) and len(s) - len(w) >= (3 if w == "重点" else 1):
                s = s[len(w) :]
                changed = True
                break
    if s in _LEAD_SET or _BARE_TIME_RE.fullmatch(s):
        s = ""  # 力争, 进一步, 年底: only words around a figure, no name (one is inherited instead)
    if "等" in s[:-1] and (etc := list(_ETC_RE.finditer(s, 0, len(s) - 1))):
        s = s[etc[-1].end() :] or s
    if s.startswith(("完成", "达到", "实现")) and len(s) >= 4 and s[2] not in "率额量值或":
        s = s[2:]  # 完成(生产总值473亿元), 达到, 实现…: the verb, not the quantity
    if "政府" in s[:5]:
        s = _ACTOR_RE.sub("", s)  # 政府将(增加…拨款): who acts is no part of what is measured
    s = _INNER_VERB_RE.sub("", s)
    if s[:1] == "共":
        s = _TOTAL_LEAD_RE.sub("", s)  # 共(改造445户): the total's word, not 共享/共建
    s = _gdp(s)
    # A rate named by its change (经济增长率, 物价上涨率) is a growth figure; a natural
    # growth rate (自然增长率) is a demographic rate, a level.
    growth = growth or bool(_RATE_OF_CHANGE_RE.search(s))
    return tidy(s), growth, resp


def names_a_quantity(s: str) -> bool:
    """建屋量, 普及率: the name already says what is measured."""
    # 房屋供应 is a supply; 能供应 is the verb, whose object is counted.
    return len(s) >= 3 and s.endswith(_QUANTITY_ENDS) and not _VERB_SUPPLY_RE.search(s)


_VERB_SUPPLY_RE = re.compile(r"[能可将要会够再]供应$")


# 增加(约三亿元经常拨款): a verb of funding alone; the money's noun follows.
_FUNDING_VERBS = frozenset(("增加", "投放", "拨款", "投入", "运用", "拨付", "下达", "编列", "安排"))
# 五年兴建(万间夹屋): a span of years the work takes, then its verb
_SPAN_LEAD_RE = re.compile(r"^(?:\d{1,2}|[一二两三四五六七八九十]{1,2})年(?=..$)")


def verb_only(s: str) -> bool:
    s = _SPAN_LEAD_RE.sub("", s)
    return s == "" or s in KEEP_VERBS or s in _FUNDING_VERBS or bool(_ALT_VERB_RE.fullmatch(s))


def keep_verb(left: str) -> str:
    """The creating verb right before a count (新建150个…), if any."""
    t = _TIME_RE.sub("", left).strip(_STRIP_CHARS)
    for v in sorted(KEEP_VERBS, key=len, reverse=True):
        if t.endswith(v):
            return v
    m = _ALT_VERB_RE.search(t)
    return m.group() if m else ""


# 两千间「青年宿舍」: a quoted name after a measure word is what is counted (not a remark
# after a figure: 800万人次「并不容易」).
_QUOTED_NOUN_RE = re.compile(
    r"(?<=[个间所家座张条处项件户套栋批支])(?:「[^」,;。]{1,12}」|“[^”,;。]{1,12}”)"
)


_NEXT_AMOUNT_RE = re.compile(r"(?:总经费|经费|总投资|总预算|预算|资金|总金额|金额)[ \u3000]*$")


# What is improved or done for counted things (…的饮水安全问题, …的示范创建工作): no name of its own.
_CONDITION_END_RE = re.compile(r"(?:问题|安全|品质|质量|工作|任务|目标|进度|需求|协助|水平|条件)$")


# (8个村约4600户: the next figure's bound without a conjunction; not 合约, 附近)
_NEXT_LEAD_RE = re.compile(
    r"(?:以及|[和与、]|(?<![涉普危波])及)(?:约|近|超过|超|逾|另|共)?$"
    r"|(?<=[\u4e00-\u9fff])(?:(?<![合条公契节预签制])约|(?<![附邻就靠接将])近)$"
)


_TOTALLING_RE = re.compile(r"(?:共计|合计|总计|计)(?=[\d约近超逾])")


def right_noun(an: str, pos: int, limit: int) -> tuple[str, int]:
    """The counted noun after a count (150个智能工厂 → 智能工厂) and where it ends."""
    end = min(limit, pos + 30)
    # 万间「夹屋」, 3个“美丽庭院”示范社区: a quoted name is part of the counted noun
    # (「」 bound a clause, so the quoted name may pass its end).
    if quoted := _QUOTED_NOUN_RE.match(an, pos):
        end = max(end, quoted.end())
    m = _RIGHT_STOP_RE.search(an, quoted.end() if quoted else pos, end)
    if quoted and (m.start() if m else end) == quoted.end():
        return quoted.group(), quoted.end()  # the quoted name alone keeps its marks
    stop = m.start() if m else end
    if m and m.group() == "、":
        # 10家代表中国特色、引领行业发展的世界一流博物馆: a list of what the counted things
        # are, then 的 and their noun.
        hard = _CLAUSE_STOP_RE.search(an, stop, end)
        de = an.rfind("的", stop, hard.start() if hard else end)
        if de != -1:
            pos, stop = de + 1, hard.start() if hard else end
    seg = an[pos:stop]
    if stop == limit:  # 名额及约(2,500个…): the next figure's conjunction and bound are its own
        seg = _NEXT_LEAD_RE.sub("", seg)
    if seg[:1] in (" ", "\u3000"):
        return "", pos  # 体育公园50个 健身步道1000公里: a space ends the item, the next is its own
    if " " in seg.strip(" "):
        seg = seg.lstrip(" ").split(" ", 1)[0]  # 4条高速公路 共计282公里: a space ends the noun
    if not seg or seg[0] in "的和及与或、至到是等" or _DATE_START_RE.match(seg):
        return "", pos  # not a counted noun: 的总体目标, 和…, a date
    if _TOTALLING_RE.match(an, pos):
        return "", pos  # 乡道5条计51.89公里: what the count amounts to follows, no noun
    v = _RIGHT_VERB_RE.search(seg)
    if v:
        seg = seg[: v.start()]
    elif stop == limit and (a := _NEXT_AMOUNT_RE.search(seg)) and a.start() > 0:
        seg = seg[: a.start()]  # 15件工程总经费15亿元: 总经费 names the amount after it
    seg_end = pos + len(seg)
    if seg[:1] == "口" and an[pos - 1 : pos] == "人":
        seg = "人" + seg  # 9万人口: the unit's 人 opens the counted noun
    if t := _OF_TASK_RE.search(seg):
        seg = seg[: t.start()]  # 400个社区食堂的任务: the canteens are counted
    elif (de := seg.find("的")) > 0 and _CONDITION_END_RE.search(seg, de):
        seg = seg[:de]  # 4万户用热居民的供热安全: the households are counted, not their safety
    if _META_RE.fullmatch(seg):
        return "", pos  # 50万户目标: a word about the goal, not what is counted
    for w in sorted(vocab.TRAILING_VERBS, key=len, reverse=True):
        if seg.endswith(w) and len(seg) > len(w):
            seg = seg[: -len(w)].removesuffix("的")  # 风光带的创建 → 风光带
            break
    return tidy(seg), seg_end


# What a count may say its named things are, naming none (1个项目, 3项工程).
GENERIC_COUNTED = frozenset(("项目", "工程", "任务", "事项"))


def without_change(s: str) -> str:
    """用电量较2015年减少(三成) → 用电量: a relative change names the quantity it changes."""
    if not s.endswith(("增加", "减少")):
        return s
    return tidy(_BASE_BEFORE_CHANGE_RE.sub("", s[:-2])) or s


def _gdp(s: str) -> str:
    s = vocab.NATIONAL_GDP_RE.sub("国内生产总值", s)
    return s


def subject(clause_text: str) -> str:
    """Subject of a clause that names what a following figure measures
    (而正在规划中的轨道交通三期, 将有170公里 → 轨道交通三期)."""
    s = from_left(clause_text)[0]
    if "的" in s:
        s = s[s.rindex("的") + 1 :] or s
    return s if len(s) > 1 else ""
