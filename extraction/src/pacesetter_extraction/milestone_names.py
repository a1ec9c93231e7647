"""What a plan office calls a milestone: the work and its event, without the pledge, the time
and the modal words a sentence puts between them (力争城北大桥2026年建成通车 → 城北大桥建成通车),
and the work its sentence names when a clause gives only the event (燕家服务中心已完成放线,即将
开工建设 → 燕家服务中心开工建设). The quote keeps every word; only the name is cut.
"""

from __future__ import annotations

import re

from . import vocab
from .milestone_objects import names_a_facility, names_a_work
from .sentences import Clause, Line, Sentence, is_heading

END_VERBS = tuple(
    vocab.MILESTONE_VERBS_END
    + vocab.MILESTONE_USE_VERBS
    + vocab.WORK_DONE_END
    + vocab.LINK_VERBS_END
    + vocab.PUBLISH_VERBS
    + vocab.OPENING_VERBS  # 东湖隧道建成通车: the compound verb whole, not 建成 left in the name
    + ["完成"]
)
END_RE = re.compile(r"(?P<verb>" + vocab.alt(END_VERBS) + r")[”\"]?$")
# 启动二期的建设, 完成三期工程: a phase whose work is the clause's subject (县体育中心将…)
_PHASE_FIRST_RE = re.compile(
    r"(?P<verb>启动|开工建设|开工|完成|建成)第?(?P<phase>[一二三四五六七八九首]期)的?"
)

# A time: a year (2026年, 一○七年, 116年), a part of one (年底, 上半年, 第一季度), a month and
# its part (12月底, 9月份, 下月), a holiday written as a date (五一, 十一), a term (任期内), each
# with the 前/内 that makes it a deadline.
_TIME = (
    r"(?:(?:19|20)\d{2} ?年|[一二三四五六七八九○〇零]{3,4}年|1[0-4]\d年|今年|明年|后年|本年度?"
    r"|(?:[1-9]|1\d|[一二两三四五六七八九十])年(?:之?内|以?后)"  # 两年内, 4年后
    r"|年内|年底|年末|年中|年初|[上下]半年|第[一二三四]季度?|[一二三四]季度"
    r"|(?:[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月份?(?:\d{1,2}日|底|初|末|中旬|上旬|下旬)?"
    r"|月底|月末|[上中下]旬|下个?月|本月|月内|近期|五一|十一|国庆|春节|元旦|(?:本届政府)?任期内|期内|未来[一二两三四五\d]+年"
    r"|雨季|汛期|汛前|入冬|入夏|冬季|春季|夏季|秋季|旺季|暑期|暑假|寒假)"
    r"(?:底|初|末)?(?:起|前|之前|以前|内|中)?"
)
# Words that say the event is to come or hoped for, not what it is.
_PLEDGE = (
    r"(?:将于|将在|将要|即将|将|预计|预料|预定|预订|计划|拟|力争|力促|确保|争取|推动|推进|有信心"
    r"|如期|尽快|尽早|早日|按期|按时|陆续|最快|最迟|其中|敦促|督促|分阶段|分期|则|积极|加快|全力|大力"
    # 料今年第四季投入服务: Hong Kong's 料 (expected), not the end of 材料 or 原料
    r"|(?<![材原饲燃涂染香肥布物资史颜塑])料)"
)
_LEAD_RE = re.compile(r"^(?:" + _PLEDGE + r"|(?:于|在|到)?" + _TIME + r")+")
_TAIL_RE = re.compile(
    # (…段将实现通航: 实现 only carries the event)
    r"(?:" + _PLEDGE + r"|就会|亦会|也会|会|要|可望|有望|可|于|在|到|至|分别|实现|" + _TIME + r")+$"
)
_MID_RE = re.compile("(?:" + _PLEDGE + r")+(?:于|在|到)?(?:" + _TIME + r")+(?:所有|全部)?")
# Kept manner words between the time and the event (预计12月全面完工 → …全面完工).
# How an event comes (全面完工, 正式开通); 主体 (the main structure) only before the event.
MANNER_WORDS = ("全面", "全部", "正式", "全线", "基本", "初步", "顺利", "整体")
_MANNER_RE = re.compile("(?:" + "|".join((*MANNER_WORDS, "主体")) + ")+$")
_EVENT_VERBS = sorted(
    set(vocab.MILESTONE_VERBS_END + vocab.MILESTONE_USE_VERBS + vocab.WORK_DONE_END),
    key=len,
    reverse=True,
)
# Where a sentence's opening noun stops: what is said of it (已完成放线, 方面, 目前正在…),
# or a list item's title ends (1.西环线道路建设项目:拟投资…).
_SUBJECT_CUT_RE = re.compile(
    r"[:：]|已|正在|目前|方面|将|预计|计划|拟|于|位于|总投资|投资|占地|建设内容|主要|项目概况"
    r"|(?:基本|全面)完成"
    r"|举行|进行|上月|去年|近日|日前|进展|进度|" + _TIME  # 鳌冠大道工程进展顺利
)
_DESCRIBED_RE = re.compile(r"(?:总?投资|投入|占地)[^,;。的]{1,12}的")
_NO_WORK_RE = re.compile(
    r"(?:该|此|这|本|其|[一二两三四五六七八九十\d]+)?(?:项|个)?(?:项目|工程|设施)?"
    r"|第?[一二三四五六七八九十\d]期(?:工程|项目)?"
)
# A list's label for a kind of work (新建项目, 续建项目), not a work of its own.
_NOT_A_NAME_RE = re.compile(
    r"(?:新|续|在|拟|改|扩|重)建|但|因|是|由|为|如|若|据|经|落实|兴建|推动|推进|加快|开展|完成|启动"
    r"|实施|建设|力争|争取|确保"
)
# 同期投入建设,预计…启用: the clause tells the building going on, it names no work
_BUILDING_RE = re.compile(r"(?:投入|开工|动工|开始|全面|同步|同期)建设$")
_ITEM_NO_RE = re.compile(
    r"^\s*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)\s*"
)


def event_name(name: str, verb: str) -> tuple[str, str]:
    """(the work, the event) of a name that ends in its verb, the time and modal words between
    them dropped: 京哈高铁蓟州南站十一前将开通 → (京哈高铁蓟州南站, 开通)."""
    subject = name[: len(name) - len(verb)]
    # 2026年建成通车: an event written in two verbs keeps both after the time
    while (more := next((v for v in _EVENT_VERBS if subject.endswith(v)), None)) is not None:
        subject, verb = subject[: -len(more)], more + verb
    manner = _MANNER_RE.search(subject)
    kept = manner.group() if manner else ""
    subject = subject[: len(subject) - len(kept)]
    subject = _LEAD_RE.sub("", _TAIL_RE.sub("", subject))
    if (mid := _MID_RE.search(subject)) and mid.start() >= 2 and mid.end() < len(subject):
        # 仓储项目预计上半年所有土建工程: the work, then the part of it the event is for
        subject = subject[: mid.start()] + subject[mid.end() :]
    # 由城区前往景区的津围北二线: what a work does or where it lies, then its name
    de = subject.rfind("的")
    if de >= 4 and names_a_facility(subject[de + 1 :]):
        subject = subject[de + 1 :]
    return subject, kept + verb


def work_of(name: str) -> str:
    """A name without the event it ends in (城北大桥建成通车 → 城北大桥; 全面完工 → "")."""
    while (verb := next((v for v in _EVENT_VERBS if name.endswith(v)), None)) is not None:
        name = name[: -len(verb)]
    return _MANNER_RE.sub("", name)


def names_no_work(subject: str) -> bool:
    """该项目, 此项工程, 第一期, or nothing: the work is named elsewhere in the sentence."""
    return _NO_WORK_RE.fullmatch(subject) is not None


def sentence_subject(opening: str) -> str:
    """The work a clause opens with when the clause then says how it stands or what comes
    of it (燕家综合服务中心已完成放线 → 燕家综合服务中心; 2.纳河治理项目:拟投资… → 纳河治理项目),
    or "": a clause that only names something (新建项目,) or opens with a verb or a cause
    (因汛期…暂时延期, 是本届政府首个…项目) names no work of its own."""
    text = _ITEM_NO_RE.sub("", opening)
    # 投资1.3亿元的江苏天天快仓储项目预计…: a size told before the work describes it
    text = text[d.end() :] if (d := _DESCRIBED_RE.match(text)) else text
    cut = _SUBJECT_CUT_RE.search(text)
    if cut is None and not d and not opening.endswith((",", ":", "：")):
        return ""  # (a clause that is only a name, 2.城东游客服务中心, names its work)
    subject = text[: cut.start()] if cut else text.rstrip(",;。:：")
    if subject.endswith("建设") and len(subject) > 6:
        subject = subject[:-2]  # 五小工程建设,预计…建成投用: the work, not its building
    if not 3 <= len(subject) <= 24 or _NOT_A_NAME_RE.match(subject) or names_no_work(subject):
        return ""
    if _BUILDING_RE.search(subject):
        return ""
    return subject if names_a_facility(subject) or names_a_work(subject) else ""


def milestone_name(
    an: str, name: str, sentence: Sentence, index: int, line: Line, clause: Clause
) -> str:
    """A milestone's name: the work and the event when its words end in the event (plan_name);
    the work a phase belongs to before a verb that opens on the phase (县体育中心将启动二期的建设
    → 县体育中心二期启动建设)."""
    if end := END_RE.search(name):
        return plan_name(an, name[: end.end("verb")], end.group("verb"), sentence, index, line)
    if (m := _PHASE_FIRST_RE.match(name)) and (
        work := sentence_subject(an[clause.start : clause.end + 1])
    ):
        return work + m.group("phase") + m.group("verb") + name[m.end() :]
    return name


def plan_name(an: str, name: str, verb: str, sentence: Sentence, index: int, line: Line) -> str:
    """The name of a milestone whose words end in its event: the work and the event, the work
    taken from earlier in the sentence or from its list item when the clause names none."""
    work, event = event_name(name, verb)
    if names_no_work(work):
        work = _named_before(an, sentence, index, line) or _heading_before(an, line) or work
    return work + event


_HEADING_NAME_MAX = 16


def _heading_before(an: str, line: Line, reach: int = 3) -> str:
    """The work a heading just above the paragraph names (香城小学五龙山校区⏎…年底投入使用)."""
    end = line.start - 1
    for _ in range(reach):
        if end <= 0:
            break
        start = an.rfind("\n", 0, end) + 1
        text = _ITEM_NO_RE.sub("", an[start:end]).strip(" \u3000:：")
        if text and is_heading(text):
            # one facility's name, not a headline's sentence (…街道加快推进民生实事项目建设)
            # nor a section's label and its kind (交通基建——铁路)
            named = len(text) <= _HEADING_NAME_MAX and "—" not in text and names_a_facility(text)
            return text if named and not _NOT_A_NAME_RE.match(text) else ""
        end = start - 1
    return ""


def _named_before(an: str, sentence: Sentence, index: int, line: Line) -> str:
    """The work an earlier clause of the sentence opens with (燕家服务中心已完成放线,即将开工),
    else the title of the list item the paragraph opens with (2.纳河治理项目:…)."""
    openings = sentence.clauses[index - 1 :: -1] if index else []
    first = line.sentences[0].clauses[:1] if line.sentences else []
    if first and first[0].start < sentence.start:
        openings = [*openings, first[0]]
    # the mark after a clause is kept: a list item's title ends in its colon
    named = next((w for c in openings if (w := sentence_subject(an[c.start : c.end + 1]))), "")
    return named or next((w for c in openings if (w := built_object(an[c.start : c.end]))), "")


# 蓟州区将规划建设京哈高铁蓟州南站,…,十一前将开通: the work an earlier clause builds.
_BUILT_OBJECT_RE = re.compile(
    r"(?:规划建设|建设|新建|兴建|建置|筹建|扩建|改建)(?P<obj>[^,;。]{3,24})[。;]?$"
)


def built_object(clause: str) -> str:
    """The named work a clause builds (…将规划建设京哈高铁蓟州南站 → 京哈高铁蓟州南站), or ""."""
    m = _BUILT_OBJECT_RE.search(clause)
    if m is None:
        return ""
    obj = m.group("obj")
    if obj.startswith(("包括", "一批", "一系列", "等")):
        return ""  # 建设内容包括…等配套项目: what a work holds, not the work
    de = obj.rfind("的")
    if de >= 0:
        obj = obj[de + 1 :]  # 全国统一的登记平台: what is built, after what it is like
    return obj if names_a_facility(obj) or names_a_work(obj) else ""


_CONJ_RE = re.compile(r"^(?:并且|以及|同时|此外|另外|并|且|而|还|也|要|将)+")
_QUOTE_MARKS = str.maketrans("", "", '“”"‘’「」『』')
_BULLET_RE = re.compile(r"^[\s•●◆■▲▶·\-—]+")
# A time written inside a clause (…油麻地段12月通车, …枢纽计划年底前完成…), with the pledge
# before it: no part of what happens.
_TIME_INSIDE_RE = re.compile(
    r"(?:" + _PLEDGE + r")*(?:于|在|到)?"
    r"(?:(?:19|20)\d{2}年|\d{1,2}月份?|年内|年底|年末|今年|明年|后年|[上下]半年|第[一二三四]季度?|[一二三四]季度)"
    r"(?:底|初|末|中旬|上旬|下旬)?(?:前|之前|以前|内)?"
)
# …通车后, …完成外, …通车了: what follows the event in the clause
_AFTER_EVENT_RE = re.compile(r"(?<=[成工车用行营产通])(?:后|了|外)$")


def loose_name(an: str, clause: str, sentence: Sentence, index: int, line: Line, cl: Clause) -> str:
    """The name of a milestone found by its verb alone: its clause without the list number,
    the conjunction, pledge and time it opens with (同时力争年底前完成主体封顶 → 完成主体封顶)
    or holds, then named as any milestone is."""
    text = _ITEM_NO_RE.sub("", _BULLET_RE.sub("", clause)).translate(_QUOTE_MARKS)
    while (cut := _LEAD_RE.sub("", _CONJ_RE.sub("", text))) != text:
        text = cut
    text = _AFTER_EVENT_RE.sub("", _TIME_INSIDE_RE.sub("", text))
    return milestone_name(an, text, sentence, index, line, cl) if text else clause
