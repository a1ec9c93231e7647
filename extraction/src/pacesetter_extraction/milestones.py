"""Qualitative commitments: checkable yes/no goals about a named facility, project, title or
designation (创建省级全域旅游示范县, 津围北二线将在五一开通, 推动温福高铁"过境设站"). Systems,
mechanisms and ongoing verbs are not milestones; a clause with a target figure is a target only.
"""

from __future__ import annotations

import bisect
import re

from . import vocab
from .clause_times import ClauseCtx, walk
from .clean import Cleaned
from .context import DocYears
from .milestone_names import END_RE, END_VERBS, milestone_name
from .milestone_objects import (
    CN_YEAR,
    DOCUMENT_HEADS,
    GENERIC_START,
    QUOTES,
    SERVICE_RE,
    TIMED_FACILITY_RE,
    WORK_FIRST_RE,
    building_finished,
    built_whole,
    commitment_parts,
    described_kind,
    each_work,
    generic,
    head_ok,
    listed_works,
    lists_works,
    names_a_document,
    names_a_facility,
    names_a_link,
    names_a_work,
    names_one_facility,
    names_something,
    planned_for,
    ranked_list,
    scheduled_work,
    titled_document,
    without_time,
)
from .milestone_screen import Loose, candidate
from .model import Milestone
from .no_milestone import (
    BARE_HEADS,
    CLASS_OF_WORKS_RE,
    PAST_RE,
    SLOGAN_RE,
    TO_COME_RE,
    VAGUE_COUNT_RE,
    in_past_passage,
    reported_day,
    told_as_purpose,
)
from .progress_months import reported_month
from .sentences import Line
from .year_forms import year_matches

_ADV = r"(?:加快|积极|力争|力促|全力|确保|争取|努力|重点|全面|大力|尽快|年内|基本)*"
FRONT_RE = re.compile(
    r"(?P<adv>"
    + _ADV
    + r")(?P<verb>"
    + vocab.alt(vocab.MILESTONE_VERBS_FRONT)
    + r")(?P<obj>.{2,40})$"
)
# Both patterns are tried at every position of a clause: look for their verbs first.
_FRONT_VERB_RE = re.compile(vocab.alt(vocab.MILESTONE_VERBS_FRONT))
_THEN_USE_RE = re.compile("(?:" + vocab.alt(vocab.WORK_THEN_USE) + ")并$")
PUSH_RE = re.compile(
    r"(?P<verb>推动|推进|争取|促进)(?P<obj>.{2,30}?)(?P<what>"
    + vocab.alt(vocab.MILESTONE_PUSH_OBJECTS)
    + r")[”\"]?$"
)
_PUSH_VERB_RE = re.compile(r"推动|推进|争取|促进")
_COMPLETED_RE = re.compile(_ADV + "(?:" + vocab.alt(vocab.COMPLETION_VERBS) + ")")
_TITLE_VERBS = ("创建", "争创", "创成")
_LANDING_HEADS = ("基地", "项目", "园区", "工程", "产业园")
_ONLINE_HEADS = tuple(vocab.ONLINE_HEADS)
# Words that put a clause-final event in time (年底前建成, 届时全部连通).
_WHEN_RE = re.compile(
    r"前|年内|年底|年末|今年|明年|后年|半年|月|五一|十一|期内|任期|任内|未来|确保|力争|届时|(?:19|20)\d{2}年"
    r"|年以?后"  # 4年后建成
    r"|(?<!\d)1[0-4]\d年"  # 116年启用: a Republic of China year
    r"|" + CN_YEAR  # 二○二三年完成
)
_WORK_DONE = frozenset(vocab.WORK_DONE_END)
_MANNER_END_RE = re.compile(r"(?:基本|如期|按期|顺利)$")
_WORKS_TASK_RE = re.compile(r"工程[”\"]?[^,;。]{0,6}建设任务$")
_ASSESSMENTS = ("评审", "验收", "评定", "认定", "复核", "复评")
# 创建5A级景区: a grade, no count; 启动1GW储能示范项目: a plant named with its size
_GRADE_RE = re.compile(r"[1-5]A级|[\d.]+(?:GW|MW|万千瓦|兆瓦)")
_LEVEL_RE = re.compile(r"国家级|省级|市级|全国|全省|百强|示范|国家|[1-5]A")  # (5A创建: 级 left out)
_RUN_HOW_RE = re.compile(r"由[^,;。]{1,12}$|方式$|(?:展开|开展)$")
_LEAD_CONJ = ("而", "也", "同时", "此外", "另外", "并", "还", "且")
_GRADUAL_RE = re.compile("(?:" + "|".join(_LEAD_CONJ) + ")?(?:逐步|逐渐|不断|稳步)")
_AHEAD_RE = re.compile(r"明年|年内|年底|将|拟|计划|争取|力争|要(?!求)")
_PUBLISH_END_RE = re.compile(
    "(?:" + vocab.alt(vocab.PUBLISH_VERBS + ["发布"]) + r")(?:及|并)?(?:实施)?$"
)
# 建成(并网)的…项目: a milestone verb before 的 describes what it names.
_ATTRIBUTE_RE = re.compile(r"(?:并[^,;。的]{1,2})?的")
# A facility finished or opened (…;古洞站启用;联检大楼建成) is an event when an earlier
# clause of the sentence gives its year.
_YEAR_WHEN_RE = re.compile(r"(?:19|20)\d{2}年|" + CN_YEAR + r"|今年|明年|届时")
_ITEM_NO_RE = re.compile(r"\d{1,2}[.、]|[一二三四五六七八九十]{1,2}、")  # 2.力促…: a list's number
_NOMINAL_VERBS = r"(?:推进|推动|抓好|做好|加快|扎实推进|全力推进|深入开展|开展)?"
# A designation won, as a noun: (推进)国家全域旅游示范区创建(工作), 二、2026年确保…的创建成功
NOMINAL_RE = re.compile(
    rf"(?:{_ITEM_NO_RE.pattern})?(?:{_YEAR_WHEN_RE.pattern})?"
    rf"(?P<verb>{_ADV}{_NOMINAL_VERBS})(?:{_YEAR_WHEN_RE.pattern})?"
    r"(?P<obj>.{2,40}?)的?(?P<what>创建|争创)(?:工作)?(?:成功)?$"
)
_PLEDGED_BUILT_RE = re.compile(r"(?:力促|力争|确保|争取|推动)[^,;。]{2,20}建成$")
# 就会/亦会/会 + a verb: Hong Kong's 将 (not 开会, 大会, 社会).
_MODAL_END_RE = re.compile(r"(?:就|亦|也|将)会$|(?<![开大社协学工商年全议])会$")
_REPORTER_RE = re.compile(r"[\u4e00-\u9fff]{2,8}")
_USED = frozenset(vocab.PUT_TO_USE_VERBS)
_BUILT = frozenset(("完工", "主体完工", "封顶", "结顶", "竣工", "竣工使用", "动工建设", "动工"))
_OPENED = frozenset(vocab.OPENING_VERBS)
_SIZE_END_RE = re.compile(r"\d[\d.]*万?(?:千瓦|兆瓦|吨|立方米|平方米)$")  # the work's size
_STARTED = frozenset(("开工", "开工建设", "动工", "动工建设"))  # 推动第二座电站开工建设
# 力促大南门净菜市场竣工落成, 敦促…市场建成: a pledge that a named facility is finished.
_PLEDGE_RE = re.compile(
    r"(?:积极|加快|全力|大力)?(?:力促|力争|确保|争取|推动|推进|敦促|督促)(?P<obj>[^,;。]{3,24}?)"
    r"(?:尽快|如期|按期|早日|全面)?$"
)


def _item_end(subject: str) -> int:
    n = _ITEM_NO_RE.match(subject)
    return n.end() if n else 0


def _match(
    text: str, scheduled: bool = False, dated: bool = False, planned: bool = False
) -> tuple[int, str] | None:
    """_match_core on the clause without the spaces a table cell opens with."""
    pad = len(text) - len(text.lstrip(" \u3000")) if text[:1] in " \u3000" else 0
    found = _match_core(text[pad:], scheduled, dated, planned)
    return (found[0] + pad, found[1]) if found else None


def _match_core(
    text: str, scheduled: bool = False, dated: bool = False, planned: bool = False
) -> tuple[int, str] | None:
    """(offset of the quote start in text, indicator) or None.

    ``scheduled``: an earlier clause of the sentence gives the time (到2007年,…,实现A、B贯通);
    ``dated``: …and that time is a year (2026年,…), not only a day or month.
    ``planned``: an earlier clause says what follows is to come (2021年计划:…).
    """
    # The lazy groups of PUSH_RE and NOMINAL_RE try every start: look for their verbs first.
    m = PUSH_RE.search(text) if _PUSH_VERB_RE.search(text) else None
    if m and not m.group("obj").startswith(GENERIC_START):  # 促进更多…成果落地: none named
        return m.start(), (m.group("obj") + m.group("what")).translate(
            str.maketrans("", "", QUOTES)
        )
    m = NOMINAL_RE.search(text) if ("创建" in text or "争创" in text) else None
    # A title at a named level (全国健康促进区创建) is a designation whatever its head.
    if (
        m
        and (head_ok(m.group("obj")) or _LEVEL_RE.search(m.group("obj")))
        and not generic(m.group("obj"))
    ):
        return m.start("obj"), (m.group("obj") + m.group("what")).translate(
            str.maketrans("", "", QUOTES)
        )
    m = TIMED_FACILITY_RE.search(text) if "的" in text else None
    if m and names_a_facility(m.group("obj")):
        return m.start(), m.group("obj").translate(str.maketrans("", "", QUOTES)) + m.group("verb")
    m = FRONT_RE.search(text) if _FRONT_VERB_RE.search(text) else None
    if m:
        verb, obj = m.group("verb"), m.group("obj")
        # A title won at a named level (创建省级卫生乡镇) is a designation whatever its head.
        titled = verb in _TITLE_VERBS and bool(_LEVEL_RE.search(obj))
        ok = not generic(obj) and (head_ok(obj) or titled)
        if verb.endswith("成为") and described_kind(obj):
            ok = False
        if verb in ("成为", "进入", "获批", "跻身"):  # 跻身全国百强区: into a ranked list
            ok = (ok and bool(_LEVEL_RE.search(obj)) and (verb != "跻身" or "强" in obj)) or (
                verb != "获批" and ranked_list(obj)
            )
        if verb == "完成":
            # …“四大工程”三年建设任务: a named programme of works finished
            ok = (ok and obj.endswith(("项目", "工程"))) or _WORKS_TASK_RE.search(obj) is not None
        # What is published or put online is named by its head, which the generic-end rule
        # (…计划, …体系) would otherwise reject.
        if verb in vocab.PUBLISH_VERBS:
            titled = bool(titled_document(obj))
            ok = not obj.startswith(GENERIC_START) and (obj.endswith(DOCUMENT_HEADS) or titled)
            if titled and not _AHEAD_RE.search(text, 0, m.start()):
                ok = False  # 近日印发《…》: news of a document issued, no commitment
            # 青海出台加快全域旅游发展实施意见: a place publishing, told as news (a headline)
            reported = _REPORTER_RE.fullmatch(text, 0, m.start("adv"))
            ahead = reported and (
                TO_COME_RE.search(reported[0])
                or _WHEN_RE.search(reported[0])
                or "会" in reported[0]
            )
            ok = ok and not (reported and not scheduled and not ahead)
        if verb in vocab.ONLINE_VERBS:
            ok = not obj.startswith(GENERIC_START) and obj.endswith(_ONLINE_HEADS)
            # 发布及实施《…中长期规划(2019-2028)》: a document published by its title
            ok = ok or (
                verb == "发布"
                and bool(titled_document(obj))
                and bool(_AHEAD_RE.search(text, 0, m.start()))
            )
        if verb == "通过":  # 通过5A级景观质量评审, not 通过了… or 通过招商
            ok = obj.endswith(_ASSESSMENTS) and bool(_LEVEL_RE.search(obj))
        if verb == "落地":
            ok = not obj.startswith(GENERIC_START) and obj.endswith(_LANDING_HEADS)
        if verb == "开工":
            ok = names_a_work(obj) or (ok and not obj.startswith(GENERIC_START))
        if verb in ("新建", "启用"):
            ok = ok and names_one_facility(obj)
        if verb == "试行":  # not a document's own label, (试行)
            ok = not generic(obj) and not obj.endswith(DOCUMENT_HEADS) and len(obj) >= 4
            ok = ok and not obj.startswith(")")
        if not ok and verb in vocab.WORK_EVENT_VERBS:
            ok = names_a_work(obj)
        if obj in BARE_HEADS:
            ok = False  # 新开工项目: a head alone names no work
        if (obj[:1].isdigit() and not _GRADE_RE.match(obj)) or obj[:1] == "、":
            # 建成100座体育公园: a count, a target's business; 品牌创建、周末休闲…: a list of
            # programmes' names, 创建 one of them
            ok = False
        if obj.startswith("了"):
            ok = False  # 申报并启动了“红色记忆”项目: done, told
        if _ATTRIBUTE_RE.match(obj):
            ok = False  # 建成并网的光伏项目: the verb describes what it names, no event
        if ok:
            return m.start(), (verb + obj).translate(str.maketrans("", "", QUOTES))
        if verb == "完成" and (finished := building_finished(text, obj)):
            return 0, finished  # 松花江水源上移项目计划于6月末完成全部建设工作
    m = SERVICE_RE.search(text) if "实现" in text else None
    if m and not m.group("obj").startswith(GENERIC_START):
        return 0, text.translate(str.maketrans("", "", QUOTES))
    m = END_RE.search(text) if text.rstrip('”"').endswith(END_VERBS) else None
    if m:
        # 空铁枢纽基本建成, …如期竣工: how the event comes is no part of what it names
        subject, verb = _MANNER_END_RE.sub("", text[: m.start()]), m.group("verb")
        core = without_time(subject)  # …初步发展建议年底(公布): the work without its time
        if verb in vocab.PUBLISH_VERBS:
            ok = (scheduled or core != subject) and names_a_document(core)
        elif verb in ("展开", "开展"):
            ok = names_a_work(_MODAL_END_RE.sub("", core))
        elif verb == "完成":
            # 九澳康复中心工程预计明年第一季完成: a named work finished at a given time.
            work = WORK_FIRST_RE.match(subject)
            when = _WHEN_RE.search(subject) or _MODAL_END_RE.search(subject)
            ok = bool(when and ((work and names_a_work(work.group(1))) or built_whole(subject)))
        else:
            ok = (
                "将" in subject
                or "要" in subject  # …消防站要竣工使用: what is to be done, as with 将
                or bool(_MODAL_END_RE.search(subject))  # 洪水桥站就会启用 (Hong Kong's 将)
                # 力促津兴城际建成通车: a pledge that a named work opens on completion
                or bool(_PLEDGED_BUILT_RE.match(subject + verb[:2] * verb.startswith("建成")))
                or (
                    (verb in _OPENED or verb in _STARTED)
                    and (p := _PLEDGE_RE.match(subject, _item_end(subject))) is not None
                    and names_a_facility(_SIZE_END_RE.sub("", p.group("obj")))
                )
                or bool(_COMPLETED_RE.match(subject))
                or bool(_THEN_USE_RE.search(subject))
                or bool(_WHEN_RE.search(subject))
                or (scheduled and names_a_link(subject.removeprefix("实现")))
                or (scheduled and verb in _WORK_DONE and names_something(subject))
                # 今年内…;…消防站主体一层完工: a listed work done within the time given
                or ((dated or planned) and verb in _BUILT and names_something(subject))
                # 计划…;…,城北幼儿园投入使用: a named facility opened in a plan's list
                or (planned and verb in _USED and names_something(subject))
                or (dated and verb in _OPENED and names_a_facility(subject.removeprefix("实现")))
            )
        if ok and VAGUE_COUNT_RE.search(subject):
            ok = False  # 还有多条轨交线路将开通, 有29所中小学投入使用: works counted, none named
        works = CLASS_OF_WORKS_RE.search(subject)
        if ok and works and (verb in _STARTED or works.start() == 0):
            ok = False  # 将力促续建项目如期开工建设: a class of works, no one event
        if ok and subject.endswith(("加速", "加快")):
            ok = False  # …水网建设也将加速贯通: a pace, no event to check
        if ok and verb in ("运营", "营运") and _RUN_HOW_RE.search(subject):
            ok = False  # 由复康会营运, 以自负盈亏方式营运: who runs it or how, no opening
        if ok and SLOGAN_RE.search(subject):
            ok = False  # 七大领域攻坚全面启动: a campaign's slogan, no named work
        if ok:
            start = _item_end(subject)
            pledged = _PLEDGE_RE.search(subject, start)
            # 全市将推动地铁5号线开通运营: the line opens (城东水厂力争年底前建成: the pledge
            # holds only a time, and the work is named before it)
            if pledged and verb in _OPENED | _STARTED and len(without_time(pledged["obj"])) > 1:
                start = pledged.start("obj")
            while conj := next((c for c in _LEAD_CONJ if subject.startswith(c, start)), ""):
                start += len(conj)  # 同时城北大桥…: the conjunction whole, not 同 alone
            # 第二座抽水蓄能电站120万千瓦开工建设: the work is named without its size
            name = _SIZE_END_RE.sub("", without_time(text[start : m.start()])) + text[m.start() :]
            return start, name.translate(str.maketrans("", "", QUOTES))
    return None


def extract_milestones(
    doc: Cleaned,
    lines: list[Line],
    years: DocYears,
    target_spans: list[tuple[int, int]],
    loose: list[Loose] | None = None,
) -> list[Milestone]:
    """The rules' milestones; clauses where they find none but an event verb stands are added
    to ``loose`` for the learnt screen (milestone_screen)."""
    an = doc.analysis
    out: list[Milestone] = []
    # A target's quote may reach back to its clause's start; where it ends is its figure.
    ends = sorted(e for _, e in target_spans)
    # 2018年,长春要干这些事:⏎…⏎地铁2号线建成通车: a paragraph announcing a list gives its short
    # item lines its time and its plan.
    list_lead, last_line = "", None
    as_of = reported_month(an)
    for ctx in walk(doc, lines, years):
        if ctx.line is not last_line:
            last_line = ctx.line
            if not ctx.line.heading:
                text = an[ctx.line.start : ctx.line.end].rstrip()
                list_lead = text if text.endswith((":", "：")) else ""
        found = _in_clause(doc, ctx, years, ends, list_lead, as_of)
        if found is None:
            continue  # told as done: no candidate either
        out += found
        if not found and loose is not None and (c := candidate(doc, ctx, ends)):
            loose.append(c)
    return out


def _in_clause(
    doc: Cleaned, ctx: ClauseCtx, years: DocYears, ends: list[int], list_lead: str, as_of: int
) -> list[Milestone] | None:
    """The rules' milestones in one clause; None when it tells what is done (no candidate)."""
    an, cl, out = doc.analysis, ctx.clause, []
    whole = an[cl.start : cl.end].rstrip("。!? ")
    if an.startswith("《", cl.end) and _PUBLISH_END_RE.search(whole):
        # 出台《…实施方案》: the title the clause mark cut off is what is published
        close = an.find("》", cl.end, cl.end + 60)
        whole = an[cl.start : close + 1] if close != -1 else whole
    if not whole or PAST_RE.search(whole) or in_past_passage(whole, ctx.state, as_of):
        return None  # 已, 去年, a review or progress note: told as done
    if told_as_purpose(whole):
        return None  # 为确保…完工: what the clause's work is for, no event of its own
    parts = commitment_parts(whole)
    future, item = ctx.state == "future", ctx.line.start
    for a, b in parts:
        s0, e0 = doc.to_original(cl.start + a, cl.start + b)
        k = bisect.bisect_right(ends, s0)
        if k < len(ends) and ends[k] <= e0:
            continue  # a part with a figure is a target, not also a milestone
        lead = (list_lead if ctx.line.heading else "") + an[ctx.sentence.start : cl.start + a]
        found = _match(
            whole[a:b],
            scheduled=bool(_WHEN_RE.search(lead)),
            dated=bool(_YEAR_WHEN_RE.search(lead)) or (future and ctx.framed),
            # 1、汉口辅仁小学…完工交付: an item of a plan's numbered list is planned
            planned=bool(TO_COME_RE.search(lead) or (future and _ITEM_NO_RE.match(an, item))),
        )
        if not found and (work := scheduled_work(whole[a:b], lead)):
            found = (0, work)
        found = found or planned_for(whole[a:b])
        if not found and (work := listed_works(whole[a:b], lead)):
            found = (0, work)
        if not found or _GRADUAL_RE.match(whole, a):
            continue  # 逐步扩大到…示范运营: a spread over time, no event to check
        off, indicator = found
        # up to the verb where it opens the milestone (公布…计划: 计划 is the object's)
        told = lead + whole[a : a + off + 2 if off else b]
        if reported_day(told):
            continue
        quote, s, e = doc.quote(cl.start + a + off, cl.start + b)
        # 预计2026年动工、2028年建成: a part that names its own year is dated by it.
        own = (
            [y for _, y in year_matches(an, cl.start + a, cl.start + b, years.roc)]
            if len(parts) > 1
            else []
        )
        year = own[-1] if own and len(parts) > 1 else ctx.year
        indicator = milestone_name(an, indicator, ctx.sentence, ctx.index, ctx.line, cl)
        verb = END_RE.search(indicator) if lists_works(indicator) else None
        for name in each_work(indicator, verb.group("verb") if verb else ""):
            out.append(Milestone(quote=quote, start=s, end=e, indicator=name, year=year))
    return out
